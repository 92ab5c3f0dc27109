package markdown

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/policygen/policygen/internal/typography"
)

// typesetTree applies a language's typography to the running text of a Markdown body: only
// text is rewritten, never link destinations, e-mail addresses, web addresses or code, and
// never the characters that make structure, so every format shows the same no-break spaces,
// quotes and dashes. It returns the typeset body and its tree, parsing body once: the
// typography rewrites only the text of Text nodes, so the tree of body, with every position
// moved by what the rewrites before it added or took away (shiftTree), is the tree the
// typeset body parses to. Where that may not hold (a rewrite joined two lines, changed the
// kind of a text's first or last character, or met invalid UTF-8, or the tree has a node
// whose positions cannot be moved), it parses the typeset body again.
func typesetTree(body []byte, rules typography.Rules) ([]byte, ast.Node) {
	root := Parse(body)
	var edits []edit
	scratch := new(typography.Scratch)
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || !holdsInlines(n) {
			return ast.WalkContinue, nil
		}
		var segs []segment
		collectText(n, body, false, &segs)
		edits = append(edits, typesetBlock(segs, body, rules, scratch)...)
		return ast.WalkSkipChildren, nil
	})
	if len(edits) == 0 {
		return body, root
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
	if !shiftTree(root, edits) {
		return out.Bytes(), Parse(out.Bytes())
	}
	return out.Bytes(), root
}

// shiftTree moves every position in the tree of a body to where it is after edits (sorted,
// none overlapping, each the whole text of one Text node), and reports whether it could: it
// cannot when an edit took a line break into its text, which changes the lines, or changed
// its edges (sameEdges), or when the tree holds a node it does not know the positions of.
func shiftTree(root ast.Node, edits []edit) bool {
	for _, e := range edits {
		if e.joined || !e.sameEdges {
			return false
		}
	}
	// grown[i] is what edits[:i] add to the body's length.
	grown := make([]int, len(edits)+1)
	for i, e := range edits {
		grown[i+1] = grown[i] + len(e.text) - (e.stop - e.start)
	}
	shift := func(p int) int {
		// Edits that end at or before p move it; no position lies inside an edit.
		i := sort.Search(len(edits), func(i int) bool { return edits[i].stop > p })
		return p + grown[i]
	}
	shiftSegment := func(s text.Segment) text.Segment {
		s.Start, s.Stop = shift(s.Start), shift(s.Stop)
		return s
	}
	ok := true
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			n.Segment = shiftSegment(n.Segment)
		case *ast.FencedCodeBlock:
			if n.Info != nil {
				n.Info.Segment = shiftSegment(n.Info.Segment)
			}
		case *ast.Document, *ast.Paragraph, *ast.Heading, *ast.TextBlock, *ast.List, *ast.ListItem,
			*ast.ThematicBreak, *ast.CodeBlock, *ast.Blockquote, *ast.Emphasis, *ast.Link,
			*ast.CodeSpan, *ast.String, *east.Table, *east.TableHeader, *east.TableRow,
			*east.TableCell, *east.TaskCheckBox:
			// Positions only in their lines, if any (below). A link's destination and title
			// are bytes of the old body, which are still there and never rewritten.
		default:
			// An automatic link keeps its address in a field out of reach; raw HTML and
			// images never pass checkSafe. Parse the typeset body instead.
			ok = false
			return ast.WalkStop, nil
		}
		if n.Type() == ast.TypeBlock {
			lines := n.Lines()
			for i := range lines.Len() {
				lines.Set(i, shiftSegment(lines.At(i)))
			}
		}
		return ast.WalkContinue, nil
	})
	return ok
}

type edit struct {
	start, stop int
	text        string
	joined      bool // the edit took the line break after the text into it
	// sameEdges: the text was valid UTF-8 and its first and last characters are of the same
	// kind after the edit (space, punctuation or other), which is what Markdown's rules look
	// at around a text (emphasis, for one); only then can the tree be moved (shiftTree).
	sameEdges bool
}

// sameEdges reports whether old is valid UTF-8 and new starts and ends with characters of
// the kinds old starts and ends with.
func sameEdges(old []byte, new string) bool {
	if len(old) == 0 || new == "" || !utf8.Valid(old) {
		return false
	}
	of, _ := utf8.DecodeRune(old)
	nf, _ := utf8.DecodeRuneInString(new)
	ol, _ := utf8.DecodeLastRune(old)
	nl, _ := utf8.DecodeLastRuneInString(new)
	return edgeKind(of) == edgeKind(nf) && edgeKind(ol) == edgeKind(nl)
}

// edgeKind is how Markdown's inline rules class a character next to a delimiter: 0 space,
// 1 punctuation or symbol, 2 anything else.
func edgeKind(r rune) int {
	switch {
	case util.IsSpaceRune(r):
		return 0
	case util.IsPunctRune(r):
		return 1
	}
	return 2
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

func typesetBlock(segs []segment, src []byte, rules typography.Rules, scratch *typography.Scratch) []edit {
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
		out := rules.RunWith(scratch, prev, text, next)
		if stop > s.stop && !strings.HasSuffix(out, typography.NBSP) {
			out, stop = strings.TrimSuffix(out, " "), s.stop
		}
		if out != string(src[s.start:stop]) {
			edits = append(edits, edit{start: s.start, stop: stop, text: out, joined: stop > s.stop, sameEdges: sameEdges(src[s.start:stop], out)})
		}
	}
	return edits
}
