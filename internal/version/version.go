// Package version says which policygen this is: the release version set by the linker, the
// module version of a `go install …@version`, or "(devel)" with the VCS revision of a build
// from a checkout.
package version

import (
	"runtime"
	"runtime/debug"
	"strings"
)

// release is set for release builds:
//
//	go build -ldflags "-X github.com/policygen/policygen/internal/version.release=1.2.0"
var release string

// Devel is the version of a build that is not a release.
const Devel = "(devel)"

// Info describes the running binary.
type Info struct {
	Version   string // "1.2.0", "v1.2.0", a pseudo-version, or "(devel)"
	Revision  string // VCS commit of a build from a checkout, else empty
	Modified  bool   // the checkout had uncommitted changes
	Release   bool   // Version was set by the linker
	GoVersion string
	Platform  string // GOOS/GOARCH
}

// Get reads the version of the running binary.
func Get() Info {
	bi, _ := debug.ReadBuildInfo()
	return fromBuildInfo(bi, release)
}

func fromBuildInfo(bi *debug.BuildInfo, release string) Info {
	info := Info{Version: Devel, GoVersion: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if bi != nil {
		if v := bi.Main.Version; v != "" {
			info.Version = v
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				info.Revision = s.Value
			case "vcs.modified":
				info.Modified = s.Value == "true"
			}
		}
	}
	if release != "" {
		info.Version, info.Release = release, true
	}
	return info
}

// String is the one line `policygen version` prints, e.g.
// "policygen (devel) revision 0123abcd (modified), go1.26.8 linux/amd64".
func (i Info) String() string {
	var b strings.Builder
	b.WriteString("policygen " + i.Version)
	if i.Revision != "" {
		b.WriteString(" revision " + i.Revision)
		if i.Modified {
			b.WriteString(" (modified)")
		}
	}
	b.WriteString(", " + i.GoVersion + " " + i.Platform)
	return b.String()
}

// Generator is how documents and the manifest name their producer: "policygen 1.2.0" for a
// release or a module installed at a version, "policygen (devel)" for any build from a
// checkout. The VCS revision is left out on purpose: `go build` in a checkout stamps the
// commit and a "+dirty" mark, `go run` and `go test` do not, and the documents of one source
// tree must be the same bytes however the binary was made.
func (i Info) Generator() string {
	return "policygen " + i.documentVersion()
}

func (i Info) documentVersion() string {
	if i.Revision != "" && !i.Release {
		return Devel // built from a checkout: the version is only a guess from VCS tags
	}
	return i.Version
}
