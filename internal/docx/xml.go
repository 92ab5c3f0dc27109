package docx

import (
	"bytes"
	"unicode/utf8"
)

// xmlWriter builds one XML part.
type xmlWriter struct {
	bytes.Buffer
}

func (w *xmlWriter) str(s string) { w.WriteString(s) }

// esc writes s as XML character data or a double-quoted attribute value: markup characters
// escaped, and the characters XML 1.0 cannot carry at all (C0 controls other than tab, line
// feed and carriage return, lone surrogates, U+FFFE, U+FFFF, invalid UTF-8) left out.
func (w *xmlWriter) esc(s string) {
	last := 0 // s[last:i] is written as it is
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != '>' && c != '"' {
			i++
			continue
		}
		n := 1
		rep := ""
		switch {
		case c == '&':
			rep = "&amp;"
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '"':
			rep = "&quot;"
		case c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case c < 0x20:
		default:
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			if validXMLRune(r) && !(r == utf8.RuneError && n == 1) {
				i += n
				continue
			}
		}
		w.WriteString(s[last:i])
		w.WriteString(rep)
		i += n
		last = i
	}
	w.WriteString(s[last:])
}

// validXMLRune reports whether r may appear in an XML 1.0 document.
func validXMLRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r <= 0xD7FF:
		return true
	case r < 0xE000:
		return false
	case r <= 0xFFFD:
		return true
	default:
		return r >= 0x10000 && r <= 0x10FFFF
	}
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
