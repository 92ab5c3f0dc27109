package i18n

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// Scaffold returns a new locale file for tag: every message of the reference locale, in the
// reference order, with its description, the English text in exactly the plural forms tag needs,
// and hash = "untranslated" so that Check counts it until a translator has done it.
func Scaffold(c *Catalog, tag string) ([]byte, error) {
	forms, err := tagForms(tag)
	if err != nil {
		return nil, err
	}
	ref := c.locale(Reference)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Locale file for %q, made by `policygen locales new %s` from %s.\n", tag, tag, ref.Path)
	fmt.Fprintf(&b, "# Translate each entry, then delete its hash = %q line.\n", Untranslated)
	fmt.Fprintf(&b, "# Where the English text is right as it is (a name, a month), write hash = %q instead.\n", Same)
	fmt.Fprintf(&b, "# Plural forms of this language: %s. Check your work with `policygen locales check %s --locales DIR`.\n", strings.Join(forms, ", "), tag)
	for _, id := range referenceOrder(ref) {
		m := ref.Messages[id]
		fmt.Fprintf(&b, "\n[%s]\n", id)
		if m.Description != "" {
			fmt.Fprintf(&b, "description = %s\n", strconv.Quote(m.Description))
		}
		fmt.Fprintf(&b, "hash = %q\n", Untranslated)
		if id == "meta.tag" {
			fmt.Fprintf(&b, "other = %q\n", tag)
			continue
		}
		if !isPlural(m) {
			fmt.Fprintf(&b, "other = %s\n", strconv.Quote(m.Other))
			continue
		}
		for _, f := range forms {
			text := m.Other
			if f == "one" && m.One != "" {
				text = m.One
			}
			fmt.Fprintf(&b, "%s = %s\n", f, strconv.Quote(text))
		}
	}
	return b.Bytes(), nil
}

func isPlural(m *goi18n.Message) bool { return m.One != "" || m.Few != "" || m.Many != "" }

// referenceOrder returns the message ids in the order they appear in the reference file.
func referenceOrder(ref *Locale) []string {
	var ids []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(ref.Source), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			id := strings.Trim(line, "[] ")
			if ref.Messages[id] != nil && !seen[id] {
				ids = append(ids, id)
				seen[id] = true
			}
		}
	}
	for _, id := range sortedKeys(ref.Messages) {
		if !seen[id] {
			ids = append(ids, id)
		}
	}
	return ids
}
