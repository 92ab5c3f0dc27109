package markdown

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// FrontMatter returns the YAML front matter of a Markdown file for a document: its title,
// language, company, variant, version and date.
//
// Every value is a YAML double-quoted string that a YAML parser reads back exactly, and that
// a Markdown engine which does not know front matter shows as inert text: the characters
// Markdown or HTML could read as structure (< > & [ ] * _ ` ~ # | ! @ and the like) are
// written as \u escapes, so no tag, entity, link, autolink or emphasis can come from a value.
// Line breaks and other invisible characters are escaped too, so every value stays on its
// key's line.
func FrontMatter(m Meta) []byte {
	var b strings.Builder
	b.WriteString("---\n")
	for _, kv := range [][2]string{
		{"title", m.Title},
		{"lang", m.BCP47},
		{"company", m.Company},
		{"variant", m.Variant},
		{"version", m.Version},
		{"date", m.ISODate},
		{"website", m.Website},
	} {
		if kv[0] == "website" && kv[1] == "" {
			continue
		}
		b.WriteString(kv[0])
		b.WriteString(": ")
		b.WriteString(inertYAMLString(kv[1]))
		b.WriteByte('\n')
	}
	b.WriteString("---\n\n")
	return []byte(b.String())
}

// inertYAMLString quotes s as a YAML double-quoted string in which no character can mean
// anything to Markdown or HTML. Invalid UTF-8 becomes U+FFFD.
func inertYAMLString(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r < 0x80 && inertEscaped(s, i):
			fmt.Fprintf(&b, `\u%04x`, r)
		case !yamlPrintable(r):
			if r > 0xFFFF {
				fmt.Fprintf(&b, `\U%08x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// inertEscaped reports whether the ASCII character at byte i of s is written as a \u
// escape: every control character and every punctuation mark Markdown, GFM or HTML give a
// meaning to; the dot of "www." and the colon of "://", which GFM turns into links.
func inertEscaped(s string, i int) bool {
	c := s[i]
	switch {
	case c < 0x20 || c == 0x7f:
		return true
	case strings.IndexByte("<>&[]*_`~#|!@$%^={}+", c) >= 0:
		return true
	case c == '.':
		return i >= 3 && strings.EqualFold(s[i-3:i], "www")
	case c == ':':
		return strings.HasPrefix(s[i+1:], "//")
	}
	return false
}

// yamlPrintable reports whether a YAML parser takes r literally inside a double-quoted
// string: not a control character, a line or paragraph separator, a byte order mark, a
// noncharacter, or an invisible format character such as a bidirectional control.
func yamlPrintable(r rune) bool {
	switch {
	case r == utf8.RuneError:
		return true // from ToValidUTF8 or written on purpose: printable
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return false
	case r == 0x2028, r == 0x2029, r == 0xfeff, r == 0xfffe, r == 0xffff:
		return false
	case r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2060 && r <= 0x206f, r == 0x061c, r == 0x00ad:
		return false
	}
	return true
}
