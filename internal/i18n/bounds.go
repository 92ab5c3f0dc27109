package i18n

import (
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// MaxNesting is how deeply a locale file may nest arrays, inline tables and dotted keys. A
// locale file needs two or three levels; the TOML reader recurses once per level, so a file
// nested a million levels deep would exhaust the stack.
const MaxNesting = 64

// checkNesting scans TOML source for nesting deeper than MaxNesting before it is parsed: the
// depth of [ and { outside strings and comments, plus the dots outside strings on the line
// (dotted keys and table headers). It errs on the safe side: a string it misreads can only
// make it count more.
func checkNesting(src []byte) error {
	depth, dots, line := 0, 0, 1
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\n':
			line++
			dots = 0
		case '#':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			end, lines := skipString(src, i)
			i, line = end, line+lines
		case '[', '{':
			depth++
		case ']', '}':
			depth = max(depth-1, 0)
		case '.':
			dots++
		}
		if depth+dots > MaxNesting {
			return fmt.Errorf("line %d: arrays, tables or dotted keys are nested more than %d levels deep; a locale file needs two or three", line, MaxNesting)
		}
	}
	return nil
}

// skipString returns the index of the last byte of the TOML string starting at i, and how
// many line breaks it holds. A single-line string ends at the end of its line at the latest.
func skipString(src []byte, i int) (end, lines int) {
	q := src[i]
	multi := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	if multi {
		i += 3
		for ; i < len(src); i++ {
			switch {
			case src[i] == '\\' && q == '"':
				i++
				if i < len(src) && src[i] == '\n' {
					lines++
				}
			case src[i] == '\n':
				lines++
			case i+2 < len(src) && src[i] == q && src[i+1] == q && src[i+2] == q:
				return i + 2, lines
			}
		}
		return len(src) - 1, lines
	}
	for i++; i < len(src); i++ {
		switch {
		case src[i] == '\\' && q == '"' && i+1 < len(src) && src[i+1] != '\n':
			i++
		case src[i] == q:
			return i, 0
		case src[i] == '\n':
			return i - 1, 0
		}
	}
	return len(src) - 1, 0
}

// checkMessageTemplates refuses messages that are more than text and placeholders: a message
// may hold {{.Name}} placeholders and {{if}}/{{with}} … {{else}} … {{end}} around them, with
// comparisons (eq, ne, lt, le, gt, ge, and, or, not) as conditions, but no loop, template
// call or other function, so that filling it in costs no more than its length.
func checkMessageTemplates(msgs map[string]*goi18n.Message) error {
	// A file has thousands of messages and most placeholders are plain {{.Name}}: check in
	// map order without parsing those, and only on a finding look again in order, so that
	// the message reported is always the first.
	for id, m := range msgs {
		for _, text := range [...]string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other} {
			if text == "" || !strings.Contains(text, "{{") && m.LeftDelim == "" {
				continue
			}
			if m.LeftDelim == "" && m.RightDelim == "" && plainPlaceholders(text) {
				continue
			}
			if checkTemplate(id, "", m, text) != nil {
				return checkMessageTemplatesInOrder(msgs)
			}
		}
	}
	return nil
}

// checkMessageTemplatesInOrder is checkMessageTemplates by message ID and form name.
func checkMessageTemplatesInOrder(msgs map[string]*goi18n.Message) error {
	for _, id := range sortedKeys(msgs) {
		m := msgs[id]
		forms := messageForms(m)
		for _, form := range sortedKeys(forms) {
			text := forms[form]
			if !strings.Contains(text, "{{") && m.LeftDelim == "" {
				continue
			}
			if err := checkTemplate(id, form, m, text); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkTemplate checks the text of one form of message id.
func checkTemplate(id, form string, m *goi18n.Message, text string) error {
	left, right := m.LeftDelim, m.RightDelim
	t, err := template.New("").Delims(left, right).Parse(text)
	if err != nil || t.Tree == nil {
		return nil // reported by locales check and when the message is used
	}
	for _, tt := range t.Templates() { // with any {{define}}d ones
		if tt.Tree == nil {
			continue
		}
		n := disallowed(tt.Tree.Root)
		if n == nil {
			continue
		}
		return fmt.Errorf("message %q (form %q): %q is not allowed in a message; a message holds text and placeholders "+
			"such as {{.N}}, optionally inside {{if .X}}…{{end}} or {{if ne .N \"1\"}}…{{end}}, but no loops ({{range}}), "+
			"template calls or other functions",
			id, form, shortNode(n))
	}
	if len(t.Templates()) > 1 {
		return fmt.Errorf("message %q (form %q): {{define}} is not allowed in a message", id, form)
	}
	return nil
}

// plainPlaceholders reports whether every action of text is a plain {{.Name}}, which a
// message may always hold, so that text need not be parsed to be checked.
func plainPlaceholders(text string) bool {
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			return true
		}
		text = text[i+2:]
		if len(text) < 2 || text[0] != '.' || !identStart(text[1]) {
			return false
		}
		j := 2
		for j < len(text) && (identStart(text[j]) || text[j] >= '0' && text[j] <= '9') {
			j++
		}
		if !strings.HasPrefix(text[j:], "}}") {
			return false
		}
		text = text[j+2:]
	}
}

func identStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

// disallowed returns the first node of a message template that is not text, a plain
// placeholder or a condition around them.
func disallowed(n parse.Node) parse.Node {
	switch n := n.(type) {
	case nil:
		return nil
	case *parse.ListNode:
		if n == nil {
			return nil
		}
		for _, c := range n.Nodes {
			if bad := disallowed(c); bad != nil {
				return bad
			}
		}
		return nil
	case *parse.TextNode, *parse.CommentNode:
		return nil
	case *parse.ActionNode:
		if plainPipe(n.Pipe) {
			return nil
		}
	case *parse.IfNode:
		if plainPipe(n.Pipe) {
			if bad := disallowed(n.List); bad != nil {
				return bad
			}
			return disallowed(n.ElseList)
		}
	case *parse.WithNode:
		if plainPipe(n.Pipe) {
			if bad := disallowed(n.List); bad != nil {
				return bad
			}
			return disallowed(n.ElseList)
		}
	}
	return n
}

// plainPipe reports whether a pipeline is one value (.Field, ., $, $.Field, a string, a
// number, true or false) or a comparison of such values ({{if ne .N "1"}}): nothing that
// costs more than reading its arguments.
func plainPipe(p *parse.PipeNode) bool {
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) != 1 {
		return false
	}
	args := p.Cmds[0].Args
	if len(args) == 1 {
		return plainValue(args[0])
	}
	fn, ok := args[0].(*parse.IdentifierNode)
	if !ok || !comparisons[fn.Ident] {
		return false
	}
	for _, a := range args[1:] {
		if !plainValue(a) {
			return false
		}
	}
	return true
}

// comparisons are the built-in template functions a message may use in a condition.
var comparisons = map[string]bool{"eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true,
	"and": true, "or": true, "not": true}

func plainValue(n parse.Node) bool {
	switch n.(type) {
	case *parse.FieldNode, *parse.DotNode, *parse.VariableNode, *parse.StringNode, *parse.NumberNode, *parse.BoolNode:
		return true
	}
	return false
}

func shortNode(n parse.Node) string {
	s := n.String()
	if len(s) > 60 {
		s = s[:57] + "…"
	}
	return s
}
