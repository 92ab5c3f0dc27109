package html

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/unicode/norm"
)

// tocEntry is one h2 or h3 of the table of contents.
type tocEntry struct {
	level int
	id    string
	text  string
}

// frameIDs are the ids of the page frame; headings never take them.
var frameIDs = [...]string{"contents", "contents-label"}

// outline finds the leading title and byline, gives every other heading an id and lists the
// h2 and h3 headings for the table of contents.
func (p *page) outline(root ast.Node) {
	if h, ok := root.FirstChild().(*ast.Heading); ok && h.Level == 1 {
		p.titleNode = h
		if para, ok := h.NextSibling().(*ast.Paragraph); ok {
			p.bylineNode = para
		}
	}
	p.ids = make(map[*ast.Heading]string)
	ids := idSet{taken: make(map[string]bool, 32), next: make(map[string]int)}
	for _, id := range frameIDs {
		ids.taken[id] = true
	}
	p.taskIDs = make(map[*east.TaskCheckBox]string)
	n, tasks := 0, 0
	_ = ast.Walk(root, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		h, ok := node.(*ast.Heading)
		if !ok {
			if box, ok := node.FirstChild().(*east.TaskCheckBox); ok && node.Parent() != nil && node.Parent().Kind() == ast.KindListItem {
				tasks++
				p.taskIDs[box] = ids.add("task-" + strconv.Itoa(tasks))
			}
			if first := node.FirstChild(); first != nil && first.Type() == ast.TypeInline {
				return ast.WalkSkipChildren, nil // a paragraph or table cell: no headings inside
			}
			return ast.WalkContinue, nil
		}
		if node == p.titleNode {
			return ast.WalkSkipChildren, nil
		}
		n++
		text := plainText(h, p.source)
		base := slug(text)
		if base == "" {
			base = "section-" + strconv.Itoa(n)
		}
		id := ids.add(base)
		p.ids[h] = id
		if h.Level == 2 || h.Level == 3 {
			p.toc = append(p.toc, tocEntry{level: h.Level, id: id, text: text})
		}
		return ast.WalkSkipChildren, nil
	})
}

// idSet hands out unique ids.
type idSet struct {
	taken map[string]bool
	next  map[string]int // the next suffix to try for a base id
}

// add returns base, suffixed with -2, -3, … when it is taken, and takes it.
func (s idSet) add(base string) string {
	id := base
	for s.taken[id] {
		n := max(s.next[base], 2)
		s.next[base] = n + 1
		id = base + "-" + strconv.Itoa(n)
	}
	s.taken[id] = true
	return id
}

// foldedLetters are Latin letters without a canonical decomposition and their ASCII spelling.
var foldedLetters = map[rune]string{
	'ł': "l", 'đ': "d", 'ħ': "h", 'ı': "i", 'ŀ': "l", 'ø': "o", 'ŧ': "t",
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d",
}

// slug turns heading text into an id: Latin letters lose their diacritics ("Obsługa zgłoszeń"
// becomes "obsluga-zgloszen"), letters and digits of other scripts are kept as they are
// (lower-cased), and every run of anything else becomes one hyphen.
func slug(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	pendingHyphen := false
	for _, r := range norm.NFD.String(text) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		var part string
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			part = string(r)
		case foldedLetters[r] != "":
			part = foldedLetters[r]
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			part = string(r)
		default:
			pendingHyphen = b.Len() > 0
			continue
		}
		if pendingHyphen {
			b.WriteByte('-')
			pendingHyphen = false
		}
		b.WriteString(part)
	}
	return norm.NFC.String(b.String())
}

// plainText is the text of n's inlines with Markdown escapes and entities resolved.
func plainText(n ast.Node, source []byte) string {
	var b []byte
	b = appendPlain(b, n, source)
	return string(b)
}

func appendPlain(b []byte, n ast.Node, source []byte) []byte {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(source)
			if !c.IsRaw() {
				v = resolveText(v)
			}
			b = append(b, v...)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b = append(b, ' ')
			}
		case *ast.String:
			b = append(b, c.Value...)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					b = append(b, t.Value(source)...)
				}
			}
		case *ast.RawHTML:
		default:
			b = appendPlain(b, c, source)
		}
	}
	return b
}

// resolveText removes backslash escapes and resolves entity references, as goldmark does.
func resolveText(v []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}
