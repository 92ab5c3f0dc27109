package pdf

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	ghtml "github.com/yuin/goldmark/renderer/html"

	"github.com/policygen/policygen/internal/links"
	"github.com/policygen/policygen/internal/markdown"
)

// rgb is a colour with 8-bit channels.
type rgb struct{ r, g, b uint8 }

// textStyle is how a span of text looks.
type textStyle struct {
	size   float64
	bold   bool
	italic bool
	mono   bool
	color  rgb
	link   string // URL the text links to, or ""
}

// span is text in one style, before line breaking.
type span struct {
	text  string
	style textStyle
}

// textSource turns Markdown inline nodes into clean text spans: entities resolved, escapes
// removed, NFC-normalized, and every rune one the embedded fonts can draw.
type textSource struct {
	src      []byte
	srcText  string // src as a string, which text without escapes is cut from uncopied
	fonts    *fontSet
	writer   ghtml.Writer
	buf      bytes.Buffer
	bw       *bufio.Writer
	warnings map[string]bool
	warnList []string
	links    links.Rule // which link destinations stay links
}

func newTextSource(src []byte, fonts *fontSet) *textSource {
	ts := &textSource{src: src, srcText: string(src), fonts: fonts, writer: ghtml.NewWriter(), warnings: map[string]bool{}}
	ts.bw = bufio.NewWriter(&ts.buf)
	return ts
}

func (ts *textSource) warn(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if !ts.warnings[msg] {
		ts.warnings[msg] = true
		ts.warnList = append(ts.warnList, msg)
	}
}

// unescape resolves entities and backslash escapes in a Markdown text segment exactly as
// goldmark's HTML writer does, then undoes the HTML escaping.
func (ts *textSource) unescape(b []byte) string {
	if !needsUnescape(b) {
		return string(b)
	}
	ts.buf.Reset()
	ts.writer.Write(ts.bw, b)
	_ = ts.bw.Flush()
	return html.UnescapeString(ts.buf.String())
}

// needsUnescape reports whether b holds anything unescape changes.
func needsUnescape(b []byte) bool {
	return bytes.IndexByte(b, '\\') >= 0 || bytes.IndexByte(b, '&') >= 0 || bytes.IndexByte(b, 0) >= 0
}

// inlineBuilder collects the spans of one block's inline content.
type inlineBuilder struct {
	ts    *textSource
	spans []span
	check *bool // task list checkbox found, if any
}

func (ib *inlineBuilder) add(s string, st textStyle) {
	s = ib.ts.clean(s)
	if s == "" {
		return
	}
	if n := len(ib.spans); n > 0 && ib.spans[n-1].style == st {
		ib.spans[n-1].text += s
		return
	}
	ib.spans = append(ib.spans, span{text: s, style: st})
}

// inlines appends the inline children of n in style st.
func (ib *inlineBuilder) inlines(n ast.Node, st textStyle, accent rgb) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		ib.inline(c, st, accent)
	}
}

func (ib *inlineBuilder) inline(n ast.Node, st textStyle, accent rgb) {
	src := ib.ts.src
	switch n := n.(type) {
	case *ast.Text:
		v := n.Segment.Value(src)
		seg := n.Segment
		plain := seg.Padding == 0 && seg.Start >= 0 && seg.Start <= seg.Stop && seg.Stop <= len(ib.ts.srcText)
		switch {
		case plain && (n.IsRaw() || !needsUnescape(v)):
			ib.add(ib.ts.srcText[seg.Start:seg.Stop], st) // the same text as v, not copied
		case n.IsRaw():
			ib.add(string(v), st)
		default:
			ib.add(ib.ts.unescape(v), st)
		}
		switch {
		case n.HardLineBreak():
			ib.add("\n", st)
		case n.SoftLineBreak():
			ib.add(" ", st)
		}
	case *ast.String:
		ib.add(string(n.Value), st)
	case *ast.CodeSpan:
		st.mono = true
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch t := c.(type) {
			case *ast.Text:
				ib.add(strings.ReplaceAll(string(t.Segment.Value(src)), "\n", " "), st)
			case *ast.String:
				ib.add(strings.ReplaceAll(string(t.Value), "\n", " "), st)
			}
		}
	case *ast.Emphasis:
		if n.Level >= 2 {
			st.bold = true
		} else {
			st.italic = true
		}
		ib.inlines(n, st, accent)
	case *ast.Link:
		if st.link = ib.ts.linkTarget(links.Destination(n.Destination)); st.link != "" {
			st.color = accent
		}
		ib.inlines(n, st, accent)
	case *ast.AutoLink:
		dest := string(n.URL(src))
		if n.AutoLinkType == ast.AutoLinkEmail {
			dest = markdown.Mailto(dest)
		}
		if st.link = ib.ts.linkTarget(dest); st.link != "" {
			st.color = accent
		}
		ib.add(string(n.Label(src)), st)
	case *ast.RawHTML:
		// Raw HTML is never shown, as in HTML.
	case *east.TaskCheckBox:
		checked := n.IsChecked
		ib.check = &checked
	default:
		ib.inlines(n, st, accent)
	}
}

// linkTarget is dest when the link rule allows it (in-page anchors excepted: a PDF page has
// none by those names), else "".
func (ts *textSource) linkTarget(dest string) string {
	href, ok := ts.links.Allowed(dest)
	if !ok || href[0] == '#' {
		return ""
	}
	return href
}
