package output

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkPublish republishes a build the size of the full matrix (75 documents of 30 kB
// and a manifest) into a folder that holds the previous one.
func BenchmarkPublish(b *testing.B) {
	var files []File
	for i := range 75 {
		files = append(files, File{Path: fmt.Sprintf("l%d/d%d.pdf", i%5, i), Data: make([]byte, 30<<10)})
	}
	files = WithManifest("policygen bench", files)
	dir := filepath.Join(b.TempDir(), "out")
	for b.Loop() {
		if _, err := Publish(context.Background(), dir, files, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
