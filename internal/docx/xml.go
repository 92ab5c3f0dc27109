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
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '&':
				w.str("&amp;")
			case c == '<':
				w.str("&lt;")
			case c == '>':
				w.str("&gt;")
			case c == '"':
				w.str("&quot;")
			case c >= 0x20 || c == '\t' || c == '\n' || c == '\r':
				w.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if validXMLRune(r) && !(r == utf8.RuneError && n == 1) {
			w.WriteString(s[i : i+n])
		}
		i += n
	}
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
