package output

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

var (
	v1Paths = []string{"en/a.md", "en/b.md", "en/c.md", "pl/a.md", "pl/old.md"}
	// v2 changes every file, adds en/d.md and the folder fi, and no longer produces pl/old.md.
	v2Paths = []string{"en/a.md", "en/b.md", "en/c.md", "en/d.md", "fi/a.md", "pl/a.md"}
)

// before publishes v1 into a new folder, adds a file of the user's and makes one document
// private, and returns the folder and what is in it.
func before(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "out")
	publish(t, dir, docs("v1", v1Paths...), Options{})
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "en", "b.md"), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, snapshot(t, dir)
}

func TestPublishWritesRemovesAndKeeps(t *testing.T) {
	dir, _ := before(t)
	res := publish(t, dir, docs("v2", v2Paths...), Options{})
	if strings.Join(res.Removed, " ") != "pl/old.md" {
		t.Errorf("removed %v, want pl/old.md", res.Removed)
	}
	want := map[string]string{}
	for _, f := range docs("v2", v2Paths...) {
		want[f.Path] = string(f.Data)
	}
	want["notes.txt"] = "mine"
	got := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			data, _ := os.ReadFile(p)
			got[filepath.ToSlash(rel)] = string(data)
		}
		return nil
	})
	sameSnapshot(t, "after v2", got, want)
	if fi, _ := os.Stat(filepath.Join(dir, "en", "b.md")); fi.Mode().Perm() != 0o600 {
		t.Errorf("en/b.md is %v, want its 0600 kept", fi.Mode().Perm())
	}
}

// TestFailedRenameRestoresEverything: a rename that fails at the first, a middle or the last
// file (the manifest) leaves the folder exactly as it was.
func TestFailedRenameRestoresEverything(t *testing.T) {
	v2 := docs("v2", v2Paths...)
	for name, at := range map[string]int{"first": 1, "middle": len(v2) / 2, "last": len(v2)} {
		t.Run(name, func(t *testing.T) {
			dir, was := before(t)
			f := &faultFS{rename: func(n int, _, _ string) bool { return n == at }}
			_, err := Publish(context.Background(), dir, v2, withFS(f))
			if !errors.Is(err, errInjected) {
				t.Fatalf("Publish = %v, want the injected fault", err)
			}
			if !strings.Contains(err.Error(), "as it was") {
				t.Errorf("error %q does not say the folder is as it was", err)
			}
			sameSnapshot(t, "after the failure", snapshot(t, dir), was)
		})
	}
	t.Run("no hard links", func(t *testing.T) {
		dir, was := before(t)
		f := &faultFS{noLinks: true, rename: func(_ int, _, new string) bool { return new == "en/d.md" }}
		if _, err := Publish(context.Background(), dir, v2, withFS(f)); !errors.Is(err, errInjected) {
			t.Fatalf("Publish = %v, want the injected fault", err)
		}
		sameSnapshot(t, "after the failure", snapshot(t, dir), was)
		f.rename = nil
		publish(t, dir, v2, withFS(f))
		if data, _ := os.ReadFile(filepath.Join(dir, "en", "b.md")); string(data) != "en/b.md v2\n" {
			t.Errorf("en/b.md = %q after a build without hard links", data)
		}
	})
	t.Run("manifest is last", func(t *testing.T) {
		dir, _ := before(t)
		var last string
		f := &faultFS{rename: func(_ int, _, new string) bool { last = new; return false }}
		publish(t, dir, v2, withFS(f))
		if last != ManifestName {
			t.Errorf("last rename into place is %s, want the manifest", last)
		}
	})
}

// TestFailedWriteRestoresEverything: a temp file that cannot be written (disk full) stops the
// build before anything is replaced, and no temp file stays.
func TestFailedWriteRestoresEverything(t *testing.T) {
	for _, victim := range []string{"en/.a.md.", "en/.d.md.", ".manifest.json."} {
		t.Run(victim, func(t *testing.T) {
			dir, was := before(t)
			f := &faultFS{write: func(name string) bool { return strings.HasPrefix(name, victim) }}
			if _, err := Publish(context.Background(), dir, docs("v2", v2Paths...), withFS(f)); !errors.Is(err, errInjected) {
				t.Fatalf("Publish = %v, want the injected fault", err)
			}
			sameSnapshot(t, "after the failure", snapshot(t, dir), was)
		})
	}
}

// TestFailedFolderSyncRestoresEverything: a folder whose entries cannot be made durable,
// before the renames (its backups) or after them (the renames), fails the build and leaves the
// folder exactly as it was, whichever of the folders synced side by side fails.
func TestFailedFolderSyncRestoresEverything(t *testing.T) {
	for _, victim := range []string{".", "en", "fi", "pl"} {
		for _, nth := range []int{1, 2} {
			t.Run(fmt.Sprintf("%s/%d", victim, nth), func(t *testing.T) {
				dir, was := before(t)
				skip := 0 // the journal's own sync of "." comes first
				if victim == "." {
					skip = 1
				}
				syncs := 0
				f := &faultFS{syncDir: func(name string) bool {
					if name != victim {
						return false
					}
					syncs++
					return syncs == skip+nth
				}}
				_, err := Publish(context.Background(), dir, docs("v2", v2Paths...), withFS(f))
				if !errors.Is(err, errInjected) || !strings.Contains(err.Error(), "sync "+filepath.Join(dir, victim)) {
					t.Fatalf("Publish = %v, want the injected fault, naming %s", err, victim)
				}
				sameSnapshot(t, "after the failure", snapshot(t, dir), was)
			})
		}
	}
}

// TestFailedSyncRestoresEverything: a temp file written but not made durable (an I/O error
// on fsync) stops the build before anything is replaced, and no temp file stays, whichever
// file it is: the others, written beside it, are closed and removed too.
func TestFailedSyncRestoresEverything(t *testing.T) {
	for _, victim := range []string{"en/.a.md.", "fi/.a.md.", ".manifest.json."} {
		t.Run(victim, func(t *testing.T) {
			dir, was := before(t)
			f := &faultFS{sync: func(name string) bool { return strings.HasPrefix(name, victim) }}
			_, err := Publish(context.Background(), dir, docs("v2", v2Paths...), withFS(f))
			if !errors.Is(err, errInjected) || !strings.Contains(err.Error(), "write ") {
				t.Fatalf("Publish = %v, want the injected fault", err)
			}
			sameSnapshot(t, "after the failure", snapshot(t, dir), was)
		})
	}
}

// TestFailedCloseRestoresEverything: a temp file whose close reports an error (a file system
// that reports write errors only then) stops the build before anything is replaced.
func TestFailedCloseRestoresEverything(t *testing.T) {
	for _, victim := range []string{"en/.c.md.", ".manifest.json."} {
		t.Run(victim, func(t *testing.T) {
			dir, was := before(t)
			f := &faultFS{close: func(name string) bool { return strings.HasPrefix(name, victim) }}
			_, err := Publish(context.Background(), dir, docs("v2", v2Paths...), withFS(f))
			if !errors.Is(err, errInjected) || !strings.Contains(err.Error(), "write ") {
				t.Fatalf("Publish = %v, want the injected fault", err)
			}
			sameSnapshot(t, "after the failure", snapshot(t, dir), was)
		})
	}
}

// TestCancelBetweenRenamesRestoresEverything: a signal (the context's cancellation) that
// arrives between two renames undoes the renames done so far.
func TestCancelBetweenRenamesRestoresEverything(t *testing.T) {
	dir, was := before(t)
	ctx, cancel := context.WithCancelCause(context.Background())
	stop := errors.New("SIGTERM")
	opts := Options{Hook: func(e Event) {
		if e.Stage == "renamed" && e.N == 3 {
			cancel(stop)
		}
	}}
	_, err := Publish(ctx, dir, docs("v2", v2Paths...), opts)
	if !errors.Is(err, stop) {
		t.Fatalf("Publish = %v, want it stopped", err)
	}
	sameSnapshot(t, "after the signal", snapshot(t, dir), was)
}

// TestCrashIsRepairedByTheNextBuild: a build that dies between two renames (every later
// operation fails, as if the process were gone) leaves a journal; the next build undoes the
// half-done one before it publishes, and says so.
func TestCrashIsRepairedByTheNextBuild(t *testing.T) {
	for _, at := range []string{"written", "renamed", "committed"} {
		t.Run(at, func(t *testing.T) {
			dir, was := before(t)
			f := &faultFS{}
			opts := withFS(f)
			opts.Hook = func(e Event) {
				if e.Stage == at && (at != "renamed" || e.N == 4) {
					f.die()
				}
			}
			if _, err := Publish(context.Background(), dir, docs("v2", v2Paths...), opts); err == nil && at != "committed" {
				t.Fatal("Publish succeeded after the crash")
			}
			if _, err := os.Lstat(filepath.Join(dir, JournalName)); err != nil {
				t.Fatalf("no journal after the crash: %v", err)
			}
			root, err := os.OpenRoot(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			notices, err := repair(rootFS{root})
			if err != nil || len(notices) != 1 {
				t.Fatalf("repair = %q, %v; want one notice", notices, err)
			}
			if at == "committed" {
				v2, _ := before(t)
				publish(t, v2, docs("v2", v2Paths...), Options{})
				was = snapshot(t, v2)
				if !strings.Contains(notices[0], "removed the backups") {
					t.Errorf("notice %q", notices[0])
				}
			} else if !strings.Contains(notices[0], "undid it") {
				t.Errorf("notice %q", notices[0])
			}
			sameSnapshot(t, "after the repair", snapshot(t, dir), was)
		})
	}
}

// TestRepairRemovesOldTempFiles: the first release left ".name.123.tmp" files when it was
// interrupted; they go, and nothing else does.
func TestRepairRemovesOldTempFiles(t *testing.T) {
	dir, _ := before(t)
	for _, name := range []string{"en/.a.md.1234567.tmp", ".manifest.json.99.tmp", "en/.notes.txt.12.tmp"} {
		os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644)
	}
	res := publish(t, dir, docs("v2", v2Paths...), Options{})
	if len(res.Notices) != 1 || !strings.Contains(res.Notices[0], "removed 2 temp file(s)") {
		t.Errorf("notices %q", res.Notices)
	}
	for name, want := range map[string]bool{"en/.a.md.1234567.tmp": false, ".manifest.json.99.tmp": false, "en/.notes.txt.12.tmp": true} {
		if _, err := os.Lstat(filepath.Join(dir, name)); (err == nil) != want {
			t.Errorf("%s there: %v, want %v", name, err == nil, want)
		}
	}
}

func TestLinkedLanguageFolderIsRefused(t *testing.T) {
	dir, _ := before(t)
	elsewhere := t.TempDir()
	os.WriteFile(filepath.Join(elsewhere, "a.md"), []byte("not yours"), 0o644)
	os.RemoveAll(filepath.Join(dir, "en"))
	os.Symlink(elsewhere, filepath.Join(dir, "en"))
	was, away := snapshot(t, dir), snapshot(t, elsewhere)
	_, err := Publish(context.Background(), dir, docs("v2", v2Paths...), Options{})
	var link *FolderLinkError
	if !errors.As(err, &link) || link.Path != filepath.Join(dir, "en") {
		t.Fatalf("Publish = %v, want a FolderLinkError for %s", err, filepath.Join(dir, "en"))
	}
	sameSnapshot(t, "output folder", snapshot(t, dir), was)
	sameSnapshot(t, "link target", snapshot(t, elsewhere), away)
}

func TestLinkedDocumentIsReplacedNotFollowed(t *testing.T) {
	dir, _ := before(t)
	victim := filepath.Join(t.TempDir(), "victim")
	os.WriteFile(victim, []byte("not yours"), 0o644)
	os.Remove(filepath.Join(dir, "en", "a.md"))
	os.Symlink(victim, filepath.Join(dir, "en", "a.md"))
	publish(t, dir, docs("v2", v2Paths...), Options{})
	if data, _ := os.ReadFile(victim); string(data) != "not yours" {
		t.Errorf("link target changed to %q", data)
	}
	fi, err := os.Lstat(filepath.Join(dir, "en", "a.md"))
	if err != nil || !fi.Mode().IsRegular() {
		t.Errorf("en/a.md is %v, %v; want a regular file", fi, err)
	}
}

func TestFolderWhereAFileShouldBe(t *testing.T) {
	dir, _ := before(t)
	os.Remove(filepath.Join(dir, "en", "c.md"))
	os.Mkdir(filepath.Join(dir, "en", "c.md"), 0o755)
	was := snapshot(t, dir)
	_, err := Publish(context.Background(), dir, docs("v2", v2Paths...), Options{})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "en", "c.md")+" is a folder") {
		t.Fatalf("Publish = %v", err)
	}
	sameSnapshot(t, "after the failure", snapshot(t, dir), was)
}

func TestNewFilesFollowTheUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := filepath.Join(t.TempDir(), "out")
	publish(t, dir, docs("v1", "en/a.md"), Options{})
	for _, name := range []string{"en/a.md", ManifestName} {
		if fi, _ := os.Stat(filepath.Join(dir, name)); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want 0600 under umask 077", name, fi.Mode().Perm())
		}
	}
	syscall.Umask(0o022)
	os.Chmod(filepath.Join(dir, "en", "a.md"), 0o640)
	publish(t, dir, docs("v2", "en/a.md", "en/b.md"), Options{})
	for name, want := range map[string]os.FileMode{"en/a.md": 0o640, "en/b.md": 0o644} {
		if fi, _ := os.Stat(filepath.Join(dir, name)); fi.Mode().Perm() != want {
			t.Errorf("%s is %v, want %v", name, fi.Mode().Perm(), want)
		}
	}
}

// TestSecondBuildWaitsForTheLock: a build that finds the folder locked waits; when the wait
// is over it fails naming the lock; when the first build finishes within it, it goes on.
func TestSecondBuildWaitsForTheLock(t *testing.T) {
	dir, _ := before(t)
	release, locked := make(chan struct{}), make(chan struct{})
	first := make(chan error)
	go func() {
		_, err := Publish(context.Background(), dir, docs("v2", v2Paths...), Options{Hook: func(e Event) {
			if e.Stage == "locked" {
				close(locked)
				<-release
			}
		}})
		first <- err
	}()
	<-locked
	_, err := Publish(context.Background(), dir, docs("v3", v1Paths...), Options{LockWait: 10 * time.Millisecond})
	var held *LockedError
	if !errors.As(err, &held) || held.Path != filepath.Join(dir, LockName) || !strings.Contains(err.Error(), held.Path) {
		t.Fatalf("second build = %v, want it to name the lock", err)
	}
	_, err = Publish(context.Background(), dir, docs("v3", v1Paths...), Options{LockWait: time.Hour, Hook: func(e Event) {
		if e.Stage == "lock-busy" {
			close(release)
		}
	}})
	if err != nil {
		t.Fatalf("second build after the first: %v", err)
	}
	if err := <-first; err != nil {
		t.Fatalf("first build: %v", err)
	}
	for _, f := range docs("v3", v1Paths...) {
		if data, _ := os.ReadFile(filepath.Join(dir, f.Path)); string(data) != string(f.Data) {
			t.Errorf("%s = %q, want the second build's", f.Path, data)
		}
	}
	if _, err := os.Lstat(filepath.Join(dir, LockName)); err == nil {
		t.Error("the lock file outlived the builds")
	}
}

// TestFailedFirstBuildLeavesNoFolder: a folder the build created is gone when it fails.
func TestFailedFirstBuildLeavesNoFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "out")
	f := &faultFS{rename: func(n int, _, _ string) bool { return n == 2 }}
	if _, err := Publish(context.Background(), dir, docs("v1", v1Paths...), withFS(f)); err == nil {
		t.Fatal("Publish succeeded")
	}
	if _, err := os.Lstat(filepath.Dir(dir)); err == nil {
		t.Errorf("%s was left behind", filepath.Dir(dir))
	}
}

func TestWriteLooseFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "company.yaml"), []byte("old"), 0o600)
	if err := Write(dir, []File{{Path: "company.yaml", Data: []byte("new")}}); err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, "after Write", snapshot(t, dir), map[string]string{".": snapshot(t, dir)["."], "company.yaml": `file -rw------- "new"`})
}

func TestLinkedLockFileIsRefused(t *testing.T) {
	dir, _ := before(t)
	os.Symlink("en/a.md", filepath.Join(dir, LockName))
	was := snapshot(t, dir)
	_, err := Publish(context.Background(), dir, docs("v2", v2Paths...), Options{})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, LockName)+" is not a regular file") {
		t.Fatalf("Publish = %v, want it to name the lock file", err)
	}
	sameSnapshot(t, "after the failure", snapshot(t, dir), was)
}
