//go:build !linux

package output

import "os"

// startWriteback does nothing where sync_file_range(2) is missing: Sync writes the data.
func startWriteback(*os.File) {}
