package markdown

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/typography"
)

func TestTypeset(t *testing.T) {
	r, errs := typography.Parse(func(k string) (string, bool) {
		v, ok := map[string]string{
			"typography.nbsp_after": "a i o u w z", "typography.legal_forms": "Sp. z o.o.",
			"typography.quotes": "„”", "typography.dash": "–", "typography.apostrophe": "’",
		}[k]
		return v, ok
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, tc := range []struct{ name, in, want string }{
		{"text", "Pracujemy w zespole.\n", "Pracujemy w⍽zespole.\n"},
		{"across a soft line break", "Pracujemy w\nzespole.\n", "Pracujemy w⍽zespole.\n"},
		{"line break after other words stays", "Pracujemy\nrazem.\n", "Pracujemy\nrazem.\n"},
		{"before a link", "Pisz w [sprawie](https://a.example/w) do nas.\n", "Pisz w⍽[sprawie](https://a.example/w) do nas.\n"},
		{"web link text untouched", "Zobacz [w z](https://a.example/) i\n", "Zobacz [w z](https://a.example/) i\n"},
		{"e-mail link text untouched", "Adres: [a w@x.example](mailto:a%20w@x.example)\n", "Adres: [a w@x.example](mailto:a%20w@x.example)\n"},
		{"autolink untouched", "Zobacz <https://x.example/a> i <w@x.example>\n", "Zobacz <https://x.example/a> i⍽<w@x.example>\n"},
		{"code untouched", "Kod `w z` i tekst\n", "Kod `w z` i⍽tekst\n"},
		{"phone link text bound", "Tel. [+48 12 345 67 91](tel:+48123456791)\n", "Tel. [+48⍽12⍽345⍽67⍽91](tel:+48123456791)\n"},
		{"emphasis neighbours", "**Klient** — osoba z firmy\n", "**Klient**⍽– osoba z⍽firmy\n"},
		{"heading and table cell", "## Wizja i misja\n\n| a | b |\n|---|---|\n| w domu | Acme Sp. z o.o. |\n",
			"## Wizja i⍽misja\n\n| a | b |\n|---|---|\n| w⍽domu | Acme⍽Sp.⍽z⍽o.o. |\n"},
		{"escaped text", "Cena \\*w domu\\*\n", "Cena \\*w⍽domu\\*\n"},
		{"quotes", "Metoda \"ankieta\" działa\n", "Metoda „ankieta” działa\n"},
		{"apostrophes", "The customer's and customers' needs\n", "The customer’s and customers’ needs\n"},
		{"apostrophe after emphasis", "**Tom**'s way\n", "**Tom**'s way\n"}, // the word is cut at the run's edge: left alone
		{"addresses keep their apostrophe", "Write to o'brien\\@x.example, see https://x.example/it's, `it's`, [o'hara](mailto:o'hara@x.example) and <o'neil@x.example>\n",
			"Write to o'brien\\@x.example, see https://x.example/it's, `it's`, [o'hara](mailto:o'hara@x.example) and <o'neil@x.example>\n"},
		{"range", "Open 6:00–14:00 daily\n", "Open 6:00–\u206014:00⍽daily\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.ReplaceAll(string(typeset([]byte(tc.in), r)), typography.NBSP, "⍽")
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// typeset is the typeset body alone.
func typeset(body []byte, rules typography.Rules) []byte {
	out, _ := typesetTree(body, rules)
	return out
}
