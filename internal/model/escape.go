package model

import (
	"strings"
	"unicode/utf8"
)

// Escape makes s safe to place anywhere in a Markdown line: at its start, after other text,
// in a list item, a heading or a table cell. The text then renders exactly as written, as one
// run of plain text: no emphasis, code, link, autolink, HTML, entity, heading, list, quote,
// table cell, thematic break, setext underline or hard line break can come from it, in
// goldmark (with every GFM extension, Linkify included) and in cmark-gfm alike. The one
// exception is cmark-gfm's autolink extension, which links an e-mail address whatever
// escapes it holds; the link's text is still the address.
//
// A value is one run of text, so its line breaks do not survive: every run of ASCII
// whitespace (spaces, tabs, line breaks) becomes one space, and leading and trailing
// whitespace is removed; a value therefore never starts a new block or indents a code block.
// Other characters are kept as they are, except that NUL and invalid UTF-8 become U+FFFD, as
// every CommonMark engine would show them. Characters that could be read as structure are
// backslash-escaped; ordinary text ("Acme Sp. z o.o.", "+48 12", "#1 choice") is unchanged.
func Escape(s string) string {
	s = normalizeSpace(s)
	i := 0
	for i < len(s) && escapeAt(s, i) == keep {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		if escapeAt(s, i) == backslash {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// normalizeSpace turns every run of ASCII whitespace into one space and trims the ends; NUL
// and invalid UTF-8 become U+FFFD. It returns s itself when nothing changes.
func normalizeSpace(s string) string {
	clean := utf8.ValidString(s)
	if clean {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == 0 || c != ' ' && isSpaceByte(c) || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
				clean = false
				break
			}
		}
	}
	if clean {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	pending := false // a space is owed before the next character
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpaceByte(c) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		if c == 0 {
			b.WriteString("\uFFFD")
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

type action int

const (
	keep action = iota
	backslash
)

// escapeAt says whether Escape puts a backslash before byte i of s, which holds no line
// breaks and starts and ends with a non-space.
func escapeAt(s string, i int) action {
	switch s[i] {
	case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
		return backslash
	case '&':
		// An entity ("&amp;", "&#169;"), also one completed by text that follows the value.
		if i+1 == len(s) || isAlnum(s[i+1]) || s[i+1] == '#' {
			return backslash
		}
	case '@':
		// "name@example.com": an e-mail autolink in goldmark's Linkify (GFM) extension.
		if i+1 < len(s) {
			return backslash
		}
	case '=', ':':
		// A setext underline ("==="), or a table's delimiter row (":--") at a line start.
		if i == 0 {
			return backslash
		}
		// "https://…": cmark-gfm's autolink extension would make it a link.
		if s[i] == ':' && strings.HasPrefix(s[i+1:], "//") {
			return backslash
		}
	case '.':
		// "www.example.com": cmark-gfm's autolink extension would make it a link.
		if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
			return backslash
		}
		return orderedListMarker(s, i)
	case ')':
		return orderedListMarker(s, i)
	case '-', '+':
		// A bullet ("- x", "-"), a thematic break or setext underline ("---", "- - -"), a
		// table's delimiter row ("-:"); not "+48" or "-5".
		if i == 0 && (endsMarker(s, 1) || s[0] == '-' && (s[1] == '-' || s[1] == ':')) {
			return backslash
		}
	case '#':
		// An ATX heading is one to six # followed by a space or the end; "#1" is text.
		if i == 0 {
			n := 0
			for n < len(s) && s[n] == '#' {
				n++
			}
			if endsMarker(s, n) {
				return backslash
			}
		}
		// A heading's closing sequence: "Item #" would lose its "#" in "## Item #".
		if i > 0 && s[i-1] == ' ' && strings.Trim(s[i:], "#") == "" {
			return backslash
		}
	}
	return keep
}

// orderedListMarker escapes the "." or ")" of "1. text", "1) text", and of ". text" that
// could follow a number printed just before the value.
func orderedListMarker(s string, i int) action {
	if leadingDigits(s) == i && endsMarker(s, i+1) {
		return backslash
	}
	return keep
}

// endsMarker reports whether a block marker ending before byte i of s is followed by a space
// or the end of s, as CommonMark requires.
func endsMarker(s string, i int) bool {
	return i >= len(s) || s[i] == ' '
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// leadingDigits returns how many ASCII digits s starts with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
