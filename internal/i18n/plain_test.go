package i18n

import (
	"strings"
	"testing"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/policygen/policygen/locales"
)

// TestPlainMessagesAsGoI18nGivesThem: the short cuts for a message without placeholders, or
// with plain {{.Name}} ones, give what go-i18n gives, for every message of every built-in
// locale, and still warn about an untranslated one.
func TestPlainMessagesAsGoI18nGivesThem(t *testing.T) {
	c, err := Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	plain := 0
	for _, tag := range c.Tags() {
		lz, err := c.Localizer(tag)
		if err != nil {
			t.Fatal(err)
		}
		for id, m := range lz.locale.Messages {
			if !isPlain(m) {
				continue
			}
			plain++
			want, _, werr := lz.lz.LocalizeWithTag(&goi18n.LocalizeConfig{MessageID: id, TemplateData: map[string]any{"N": "2"}, TemplateParser: strictParser})
			got, err := lz.Message(id, map[string]any{"N": "2"})
			if got != want || (err == nil) != (werr == nil) {
				t.Errorf("%s: %s = %q, %v; go-i18n gives %q, %v", tag, id, got, err, want, werr)
			}
		}
	}
	if plain < 1000 {
		t.Errorf("only %d plain messages: the short cut is not taken", plain)
	}

	// Messages with placeholders, filled with strings, numbers, something else or nothing.
	names := map[string]bool{}
	for _, tag := range c.Tags() {
		l, _ := c.Locale(tag)
		for _, m := range l.Messages {
			for _, part := range strings.Split(m.Other, "{{.")[1:] {
				if end := strings.Index(part, "}}"); end > 0 {
					names[part[:end]] = true
				}
			}
		}
	}
	filled := 0
	for k, data := range []map[string]any{{}, {}, {}, {}} {
		for name := range names {
			switch k {
			case 0:
				data[name] = "«" + name + "»"
			case 1:
				data[name] = len(name)
			case 2:
				data[name] = 1.5
			}
		}
		for _, tag := range c.Tags() {
			lz, err := c.Localizer(tag)
			if err != nil {
				t.Fatal(err)
			}
			for id, m := range lz.locale.Messages {
				if isPlain(m) || !strings.Contains(m.Other, "{{") {
					continue
				}
				if _, ok := fillPlaceholders(m, data); ok {
					filled++
				}
				want, _, werr := lz.lz.LocalizeWithTag(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data, TemplateParser: strictParser})
				got, err := lz.Message(id, data)
				if (err == nil) != (werr == nil) || err == nil && got != want {
					t.Errorf("%s: %s with %v = %q, %v; go-i18n gives %q, %v", tag, id, data, got, err, want, werr)
				}
			}
		}
	}
	if filled < 100 {
		t.Errorf("only %d messages filled: the short cut for placeholders is not taken", filled)
	}

	untranslated := map[string]*Locale{
		"en": {Tag: "en", Path: "en.toml", Source: []byte("[a]\nother = \"Hello\"\n")},
		"pl": {Tag: "pl", Path: "pl.toml", Source: []byte("[a]\nother = \"Hello\"\n")},
	}
	c, err = newCatalog(untranslated)
	if err != nil {
		t.Fatal(err)
	}
	lz, err := c.Localizer("pl")
	if err != nil {
		t.Fatal(err)
	}
	if s, err := lz.Message("a", nil); s != "Hello" || err != nil || len(lz.Warnings()) != 1 {
		t.Errorf("untranslated plain message = %q, %v, warnings %v; want the text and one warning", s, err, lz.Warnings())
	}
}
