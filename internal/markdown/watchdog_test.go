package markdown_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/model"
	"github.com/policygen/policygen/templates"
)

// userTemplates loads the built-in templates with one user handbook template over them.
func userTemplates(t *testing.T, src string) (*markdown.Templates, error) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "handbook.md.tmpl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return markdown.LoadTemplates(templates.FS(), dir)
}

func TestRangeOverLargeNumbersRefused(t *testing.T) {
	for _, src := range []string{
		"{{range 100000000000}}{{end}}",
		"{{range $i := 100000000000}}{{end}}",
		"{{range $i, $v := 1e11}}{{end}}",
		"{{range 1000}}{{range 1000}}x{{end}}{{end}}",
		"{{if true}}{{with .}}{{range 10001}}{{end}}{{end}}{{end}}",
		`{{define "loop"}}{{range 100000}}{{end}}{{end}}text`,
	} {
		_, err := userTemplates(t, src)
		var te *markdown.TemplateError
		if !errors.As(err, &te) || !strings.HasSuffix(te.Template, "/handbook.md.tmpl") ||
			!strings.Contains(te.Msg, "line 1: {{range}} over numbers that repeat its body more than 10000 times") {
			t.Errorf("%s: got %v", src, err)
		}
	}
	for _, src := range []string{"{{range 10000}}{{end}}", "{{range 100}}{{range 100}}{{end}}{{end}}", "{{range .Revisions}}{{end}}"} {
		if _, err := userTemplates(t, src); err != nil {
			t.Errorf("%s: %v", src, err)
		}
	}
}

func TestWatchdogStopsEndlessTemplate(t *testing.T) {
	cat, _ := shared(t)
	// The loop never ends and writes nothing that shows; its empty writes let the stopped
	// writer end it, so it does not spin on through the other tests.
	tmpl, err := userTemplates(t, `{{$n := 100000000000}}{{range $n}}{{""}}{{end}}`)
	if err != nil {
		t.Fatal(err)
	}
	tmpl.Timeout = 50 * time.Millisecond // the template never ends: this cannot race
	doc, _ := model.New(loadCompany(t, "../../examples/complete.yaml"), "en")
	lz, err := cat.Localizer("en")
	if err != nil {
		t.Fatal(err)
	}
	_, err = tmpl.Render("handbook", doc, lz)
	var te *markdown.TemplateError
	if !errors.As(err, &te) || !strings.Contains(te.Msg, "ran for more than 50ms") || !strings.HasSuffix(te.Template, "handbook.md.tmpl") {
		t.Fatalf("got %v", err)
	}
}

func TestOutputBounded(t *testing.T) {
	cat, _ := shared(t)
	tmpl, err := userTemplates(t, "{{$n := 100000}}{{range $n}}{{range $n}}0123456789{{end}}{{end}}")
	if err != nil {
		t.Fatal(err)
	}
	tmpl.MaxOutput = 1 << 20
	doc, _ := model.New(loadCompany(t, "../../examples/complete.yaml"), "en")
	lz, _ := cat.Localizer("en")
	_, err = tmpl.Render("handbook", doc, lz)
	var te *markdown.TemplateError
	if !errors.As(err, &te) || !strings.Contains(te.Msg, "writes more than 1 MiB") {
		t.Fatalf("got %v", err)
	}
}
