package i18n

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// section is one table of a locale file: the comments and blank lines above it, its header
// line and its body. The part before the first table is a section with no key.
type section struct {
	lead, text string
	key        string // "duration.within.hours"; "" for the preamble or a header not understood
}

// splitSections cuts a TOML file at its table headers, outside multi-line strings.
func splitSections(src string) []section {
	lines := strings.SplitAfter(src, "\n")
	var out []section
	cur := section{}
	inString := ""
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if inString == "" && strings.HasPrefix(t, "[") {
			out = append(out, cur)
			cur = section{text: line, key: headerKey(t)}
			continue
		}
		cur.text += line
		for _, q := range []string{`"""`, `'''`} {
			if inString == "" || inString == q {
				if strings.Count(line, q)%2 == 1 {
					if inString == "" {
						inString = q
					} else {
						inString = ""
					}
				}
			}
		}
	}
	out = append(out, cur)
	// Comments and blank lines at the end of a section belong to the next one.
	for i := 0; i+1 < len(out); i++ {
		body, tail := splitTail(out[i].text)
		out[i].text = body
		out[i+1].lead = tail
	}
	return out
}

// splitTail separates the trailing comment and blank lines of a section.
func splitTail(text string) (body, tail string) {
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	cut := len(lines)
	for cut > 1 {
		t := strings.TrimSpace(lines[cut-1])
		if t != "" && !strings.HasPrefix(t, "#") {
			break
		}
		cut--
	}
	return strings.Join(lines[:cut], ""), strings.Join(lines[cut:], "")
}

// headerKey returns the dotted key of a [a.b.c] header of bare keys, or "".
func headerKey(t string) string {
	if strings.HasPrefix(t, "[[") {
		return ""
	}
	end := strings.Index(t, "]")
	if end < 0 {
		return ""
	}
	rest := strings.TrimSpace(t[end+1:])
	if rest != "" && !strings.HasPrefix(rest, "#") {
		return ""
	}
	parts := strings.Split(t[1:end], ".")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if !bareKey(p) {
			return ""
		}
		parts[i] = p
	}
	return strings.Join(parts, ".")
}

func bareKey(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-')
	}) < 0
}

// rewriteLocale returns src with the tables of the updated messages replaced (nil: removed)
// and those of new messages inserted after the message that precedes them in order.
func rewriteLocale(src []byte, updates map[string]*goi18n.Message, order []string) []byte {
	secs := splitSections(string(src))
	done := map[string]bool{}
	var out []section
	for _, s := range secs {
		m, ok := updates[s.key]
		switch {
		case s.key == "" || !ok:
			out = append(out, s)
		case m == nil:
			if strings.TrimSpace(s.lead) != "" {
				out = append(out, section{text: s.lead})
			}
		default:
			s.text = renderMessage(m)
			out = append(out, s)
		}
		done[s.key] = ok
	}
	// New messages go after the last message before them in order that the file has; those
	// with none before them go before the first such message.
	present := map[string]bool{}
	for _, s := range out {
		if s.key != "" {
			present[s.key] = true
		}
	}
	after := map[string][]section{}
	var head []section
	anchor := ""
	for _, id := range order {
		if m := updates[id]; m != nil && !done[id] {
			sec := section{lead: "\n", text: renderMessage(m), key: id}
			if anchor == "" {
				head = append(head, sec)
			} else {
				after[anchor] = append(after[anchor], sec)
			}
		} else if present[id] {
			anchor = id
		}
	}
	var all []section
	for _, s := range out {
		if head != nil && present[s.key] && slices.Contains(order, s.key) {
			all, head = append(all, head...), nil
		}
		all = append(all, s)
		all = append(all, after[s.key]...)
	}
	all = append(all, head...)
	var b strings.Builder
	for _, s := range all {
		b.WriteString(s.lead)
		b.WriteString(s.text)
		if s.text != "" && !strings.HasSuffix(s.text, "\n") {
			b.WriteString("\n")
		}
	}
	return []byte(b.String())
}

// renderMessage writes one message as `locales new` does.
func renderMessage(m *goi18n.Message) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%s]\n", m.ID)
	if m.Description != "" {
		fmt.Fprintf(&b, "description = %s\n", tomlString(m.Description))
	}
	if m.Hash != "" {
		fmt.Fprintf(&b, "hash = %s\n", tomlString(m.Hash))
	}
	forms := messageForms(m)
	for _, f := range formOrder {
		if s, ok := forms[f]; ok {
			fmt.Fprintf(&b, "%s = %s\n", f, tomlString(s))
		}
	}
	return b.String()
}

// tomlString quotes s as a TOML basic string; characters that cannot be seen are escaped.
func tomlString(s string) string {
	return quoteEscaped(s, func(b *strings.Builder, r rune) bool {
		switch {
		case r == utf8.RuneError, r == ' ', r == '\u3000', unicode.IsPrint(r): // U+3000 is Chinese text's own space
			return false
		case r > 0xffff:
			fmt.Fprintf(b, `\U%08X`, r)
		default:
			fmt.Fprintf(b, `\u%04X`, r)
		}
		return true
	})
}

// quoteEscaped quotes s in double quotes with the backslash escapes PO and TOML share; other
// characters go through other, which writes an escape and returns true, or returns false to
// have the character written as it is.
func quoteEscaped(s string, other func(*strings.Builder, rune) bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if !other(&b, r) {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
