package markdown_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/model"
	"github.com/policygen/policygen/locales"
)

// The cover and the DOCX title paragraph print Meta.Title; it must carry the same
// typography (no-break space after a one-letter word) as the document's own heading.
func TestTitleTypesetLikeHeading(t *testing.T) {
	src, err := fs.ReadFile(locales.FS(), "pl.toml")
	if err != nil {
		t.Fatal(err)
	}
	en, err := fs.ReadFile(locales.FS(), "en.toml")
	if err != nil {
		t.Fatal(err)
	}
	const title = `other = "Standardy obsługi klienta"`
	if !strings.Contains(string(src), title) {
		t.Fatalf("pl.toml no longer holds %s: update this test", title)
	}
	// A title with a one-letter word, which Polish typography ties to the next word.
	pl := strings.Replace(string(src), title, `other = "Standardy w obsłudze klienta"`, 1)
	cat, err := i18n.Load(fstest.MapFS{"en.toml": {Data: en}, "pl.toml": {Data: []byte(pl)}}, "")
	if err != nil {
		t.Fatal(err)
	}
	_, tmpls := shared(t)
	lz, err := cat.Localizer("pl")
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := model.New(loadCompany(t, "../../examples/complete.yaml"), "pl")
	out, err := tmpls.Render("standards", doc, lz)
	if err != nil {
		t.Fatal(err)
	}
	heading, _, _ := strings.Cut(string(out.Body), "\n")
	heading = strings.TrimPrefix(heading, "# ")
	if want := "Standardy w\u00a0obsłudze klienta"; heading != want {
		t.Fatalf("heading %q, want %q", heading, want)
	}
	if out.Meta.Title != heading {
		t.Errorf("title %q, heading %q", out.Meta.Title, heading)
	}
}
