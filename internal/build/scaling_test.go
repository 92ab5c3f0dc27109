package build

import (
	"fmt"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/scaling"
)

// A PDF build of the handbook costs time and memory linear in the company file, in every
// direction the file can grow within its limits (SPEC §9.2).
func TestHandbookPDFScales(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling test")
	}
	head := "company:\n  name: %s\n  vision: %s\n  mission: M\nlanguages: [en]\n"
	rev := "revisions:\n  - {version: \"1\", date: 2026-01-01}\n"
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("word ", n/5)) }
	tests := []struct {
		name string
		n    int
		doc  func(n int) string
		set  func(f *config.File, n int) // beyond the company file's limits: the renderer alone
	}{
		{"company name length", 150, func(n int) string { return fmt.Sprintf(head+rev, words(n), "V") }, nil},
		{"company name length beyond the limit", 2000, func(int) string { return fmt.Sprintf(head+rev, "Acme", "V") },
			func(f *config.File, n int) { f.Company.Name = words(n) }},
		{"vision length", 2500, func(n int) string { return fmt.Sprintf(head+rev, "Acme", words(n)) }, nil},
		{"vision length beyond the limit", 20_000, func(int) string { return fmt.Sprintf(head+rev, "Acme", "V") },
			func(f *config.File, n int) { f.Company.Vision = config.LocalizedText{All: words(n)} }},
		{"revisions", 300, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head+"revisions:\n", "Acme", "V")
			for i := range n {
				fmt.Fprintf(&b, "  - {version: \"1.%d\", date: 2026-01-01, author: Jan Kowalski, changes: [Changed section %d]}\n", i, i)
			}
			return b.String()
		}, nil},
		{"contacts", 150, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head+rev+"escalation:\n  contacts:\n", "Acme", "V")
			for i := range n {
				fmt.Fprintf(&b, "    - {level: %d, name: Ann Nowak %d, role: Team lead, email: a%d@acme.example, phone: \"+48 12 345 67 89\"}\n", i+1, i, i)
			}
			return b.String()
		}, nil},
		{"changes", 200, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head+"revisions:\n  - version: \"1\"\n    date: 2026-01-01\n    changes:\n", "Acme", "V")
			for i := range n {
				fmt.Fprintf(&b, "      - Change number %d to the way complaints are logged\n", i)
			}
			return b.String()
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ins := map[int]Inputs{}
			for _, n := range []int{tc.n, 2 * tc.n} {
				ins[n] = inputs(t, "c.yaml", []byte(tc.doc(n)))
				if tc.set != nil {
					f := *ins[n].File
					tc.set(&f, n)
					ins[n] = Inputs{File: &f, Catalog: ins[n].Catalog, Templates: ins[n].Templates}
				}
			}
			opts := Options{Variants: []string{"handbook"}, Langs: []string{"en"}, Formats: []string{"pdf"}, Paper: "a4", Workers: 1}
			scaling.Linear(t, tc.n, func(n int) {
				if _, err := Run(ins[n], opts); err != nil {
					t.Fatal(err)
				}
			})
		})
	}
}

// TestPageHeaderScales builds a handbook PDF whose company name, drawn in every page header,
// is far beyond the name limit: the header is broken once per document, not once per page,
// so doubling the name at most about doubles the cost.
func TestPageHeaderScales(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling test")
	}
	in := inputs(t, "../../examples/minimal.yaml", nil)
	opts := Options{Variants: []string{"handbook"}, Langs: []string{"en"}, Formats: []string{"pdf"}, Paper: "a4", Workers: 1}
	scaling.Linear(t, 10_000, func(n int) {
		f := *in.File
		f.Company.Name = strings.TrimSpace(strings.Repeat("word ", n/5))
		if _, err := Run(Inputs{File: &f, Catalog: in.Catalog, Templates: in.Templates}, opts); err != nil {
			t.Fatal(err)
		}
	})
}
