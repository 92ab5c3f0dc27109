package markdown

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/model"
)

func TestMentionsDefineTheShortFormOnlyWhenItIsUsed(t *testing.T) {
	md := []byte("A " + string(firstMention) + ". B")
	for _, c := range []struct {
		n    int
		name model.Text
		want string
	}{
		{1, "Acme Ltd", "A Acme Ltd. B"},
		{2, "Acme Ltd", `A Acme Ltd (“Acme”). B`},
		{1, "Acme s.r.o.", "A Acme s.r.o. B"}, // no doubled full stop
		{3, "Acme s.r.o.", `A Acme s.r.o. (“Acme”). B`},
	} {
		m := mentions{n: c.n, name: c.name, defined: c.name + ` (“Acme”)`}
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
