package markdown

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/model"
)

// A document that names the company once in its text uses the short form there: its byline
// has just given the full name. One that names it again defines the short form at the first
// mention.
func TestMentionsDefineTheShortFormOnlyWhenItIsUsed(t *testing.T) {
	md := []byte("A " + string(firstMention) + ". B")
	for _, c := range []struct {
		n    int
		name model.Text
		want string
	}{
		{1, "Acme Ltd", "A Acme. B"},
		{2, "Acme Ltd", `A Acme Ltd (“Acme”). B`},
		{1, "Acme s.r.o.", "A Acme. B"},
		{3, "Acme s.r.o.", `A Acme s.r.o. (“Acme”). B`},
		{1, "Acme Inc.", "A Acme Inc. B"}, // a short form ending in a full stop: not doubled
	} {
		short := model.Text("Acme")
		if c.want == "A Acme Inc. B" {
			short = "Acme Inc."
		}
		m := mentions{n: c.n, short: short, defined: c.name + ` (“Acme”)`}
		if got := string(m.resolve(md)); got != c.want {
			t.Errorf("%d mentions of %s: %q, want %q", c.n, c.name, got, c.want)
		}
	}
	if got := string((&mentions{}).resolve([]byte("no mention"))); got != "no mention" {
		t.Errorf("a document without the company changed: %q", got)
	}
}

func TestStrongLabelClosesBeforeFullWidthPunctuation(t *testing.T) {
	for _, label := range []string{"网站：", "Website:", "批准人："} {
		md := []byte("- " + strongLabel(label) + "Jiří\n")
		var b strings.Builder
		if err := gm().Convert(md, &b); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "<strong>") || strings.Contains(b.String(), "**") {
			t.Errorf("%q renders as %s", label, b.String())
		}
	}
}
