package i18n

import (
	"strings"
	"testing"
)

// A message still in English, marked untranslated or identical without hash = "same", is a
// message_fallback warning; one marked "same" is not.
func TestLocalizerWarnsForEnglishLeftInPlace(t *testing.T) {
	de := `
[meta.tag]
other = "de"
[greeting]
hash = "untranslated"
other = "Hello, {{.Name}}!"
[only.english]
other = "Only in English"
[duration.within.hours]
hash = "same"
one = "within {{.N}} hour"
other = "within {{.N}} hours"
`
	c := testCatalog(t, map[string]string{"en.toml": refTOML, "de.toml": de})
	lz, _ := c.Localizer("de")
	for _, id := range []string{"greeting", "only.english"} {
		if _, err := lz.Message(id, map[string]any{"Name": "Anna"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := lz.Plural("duration.within.hours", "2", map[string]any{"N": "2"}); err != nil {
		t.Fatal(err)
	}
	w := lz.Warnings()
	if len(w) != 2 || w[0].Code != "message_fallback" || !strings.Contains(w[0].Message, `"greeting" is not translated yet`) ||
		!strings.Contains(w[1].Message, `"only.english" is still the English text`) {
		t.Errorf("warnings = %v", w)
	}
	en, _ := c.Localizer("en")
	en.Message("only.english", nil)
	if len(en.Warnings()) != 0 {
		t.Errorf("English warns about itself: %v", en.Warnings())
	}
}

func TestCheckSameAndMetaTag(t *testing.T) {
	de := `
[meta.tag]
other = "en"
[greeting]
other = "Hallo, {{.Name}}!"
[only.english]
hash = "same"
other = "Only in English"
[duration.within.hours]
one = "within {{.N}} hour"
other = "within {{.N}} hours"
[greeting]
hash = "same"
other = "Hello!"
`
	de = strings.Replace(de, "[greeting]\nother = \"Hallo, {{.Name}}!\"\n", "", 1)
	c := testCatalog(t, map[string]string{"en.toml": refTOML, "de.toml": de})
	r := Check(c, "de")
	codes := map[string]string{}
	for _, f := range r.Findings {
		codes[f.Key] = f.Code
	}
	if codes["only.english"] != "" {
		t.Errorf("hash = same still warns: %v", codes["only.english"])
	}
	if codes["greeting"] != "stale_same" {
		t.Errorf("hash = same on a text that is no longer the English one: %q", codes["greeting"])
	}
	if codes["duration.within.hours"] != "same_as_english" {
		t.Errorf("identical without the mark: %q", codes["duration.within.hours"])
	}
	if codes["meta.tag"] != "bad_meta" {
		t.Errorf("meta.tag en in de.toml: %v, %d errors", codes["meta.tag"], r.Errors)
	}
	for meta, ok := range map[string]bool{"de": true, "de-CH": true, "DE": true, "en": false, "deu": false, "d": false} {
		if tagMatches(meta, "de") != ok {
			t.Errorf("tagMatches(%q, de) = %v", meta, !ok)
		}
	}
	if err := Verify(c, []string{"de"}); err != nil {
		t.Errorf("Verify checks built-in files: %v", err)
	}
	c.locales["de"].Builtin = false // as if from --locales
	if err := Verify(c, []string{"de"}); err == nil || !strings.Contains(err.Error(), "meta.tag") {
		t.Errorf("Verify: %v", err)
	}
}
