package markdown

import (
	"fmt"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/policygen/policygen/internal/model"
)

// A template marks the end of each built-in section with {{section "id"}}: the company's own
// sections placed after that id are printed there, and `policygen list sections` lists the
// ids. The own sections are printed as level-2 sections, so a mark belongs after a level-2
// section.

// SectionIDs returns, per variant, the ids of the sections its template (and the partials it
// includes) marks, in template order.
func (t *Templates) SectionIDs() map[string][]string {
	out := make(map[string][]string, len(t.variants))
	for _, v := range t.variants {
		var ids []string
		t.sectionMarks(v, &ids, map[string]bool{})
		out[v] = ids
	}
	return out
}

// sectionMarks appends the ids marked in template name, following {{template}} calls.
func (t *Templates) sectionMarks(name string, ids *[]string, seen map[string]bool) {
	if seen[name] {
		return
	}
	seen[name] = true
	tmpl := t.set.Lookup(name)
	if tmpl == nil || tmpl.Tree == nil {
		return
	}
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			if id, ok := sectionCall(n.Pipe); ok && !slices.Contains(*ids, id) {
				*ids = append(*ids, id)
			}
		case *parse.IfNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			t.sectionMarks(n.Name, ids, seen)
		}
	}
	walk(tmpl.Tree.Root)
}

// sectionCall recognises {{section "id"}}.
func sectionCall(p *parse.PipeNode) (string, bool) {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 2 {
		return "", false
	}
	fn, ok := p.Cmds[0].Args[0].(*parse.IdentifierNode)
	if !ok || fn.Ident != "section" {
		return "", false
	}
	s, ok := p.Cmds[0].Args[1].(*parse.StringNode)
	if !ok {
		return "", false
	}
	return s.Text, true
}

// ownSections returns the Markdown of the company's sections placed after id in variant:
// each a level-2 heading with the title, then the body as the company wrote it.
func ownSections(doc *model.Document, variant, id string) string {
	var b strings.Builder
	for _, s := range doc.Sections {
		if s.After != id || !s.Shows(variant) {
			continue
		}
		fmt.Fprintf(&b, "\n\n## %s\n\n%s\n\n", s.Title, strings.TrimSpace(s.Body))
	}
	return b.String()
}
