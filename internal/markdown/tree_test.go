package markdown_test

import (
	"testing"

	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/model"
)

// TestDocumentTreeIsTheParsedTree: the tree every rendered document carries, which Render no
// longer parses from the typeset body, is the tree that body parses to, for every company,
// variant and language.
func TestDocumentTreeIsTheParsedTree(t *testing.T) {
	cat, tmpls := shared(t)
	for name, path := range companies {
		f := loadCompany(t, path)
		for _, lang := range languages {
			doc, _ := model.New(f, lang)
			lz, err := cat.Localizer(lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range variants {
				out, err := tmpls.Render(v, doc, lz)
				if err != nil {
					t.Fatal(err)
				}
				if diff := markdown.SameTree(out.Root, markdown.Parse(out.Body), out.Body); diff != "" {
					t.Errorf("%s %s %s: %s", name, lang, v, diff)
				}
			}
		}
	}
}
