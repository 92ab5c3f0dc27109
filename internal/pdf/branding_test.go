package pdf

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// TestEmailBreaksOnlyAfterAtOrDot lays out e-mail links in narrow table cells and paragraphs:
// every line that ends inside an address ends with "@" or ".".
func TestEmailBreaksOnlyAfterAtOrDot(t *testing.T) {
	const addr = "customer.relations-team@zielonykoszyk.example"
	body := "# T\n\nb\n\n## Contacts\n\n| Level | Role | Name | E-mail |\n|---|---|---|---|\n" +
		"| 1 | Customer service team leader | Katarzyna Wiśniewska-Nowak | [" + addr + "](mailto:" + addr + ") |\n\n" +
		"Write to [" + addr + "](mailto:" + addr + ").\n"
	doc := markdown.NewDocument(markdown.Meta{Font: "latin"}, []byte(body))
	for _, width := range []float64{300, 380, 463} { // Letter and A4 text widths, and narrower
		_, lo := layoutPages(t, doc, width)
		var lines []string
		for _, it := range lo.items {
			if it.row != nil {
				for _, l := range it.row.cells[3] {
					lines = append(lines, l.text())
				}
			}
		}
		if len(lines) == 0 {
			t.Fatal("no table row laid out")
		}
		if got := strings.Join(lines, ""); got != addr {
			t.Fatalf("width %g: cell holds %q, want %q", width, got, addr)
		}
		for _, l := range lines[:len(lines)-1] {
			if !strings.HasSuffix(l, "@") && !strings.HasSuffix(l, ".") {
				t.Errorf("width %g: the address breaks after %q, not after @ or .: %q", width, l, lines)
			}
		}
	}
	br := testBreaker(t, false)
	st := textStyle{size: 10, link: "mailto:" + addr}
	for _, width := range []float64{90, 150} {
		ls := br.lines([]span{{text: addr, style: st}}, width)
		for _, l := range ls[:len(ls)-1] {
			if s := l.text(); !strings.HasSuffix(s, "@") && !strings.HasSuffix(s, ".") {
				t.Errorf("width %g: a paragraph line ends with %q", width, s)
			}
		}
	}
}

// TestShortSectionKeptTogether puts a short closing section where it would straddle a page
// break: it moves whole to the next page; a long section still breaks.
func TestShortSectionKeptTogether(t *testing.T) {
	pp := defaultPaper()
	for filler := 20; filler < 60; filler++ {
		var b strings.Builder
		b.WriteString("# T\n\nb\n\n## Long\n\n")
		for i := 0; i < filler; i++ {
			b.WriteString("A line of text that fills the page.\n\n")
		}
		b.WriteString("## Form\n\nI have read the policy.\n\nName: ____\n\nSignature: ____\n\nDate: ____\n\nReturn this form.\n")
		doc := markdown.NewDocument(markdown.Meta{Font: "latin"}, []byte(b.String()))
		pages := bodyPages(t, doc, pp)
		formPage, returnPage := -1, -1
		for i, pg := range pages {
			for _, e := range pg.elems {
				if e.kind != elemText {
					continue
				}
				if e.run.text == "Form" {
					formPage = i
				}
				if strings.Contains(e.run.text, "Return") {
					returnPage = i
				}
			}
		}
		if formPage < 0 || formPage != returnPage {
			t.Errorf("filler %d: the form starts on page %d and ends on page %d", filler, formPage+1, returnPage+1)
		}
	}
}

// TestPhoneNumberStaysWhole: a tel: link never breaks at its spaces.
func TestPhoneNumberStaysWhole(t *testing.T) {
	br := testBreaker(t, false)
	text := []span{{text: "Call ", style: textStyle{size: 10}}, {text: "+48 12 345 67 89", style: textStyle{size: 10, link: "tel:+48123456789"}}}
	for _, width := range []float64{100, 150, 200} {
		for _, l := range br.lines(text, width) {
			if s := l.text(); strings.Contains(s, "+48") && !strings.Contains(s, "+48 12 345 67 89") {
				t.Errorf("width %g: the number is split: %q", width, s)
			}
		}
	}
}
