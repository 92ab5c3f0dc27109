package build

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestHandbookHTMLGolden compares the HTML handbook of the complete example in English and
// Chinese with the reviewed golden files (go test -update rewrites them; read the diff). The
// embedded stylesheet is left out: internal/html's own golden covers it, so a style change
// is reviewed once, not in every golden page.
func TestHandbookHTMLGolden(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	res, err := Run(in, Options{Variants: []string{"handbook"}, Langs: []string{"en", "zh"}, Formats: []string{"html"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		f.Data = withoutStylesheet(f.Data)
		golden := filepath.Join("testdata", "golden", filepath.FromSlash(f.Path))
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (go test -update creates it)", err)
		}
		if got := string(f.Data); got != string(want) {
			g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
			for i := range min(len(g), len(w)) {
				if g[i] != w[i] {
					t.Errorf("%s differs at line %d:\nwant %s\ngot  %s", golden, i+1, w[i], g[i])
					break
				}
			}
			if len(g) != len(w) {
				t.Errorf("%s: %d lines, want %d", golden, len(g), len(w))
			}
		}
	}
}

// withoutStylesheet replaces the content of the page's <style> element with "…".
func withoutStylesheet(page []byte) []byte {
	s := string(page)
	start, end := strings.Index(s, "<style>"), strings.Index(s, "</style>")
	if start < 0 || end < start {
		return page
	}
	return []byte(s[:start+len("<style>")] + "…" + s[end:])
}
