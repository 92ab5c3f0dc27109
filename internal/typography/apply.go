package typography

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text applies the rules to s, a whole run of plain text.
func (r Rules) Text(s string) string { return r.Run(0, s, 0) }

// Run applies the rules to s, a piece of running text that follows the character prev and is
// followed by next (0 at a block's edge): the neighbours decide whether a word stands alone,
// but only s is rewritten.
func (r Rules) Run(prev rune, s string, next rune) string {
	return r.RunWith(nil, prev, s, next)
}

// Scratch is room that RunWith reuses from one run of text to the next: a document is
// thousands of runs. A Scratch is for one goroutine at a time.
type Scratch struct{ t runes }

// RunWith is Run working in sc (nil: fresh room).
func (r Rules) RunWith(sc *Scratch, prev rune, s string, next rune) string {
	if s == "" {
		return s
	}
	if sc == nil {
		sc = new(Scratch)
	}
	t := sc.t.reset(prev, s, next)
	r.quotes(t)
	r.apostrophes(t)
	ranges(t)
	hyphenPrefixes(t)
	r.dash(t)
	if r.CJKTight {
		tightCJK(t)
	}
	phones(t)
	r.legalForms(t)
	r.words(t)
	out := t.String()
	clear(t.out) // the replacements, for the collector
	return out
}

// runes is s as runes between its two neighbours, with what each rune of s becomes. Most
// runs of text need no change: the replacements are made only when a rule first applies.
type runes struct {
	s   string
	rs  []rune   // prev, the runes of s, next
	out []string // for each rune of s (index i-1): its replacement; "" deletes it
	set []bool   // nil until a rule rewrites a rune

	outBuf []string // room for out and set, kept from run to run
	setBuf []bool
}

// reset makes t s between prev and next, keeping t's room; it returns t.
func (t *runes) reset(prev rune, s string, next rune) *runes {
	rs := append(t.rs[:0], prev)
	for _, c := range s {
		rs = append(rs, c)
	}
	t.s, t.rs, t.out, t.set = s, append(rs, next), nil, nil
	return t
}

func (t *runes) inner(i int) bool { return i >= 1 && i < len(t.rs)-1 }

// isSet reports whether a rule has rewritten rune i.
func (t *runes) isSet(i int) bool { return t.set != nil && t.set[i] }

// space reports whether rune i is an ordinary space no rule has rewritten yet.
func (t *runes) space(i int) bool {
	return i >= 0 && i < len(t.rs) && t.rs[i] == ' ' && !t.isSet(i)
}

func (t *runes) replace(i int, s string) {
	if !t.inner(i) {
		return
	}
	if t.set == nil {
		n := len(t.rs)
		if cap(t.outBuf) < n {
			t.outBuf, t.setBuf = make([]string, n), make([]bool, n)
		}
		t.out, t.set = t.outBuf[:n], t.setBuf[:n]
		clear(t.set)
	}
	t.out[i], t.set[i] = s, true
}

func (t *runes) bind(i int) {
	if t.space(i) {
		t.replace(i, NBSP)
	}
}

func (t *runes) String() string {
	if t.set == nil && utf8.ValidString(t.s) {
		return t.s
	}
	var b strings.Builder
	b.Grow(len(t.s) + 16)
	for i := 1; i < len(t.rs)-1; i++ {
		if t.isSet(i) {
			b.WriteString(t.out[i])
		} else {
			b.WriteRune(t.rs[i])
		}
	}
	return b.String()
}

// quotes turns straight double quotes into the language's marks, when they pair up.
func (r Rules) quotes(t *runes) {
	var at []int
	for i := 1; i < len(t.rs)-1; i++ {
		if t.rs[i] == '"' {
			at = append(at, i)
		}
	}
	if len(at) == 0 || len(at)%2 != 0 || r.Quotes[0] == `"` {
		return
	}
	for k, i := range at {
		t.replace(i, r.Quotes[k%2])
	}
}

// dash gives a spaced dash the language's form; in Latin scripts the space before it does
// not break, so a line never starts with a dash.
func (r Rules) dash(t *runes) {
	for i := 1; i < len(t.rs)-1; i++ {
		if (t.rs[i] != '—' && t.rs[i] != '–') || t.rs[i-1] != ' ' || t.rs[i+1] != ' ' || t.isSet(i) {
			continue
		}
		if r.Dash == "——" {
			t.replace(i-1, "")
			t.replace(i, "——")
			t.replace(i+1, "")
			continue
		}
		t.bind(i - 1)
		t.replace(i, r.Dash)
	}
}

// apostrophes turns a straight apostrophe after a letter or digit ("customer's",
// "customers'") into the language's apostrophe, except in a word that is an e-mail or web
// address, which must stay as written.
func (r Rules) apostrophes(t *runes) {
	if r.Apostrophe == "" {
		return
	}
	for i := 1; i < len(t.rs)-1; i++ {
		if t.rs[i] != '\'' || !isWord(t.rs[i-1]) || t.isSet(i) || inAddress(t.rs, i) {
			continue
		}
		t.replace(i, r.Apostrophe)
	}
}

// inAddress reports whether rune i is part of a word that looks like an e-mail or web
// address; a word cut off at the run's edge counts as one, as nothing shows that it is not.
func inAddress(rs []rune, i int) bool {
	start, stop := i, i
	for start > 0 && !unicode.IsSpace(rs[start-1]) {
		start--
	}
	for stop < len(rs)-1 && !unicode.IsSpace(rs[stop+1]) {
		stop++
	}
	if start == 0 && rs[0] != 0 || stop == len(rs)-1 && rs[stop] != 0 {
		return true
	}
	w := string(rs[start : stop+1])
	return strings.ContainsAny(w, "@/\\") || strings.Contains(w, "www.")
}

// WordJoiner (U+2060) forbids a line break on either side of it without taking any space.
const WordJoiner = "\u2060"

// ranges keeps a numeric range on one line, in every language: "6:00–14:00" never breaks at its dash (a word
// joiner follows an en dash, and surrounds an em dash, which Unicode lets break on both
// sides), and "9:00 – 17:00" not at its spaces.
func ranges(t *runes) {
	for i := 1; i < len(t.rs)-1; i++ {
		c := t.rs[i]
		if c != '–' && c != '—' || t.isSet(i) {
			continue
		}
		switch {
		case isDigit(t.rs[i-1]) && isDigit(t.rs[i+1]):
			if c == '—' {
				t.replace(i, WordJoiner+"—"+WordJoiner)
			} else {
				t.replace(i, "–"+WordJoiner)
			}
		case i >= 2 && i+2 < len(t.rs) && t.space(i-1) && t.space(i+1) && isDigit(t.rs[i-2]) && isDigit(t.rs[i+2]):
			t.replace(i, string(c)) // a range, not a dash between clauses
			t.bind(i - 1)
			t.bind(i + 1)
		}
	}
}

// hyphenPrefixes keeps a one-letter prefix on the line of the word it is joined to: "e-mail"
// never breaks after "e-" (a word joiner follows the hyphen). Addresses stay as written.
func hyphenPrefixes(t *runes) {
	for i := 1; i < len(t.rs)-1; i++ {
		if t.rs[i] != '-' || t.isSet(i) || !unicode.IsLetter(t.rs[i-1]) || !unicode.IsLetter(t.rs[i+1]) {
			continue
		}
		if i >= 2 && (isWord(t.rs[i-2]) || t.rs[i-2] == '-') || inAddress(t.rs, i) {
			continue
		}
		t.replace(i, "-"+WordJoiner)
	}
}

// phones keeps a phone number (seven digits or more, in groups) on one line.
func phones(t *runes) {
	for i := 1; i < len(t.rs)-1; {
		if !(t.rs[i] == '+' || isDigit(t.rs[i])) || isWord(t.rs[i-1]) {
			i++
			continue
		}
		j, digits, lastDigit := i, 0, i
		for ; j < len(t.rs)-1; j++ {
			c := t.rs[j]
			switch {
			case isDigit(c):
				digits++
				lastDigit = j
				continue
			case c == '+' && j == i, c == '(' || c == ')' || c == '-':
				continue
			case c == ' ' && j+1 < len(t.rs) && (isDigit(t.rs[j+1]) || t.rs[j+1] == '('):
				continue
			}
			break
		}
		if digits >= 7 && !isWord(t.rs[lastDigit+1]) {
			for k := i; k < lastDigit; k++ {
				t.bind(k)
			}
		}
		i = lastDigit + 1
	}
}

// legalForms binds each legal form inside and to the word before it: "Acme Sp. z o.o."
func (r Rules) legalForms(t *runes) {
	for _, f := range r.LegalForms {
		if !strings.Contains(t.s, f) && !strings.ContainsRune(f, utf8.RuneError) {
			continue // a match lies wholly inside s
		}
		form := []rune(f)
		for i := 1; i+len(form) <= len(t.rs)-1; i++ {
			if !matchAt(t.rs, i, form) || isWord(t.rs[i-1]) || isWord(t.rs[i+len(form)]) && isWord(form[len(form)-1]) {
				continue
			}
			t.bind(i - 1)
			for k := i; k < i+len(form); k++ {
				t.bind(k)
			}
		}
	}
}

func matchAt(rs []rune, i int, form []rune) bool {
	for k, c := range form {
		if rs[i+k] != c {
			return false
		}
	}
	return true
}

// words binds the space after a listed word ("w", "ds.") and after a number that counts the
// word following it ("3 dni", "1,5 godziny").
func (r Rules) words(t *runes) {
	var lower [64]byte
	for i := 1; i < len(t.rs)-1; i++ {
		if !t.space(i) {
			continue
		}
		start := i
		for start > 0 && (isWord(t.rs[start-1]) || t.rs[start-1] == '.' || t.rs[start-1] == ',') {
			start--
		}
		if start == i || start == 0 {
			continue // no word, or one that begins in the run before: not known whole
		}
		word := t.rs[start:i]
		if word[len(word)-1] == ',' {
			continue // "a, b": the word ends at the comma
		}
		switch {
		case r.listed(word, lower[:0]):
			t.bind(i)
		case isNumber(word) && unicode.IsLetter(t.rs[i+1]):
			t.bind(i)
		case word[len(word)-1] == '.' && isNumber(word[:len(word)-1]) && unicode.IsLower(t.rs[i+1]):
			t.bind(i) // an ordinal: "3. zazvonění"
		}
	}
}

// listed reports whether word, in lower case (strings.ToLower), is one of r.After; buf is
// room for it, so that most words need no allocation.
func (r Rules) listed(word []rune, buf []byte) bool {
	if len(r.After) == 0 {
		return false
	}
	for _, c := range word {
		buf = utf8.AppendRune(buf, unicode.ToLower(c))
	}
	return r.After[string(buf)]
}

func isNumber(w []rune) bool {
	if len(w) == 0 || !isDigit(w[0]) || !isDigit(w[len(w)-1]) {
		return false
	}
	for _, c := range w {
		if !isDigit(c) && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// tightCJK removes spaces between Chinese text and anything else, and after full-width
// punctuation.
func tightCJK(t *runes) {
	for i := 1; i < len(t.rs)-1; i++ {
		if !t.space(i) {
			continue
		}
		j := i
		for j < len(t.rs)-1 && t.rs[j] == ' ' {
			j++
		}
		// A list number keeps its space: "1. 概述".
		listNumber := t.rs[i-1] == '.' && i >= 2 && isDigit(t.rs[i-2])
		if isCJK(t.rs[i-1]) || isCJK(t.rs[j]) && !listNumber {
			for k := i; k < j; k++ {
				t.replace(k, "")
			}
		}
		i = j - 1
	}
}

// isCJK reports whether c is a Chinese or Japanese character or full-width punctuation.
func isCJK(c rune) bool {
	return unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xff60
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isWord(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c) }

// Number writes a canonical decimal ("12000.5") with the decimal separator and the integer
// part grouped: "12 000,5". A group separator that is a space groups from five digits on (a
// four-digit number stays whole, as Polish, Czech and Finnish print it); any other from four.
func (r Rules) Number(amount, decimal string) string {
	intPart, frac, hasFrac := strings.Cut(amount, ".")
	if hasFrac {
		frac = decimal + frac
	}
	min := 4
	if r.Thousands == NBSP || r.Thousands == "\u202f" {
		min = 5
	}
	if r.Thousands == "" || len(intPart) < min || strings.IndexFunc(intPart, func(c rune) bool { return !isDigit(c) }) >= 0 {
		return intPart + frac
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(r.Thousands)
		}
		b.WriteRune(c)
	}
	return b.String() + frac
}
