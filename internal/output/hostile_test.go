package output

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/testtool"
)

// rewriteManifest lets a test change the manifest on disk as a careless or hostile hand would.
func rewriteManifest(t *testing.T, dir string, change func(m *Manifest)) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	change(&m)
	if err := os.WriteFile(filepath.Join(dir, ManifestName), m.JSON(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCraftedManifestRemovesOnlyWhatPolicygenWrote: the previous manifest decides what a build
// may remove, but only files still as policygen wrote them, under their own names: another
// spelling of a document this build writes ("en/../en/a.md", "./en/b.md") must not remove the
// new document, a file of the user's the manifest names (notes.txt) stays, and so does a
// document the user changed by hand since, with a notice saying so.
func TestCraftedManifestRemovesOnlyWhatPolicygenWrote(t *testing.T) {
	dir, _ := before(t)
	outside := filepath.Join(filepath.Dir(dir), "outside.md")
	os.WriteFile(outside, []byte("not yours"), 0o644)
	os.WriteFile(filepath.Join(dir, "pl", "old.md"), []byte("edited by hand\n"), 0o644)
	rewriteManifest(t, dir, func(m *Manifest) {
		e := m.Files[0]
		for _, p := range []string{"en/../en/a.md", "./en/b.md", "en//c.md", "en/./d.md", "notes.txt", "../outside.md", outside, "en/../../outside.md"} {
			e.Path = p
			m.Files = append(m.Files, e)
		}
	})
	res := publish(t, dir, docs("v2", v2Paths...), Options{})
	if len(res.Removed) != 0 {
		t.Errorf("removed %q, want nothing", res.Removed)
	}
	for _, f := range docs("v2", v2Paths...) {
		if data, err := os.ReadFile(filepath.Join(dir, f.Path)); err != nil || string(data) != string(f.Data) {
			t.Errorf("%s = %q, %v; want this build's", f.Path, data, err)
		}
	}
	for name, want := range map[string]string{filepath.Join(dir, "notes.txt"): "mine", filepath.Join(dir, "pl", "old.md"): "edited by hand\n", outside: "not yours"} {
		if data, err := os.ReadFile(name); err != nil || string(data) != want {
			t.Errorf("%s = %q, %v; want it kept as %q", name, data, err, want)
		}
	}
	if !strings.Contains(strings.Join(res.Notices, "\n"), "pl/old.md") {
		t.Errorf("notices %q do not name pl/old.md, kept because it changed", res.Notices)
	}
}

// TestCraftedJournalTouchesOnlyPolicygensFiles: a journal names a temp or backup file only
// beside the file it belongs to and by that file's name; any other journal is refused and
// nothing is touched.
func TestCraftedJournalTouchesOnlyPolicygensFiles(t *testing.T) {
	for name, j := range map[string]string{
		"a file of the user's as a new file":  `{"steps":[{"path":"notes.txt","temp":".a.md.00.tmp"}]}`,
		"another document's backup":           `{"steps":[{"path":"en/a.md","backup":"en/.b.md.00.bak"}]}`,
		"a backup in another folder":          `{"steps":[{"path":"en/a.md","backup":"pl/.a.md.00.bak"}]}`,
		"a path spelt another way":            `{"steps":[{"path":"en/../notes.txt","temp":"en/../.notes.txt.00.tmp"}]}`,
		"a temp file that is no temp file":    `{"steps":[{"path":"en/a.md","temp":"en/.a.md.00.bak"}]}`,
		"a folder outside":                    `{"dirs":["../x"],"steps":[]}`,
		"a path outside the folder":           `{"steps":[{"path":"../a.md","temp":"../.a.md.00.tmp"}]}`,
		"a document removed by a crafted new": `{"steps":[{"path":"pl/a.md","temp":"en/.a.md.00.tmp"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			dir, _ := before(t)
			os.WriteFile(filepath.Join(dir, "en", ".b.md.00.bak"), []byte("planted"), 0o644)
			os.WriteFile(filepath.Join(dir, "pl", ".a.md.00.bak"), []byte("planted"), 0o644)
			os.WriteFile(filepath.Join(dir, JournalName), []byte(j), 0o644)
			was := snapshot(t, dir)
			if _, err := Publish(context.Background(), dir, docs("v2", v2Paths...), Options{}); err == nil || !strings.Contains(err.Error(), JournalName) {
				t.Fatalf("Publish = %v, want the journal refused", err)
			}
			sameSnapshot(t, "after the refusal", snapshot(t, dir), was)
		})
	}
}

// TestUnreadableFolderOfTheUserIsLeftAlone: a folder in the output folder that policygen may
// not read (a private folder of the user's) is not policygen's: builds and --check go on.
func TestUnreadableFolderOfTheUserIsLeftAlone(t *testing.T) {
	dir, _ := before(t)
	os.Mkdir(filepath.Join(dir, "private"), 0o700)
	f := &faultFS{readDir: func(name string) error {
		if name == "private" {
			return &fs.PathError{Op: "openat", Path: name, Err: fs.ErrPermission}
		}
		return nil
	}}
	publish(t, dir, docs("v2", v2Paths...), withFS(f))
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	f.FS = rootFS{root}
	if _, err := leftovers(f); err != nil { // what --check lists
		t.Errorf("leftovers: %v", err)
	}
}

// TestNestedOutputFolderIsLeftAlone: another output folder inside this one (out/archive) has
// its own lock, journal and temp files: a build of the outer folder must not take them for
// its own leftovers, or it destroys what the inner build needs to undo a crash.
func TestNestedOutputFolderIsLeftAlone(t *testing.T) {
	dir, _ := before(t)
	inner := filepath.Join(dir, "archive")
	publish(t, inner, docs("v1", v1Paths...), Options{})
	for _, name := range []string{JournalName, journalTemp, ".manifest.json.0123abcd.tmp", ".manifest.json.0123abcd.bak"} {
		os.WriteFile(filepath.Join(inner, name), []byte("{}"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "en", ".a.md.0123abcd.tmp"), []byte("half"), 0o644)
	was := snapshot(t, inner)
	res := publish(t, dir, docs("v2", v2Paths...), Options{})
	sameSnapshot(t, "the inner output folder", snapshot(t, inner), was)
	if !strings.Contains(strings.Join(res.Notices, "\n"), "en/.a.md.0123abcd.tmp") {
		t.Errorf("notices %q: the outer folder's own temp file was not removed", res.Notices)
	}
	r, err := Check(dir, docs("v2", v2Paths...), nil)
	if err != nil || len(r.Stale()) != 0 {
		t.Errorf("Check = %+v, %v; want nothing stale", r, err)
	}
}

// TestCheckLooksOnlyInLanguageFolders: an output folder shared with other pages (docs/ with
// docs/api/reference.md, docs/img/logo.pdf) is not stale because of them: only folders of the
// languages policygen knows are searched for documents nobody asked for.
func TestCheckLooksOnlyInLanguageFolders(t *testing.T) {
	dir, _ := before(t)
	for _, name := range []string{"api/reference.md", "img/logo.pdf", "fi/planted.md"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte("not policygen's"), 0o644)
	}
	r, err := Check(dir, docs("v1", v1Paths...), []string{"en", "pl", "fi"})
	if err != nil || strings.Join(r.Stale(), " ") != "fi/planted.md" {
		t.Errorf("Check = %+v, %v; want only fi/planted.md extra", r, err)
	}
}

// TestReplacedFileKeepsNoPermission: a document the user made 0000 keeps 0000; no mode at
// all is a mode too, not "new file, use the umask".
func TestReplacedFileKeepsNoPermission(t *testing.T) {
	dir, _ := before(t)
	os.Chmod(filepath.Join(dir, "en", "a.md"), 0)
	publish(t, dir, docs("v2", v2Paths...), Options{})
	if fi, err := os.Lstat(filepath.Join(dir, "en", "a.md")); err != nil || fi.Mode().Perm() != 0 {
		t.Errorf("en/a.md is %v, %v; want its 0000 kept", fi.Mode(), err)
	}
}

// countingFS dies (every change fails) after a number of changes: a repair killed midway.
type countingFS struct {
	*faultFS
	left int
}

func (c *countingFS) step() {
	if c.left--; c.left < 0 {
		c.die()
	}
}
func (c *countingFS) Rename(o, n string) error { c.step(); return c.faultFS.Rename(o, n) }
func (c *countingFS) Remove(n string) error    { c.step(); return c.faultFS.Remove(n) }

// TestRepairKilledMidwayIsRepairedAgain: undoing a crashed build can itself be killed at any
// change it makes; the next repair still puts the folder back exactly as it was.
func TestRepairKilledMidwayIsRepairedAgain(t *testing.T) {
	for n := 0; n < 40; n += 3 {
		dir, was := before(t)
		f := &faultFS{}
		opts := withFS(f)
		opts.Hook = func(e Event) {
			if e.Stage == "renamed" && e.N == 5 {
				f.die()
			}
		}
		Publish(context.Background(), dir, docs("v2", v2Paths...), opts)
		root, err := os.OpenRoot(dir)
		if err != nil {
			t.Fatal(err)
		}
		repair(&countingFS{faultFS: &faultFS{FS: rootFS{root}}, left: n})
		if _, err := repair(rootFS{root}); err != nil {
			t.Fatalf("second repair after %d changes: %v", n, err)
		}
		root.Close()
		sameSnapshot(t, "after the second repair", snapshot(t, dir), was)
	}
}

// TestHugeListedFileIsNotRead: a manifest that lists a huge file (a sparse file of 1 TiB with
// the size the manifest gives) does not make a build read it into memory to see whether it
// is policygen's: no document is that big, so it is not, and it stays.
func TestHugeListedFileIsNotRead(t *testing.T) {
	dir, _ := before(t)
	huge := filepath.Join(dir, "pl", "huge.pdf")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 1<<40); err != nil {
		testtool.Unavailable(t, "no sparse files here: %v", err)
	}
	rewriteManifest(t, dir, func(m *Manifest) {
		m.Files = append(m.Files, Entry{Path: "pl/huge.pdf", Bytes: 1 << 40, SHA256: strings.Repeat("0", 64)})
	})
	res := publish(t, dir, docs("v2", v2Paths...), Options{})
	if fi, err := os.Stat(huge); err != nil || fi.Size() != 1<<40 {
		t.Errorf("pl/huge.pdf: %v, %v; want it kept", fi, err)
	}
	if !strings.Contains(strings.Join(res.Notices, "\n"), "pl/huge.pdf") {
		t.Errorf("notices %q do not name pl/huge.pdf", res.Notices)
	}
}
