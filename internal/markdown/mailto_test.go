package markdown

import (
	"net/url"
	"strings"
	"testing"
)

func TestMailtoKeepsOneRecipient(t *testing.T) {
	for _, addr := range []string{
		"support@acme.example",
		"support?cc=attacker@evil.example",
		"a&bcc=x@evil.example",
		"a,b@evil.example",
		"a%2Cb@evil.example",
		"a#frag@acme.example",
		"a;b=c@acme.example",
		"\"a@b\"@acme.example",
		"a/b@acme.example",
		"(x)[y]<z>@acme.example",
		"zażółć@acme.example",
		"o'brien+tag@acme.example",
		"a b@acme.example",
	} {
		uri := Mailto(addr)
		u, err := url.Parse(uri)
		if err != nil {
			t.Errorf("Mailto(%q) = %q does not parse: %v", addr, uri, err)
			continue
		}
		to, err := url.PathUnescape(u.Opaque)
		if u.Scheme != "mailto" || u.RawQuery != "" || u.Fragment != "" || err != nil || to != addr {
			t.Errorf("Mailto(%q) = %q: scheme %q, to %q, query %q, fragment %q", addr, uri, u.Scheme, to, u.RawQuery, u.Fragment)
		}
		for _, c := range []byte("?#&=,;/[]<>() \"\\%") {
			for i := len("mailto:"); i < len(uri); i++ {
				if uri[i] == c && c != '%' {
					t.Errorf("Mailto(%q) = %q leaves %q unencoded", addr, uri, c)
				}
			}
		}
		if SafeMailto(uri) == strings.Contains(addr, ",") {
			t.Errorf("SafeMailto(Mailto(%q) = %q) = false", addr, uri)
		}
	}
	if got, want := Mailto("support?cc=attacker@evil.example"), "mailto:support%3Fcc%3Dattacker@evil.example"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := Mailto("support@acme.example"), "mailto:support@acme.example"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSafeMailto(t *testing.T) {
	for dest, want := range map[string]bool{
		"mailto:support@acme.example":                 true,
		"MAILTO:support@acme.example":                 true,
		"mailto:support%3Fcc%3Dx@acme.example":        true,
		"mailto:support@acme.example?cc=x@evil":       false,
		"mailto:support@acme.example?subject=hi":      false,
		"mailto:a@acme.example,b@evil.example":        false,
		"mailto:a@acme.example%2Cb@evil.example":      false,
		"mailto:a@acme.example%2cb@evil.example":      false,
		"mailto:a@acme.example#x":                     false,
		"mailto:":                                     false,
		"mailto:@acme.example":                        false,
		"https://acme.example":                        false,
		"mailto:a@acme.example&cc=b@evil.example":     false,
		"mailto:a@acme.example%3Fcc=b%40evil.example": false,
	} {
		if got := SafeMailto(dest); got != want {
			t.Errorf("SafeMailto(%q) = %v, want %v", dest, got, want)
		}
	}
}
