// Package typography applies a language's typographic conventions to running text: no-break
// spaces after one-letter words and abbreviations, inside legal forms, phone numbers and
// between a number and the word it counts; the language's quotation marks and dash; digit
// grouping; spacing around Chinese text. The rules come from the locale file; this package
// knows nothing of Markdown: callers hand it runs of plain text.
package typography

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NBSP is the no-break space (U+00A0) the rules insert.
const NBSP = "\u00a0"

// None is the value of a list rule that has no entries.
const None = "-"

// Rules are one language's typographic rules.
type Rules struct {
	After      map[string]bool // lower-case words followed by a no-break space: "w", "ds.", "nr"
	LegalForms []string        // bound inside and to the preceding word: "Sp. z o.o.", "Oy"
	Quotes     [2]string       // opening and closing quotation mark
	Dash       string          // the dash between clauses: "–" (spaced), "—", "——" (no spaces)
	Thousands  string          // digit group separator, "" for none
	CJKTight   bool            // no space between Chinese and Latin letters or digits
	ListEnds   [2]string       // after each item of a list that continues its lead-in, and after the last: ";", "."; "" for none
	Separator  string          // between the parts of a running header or footer, spaced as set: " · ", " – ", "　"
	Apostrophe string          // what a straight apostrophe inside or after a word becomes: "’"; "" keeps it
}

// Default are the rules of a language whose locale file has none: nothing is rewritten except
// that a number stays with the word after it.
var Default = Rules{Quotes: [2]string{"“", "”"}, Dash: "—", Thousands: ",", Separator: " · "}

// RuleError is a rule a locale file states wrongly.
type RuleError struct {
	Key string
	Msg string
}

func (e *RuleError) Error() string { return e.Key + ": " + e.Msg }

// Parse reads the rules from a locale's messages; get returns a message's text. A rule the
// file does not state keeps its Default; a rule stated wrongly is an error and keeps it too.
func Parse(get func(key string) (string, bool)) (Rules, []error) {
	r := Default
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, &RuleError{Key: key, Msg: fmt.Sprintf(format, args...)})
	}
	if s, ok := get("typography.nbsp_after"); ok {
		r.After = map[string]bool{}
		if s != None {
			for _, w := range strings.Fields(s) {
				switch {
				case utf8.RuneCountInString(w) > 12:
					bad("typography.nbsp_after", "%q is not a short word or abbreviation: list one-letter words and abbreviations such as \"w\", \"ds.\", \"nr\", separated by spaces", w)
				case strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '.' }) >= 0:
					bad("typography.nbsp_after", "%q has a character other than letters and \".\": list words separated by spaces, or write %q for none", w, None)
				default:
					r.After[strings.ToLower(w)] = true
				}
			}
			if len(r.After) == 0 && len(errs) == 0 {
				bad("typography.nbsp_after", "no words: list them separated by spaces, or write %q for none", None)
			}
		}
	}
	if s, ok := get("typography.legal_forms"); ok {
		r.LegalForms = nil
		if s != None {
			for _, f := range strings.Split(s, "|") {
				f = strings.Join(strings.Fields(f), " ")
				switch {
				case f == "":
					bad("typography.legal_forms", "an empty entry: separate legal forms with \"|\", like \"Sp. z o.o. | S.A.\", or write %q for none", None)
				case utf8.RuneCountInString(f) > 30:
					bad("typography.legal_forms", "%q is too long for a legal form (at most 30 characters)", f)
				default:
					r.LegalForms = append(r.LegalForms, f)
				}
			}
		}
	}
	if s, ok := get("typography.quotes"); ok {
		q := []rune(s)
		if len(q) != 2 || !isQuote(q[0]) || !isQuote(q[1]) {
			bad("typography.quotes", "%q is not an opening and a closing quotation mark: write the two characters, like \"„”\" or \"“”\"", s)
		} else {
			r.Quotes = [2]string{string(q[0]), string(q[1])}
		}
	}
	if s, ok := get("typography.dash"); ok {
		switch s {
		case "–", "—", "——":
			r.Dash = s
		default:
			bad("typography.dash", "%q is not a dash: write \"–\" (en dash, spaced), \"—\" (em dash, spaced) or \"——\" (Chinese, no spaces)", s)
		}
	}
	if s, ok := get("typography.thousands"); ok {
		switch s {
		case ",", ".", "'", NBSP, "\u202f":
			r.Thousands = s
		case "none":
			r.Thousands = ""
		default:
			bad("typography.thousands", "%q is not a digit group separator: write \",\", \".\", \"'\", a no-break space (\"\\u00A0\"), a narrow no-break space (\"\\u202F\") or \"none\"", s)
		}
	}
	if s, ok := get("typography.cjk_spacing"); ok {
		switch s {
		case "tight":
			r.CJKTight = true
		case "keep":
			r.CJKTight = false
		default:
			bad("typography.cjk_spacing", "%q is not a spacing rule: write \"tight\" (no space between Chinese and Latin letters or digits, none after full-width punctuation) or \"keep\"", s)
		}
	}
	if s, ok := get("typography.list_ends"); ok {
		r.ListEnds = [2]string{}
		if q := []rune(s); s != None {
			if len(q) != 2 || !unicode.IsPunct(q[0]) || !unicode.IsPunct(q[1]) {
				bad("typography.list_ends", "%q is not two punctuation marks: write the mark after each item and the one after the last, like \";.\", or %q for none", s, None)
			} else {
				r.ListEnds = [2]string{string(q[0]), string(q[1])}
			}
		}
	}
	if s, ok := get("typography.separator"); ok {
		q := []rune(s)
		switch {
		case len(q) != 1 || !(unicode.IsPunct(q[0]) || unicode.IsSymbol(q[0]) || q[0] == '\u3000'):
			bad("typography.separator", "%q is not one separator mark: write one character such as \"·\", \"–\", \"|\", or the full-width \"｜\" or ideographic space \"\\u3000\"", s)
		case fullWidth(q[0]):
			r.Separator = s
		default:
			r.Separator = " " + s + " "
		}
	}
	if s, ok := get("typography.apostrophe"); ok {
		switch s {
		case "’", "ʼ":
			r.Apostrophe = s
		case None, "'":
			r.Apostrophe = ""
		default:
			bad("typography.apostrophe", "%q is not an apostrophe: write \"’\" (U+2019, the typographic apostrophe), \"ʼ\" (U+02BC) or %q to keep the straight one", s, None)
		}
	}
	return r, errs
}

// fullWidth reports whether r is an East Asian full-width mark, set without spaces around it.
func fullWidth(r rune) bool {
	return (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// ListItem ends item i of n items of a list that continues its lead-in ("Dzięki opiniom
// możemy:") as the language punctuates such lists; an item that already ends in punctuation
// is left alone.
func (r Rules) ListItem(i, n int, item string) string {
	if r.ListEnds[0] == "" {
		return item
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(item))
	if item == "" || unicode.IsPunct(last) && last != ')' && last != '）' && last != '"' && last != '”' && last != '“' {
		return item
	}
	if i < n-1 {
		return item + r.ListEnds[0]
	}
	return item + r.ListEnds[1]
}

func isQuote(r rune) bool {
	return unicode.In(r, unicode.Pi, unicode.Pf, unicode.Ps, unicode.Pe) || r == '"' || r == '\'' || r == '«' || r == '»'
}
