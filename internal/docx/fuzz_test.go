package docx

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// FuzzRender renders any Markdown: it never fails or panics, and every XML part it writes
// is well-formed.
func FuzzRender(f *testing.F) {
	f.Add(plBody)
	f.Add("# T\n\n| a |\n|---|\n| b | c | d |\n\n- [ ] x\n  1. y\n     > z\n\n```\n\tcode\n```\n")
	f.Add("<b>raw</b>\n\n[x](#nowhere) <mailto:a@b.example> ![img](https://zuraw.example/a.png)\n\x00\uFFFE\xff")
	f.Fuzz(func(t *testing.T, body string) {
		doc := markdown.NewDocument(plMeta, []byte(body))
		data, err := Render(doc, Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, parts := unpack(t, data)
		for name, b := range parts {
			if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
				wellFormed(t, name, b)
			}
		}
	})
}
