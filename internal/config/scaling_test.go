package config

import (
	"fmt"
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/scaling"
)

// The cost of validating grows linearly with the input, in every direction a hostile or
// careless file can grow (SPEC §9.2).
func TestValidateScales(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling test")
	}
	head := "company:\n  name: %s\n  vision: %s\n  mission: M\n"
	rev := "revisions:\n  - {version: \"1\", date: 2026-01-01}\n"
	tests := []struct {
		name string
		n    int
		doc  func(n int) string
	}{
		{"unknown keys", 1000, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head+rev, "A", "V")
			for i := range n {
				fmt.Fprintf(&b, "key%d: value\n", i)
			}
			return b.String()
		}},
		{"unknown keys in a section", 1000, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head, "A", "V")
			for i := range n {
				fmt.Fprintf(&b, "  mision%d: value\n", i)
			}
			return b.String() + rev
		}},
		{"company name length", 1 << 20, func(n int) string { return fmt.Sprintf(head+rev, strings.Repeat("a", n), "V") }},
		{"vision length", 1 << 20, func(n int) string { return fmt.Sprintf(head+rev, "A", strings.Repeat("v ", n/2)) }},
		{"revisions", 2500, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head+"revisions:\n", "A", "V")
			for i := range n {
				fmt.Fprintf(&b, "  - version: \"%d\"\n    date: 2026-01-01\n    author: Jan Kowalski\n    changes: [one, two]\n", i)
			}
			return b.String()
		}},
		{"contacts", 250, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head+rev+"escalation:\n  contacts:\n", "A", "V")
			for i := range n {
				fmt.Fprintf(&b, "    - {level: %d, name: Ann %d, role: {en: Lead, pl: Szef}, email: a%d@acme.example, phone: \"+48 12 345 67 89\"}\n", i+1, i, i)
			}
			return b.String()
		}},
		{"changes", 500, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head+"revisions:\n  - version: \"1\"\n    date: 2026-01-01\n    changes:\n", "A", "V")
			for i := range n {
				fmt.Fprintf(&b, "      - {en: Change number %d, pl: Zmiana numer %d}\n", i, i)
			}
			return b.String()
		}},
		{"problems", 2000, func(n int) string {
			var b strings.Builder
			fmt.Fprintf(&b, head+"revisions:\n", "A", "V")
			for range n {
				b.WriteString("  - {version: \"1\", date: 2026-13-01}\n")
			}
			return b.String()
		}},
		{"languages", 25, func(n int) string {
			return fmt.Sprintf(head+rev+"languages: [%s]\n", "A", "V", strings.Repeat("en, xx, ", n))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := map[int][]byte{tc.n: []byte(tc.doc(tc.n)), 2 * tc.n: []byte(tc.doc(2 * tc.n))}
			scaling.Linear(t, tc.n, func(n int) { Load("c.yaml", docs[n], Options{}) })
		})
	}
}
