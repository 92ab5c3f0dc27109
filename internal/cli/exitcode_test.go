package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/policygen/policygen/internal/testtool"
)

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestExitCodes runs every command on the same classes of problem: each class gets one exit
// code whichever command meets it (SPEC §2, §9.2).
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	example, err := filepath.Abs("../../examples/complete.yaml")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	invalid := write("invalid.yaml", "company: {name: A}\n")
	deepLocales := filepath.Dir(write("deep/de.toml", "x = "+strings.Repeat("[", 100)+strings.Repeat("]", 100)+"\n"))
	loopLocales := filepath.Dir(write("loop/de.toml", "[x]\nother = \"{{range 100000000000}}{{end}}\"\n"))
	fifoLocales := filepath.Join(dir, "fifo")
	fifoTemplates := filepath.Join(dir, "fifotpl")
	for _, d := range []string{fifoLocales, fifoTemplates} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(fifoLocales, "de.toml"), 0o644); err != nil {
		testtool.Unavailable(t, "no FIFOs here: %v", err)
	}
	if err := syscall.Mkfifo(filepath.Join(fifoTemplates, "handbook.md.tmpl"), 0o644); err != nil {
		t.Fatal(err)
	}
	loopTemplates := filepath.Dir(write("looptpl/handbook.md.tmpl", "{{range 100000000000}}{{end}}"))
	missing := filepath.Join(dir, "missing")
	out := filepath.Join(dir, "out")

	type run struct {
		args []string
		env  string // SOURCE_DATE_EPOCH
		out  bool   // standard output fails
	}
	classes := []struct {
		name string
		code int
		runs []run
	}{
		{"valid input", exitOK, []run{
			{args: []string{"validate", example}},
			{args: []string{"build", example, "-v", "standards", "-l", "en", "-f", "md", "-o", out}},
			{args: []string{"schema"}},
			{args: []string{"locales", "check", "en"}},
		}},
		{"unknown flag", exitUsage, []run{
			{args: []string{"validate", "--nope"}},
			{args: []string{"build", "--nope"}},
			{args: []string{"schema", "--nope"}},
			{args: []string{"locales", "check", "--nope"}},
		}},
		{"too many arguments", exitUsage, []run{
			{args: []string{"validate", example, example}},
			{args: []string{"build", example, example}},
			{args: []string{"schema", "extra"}},
			{args: []string{"locales", "new"}},
			{args: []string{"bogus"}},
		}},
		{"missing company file", exitUsage, []run{
			{args: []string{"validate", missing}},
			{args: []string{"build", missing, "-o", out}},
		}},
		{"invalid company file", exitInvalid, []run{
			{args: []string{"validate", invalid}},
			{args: []string{"build", invalid, "-o", out}},
			{args: []string{"validate", "--json", invalid}},
			{args: []string{"build", "--json", invalid, "-o", out}},
		}},
		{"missing --locales folder", exitUsage, []run{
			{args: []string{"validate", example, "--locales", missing}},
			{args: []string{"build", example, "--locales", missing, "-o", out}},
			{args: []string{"locales", "check", "--locales", missing}},
		}},
		{"--locales names a file", exitUsage, []run{
			{args: []string{"validate", example, "--locales", example}},
			{args: []string{"build", example, "--locales", example, "-o", out}},
			{args: []string{"locales", "check", "--locales", example}},
		}},
		{"missing or file --templates folder", exitUsage, []run{
			{args: []string{"build", example, "--templates", missing, "-o", out}},
			{args: []string{"build", example, "--templates", example, "-o", out}},
			{args: []string{"list", "variants", "--templates", missing}},
		}},
		{"locale file nested too deep", exitInvalid, []run{
			{args: []string{"validate", example, "--locales", deepLocales}},
			{args: []string{"build", example, "--locales", deepLocales, "-o", out}},
			{args: []string{"locales", "check", "--locales", deepLocales}},
		}},
		{"locale message that loops", exitInvalid, []run{
			{args: []string{"validate", example, "--locales", loopLocales}},
			{args: []string{"build", example, "--locales", loopLocales, "-o", out}},
			{args: []string{"locales", "check", "--locales", loopLocales}},
		}},
		{"locale file is a FIFO", exitInvalid, []run{
			{args: []string{"validate", example, "--locales", fifoLocales}},
			{args: []string{"build", example, "--locales", fifoLocales, "-o", out}},
			{args: []string{"locales", "check", "--locales", fifoLocales}},
		}},
		{"template that cannot be used", exitFailed, []run{
			{args: []string{"build", example, "--templates", fifoTemplates, "-o", out}},
			{args: []string{"build", example, "--templates", loopTemplates, "-o", out}},
		}},
		{"standard output fails", exitFailed, []run{
			{args: []string{"schema"}, out: true},
			{args: []string{"validate", "--json", example}, out: true},
			{args: []string{"build", example, "-v", "standards", "-l", "en", "-f", "md", "-o", "-"}, out: true},
			{args: []string{"build", "--json", example, "-v", "standards", "-l", "en", "-f", "md", "-o", out}, out: true},
			{args: []string{"locales", "check", "en"}, out: true},
			{args: []string{"version"}, out: true},
			{args: []string{"--version"}, out: true},
			{args: []string{"--help"}, out: true},
			{args: []string{"help", "build"}, out: true},
			{args: []string{"build", "--help"}, out: true},
			{args: []string{"list"}, out: true},
			{args: []string{"completion", "bash"}, out: true},
		}},
		{"SOURCE_DATE_EPOCH out of range", exitUsage, []run{
			{args: []string{"build", example, "-o", out}, env: "99999999999999"},
			{args: []string{"build", example, "-o", out}, env: "-1"},
			{args: []string{"build", example, "-o", out}, env: "soon"},
		}},
	}
	for _, c := range classes {
		t.Run(c.name, func(t *testing.T) {
			for _, r := range c.runs {
				t.Setenv("SOURCE_DATE_EPOCH", r.env)
				var stdout, stderr bytes.Buffer
				s := Streams{In: strings.NewReader(""), Out: &stdout, ErrOut: &stderr}
				if r.out {
					s.Out = failingWriter{}
				}
				got := Run(r.args, s)
				if got != c.code {
					t.Errorf("policygen %s: exit %d, want %d\n%s", strings.Join(r.args, " "), got, c.code, stderr.String())
				}
				if c.code == exitFailed && strings.Contains(stderr.String(), "--help") {
					t.Errorf("policygen %s: a failure is not a usage error, but stderr suggests --help:\n%s", strings.Join(r.args, " "), stderr.String())
				}
			}
		})
	}
}
