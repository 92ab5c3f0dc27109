package build

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark/ast"

	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/testtool"
)

// needTool returns the path of an external program a test reads its output back with: see
// testtool.Require.
func needTool(t *testing.T, name, debianPackage string) string {
	t.Helper()
	testtool.Require(t, "apt-get install "+debianPackage, name)
	path, _ := exec.LookPath(name)
	return path
}

// TestDOCXMatrix builds every variant in every language as DOCX and checks each file the way
// a strict reader would: unzip -t accepts the archive and every part is well-formed XML.
func TestDOCXMatrix(t *testing.T) {
	unzip := needTool(t, "unzip", "unzip")
	in := inputs(t, "../../examples/complete.yaml", nil)
	opts := everything(in)
	opts.Formats = []string{"docx"}
	res, err := Run(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(in.Templates.Variants()) * len(in.Catalog.Tags()); len(res.Files) != want || want != 25 {
		t.Fatalf("built %d DOCX files, want 25", len(res.Files))
	}
	dir := t.TempDir()
	for _, f := range res.Files {
		if !strings.HasSuffix(f.Path, ".docx") || f.Format != "docx" {
			t.Errorf("file %s has format %q", f.Path, f.Format)
		}
		path := filepath.Join(dir, strings.ReplaceAll(f.Path, "/", "-"))
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(unzip, "-tq", path).CombinedOutput(); err != nil {
			t.Errorf("unzip -t %s: %v\n%s", f.Path, err, out)
		}
		zr, err := zip.NewReader(bytes.NewReader(f.Data), int64(len(f.Data)))
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		for _, zf := range zr.File {
			if strings.HasSuffix(zf.Name, ".xml") || strings.HasSuffix(zf.Name, ".rels") {
				checkXML(t, f.Path+":"+zf.Name, zf)
			}
		}
	}
}

func checkXML(t *testing.T, name string, zf *zip.File) {
	t.Helper()
	rc, err := zf.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	for {
		if _, err := dec.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
	}
}

// docxFiles renders variant of the complete example as DOCX in each of langs into dir,
// named <lang>-<variant>.docx, and returns the documents by language and the files.
func docxFiles(t *testing.T, in Inputs, dir, variant string, langs []string) (map[string]*markdown.Document, []string) {
	docs := map[string]*markdown.Document{}
	var paths []string
	for _, lang := range langs {
		lz, err := in.Catalog.Localizer(lang)
		if err != nil {
			t.Fatal(err)
		}
		doc := renderDoc(t, in, variant, lang, lz)
		data, _, err := formatByName("docx").render(doc, Options{Paper: "a4"})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, lang+"-"+variant+".docx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		docs[lang] = doc
		paths = append(paths, path)
	}
	return docs, paths
}

// TestDOCXReadBack has other software read the handbook DOCX in every language: LibreOffice
// converts all of them to PDF in one run, and the PDF's text holds every heading, the company
// and the escalation contacts (and the Chinese mission); python-docx finds the title and
// every heading with its Word style, a language on every run, and the core properties. The
// same LibreOffice run converts the Polish and Chinese checklists: every box shows.
func TestDOCXReadBack(t *testing.T) {
	soffice := needTool(t, "soffice", "libreoffice-writer-nogui")
	pdftotext := needTool(t, "pdftotext", "poppler-utils")
	python := pythonWithDocx(t)
	dir := t.TempDir()
	in := inputs(t, "../../examples/complete.yaml", nil)
	docs, paths := docxFiles(t, in, dir, "handbook", in.Catalog.Tags())
	checklists, checklistPaths := docxFiles(t, in, dir, "checklist", []string{"pl", "zh"})

	t.Run("python-docx", func(t *testing.T) {
		out, err := exec.Command(python, append([]string{"testdata/read_docx.py"}, paths...)...).Output()
		if err != nil {
			t.Fatalf("read_docx.py: %v\n%s", err, stderrOf(err))
		}
		var read map[string]struct {
			Headings     [][2]string `json:"headings"`
			Runs         int         `json:"runs"`
			RunsWithLang int         `json:"runs_with_lang"`
			Langs        []string    `json:"langs"`
			Title        string      `json:"title"`
			Creator      string      `json:"creator"`
			Language     string      `json:"language"`
			Created      string      `json:"created"`
			Header       []string    `json:"header"`
			Tables       int         `json:"tables"`
		}
		if err := json.Unmarshal(out, &read); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		wantLang := map[string]string{"en": "en-GB", "pl": "pl-PL", "fi": "fi-FI", "cs": "cs-CZ", "zh": "zh-CN"}
		for lang, doc := range docs {
			r := read[filepath.Join(dir, lang+"-handbook.docx")]
			var want [][2]string
			for _, h := range headingLevels(doc) {
				style := "Title"
				if h.level > 1 {
					style = "Heading " + string(rune('0'+min(h.level-1, 3)))
				}
				want = append(want, [2]string{style, h.text})
			}
			if !equalPairs(r.Headings, want) {
				t.Errorf("%s: python-docx finds headings\n%v\nwant\n%v", lang, r.Headings, want)
			}
			if r.Runs == 0 || r.RunsWithLang != r.Runs {
				t.Errorf("%s: %d of %d runs carry a language", lang, r.RunsWithLang, r.Runs)
			}
			if len(r.Langs) != 1 || r.Langs[0] != wantLang[lang] {
				t.Errorf("%s: run languages %v, want only %s", lang, r.Langs, wantLang[lang])
			}
			if r.Title != doc.Meta.Title || r.Creator != doc.Meta.Company || r.Language != wantLang[lang] || !strings.HasPrefix(r.Created, doc.Meta.ISODate) {
				t.Errorf("%s: core properties title %q creator %q language %q created %q", lang, r.Title, r.Creator, r.Language, r.Created)
			}
			if len(r.Header) != 1 || !strings.Contains(r.Header[0], doc.Meta.Company) || !strings.Contains(r.Header[0], doc.Meta.Version) {
				t.Errorf("%s: header %q", lang, r.Header)
			}
			if r.Tables != 3 {
				t.Errorf("%s: %d tables, want 3 (channels, escalation, revisions)", lang, r.Tables)
			}
		}
	})

	t.Run("libreoffice", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "lo"))
		args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore",
			"--convert-to", "pdf", "--outdir", dir}, append(paths, checklistPaths...)...)
		cmd := exec.CommandContext(ctx, soffice, args...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		for lang, doc := range docs {
			pdf := filepath.Join(dir, lang+"-handbook.pdf")
			out, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", pdf, "-").Output()
			if err != nil {
				t.Errorf("%s: LibreOffice made no readable PDF: %v", lang, err)
				continue
			}
			text := squeeze(string(out))
			want := []string{doc.Meta.Company}
			for _, h := range headingLevels(doc) {
				want = append(want, h.text)
			}
			want = append(want, handbookMustHave(in, lang)...)
			for _, w := range want {
				if !strings.Contains(text, squeeze(w)) {
					t.Errorf("%s: the PDF LibreOffice made lacks %q", lang, w)
				}
			}
		}
		for lang, doc := range checklists {
			out, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", filepath.Join(dir, lang+"-checklist.pdf"), "-").Output()
			if err != nil {
				t.Errorf("%s: LibreOffice made no readable checklist PDF: %v", lang, err)
				continue
			}
			boxes, want := strings.Count(string(out), "☐"), strings.Count(string(doc.Body), "- [ ] ")
			if want == 0 || boxes != want {
				t.Errorf("%s checklist: %d boxes in the PDF, want %d", lang, boxes, want)
			}
		}
	})
}

// squeeze removes all white space, so that text compares whatever the line breaks.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

type headingText struct {
	level int
	text  string
}

// headingLevels returns every heading of doc with its Markdown level, as a reader sees it.
func headingLevels(doc *markdown.Document) []headingText {
	var out []headingText
	ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		var b strings.Builder
		ast.Walk(h, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if txt, ok := c.(*ast.Text); ok && entering {
				b.Write(txt.Value(doc.Body))
			}
			return ast.WalkContinue, nil
		})
		out = append(out, headingText{level: h.Level, text: b.String()})
		return ast.WalkSkipChildren, nil
	})
	return out
}

func equalPairs(a, b [][2]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// pythonWithDocx returns a Python 3 that can import python-docx (Debian's python3-docx is
// installed for /usr/bin/python3, which another python3 on PATH may hide).
func pythonWithDocx(t *testing.T) string {
	t.Helper()
	needTool(t, "python3", "python3-docx")
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if path, err := exec.LookPath(py); err == nil && exec.Command(path, "-c", "import docx").Run() == nil {
			return path
		}
	}
	testtool.Require(t, "apt-get install python3-docx (no python3 on PATH can import docx)", "policygen-python3-docx")
	return ""
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}

// TestDOCXTypography finds the typography of the other formats in the DOCX text: every
// no-break space of the Markdown (the DOCX repeats headings in its contents, so it has at
// least as many), and a sample of each language's rules.
func TestDOCXTypography(t *testing.T) {
	const nb = "\u00a0"
	in := inputs(t, "../../examples/complete.yaml", nil)
	want := map[string][]string{
		"pl": {"w" + nb + "spółce", "Zielony Koszyk" + nb + "Sp." + nb + "z" + nb + "o.o.", "20" + nb + "listopada" + nb + "2026" + nb + "r.", "+48" + nb + "12" + nb + "345" + nb + "67" + nb + "89", "(dalej: „Zielony Koszyk”)"},
		"cs": {"s" + nb + "našimi", "20." + nb + "listopadu" + nb + "2026", "(dále jen „Zielony Koszyk“)"},
		"fi": {"20." + nb + "marraskuuta" + nb + "2026", "(jäljempänä ”Zielony Koszyk”)"},
		"zh": {"（以下简称“本公司”）", "每小时"},
		"en": {"Zielony Koszyk" + nb + "Sp." + nb + "z" + nb + "o.o. (“Zielony Koszyk”)", "8:00–\u206018:00", "customer’s"},
	}
	docs, paths := docxFiles(t, in, t.TempDir(), "handbook", in.Catalog.Tags())
	for i, lang := range in.Catalog.Tags() {
		data, err := os.ReadFile(paths[i])
		if err != nil {
			t.Fatal(err)
		}
		text := docxText(t, data)
		if got, min := strings.Count(text, nb), strings.Count(string(docs[lang].Body), nb); got < min {
			t.Errorf("%s: %d no-break spaces in the DOCX, %d in the Markdown", lang, got, min)
		}
		for _, w := range want[lang] {
			if !strings.Contains(text, w) {
				t.Errorf("%s: DOCX text lacks %q", lang, w)
			}
		}
	}
}

// docxText is the text of a DOCX body, one line per paragraph.
func docxText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		dec := xml.NewDecoder(rc)
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			switch tk := tok.(type) {
			case xml.StartElement:
				inText = tk.Name.Local == "t"
			case xml.EndElement:
				inText = false
				if tk.Name.Local == "p" {
					b.WriteByte('\n')
				}
			case xml.CharData:
				if inText {
					b.Write(tk)
				}
			}
		}
	}
	return b.String()
}
