package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestCheckReportsEachKind(t *testing.T) {
	dir, _ := before(t)
	v1 := docs("v1", v1Paths...)
	if r, err := Check(dir, v1, nil); err != nil || len(r.Stale()) != 0 {
		t.Fatalf("Check right after the build = %+v, %v; want nothing stale", r, err)
	}
	os.WriteFile(filepath.Join(dir, "en", "a.md"), []byte("edited"), 0o644)
	os.Remove(filepath.Join(dir, "en", "c.md"))
	os.WriteFile(filepath.Join(dir, "en", "planted.pdf"), []byte("%PDF"), 0o644)
	os.WriteFile(filepath.Join(dir, "en", ".b.md.0123abcd.tmp"), []byte("half"), 0o644)
	os.WriteFile(filepath.Join(dir, "en", "notes.txt"), []byte("mine"), 0o644)
	os.WriteFile(filepath.Join(dir, "en", "x.docx"), []byte("PK"), 0o644)
	// A build of fewer documents: pl/old.md, listed in the manifest on disk, is extra.
	var fewer []File
	for _, f := range v1 {
		if f.Path != "pl/old.md" {
			fewer = append(fewer, f)
		}
	}
	r, err := Check(dir, fewer, []string{"en", "pl"})
	if err != nil {
		t.Fatal(err)
	}
	for kind, want := range map[string][]string{
		"missing": {"en/c.md"}, "differing": {"en/a.md"},
		"extra": {"en/planted.pdf", "en/x.docx", "pl/old.md"}, "leftover": {"en/.b.md.0123abcd.tmp"},
	} {
		got := map[string][]string{"missing": r.Missing, "differing": r.Differing, "extra": r.Extra, "leftover": r.Leftover}[kind]
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s = %v, want %v", kind, got, want)
		}
	}
}

// TestCheckNeverFollowsALink: a document that is a link to /dev/zero differs, at once; a
// language folder that is a link makes its documents differ, unread.
func TestCheckNeverFollowsALink(t *testing.T) {
	dir, _ := before(t)
	v1 := docs("v1", v1Paths...)
	os.Remove(filepath.Join(dir, "en", "a.md"))
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "en", "a.md")); err != nil {
		t.Fatal(err)
	}
	elsewhere := t.TempDir()
	for _, f := range v1 {
		if strings.HasPrefix(f.Path, "pl/") {
			os.WriteFile(filepath.Join(elsewhere, filepath.Base(f.Path)), f.Data, 0o644)
		}
	}
	os.RemoveAll(filepath.Join(dir, "pl"))
	os.Symlink(elsewhere, filepath.Join(dir, "pl"))
	start := time.Now()
	r, err := Check(dir, v1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(r.Differing, " "); got != "en/a.md pl/a.md pl/old.md" {
		t.Errorf("differing = %s", got)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Check took %s", d)
	}
}

func TestCheckOfAMissingFolder(t *testing.T) {
	r, err := Check(filepath.Join(t.TempDir(), "none"), docs("v1", "en/a.md"), nil)
	if err != nil || strings.Join(r.Missing, " ") != "en/a.md manifest.json" {
		t.Errorf("Check = %+v, %v", r, err)
	}
}

// TestCheckReadsNoMoreThanTheSize: a regular file far larger than the document is compared by
// its size alone.
func TestCheckReadsNoMoreThanTheSize(t *testing.T) {
	dir, _ := before(t)
	f, _ := os.OpenFile(filepath.Join(dir, "en", "a.md"), os.O_WRONLY|os.O_TRUNC, 0)
	f.Truncate(1 << 40) // a sparse terabyte
	f.Close()
	r, err := Check(dir, docs("v1", v1Paths...), nil)
	if err != nil || strings.Join(r.Differing, " ") != "en/a.md" {
		t.Errorf("Check = %+v, %v", r, err)
	}
}
