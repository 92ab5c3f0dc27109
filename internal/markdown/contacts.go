package markdown

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// ContactBreak finds where a table cell listing several ways to reach a contact ("tel. +420
// 601 234 568; e-mail: petra.svobodova@…") breaks its line so that each way stands on a line
// of its own: in t, the text between a phone or e-mail link and the next one, the line ends
// after the separator (value[:end]) and the next line starts at value[start:]. ok is false
// for any other text. Markdown cannot hold the break; the HTML, DOCX and PDF renderers draw it.
func ContactBreak(t *ast.Text, src []byte) (end, start int, ok bool) {
	if _, inCell := t.Parent().(*east.TableCell); !inCell || !isContactLink(t.PreviousSibling()) {
		return 0, 0, false
	}
	next := false
	for n := t.NextSibling(); n != nil; n = n.NextSibling() {
		if _, link := n.(*ast.Link); link {
			next = isContactLink(n)
			break
		}
	}
	if !next {
		return 0, 0, false
	}
	v := t.Value(src)
	// A marker in brackets right after the first link ("(preferred)") stays on its line.
	mark := 0
	for mark < len(v) {
		r, n := utf8.DecodeRune(v[mark:])
		if !unicode.IsSpace(r) {
			break
		}
		mark += n
	}
	if r, n := utf8.DecodeRune(v[mark:]); mark < len(v) && unicode.Is(unicode.Ps, r) {
		if i := indexPe(v[mark+n:]); i >= 0 {
			_, m := utf8.DecodeRune(v[mark+n+i:])
			start = mark + n + i + m
			mark = start
		} else {
			mark = 0
		}
	} else {
		mark = 0
	}
	for start < len(v) {
		r, n := utf8.DecodeRune(v[start:])
		if !(unicode.IsSpace(r) || (unicode.IsPunct(r) && !unicode.Is(unicode.Ps, r))) {
			break
		}
		start += n
	}
	end = len(strings.TrimRightFunc(string(v[:start]), unicode.IsSpace))
	return end, start, end > mark
}

// indexPe is the byte index of the first closing bracket in v, or -1.
func indexPe(v []byte) int {
	for i, r := range string(v) {
		if unicode.Is(unicode.Pe, r) {
			return i
		}
	}
	return -1
}

func isContactLink(n ast.Node) bool {
	l, ok := n.(*ast.Link)
	if !ok {
		return false
	}
	d := string(l.Destination)
	return strings.HasPrefix(d, "mailto:") || strings.HasPrefix(d, "tel:")
}
