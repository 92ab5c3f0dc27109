package i18n

import (
	"sort"
	"strconv"
	"sync"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// formOrder is CLDR's order of plural forms.
var formOrder = []string{"zero", "one", "two", "few", "many", "other"}

// probeCounts are numbers that, between them, reach every plural form of every CLDR language:
// small integers, the teens and tens, large round numbers and decimals.
var probeCounts = sync.OnceValue(func() []string {
	var out []string
	for i := 0; i <= 200; i++ {
		out = append(out, strconv.Itoa(i))
	}
	out = append(out, "1000", "1000000", "0.0", "0.5", "1.0", "1.5", "2.5", "3.5", "5.5", "11.5", "0.1", "1.1", "2.1", "21.5")
	return out
})

// PluralForms asks go-i18n's CLDR rules which plural forms tag uses, in CLDR order: en
// [one other], pl [one few many other], zh [other]. ok is false when go-i18n knows no rules
// for tag.
func PluralForms(tag string) (forms []string, ok bool) {
	t, err := language.Parse(tag)
	if err != nil {
		return nil, false
	}
	b := goi18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	probe := &goi18n.Message{ID: "p", Zero: "zero", One: "one", Two: "two", Few: "few", Many: "many", Other: "other"}
	if err := b.AddMessages(t, probe); err != nil {
		return nil, false
	}
	lz := goi18n.NewLocalizer(b, tag)
	seen := map[string]bool{}
	for _, n := range probeCounts() {
		s, err := lz.Localize(&goi18n.LocalizeConfig{MessageID: "p", PluralCount: n})
		if err == nil {
			seen[s] = true
		}
	}
	for _, f := range formOrder {
		if seen[f] {
			forms = append(forms, f)
		}
	}
	return forms, true
}

// messageForms returns the plural forms a message defines, by name.
func messageForms(m *goi18n.Message) map[string]string {
	out := map[string]string{}
	for name, s := range map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other} {
		if s != "" {
			out[name] = s
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
