package config

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"gopkg.in/yaml.v3"

	"github.com/policygen/policygen/internal/links"
)

// Section is one of the company's own sections, placed after a built-in section.
type Section struct {
	ID    string
	After string   // the id of the built-in section it follows
	In    []string // the variants it appears in; empty: every variant that has After
	Title LocalizedText
	Body  LocalizedText // the company's own Markdown, checked by checkSections
	Pos   Pos
}

// Shows reports whether the section appears in variant.
func (s Section) Shows(variant string) bool { return len(s.In) == 0 || slices.Contains(s.In, variant) }

var sectionID = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z][a-z0-9_-]{0,39}$`) })

// pendingBody is a section body to check once the company website is known.
type pendingBody struct {
	node *yaml.Node // the scalar holding the Markdown
	path string
}

type sectionRefs struct {
	idNode, afterNode *yaml.Node
	inNodes           []*yaml.Node
	bodies            []pendingBody
}

func (d *decoder) sections(n *yaml.Node, path string) []Section {
	var out []Section
	d.list(n, path, "sections", func(n *yaml.Node, p string) {
		s := Section{Pos: Pos{resolve(n).Line, resolve(n).Column}}
		var refs sectionRefs
		ok := d.mapping(n, p, []field{
			{"id", true, func(n *yaml.Node, p string) { refs.idNode = resolve(n); d.str(&s.ID)(n, p) }},
			{"after", true, func(n *yaml.Node, p string) { refs.afterNode = resolve(n); d.str(&s.After)(n, p) }},
			{"in", false, func(n *yaml.Node, p string) {
				d.list(n, p, "variant names", func(n *yaml.Node, p string) {
					if v, ok := d.text(n, p); ok {
						s.In = append(s.In, strings.TrimSpace(v))
						refs.inNodes = append(refs.inNodes, resolve(n))
					}
				})
			}},
			{"title", true, d.localized(&s.Title)},
			{"body", true, func(n *yaml.Node, p string) {
				s.Body = d.localizedValue(n, p)
				refs.bodies = bodyNodes(n, p)
			}},
		})
		if !ok {
			return
		}
		d.sectionRefs = append(d.sectionRefs, refs)
		out = append(out, s)
	})
	return out
}

// bodyNodes lists the scalars of a body: the one text, or each translation.
func bodyNodes(n *yaml.Node, path string) []pendingBody {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode {
		return []pendingBody{{n, path}}
	}
	var out []pendingBody
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if v := resolve(n.Content[i+1]); v.Kind == yaml.ScalarNode {
				out = append(out, pendingBody{v, join(path, n.Content[i].Value)})
			}
		}
	}
	return out
}

// checkSections checks ids, placements and bodies once the whole file is decoded.
func (d *decoder) checkSections(f *File) {
	rule := links.NewRule(f.Company.Website)
	seen := map[string]int{}
	builtin := d.allSectionIDs()
	for i, s := range f.Sections {
		refs := d.sectionRefs[i]
		p := index("sections", i)
		switch {
		case s.ID == "":
		case !sectionID().MatchString(s.ID):
			d.add(refs.idNode, join(p, "id"), "bad_section_id", fmt.Sprintf("%q is not a section id; use lower-case letters, digits, - and _, "+
				"starting with a letter, like refunds", s.ID), "")
		case slices.Contains(builtin, s.ID):
			d.add(refs.idNode, join(p, "id"), "duplicate_section", fmt.Sprintf("%q is the id of a built-in section; choose another id", s.ID), "")
		default:
			if j, dup := seen[s.ID]; dup {
				d.add(refs.idNode, join(p, "id"), "duplicate_section", fmt.Sprintf("section id %q is already used by %s; give each section its own id",
					s.ID, index("sections", j)), "")
			}
			seen[s.ID] = i
		}
		d.checkPlacement(s, refs, p)
		for _, b := range refs.bodies {
			d.checkBody(b, rule)
		}
	}
}

// allSectionIDs is every built-in section id of every variant, sorted.
func (d *decoder) allSectionIDs() []string {
	var ids []string
	for _, vs := range d.sectionIDs {
		for _, id := range vs {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	sort.Strings(ids)
	return ids
}

func (d *decoder) checkPlacement(s Section, refs sectionRefs, path string) {
	if len(d.sectionIDs) == 0 || s.After == "" {
		return
	}
	variants := make([]string, 0, len(d.sectionIDs))
	for v := range d.sectionIDs {
		variants = append(variants, v)
	}
	sort.Strings(variants)
	all := d.allSectionIDs()
	if !slices.Contains(all, s.After) {
		msg := fmt.Sprintf("unknown section %q; ", s.After)
		if guess, ok := closest(s.After, all); ok {
			msg += fmt.Sprintf("did you mean %q?", guess)
		} else {
			msg += "run \"policygen list sections\" to see the ids each variant offers"
		}
		d.add(refs.afterNode, join(path, "after"), "unknown_section", msg, "")
		return
	}
	for i, v := range s.In {
		ids, ok := d.sectionIDs[v]
		switch {
		case !ok:
			msg := fmt.Sprintf("unknown variant %q; ", v)
			if guess, ok := closest(v, variants); ok {
				msg += fmt.Sprintf("did you mean %q?", guess)
			} else {
				msg += "use one of " + quoteList(variants)
			}
			d.add(refs.inNodes[i], index(join(path, "in"), i), "unknown_variant", msg, "")
		case !slices.Contains(ids, s.After):
			d.add(refs.inNodes[i], index(join(path, "in"), i), "section_not_in_variant",
				fmt.Sprintf("the %s variant has no section %q to place this one after; its sections: %s", v, s.After, quoteList(ids)), "")
		}
	}
}

// bodyParser reads a body as GFM engines (GitHub, cmark-gfm) show the Markdown documents: with
// Linkify, a bare "https://…" or "www.…" is a link there, so it is checked like one.
var bodyParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify)).Parser()
})

// checkBody refuses what a section body may not hold: raw HTML, images, links other than the
// company's own, headings above level 3 and code blocks (which could swallow the rest of the
// document), and link reference definitions.
func (d *decoder) checkBody(b pendingBody, rule links.Rule) {
	src := []byte(b.node.Value)
	pc := parser.NewContext()
	root := bodyParser().Parse(text.NewReader(src), parser.WithContext(pc))
	reported := map[string]bool{} // one problem of each kind per body (HTML tags come in pairs), each link
	report := func(offset int, code, msg string) {
		key := code
		if code == "section_link" {
			key = msg
		}
		if reported[key] {
			return
		}
		reported[key] = true
		line, col := d.valuePos(b.node, offset)
		d.record(nil, Problem{File: d.file, Line: line, Col: col, Field: b.path, Code: code, Message: msg})
	}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML:
			report(nodeOffset(n, src), "section_html", "raw HTML is not allowed in a section; write plain text, with Markdown for "+
				"**bold**, *italics*, lists, tables and [links](https://…)")
			return ast.WalkSkipChildren, nil
		case *ast.Image:
			report(nodeOffset(n, src), "section_image", "images are not allowed in a section; the company logo goes in branding.logo")
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			if dest := links.Destination(n.Destination); !rule.Allows(dest) {
				report(nodeOffset(n, src), "section_link", fmt.Sprintf("the link to %q is not allowed: %s", dest, rule.Why(dest)))
			}
		case *ast.AutoLink:
			dest := string(n.URL(src))
			if n.AutoLinkType == ast.AutoLinkEmail {
				dest = "mailto:" + dest
			}
			if _, ok := rule.Allowed(dest); !ok {
				report(nodeOffset(n, src), "section_link", fmt.Sprintf("the link to %q is not allowed: %s", dest, rule.Why(dest)))
			}
		case *ast.Heading:
			if n.Level < 3 {
				report(nodeOffset(n, src), "section_heading", "a heading inside a section starts with ### (the section's title is its own heading)")
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			report(nodeOffset(n, src), "section_code", "code blocks are not supported in a section; remove the ``` fence or "+
				"the four spaces at the start of the lines")
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if refs := pc.References(); len(refs) > 0 {
		report(0, "section_link", "link reference definitions ([name]: address) are not supported in a section; "+
			"write each link in place, like [our shop](https://…)")
	}
}

// nodeOffset is the byte offset in src where n starts, as near as the AST records it.
func nodeOffset(n ast.Node, src []byte) int {
	for c := n; c != nil; c = c.FirstChild() {
		switch c := c.(type) {
		case *ast.Text:
			off := c.Segment.Start
			if _, link := n.(*ast.Link); link && off > 0 {
				off-- // the opening bracket
			}
			if _, img := n.(*ast.Image); img && off > 1 {
				off -= 2 // "!["
			}
			return off
		case *ast.RawHTML:
			if c.Segments.Len() > 0 {
				return c.Segments.At(0).Start
			}
		case *ast.AutoLink:
			if i := bytes.Index(src, append([]byte("<"), c.Label(src)...)); i >= 0 {
				return i
			}
			if i := bytes.Index(src, c.Label(src)); i >= 0 { // a bare address (Linkify)
				return i
			}
		}
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			start := c.Lines().At(0).Start
			if _, ok := c.(*ast.Heading); ok {
				start = lineStart(src, start) // back to its #s
			}
			if _, ok := c.(*ast.FencedCodeBlock); ok {
				start = lineStart(src, start)
				start = lineStart(src, max(0, start-1))
			}
			return start
		}
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}

func lineStart(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	return off
}

// valuePos turns a byte offset inside a scalar's value into a line and column of the file.
func (d *decoder) valuePos(n *yaml.Node, offset int) (line, col int) {
	value := n.Value
	offset = min(max(offset, 0), len(value))
	before := value[:offset]
	li := strings.Count(before, "\n")
	inLine := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:])
	switch n.Style {
	case yaml.LiteralStyle, yaml.FoldedStyle:
		line = n.Line + 1 + li
		return line, d.indent(line) + inLine + 1
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		if li == 0 {
			return n.Line, n.Column + 1 + inLine
		}
	default:
		if li == 0 {
			return n.Line, n.Column + inLine
		}
	}
	line = n.Line + li
	return line, d.indent(line) + inLine + 1
}

// indent is the number of spaces at the start of a line of the file (1-based).
func (d *decoder) indent(line int) int {
	lines := strings.SplitN(string(d.src), "\n", line+1)
	if line < 1 || line > len(lines) {
		return 0
	}
	l := lines[line-1]
	return len(l) - len(strings.TrimLeft(l, " "))
}
