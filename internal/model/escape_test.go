package model_test

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/model"
)

// hostile are company-file values that would change a document's structure if they were not
// escaped.
var hostile = []string{
	"<b>**Acme**</b> {{.X}} | # ",
	"# Heading",
	"## Heading",
	"- item",
	"-",
	"- ",
	"#",
	"###### six",
	"1.",
	"1)",
	"+ item",
	"1. item",
	"12) item",
	"> quote",
	"---",
	"===",
	"***",
	"`code`",
	"    indented code",
	"[link](https://evil.example)",
	"![img](https://evil.example/x.png)",
	"<script>alert(1)</script>",
	"<img src=x onerror=alert(1)>",
	"&amp; &#169; &copy;",
	"a | b | c",
	"_under_ *star* __strong__",
	"~~strike~~ ~~~fence",
	"line\nbreak\r\nand\rmore",
	"- [ ] task",
	"<https://autolink.example>",
	"back\\slash\\*",
	"{{template \"x\"}}",
}

func TestEscapeKeepsTextLiteral(t *testing.T) {
	for _, s := range hostile {
		// The value alone on a line, inside a list item, inside a table cell and after text.
		for _, md := range []string{
			"%s\n",
			"- %s\n",
			"| h |\n|---|\n| %s |\n",
			"Text %s text\n",
			"## %s\n",
		} {
			src := strings.Replace(md, "%s", model.Escape(s), 1)
			root := markdown.Parse([]byte(src))
			var text strings.Builder
			err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if !entering {
					return ast.WalkContinue, nil
				}
				switch n.Kind() {
				case ast.KindEmphasis, ast.KindCodeSpan, ast.KindLink, ast.KindImage, ast.KindAutoLink,
					ast.KindRawHTML, ast.KindHTMLBlock, ast.KindBlockquote, ast.KindThematicBreak,
					ast.KindCodeBlock, ast.KindFencedCodeBlock, extast.KindTaskCheckBox, extast.KindStrikethrough:
					t.Errorf("%q in %q made a %s node", s, md, n.Kind())
				case ast.KindHeading:
					if !strings.HasPrefix(md, "##") {
						t.Errorf("%q in %q made a heading", s, md)
					}
				case ast.KindList:
					if !strings.HasPrefix(md, "- ") || n.Parent().Kind() != ast.KindDocument {
						t.Errorf("%q in %q made a list", s, md)
					}
				case ast.KindText:
					text.Write(n.(*ast.Text).Segment.Value([]byte(src)))
				case ast.KindString:
					text.Write(n.(*ast.String).Value)
				}
				return ast.WalkContinue, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if md == "%s\n" {
				want := strings.Join(strings.Fields(s), " ")
				got := strings.Join(strings.Fields(unescapeText(text.String())), " ")
				if got != want {
					t.Errorf("text of %q: got %q, want %q", s, got, want)
				}
			}
		}
	}
}

// unescapeText removes the backslashes that goldmark leaves in a Text segment's raw bytes.
func unescapeText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()<>#+-.!|~&=", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestEscapeLeavesPlainTextAlone(t *testing.T) {
	for _, s := range []string{"Acme Sp. z o.o.", "Version 1.2", "support@acme.example", "Zażółć gęślą jaźń", "王芳", "e-mail (24/7)", "+48 12 345 67 89", "1.2", "-5 °C", "#1 choice", "2026 year"} {
		if got := model.Escape(s); got != s {
			t.Errorf("Escape(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestTextPrintsEscaped(t *testing.T) {
	if got := model.Text("**x**").String(); got != `\*\*x\*\*` {
		t.Errorf("got %q", got)
	}
}
