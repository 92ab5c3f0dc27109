package i18n

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/nicksnyder/go-i18n/v2/i18n/template"
	"golang.org/x/text/language"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/typography"
)

// strictParser makes a placeholder the caller does not supply an error, never "<no value>".
var strictParser = &template.TextParser{Option: "missingkey=error"}

// Localizer formats messages for one language. It is not safe for concurrent use: make one
// per document.
type Localizer struct {
	locale   *Locale
	ref      *Locale
	lz       *goi18n.Localizer
	warnings map[string]Warning
}

// Warning is a message that had to fall back to English.
type Warning struct {
	Code    string // "message_fallback" or "plural_fallback"
	Message string
}

func newLocalizer(c *Catalog, l *Locale, b *goi18n.Bundle) *Localizer {
	return &Localizer{locale: l, ref: c.locale(Reference), lz: goi18n.NewLocalizer(b, l.Tag), warnings: map[string]Warning{}}
}

// Tag returns the locale's file tag, e.g. "zh".
func (l *Localizer) Tag() string { return l.locale.Tag }

// Message returns message id filled with data. A message missing from the locale falls back
// to English with a warning; a message missing from English too, or a placeholder that data
// does not supply, is an error.
func (l *Localizer) Message(id string, data map[string]any) (string, error) {
	return l.localize(id, nil, data)
}

// Plural returns message id in the plural form that count (a decimal string such as "1.5",
// never a float) takes in this language.
func (l *Localizer) Plural(id, count string, data map[string]any) (string, error) {
	return l.localize(id, count, data)
}

func (l *Localizer) localize(id string, count any, data map[string]any) (string, error) {
	if m := l.locale.Messages[id]; count == nil && m != nil {
		// What go-i18n gives for it, without matching the language, choosing the form and
		// running the text as a template, once for every message of every document.
		if isPlain(m) {
			l.checkTranslated(id)
			return m.Other, nil
		}
		if s, ok := fillPlaceholders(m, data); ok {
			l.checkTranslated(id)
			return s, nil
		}
	}
	cfg := &goi18n.LocalizeConfig{MessageID: id, TemplateData: data, TemplateParser: strictParser}
	if count != nil {
		cfg.PluralCount = count
		if data == nil {
			cfg.TemplateData = map[string]any{}
		}
	}
	if cfg.TemplateData == nil {
		cfg.TemplateData = map[string]any{}
	}
	s, tag, err := l.lz.LocalizeWithTag(cfg)
	if err == nil {
		l.checkTranslated(id)
		return s, nil
	}
	var notFound *goi18n.MessageNotFoundErr
	switch {
	case errors.As(err, &notFound) && tag == language.Und:
		return "", fmt.Errorf("message %q exists in no locale file", id)
	case errors.As(err, &notFound):
		l.warn("message_fallback", fmt.Sprintf("%s: message %q is missing; the English text is used", l.locale.Path, id))
		return s, nil
	case strings.Contains(err.Error(), "has no plural form") && s != "":
		l.warn("plural_fallback", fmt.Sprintf("%s: message %q lacks the plural form this language uses for %v; its \"other\" form is used", l.locale.Path, id, count))
		return s, nil
	}
	return "", fmt.Errorf("%s: message %q: %v", l.locale.Path, id, err)
}

// isPlain reports whether a message is a text without placeholders: go-i18n gives its "other"
// form as it is when no count chooses another.
func isPlain(m *goi18n.Message) bool {
	return m.Other != "" && m.LeftDelim == "" && m.RightDelim == "" && !strings.Contains(m.Other, "{{")
}

// fillPlaceholders fills a message whose placeholders are all plain {{.Name}} with data's
// strings and numbers, as its template would; false for any other message or value, and for
// a placeholder data lacks, which go-i18n reports.
func fillPlaceholders(m *goi18n.Message, data map[string]any) (string, bool) {
	text := m.Other
	if text == "" || m.LeftDelim != "" || m.RightDelim != "" || !plainPlaceholders(text) {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(text) + 16)
	for {
		i := strings.Index(text, "{{.")
		if i < 0 {
			b.WriteString(text)
			return b.String(), true
		}
		j := strings.Index(text[i:], "}}") + i
		b.WriteString(text[:i])
		switch v := data[text[i+3:j]].(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		default: // missing, or a value whose printing is the template's business
			return "", false
		}
		text = text[j+2:]
	}
}

// checkTranslated warns when message id of a language other than English is still English:
// marked untranslated, or identical to English without hash = "same".
func (l *Localizer) checkTranslated(id string) {
	m := l.locale.Messages[id]
	if m == nil || l.locale.Tag == Reference {
		return
	}
	switch want := l.ref.Messages[id]; {
	case m.Hash == Untranslated:
		l.warn("message_fallback", fmt.Sprintf("%s: message %q is not translated yet (hash = %q); its English text is used", l.locale.Path, id, Untranslated))
	case m.Hash != Same && want != nil && sameAsReference(id, m, want):
		l.warn("message_fallback", fmt.Sprintf("%s: message %q is still the English text; translate it, or add hash = %q if it is right as it is", l.locale.Path, id, Same))
	}
}

func (l *Localizer) warn(code, msg string) {
	l.warnings[msg] = Warning{Code: code, Message: msg}
}

// Warnings returns every fallback so far, sorted and without repeats.
func (l *Localizer) Warnings() []Warning {
	out := make([]Warning, 0, len(l.warnings))
	for _, w := range l.warnings {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Message < out[j].Message })
	return out
}

// Meta returns a [meta] value of the locale: "name", "tag", "decimal" or "font".
func (l *Localizer) Meta(key string) string {
	if m := l.locale.Messages["meta."+key]; m != nil && m.Other != "" {
		return m.Other
	}
	switch key {
	case "tag":
		return l.locale.Tag
	case "decimal":
		return "."
	case "font":
		return "latin"
	}
	return l.locale.Tag
}

// Number formats a canonical decimal string ("1.5") with the locale's decimal separator and
// digit grouping: pl "10 000", "1,5"; en "10,000".
func (l *Localizer) Number(amount string) string {
	return l.Typography().Number(amount, l.Meta("decimal"))
}

// Typography returns the locale's typographic rules; rules the file states wrongly (which
// `locales check` reports) keep their defaults.
func (l *Localizer) Typography() typography.Rules {
	l.locale.once.Do(func() {
		l.locale.rules, _ = typography.Parse(l.locale.message)
	})
	return l.locale.rules
}

// Duration returns the whole phrase for d in context ("within", "every" or "plain"): pl
// "w ciągu 2 godzin", cs "do 2 hodin", zh "2小时内".
func (l *Localizer) Duration(context string, d config.Duration) (string, error) {
	d = wholeUnits(d)
	id := "duration." + context + "." + string(d.Unit)
	return l.Plural(id, d.Amount, map[string]any{"N": l.Number(d.Amount)})
}

// Date returns the locale's long date, as tables and headers show it: pl "23 listopada 2026",
// zh "2026年11月23日". Its spaces do not break.
func (l *Localizer) Date(d config.Date) (string, error) { return l.date("date.pattern", d) }

// DateInText returns the long date as running text shows it: pl "23 listopada 2026 r.".
func (l *Localizer) DateInText(d config.Date) (string, error) { return l.date("date.pattern_text", d) }

func (l *Localizer) date(pattern string, d config.Date) (string, error) {
	month, err := l.Message("date.month_"+strconv.Itoa(d.Month), nil)
	if err != nil {
		return "", err
	}
	s, err := l.Message(pattern, map[string]any{"Day": d.Day, "Month": month, "Year": d.Year})
	return strings.ReplaceAll(s, " ", typography.NBSP), err
}

// smaller is the next smaller unit and how many of it make one.
var smaller = map[config.Unit]struct {
	unit config.Unit
	n    float64
}{config.Weeks: {config.Days, 7}, config.Days: {config.Hours, 24}, config.Hours: {config.Minutes, 60}, config.Minutes: {config.Seconds, 60}}

// wholeUnits writes a fraction of a unit as a whole number of a smaller one, as people say
// it: half an hour is 30 minutes, 1.5 minutes are 90 seconds. A fraction above one hour, day
// or week stays ("1,5 godziny").
func wholeUnits(d config.Duration) config.Duration {
	s, ok := smaller[d.Unit]
	if !ok || !strings.Contains(d.Amount, ".") {
		return d
	}
	f, err := strconv.ParseFloat(d.Amount, 64)
	if err != nil || f >= 1 && d.Unit != config.Minutes {
		return d
	}
	if n := f * s.n; n == float64(int64(n)) && n > 0 {
		return config.Duration{Amount: strconv.FormatInt(int64(n), 10), Unit: s.unit}
	}
	return d
}
