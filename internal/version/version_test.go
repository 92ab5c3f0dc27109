package version

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestFromBuildInfo(t *testing.T) {
	checkout := &debug.BuildInfo{
		Main: debug.Module{Path: "github.com/policygen/policygen", Version: "v0.0.0-20261129112417-fa12c02f0c65+dirty"},
		Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "fa12c02f0c651c908480b7a270420653b189df9b"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	tests := []struct {
		name          string
		bi            *debug.BuildInfo
		release       string
		wantLine      string // String() without the Go version and platform
		wantGenerator string
	}{
		{"go run or go test", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "",
			"policygen (devel)", "policygen (devel)"},
		{"go build in a checkout", checkout, "",
			"policygen v0.0.0-20261129112417-fa12c02f0c65+dirty revision fa12c02f0c651c908480b7a270420653b189df9b (modified)",
			"policygen (devel)"},
		{"go install at a version", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "",
			"policygen v1.2.0", "policygen v1.2.0"},
		{"release build from a checkout", checkout, "1.2.0",
			"policygen 1.2.0 revision fa12c02f0c651c908480b7a270420653b189df9b (modified)", "policygen 1.2.0"},
		{"no build info", nil, "", "policygen (devel)", "policygen (devel)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := fromBuildInfo(tt.bi, tt.release)
			line, _, _ := strings.Cut(info.String(), ", go")
			if line != tt.wantLine {
				t.Errorf("String() = %q, want %q", line, tt.wantLine)
			}
			if g := info.Generator(); g != tt.wantGenerator {
				t.Errorf("Generator() = %q, want %q", g, tt.wantGenerator)
			}
		})
	}
}
