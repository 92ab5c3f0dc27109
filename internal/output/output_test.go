package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTargetStaysInsideTheFolder(t *testing.T) {
	for _, rel := range []string{"../x.md", "/etc/passwd", "a/../../x", "", "en/../../x"} {
		if _, err := Target("out", rel); err == nil {
			t.Errorf("Target(out, %q) accepted a path outside the folder", rel)
		}
	}
	if got, err := Target("out", "pl/handbook.pdf"); err != nil || got != filepath.Join("out", "pl", "handbook.pdf") {
		t.Errorf("Target = %q, %v", got, err)
	}
}

// TestWriteIsAllOrNothing: when one file cannot be written, none is replaced and no temp
// file is left behind.
func TestWriteIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, []File{{Path: "en/a.md", Data: []byte("old a")}, {Path: "en/b.md", Data: []byte("old b")}}); err != nil {
		t.Fatal(err)
	}
	// "pl" is a file, so pl/c.md cannot be created.
	if err := os.WriteFile(filepath.Join(dir, "pl"), []byte("in the way"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Write(dir, []File{{Path: "en/a.md", Data: []byte("new a")}, {Path: "pl/c.md", Data: []byte("c")}, {Path: "en/b.md", Data: []byte("new b")}})
	if err == nil {
		t.Fatal("Write succeeded although pl/c.md cannot be written")
	}
	for name, want := range map[string]string{"en/a.md": "old a", "en/b.md": "old b"} {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != want {
			t.Errorf("%s = %q, want %q untouched", name, got, want)
		}
	}
	filepath.Walk(dir, func(p string, _ os.FileInfo, _ error) error {
		if strings.HasSuffix(p, ".tmp") {
			t.Errorf("temp file left behind: %s", p)
		}
		return nil
	})
}

func TestStaleListsMissingAndChangedFiles(t *testing.T) {
	dir := t.TempDir()
	files := []File{{Path: "en/a.md", Data: []byte("a")}, {Path: "en/b.md", Data: []byte("b")}, {Path: "en/c.md", Data: []byte("c")}}
	if err := Write(dir, files[:2]); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en", "b.md"), []byte("edited"), 0o644); err != nil {
		t.Fatal(err)
	}
	stale, err := Stale(dir, files)
	if err != nil || strings.Join(stale, " ") != "en/b.md en/c.md" {
		t.Errorf("Stale = %v, %v; want en/b.md en/c.md", stale, err)
	}
}

func TestManifestIsSortedWithChecksums(t *testing.T) {
	m := NewManifest("policygen test", []File{{Path: "pl/x.md", Data: []byte("x")}, {Path: "en/x.md", Data: []byte("")}})
	if m.Files[0].Path != "en/x.md" || m.Files[1].SHA256 != "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881" || m.Files[1].Bytes != 1 {
		t.Errorf("manifest %+v", m.Files)
	}
}
