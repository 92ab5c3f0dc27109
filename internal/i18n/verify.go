package i18n

import (
	"fmt"
	"strings"
)

// InvalidLocaleError is a --locales file whose errors would break a build or falsify its
// documents: a bad placeholder, a template error, a [meta] value that is wrong.
type InvalidLocaleError struct {
	Reports []CheckReport
}

func (e *InvalidLocaleError) Error() string {
	var b strings.Builder
	for _, r := range e.Reports {
		for _, f := range r.Findings {
			if f.Severity == "error" {
				fmt.Fprintf(&b, "%s: %s: %s [%s]\n", r.Path, f.Key, f.Message, f.Code)
			}
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Hint says how to see every finding.
func (e *InvalidLocaleError) Hint() string {
	var tags []string
	for _, r := range e.Reports {
		tags = append(tags, r.Tag)
	}
	return fmt.Sprintf("fix the locale file(s); 'policygen locales check %s --locales DIR' lists every finding", strings.Join(tags, " "))
}

// Verify checks the locale files of tags that come from a --locales folder (the built-in
// ones are tested with the program) and returns their errors, warnings aside.
func Verify(c *Catalog, tags []string) error {
	var bad []CheckReport
	for _, t := range tags {
		if l, ok := c.locales[t]; !ok || l.Builtin {
			continue
		}
		if r := Check(c, t); r.Errors > 0 {
			bad = append(bad, r)
		}
	}
	if len(bad) > 0 {
		return &InvalidLocaleError{Reports: bad}
	}
	return nil
}
