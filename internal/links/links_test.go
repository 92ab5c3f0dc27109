package links

import "testing"

func TestAllowed(t *testing.T) {
	p := NewRule("https://Example.com/about")
	tests := []struct {
		dest string
		ok   bool
	}{
		{"#contact", true},
		{"#", false},
		{"mailto:help@example.com", true},
		{"MAILTO:help@example.com", true},
		{"mailto:help@example.com?cc=evil@evil.example", false},
		{"mailto:a@example.com,b@evil.example", false},
		{"mailto:a@example.com%2Cb@evil.example", false},
		{"mailto:", false},
		{"mailto:help%3Fcc%3Dx@example.com", true},
		{"tel:+48421234567", true},
		{"https://example.com/complaints", true},
		{"http://EXAMPLE.com", true},
		{"https://www.example.com/", true},
		{"https://www2.example.com/", false},
		{"https://shop.example.com/", false},
		{"https://evil.example/", false},
		{"https://example.com.evil.example/", false},
		{"https://user@example.com/", false},
		{"https://evil.example\\@example.com/", false},
		{"//example.com/x", false},
		{"/relative", false},
		{"page.html", false},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"data:text/html,<b>x</b>", false},
		{"vbscript:x", false},
		{"ftp://example.com/", false},
		{"", false},
	}
	for _, tt := range tests {
		if _, ok := p.Allowed(tt.dest); ok != tt.ok {
			t.Errorf("Allowed(%q) = %v, want %v", tt.dest, ok, tt.ok)
		}
	}
	noSite := NewRule("")
	if _, ok := noSite.Allowed("https://example.com/"); ok {
		t.Error("an https link is allowed although the company has no website")
	}
}
