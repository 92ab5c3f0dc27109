package testtool

import (
	"testing"
)

// recorder is a testing.TB that records whether Require skipped or failed.
type recorder struct {
	testing.TB
	skipped, failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Skipf(string, ...any)  { r.skipped = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

func TestRequire(t *testing.T) {
	const missing = "policygen-no-such-tool"
	tests := []struct {
		ci          string
		tool        string
		skip, fatal bool
	}{
		{"", missing, true, false},
		{"false", missing, true, false},
		{"true", missing, false, true},
		{"1", missing, false, true},
		{"true", "go", false, false},
		{"", "go", false, false},
	}
	for _, tt := range tests {
		t.Setenv("CI", tt.ci)
		r := &recorder{TB: t}
		Require(r, "install it", tt.tool)
		if r.skipped != tt.skip || r.failed != tt.fatal {
			t.Errorf("CI=%q %s: skipped %v failed %v, want %v %v", tt.ci, tt.tool, r.skipped, r.failed, tt.skip, tt.fatal)
		}
	}
}

func TestUnavailable(t *testing.T) {
	for ci, fatal := range map[string]bool{"": false, "false": false, "true": true} {
		t.Setenv("CI", ci)
		r := &recorder{TB: t}
		Unavailable(r, "no FIFOs here: %v", "EPERM")
		if r.skipped == fatal || r.failed != fatal {
			t.Errorf("CI=%q: skipped %v failed %v, want failed %v", ci, r.skipped, r.failed, fatal)
		}
	}
}
