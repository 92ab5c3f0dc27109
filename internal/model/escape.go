package model

import "strings"

// Escape makes s safe to place anywhere in a Markdown line, including at its start: every
// character that CommonMark or GFM could read as structure is backslash-escaped, and line
// breaks become spaces; leading and trailing space is trimmed, so a value can never indent a
// code block. The text then renders exactly as written: no emphasis, code, link,
// HTML, entity, heading, list, quote, table cell or thematic break can come from it.
func Escape(s string) string {
	s = strings.TrimSpace(s)
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
		switch escapeAt(s, i) {
		case keep:
			b.WriteByte(s[i])
		case backslash:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		case space:
			b.WriteByte(' ')
		case drop:
		}
	}
	return b.String()
}

type action int

const (
	keep action = iota
	backslash
	space
	drop
)

// escapeAt says what Escape does with byte i of s.
func escapeAt(s string, i int) action {
	switch s[i] {
	case '\n', '\t':
		return space
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return drop // CRLF becomes one space
		}
		return space
	case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
		return backslash
	case '&':
		if i+1 < len(s) && (isAlnum(s[i+1]) || s[i+1] == '#') {
			return backslash
		}
	case '=':
		if i == 0 {
			return backslash
		}
	case '-', '+':
		// A bullet ("- x"), a thematic break or setext underline ("---"); not "+48" or "-5".
		if i == 0 && (endsMarker(s, 1) || s[0] == '-' && len(s) > 1 && s[1] == '-') {
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
	case '.', ')':
		// "1. text" or "1) text" would start an ordered list; "1.2" would not.
		if i > 0 && leadingDigits(s) == i && endsMarker(s, i+1) {
			return backslash
		}
	}
	return keep
}

// endsMarker reports whether a block marker ending before byte i of s is followed by a space,
// a tab or the end of s, as CommonMark requires.
func endsMarker(s string, i int) bool {
	return i >= len(s) || s[i] == ' ' || s[i] == '\t'
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
