package markdown

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// ScanSectionIDs returns what LoadTemplates(builtin, "").SectionIDs() returns, read from the
// actions of the template sources without parsing them as templates: validate needs only the
// ids, and parsing every template took two thirds of its work. It reads the subset of
// template syntax the scan is certain of (text, comments, actions with quoted strings); a
// source with anything else in an action that could hide a mark ({{define}}, {{block}}, a
// variable set from {{section}}, an action that does not close) is parsed in full instead.
func ScanSectionIDs(builtin fs.FS) (map[string][]string, error) {
	sources, origin := map[string]string{}, map[string]string{}
	if err := collect(builtin, "templates", sources, origin); err != nil {
		return nil, err
	}
	calls := make(map[string][]markCall, len(sources))
	for name, src := range sources {
		c, ok := scanMarks(src)
		if !ok {
			t, err := LoadTemplates(builtin, "")
			if err != nil {
				return nil, err
			}
			return t.SectionIDs(), nil
		}
		calls[name] = c
	}
	out := map[string][]string{}
	for name := range sources {
		if strings.HasPrefix(name, "partials/") {
			continue
		}
		var ids []string
		scannedMarks(calls, name, &ids, map[string]bool{})
		out[name] = ids
	}
	return out, nil
}

// markCall is a {{section "id"}} (template empty) or a {{template "name" …}} in a source.
type markCall struct {
	section, template string
}

// scannedMarks is sectionMarks over scanned calls.
func scannedMarks(calls map[string][]markCall, name string, ids *[]string, seen map[string]bool) {
	c, ok := calls[name]
	if seen[name] || !ok {
		return
	}
	seen[name] = true
	for _, m := range c {
		switch {
		case m.template != "":
			scannedMarks(calls, m.template, ids, seen)
		case !slices.Contains(*ids, m.section):
			*ids = append(*ids, m.section)
		}
	}
}

// scanMarks lists the section marks and template calls of src in order; ok is false when the
// source holds something the scan does not read with certainty.
func scanMarks(src string) (calls []markCall, ok bool) {
	for {
		i := strings.Index(src, "{{")
		if i < 0 {
			return calls, true
		}
		src = src[i+2:]
		if len(src) >= 2 && src[0] == '-' && isSpace(src[1]) {
			src = src[2:]
		}
		if strings.HasPrefix(src, "/*") {
			end := strings.Index(src, "*/")
			if end < 0 {
				return nil, false
			}
			src = src[end+2:]
			continue
		}
		body, rest, closed := cutAction(src)
		if !closed {
			return nil, false
		}
		src = rest
		body = strings.TrimSpace(body)
		if body == "" || !strings.ContainsRune("stdb$", rune(body[0])) {
			continue // not a word the scan looks at: {{T "id"}}, {{.Field}}, {{if …}}, {{end}}
		}
		word, args := body, ""
		if i := strings.IndexFunc(body, func(r rune) bool { return r < 0x80 && isSpace(byte(r)) }); i >= 0 {
			word, args = body[:i], strings.TrimSpace(body[i:])
		}
		switch {
		case word == "section":
			if s, ok := onlyString(args); ok {
				calls = append(calls, markCall{section: s})
			}
		case word == "template":
			q, err := strconv.QuotedPrefix(args)
			if err != nil {
				return nil, false
			}
			name, _ := strconv.Unquote(q)
			calls = append(calls, markCall{template: name})
		case word == "define" || word == "block",
			strings.HasPrefix(word, "$") && strings.Contains(body, "section"):
			return nil, false
		}
	}
}

// cutAction splits src, which follows an action's "{{", at the action's "}}" (and its trim
// marker " -"), skipping quoted strings, which may hold "}}".
func cutAction(src string) (body, rest string, closed bool) {
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '"', '\'':
			i = closingQuote(src, i)
		case '`':
			end := strings.IndexByte(src[i+1:], '`')
			if end < 0 {
				return "", "", false
			}
			i += 1 + end
		case '}':
			if i+1 >= len(src) || src[i+1] != '}' {
				continue
			}
			body = src[:i]
			if t := strings.TrimSuffix(body, "-"); len(t) < len(body) && len(t) > 0 && isSpace(t[len(t)-1]) {
				body = t
			}
			return body, src[i+2:], true
		}
		if i < 0 {
			return "", "", false
		}
	}
	return "", "", false
}

// closingQuote is the index of the quote that ends the string or character constant that
// opens at src[open], or -1 when it does not end on its line.
func closingQuote(src string, open int) int {
	for i := open + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case src[open]:
			return i
		case '\n':
			return -1
		}
	}
	return -1
}

// onlyString is the value of args when args is one quoted string and nothing else.
func onlyString(args string) (string, bool) {
	q, err := strconv.QuotedPrefix(args)
	if err != nil || strings.TrimSpace(args[len(q):]) != "" {
		return "", false
	}
	s, err := strconv.Unquote(q)
	return s, err == nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
