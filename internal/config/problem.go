package config

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Problem is one thing wrong (or, when Warning is set, doubtful) in a company file.
//
// Code is stable and meant for machines (--json, tests). The codes are:
//
//	not_utf8                  the file is not UTF-8 (Latin-1, UTF-16, …)
//	binary_data               the file contains NUL bytes
//	too_large                 the file is over 10 MiB
//	too_many_aliases          too many YAML aliases (*name), or they expand too far
//	too_deep                  lists and maps nested more than 64 levels
//	empty_file                nothing but comments or blank lines
//	syntax_error              not valid YAML
//	multiple_documents        more than one YAML document ("---")
//	unknown_field             a key the company file does not have
//	duplicate_field           the same key twice in one map
//	missing_field             a required field is absent or empty
//	empty_value               an empty text in a translation map
//	wrong_type                e.g. a list where a text is expected
//	control_character         a text holds an invisible control character
//	bidi_control              a name, e-mail or web address holds a bidirectional control
//	                          (U+202E …); in prose it is removed with a warning
//	bad_duration              not a duration ("soon", "4", "2 fortnights")
//	duration_not_positive     a duration of zero or less
//	rings_not_allowed         rings used outside channels.phone.answer_within
//	bad_cadence               not daily, weekly, monthly, quarterly or yearly
//	bad_metric                not one of the six metrics
//	duplicate_metric          a metric listed twice
//	bad_contact_by            not email or phone
//	bad_email                 not an email address
//	bad_url                   not an absolute http(s) address
//	bad_phone                 not a phone number
//	bad_date                  not a valid YYYY-MM-DD date
//	bad_level                 an escalation level that is not a positive whole number
//	duplicate_level           an escalation level used twice
//	levels_not_ascending      escalation contacts not listed from the lowest level up
//	duplicate_version         a revision version used twice
//	revision_date_order       a revision dated after a later revision
//	unknown_language          a language tag with no locale
//	duplicate_language        a language listed twice in languages
//	default_not_in_languages  default_language is not one of languages
//	missing_text              a translation map without the default_language text it needs
//	text_fallback             (warning) a published language has no text; the default is used
//	unused_text               (warning) text for a language that is not published
//	too_long                  a text longer than its field accepts
//	too_many_items            a list longer than its field accepts
//	too_many_values           the file holds more values than any company file needs
//	more_problems             not a problem: the count of problems not listed (More)
//	logo_not_found            branding.logo names a file that does not exist
//	logo_not_file             branding.logo names a folder or a device, not a file
//	logo_unreadable           the logo file cannot be read
//	logo_too_large            the logo is over 2 MiB
//	bad_logo                  the logo is not a whole PNG or JPEG of a sensible size
//	bad_color                 branding.color is not "#rrggbb"
//	low_contrast              (warning) branding.color is hard to read on white (below 4.5:1)
//	bad_section_id            a section id that is not a short lower-case name
//	duplicate_section         a section id used twice, or the id of a built-in section
//	unknown_section           sections[].after names no built-in section
//	unknown_variant           sections[].in names no variant
//	section_not_in_variant    a variant in sections[].in has no section named in after
//	section_html              raw HTML in a section body
//	section_image             an image in a section body
//	section_link              a link in a section body outside the link rule
//	section_heading           a heading above level 3 in a section body
//	section_code              a code block in a section body
type Problem struct {
	File      string
	Line, Col int    // 1-based; 0 when unknown
	Field     string // dotted path, e.g. "escalation.contacts[1].email"
	Code      string
	Message   string // lowercase; what is wrong and what would be right
	Hint      string // optional example of a correct value
	Warning   bool
	More      int // for code more_problems: how many problems of this kind are not listed
}

// String formats the problem as "FILE:LINE:COL: field.path: message".
func (p Problem) String() string {
	if p.Code == "more_problems" {
		return p.Message
	}
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteString(":" + strconv.Itoa(p.Line))
		if p.Col > 0 {
			b.WriteString(":" + strconv.Itoa(p.Col))
		}
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field + ": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is a list of problems; as an error it prints one problem per line.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// sortByPosition orders problems by line then column, keeping the order of equal positions.
func (ps Problems) sortByPosition() {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Line != ps[j].Line {
			return ps[i].Line < ps[j].Line
		}
		return ps[i].Col < ps[j].Col
	})
}

// keepFirst sorts the problems by position and keeps the first max errors and the first max
// warnings, returning how many of each it dropped.
func (ps Problems) keepFirst(max int) (kept Problems, droppedErrs, droppedWarnings int) {
	ps.sortByPosition()
	errs, warns := 0, 0
	kept = ps[:0]
	for _, p := range ps {
		switch {
		case p.Warning && warns < max:
			warns++
		case !p.Warning && errs < max:
			errs++
		case p.Warning:
			droppedWarnings++
			continue
		default:
			droppedErrs++
			continue
		}
		kept = append(kept, p)
	}
	clear(ps[len(kept):])
	return kept, droppedErrs, droppedWarnings
}

// moreProblems is the entry that ends a list of problems cut short.
func moreProblems(file string, n int, warning bool) Problem {
	kind := "problems"
	if warning {
		kind = "warnings"
	}
	return Problem{File: file, Code: "more_problems", Message: fmt.Sprintf("… and %s more %s", thousands(n), kind),
		Warning: warning, More: n}
}

// split separates errors from warnings, keeping order.
func (ps Problems) split() (errs, warnings Problems) {
	for _, p := range ps {
		if p.Warning {
			warnings = append(warnings, p)
		} else {
			errs = append(errs, p)
		}
	}
	return errs, warnings
}

// closest returns the candidate nearest to word when it is close enough to be a likely typo.
func closest(word string, candidates []string) (string, bool) {
	if len(word) > 4*64 {
		return "", false // far longer than any candidate: never close
	}
	best, bestDist := "", 1<<30
	lw := strings.ToLower(word)
	for _, c := range candidates {
		if d := editDistance(lw, strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := 2
	if n := len([]rune(best)); n <= 4 {
		limit = 1
	}
	return best, best != "" && bestDist <= limit
}

// editDistance is the optimal-string-alignment distance: insertions, deletions,
// substitutions and swaps of neighbours each cost one. Words over 64 characters are never
// close; the work happens in fixed arrays, so a file with many unknown keys allocates nothing
// here.
func editDistance(a, b string) int {
	const maxLen = 64
	var ra, rb [maxLen]rune
	la, lb := 0, 0
	for _, r := range a {
		if la == maxLen {
			return 1 << 20
		}
		ra[la] = r
		la++
	}
	for _, r := range b {
		if lb == maxLen {
			return 1 << 20
		}
		rb[lb] = r
		lb++
	}
	// prev2, prev and cur are rows i-2, i-1 and i of the distance matrix.
	var rows [3][maxLen + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= lb; j++ {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		for j := 1; j <= lb; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb]
}

// quoteList formats ["a", "b"] as `a, b`.
func quoteList(items []string) string { return strings.Join(items, ", ") }
