package markdown_test

import (
	"strings"
	"testing"
)

// Documents that count a time in business days say which days those are; the handbook does
// so in its definitions, the other documents with one sentence. A company that counts no
// time in business days gets no such sentence.
func TestBusinessDaysExplainedWhereUsed(t *testing.T) {
	for _, lang := range languages {
		note := message(t, lang, "common.business_days.note", nil)
		for _, variant := range []string{"standards", "procedures", "checklist"} {
			if got, _ := renderIn(t, bakery, variant, lang); !strings.Contains(got, note) {
				t.Errorf("%s/%s: counts in business days but does not say which days they are", lang, variant)
			}
			if got, _ := renderIn(t, "../../examples/minimal.yaml", variant, lang); strings.Contains(got, note) {
				t.Errorf("%s/%s: the minimal company counts nothing in business days, yet the note is there", lang, variant)
			}
		}
	}
}
