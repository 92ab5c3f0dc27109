package i18n

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/locales"
)

const refTOML = `
[meta.name]
other = "English"
[meta.tag]
other = "en"
[meta.decimal]
other = "."
[meta.font]
other = "latin"
[greeting]
description = "Says hello."
other = "Hello, {{.Name}}!"
[only.english]
other = "Only in English"
[duration.within.hours]
description = "Deadline."
one = "within {{.N}} hour"
other = "within {{.N}} hours"
`

const plTOML = `
[meta.name]
other = "Polski"
[meta.tag]
other = "pl"
[meta.decimal]
other = ","
[meta.font]
other = "latin"
[greeting]
other = "Dzień dobry, {{.Name}}!"
[duration.within.hours]
one = "w ciągu {{.N}} godziny"
few = "w ciągu {{.N}} godzin"
other = "w ciągu {{.N}} godziny"
[surplus]
other = "Nikt tego nie używa"
`

func testCatalog(t *testing.T, files map[string]string) *Catalog {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	c, err := Load(fsys, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLocalizerFallsBackToEnglishWithAWarning(t *testing.T) {
	c := testCatalog(t, map[string]string{"en.toml": refTOML, "pl.toml": plTOML})
	lz, err := c.Localizer("pl")
	if err != nil {
		t.Fatal(err)
	}
	got, err := lz.Message("greeting", map[string]any{"Name": "Ania"})
	if err != nil || got != "Dzień dobry, Ania!" {
		t.Errorf("greeting = %q, %v", got, err)
	}
	if w := lz.Warnings(); len(w) != 0 {
		t.Errorf("unexpected warnings %v", w)
	}
	got, err = lz.Message("only.english", nil)
	if err != nil || got != "Only in English" {
		t.Errorf("only.english = %q, %v", got, err)
	}
	w := lz.Warnings()
	if len(w) != 1 || w[0].Code != "message_fallback" || !strings.Contains(w[0].Message, `"only.english"`) {
		t.Errorf("warnings = %v, want one message_fallback naming only.english", w)
	}
}

func TestLocalizerErrors(t *testing.T) {
	c := testCatalog(t, map[string]string{"en.toml": refTOML, "pl.toml": plTOML})
	lz, _ := c.Localizer("pl")
	if _, err := lz.Message("no.such", nil); err == nil || !strings.Contains(err.Error(), `"no.such" exists in no locale file`) {
		t.Errorf("missing everywhere: err = %v", err)
	}
	if _, err := lz.Message("greeting", nil); err == nil || !strings.Contains(err.Error(), "Name") {
		t.Errorf("unfilled placeholder: err = %v, want an error naming it (never <no value>)", err)
	}
	if _, err := c.Localizer("de"); err == nil || !strings.Contains(err.Error(), "en, pl") {
		t.Errorf("unknown language: err = %v, want the known ones named", err)
	}
}

func TestDurationUsesPluralFormAndDecimalSeparator(t *testing.T) {
	c := testCatalog(t, map[string]string{"en.toml": refTOML, "pl.toml": plTOML})
	lz, _ := c.Localizer("pl")
	for _, tc := range []struct{ amount, want string }{
		{"1", "w ciągu 1 godziny"},
		{"2", "w ciągu 2 godzin"},
		{"1.5", "w ciągu 1,5 godziny"},
	} {
		got, err := lz.Duration("within", config.Duration{Amount: tc.amount, Unit: config.Hours})
		if err != nil || got != tc.want {
			t.Errorf("%s: got %q, %v; want %q", tc.amount, got, err, tc.want)
		}
	}
	// Polish "many" (5 hours) is missing in the file: the "other" form is used, with a warning.
	got, _ := lz.Duration("within", config.Duration{Amount: "5", Unit: config.Hours})
	if got != "w ciągu 5 godziny" || len(lz.Warnings()) != 1 || lz.Warnings()[0].Code != "plural_fallback" {
		t.Errorf("got %q, warnings %v", got, lz.Warnings())
	}
}

func TestPluralForms(t *testing.T) {
	for tag, want := range map[string]string{
		"en": "one other", "pl": "one few many other", "cs": "one few many other", "fi": "one other",
		"zh": "other", "sk": "one few many other", "ar": "zero one two few many other", "fr": "one many other",
	} {
		got, ok := PluralForms(tag)
		if !ok || strings.Join(got, " ") != want {
			t.Errorf("PluralForms(%s) = %v, %v; want %s", tag, got, ok, want)
		}
	}
}

func TestCheckFindsEveryKindOfProblem(t *testing.T) {
	c := testCatalog(t, map[string]string{"en.toml": refTOML, "pl.toml": plTOML + `
[broken]
other = "{{.N"
`})
	r := Check(c, "pl")
	want := map[string]string{
		"missing_key":         "only.english",
		"missing_plural_form": "duration.within.hours",
		"extra_key":           "surplus",
	}
	for code, key := range want {
		found := false
		for _, f := range r.Findings {
			if f.Code == code && f.Key == key {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s finding for %s in %+v", code, key, r.Findings)
		}
	}
	if r.Errors != 2 || r.Coverage != 71.4 {
		t.Errorf("errors = %d, coverage = %v; want 2 errors (missing key, missing many) and 5 of 7 translated (4 meta, greeting)", r.Errors, r.Coverage)
	}
}

func TestCheckPlaceholdersAndSyntax(t *testing.T) {
	c := testCatalog(t, map[string]string{"en.toml": refTOML, "pl.toml": strings.NewReplacer(
		"Dzień dobry, {{.Name}}!", "Dzień dobry, {{.Imie}}!",
		`few = "w ciągu {{.N}} godzin"`, `few = "w ciągu {{.N godzin"`,
	).Replace(plTOML)})
	r := Check(c, "pl")
	codes := map[string]bool{}
	for _, f := range r.Findings {
		codes[f.Code+" "+f.Key] = true
	}
	for _, want := range []string{"placeholder_missing greeting", "placeholder_unknown greeting", "template_syntax duration.within.hours"} {
		if !codes[want] {
			t.Errorf("no %q in %v", want, r.Findings)
		}
	}
}

func TestScaffoldHasTheLanguagesPluralForms(t *testing.T) {
	c := testCatalog(t, map[string]string{"en.toml": refTOML})
	out, err := Scaffold(c, "sk")
	if err != nil {
		t.Fatal(err)
	}
	src := string(out)
	for _, want := range []string{"[duration.within.hours]", `one = "within {{.N}} hour"`, `few = "within {{.N}} hours"`, `many = "within {{.N}} hours"`, `other = "within {{.N}} hours"`, `hash = "untranslated"`, `description = "Says hello."`} {
		if !strings.Contains(src, want) {
			t.Errorf("scaffold lacks %q:\n%s", want, src)
		}
	}
	msgs, err := parseMessages(out)
	if err != nil {
		t.Fatalf("scaffold does not parse: %v", err)
	}
	if len(msgs) != 7 {
		t.Errorf("scaffold has %d messages, want 7", len(msgs))
	}
	if _, err := Scaffold(c, "not a tag"); err == nil {
		t.Error("Scaffold accepted a bad tag")
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"no reference":  {"pl.toml": plTOML},
		"bad file name": {"en.toml": refTOML, "Polish.toml": plTOML},
	} {
		fsys := fstest.MapFS{}
		for n, src := range files {
			fsys[n] = &fstest.MapFile{Data: []byte(src)}
		}
		if _, err := Load(fsys, ""); err == nil {
			t.Errorf("%s: Load accepted it", name)
		}
	}
}

// TestBadLocaleFileErrors: a --locales file that does not parse fails Load; a built-in one
// (parsed when first used) fails the Localizer of its language and no other.
func TestBadLocaleFileErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pl.toml"), []byte("[x\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	var le *LoadError
	if _, err := Load(fstest.MapFS{"en.toml": {Data: []byte(refTOML)}}, dir); !errors.As(err, &le) || !strings.HasSuffix(le.Path, "pl.toml") {
		t.Errorf("--locales file that does not parse: Load gave %v, want a LoadError naming pl.toml", err)
	}
	c, err := Load(fstest.MapFS{"en.toml": {Data: []byte(refTOML)}, "pl.toml": {Data: []byte("[x\n")}}, "")
	if err != nil {
		t.Fatalf("built-in files are parsed when used, yet Load failed: %v", err)
	}
	if _, err := c.Localizer("pl"); !errors.As(err, &le) || le.Path != "locales/pl.toml" {
		t.Errorf("Localizer of a built-in file that does not parse gave %v, want a LoadError naming locales/pl.toml", err)
	}
	if _, err := c.Localizer("en"); err != nil {
		t.Errorf("the English localizer fails with a broken pl.toml: %v", err)
	}
}

// TestBuiltinLocalesAreComplete: every built-in locale file passes `locales check` with full
// coverage and no warnings.
func TestBuiltinLocalesAreComplete(t *testing.T) {
	c, err := Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range c.Tags() {
		r := Check(c, tag)
		if r.Errors > 0 || r.Warnings > 0 || r.Coverage != 100 {
			n := min(len(r.Findings), 10)
			t.Errorf("%s: %.1f%% translated, %d errors, %d warnings; first: %+v", r.Path, r.Coverage, r.Errors, r.Warnings, r.Findings[:n])
		}
	}
}

// TestBuiltinLocalesParsedWhenUsed: Load parses no built-in file (validate needs only the
// tags); a Localizer parses its language and English, and nothing else; many goroutines may
// ask for localizers at once (go test -race).
func TestBuiltinLocalesParsedWhenUsed(t *testing.T) {
	c, err := Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	parsed := func() (out []string) {
		for _, tag := range c.Tags() {
			if c.locales[tag].Messages != nil {
				out = append(out, tag)
			}
		}
		return out
	}
	if p := parsed(); len(p) != 0 {
		t.Errorf("Load parsed %v; built-in files should wait until used", p)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lz, err := c.Localizer("zh")
			if err != nil {
				t.Error(err)
				return
			}
			if got := lz.Meta("font"); got != "cjk" {
				t.Errorf("zh font = %q, want cjk", got)
			}
		}()
	}
	wg.Wait()
	if p := strings.Join(parsed(), ","); p != "en,zh" {
		t.Errorf("after a zh localizer, parsed %s; want en,zh", p)
	}
}

// A typography rule stated wrongly is an error naming the rule; a message quoting with
// another language's marks is a warning.
func TestCheckTypography(t *testing.T) {
	c := testCatalog(t, map[string]string{"en.toml": refTOML, "pl.toml": plTOML + `
[typography.quotes]
other = "„”"

[typography.dash]
other = "-"

[typography.nbsp_after]
other = "w z9"

[typography.apostrophe]
other = "x"
`, "cs.toml": strings.Replace(plTOML, "Dzień dobry, {{.Name}}!", "Dobrý den, „{{.Name}}”!", 1) + `
[typography.quotes]
other = "„“"
`})
	r := Check(c, "pl")
	codes := map[string]bool{}
	for _, f := range r.Findings {
		codes[f.Severity+" "+f.Code+" "+f.Key] = true
	}
	for _, want := range []string{"error bad_typography typography.dash", "error bad_typography typography.nbsp_after", "error bad_typography typography.apostrophe"} {
		if !codes[want] {
			t.Errorf("pl: no %q in %v", want, r.Findings)
		}
	}
	r = Check(c, "cs")
	found := false
	for _, f := range r.Findings {
		if f.Code == "quote_style" && f.Key == "greeting" && f.Severity == "warning" && strings.Contains(f.Message, "„…“") {
			found = true
		}
	}
	if !found {
		t.Errorf("cs: no quote_style warning for greeting in %v", r.Findings)
	}
}

// TestStarterQuotesTheOfferingSentence: the starter file's note on offering quotes the
// sentence the value completes, as the documents write it, in every built-in language; a
// note left behind when that sentence was reworded told users to fit a sentence they would
// never see.
func TestStarterQuotesTheOfferingSentence(t *testing.T) {
	c, err := Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range c.Tags() {
		lz, err := c.Localizer(tag)
		if err != nil {
			t.Fatal(err)
		}
		sentence, err := lz.Message("handbook.vision.offering", map[string]any{"Offering": "\x00"})
		if err != nil {
			t.Fatal(err)
		}
		lead := strings.TrimSpace(sentence[:strings.IndexByte(sentence, 0)])
		note, err := lz.Message("init.company.offering", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(note, lead) {
			t.Errorf("%s: the offering note does not quote the sentence it completes, %q…:\n%s", tag, lead, note)
		}
	}
}
