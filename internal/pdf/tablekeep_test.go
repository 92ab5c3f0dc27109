package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// smallTableDoc puts a heading, a lead-in and a table of rows body rows after filler text of
// n words, so that the table falls at every position on the page as n grows.
func smallTableDoc(n, rows int, long, tall bool) *markdown.Document {
	var b strings.Builder
	b.WriteString("# T\n\nb\n\n## Filler\n\n")
	b.WriteString(strings.Repeat("filler ", n))
	b.WriteString("\n\n## Escalation\n\n")
	if long {
		b.WriteString(strings.Repeat("escalate ", 400) + "\n\n")
	}
	b.WriteString("Leadin of the table:\n\n| Head | Contact |\n|---|---|\n")
	for i := 0; i < rows; i++ {
		words := 1 + i%3*6
		if tall {
			words = 160 // six such rows do not fit on one page
		}
		fmt.Fprintf(&b, "| Row%d | %s |\n", i, strings.Repeat("contact ", words))
	}
	b.WriteString("\nAfter the table.\n\n## Next\n\nMore text.\n")
	return markdown.NewDocument(markdown.Meta{Font: "latin"}, []byte(b.String()))
}

// bodyPages lays doc's body out in Latin fonts and breaks it into pages on pp, as Render does
// before the contents and the running header and footer are added.
func bodyPages(t *testing.T, doc *markdown.Document, pp paper) []page {
	t.Helper()
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	lo := newLayouter(doc.Body, fs, false, pp.textWidth())
	lo.document(doc.Root)
	keepShortSections(lo.items, pp.textHeight()*shortSection)
	return paginate(lo.items, lo.th, pp, 1)
}

// pagesOf maps the first word of every text element to the pages it is drawn on.
func pagesOf(pages []page) map[string][]int {
	at := map[string][]int{}
	for i, pg := range pages {
		for _, e := range pg.elems {
			if e.kind == elemText {
				w := strings.Fields(e.run.text)
				if len(w) > 0 {
					at[w[0]] = append(at[w[0]], i)
				}
			}
		}
	}
	return at
}

// TestTableHeaderNeverAloneAndSmallTableWhole: wherever a table falls, its header row is on
// the page of a body row, and a table of at most smallTable rows stands whole on one page
// with its lead-in, as the escalation and channel tables must.
func TestTableHeaderNeverAloneAndSmallTableWhole(t *testing.T) {
	pp := defaultPaper()
	for _, rows := range []int{1, 2, 6, 7, 40, -6} {
		tall := rows < 0
		rows = max(rows, -rows)
		for n := 0; n < 1000; n += 13 {
			long := n%2 == 1
			doc := smallTableDoc(n, rows, long, tall)
			pages := bodyPages(t, doc, pp)
			at := pagesOf(pages)
			for i := 0; i < rows; i++ {
				if len(at[fmt.Sprintf("Row%d", i)]) != 1 {
					t.Fatalf("rows %d, filler %d: Row%d on pages %v", rows, n, i, at[fmt.Sprintf("Row%d", i)])
				}
			}
			if len(at["Head"]) == 0 {
				t.Fatalf("rows %d, filler %d: no header row drawn, so none could be checked", rows, n)
			}
			for _, p := range at["Head"] {
				body := false
				for i := 0; i < rows; i++ {
					body = body || at[fmt.Sprintf("Row%d", i)][0] == p
				}
				if !body {
					t.Fatalf("rows %d, filler %d: header row alone on page %d", rows, n, p+1)
				}
			}
			if rows <= smallTable && !tall {
				first, last := at["Row0"][0], at[fmt.Sprintf("Row%d", rows-1)][0]
				lead := at["Leadin"][0]
				if first != last || lead != first || (!long && at["Escalation"][0] != first) {
					t.Fatalf("rows %d, filler %d: heading p.%d, lead-in p.%d, rows p.%d–%d", rows, n, at["Escalation"][0]+1, lead+1, first+1, last+1)
				}
			}
		}
	}
}
