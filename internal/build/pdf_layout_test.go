package build

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/testtool"
)

// TestPDFLayoutReadBack reads the handbook and procedures of the complete example back with
// pdftotext, in Polish, Czech and Chinese, on A4 and Letter, and checks what a reader sees:
// the escalation table stands whole on one page with its header; an e-mail address is never
// cut except right after its "@" (when it is wider than its column); and the acknowledgement
// form is the first thing on its page.
func TestPDFLayoutReadBack(t *testing.T) {
	testtool.Require(t, "apt-get install poppler-utils", "pdftotext")
	in := inputs(t, "../../examples/complete.yaml", nil)
	dir := t.TempDir()
	var mails, names []string
	for _, c := range in.File.Escalation.Contacts {
		if c.Email != "" {
			mails = append(mails, c.Email)
		}
		names = append(names, strings.Fields(c.Name)[0])
	}
	for _, lang := range []string{"pl", "cs", "zh"} {
		lz, err := in.Catalog.Localizer(lang)
		if err != nil {
			t.Fatal(err)
		}
		level, _ := lz.Message("common.escalation.col_level", nil)
		ack, _ := lz.Message("handbook.ack.heading", nil)
		for _, variant := range []string{"handbook", "procedures"} {
			doc := renderDoc(t, in, variant, lang, lz)
			for _, paper := range []string{"a4", "letter"} {
				path := writePDF(t, doc, paper, filepath.Join(dir, lang+"-"+variant+"-"+paper+".pdf"))
				name := lang + "/" + variant + " (" + paper + ")"
				pages := strings.Split(pdfText(t, path, "-layout"), "\f")
				checkEscalationWhole(t, name, pages, level, names)
				checkAddresses(t, name, pages, mails)
				if variant == "handbook" {
					checkFirstOnPage(t, name, pages, ack)
				}
			}
		}
	}
}

func pageLines(page string) []string {
	var lines []string
	for _, l := range strings.Split(page, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// checkEscalationWhole: the page with the escalation table's header row shows every contact.
func checkEscalationWhole(t *testing.T, name string, pages []string, level string, names []string) {
	t.Helper()
	seen := 0
	for i, page := range pages {
		if !strings.Contains(page, level+" ") || !strings.Contains(page, names[0]) {
			continue
		}
		seen++
		for _, n := range names {
			if !strings.Contains(page, n) {
				t.Errorf("%s: page %d has the escalation table without %s: the table is split", name, i+1, n)
			}
		}
	}
	if seen != 1 {
		t.Errorf("%s: the escalation table's header with its first row is on %d pages, want 1", name, seen)
	}
}

// checkAddresses: every printed piece of an address is the whole address, or its part up to
// and including "@" followed on the next line of the cell by the rest.
func checkAddresses(t *testing.T, name string, pages []string, mails []string) {
	t.Helper()
	for i, page := range pages {
		for _, l := range pageLines(page) {
			for _, chunk := range columnGap.Split(l, -1) {
				for _, w := range strings.Fields(chunk) {
					w = strings.TrimLeft(w, "邮箱电话：:")
					w = strings.TrimRight(w, ";；.,。")
					for _, m := range mails {
						at := strings.IndexByte(m, '@')
						if w != m && w != "" && w != m[:at+1] && w != m[at+1:] && (strings.HasPrefix(m, w) || strings.HasSuffix(m, w)) && len(w) > 3 {
							t.Errorf("%s: page %d cuts the address %s as %q", name, i+1, m, w)
						}
					}
				}
			}
		}
	}
}

// checkFirstOnPage: the heading is the first line under the running header of its page.
func checkFirstOnPage(t *testing.T, name string, pages []string, heading string) {
	t.Helper()
	for i, page := range pages {
		lines := pageLines(page)
		for j, l := range lines {
			if strings.ReplaceAll(l, "\u00a0", " ") == heading && i > 0 {
				if j != 1 {
					t.Errorf("%s: %q is line %d of page %d, want the first under the header", name, heading, j+1, i+1)
				}
				return
			}
		}
	}
	t.Errorf("%s: heading %q not found", name, heading)
}
