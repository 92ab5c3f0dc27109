package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/policygen/policygen/internal/testtool"
)

// action is the part of action.yml the tests read.
type action struct {
	Name, Description string
	Inputs            map[string]struct{ Description, Default string }
	Runs              struct {
		Using string
		Steps []struct {
			ID, Name, Uses, Shell, Run string
			Env                        map[string]string
		}
	}
}

func readAction(t *testing.T) action {
	t.Helper()
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestActionMetadata checks action.yml: a composite action with the inputs SPEC §14 names,
// whose shell steps get every input through the environment (never pasted into the script)
// and are valid bash.
func TestActionMetadata(t *testing.T) {
	a := readAction(t)
	if a.Name == "" || a.Description == "" || a.Runs.Using != "composite" {
		t.Errorf("name %q, description %q, runs.using %q", a.Name, a.Description, a.Runs.Using)
	}
	for _, in := range []string{"file", "out", "formats", "languages", "strict", "check", "locales", "templates", "version"} {
		if a.Inputs[in].Description == "" {
			t.Errorf("input %s is missing or has no description", in)
		}
	}
	runs := 0
	for _, s := range a.Runs.Steps {
		if s.Run == "" {
			continue
		}
		runs++
		if s.Shell != "bash" {
			t.Errorf("step %q: shell %q, want bash", s.Name, s.Shell)
		}
		if strings.Contains(s.Run, "${{") {
			t.Errorf("step %q pastes an expression into its script; pass it through env", s.Name)
		}
		if out, err := exec.Command("bash", "-n", "-c", s.Run).CombinedOutput(); err != nil {
			t.Errorf("step %q: bash -n: %v\n%s", s.Name, err, out)
		}
	}
	if runs != 2 {
		t.Errorf("%d shell steps, want 2 (install, build)", runs)
	}
}

// TestActionSteps runs the action's shell steps as the runner would, after setup-go: the
// install step builds policygen from the action's own folder, the build step finds ./locales
// and ./templates, writes the JSON report, and on a broken file annotates it and still
// writes the report.
func TestActionSteps(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: this test compiles policygen")
	}
	a := readAction(t)
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	work := filepath.Join(tmp, "work")
	for _, d := range []string{"runner", "work/templates", "work/locales"} {
		if err := os.MkdirAll(filepath.Join(tmp, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	example, err := os.ReadFile(filepath.Join(root, "examples", "minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(work, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("company.yaml", string(example))
	write("templates/standards.md.tmpl", "# Our own standards\n")
	write("broken.yaml", "company:\n  nmae: Acme\n")
	runnerEnv := []string{
		"RUNNER_TEMP=" + filepath.Join(tmp, "runner"),
		"GITHUB_PATH=" + filepath.Join(tmp, "runner", "path"),
		"GITHUB_OUTPUT=" + filepath.Join(tmp, "runner", "output"),
	}
	inputs := func(overrides map[string]string) []string {
		var env []string
		for name, in := range a.Inputs {
			v := in.Default
			if o, ok := overrides[name]; ok {
				v = o
			}
			env = append(env, "INPUT_"+name+"="+v)
		}
		return env
	}
	expr := regexp.MustCompile(`^\$\{\{ (inputs\.[a-z-]+|github\.action_path) \}\}$`)
	step := func(i int, overrides map[string]string, extraPath string) (string, int) {
		s := a.Runs.Steps[i]
		env := append(os.Environ(), runnerEnv...)
		env = append(env, "PATH="+extraPath+string(os.PathListSeparator)+os.Getenv("PATH"))
		for k, v := range s.Env {
			m := expr.FindStringSubmatch(v)
			if m == nil {
				t.Fatalf("step %q: env %s=%q is not an input", s.Name, k, v)
			}
			switch {
			case m[1] == "github.action_path":
				v = root
			default:
				v = lookup(inputs(overrides), strings.TrimPrefix(m[1], "inputs."))
			}
			env = append(env, k+"="+v)
		}
		cmd := exec.Command("bash", "-c", s.Run)
		cmd.Dir, cmd.Env = work, env
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), code
	}

	install, build := stepIndex(t, a, "Install policygen"), stepIndex(t, a, "Build the policy")
	if out, code := step(install, nil, ""); code != 0 {
		t.Fatalf("install step: exit %d\n%s", code, out)
	}
	path, err := os.ReadFile(filepath.Join(tmp, "runner", "path"))
	if err != nil {
		t.Fatal(err)
	}
	bin := strings.TrimSpace(string(path))
	if out, err := exec.Command(filepath.Join(bin, "policygen"), "locales", "new", "sk", "--locales", filepath.Join(work, "locales")).CombinedOutput(); err != nil {
		t.Fatalf("locales new: %v\n%s", err, out)
	}

	out, code := step(build, map[string]string{"formats": "md", "languages": "en,sk"}, bin)
	if code != 0 {
		t.Fatalf("build step: exit %d\n%s", code, out)
	}
	for _, f := range []string{"out/en/handbook.md", "out/sk/handbook.md", "out/manifest.json"} {
		if _, err := os.Stat(filepath.Join(work, f)); err != nil {
			t.Errorf("%v (locales: auto should find ./locales)", err)
		}
	}
	if md, err := os.ReadFile(filepath.Join(work, "out/en/standards.md")); err != nil || !strings.Contains(string(md), "# Our own standards") {
		t.Errorf("out/en/standards.md does not come from ./templates (%v)", err)
	}
	if rep := readReport(t, filepath.Join(work, "policygen-report.json")); !rep.OK {
		t.Errorf("report says ok=false")
	}

	out, code = step(build, map[string]string{"file": "broken.yaml", "report": "broken.json"}, bin)
	if code != 3 {
		t.Errorf("build step on a broken file: exit %d, want 3\n%s", code, out)
	}
	if !strings.Contains(out, "::error file=broken.yaml,line=2,col=3::company.nmae: unknown field") {
		t.Errorf("no annotation for the broken file:\n%s", out)
	}
	if rep := readReport(t, filepath.Join(work, "broken.json")); rep.OK || len(rep.Errors) == 0 {
		t.Errorf("the report of the failed build: ok=%v, %d errors", rep.OK, len(rep.Errors))
	}
}

func lookup(env []string, name string) string {
	for _, kv := range env {
		if k, v, _ := strings.Cut(kv, "="); k == "INPUT_"+name {
			return v
		}
	}
	return ""
}

func stepIndex(t *testing.T, a action, name string) int {
	i := slices.IndexFunc(a.Runs.Steps, func(s struct {
		ID, Name, Uses, Shell, Run string
		Env                        map[string]string
	}) bool {
		return s.Name == name
	})
	if i < 0 {
		t.Fatalf("action.yml has no step %q", name)
	}
	return i
}

type buildReport struct {
	OK     bool              `json:"ok"`
	Errors []json.RawMessage `json:"errors"`
}

func readReport(t *testing.T, path string) buildReport {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r buildReport
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("%s: %v\n%s", path, err, data)
	}
	return r
}

// TestActionlint lints the GitHub Actions example with actionlint, once as written and once
// with the action taken from this folder, so that its inputs are checked against action.yml.
func TestActionlint(t *testing.T) {
	testtool.Require(t, "go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12", "actionlint")
	example, err := os.ReadFile("../../examples/ci/github-actions.yml")
	if err != nil {
		t.Fatal(err)
	}
	metadata, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	lint := func(dir string, args ...string) {
		cmd := exec.Command("actionlint", append([]string{"-no-color"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("actionlint %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	lint(".", "../../examples/ci/github-actions.yml")

	repo := t.TempDir()
	local := regexp.MustCompile(`policygen/policygen@\S+`).ReplaceAll(example, []byte("./"))
	if string(local) == string(example) {
		t.Fatal("the example does not use the policygen action")
	}
	for name, data := range map[string][]byte{"action.yml": metadata, ".github/workflows/policy.yml": local} {
		path := filepath.Join(repo, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil { // actionlint's project root
		t.Fatal(err)
	}
	lint(repo, ".github/workflows/policy.yml")
}

// TestActionShellcheck runs shellcheck on the action's shell steps (actionlint checks only
// workflows, not an action's own scripts).
func TestActionShellcheck(t *testing.T) {
	testtool.Require(t, "apt-get install shellcheck", "shellcheck")
	for _, s := range readAction(t).Runs.Steps {
		if s.Run == "" {
			continue
		}
		cmd := exec.Command("shellcheck", "--shell=bash", "--severity=style", "-")
		cmd.Stdin = strings.NewReader(s.Run)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("step %q: shellcheck: %v\n%s", s.Name, err, out)
		}
	}
}
