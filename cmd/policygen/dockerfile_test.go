package main

import (
	"bufio"
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/cli"
)

// TestDockerfile runs the Dockerfile's build line as it is written (no container engine is
// needed), then checks what the image relies on: the binary is static, so it runs on a
// distroless or scratch base, and it builds every document in an empty folder of a clean
// environment, with no fonts or other files from the system.
func TestDockerfile(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: this test compiles policygen as the Dockerfile does")
	}
	lines := dockerfileLines(t, "../../Dockerfile")
	var buildLine string
	var final []string // the lines of the last stage
	for _, l := range lines {
		if strings.HasPrefix(l, "FROM ") {
			final = nil
		}
		final = append(final, l)
		if strings.HasPrefix(l, "RUN ") && strings.Contains(l, " go build ") {
			buildLine = strings.TrimPrefix(l, "RUN ")
		}
	}
	if !regexp.MustCompile(`^FROM (gcr\.io/distroless/static\S*|scratch)$`).MatchString(final[0]) {
		t.Errorf("the image is %q; use a minimal base (distroless/static or scratch)", final[0])
	}
	for _, want := range []string{"WORKDIR /work", `ENTRYPOINT ["policygen"]`} {
		if !slices.Contains(final, want) {
			t.Errorf("the final stage lacks %s", want)
		}
	}
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath", "./cmd/policygen", "version.release=${VERSION}"} {
		if !strings.Contains(buildLine, want) {
			t.Fatalf("the build line %q lacks %s", buildLine, want)
		}
	}

	dir := t.TempDir()
	bin := filepath.Join(dir, "policygen")
	out := regexp.MustCompile(`-o \S+`)
	if !out.MatchString(buildLine) {
		t.Fatalf("the build line %q has no -o", buildLine)
	}
	goBuild := func(bin, version string) {
		build := exec.Command("sh", "-c", out.ReplaceAllLiteralString(buildLine, "-o "+bin))
		build.Dir = filepath.Join("..", "..")
		build.Env = append(os.Environ(), "VERSION="+version)
		if msg, err := build.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", build, err, msg)
		}
	}
	goBuild(bin, "9.9.9-docker")
	if runtime.GOOS == "linux" {
		checkStatic(t, bin)
	}

	work := filepath.Join(dir, "work")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("../../examples/complete.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, "company.yaml"), example, 0o644); err != nil {
		t.Fatal(err)
	}
	logo, err := os.ReadFile("../../examples/logo.png") // branding.logo, beside the company file
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, "logo.png"), logo, 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		cmd := exec.Command(bin, args...)
		cmd.Dir = work
		cmd.Env = []string{"HOME=" + work, "PATH=/nonexistent", "FONTCONFIG_FILE=/nonexistent", "XDG_DATA_DIRS=/nonexistent"}
		msg, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("policygen %s: %v\n%s", strings.Join(args, " "), err, msg)
		}
		return string(msg)
	}
	if v := run("--version"); !strings.HasPrefix(v, "policygen 9.9.9-docker") {
		t.Errorf("--version = %q; want the VERSION build argument", v)
	}
	run("build", "-q")
	for _, f := range []string{"en/handbook.pdf", "zh/handbook.pdf", "pl/checklist.html", "fi/standards.md"} {
		if fi, err := os.Stat(filepath.Join(work, "out", f)); err != nil || fi.Size() == 0 {
			t.Errorf("out/%s: %v", f, err)
		}
	}
	manifest, err := os.ReadFile(filepath.Join(work, "out", "manifest.json"))
	if err != nil || !strings.Contains(string(manifest), `"generator": "policygen 9.9.9-docker"`) {
		t.Errorf("the manifest does not name the release (%v):\n%.200s", err, manifest)
	}

	// Without a release version, a binary built from the checkout (stamped with the commit
	// when .git is there) writes the same bytes as this test binary (never stamped), which is
	// what go run and go test build.
	devel := filepath.Join(dir, "policygen-devel")
	goBuild(devel, "")
	company := filepath.Join(work, "company.yaml")
	built, inProcess := filepath.Join(dir, "built"), filepath.Join(dir, "in-process")
	if msg, err := exec.Command(devel, "build", "-q", "-o", built, company).CombinedOutput(); err != nil {
		t.Fatalf("policygen build: %v\n%s", err, msg)
	}
	var stderr strings.Builder
	if code := cli.Run([]string{"build", "-q", "-o", inProcess, company}, cli.Streams{Out: &stderr, ErrOut: &stderr}); code != 0 {
		t.Fatalf("in-process build: exit %d\n%s", code, stderr.String())
	}
	files := 0
	err = filepath.WalkDir(built, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		rel, _ := filepath.Rel(built, path)
		a, _ := os.ReadFile(path)
		b, err := os.ReadFile(filepath.Join(inProcess, rel))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between the built binary and go test's (%v)", rel, err)
		}
		return nil
	})
	if err != nil || files < 76 {
		t.Errorf("compared %d files (%v)", files, err)
	}
}

// dockerfileLines returns the instructions of a Dockerfile, continuation lines joined and
// comments dropped.
func dockerfileLines(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	var cur string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(l, "#") || (l == "" && cur == "") {
			continue
		}
		if strings.HasSuffix(l, "\\") {
			cur += strings.TrimSuffix(l, "\\") + " "
			continue
		}
		lines = append(lines, cur+l)
		cur = ""
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

func checkStatic(t *testing.T, bin string) {
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Errorf("the binary asks for a dynamic loader (PT_INTERP): it would not run on a static base")
		}
	}
	if libs, err := f.ImportedLibraries(); err != nil || len(libs) > 0 {
		t.Errorf("the binary needs shared libraries %v (%v)", libs, err)
	}
}
