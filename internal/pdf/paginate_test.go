package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// layoutPages lays out and paginates doc's body as Render does, without drawing.
func layoutPages(t testing.TB, doc *markdown.Document, width float64) ([]page, *layouter) {
	t.Helper()
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	pp, _, _ := paperFor("a4")
	lo := newLayouter(doc.Body, fs, doc.Meta.Font == "cjk", width)
	lo.document(doc.Root)
	return paginate(lo.items, lo.th, pp, 1), lo
}

func TestHeadingNeverLastOnPage(t *testing.T) {
	for _, lang := range sampleLangs {
		for _, width := range []float64{200, 320, 463} {
			pages, _ := layoutPages(t, sampleDoc(t, lang), width)
			if len(pages) < 3 {
				t.Errorf("%s: only %d pages", lang, len(pages))
			}
			for i, pg := range pages[:len(pages)-1] {
				if pg.heading {
					t.Errorf("%s width %.0f: page %d ends with a heading", lang, width, i+1)
				}
			}
		}
	}
}

// headingsThenText builds a document where headings fall at every possible page position.
func headingsThenText(n int) *markdown.Document {
	var b strings.Builder
	b.WriteString("# Title\n\nbyline\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "## Heading %d\n\n%s\n\n", i, strings.Repeat("word ", 1+i*7%60))
		if i%3 == 0 {
			fmt.Fprintf(&b, "### Sub %d\n\n#### Minor %d\n\n- item\n", i, i)
		}
	}
	return markdown.NewDocument(markdown.Meta{Font: "latin"}, []byte(b.String()))
}

func TestHeadingKeptWithNextEverywhere(t *testing.T) {
	pages, _ := layoutPages(t, headingsThenText(120), 463)
	for i, pg := range pages[:len(pages)-1] {
		if pg.heading {
			t.Errorf("page %d ends with a heading", i+1)
		}
	}
}

func tableDoc(rows int, cell string) *markdown.Document {
	var b strings.Builder
	b.WriteString("# T\n\nb\n\n## Revisions\n\n| Version | Changes |\n|---|---|\n")
	for i := 0; i < rows; i++ {
		fmt.Fprintf(&b, "| %d | %s |\n", i, cell)
	}
	return markdown.NewDocument(markdown.Meta{Font: "latin"}, []byte(b.String()))
}

func TestTableRowsWholeAndHeaderRepeated(t *testing.T) {
	pages, lo := layoutPages(t, tableDoc(300, "Rewrote the complaint procedure so that every step has an owner."), 463)
	if len(pages) < 5 {
		t.Fatalf("want a table over several pages, got %d", len(pages))
	}
	rowsSeen := map[string]int{}
	for i, pg := range pages {
		headers := 0
		for _, e := range pg.elems {
			if e.kind != elemText {
				continue
			}
			switch txt := e.run.text; {
			case txt == "Version":
				headers++
			case e.x < lo.th.table*6+float64(defaultPaper().left) && txt != "Revisions":
				rowsSeen[txt]++
			}
		}
		if headers != 1 {
			t.Errorf("page %d shows the header row %d times, want 1", i+1, headers)
		}
	}
	for i := 0; i < 300; i++ {
		if n := rowsSeen[fmt.Sprint(i)]; n != 1 {
			t.Errorf("row %d appears %d times", i, n)
		}
	}
}

func defaultPaper() paper { p, _, _ := paperFor("a4"); return p }

func TestRowTallerThanPageIsSplit(t *testing.T) {
	huge := strings.Repeat("Very long change description that wraps. ", 900)
	pages, _ := layoutPages(t, tableDoc(3, huge), 463)
	if len(pages) < 3 {
		t.Fatalf("a row taller than a page should be split over pages, got %d pages", len(pages))
	}
	var words int
	for _, pg := range pages {
		for _, e := range pg.elems {
			if e.kind == elemText {
				words += strings.Count(e.run.text, "wraps.")
			}
		}
	}
	if words != 3*900 {
		t.Errorf("split rows show %d of %d sentences", words, 3*900)
	}
}
