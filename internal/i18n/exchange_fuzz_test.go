package i18n

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// FuzzExchangeText: any text goes through PO, XLIFF (where XML can hold it) and the TOML
// file unchanged, and no input makes the readers panic.
func FuzzExchangeText(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "line\nnext\n", "\ttab\r\n", "{{.N}} „ü“ 中文", "\x01\x7f", "# not a comment", "[not.a.table]", `"""`, "\u00a0\u200b"} {
		f.Add(s, "w ciągu {{.N}} godzin")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		x := &Exchange{Tag: "pl", Forms: []string{"one", "few", "many", "other"}, Source: "x", Units: []Unit{
			{ID: "plain", Description: a, English: []string{a}, Forms: []string{"other"}, Text: []string{b}},
			{ID: "plural", English: []string{a, b}, Forms: []string{"one", "few", "many", "other"}, Text: []string{b, a, b, a}, Fuzzy: true},
		}}
		po, err := WritePO(x, "x.po")
		if err != nil {
			t.Fatal(err)
		}
		y, err := ReadPO("x.po", po)
		if err != nil {
			t.Fatalf("%v\n%s", err, po)
		}
		checkUnits(t, "po", x, y)
		if xl, err := WriteXLIFF(x); err == nil {
			y, err := ReadXLIFF("x.xliff", xl)
			if err != nil {
				t.Fatalf("%v\n%s", err, xl)
			}
			checkUnits(t, "xliff", x, y)
		}
		m := unitMessage("pl", &x.Units[1], nil, false)
		m.Description = a
		got, err := parseMessages([]byte(renderMessage(m)))
		if err != nil || got["plural"] == nil || !sameMessage(got["plural"], m) {
			t.Errorf("toml: %v %+v\n%s", err, got["plural"], renderMessage(m))
		}
		// Arbitrary bytes: an error or a result, never a panic.
		_, _ = ReadPO("y.po", []byte(a+"\n"+b))
		_, _ = ReadXLIFF("y.xliff", []byte(a+b))
		_ = rewriteLocale([]byte(a+"\n"+b), map[string]*goi18n.Message{"plural": m}, []string{"plural"})
	})
}

func checkUnits(t *testing.T, format string, x, y *Exchange) {
	t.Helper()
	if len(y.Units) != len(x.Units) {
		t.Fatalf("%s: %d units, want %d", format, len(y.Units), len(x.Units))
	}
	for _, want := range x.Units {
		i := slices.IndexFunc(y.Units, func(u Unit) bool { return u.ID == want.ID })
		if i < 0 {
			t.Fatalf("%s: %s lost", format, want.ID)
		}
		got := y.Units[i]
		wantFuzzy := want.Fuzzy && !want.Empty()
		englishOK := slices.Equal(got.English, want.English) || format == "xliff" && got.English[len(got.English)-1] == want.English[len(want.English)-1]
		// PO holds a description as "#." comment lines: one-line prose comes back exactly.
		d := want.Description
		descOK := got.Description == d || format == "po" && (strings.ContainsAny(d, "\r\n") || strings.TrimSpace(d) != d)
		if !slices.Equal(got.Text, want.Text) || !englishOK || got.Fuzzy != wantFuzzy || !descOK {
			t.Errorf("%s: %s:\n got %+v\nwant %+v", format, want.ID, got, want)
		}
	}
}
