package build

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/scaling"
	"github.com/policygen/policygen/locales"
	"github.com/policygen/policygen/templates"
)

func inputs(tb testing.TB, companyFile string, data []byte) Inputs {
	tb.Helper()
	cat, err := i18n.Load(locales.FS(), "")
	if err != nil {
		tb.Fatal(err)
	}
	if data == nil {
		if data, err = os.ReadFile(companyFile); err != nil {
			tb.Fatal(err)
		}
	}
	f, _, err := config.Load(companyFile, data, config.Options{KnownLanguages: cat.Tags()})
	if err != nil {
		tb.Fatal(err)
	}
	tmpl, err := markdown.LoadTemplates(templates.FS(), "")
	if err != nil {
		tb.Fatal(err)
	}
	return Inputs{File: f, Catalog: cat, Templates: tmpl}
}

func everything(in Inputs) Options {
	return Options{Variants: in.Templates.Variants(), Langs: in.Catalog.Tags(), Formats: FormatNames(), Paper: "a4"}
}

// TestReproducible builds the whole matrix with different parallelism and compares every byte.
func TestReproducible(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	opts := everything(in)
	var runs [][]byte
	for _, procs := range []int{1, 4} {
		old := runtime.GOMAXPROCS(procs)
		for _, workers := range []int{1, 0} {
			opts.Workers = workers
			res, err := Run(in, opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Files) != 100 {
				t.Fatalf("built %d files, want 100", len(res.Files))
			}
			var all bytes.Buffer
			for _, f := range res.Files {
				fmt.Fprintf(&all, "%s %d\n", f.Path, len(f.Data))
				all.Write(f.Data)
			}
			runs = append(runs, all.Bytes())
		}
		runtime.GOMAXPROCS(old)
	}
	for i := 1; i < len(runs); i++ {
		if !bytes.Equal(runs[0], runs[i]) {
			t.Errorf("run %d differs from run 0", i)
		}
	}
}

// TestOneFailingDocumentFailsTheBuild makes the 40th-or-so document fail to render: the build
// returns an error and no files, whatever had succeeded before it.
func TestOneFailingDocumentFailsTheBuild(t *testing.T) {
	in := inputs(t, "../../examples/complete.yaml", nil)
	dir := t.TempDir()
	broken := "# {{T \"procedures.title\"}}\n\n{{T \"no.such.message\"}}\n"
	if err := os.WriteFile(dir+"/procedures.md.tmpl", []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	var err error
	if in.Templates, err = markdown.LoadTemplates(templates.FS(), dir); err != nil {
		t.Fatal(err)
	}
	res, err := Run(in, everything(in))
	if err == nil || !strings.Contains(err.Error(), "procedures") || !strings.Contains(err.Error(), "no.such.message") {
		t.Errorf("err = %v, want the failing document and message named", err)
	}
	if len(res.Files) != 0 {
		t.Errorf("a failed build returned %d files", len(res.Files))
	}
}

// bigCompany is the complete example with n revisions and m escalation contacts.
func bigCompany(tb testing.TB, revisions, contacts int) []byte {
	var b strings.Builder
	b.WriteString("company:\n  name: Big Co\n  vision: Be useful.\n  mission: Help.\n  offering: tools\n")
	b.WriteString("languages: [en, pl, zh]\nescalation:\n  resolve_within: 2 business days\n  contacts:\n")
	for i := 1; i <= contacts; i++ {
		fmt.Fprintf(&b, "    - {level: %d, role: Lead %d, name: Person %d, email: p%d@big.example, phone: \"+48 600 000 %03d\", contact_by: email}\n", i, i, i, i, i%1000)
	}
	b.WriteString("revisions:\n")
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < revisions; i++ {
		d := start.AddDate(0, 0, i)
		fmt.Fprintf(&b, "  - {version: \"%d.%d\", date: %s, author: Ann, changes: [Change number %d]}\n", i/100, i%100, d.Format("2006-01-02"), i)
	}
	return []byte(b.String())
}

// TestLinearInRevisionsAndContacts checks that twice the revisions and contacts cost about
// twice as much, in CPU time and allocated bytes (only bytes under -race), the least of a
// few runs at each size, so that a busy machine does not fail it.
func TestLinearInRevisionsAndContacts(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	inputsOf := map[int]Inputs{}
	for _, n := range []int{1000, 2000} {
		inputsOf[n] = inputs(t, "big.yaml", bigCompany(t, n, n/50))
	}
	opts := Options{Variants: []string{"handbook"}, Langs: []string{"en"}, Formats: FormatNames(), Paper: "a4", Workers: 1}
	scaling.Linear(t, 1000, func(n int) {
		if _, err := Run(inputsOf[n], opts); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkBuild(b *testing.B) {
	in := inputs(b, "../../examples/complete.yaml", nil)
	opts := everything(in)
	for b.Loop() {
		if _, err := Run(in, opts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormat(b *testing.B) {
	in := inputs(b, "../../examples/complete.yaml", nil)
	for _, f := range FormatNames() {
		b.Run(f, func(b *testing.B) {
			opts := everything(in)
			opts.Formats = []string{f}
			for b.Loop() {
				if _, err := Run(in, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkBigRevisionLog(b *testing.B) {
	in := inputs(b, "big.yaml", bigCompany(b, 10000, 200))
	opts := Options{Variants: []string{"handbook"}, Langs: []string{"en"}, Formats: FormatNames(), Paper: "a4"}
	for b.Loop() {
		if _, err := Run(in, opts); err != nil {
			b.Fatal(err)
		}
	}
}
