package build

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/model"
	"github.com/policygen/policygen/internal/testtool"
)

// TestHandbookPDFEndToEnd reads the handbook PDF of the complete example back in every
// language with poppler and qpdf: the text is intact (company, every escalation contact, the
// Chinese mission), every font is embedded, the file is clean and the outline has every
// heading.
func TestHandbookPDFEndToEnd(t *testing.T) {
	testtool.Require(t, "apt-get install poppler-utils qpdf", "pdftotext", "pdffonts", "qpdf")
	in := inputs(t, "../../examples/complete.yaml", nil)
	dir := t.TempDir()
	for _, lang := range in.Catalog.Tags() {
		t.Run(lang, func(t *testing.T) {
			lz, err := in.Catalog.Localizer(lang)
			if err != nil {
				t.Fatal(err)
			}
			doc := renderDoc(t, in, "handbook", lang, lz)
			path := writePDF(t, doc, "a4", filepath.Join(dir, lang+".pdf"))
			text := strings.Join(strings.Fields(pdfText(t, path, "-raw")), "")
			want := append([]string{in.File.Company.Name}, handbookMustHave(in, lang)...)
			for _, w := range want {
				if !strings.Contains(text, strings.Join(strings.Fields(w), "")) {
					t.Errorf("pdftotext lacks %q", w)
				}
			}
			// Every row of the cover's version block has its label, the website's too.
			cover := strings.Join(strings.Fields(pdfText(t, path, "-f", "1", "-l", "1", "-raw")), "")
			site := doc.Meta.Labels.Website + "https://zielonykoszyk.example"
			if doc.Meta.Labels.Website == "" || !strings.Contains(cover, strings.Join(strings.Fields(site), "")) {
				t.Errorf("cover lacks the labelled website %q", site)
			}
			fonts := strings.Split(strings.TrimSpace(run(t, "pdffonts", path)), "\n")[2:]
			for _, l := range fonts {
				if f := strings.Fields(l); len(f) < 5 || f[len(f)-5] != "yes" {
					t.Errorf("font not embedded: %s", l)
				}
			}
			if check := run(t, "qpdf", "--check", path); !strings.Contains(check, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", check)
			}
			outline := outlineTitles(t, run(t, "qpdf", "--json", "--json-key=outlines", path))
			for _, h := range headingTexts(doc) {
				// Bookmarks are navigation, not print: their no-break spaces are plain spaces.
				if !outline[strings.ReplaceAll(h, "\u00a0", " ")] {
					t.Errorf("outline lacks heading %q", h)
				}
			}
		})
	}
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
	return string(out)
}

// renderDoc renders variant of the company file in lang, as the build does.
func renderDoc(t *testing.T, in Inputs, variant, lang string, lz *i18n.Localizer) *markdown.Document {
	t.Helper()
	m, _ := model.New(in.File, lang)
	doc, err := in.Templates.Render(variant, m, lz)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// writePDF renders doc as a PDF on paper and writes it to path, to be read back with poppler
// or qpdf; it returns path.
func writePDF(t *testing.T, doc *markdown.Document, paper, path string) string {
	t.Helper()
	data, _, err := formatByName("pdf").render(doc, Options{Paper: paper})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfText is the text pdftotext reads from the PDF at path, in UTF-8, with its options
// (-layout, -raw, a page range) before the file.
func pdfText(t *testing.T, path string, opts ...string) string {
	t.Helper()
	return run(t, "pdftotext", append(opts, "-enc", "UTF-8", path, "-")...)
}

// handbookMustHave is text a reader must find in the complete example's handbook in lang, in
// whatever format: every escalation contact's name and e-mail, and in Chinese the mission.
func handbookMustHave(in Inputs, lang string) []string {
	var want []string
	for _, c := range in.File.Escalation.Contacts {
		want = append(want, c.Name, c.Email)
	}
	if lang == "zh" {
		mission, _ := in.File.Company.Mission.Resolve("zh", "en")
		want = append(want, mission)
	}
	return want
}

// headingTexts returns the text of every heading of doc, as a reader sees it.
func headingTexts(doc *markdown.Document) []string {
	var out []string
	ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			var b strings.Builder
			ast.Walk(h, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
				if txt, ok := c.(*ast.Text); ok && entering {
					b.Write(txt.Value(doc.Body))
				}
				return ast.WalkContinue, nil
			})
			out = append(out, b.String())
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

func outlineTitles(t *testing.T, js string) map[string]bool {
	t.Helper()
	type outline struct {
		Title string            `json:"title"`
		Kids  []json.RawMessage `json:"kids"`
	}
	var doc struct {
		Outlines []json.RawMessage `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	titles := map[string]bool{}
	var walk func([]json.RawMessage)
	walk = func(list []json.RawMessage) {
		for _, raw := range list {
			var o outline
			if err := json.Unmarshal(raw, &o); err != nil {
				t.Fatal(err)
			}
			titles[o.Title] = true
			walk(o.Kids)
		}
	}
	walk(doc.Outlines)
	return titles
}
