//go:build unix

package output

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/policygen/policygen/internal/testtool"
)

// TestReadFileNeverWaitsOnAFIFO: a FIFO put in place of a file between a look at it and its
// reading must not hang a build or --check waiting for a writer.
func TestReadFileNeverWaitsOnAFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "manifest.json"), 0o644); err != nil {
		testtool.Unavailable(t, "no FIFOs here: %v", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	done := make(chan error, 1)
	go func() { _, err := (rootFS{root}).ReadFile("manifest.json", 10); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, errNotRegular) {
			t.Errorf("ReadFile of a FIFO = %v, want %v", err, errNotRegular)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ReadFile of a FIFO waits for a writer")
	}
}
