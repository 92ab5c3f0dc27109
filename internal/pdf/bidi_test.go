package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/policygen/policygen/internal/markdown"
)

// visualText lays s out on one wide line and returns what it draws, left to right.
func visualText(t *testing.T, s string) string {
	t.Helper()
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	b := &breaker{fonts: fs}
	ls := b.lines([]span{{text: s, style: textStyle{size: 10}}}, 1e6)
	if len(ls) != 1 {
		t.Fatalf("%q: %d lines", s, len(ls))
	}
	return ls[0].text()
}

func TestRightToLeftRunsInVisualOrder(t *testing.T) {
	tests := []struct{ logical, visual string }{
		{"plain text", "plain text"},
		{"שלום", "םולש"},
		{"Contact דוד כהן today", "Contact ןהכ דוד today"},
		{"abc אבג 12 דה.", "abc הד 12 גבא."},
		{"אבג 1,5 דה", "הד 1,5 גבא"},
		{"(שלום)", "(םולש)"},
		{"x (שלום) y", "x (םולש) y"},
		{"שלום (עולם) x", "(םלוע) םולש x"},
		{"مرحبا بكم", "مكب ابحرم"},
		{"Acme שלום 2026 עולם Ltd", "Acme םלוע 2026 םולש Ltd"},
	}
	for _, tc := range tests {
		if got := visualText(t, tc.logical); got != tc.visual {
			t.Errorf("%q drawn as %q, want %q", tc.logical, got, tc.visual)
		}
	}
}

// TestRTLNameExtractsInLogicalOrder renders Hebrew names in the running header, the cover, a
// paragraph and a table cell: pdftotext must read each back in logical order.
func TestRTLNameExtractsInLogicalOrder(t *testing.T) {
	needTools(t, "pdftotext")
	body := "# Handbook\n\nשלום עולם בע״מ, version 1.0\n\n## Contacts\n\nWrite to דוד כהן about the policy.\n\n" +
		"| Name | Role |\n|---|---|\n| רחל לוי | מנהלת |\n\n" + strings.Repeat("Filler text for more pages. ", 600) + "\n"
	doc := markdown.NewDocument(markdown.Meta{Font: "latin", Company: "שלום עולם בע״מ", Title: "Handbook", Version: "1.0",
		Labels: markdown.Labels{PageOf: "Page {page} of {pages}", Version: "Version"}}, []byte(body))
	res, err := Render(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) > 0 {
		t.Errorf("warnings for Hebrew: %q", res.Warnings)
	}
	path := filepath.Join(t.TempDir(), "rtl.pdf")
	if err := os.WriteFile(path, res.PDF, 0o644); err != nil {
		t.Fatal(err)
	}
	text := command(t, "pdftotext", "-enc", "UTF-8", path, "-")
	for _, want := range []string{"דוד כהן", "רחל לוי", "מנהלת", "שלום עולם"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext lacks %q in logical order:\n%s", want, text[:min(len(text), 600)])
		}
	}
	if n := strings.Count(text, "שלום עולם"); n < 3 {
		t.Errorf("the company name reads in logical order %d times, want the cover, the byline and every page header", n)
	}
}

// TestEveryUndrawableCharacterWarned checks that each character the PDF cannot draw is named in
// a warning: none is dropped silently.
func TestEveryUndrawableCharacterWarned(t *testing.T) {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	ts := newTextSource(nil, fs)
	got := ts.clean("a\u20DDb c\u1AB0d line\u2028sep para\u2029sep ab\u202Ecd \u2067x\u2069 \u200Fy 😀 \u0007 مرحبا क")
	if want := "ab cd line sep para sep abcd x y \uFFFD  مرحبا \uFFFD"; got != want {
		t.Errorf("clean = %q, want %q", got, want)
	}
	for _, w := range []string{"U+20DD", "U+1AB0", "U+2028", "U+2029", "U+202E", "U+2067", "U+2069", "U+200F", "U+1F600", "U+0007", "Arabic", "U+0915"} {
		found := false
		for _, msg := range ts.warnList {
			found = found || strings.Contains(msg, w)
		}
		if !found {
			t.Errorf("no warning names %s: %q", w, ts.warnList)
		}
	}
	if n := len(ts.warnList); n != 12 {
		t.Errorf("%d warnings, want 12, one per character and one for Arabic: %q", n, ts.warnList)
	}
	// Drawable text, Hebrew included, gets no warning.
	ts = newTextSource(nil, fs)
	ts.clean("Zażółć 王芳 שלום ё й e\u0301")
	if len(ts.warnList) > 0 {
		t.Errorf("warnings for drawable text: %q", ts.warnList)
	}
}

// FuzzVisualOrder checks on any text that putting a line into visual order neither panics
// nor loses, adds or splits a cluster: it only reorders them (and mirrors brackets).
func FuzzVisualOrder(f *testing.F) {
	for _, s := range []string{"שלום (עולם) x", "abc אבג 1,5 דה.", "مرحبا 123 بكم", "(((א", "א)))", "\u202eab\u202c", "\u2067א\u2069 b"} {
		f.Add(s)
	}
	fs, err := loadFontSet()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := &breaker{fonts: fs}
		cs := b.clusters([]span{{text: s, style: textStyle{size: 10}}})
		out := visualOrder(cs)
		if len(out) != len(cs) {
			t.Fatalf("%q: %d clusters became %d", s, len(cs), len(out))
		}
		count := map[string]int{}
		for _, c := range cs {
			count[mirrored(c.text)]++
			count[c.text]++
		}
		for _, c := range out {
			if count[c.text] == 0 {
				t.Fatalf("%q: cluster %q appeared from nowhere", s, c.text)
			}
			count[c.text]--
		}
	})
}

// TestMayBeRTLHoldsEveryRTLLetter: the quick range check never rules out a right-to-left
// letter, so hasRTL finds every line that needs reordering.
func TestMayBeRTLHoldsEveryRTLLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isStrongRTL(r) && !mayBeRTL(r) {
			t.Fatalf("U+%04X is a right-to-left letter outside mayBeRTL's ranges", r)
		}
	}
}
