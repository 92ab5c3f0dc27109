package i18n

import (
	"errors"
	"regexp"
	"strings"
	"sync"

	"github.com/policygen/policygen/internal/typography"
)

// wrongQuotes are quotation marks of other languages; a message that uses one where the
// locale's typography.quotes says otherwise is reported.
const wrongQuotes = "\"„“”«»「」『』‚‘’"

// checkTypography reports typography rules the file states wrongly, and messages that use
// quotation marks other than the ones the file's rules name.
func checkTypography(r *CheckReport, loc *Locale) {
	rules, errs := typography.Parse(loc.message)
	for _, err := range errs {
		var re *typography.RuleError
		if errors.As(err, &re) {
			r.add("error", "bad_typography", re.Key, "%s", re.Msg)
		}
	}
	if _, ok := loc.Messages["typography.quotes"]; !ok || len(errs) > 0 {
		return
	}
	for _, id := range sortedKeys(loc.Messages) {
		// init.* are the notes of the YAML starter file, where a straight quote is YAML syntax
		// the reader must type ("double quotes"), not a quotation.
		if strings.HasPrefix(id, "typography.") || strings.HasPrefix(id, "init.") {
			continue
		}
		for _, text := range messageForms(loc.Messages[id]) {
			if q := strayQuote(text, rules.Quotes); q != "" {
				r.add("warning", "quote_style", id, "uses %s; this language quotes with %s…%s (typography.quotes)", q, rules.Quotes[0], rules.Quotes[1])
				break
			}
		}
	}
}

var actionRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{\{.*?\}\}`) })

func strayQuote(text string, quotes [2]string) string {
	for _, c := range actionRE().ReplaceAllString(text, "") {
		if strings.ContainsRune(wrongQuotes, c) && string(c) != quotes[0] && string(c) != quotes[1] {
			// An apostrophe inside a word is not a quotation mark: "customer’s".
			if c == '’' && quotes[1] != "’" {
				continue
			}
			return string(c)
		}
	}
	return ""
}
