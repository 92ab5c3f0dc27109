package model_test

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/model"
)

// hostile are company-file values that would change a document's structure if they were not
// escaped.
var hostile = []string{
	"<b>**Acme**</b> {{.X}} | # ",
	"# Heading",
	"## Heading",
	"#\nWe lead",
	"-\nWe help",
	"+\nWe help",
	"1.\nWe help",
	"2)\tWe help",
	"We lead\n===",
	"We lead\n---",
	"We lead\n- - -",
	"We lead\n> quote",
	"We lead\n    code",
	"We lead\n\n    code",
	"We lead\n\tcode",
	"We lead\n| a | b |\n|---|---|",
	"| a |\n| - |",
	"a\n:-:",
	"We lead\n<div>x</div>",
	"We lead\n<!-- c -->",
	"We lead\n```\ncode\n```",
	"We lead\n~~~",
	"We lead  \nhard break",
	"We lead\\\nhard break",
	"We lead #",
	"We lead ##",
	"C#",
	"- item",
	"-",
	"- ",
	"#",
	"###### six",
	"1.",
	"1)",
	". after a number",
	"+ item",
	"1. item",
	"12) item",
	"> quote",
	"---",
	"===",
	"***",
	"`code`",
	"``",
	"    indented code",
	"[link](https://evil.example)",
	"[ref]: https://evil.example",
	"![img](https://evil.example/x.png)",
	"<script>alert(1)</script>",
	"<img src=x onerror=alert(1)>",
	"<https://autolink.example>",
	"<a@b.example>",
	"https://evil.example www.evil.example WWW.EVIL.EXAMPLE HTTP://X.EXAMPLE ftp://x.example",
	"mailto:a@b.example xmpp:a@b.example/x a@b.example",
	"*emph* _emph_ **strong** __strong__ ***both***",
	`a\\b \\ \* \_`,
	"1.5 hours. 2) two 3. three",
	"10) ten",
	"x ==mark== ^sup^ $math$ {#id} :emoji:",
	"&amp; &#169; &copy; &",
	"a | b | c",
	"_under_ *star* __strong__",
	"~~strike~~ ~~~fence ~one~",
	"line\nbreak\r\nand\rmore\v\f",
	"- [ ] task",
	"[x] done",
	"back\\slash\\*",
	"trailing\\",
	"{{template \"x\"}}",
	"nul\x00byte",
	"bad \xff utf-8",
	"  \t lead and trail \n ",
	"\u00a0# nbsp",
	"\u2028line separator\u2029",
}

// normalized is what the text of an escaped value must read: ASCII whitespace runs as one
// space, no whitespace at the ends, NUL and invalid UTF-8 as U+FFFD.
func normalized(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}), " ")
}

// textOf renders the text nodes of n as goldmark's HTML writer does (escapes and entities
// resolved), and reports any node that is not plain text.
func textOf(t *testing.T, src []byte, block ast.Node) (string, []string) {
	t.Helper()
	var text strings.Builder
	var bad []string
	w := ghtml.NewWriter()
	_ = ast.Walk(block, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			var buf bytes.Buffer
			bw := bufio.NewWriter(&buf)
			w.Write(bw, n.Segment.Value(src))
			_ = bw.Flush()
			text.WriteString(html.UnescapeString(buf.String()))
			if n.HardLineBreak() {
				bad = append(bad, "hard line break")
			} else if n.SoftLineBreak() {
				text.WriteByte(' ')
			}
		case *ast.String:
			text.Write(n.Value)
		default:
			if n != block {
				bad = append(bad, n.Kind().String())
			}
		}
		return ast.WalkContinue, nil
	})
	return text.String(), bad
}

// escapeContext is a place a template puts a value: the Markdown around it and the block
// structure the value must leave as it is.
type escapeContext struct {
	name   string
	before string
	after  string
	text   string // the block's text before the value's
	parse  func([]byte) ast.Node
	// block is the node whose inline content is the value; nil when the structure is wrong.
	block func(root ast.Node) ast.Node
}

// only follows the only child of each node down kinds, or returns nil. (ChildCount is not
// kept up to date by goldmark's table transformer: count the siblings.)
func only(root ast.Node, kinds ...ast.NodeKind) ast.Node {
	n := root
	for _, k := range kinds {
		if children(n) != 1 || n.FirstChild().Kind() != k {
			return nil
		}
		n = n.FirstChild()
	}
	return n
}

func children(n ast.Node) int {
	k := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		k++
	}
	return k
}

// fullGFM is goldmark with every GitHub extension, autolinks and strikethrough included,
// which the project's own instance leaves out.
var fullGFM = goldmark.New(goldmark.WithExtensions(extension.GFM))

func parseFullGFM(src []byte) ast.Node { return fullGFM.Parser().Parse(text.NewReader(src)) }

var escapeContexts = []escapeContext{
	{"paragraph, every GFM extension", "", "\n", "", parseFullGFM, func(r ast.Node) ast.Node { return only(r, ast.KindParagraph) }},
	{"table cell, every GFM extension", "| h |\n|---|\n| ", " |\n", "", parseFullGFM, func(r ast.Node) ast.Node {
		tbl := only(r, extast.KindTable)
		if tbl == nil || children(tbl) != 2 || children(tbl.LastChild()) != 1 {
			return nil
		}
		return tbl.LastChild().FirstChild()
	}},
	{"paragraph", "", "\n", "", markdown.Parse, func(r ast.Node) ast.Node { return only(r, ast.KindParagraph) }},
	{"after a paragraph line", "Text\n", "\n", "Text ", markdown.Parse, func(r ast.Node) ast.Node { return only(r, ast.KindParagraph) }},
	{"after a number", "Text 1", "\n", "Text 1", markdown.Parse, func(r ast.Node) ast.Node { return only(r, ast.KindParagraph) }},
	{"list item", "- ", "\n", "", markdown.Parse, func(r ast.Node) ast.Node {
		return only(r, ast.KindList, ast.KindListItem, ast.KindTextBlock)
	}},
	{"heading", "## ", "\n", "", markdown.Parse, func(r ast.Node) ast.Node { return only(r, ast.KindHeading) }},
	{"table cell", "| h |\n|---|\n| ", " |\n", "", markdown.Parse, func(r ast.Node) ast.Node {
		tbl := only(r, extast.KindTable)
		if tbl == nil || children(tbl) != 2 {
			return nil
		}
		row := tbl.LastChild()
		if children(row) != 1 {
			return nil
		}
		return row.FirstChild()
	}},
}

// checkEscaped is the property of Escape: in every context the value is one run of plain
// text equal to the normalized value, and the context keeps its structure.
func checkEscaped(t *testing.T, s string) {
	t.Helper()
	want := normalized(s)
	esc := model.Escape(s)
	if strings.ContainsAny(esc, "\n\r") {
		t.Fatalf("Escape(%q) = %q holds a line break", s, esc)
	}
	for _, c := range escapeContexts {
		src := []byte(c.before + esc + c.after)
		root := c.parse(src)
		block := c.block(root)
		if want == "" {
			continue
		}
		if block == nil {
			t.Errorf("%s: Escape(%q) = %q changed the structure:\n%s", c.name, s, esc, dump(root, src))
			continue
		}
		got, bad := textOf(t, src, block)
		if len(bad) > 0 {
			t.Errorf("%s: Escape(%q) = %q made %v", c.name, s, esc, bad)
		}
		if got != c.text+want {
			t.Errorf("%s: text of Escape(%q) = %q is %q, want %q", c.name, s, esc, got, c.text+want)
		}
	}
}

func dump(root ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			fmt.Fprintf(&b, "%s ", n.Kind())
		}
		return ast.WalkContinue, nil
	})
	return b.String() + "\n" + string(src)
}

func TestEscapeKeepsTextLiteral(t *testing.T) {
	for _, s := range hostile {
		checkEscaped(t, s)
	}
}

func TestEscapeLeavesPlainTextAlone(t *testing.T) {
	for _, s := range []string{"Acme Sp. z o.o.", "Version 1.2", "Zażółć gęślą jaźń", "王芳", "e-mail (24/7)", "+48 12 345 67 89", "1.2", "-5 °C", "#1 choice", "2026 year", "C#", "Smith & Co", "a = b"} {
		if got := model.Escape(s); got != s {
			t.Errorf("Escape(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestEscapeStopsAutolinks(t *testing.T) {
	for s, want := range map[string]string{
		"support@acme.example":              `support\@acme.example`,
		"www.acme.example":                  `www\.acme.example`,
		"https://acme.example and http://x": `https\://acme.example and http\://x`,
	} {
		if got := model.Escape(s); got != want {
			t.Errorf("Escape(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestEscapeTurnsLineBreaksIntoSpaces(t *testing.T) {
	if got, want := model.Escape(" We lead\r\n\n  the\tmarket \n"), "We lead the market"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTextPrintsEscaped(t *testing.T) {
	if got := model.Text("**x**").String(); got != `\*\*x\*\*` {
		t.Errorf("got %q", got)
	}
}

// FuzzEscape checks the property of Escape on any string: rendered by goldmark, the escaped
// value is one run of plain text equal to the value with its whitespace normalized, as a
// paragraph, after a paragraph line, in a list item, a heading and a table cell. Its corpus,
// testdata/fuzz/FuzzEscape, is also read by TestEscapeCmarkGFM.
func FuzzEscape(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1000 {
			return
		}
		checkEscaped(t, s)
		if !utf8.ValidString(model.Escape(s)) {
			t.Errorf("Escape(%q) is not UTF-8", s)
		}
	})
}
