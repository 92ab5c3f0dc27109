package i18n

import (
	"strings"
	"testing"
	"testing/fstest"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/policygen/policygen/locales"
)

func builtinCatalog(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// exchangeFormats writes an exchange file and reads it back.
var exchangeFormats = map[string]func(*Exchange) (*Exchange, []byte, error){
	"po": func(x *Exchange) (*Exchange, []byte, error) {
		data, err := WritePO(x, x.Tag+".po")
		if err != nil {
			return nil, nil, err
		}
		y, err := ReadPO(x.Tag+".po", data)
		return y, data, err
	},
	"xliff": func(x *Exchange) (*Exchange, []byte, error) {
		data, err := WriteXLIFF(x)
		if err != nil {
			return nil, nil, err
		}
		y, err := ReadXLIFF(x.Tag+".xliff", data)
		return y, data, err
	},
}

// roundTrip exports tag of c, reads the file back, imports it and parses the new locale file.
func roundTrip(t *testing.T, c *Catalog, tag, format string) map[string]*goi18n.Message {
	t.Helper()
	x, err := Export(c, tag)
	if err != nil {
		t.Fatal(err)
	}
	y, _, err := exchangeFormats[format](x)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import(c, y)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Notes) > 0 {
		t.Errorf("notes: %q", res.Notes)
	}
	got, err := parseMessages(res.Source)
	if err != nil {
		t.Fatalf("imported file does not parse: %v", err)
	}
	return got
}

func assertSameMessages(t *testing.T, want, got map[string]*goi18n.Message) {
	t.Helper()
	for _, id := range sortedKeys(want) {
		g := got[id]
		if g == nil {
			t.Errorf("%s: lost", id)
		} else if !sameMessage(g, want[id]) {
			t.Errorf("%s:\n got %+v\nwant %+v", id, *g, *want[id])
		}
	}
	for _, id := range sortedKeys(got) {
		if want[id] == nil {
			t.Errorf("%s: added", id)
		}
	}
}

// TestRoundTripBuiltin: every built-in language comes back unchanged from PO and from XLIFF.
func TestRoundTripBuiltin(t *testing.T) {
	c := builtinCatalog(t)
	for _, tag := range c.Tags() {
		for _, format := range []string{"po", "xliff"} {
			t.Run(tag+"/"+format, func(t *testing.T) {
				loc, _ := c.Locale(tag)
				assertSameMessages(t, loc.Messages, roundTrip(t, c, tag, format))
			})
		}
	}
}

// TestRoundTripStates: a German file in every state a translator leaves it in (missing,
// untranslated copy, identical on purpose, identical by mistake, partly plural, translated)
// comes back the same, comments and a non-message table included.
func TestRoundTripStates(t *testing.T) {
	c := builtinCatalog(t)
	scaffold, err := Scaffold(c, "de")
	if err != nil {
		t.Fatal(err)
	}
	de := string(scaffold)
	de = strings.Replace(de, "[meta.tag]\n", "# The tag stays.\n[meta.tag]\n", 1)
	de = replaceEntry(t, de, "meta.name", "[meta.name]\nother = \"Deutsch\"\n")
	de = replaceEntry(t, de, "date.month_11", "[date.month_11]\nhash = \"same\"\nother = \"November\"\n")
	de = replaceEntry(t, de, "date.month_8", "[date.month_8]\nhash = \"same\"\nother = \"August\"\n")
	de = replaceEntry(t, de, "date.month_1", "")
	de = replaceEntry(t, de, "duration.within.hours", "[duration.within.hours]\ndescription = \"Eigene Beschreibung.\"\none = \"innerhalb von {{.N}} Stunde\"\nother = \"innerhalb von {{.N}} Stunden \\\"genau\\\"\\nzweite Zeile\"\n")
	de = replaceEntry(t, de, "duration.within.minutes", "[duration.within.minutes]\nother = \"innerhalb von {{.N}} Minuten\"\n")
	de += "\n[house_style]\nquotes = \"„“\"\n"
	c2, err := Load(fstest.MapFS{"en.toml": {Data: c.locales["en"].Source}, "de.toml": {Data: []byte(de)}}, "")
	if err != nil {
		t.Fatal(err)
	}
	want := c2.locales["de"].Messages
	if want["house_style.quotes"] == nil || want["date.month_1"] != nil {
		t.Fatalf("test file is not as meant: %v", want["house_style.quotes"])
	}
	for _, format := range []string{"po", "xliff"} {
		t.Run(format, func(t *testing.T) {
			assertSameMessages(t, want, roundTrip(t, c2, "de", format))
		})
	}
	// Identical to English by mistake is exported fuzzy, and so comes back marked untranslated:
	// the one state that changes, towards review.
	de = replaceEntry(t, de, "date.month_9", "[date.month_9]\nother = \"September\"\n")
	c3, err := Load(fstest.MapFS{"en.toml": {Data: c.locales["en"].Source}, "de.toml": {Data: []byte(de)}}, "")
	if err != nil {
		t.Fatal(err)
	}
	x, _ := Export(c3, "de")
	fuzzy := map[string]bool{}
	for _, u := range x.Units {
		fuzzy[u.ID] = u.Fuzzy
	}
	if !fuzzy["date.month_9"] || fuzzy["date.month_11"] || fuzzy["meta.name"] || !fuzzy["date.month_10"] {
		t.Errorf("fuzzy: September %v, November %v, Deutsch %v, October (untranslated) %v", fuzzy["date.month_9"], fuzzy["date.month_11"], fuzzy["meta.name"], fuzzy["date.month_10"])
	}
}

func replaceEntry(t *testing.T, src, id, entry string) string {
	t.Helper()
	start := strings.Index(src, "\n["+id+"]\n")
	if start < 0 {
		t.Fatalf("no [%s]", id)
	}
	end := strings.Index(src[start+1:], "\n[")
	if end < 0 {
		end = len(src) - start - 1
	}
	return src[:start+1] + entry + src[start+1+end:]
}

// TestImportNewLanguage: a translated PO file for a language without a file gives the file
// `locales new` would write, with the translations in it and the empty entries left out.
func TestImportNewLanguage(t *testing.T) {
	c := builtinCatalog(t)
	x, err := Export(c, "de")
	if err != nil {
		t.Fatal(err)
	}
	for i := range x.Units {
		switch x.Units[i].ID {
		case "date.month_3":
			x.Units[i].Text = []string{"März"}
		case "duration.within.hours":
			x.Units[i].Text = []string{"innerhalb von {{.N}} Stunde", "innerhalb von {{.N}} Stunden"}
		case "date.month_11":
			x.Units[i].Text = []string{"November"}
		}
	}
	data, _ := WritePO(x, "de.po")
	y, err := ReadPO("de.po", data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import(c, y)
	if err != nil {
		t.Fatal(err)
	}
	got, err := parseMessages(res.Source)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Errorf("got %d messages, want meta.tag and the three translated", len(got))
	}
	if m := got["meta.tag"]; m == nil || m.Other != "de" {
		t.Errorf("meta.tag = %+v", m)
	}
	if m := got["date.month_11"]; m == nil || m.Hash != Same {
		t.Errorf("November, confirmed as it is, should be hash = same: %+v", m)
	}
	if m := got["date.month_3"]; m == nil || m.Other != "März" || m.Hash != "" || m.Description == "" {
		t.Errorf("date.month_3 = %+v", m)
	}
	if m := got["duration.within.hours"]; m == nil || m.One != "innerhalb von {{.N}} Stunde" || m.Other != "innerhalb von {{.N}} Stunden" {
		t.Errorf("duration.within.hours = %+v", m)
	}
}

// TestImportRefuses: a file for another plural system, or with English changed under it.
func TestImportRefuses(t *testing.T) {
	c := builtinCatalog(t)
	x, _ := Export(c, "pl")
	data, _ := WritePO(x, "pl.po")
	bad := strings.Replace(string(data), "nplurals=4;", "nplurals=3;", 1)
	if _, err := ReadPO("pl.po", []byte(bad)); err == nil || !strings.Contains(err.Error(), "nplurals=3") {
		t.Errorf("nplurals=3 for pl: %v", err)
	}
	changed := strings.Replace(string(data), "msgid \"January\"", "msgid \"Jan.\"", 1)
	y, err := ReadPO("pl.po", []byte(changed))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import(c, y)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := parseMessages(res.Source)
	if m := got["date.month_1"]; m.Hash != Untranslated || len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "date.month_1") {
		t.Errorf("English changed under a translation: hash %q, notes %q", m.Hash, res.Notes)
	}
}

// TestImportKeepsLayout: a file laid out otherwise than one table per message is refused, not
// rewritten into something else.
func TestImportKeepsLayout(t *testing.T) {
	c := builtinCatalog(t)
	en := c.locales["en"].Source
	de := "[meta.tag]\nother = \"de\"\n[date]\nmonth_3 = \"Maerz\"\n"
	c2, err := Load(fstest.MapFS{"en.toml": {Data: en}, "de.toml": {Data: []byte(de)}}, "")
	if err != nil {
		t.Fatal(err)
	}
	x, _ := Export(c2, "de")
	for i := range x.Units {
		if x.Units[i].ID == "date.month_3" {
			x.Units[i].Text = []string{"März"}
		}
	}
	if _, err := Import(c2, x); err == nil || !strings.Contains(err.Error(), "laid out") {
		t.Errorf("got %v, want an error about the layout", err)
	}
}

func TestPOQuoting(t *testing.T) {
	for _, s := range []string{"", "a\"b\\c", "line\nnext\n", "tab\there", "\x01\x7f", "żółć 中文"} {
		var b strings.Builder
		b.WriteString(poQuote(s))
		got, err := poUnquote(b.String())
		if err != nil || got != s {
			t.Errorf("%q → %s → %q, %v", s, b.String(), got, err)
		}
	}
	for _, bad := range []string{`"a`, `"a"b"`, `"\q"`, `"\"`} {
		if _, err := poUnquote(bad); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// TestImportOrder: new messages take their place in the English order among those the file
// has; the file's own comments (even that of a message the import removes) and tables stay.
func TestImportOrder(t *testing.T) {
	c := builtinCatalog(t)
	de := "# Deutsch.\n\n[meta.tag]\nother = \"de\"\n\n# Mai.\n[date.month_5]\nother = \"Mai\"\n\n[typography]\nx = \"y\"\n"
	c2, err := Load(fstest.MapFS{"en.toml": {Data: c.locales["en"].Source}, "de.toml": {Data: []byte(de)}}, "")
	if err != nil {
		t.Fatal(err)
	}
	x, _ := Export(c2, "de")
	texts := map[string]string{"meta.name": "Deutsch", "date.month_3": "März", "date.month_7": "Juli", "date.month_5": ""}
	for i, u := range x.Units {
		if s, ok := texts[u.ID]; ok {
			x.Units[i].Text = []string{s}
		}
	}
	res, err := Import(c2, x)
	if err != nil {
		t.Fatal(err)
	}
	want := "# Deutsch.\n\n[meta.name]\nother = \"Deutsch\"\n\n[meta.tag]\nother = \"de\"\n\n[date.month_3]\nother = \"März\"\n\n[date.month_7]\nother = \"Juli\"\n\n# Mai.\n\n[typography]\nx = \"y\"\n"
	if string(res.Source) != want {
		t.Errorf("got\n%s\nwant\n%s", res.Source, want)
	}
}
