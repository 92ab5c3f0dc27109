package pdf

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/testtool"
)

func renderSample(t testing.TB, lang string, opts Options) []byte {
	t.Helper()
	res, err := Render(sampleDoc(t, lang), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) > 0 {
		t.Errorf("%s: unexpected warnings: %q", lang, res.Warnings)
	}
	return res.PDF
}

func needTools(t *testing.T, tools ...string) {
	t.Helper()
	testtool.Require(t, "apt-get install poppler-utils qpdf", tools...)
}

func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// expectedText is what pdftotext must find intact in each sample.
var expectedText = map[string][]string{
	"en": {"客户选择我们", "Customer Service Handbook", "Page 3 of"},
	"pl": {"Zażółć gęślą jaźń", "Strona 3 z"},
	"cs": {"Příliš žluťoučký kůň úpěl ďábelské ódy", "Strana 3 z"},
	"fi": {"Ääkköset ÅÄÖ åäö näkyvät oikein", "Sivu 3/"},
	"zh": {"客户选择我们，是因为我们回复迅速、实事求是、言出必行。", "第 3 页，共"},
}

func TestRenderEndToEnd(t *testing.T) {
	needTools(t, "pdftotext", "pdffonts", "qpdf")
	dir := t.TempDir()
	for _, lang := range sampleLangs {
		t.Run(lang, func(t *testing.T) {
			doc := sampleDoc(t, lang)
			path := filepath.Join(dir, lang+".pdf")
			if err := os.WriteFile(path, renderSample(t, lang, Options{}), 0o644); err != nil {
				t.Fatal(err)
			}
			// -raw keeps content-stream order: each table cell's lines stay together.
			text := command(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-")
			flat := strings.Join(strings.Fields(text), "")
			want := []string{"Northwind Trading Ltd", "Anna Kowalska-Nowicka", "Jiří Dvořák", "王小明",
				"wang.xiaoming@northwind.example", doc.Meta.Title}
			for _, w := range append(want, expectedText[lang]...) {
				if lang == "en" && w == "客户选择我们" {
					continue
				}
				if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
					t.Errorf("pdftotext lacks %q", w)
				}
			}
			fonts := command(t, "pdffonts", path)
			lines := strings.Split(strings.TrimSpace(fonts), "\n")[2:]
			if len(lines) == 0 {
				t.Error("pdffonts lists no fonts")
			}
			for _, l := range lines {
				if f := strings.Fields(l); len(f) < 5 || f[len(f)-5] != "yes" {
					t.Errorf("font not embedded: %s", l)
				}
			}
			check := command(t, "qpdf", "--check", path)
			if !strings.Contains(check, "No syntax or stream encoding errors") || strings.Contains(strings.ToLower(check), "warning") {
				t.Errorf("qpdf --check:\n%s", check)
			}
			got := outlineTitles(t, command(t, "qpdf", "--json", "--json-key=outlines", path))
			for _, h := range headings(doc) {
				if !got[h] {
					t.Errorf("outline lacks heading %q", h)
				}
			}
		})
	}
}

// headings lists the plain text of every heading of doc.
func headings(doc *markdown.Document) []string {
	var out []string
	for _, l := range strings.Split(string(doc.Body), "\n") {
		if strings.HasPrefix(l, "#") {
			out = append(out, strings.TrimSpace(strings.TrimLeft(l, "#")))
		}
	}
	return out
}

type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
}

func outlineTitles(t *testing.T, js string) map[string]bool {
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	titles := map[string]bool{}
	var walk func([]outline)
	walk = func(os []outline) {
		for _, o := range os {
			titles[o.Title] = true
			walk(o.Kids)
		}
	}
	walk(doc.Outlines)
	return titles
}

func TestRenderReproducible(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		a, b := renderSample(t, lang, Options{}), renderSample(t, lang, Options{})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renders differ", lang)
		}
	}
}

func TestRenderConcurrent(t *testing.T) {
	want := map[string][]byte{}
	for _, lang := range sampleLangs {
		want[lang] = renderSample(t, lang, Options{Paper: "letter"})
	}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		for _, lang := range sampleLangs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res, err := Render(sampleDoc(t, lang), Options{Paper: "letter"})
				if err != nil {
					t.Error(err)
					return
				}
				if !bytes.Equal(res.PDF, want[lang]) {
					t.Errorf("%s: concurrent render differs from a serial one", lang)
				}
			}()
		}
	}
	wg.Wait()
}

func TestRenderOptionsAndErrors(t *testing.T) {
	if _, err := Render(sampleDoc(t, "en"), Options{Paper: "a5"}); err == nil || !strings.Contains(err.Error(), "a4 or letter") {
		t.Errorf("unknown paper: err = %v", err)
	}
	if _, err := Render(nil, Options{}); err == nil {
		t.Error("nil document: no error")
	}
	doc := markdown.NewDocument(markdown.Meta{Font: "latin", Title: "T"}, []byte("# T\n\nbyline\n\nIcons 😀 here.\n"))
	res, err := Render(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "U+1F600") {
		t.Errorf("warnings = %q, want one about U+1F600", res.Warnings)
	}
}

func TestRenderWritesSamples(t *testing.T) {
	dir := os.Getenv("PDF_OUT")
	if dir == "" {
		t.Skip("set PDF_OUT to a directory to write the sample PDFs for viewing")
	}
	body, err := os.ReadFile("testdata/constructs.md")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Render(markdown.NewDocument(sampleMeta["en"], body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "constructs.pdf"), res.PDF, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range sampleLangs {
		for _, paper := range []string{"a4", "letter"} {
			if err := os.WriteFile(filepath.Join(dir, lang+"-"+paper+".pdf"), renderSample(t, lang, Options{Paper: paper}), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestCreator checks that the PDF names the program that made it, as the build passes it.
func TestCreator(t *testing.T) {
	needTools(t, "pdfinfo")
	path := filepath.Join(t.TempDir(), "en.pdf")
	if err := os.WriteFile(path, renderSample(t, "en", Options{Creator: "policygen 9.8.7"}), 0o644); err != nil {
		t.Fatal(err)
	}
	info := command(t, "pdfinfo", path)
	if !strings.Contains(info, "Creator:         policygen 9.8.7\n") {
		t.Errorf("pdfinfo does not show the creator:\n%s", info)
	}
}
