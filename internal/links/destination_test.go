package links

import (
	"strings"
	"testing"
)

func TestDestinationReadsLikeCommonMark(t *testing.T) {
	for raw, want := range map[string]string{
		"https://acme.example/?a=1&amp;b=2":     "https://acme.example/?a=1&b=2",
		"https://acme.example/?a=1&amp;amp;b=2": "https://acme.example/?a=1&amp;b=2",
		"https://acme.example/a&#95;b":          "https://acme.example/a_b",
		`https://acme.example/a\_b`:             "https://acme.example/a_b",
		"javascript&#58;alert(1)":               "javascript:alert(1)",
		"tel:+48123":                            "tel:+48123",
	} {
		if got := Destination([]byte(raw)); got != want {
			t.Errorf("Destination(%q) = %q, want %q", raw, got, want)
		}
	}
	if (Rule{}).Allows(Destination([]byte("javascript&#58;alert(1)"))) {
		t.Error("an entity-spelled javascript: link is allowed")
	}
}

func TestWhyNamesTheMailtoRule(t *testing.T) {
	why := NewRule("https://acme.example").Why("mailto:a@acme.example?cc=b@evil.example")
	if want := "a mailto: link may name only one address"; !strings.Contains(why, want) {
		t.Errorf("Why = %q, want it to say %q", why, want)
	}
}
