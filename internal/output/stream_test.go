package output

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// streamed is set when this test binary runs every test through Stream instead of Publish
// (TestEveryTestThroughStream).
var streamed = os.Getenv("POLICYGEN_TEST_STREAM") == "1"

// testPublish is how the tests publish: Publish, or (streamed) a Stream given the files
// one by one, in reverse order, all but the first, which Commit adds.
func testPublish(ctx context.Context, dir string, files []File, opts Options) (Result, error) {
	if !streamed {
		return Publish(ctx, dir, files, opts)
	}
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.Path
	}
	s := NewStream(ctx, dir, paths, opts)
	for i := len(files) - 1; i >= 1; i-- {
		s.Add(files[i])
	}
	return s.Commit(files)
}

// TestEveryTestThroughStream runs this package's tests again with every publication made
// through a Stream: each promise Publish keeps under faults, signals and hostile folders,
// a streamed publication keeps too.
func TestEveryTestThroughStream(t *testing.T) {
	if streamed {
		t.Skip("already streamed")
	}
	if testing.Short() {
		t.Skip("runs the package's tests a second time")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^Test", "-test.skip=^TestEveryTestThroughStream$")
	cmd.Env = append(os.Environ(), "POLICYGEN_TEST_STREAM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the tests through Stream failed: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "PASS") {
		t.Fatalf("the tests through Stream did not pass:\n%s", out)
	}
}

// TestStreamAbortLeavesFolderAsItWas: a build that fails after some of its files were
// written (Abort) leaves the folder exactly as it was, with no temp file, no journal and
// no lock, and a new folder is removed again.
func TestStreamAbortLeavesFolderAsItWas(t *testing.T) {
	for _, written := range []int{0, 1, len(v2Paths)} {
		dir, was := before(t)
		files := docs("v2", v2Paths...)
		s := NewStream(context.Background(), dir, pathsOf(files), Options{})
		for _, f := range files[:written] {
			s.Add(f)
		}
		if err := s.Abort(); err != nil {
			t.Fatalf("Abort: %v", err)
		}
		sameSnapshot(t, "after Abort", snapshot(t, dir), was)
	}
	fresh := t.TempDir() + "/new/out"
	s := NewStream(context.Background(), fresh, []string{"en/a.md", ManifestName}, Options{})
	s.Add(File{Path: "en/a.md", Data: []byte("a")})
	if err := s.Abort(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folder Abort leaves: %v", err)
	}
}

// TestStreamCommitNeedsEveryFile: a Commit that lacks a planned file, or a file that was not
// planned, fails and changes nothing.
func TestStreamCommitNeedsEveryFile(t *testing.T) {
	dir, was := before(t)
	files := docs("v2", v2Paths...)
	s := NewStream(context.Background(), dir, pathsOf(files), Options{})
	_, err := s.Commit(files[1:])
	if err == nil || !strings.Contains(err.Error(), "never made") {
		t.Errorf("Commit without %s = %v", files[0].Path, err)
	}
	sameSnapshot(t, "after a Commit without a file", snapshot(t, dir), was)

	s = NewStream(context.Background(), dir, pathsOf(files), Options{})
	s.Add(File{Path: "en/zz.md", Data: []byte("zz")})
	_, err = s.Commit(files)
	if err == nil || !strings.Contains(err.Error(), "not among the files planned") {
		t.Errorf("Commit with an unplanned file = %v", err)
	}
	sameSnapshot(t, "after a Commit with an unplanned file", snapshot(t, dir), was)
}

// TestStreamWritesBeforeCommit: a file handed to Add is in its temp file before Commit is
// called, which is what makes streaming worth it.
func TestStreamWritesBeforeCommit(t *testing.T) {
	dir, _ := before(t)
	files := docs("v2", v2Paths...)
	created := make(chan string, 4*len(files))
	f := &faultFS{write: func(name string) bool { created <- name; return false }}
	s := NewStream(context.Background(), dir, pathsOf(files), withFS(f))
	s.Add(files[0])
	name := <-created
	for strings.HasPrefix(name, ".policygen") { // the journal
		name = <-created
	}
	if !strings.HasPrefix(name, "en/.a.md.") {
		t.Errorf("the first file written is %s, not the temp file of en/a.md", name)
	}
	if _, err := s.Commit(files); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(dir + "/" + files[0].Path)
	if err != nil || string(got) != string(files[0].Data) {
		t.Errorf("%s = %q, %v", files[0].Path, got, err)
	}
}

func pathsOf(files []File) []string {
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	return paths
}
