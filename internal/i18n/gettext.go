package i18n

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// pluralRule is a gettext plural expression with the same rule in Go, numbering the plural
// forms in CLDR order (zero, one, two, few, many, other) of the forms the language uses.
type pluralRule struct {
	expr  string
	index func(n uint64) int
}

// slavicRule is one gettext expression for two CLDR form sets: Russian, Ukrainian and
// Belarusian (one, few, many, other: index 2 is "many") and Croatian, Serbian and Bosnian
// (one, few, other: index 2 is "other").
var slavicRule = pluralRule{"(n%10 == 1 && n%100 != 11) ? 0 : (n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14)) ? 1 : 2", func(n uint64) int {
	switch {
	case n%10 == 1 && n%100 != 11:
		return 0
	case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return 1
	}
	return 2
}}

// gettextRules are the standard gettext plural expressions, keyed by the CLDR form set they
// number. A form set has several rules (English "one" is 1, French "one" is 0 and 1); the
// one that agrees with go-i18n's CLDR rules for the language is chosen. A form CLDR keeps for
// decimals only (Czech "many", Polish "other") has an index no integer reaches: gettext
// counts only whole numbers.
var gettextRules = map[string][]pluralRule{
	"other": {
		{"0", func(uint64) int { return 0 }},
	},
	"one other": {
		{"(n != 1)", func(n uint64) int { return b2i(n != 1) }},
		{"(n > 1)", func(n uint64) int { return b2i(n > 1) }},
		{"(n%10 != 1 || n%100 == 11)", func(n uint64) int { return b2i(n%10 != 1 || n%100 == 11) }},
	},
	"one few many other": {
		// Czech, Slovak
		{"(n == 1) ? 0 : (n >= 2 && n <= 4) ? 1 : 3", func(n uint64) int {
			switch {
			case n == 1:
				return 0
			case n >= 2 && n <= 4:
				return 1
			}
			return 3
		}},
		// Polish
		{"(n == 1) ? 0 : (n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14)) ? 1 : 2", func(n uint64) int {
			switch {
			case n == 1:
				return 0
			case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
				return 1
			}
			return 2
		}},
		// Russian, Ukrainian, Belarusian
		slavicRule,
		// Lithuanian
		{"(n%10 == 1 && (n%100 < 11 || n%100 > 19)) ? 0 : (n%10 >= 2 && n%10 <= 9 && (n%100 < 11 || n%100 > 19)) ? 1 : 3", func(n uint64) int {
			switch {
			case n%10 == 1 && (n%100 < 11 || n%100 > 19):
				return 0
			case n%10 >= 2 && n%10 <= 9 && (n%100 < 11 || n%100 > 19):
				return 1
			}
			return 3
		}},
	},
	"one few other": {
		// Croatian, Serbian, Bosnian
		slavicRule,
		// Romanian
		{"(n == 1) ? 0 : (n == 0 || (n%100 >= 1 && n%100 <= 19)) ? 1 : 2", func(n uint64) int {
			switch {
			case n == 1:
				return 0
			case n == 0 || n%100 >= 1 && n%100 <= 19:
				return 1
			}
			return 2
		}},
	},
	"one many other": {
		// Spanish, Italian, Catalan
		{"(n == 1) ? 0 : (n != 0 && n%1000000 == 0) ? 1 : 2", func(n uint64) int {
			switch {
			case n == 1:
				return 0
			case n != 0 && n%1000000 == 0:
				return 1
			}
			return 2
		}},
		// French, Portuguese
		{"(n == 0 || n == 1) ? 0 : (n%1000000 == 0) ? 1 : 2", func(n uint64) int {
			switch {
			case n == 0 || n == 1:
				return 0
			case n%1000000 == 0:
				return 1
			}
			return 2
		}},
	},
	"zero one other": {
		// Latvian
		{"(n%10 == 0 || (n%100 >= 11 && n%100 <= 19)) ? 0 : (n%10 == 1 && n%100 != 11) ? 1 : 2", func(n uint64) int {
			switch {
			case n%10 == 0 || n%100 >= 11 && n%100 <= 19:
				return 0
			case n%10 == 1 && n%100 != 11:
				return 1
			}
			return 2
		}},
	},
	"one two other": {
		// Hebrew
		{"(n == 1) ? 0 : (n == 2) ? 1 : 2", func(n uint64) int {
			switch n {
			case 1:
				return 0
			case 2:
				return 1
			}
			return 2
		}},
	},
	"one two few other": {
		// Slovenian
		{"(n%100 == 1) ? 0 : (n%100 == 2) ? 1 : (n%100 == 3 || n%100 == 4) ? 2 : 3", func(n uint64) int {
			switch n % 100 {
			case 1:
				return 0
			case 2:
				return 1
			case 3, 4:
				return 2
			}
			return 3
		}},
		// Scottish Gaelic
		{"(n == 1 || n == 11) ? 0 : (n == 2 || n == 12) ? 1 : (n > 2 && n < 20) ? 2 : 3", func(n uint64) int {
			switch {
			case n == 1 || n == 11:
				return 0
			case n == 2 || n == 12:
				return 1
			case n > 2 && n < 20:
				return 2
			}
			return 3
		}},
	},
	"one two few many other": {
		// Irish
		{"(n == 1) ? 0 : (n == 2) ? 1 : (n >= 3 && n <= 6) ? 2 : (n >= 7 && n <= 10) ? 3 : 4", func(n uint64) int {
			switch {
			case n == 1:
				return 0
			case n == 2:
				return 1
			case n >= 3 && n <= 6:
				return 2
			case n >= 7 && n <= 10:
				return 3
			}
			return 4
		}},
	},
	"zero one two few many other": {
		// Arabic
		{"(n == 0) ? 0 : (n == 1) ? 1 : (n == 2) ? 2 : (n%100 >= 3 && n%100 <= 10) ? 3 : (n%100 >= 11) ? 4 : 5", func(n uint64) int {
			switch {
			case n <= 2:
				return int(n)
			case n%100 >= 3 && n%100 <= 10:
				return 3
			case n%100 >= 11:
				return 4
			}
			return 5
		}},
		// Welsh
		{"(n == 0) ? 0 : (n == 1) ? 1 : (n == 2) ? 2 : (n == 3) ? 3 : (n == 6) ? 4 : 5", func(n uint64) int {
			switch n {
			case 0, 1, 2, 3:
				return int(n)
			case 6:
				return 4
			}
			return 5
		}},
	},
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// gettextProbes are the whole numbers a gettext rule is compared with CLDR on.
var gettextProbes = sync.OnceValue(func() []uint64 {
	var out []uint64
	for i := uint64(0); i <= 1200; i++ {
		out = append(out, i)
	}
	return append(out, 1000000, 2000000, 10000000, 1000001)
})

// PluralFormsHeader returns the gettext Plural-Forms header of tag, numbering its CLDR plural
// forms in CLDR order: pl "nplurals=4; plural=…;". The expression is the standard gettext
// one that gives the same form as go-i18n's CLDR rules for every whole number.
func PluralFormsHeader(tag string) (string, error) {
	r, forms, err := gettextRule(tag)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("nplurals=%d; plural=%s;", len(forms), r.expr), nil
}

func gettextRule(tag string) (pluralRule, []string, error) {
	forms, ok := PluralForms(tag)
	if !ok {
		return pluralRule{}, nil, fmt.Errorf("go-i18n knows no plural rules for %q", tag)
	}
	formOf, err := cldrForm(tag)
	if err != nil {
		return pluralRule{}, nil, err
	}
	want := make([]int, len(gettextProbes()))
	for i, n := range gettextProbes() {
		want[i] = slices.Index(forms, formOf(strconv.FormatUint(n, 10)))
	}
	key := strings.Join(forms, " ")
next:
	for _, r := range gettextRules[key] {
		for i, n := range gettextProbes() {
			if r.index(n) != want[i] {
				continue next
			}
		}
		return r, forms, nil
	}
	return pluralRule{}, nil, fmt.Errorf("no gettext plural expression is known for %q (CLDR plural forms %s)", tag, strings.Join(forms, ", "))
}

// cldrForm returns a function that names the CLDR plural form go-i18n picks for a count in tag.
func cldrForm(tag string) (func(count string) string, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return nil, err
	}
	b := goi18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	probe := &goi18n.Message{ID: "p", Zero: "zero", One: "one", Two: "two", Few: "few", Many: "many", Other: "other"}
	if err := b.AddMessages(t, probe); err != nil {
		return nil, err
	}
	lz := goi18n.NewLocalizer(b, tag)
	return func(count string) string {
		s, _ := lz.Localize(&goi18n.LocalizeConfig{MessageID: "p", PluralCount: count})
		return s
	}, nil
}
