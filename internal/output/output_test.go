package output

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
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

// TestChecksumsOfManyFilesOnEveryCPU: the manifest hashes files on several goroutines, each
// taking every n-th file; with more files than CPUs and any number of CPUs, every entry must
// still hold its own file's SHA-256.
func TestChecksumsOfManyFilesOnEveryCPU(t *testing.T) {
	var files []File
	for i := range 37 {
		files = append(files, File{Path: fmt.Sprintf("en/%02d.md", i), Data: []byte(strings.Repeat("x", i))})
	}
	old := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(old)
	for _, procs := range []int{1, 2, 3, 8, 64} {
		runtime.GOMAXPROCS(procs)
		m := NewManifest("policygen test", files)
		if len(m.Files) != len(files) {
			t.Fatalf("GOMAXPROCS %d: %d entries, want %d", procs, len(m.Files), len(files))
		}
		for i, e := range m.Files {
			sum := sha256.Sum256(files[i].Data)
			if e.Path != files[i].Path || e.SHA256 != hex.EncodeToString(sum[:]) {
				t.Errorf("GOMAXPROCS %d: entry %s has SHA-256 %s, want %x", procs, e.Path, e.SHA256, sum)
			}
		}
	}
}

// TestManifestEntriesDescribeEveryFile: the entries a build reports are those a manifest of
// every file it wrote, the manifest included, would hold.
func TestManifestEntriesDescribeEveryFile(t *testing.T) {
	files := []File{{Path: "pl/x.md", Lang: "pl", Data: []byte("x")}, {Path: "index.html", Data: []byte("<p>")}, {Path: "en/x.md", Data: nil}}
	all, entries := WithManifestEntries("policygen test", files)
	if len(all) != 4 || all[3].Path != ManifestName || !slices.EqualFunc(all[:3], files, func(a, b File) bool { return a.Path == b.Path }) {
		t.Fatalf("files %+v", all)
	}
	if want := NewManifest("", all).Files; !slices.Equal(entries, want) {
		t.Errorf("entries\n%+v, want\n%+v", entries, want)
	}
}
