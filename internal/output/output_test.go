package output

import (
	"path/filepath"
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

func TestManifestIsSortedWithChecksums(t *testing.T) {
	m := NewManifest("policygen test", []File{{Path: "pl/x.md", Data: []byte("x")}, {Path: "en/x.md", Data: []byte("")}})
	if m.Files[0].Path != "en/x.md" || m.Files[1].SHA256 != "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881" || m.Files[1].Bytes != 1 {
		t.Errorf("manifest %+v", m.Files)
	}
}

func TestNames(t *testing.T) {
	for name, want := range map[string]bool{
		"standards.md": true, "handbook.docx": true, "x.html": true, "y.pdf": true,
		".md": false, "notes.txt": false, ".standards.md.1a2b.tmp": false, "md": false,
	} {
		if IsDocumentName(name) != want {
			t.Errorf("IsDocumentName(%q) = %v", name, !want)
		}
	}
	for name, want := range map[string]bool{
		".standards.md.1a2b3c.tmp": true, ".handbook.docx.00ff.bak": true, ".manifest.json.123456.tmp": true,
		JournalName: true, journalTemp: true, ".notes.txt.123.tmp": false, ".standards.md.tmp": false,
		"standards.md.12.tmp": false, LockName: false,
	} {
		if isLeftover(name) != want {
			t.Errorf("isLeftover(%q) = %v", name, !want)
		}
	}
	for _, rel := range []string{"en/standards.md", "manifest.json", "a/b/c.pdf"} {
		for _, side := range []string{tempName(rel), backupName(rel)} {
			if filepath.Dir(side) != filepath.Dir(rel) || !isLeftover(filepath.Base(side)) {
				t.Errorf("side file %q of %q is not beside it or not recognised", side, rel)
			}
		}
	}
}
