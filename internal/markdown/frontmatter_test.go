package markdown

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/testtool"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"gopkg.in/yaml.v3"
)

// frontMatterValues are values that would be live Markdown or HTML, or would not read back,
// if the front matter carried them raw.
var frontMatterValues = []string{
	"Acme <b onmouseover=alert(0)>",
	"<script>alert(1)</script>",
	"# Heading",
	"#\nWe lead",
	"-\nWe help",
	"[link](https://evil.example) ![img](x.png) [ref]: /x",
	"**bold** _it_ `code` ~~del~~",
	"&amp; &#60; &lt;",
	"www.evil.example https://evil.example a@evil.example <https://x.example>",
	"a | b | c",
	`quote " and back\slash\`,
	"line\nbreak\r\n\ttab",
	"trailing spaces  ",
	"  leading",
	"key: value # comment",
	"- item",
	"'single'",
	"!tag &anchor *alias",
	"yes", "null", "~", "1.10", "2026-11-20", "0x1F", "",
	"\u202eevil\u202c \u2066x\u2069 \u200f",
	"\u2028sep\u2029 nel\u0085 bom\ufeff",
	"Zażółć gęślą jaźń 王芳 שלום مرحبا 😀",
	"nul\x00 bell\x07 del\x7f",
	"{{.X}} ${x} %s ^sup^ ==mark== ++ins++",
}

func hostileMeta(v string) Meta {
	return Meta{Title: v, BCP47: v, Company: v, Variant: v, Version: v, ISODate: v}
}

// checkFrontMatter reads the front matter back with yaml.v3 and checks that every value is
// exactly what was written.
func checkFrontMatter(t *testing.T, v string) []byte {
	t.Helper()
	fm := FrontMatter(hostileMeta(v))
	body, ok := bytes.CutPrefix(fm, []byte("---\n"))
	body, _, found := bytes.Cut(body, []byte("\n---\n\n"))
	if !ok || !found || !bytes.HasSuffix(fm, []byte("\n---\n\n")) {
		t.Fatalf("front matter of %q is not a --- block:\n%s", v, fm)
	}
	var got map[string]string
	if err := yaml.Unmarshal(body, &got); err != nil {
		t.Fatalf("front matter of %q does not parse: %v\n%s", v, err, fm)
	}
	want := strings.ToValidUTF8(v, "\uFFFD")
	for _, key := range []string{"title", "lang", "company", "variant", "version", "date"} {
		if got[key] != want {
			t.Errorf("%s reads back %q, want %q", key, got[key], want)
		}
	}
	if len(got) != 6 {
		t.Errorf("front matter of %q has %d keys", v, len(got))
	}
	if lines := bytes.Count(fm, []byte("\n")); lines != 9 {
		t.Errorf("front matter of %q has %d lines, want 9:\n%s", v, lines, fm)
	}
	if i := bytes.IndexAny(fm, "<>&[]*_`~|!@"); i >= 0 {
		t.Errorf("front matter of %q carries %q raw:\n%s", v, fm[i], fm)
	}
	return fm
}

func TestFrontMatterReadsBackExactly(t *testing.T) {
	for _, v := range frontMatterValues {
		checkFrontMatter(t, v)
	}
}

// TestFrontMatterIsInertMarkdown renders the front matter as a Markdown engine that does not
// know front matter would: goldmark and cmark-gfm (with and without GitHub's extensions) see
// a thematic break and a heading, and nothing else: no tag, link, emphasis or code from a value.
func TestFrontMatterIsInertMarkdown(t *testing.T) {
	var all bytes.Buffer
	for _, v := range frontMatterValues {
		all.Write(checkFrontMatter(t, v))
	}
	src := all.Bytes()

	fullGFM := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for _, root := range []ast.Node{Parse(src), fullGFM.Parser().Parse(text.NewReader(src))} {
		err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n.Kind() {
			case ast.KindDocument, ast.KindThematicBreak, ast.KindHeading, ast.KindParagraph, ast.KindText:
			default:
				t.Errorf("goldmark made a %s node from the front matter", n.Kind())
			}
			return ast.WalkContinue, nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}

	tag := regexp.MustCompile(`</?([a-zA-Z0-9]+)`)
	for _, exts := range [][]string{nil, {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}} {
		out := testtool.CmarkGFM(t, string(src), exts...)
		for _, m := range tag.FindAllStringSubmatch(out, -1) {
			if m[1] != "hr" && m[1] != "h2" {
				t.Errorf("cmark-gfm %v made a <%s> from the front matter:\n%s", exts, m[1], out)
				break
			}
		}
		if n := strings.Count(out, "<h2>"); n != len(frontMatterValues) {
			t.Errorf("cmark-gfm %v made %d headings from %d front matters:\n%s", exts, n, len(frontMatterValues), out)
		}
	}
}

// FuzzFrontMatter checks that any value reads back exactly and stays inert.
func FuzzFrontMatter(f *testing.F) {
	for _, v := range frontMatterValues {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		checkFrontMatter(t, v)
	})
}
