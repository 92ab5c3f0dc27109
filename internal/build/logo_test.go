package build

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var dataURI = regexp.MustCompile(`<img class="logo" alt="" width="256" height="256" src="data:image/png;base64,([A-Za-z0-9+/=]+)">`)

// TestLogoEmbedded checks the complete example's logo: in every HTML page as a data: URI
// holding exactly the PNG beside the company file, in every PDF as an image that poppler's
// pdfimages lists at its pixel size, on the cover and on the pages after it, and in every
// DOCX as its media part.
func TestLogoEmbedded(t *testing.T) {
	logo, err := os.ReadFile("../../examples/logo.png")
	if err != nil {
		t.Fatal(err)
	}
	in := inputs(t, "../../examples/complete.yaml", nil)
	opts := everything(in)
	opts.Variants, opts.Formats = []string{"standards", "handbook"}, []string{"html", "pdf", "docx"}
	res, err := Run(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	lookTool(t, "pdfimages")
	dir := t.TempDir()
	for _, f := range res.Files {
		switch f.Format {
		case "html":
			m := dataURI.FindSubmatch(f.Data)
			if m == nil {
				t.Errorf("%s: no logo as a data: URI", f.Path)
				continue
			}
			if got, err := base64.StdEncoding.DecodeString(string(m[1])); err != nil || !bytes.Equal(got, logo) {
				t.Errorf("%s: the data: URI does not hold examples/logo.png (%v)", f.Path, err)
			}
		case "docx":
			zr, err := zip.NewReader(bytes.NewReader(f.Data), int64(len(f.Data)))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, zf := range zr.File {
				if zf.Name != "word/media/logo.png" {
					continue
				}
				rc, err := zf.Open()
				if err != nil {
					t.Fatal(err)
				}
				got, _ := io.ReadAll(rc)
				rc.Close()
				found = bytes.Equal(got, logo)
			}
			if !found {
				t.Errorf("%s: word/media/logo.png is not examples/logo.png", f.Path)
			}
		case "pdf":
			path := filepath.Join(dir, strings.ReplaceAll(f.Path, "/", "-"))
			if err := os.WriteFile(path, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			pages := map[string]bool{}
			for _, l := range strings.Split(run(t, "pdfimages", "-list", path), "\n")[2:] {
				if fs := strings.Fields(l); len(fs) > 4 && fs[2] == "image" && fs[3] == "256" && fs[4] == "256" {
					pages[fs[0]] = true
				}
			}
			if !pages["1"] || !pages["2"] || len(pages) < 3 {
				t.Errorf("%s: the logo is on pages %v, want the cover and every page after it", f.Path, pages)
			}
		}
	}
}
