package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var h2 = regexp.MustCompile(`(?m)^## (.+)$`)

// TestOwnSectionPlaced builds the complete example: its own section (returns, after
// complaints, in handbook and procedures) comes right after the complaints section in
// those variants in every language, in the Markdown, in the HTML's table of contents and in
// the PDF's contents and outline, and nowhere in the other variants.
func TestOwnSectionPlaced(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	opts := everything(in)
	res, err := Run(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	sec := in.File.Sections[0]
	if sec.ID != "returns" || sec.After != "complaints" {
		t.Fatalf("the example's section is %+v", sec)
	}
	_, hasPDFTools := exec.LookPath("pdftotext")
	dir := t.TempDir()
	for _, f := range res.Files {
		title, _ := sec.Title.Resolve(f.Lang, in.File.DefaultLanguage)
		shown := slices.Contains(sec.In, f.Variant)
		text := strings.ReplaceAll(string(f.Data), "\u00a0", " ") // typography's no-break spaces
		switch f.Format {
		case "md":
			heads := h2.FindAllStringSubmatch(text, -1)
			at := slices.IndexFunc(heads, func(m []string) bool { return m[1] == title })
			if !shown {
				if at >= 0 {
					t.Errorf("%s: the section is in a variant it is not placed in", f.Path)
				}
				continue
			}
			lz, _ := in.Catalog.Localizer(f.Lang)
			complaints, _ := lz.Message(f.Variant+".complaints.heading", nil)
			if at < 1 || heads[at-1][1] != complaints {
				t.Errorf("%s: %q is not right after %q: %q", f.Path, title, complaints, heads)
			}
		case "html":
			if strings.Contains(text, ">"+title+"</a></li>") != shown {
				t.Errorf("%s: table of contents entry for %q: want %v", f.Path, title, shown)
			}
		case "pdf":
			if hasPDFTools != nil || !shown {
				continue
			}
			path := filepath.Join(dir, strings.ReplaceAll(f.Path, "/", "-"))
			if err := os.WriteFile(path, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			contents := pdfText(t, path, "-f", "2", "-l", "2")
			if !strings.Contains(squeeze(contents), squeeze(title)) {
				t.Errorf("%s: the contents page lacks %q", f.Path, title)
			}
			if !outlineTitles(t, run(t, "qpdf", "--json", "--json-key=outlines", path))[title] {
				t.Errorf("%s: the outline lacks %q", f.Path, title)
			}
		}
	}
}
