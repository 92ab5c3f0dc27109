package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/output"
)

// TestAccessibility runs axe-core in headless Chromium over every HTML page of the complete
// example and index.html, in the light colour scheme, and over the index and the handbook in
// the dark one. It needs chromium, node and `npm ci` in testdata/axe (.ci/run does that);
// outside CI it is skipped when they are missing.
func TestAccessibility(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs a browser")
	}
	chromium, node := lookTool(t, "chromium"), lookTool(t, "node")
	script, err := filepath.Abs("testdata/axe/axe.js")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("testdata/axe/node_modules/axe-core"); err != nil {
		missing(t, "axe-core (run npm ci in internal/build/testdata/axe)")
	}
	in := inputs(t, "../../examples/complete.yaml", nil)
	opts := everything(in)
	opts.Formats, opts.Index = []string{"html"}, true
	res, err := Run(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := output.Write(dir, res.Files); err != nil {
		t.Fatal(err)
	}
	args := []string{script, chromium}
	for _, f := range res.Files {
		args = append(args, filepath.Join(dir, filepath.FromSlash(f.Path)))
	}
	args = append(args, "dark:"+filepath.Join(dir, IndexName), "dark:"+filepath.Join(dir, "en", "handbook.html"))
	cmd := exec.Command(node, args...)
	cmd.Dir = "testdata/axe"
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("axe-core: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "checked 28 pages, 0 violations") {
		t.Errorf("axe-core did not check every page:\n%s", out)
	}
}

// lookTool finds a program, failing in CI and skipping elsewhere when it is missing.
func lookTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name)
	}
	return p
}

func missing(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is missing; .ci/run installs it", what)
	}
	t.Skipf("%s is missing", what)
}
