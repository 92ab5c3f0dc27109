package build

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestWebsiteInEveryFormat: the company website is stated once near the top of every
// document, whatever the format: in the Markdown front matter, the HTML header, the DOCX
// title page and the PDF cover (whose text is compressed, so only its presence in the
// other three is read here; TestPDFLayoutReadBack reads the cover).
func TestWebsiteInEveryFormat(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	const site = "https://zielonykoszyk.example"
	res, err := Run(in, Options{Variants: []string{"standards", "handbook"}, Langs: []string{"en", "zh"},
		Formats: []string{"md", "html", "docx"}, Paper: "a4"})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{} // documents read, per format: a format left out checks nothing
	for _, f := range res.Files {
		text := string(f.Data)
		switch {
		case strings.HasSuffix(f.Path, ".md"):
			seen["md"]++
			front, _, _ := strings.Cut(strings.TrimPrefix(text, "---\n"), "---\n")
			// Front matter values are inert: the colon is written as an escape.
			if !strings.Contains(front, `website: "`+strings.ReplaceAll(site, ":", `\u003a`)+`"`) {
				t.Errorf("%s: front matter lacks the website:\n%s", f.Path, front)
			}
		case strings.HasSuffix(f.Path, ".html"):
			seen["html"]++
			header, _, _ := strings.Cut(text, "</header>")
			if !strings.Contains(header, `<a href="`+site+`">`+site+`</a>`) {
				t.Errorf("%s: header lacks the website link", f.Path)
			}
		case strings.HasSuffix(f.Path, ".docx"):
			zr, err := zip.NewReader(bytes.NewReader(f.Data), int64(len(f.Data)))
			if err != nil {
				t.Fatal(err)
			}
			for _, zf := range zr.File {
				if zf.Name != "word/document.xml" {
					continue
				}
				seen["docx"]++
				r, _ := zf.Open()
				body, _ := io.ReadAll(r)
				// The title page comes before the first page break.
				title, _, _ := strings.Cut(string(body), `w:type="page"`)
				if !strings.Contains(title, site) {
					t.Errorf("%s: title page lacks the website", f.Path)
				}
			}
		}
	}
	for _, format := range []string{"md", "html", "docx"} {
		if seen[format] != 4 {
			t.Errorf("%d %s documents read, want 4 (2 variants × 2 languages)", seen[format], format)
		}
	}
}
