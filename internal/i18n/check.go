package i18n

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/template"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Untranslated is the hash that `locales new` puts on every entry it copies from English; a
// translator removes it when the entry is done.
const Untranslated = "untranslated"

// Finding is one thing `locales check` says about a locale file.
type Finding struct {
	Severity string `json:"severity"` // "error" or "warning"
	Code     string `json:"code"`
	Key      string `json:"key,omitempty"`
	Message  string `json:"message"`
}

// CheckReport is the verdict on one locale file.
type CheckReport struct {
	Tag      string    `json:"tag"`
	Path     string    `json:"path"`
	Coverage float64   `json:"coverage"` // percent of the reference messages translated
	Errors   int       `json:"errors"`
	Warnings int       `json:"warnings"`
	Findings []Finding `json:"findings"`
}

func (r *CheckReport) add(sev, code, key, format string, args ...any) {
	r.Findings = append(r.Findings, Finding{Severity: sev, Code: code, Key: key, Message: fmt.Sprintf(format, args...)})
	if sev == "error" {
		r.Errors++
	} else {
		r.Warnings++
	}
}

var placeholderRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_]*)`) })

// placeholders returns the names of the {{.Name}} placeholders used in any form of m.
func placeholders(m *goi18n.Message) map[string]bool {
	out := map[string]bool{}
	for _, s := range messageForms(m) {
		for _, match := range placeholderRE().FindAllStringSubmatch(s, -1) {
			out[match[1]] = true
		}
	}
	return out
}

// Check checks the locale file of tag against the reference locale: missing and extra keys,
// missing plural forms, placeholders that differ, template errors, messages that fail to
// render with real data, entries identical to English, and [meta] values.
func Check(c *Catalog, tag string) CheckReport {
	loc := c.locale(tag)
	ref := c.locale(Reference)
	r := CheckReport{Tag: tag, Path: loc.Path}
	forms, ok := PluralForms(tag)
	if !ok {
		r.add("error", "no_plural_rules", "", "go-i18n knows no plural rules for %q", tag)
	}
	translated := 0
	for _, id := range sortedKeys(ref.Messages) {
		want := ref.Messages[id]
		m := loc.Messages[id]
		if m == nil {
			r.add("error", "missing_key", id, "missing: add [%s] (English: %q)", id, want.Other)
			continue
		}
		before := r.Errors
		checkMessage(&r, tag, id, m, want, forms)
		switch {
		case tag == Reference:
			translated++
		case m.Hash == Untranslated:
			r.add("warning", "untranslated", id, "not translated yet: remove hash = %q when it is", Untranslated)
		case m.Hash == Same && m.Other != want.Other:
			r.add("warning", "stale_same", id, "marked hash = %q, but the English text is now %q: translate it, or remove the hash line if this is a translation", Same, want.Other)
		case m.Hash != Same && sameAsReference(id, m, want):
			r.add("warning", "same_as_english", id, "identical to the English text %q: translate it, or add hash = %q if it is right as it is", want.Other, Same)
		case r.Errors == before:
			translated++
		}
	}
	for _, id := range sortedKeys(loc.Messages) {
		if ref.Messages[id] == nil {
			r.add("warning", "extra_key", id, "not in %s: English has no such message, so nothing uses it", ref.Path)
		}
	}
	checkMeta(&r, loc)
	checkTypography(&r, loc)
	if n := len(ref.Messages); n > 0 {
		r.Coverage = float64(int(float64(translated)/float64(n)*1000)) / 10
	}
	sort.SliceStable(r.Findings, func(i, j int) bool {
		if r.Findings[i].Severity != r.Findings[j].Severity {
			return r.Findings[i].Severity == "error"
		}
		return false
	})
	return r
}

func checkMessage(r *CheckReport, tag, id string, m, want *goi18n.Message, forms []string) {
	have := messageForms(m)
	for _, name := range sortedKeys(have) {
		if _, err := template.New("").Parse(have[name]); err != nil {
			r.add("error", "template_syntax", id, "form %q: %v", name, strings.TrimPrefix(err.Error(), "template: :"))
			return
		}
	}
	if plural := want.One != "" || want.Few != "" || want.Many != ""; plural {
		var missing []string
		for _, f := range forms {
			if have[f] == "" {
				missing = append(missing, f)
			}
		}
		if len(missing) > 0 {
			r.add("error", "missing_plural_form", id, "%s needs the plural forms %s; add %s", tag, strings.Join(forms, ", "), strings.Join(missing, ", "))
		}
	} else if have["other"] == "" {
		r.add("error", "missing_other", id, "the text goes in other = \"…\"")
	}
	// Placeholders are compared over all forms together: "every hour" (one) may leave out the
	// {{.N}} that "every {{.N}} hours" (other) has.
	wantPH, havePH := placeholders(want), placeholders(m)
	var lost, unknown []string
	for _, p := range sortedKeys(wantPH) {
		if !havePH[p] {
			lost = append(lost, "{{."+p+"}}")
		}
	}
	for _, p := range sortedKeys(havePH) {
		if !wantPH[p] {
			unknown = append(unknown, "{{."+p+"}}")
		}
	}
	if len(lost) == 0 {
		// The forms for counts other than one (few, many, other) must show every placeholder
		// of the English "other" form: only "one" may say "every hour" without the number.
		otherPH := placeholders(&goi18n.Message{Other: want.Other})
		for _, f := range []string{"few", "many", "other"} {
			formPH := placeholders(&goi18n.Message{Other: have[f]})
			for _, p := range sortedKeys(otherPH) {
				if have[f] != "" && !formPH[p] && !slices.Contains(lost, "{{."+p+"}}") {
					lost = append(lost, "{{."+p+"}}")
				}
			}
		}
	}
	if len(lost) > 0 {
		r.add("error", "placeholder_missing", id, "placeholder %s is missing (English: %q)", strings.Join(lost, ", "), want.Other)
	}
	if len(unknown) > 0 {
		r.add("error", "placeholder_unknown", id, "placeholder %s does not exist here; use only %s", strings.Join(unknown, ", "), listOr(sortedKeys(wantPH)))
	}
	if len(unknown) == 0 {
		renderAll(r, id, have, wantPH)
	}
}

// renderAll executes every form with sample data for the placeholders English uses, so that a
// form the program could not fill is caught here rather than in a build.
func renderAll(r *CheckReport, id string, forms map[string]string, names map[string]bool) {
	data := map[string]any{}
	for n := range names {
		data[n] = "2"
	}
	for _, name := range sortedKeys(forms) {
		t, err := template.New("").Option("missingkey=error").Parse(forms[name])
		if err != nil {
			continue
		}
		var b strings.Builder
		if err := t.Execute(&b, data); err != nil {
			r.add("error", "render_failed", id, "form %q cannot be rendered: %v", name, err)
		}
	}
}

func sameAsReference(id string, m, want *goi18n.Message) bool {
	if strings.HasPrefix(id, "meta.") || strings.HasPrefix(id, "typography.") || m.Other != want.Other {
		return false
	}
	// A pattern of placeholders and punctuation only ("{{.Day}} {{.Month}} {{.Year}}") may
	// rightly be the same in another language.
	rest := placeholderRE().ReplaceAllString(m.Other, "")
	return strings.IndexFunc(rest, func(r rune) bool { return r >= 'A' && r <= 'z' || r > 0x7f }) >= 0
}

func checkMeta(r *CheckReport, loc *Locale) {
	get := func(k string) string {
		if m := loc.Messages["meta."+k]; m != nil {
			return m.Other
		}
		return ""
	}
	if f := get("font"); f != "" && f != "latin" && f != "cjk" {
		r.add("error", "bad_meta", "meta.font", "font is %q: use \"latin\" or \"cjk\"", f)
	}
	if d := get("decimal"); d != "" && d != "." && d != "," {
		r.add("error", "bad_meta", "meta.decimal", "decimal separator is %q: use \".\" or \",\"", d)
	}
	if t := get("tag"); t != "" {
		if _, err := language.Parse(t); err != nil {
			r.add("error", "bad_meta", "meta.tag", "%q is not a BCP 47 language tag (e.g. pl, zh-Hans, pt-BR)", t)
		} else if !tagMatches(t, loc.Tag) {
			r.add("error", "bad_meta", "meta.tag", "%q does not match the file name %s.toml: set other = %q (or a more precise tag such as %s-…), or rename the file", t, loc.Tag, loc.Tag, loc.Tag)
		}
	}
}

// tagMatches says whether meta.tag names the language of the file: the same tag, or one that
// adds subtags to it (zh.toml may say zh-Hans).
func tagMatches(meta, file string) bool {
	meta, file = strings.ToLower(meta), strings.ToLower(file)
	return meta == file || strings.HasPrefix(meta, file+"-")
}

func listOr(items []string) string {
	for i := range items {
		items[i] = "{{." + items[i] + "}}"
	}
	if len(items) == 0 {
		return "no placeholders"
	}
	return strings.Join(items, ", ")
}
