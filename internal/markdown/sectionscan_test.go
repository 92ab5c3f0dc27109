package markdown

import (
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/policygen/policygen/templates"
)

// parsedSectionIDs is SectionIDs the slow way, from the parsed templates.
func parsedSectionIDs(t *testing.T, fsys fs.FS) map[string][]string {
	t.Helper()
	tmpl, err := LoadTemplates(fsys, "")
	if err != nil {
		t.Fatal(err)
	}
	return tmpl.SectionIDs()
}

func TestScanSectionIDsBuiltin(t *testing.T) {
	want := parsedSectionIDs(t, templates.FS())
	got, err := ScanSectionIDs(templates.FS())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("scanned section ids\n%v\nparsed\n%v", got, want)
	}
	if len(want["handbook"]) == 0 {
		t.Errorf("the handbook marks no section: %v", want)
	}
	// validate relies on the scan being fast: no built-in template may need the full parse.
	names, err := fs.Glob(templates.FS(), "*"+ext)
	if err != nil {
		t.Fatal(err)
	}
	partials, _ := fs.Glob(templates.FS(), "partials/*"+ext)
	for _, name := range append(names, partials...) {
		src, err := fs.ReadFile(templates.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := scanMarks(string(src)); !ok {
			t.Errorf("%s: the section scan cannot read it, so validate parses every template", name)
		}
	}
}

func TestScanSectionIDsAgreesWithParse(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"comment hides a mark": {
			"a.md.tmpl": `{{/* {{section "hidden"}} */}}{{- /* x */ -}}{{section "shown"}}`,
		},
		"strings hold braces": {
			"a.md.tmpl": "{{printf \"%s\" \"}} {{section \\\"no\\\"}}\"}}{{printf `}}{{section \"no2\"}}`}}{{section \"yes\"}}{{printf \"%c%c\" '\"' '}'}}{{section \"after chars\"}}",
		},
		"trim markers, tabs and raw strings": {
			"a.md.tmpl": "{{- section \"one\" -}}\n{{section\t\"two\"}}{{ section `three` }}",
		},
		"pipes and extra arguments are not marks": {
			"a.md.tmpl": `{{section "a" | printf "%s"}}{{section "b" "c"}}{{section ("d")}}{{section "e"}}`,
		},
		"branches, partials, order and repeats": {
			"a.md.tmpl": `{{if .X}}{{section "if"}}{{else if .Y}}{{template "partials/p" .}}{{else}}{{section "else"}}{{end}}` +
				`{{range .Z}}{{section "range"}}{{break}}{{end}}{{with .W}}{{template "partials/q"}}{{end}}{{section "if"}}`,
			"b.md.tmpl":          `{{template "partials/q" .}}{{template "partials/missing" .}}`,
			"c.md.tmpl":          `no marks at all`,
			"partials/p.md.tmpl": `{{section "p"}}{{template "partials/q" .}}{{template "partials/p" .}}`,
			"partials/q.md.tmpl": `{{section "q"}}{{section "p"}}`,
		},
		"define falls back to the parse": {
			"a.md.tmpl": `{{define "partials/d"}}{{section "inside"}}{{end}}{{section "outside"}}{{template "partials/d"}}`,
		},
		"a variable set from section falls back to the parse": {
			"a.md.tmpl": `{{$x := section "declared"}}{{section "plain"}}`,
		},
	} {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for f, src := range files {
				fsys[f] = &fstest.MapFile{Data: []byte(src)}
			}
			want := parsedSectionIDs(t, fsys)
			got, err := ScanSectionIDs(fsys)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("scanned %v, parsed %v", got, want)
			}
		})
	}
}

// BenchmarkSectionIDs compares the scan validate uses with parsing the templates.
func BenchmarkSectionIDs(b *testing.B) {
	b.Run("scan", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ScanSectionIDs(templates.FS()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			tmpl, err := LoadTemplates(templates.FS(), "")
			if err != nil {
				b.Fatal(err)
			}
			tmpl.SectionIDs()
		}
	})
}
