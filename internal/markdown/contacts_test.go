package markdown

import (
	"testing"

	"github.com/yuin/goldmark/ast"
)

// TestContactBreak: only the text between two contact links in a table cell breaks, after
// its separator.
func TestContactBreak(t *testing.T) {
	for _, tc := range []struct{ md, before, after string }{
		{"| a |\n|---|\n| tel. [+420 1](tel:+4201); e-mail: [a@b.example](mailto:a@b.example) |\n", ";", "e-mail: "},
		{"| a |\n|---|\n| 电话：[+420 1](tel:+4201)；邮箱：[a@b.example](mailto:a@b.example) |\n", "；", "邮箱："},
		{"| a |\n|---|\n| [a@b.example](mailto:a@b.example), see [site](https://b.example) |\n", "", ""},
		{"tel. [+420 1](tel:+4201); e-mail: [a@b.example](mailto:a@b.example)\n", "", ""},
	} {
		src := []byte(tc.md)
		found := false
		_ = ast.Walk(Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if txt, ok := n.(*ast.Text); ok && entering {
				if end, start, ok := ContactBreak(txt, src); ok {
					v := txt.Value(src)
					found = true
					if string(v[:end]) != tc.before || string(v[start:]) != tc.after {
						t.Errorf("%q: breaks as %q | %q", tc.md, v[:end], v[start:])
					}
				}
			}
			return ast.WalkContinue, nil
		})
		if found != (tc.before != "") {
			t.Errorf("%q: break found = %v", tc.md, found)
		}
	}
}
