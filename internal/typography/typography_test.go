package typography

import (
	"strings"
	"testing"
)

// rules states the rules as the built-in locale files do (the locale tests in internal/i18n
// check that those files parse to these).
func rules(t *testing.T, kv map[string]string) Rules {
	t.Helper()
	r, errs := Parse(func(k string) (string, bool) { v, ok := kv[k]; return v, ok })
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return r
}

const legal = "Sp. z o.o. | S.A. | s.r.o. | spol. s r.o. | a.s. | Oy | Oyj | Ltd"

var (
	pl = map[string]string{"typography.nbsp_after": "a i o u w z ds. nr", "typography.legal_forms": legal,
		"typography.quotes": "„”", "typography.dash": "–", "typography.thousands": NBSP, "typography.cjk_spacing": "keep"}
	cs = map[string]string{"typography.nbsp_after": "a i k o s u v z č.", "typography.legal_forms": legal,
		"typography.quotes": "„“", "typography.dash": "–", "typography.thousands": NBSP, "typography.cjk_spacing": "keep"}
	fi = map[string]string{"typography.nbsp_after": "klo", "typography.legal_forms": legal,
		"typography.quotes": "””", "typography.dash": "–", "typography.thousands": NBSP, "typography.cjk_spacing": "keep"}
	en = map[string]string{"typography.nbsp_after": "-", "typography.legal_forms": legal,
		"typography.quotes": "“”", "typography.dash": "–", "typography.thousands": ",", "typography.cjk_spacing": "keep",
		"typography.apostrophe": "’"}
	zh = map[string]string{"typography.nbsp_after": "-", "typography.legal_forms": legal,
		"typography.quotes": "“”", "typography.dash": "——", "typography.thousands": "none", "typography.cjk_spacing": "tight"}
)

// show writes no-break spaces as ⍽ so that failures are readable.
func show(s string) string { return strings.ReplaceAll(s, NBSP, "⍽") }

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang map[string]string
		in   string
		want string // ⍽ is a no-break space
	}{
		{"pl one-letter words", pl, "obowiązuje w spółce i opisuje, jak z nami", "obowiązuje w⍽spółce i⍽opisuje, jak z⍽nami"},
		{"pl capital one-letter word", pl, "W razie potrzeby", "W⍽razie potrzeby"},
		{"pl two one-letter words", pl, "a w domu", "a⍽w⍽domu"},
		{"pl not inside words", pl, "Anna wie", "Anna wie"},
		{"pl abbreviation", pl, "Specjalistka ds. obsługi, nr 5", "Specjalistka ds.⍽obsługi, nr⍽5"},
		{"pl legal form", pl, "spółce Zielony Koszyk Sp. z o.o. i innym", "spółce Zielony Koszyk⍽Sp.⍽z⍽o.o. i⍽innym"},
		{"pl number and unit", pl, "w ciągu 3 dni albo 1,5 godziny", "w⍽ciągu 3⍽dni albo 1,5⍽godziny"},
		{"pl phone number", pl, "Telefon: +48 12 345 67 91.", "Telefon: +48⍽12⍽345⍽67⍽91."},
		{"pl quotes", pl, `metoda "ankieta" działa`, "metoda „ankieta” działa"},
		{"pl unpaired quote left alone", pl, `5" ekran`, `5" ekran`},
		{"pl dash", pl, "Klient — osoba", "Klient⍽– osoba"},
		{"pl en dash", pl, "Klient – osoba", "Klient⍽– osoba"},
		{"pl range dash joined", pl, "8:00–16:00", "8:00–\u206016:00"},
		{"pl spaced range bound", pl, "8:00 – 16:00", "8:00⍽–⍽16:00"},
		{"cs one-letter words any case", cs, "kdo s nimi, K tomu v Evropě", "kdo s⍽nimi, K⍽tomu v⍽Evropě"},
		{"cs legal forms", cs, "firma Alfa s.r.o. a Beta a.s. nebo Gama spol. s r.o.", "firma Alfa⍽s.r.o. a⍽Beta⍽a.s. nebo Gama⍽spol.⍽s⍽r.o."},
		{"cs number and unit", cs, "do 1 pracovního dne", "do 1⍽pracovního dne"},
		{"cs ordinal", cs, "do 3. zazvonění. Verze 1.2. Další", "do 3.⍽zazvonění. Verze 1.2. Další"},
		{"cs abbreviation", cs, "smlouva č. 12", "smlouva č.⍽12"},
		{"cs quotes", cs, `zobrazí "Nedostupné"`, "zobrazí „Nedostupné“"},
		{"fi klo and number", fi, "klo 8 ja 2 tunnin kuluessa", "klo⍽8⍽ja 2⍽tunnin kuluessa"},
		{"fi legal form", fi, "Vihreä Kori Oy palvelee", "Vihreä Kori⍽Oy palvelee"},
		{"fi quotes", fi, `teksti "Poissa"`, "teksti ”Poissa”"},
		{"fi dash", fi, "Asiakas — henkilö", "Asiakas⍽– henkilö"},
		{"en no one-letter rule", en, "a customer in a shop", "a customer in a shop"},
		{"en legal form and number", en, "Acme Ltd answers within 4 hours", "Acme⍽Ltd answers within 4⍽hours"},
		{"en dash", en, "Customer — anyone", "Customer⍽– anyone"},
		{"en range", en, "Monday to Saturday, 6:00–14:00", "Monday to Saturday, 6:00–\u206014:00"},
		{"en one-letter prefix stays with its word", en, "an e-mail or X-ray, not re-issue", "an e-\u2060mail or X-\u2060ray, not re-issue"},
		{"pl one-letter prefix", pl, "adres e-mail", "adres e-\u2060mail"},
		{"en hyphen in an address left alone", en, "write to e-shop@x.example", "write to e-shop@x.example"},
		{"en apostrophes", en, "the customer's and customers' needs, it's", "the customer’s and customers’ needs, it’s"},
		{"en apostrophe as quote left alone", en, "a 'word", "a 'word"},
		{"en addresses untouched", en, "o'brien@x.example or https://x.example/it's", "o'brien@x.example or https://x.example/it's"},
		{"zh no space around Latin", zh, "Zielony Koszyk Sp. z o.o. 始终以客户为中心", "Zielony Koszyk⍽Sp.⍽z⍽o.o.始终以客户为中心"},
		{"zh no space after full-width colon", zh, "网站： https://x", "网站：https://x"},
		{"zh digits tight", zh, "每 2 小时", "每2小时"},
		{"zh Latin words keep their space", zh, "Net Promoter Score", "Net Promoter Score"},
		{"zh quotes", zh, `显示为"暂不可用"`, "显示为“暂不可用”"},
		{"zh dash", zh, "客户 — 任何人", "客户——任何人"},
		{"zh range", zh, "周一至周六6:00—14:00", "周一至周六6:00\u2060—\u206014:00"},
		{"zh spaced range is no clause dash", zh, "6:00 — 14:00", "6:00⍽—⍽14:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(rules(t, tc.lang).Text(tc.in)); got != tc.want {
				t.Errorf("Text(%q)\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

// A run's neighbours decide whether its first and last words stand alone.
func TestRunContext(t *testing.T) {
	r := rules(t, pl)
	if got := show(r.Run('x', "w domu", 0)); got != "w domu" {
		t.Errorf("after a letter, w is the end of a word: %s", got)
	}
	if got := show(r.Run(' ', "w ", 'd')); got != "w⍽" {
		t.Errorf("a one-letter word before the next run: %s", got)
	}
	z := rules(t, zh)
	if got := show(z.Run('：', " x", 0)); got != "x" {
		t.Errorf("space after a full-width colon in the run before: %q", got)
	}
}

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		lang    map[string]string
		in, dec string
		want    string
	}{
		{pl, "10000", ",", "10⍽000"},
		{pl, "1000", ",", "1000"},
		{pl, "1234567.5", ",", "1⍽234⍽567,5"},
		{cs, "10000", ",", "10⍽000"},
		{fi, "1.5", ",", "1,5"},
		{en, "10000", ".", "10,000"},
		{en, "1000", ".", "1,000"},
		{en, "1.5", ".", "1.5"},
		{zh, "10000", ".", "10000"},
	} {
		if got := show(rules(t, tc.lang).Number(tc.in, tc.dec)); got != tc.want {
			t.Errorf("Number(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ key, value, want string }{
		{"typography.nbsp_after", "", "no words"},
		{"typography.nbsp_after", "w z3", "other than letters"},
		{"typography.legal_forms", "Sp. z o.o. || S.A.", "empty entry"},
		{"typography.quotes", `"`, "not an opening and a closing"},
		{"typography.quotes", "ab", "not an opening and a closing"},
		{"typography.dash", "-", "not a dash"},
		{"typography.thousands", " ", "not a digit group separator"},
		{"typography.cjk_spacing", "yes", "not a spacing rule"},
		{"typography.separator", " – ", "not one separator mark"},
		{"typography.separator", "a", "not one separator mark"},
		{"typography.apostrophe", "`", "not an apostrophe"},
	} {
		_, errs := Parse(func(k string) (string, bool) {
			if k == tc.key {
				return tc.value, true
			}
			return "", false
		})
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), tc.want) || !strings.HasPrefix(errs[0].Error(), tc.key+": ") {
			t.Errorf("%s = %q: got %v, want one error with %q", tc.key, tc.value, errs, tc.want)
		}
	}
}

func TestCJKKeepsSpaceAfterListNumber(t *testing.T) {
	if got := show(rules(t, zh).Text("1. 快速响应")); got != "1. 快速响应" {
		t.Errorf("got %s", got)
	}
}

func TestListItem(t *testing.T) {
	r, errs := Parse(func(k string) (string, bool) {
		if k == "typography.list_ends" {
			return ";.", true
		}
		return "", false
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, tc := range []struct {
		i, n       int
		item, want string
	}{
		{0, 3, "ankieta e-mailowa", "ankieta e-mailowa;"},
		{2, 3, "wywiady", "wywiady."},
		{0, 2, "poziom zadowolenia (CSAT)", "poziom zadowolenia (CSAT);"},
		{1, 2, "Już z kropką.", "Już z kropką."},
	} {
		if got := r.ListItem(tc.i, tc.n, tc.item); got != tc.want {
			t.Errorf("ListItem(%d, %d, %q) = %q, want %q", tc.i, tc.n, tc.item, got, tc.want)
		}
	}
	if got := Default.ListItem(0, 2, "x"); got != "x" {
		t.Errorf("no list punctuation by default: %q", got)
	}
	if _, errs := Parse(func(k string) (string, bool) { return "ab", k == "typography.list_ends" }); len(errs) != 1 {
		t.Errorf("letters accepted as list punctuation")
	}
}

// TestSeparatorSpacing: a Latin separator is set with a space each side, a full-width one
// without, and a locale that states none keeps the English middle dot.
func TestSeparatorSpacing(t *testing.T) {
	for value, want := range map[string]string{"–": " – ", "·": " · ", "|": " | ", "｜": "｜", "\u3000": "\u3000"} {
		r, errs := Parse(func(k string) (string, bool) { return value, k == "typography.separator" })
		if len(errs) > 0 || r.Separator != want {
			t.Errorf("%q: separator %q (errors %v), want %q", value, r.Separator, errs, want)
		}
	}
	if r, _ := Parse(func(string) (string, bool) { return "", false }); r.Separator != " · " {
		t.Errorf("default separator %q", r.Separator)
	}
}
