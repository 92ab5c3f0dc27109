package pdf

import (
	"os"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

func FuzzRender(f *testing.F) {
	for _, lang := range []string{"en", "zh"} {
		if b, err := os.ReadFile("testdata/" + lang + ".md"); err == nil {
			f.Add(b[:min(len(b), 1200)])
		}
	}
	f.Add([]byte("# T\n\n| a | b |\n|---|---|\n| 王小明 | x |\n\n- [ ] task\n  1. nested\n\n> quote\n\n---\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, font := range []string{"latin", "cjk"} {
			doc := markdown.NewDocument(markdown.Meta{Font: font, Title: "T", Labels: markdown.Labels{PageOf: "{page}/{pages}"}}, body)
			if _, err := Render(doc, Options{}); err != nil {
				t.Fatal(err)
			}
		}
	})
}
