package output

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func pathsOf(files []File) []string {
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	return paths
}

// TestStreamedPublicationIsPublish: files handed to Add while "rendering" goes on, in any
// order, end up exactly as Publish would put them, with their modes, the files the previous
// manifest lists removed, and no temp file or journal left.
func TestStreamedPublicationIsPublish(t *testing.T) {
	dirA, _ := before(t)
	dirB, _ := before(t)
	v2 := docs("v2", v2Paths...)
	want := publish(t, dirA, v2, Options{})

	p := Start(context.Background(), dirB, pathsOf(v2), Options{})
	for i := len(v2) - 2; i >= 0; i -= 2 { // some documents, backwards, not the manifest
		p.Add(v2[i])
	}
	got, err := p.Finish(v2)
	if err != nil {
		t.Fatalf("Finish: %v", err)
	}
	if strings.Join(got.Removed, " ") != strings.Join(want.Removed, " ") {
		t.Errorf("removed %q, want %q", got.Removed, want.Removed)
	}
	sameSnapshot(t, "streamed", snapshot(t, dirB), snapshot(t, dirA))
}

// TestAbandonLeavesTheFolderAsItWas: a build that fails after some files were written into
// their temp files (a render error, --strict) leaves every file as it was, no temp file, no
// journal, no lock, no folder it made; an output folder that did not exist still does not.
func TestAbandonLeavesTheFolderAsItWas(t *testing.T) {
	dir, was := before(t)
	v2 := docs("v2", v2Paths...)
	p := Start(context.Background(), dir, pathsOf(v2), Options{})
	for _, f := range v2[:4] {
		p.Add(f)
	}
	if _, err := p.Abandon(); err != nil {
		t.Fatalf("Abandon: %v", err)
	}
	sameSnapshot(t, "after Abandon", snapshot(t, dir), was)
	if _, err := p.Finish(v2); err == nil {
		t.Error("Finish after Abandon published")
	}
	sameSnapshot(t, "after Finish after Abandon", snapshot(t, dir), was)

	fresh := filepath.Join(t.TempDir(), "new", "out")
	p = Start(context.Background(), fresh, pathsOf(v2), Options{})
	p.Add(v2[0])
	if _, err := p.Abandon(); err != nil {
		t.Fatalf("Abandon: %v", err)
	}
	if _, err := os.Lstat(filepath.Dir(fresh)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folders a abandoned build made are still there (%v)", err)
	}
}

// TestAbandonDoesNotWaitForTheLock: a build that fails while another holds the output folder
// gives up at once instead of waiting for the lock it no longer needs.
func TestAbandonDoesNotWaitForTheLock(t *testing.T) {
	dir, was := before(t)
	holder := Start(context.Background(), dir, []string{"en/a.md"}, Options{})
	holder.stopAdding() // prepared: it holds the lock
	if holder.err != nil {
		t.Fatal(holder.err)
	}
	busy := make(chan struct{})
	p := Start(context.Background(), dir, v2Paths, Options{LockWait: time.Hour, Hook: func(e Event) {
		if e.Stage == "lock-busy" {
			close(busy)
		}
	}})
	<-busy
	done := make(chan error)
	go func() { _, err := p.Abandon(); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Abandon: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Abandon waits for the lock")
	}
	if _, err := holder.Abandon(); err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, "after both gave up", snapshot(t, dir), was)
}

// TestStreamedFaults: a temp file that cannot be written or synced while the build still
// renders, a signal while it renders, or files that are not those planned: Finish fails, says why, and
// the folder is as it was.
func TestStreamedFaults(t *testing.T) {
	stop := errors.New("SIGTERM")
	for _, c := range []struct {
		name  string
		fs    *faultFS
		files func(v2 []File) []File
		want  string
	}{
		{name: "write", fs: &faultFS{write: func(name string) bool { return strings.HasPrefix(name, "en/.b.md.") }}, want: "write "},
		{name: "sync", fs: &faultFS{sync: func(name string) bool { return strings.HasPrefix(name, "en/.b.md.") }}, want: "write "},
		{name: "signal", want: "SIGTERM"},
		{name: "missing", files: func(v2 []File) []File { return v2[1:] }, want: "internal error"},
		{name: "unplanned", files: func(v2 []File) []File {
			return append([]File{{Path: "en/z.md"}}, v2[1:]...)
		}, want: "internal error"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir, was := before(t)
			v2 := docs("v2", v2Paths...)
			ctx, cancel := context.WithCancelCause(context.Background())
			defer cancel(nil)
			opts := Options{}
			if c.fs != nil {
				opts = withFS(c.fs)
			}
			p := Start(ctx, dir, pathsOf(v2), opts)
			for _, f := range v2[:3] {
				p.Add(f)
			}
			if c.name == "signal" {
				cancel(stop)
			}
			files := v2
			if c.files != nil {
				files = c.files(v2)
			}
			_, err := p.Finish(files)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "as it was") {
				t.Errorf("Finish = %v, want an error saying %q and that the folder is as it was", err, c.want)
			}
			sameSnapshot(t, "after the failure", snapshot(t, dir), was)
		})
	}
}
