package markdown

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/policygen/policygen/internal/typography"
)

// Typeset applies a language's typography to the running text of a Markdown body: only text
// is rewritten, never link destinations, e-mail addresses, web addresses or code, and never
// the characters that make structure, so every format shows the same no-break spaces, quotes
// and dashes.
func Typeset(body []byte, rules typography.Rules) []byte {
	root := Parse(body)
	var edits []edit
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || !holdsInlines(n) {
			return ast.WalkContinue, nil
		}
		var segs []segment
		collectText(n, body, false, &segs)
		edits = append(edits, typesetBlock(segs, body, rules)...)
		return ast.WalkSkipChildren, nil
	})
	if len(edits) == 0 {
		return body
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out bytes.Buffer
	out.Grow(len(body) + len(edits)*2)
	at := 0
	for _, e := range edits {
		if e.start < at {
			continue // cannot happen: segments do not overlap
		}
		out.Write(body[at:e.start])
		out.WriteString(e.text)
		at = e.stop
	}
	out.Write(body[at:])
	return out.Bytes()
}

type edit struct {
	start, stop int
	text        string
}

// segment is one piece of text in a block, in reading order.
type segment struct {
	start, stop int
	soft        bool // a soft line break follows
	skip        bool // an address or code: context for its neighbours, never rewritten
}

func holdsInlines(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading, *east.TableCell:
		return true
	}
	return false
}

func collectText(n ast.Node, src []byte, skip bool, segs *[]segment) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			*segs = append(*segs, segment{start: c.Segment.Start, stop: c.Segment.Stop, soft: c.SoftLineBreak(), skip: skip})
		case *ast.CodeSpan, *ast.AutoLink, *ast.RawHTML:
			collectText(c, src, true, segs)
		case *ast.Link:
			collectText(c, src, skip || !strings.HasPrefix(string(c.Destination), "tel:"), segs)
		default:
			collectText(c, src, skip, segs)
		}
	}
}

func typesetBlock(segs []segment, src []byte, rules typography.Rules) []edit {
	var edits []edit
	for i, s := range segs {
		if s.skip {
			continue
		}
		var prev, next rune
		if i > 0 {
			prev, _ = utf8.DecodeLastRune(src[segs[i-1].start:segs[i-1].stop])
			if segs[i-1].soft {
				prev = ' '
			}
		}
		if i+1 < len(segs) {
			next, _ = utf8.DecodeRune(src[segs[i+1].start:segs[i+1].stop])
		}
		text := string(src[s.start:s.stop])
		stop := s.stop
		if s.soft && stop < len(src) && src[stop] == '\n' {
			// The line break is a space between words: bind it like one.
			text += " "
			stop++
		}
		out := rules.Run(prev, text, next)
		if stop > s.stop && !strings.HasSuffix(out, typography.NBSP) {
			out, stop = strings.TrimSuffix(out, " "), s.stop
		}
		if out != string(src[s.start:stop]) {
			edits = append(edits, edit{start: s.start, stop: stop, text: out})
		}
	}
	return edits
}
