package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// clean makes s drawable: NFC, tabs and other ASCII spaces as plain spaces, and every
// character the PDF cannot draw as it should reported in a warning, never silently dropped:
//
//   - characters no embedded font has (emoji and others above U+FFFF, which gofpdf cannot
//     encode) print as U+FFFD;
//   - combining marks without a glyph, control characters and bidirectional controls are
//     left out (right-to-left text is put into visual order without them, see bidi.go);
//   - U+2028 and U+2029, line and paragraph separators, print as a space;
//   - letters of scripts that need contextual shaping (Arabic, the Indic scripts, …), which
//     the renderer does not do, print unjoined, with one warning per script.
func (ts *textSource) clean(s string) string {
	if ts.plain(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	ok := true
	for _, r := range s {
		if needsCare(r) || !ts.fonts.anyHas(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t' || r == '\r' || r == '\v' || r == '\f':
			b.WriteRune(' ')
		case r == '\u2028' || r == '\u2029':
			ts.warn("pdf: character %U (%s) cannot be drawn; printed as a space", r, unicodeName(r))
			b.WriteRune(' ')
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			ts.warn("pdf: control character %U cannot be drawn; left out", r)
		case isBidiControl(r):
			ts.warn("pdf: bidirectional control %U (%s) is not applied in the PDF, which orders right-to-left text by itself; left out", r, unicodeName(r))
		case r > 0xFFFF || !ts.fonts.anyHas(r):
			if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) && r <= 0xFFFF {
				ts.warn("pdf: character %U (a combining mark or format character) has no glyph in the embedded fonts; left out", r)
				continue
			}
			ts.warn("pdf: character %U %q has no glyph in the embedded fonts; printed as U+FFFD", r, r)
			b.WriteRune('\uFFFD')
		default:
			if script := shapedScript(r); script != "" {
				ts.warn("pdf: %s text needs contextual shaping, which the PDF renderer does not do: its letters print unjoined, in their isolated forms", script)
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plain reports whether s is clean as it stands, as most text is: each rune is one of
// stableRune's, which are NFC by themselves and never compose with the rune before them or
// reorder, and has a glyph. One pass instead of clean's three.
func (ts *textSource) plain(s string) bool {
	for _, r := range s {
		if !stableRune(r) || !ts.fonts.anyHas(r) {
			return false
		}
	}
	return true
}

// stableRune reports whether r is a character of the scripts the policies are written in
// that needs no care (see needsCare) and that NFC leaves alone whatever its neighbours
// (TestStableRunesNeedNoNormalization): printable ASCII, Latin-1 and Latin Extended-A
// letters and signs, general punctuation, CJK punctuation before the tone marks, CJK
// ideographs and full-width forms.
func stableRune(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7F, r >= 0xA0 && r <= 0x17F, r >= 0x2010 && r <= 0x2027:
		return true
	case r >= 0x3000 && r <= 0x3029, r >= 0x4E00 && r <= 0x9FFF, r >= 0xFF01 && r <= 0xFF5E:
		return true
	}
	return false
}

// needsCare reports whether r may need more than copying: the fast path of clean skips
// strings without such runes.
func needsCare(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0) || r > 0xFFFF:
		return true
	case r < 0x0600:
		return false
	}
	return r <= 0x18AF && shapedScript(r) != "" || isBidiControl(r) || r == '\u2028' || r == '\u2029'
}

// isBidiControl reports whether r is a bidirectional control character (marks, embeddings,
// overrides, isolates).
func isBidiControl(r rune) bool {
	return r == '\u061C' || r == '\u200E' || r == '\u200F' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// shapingScripts are the scripts whose letters join or reorder by context: drawn glyph by
// glyph they are legible at best. Arabic presentation forms (U+FB50 on) are already shaped.
var shapingScripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Arabic", unicode.Arabic}, {"Syriac", unicode.Syriac}, {"N'Ko", unicode.Nko}, {"Mandaic", unicode.Mandaic},
	{"Mongolian", unicode.Mongolian}, {"Devanagari", unicode.Devanagari}, {"Bengali", unicode.Bengali},
	{"Gurmukhi", unicode.Gurmukhi}, {"Gujarati", unicode.Gujarati}, {"Oriya", unicode.Oriya}, {"Tamil", unicode.Tamil},
	{"Telugu", unicode.Telugu}, {"Kannada", unicode.Kannada}, {"Malayalam", unicode.Malayalam},
	{"Sinhala", unicode.Sinhala}, {"Tibetan", unicode.Tibetan}, {"Myanmar", unicode.Myanmar}, {"Khmer", unicode.Khmer},
}

// shapedScript returns the name of the script of letter r when that script needs shaping.
func shapedScript(r rune) string {
	if r < 0x0600 || r >= 0xFB50 || !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
		return ""
	}
	for _, s := range shapingScripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return ""
}

func unicodeName(r rune) string {
	switch r {
	case '\u2028':
		return "line separator"
	case '\u2029':
		return "paragraph separator"
	case '\u061C':
		return "arabic letter mark"
	case '\u200E':
		return "left-to-right mark"
	case '\u200F':
		return "right-to-left mark"
	case '\u202A':
		return "left-to-right embedding"
	case '\u202B':
		return "right-to-left embedding"
	case '\u202C':
		return "pop directional formatting"
	case '\u202D':
		return "left-to-right override"
	case '\u202E':
		return "right-to-left override"
	case '\u2066':
		return "left-to-right isolate"
	case '\u2067':
		return "right-to-left isolate"
	case '\u2068':
		return "first strong isolate"
	case '\u2069':
		return "pop directional isolate"
	}
	return ""
}
