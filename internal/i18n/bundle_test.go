package i18n

import (
	"fmt"
	"slices"
	"testing"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/policygen/policygen/locales"
)

// TestBundleWithoutShadowedReferenceMessages: a language's bundle leaves out the reference
// messages the language has a text for, and gives for every message of either file, with
// every plural count, what a bundle of both whole files gives: go-i18n never looks them up.
// A language file with a message missing and one with no text at all shows the fallback.
func TestBundleWithoutShadowedReferenceMessages(t *testing.T) {
	c, err := Load(locales.FS(), "")
	if err != nil {
		t.Fatal(err)
	}
	extra := map[string]*Locale{
		"en": {Tag: "en", Path: "en.toml", Source: []byte("[a]\nother = \"A {{.N}}\"\n[b]\nother = \"B\"\n[c]\none = \"C one\"\nother = \"C {{.N}}\"\n")},
		"pl": {Tag: "pl", Path: "pl.toml", Source: []byte("[b]\ndescription = \"no text\"\n[c]\nfew = \"C few {{.N}}\"\n")},
	}
	small, err := newCatalog(extra)
	if err != nil {
		t.Fatal(err)
	}
	for _, cat := range []*Catalog{c, small} {
		for _, tag := range cat.Tags() {
			got, err := cat.bundle(tag)
			if err != nil {
				t.Fatal(err)
			}
			full := goi18n.NewBundle(language.English)
			var ids []string
			for _, tt := range slices.Compact([]string{Reference, tag}) {
				var list []*goi18n.Message
				for id, m := range cat.locale(tt).Messages {
					list = append(list, m)
					ids = append(ids, id)
				}
				if err := full.AddMessages(language.Make(tt), list...); err != nil {
					t.Fatal(err)
				}
			}
			slices.Sort(ids)
			ids = slices.Compact(ids)
			a, b := goi18n.NewLocalizer(got, tag), goi18n.NewLocalizer(full, tag)
			for _, id := range ids {
				for _, count := range []any{nil, "0", "1", "2", "5", "1.5", "22"} {
					cfg := func() *goi18n.LocalizeConfig {
						return &goi18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateParser: strictParser,
							TemplateData: map[string]any{"N": "7", "Name": "X", "Short": "Y", "Page": "1", "Pages": "2", "Day": 1, "Month": "M", "Year": 2026}}
					}
					s1, tag1, err1 := a.LocalizeWithTag(cfg())
					s2, tag2, err2 := b.LocalizeWithTag(cfg())
					if s1 != s2 || tag1 != tag2 || fmt.Sprint(err1) != fmt.Sprint(err2) {
						t.Errorf("%s %s count %v: %q %v %v, whole files give %q %v %v", tag, id, count, s1, tag1, err1, s2, tag2, err2)
					}
				}
			}
		}
	}
}
