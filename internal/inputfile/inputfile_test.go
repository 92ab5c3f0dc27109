package inputfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/policygen/policygen/internal/testtool"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.toml")
	if err := os.WriteFile(small, []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := Read(small, 100); err != nil || string(data) != "x = 1\n" {
		t.Fatalf("Read = %q, %v", data, err)
	}
	if _, err := Read(small, 3); err == nil || !strings.Contains(err.Error(), "the file is 6 bytes; the limit is 3 bytes") {
		t.Errorf("over the limit: %v", err)
	}
	link := filepath.Join(dir, "link.toml")
	if err := os.Symlink(small, link); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(link, 100); err != nil {
		t.Errorf("a link to a regular file is read: %v", err)
	}
	fifo := filepath.Join(dir, "fifo.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		testtool.Unavailable(t, "no FIFOs here: %v", err)
	}
	zero := filepath.Join(dir, "zero.toml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		fifo: "is a named pipe (FIFO), not a regular file",
		zero: "is a device, not a regular file",
		dir:  "is a folder, not a regular file",
	} {
		_, err := Read(path, MaxSize)
		var e *Error
		if !errors.As(err, &e) || !strings.Contains(e.Msg, want) {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
	}
}

func TestByteSize(t *testing.T) {
	for n, want := range map[int64]string{5: "5 bytes", 1 << 20: "1 MiB", 1<<30 + 1<<29: "1.5 GiB", 3_980_000: "3.8 MiB"} {
		if got := ByteSize(n); got != want {
			t.Errorf("ByteSize(%d) = %q, want %q", n, got, want)
		}
	}
}
