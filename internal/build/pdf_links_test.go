package build

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestHandbookPDFLinksAndForm reads the complete example's handbook back in every language and
// paper size: every phone number is a tel: link and every e-mail address a mailto: link (qpdf's
// JSON), every contents entry is an internal link to a later page, and the acknowledgement
// form (its heading to its last line) is on one page.
func TestHandbookPDFLinksAndForm(t *testing.T) {
	for _, tool := range []string{"pdftotext", "qpdf"} {
		lookTool(t, tool)
	}
	in := inputs(t, "../../examples/complete.yaml", nil)
	dir := t.TempDir()
	for _, lang := range in.Catalog.Tags() {
		for _, paper := range []string{"a4", "letter"} {
			t.Run(lang+"/"+paper, func(t *testing.T) {
				lz, err := in.Catalog.Localizer(lang)
				if err != nil {
					t.Fatal(err)
				}
				doc := renderDoc(t, in, "handbook", lang, lz)
				path := writePDF(t, doc, paper, filepath.Join(dir, lang+"-"+paper+".pdf"))
				checkLinks(t, run(t, "qpdf", "--json", path), string(doc.Body))
				heading, _ := lz.Message("handbook.ack.heading", nil)
				last, _ := lz.Message("handbook.ack.return", nil)
				pages := strings.Split(pdfText(t, path), "\f")
				start, end := pageOf(pages, heading, true), pageOf(pages, last, false)
				if start < 0 || start != end {
					t.Errorf("the acknowledgement form starts on page %d and ends on page %d", start+1, end+1)
				}
			})
		}
	}
}

// pageOf is the index of the last page holding the start of s (whitespace ignored), or -1.
func pageOf(pages []string, s string, heading bool) int {
	key := []rune(squeeze(s))
	key = key[:min(len(key), 24)]
	found := -1
	for i, p := range pages {
		if strings.Contains(squeeze(p), string(key)) {
			found = i
			if !heading {
				break
			}
		}
	}
	return found
}

var linkDest = regexp.MustCompile(`\]\(((?:tel|mailto):[^)]+)\)`)

func checkLinks(t *testing.T, js, markdown string) {
	t.Helper()
	var doc struct {
		Pages []struct {
			Object string `json:"object"`
		} `json:"pages"`
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil || len(doc.QPDF) < 2 {
		t.Fatalf("qpdf --json: %v", err)
	}
	var objects map[string]struct {
		Value map[string]any `json:"value"`
	}
	if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
		t.Fatal(err)
	}
	pageIndex := map[string]int{}
	for i, p := range doc.Pages {
		pageIndex[p.Object] = i
	}
	var uris []string
	goTo := 0
	for i, p := range doc.Pages {
		annots, _ := objects["obj:"+p.Object].Value["/Annots"].([]any)
		for _, a := range annots {
			annot, ok := a.(map[string]any)
			if !ok {
				if ref, isRef := a.(string); isRef {
					annot = objects["obj:"+ref].Value
				}
			}
			if act, ok := annot["/A"].(map[string]any); ok {
				uri, _ := act["/URI"].(string)
				uris = append(uris, strings.TrimPrefix(uri, "u:"))
			}
			if dest, ok := annot["/Dest"].([]any); ok && len(dest) > 0 {
				goTo++
				target, _ := dest[0].(string)
				if j, ok := pageIndex[target]; !ok || j <= i {
					t.Errorf("page %d: a contents link goes to %q, not to a later page", i+1, target)
				}
			}
		}
	}
	var want []string
	for _, m := range linkDest.FindAllStringSubmatch(markdown, -1) {
		want = append(want, m[1])
	}
	slices.Sort(want)
	want = slices.Compact(want)
	slices.Sort(uris)
	uris = slices.Compact(uris)
	var missing []string
	for _, w := range want {
		if !slices.Contains(uris, w) {
			missing = append(missing, w)
		}
	}
	if len(missing) > 0 || !slices.ContainsFunc(want, func(s string) bool { return strings.HasPrefix(s, "tel:") }) {
		t.Errorf("links missing from the PDF: %q (PDF has %q)", missing, uris)
	}
	headings := strings.Count(markdown, "\n## ") + strings.Count(markdown, "\n### ")
	if goTo < headings {
		t.Errorf("%d internal links, want one for each of the %d contents entries", goTo, headings)
	}
}
