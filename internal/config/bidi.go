package config

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Bidirectional controls are invisible characters that reorder the text around them: in
// "ab\u202ecd@acme.example" the browser shows "abelpmaxe.emca@dc". They are refused in
// names, e-mail addresses and web addresses, where the reader must see exactly what is
// stored, and removed from prose with a warning.

// bidiNames names the bidirectional control characters.
var bidiNames = map[rune]string{
	'\u061C': "arabic letter mark",
	'\u200E': "left-to-right mark",
	'\u200F': "right-to-left mark",
	'\u202A': "left-to-right embedding",
	'\u202B': "right-to-left embedding",
	'\u202C': "pop directional formatting",
	'\u202D': "left-to-right override",
	'\u202E': "right-to-left override",
	'\u2066': "left-to-right isolate",
	'\u2067': "right-to-left isolate",
	'\u2068': "first strong isolate",
	'\u2069': "pop directional isolate",
}

// IsBidiControl reports whether r is a bidirectional control character.
func IsBidiControl(r rune) bool {
	if r < '\u061C' || r > '\u2069' { // outside the range of every control, as most text is
		return false
	}
	_, ok := bidiNames[r]
	return ok
}

// firstBidi returns the first bidirectional control in s and its 1-based character index,
// or 0, 0.
func firstBidi(s string) (rune, int) {
	i := 0
	for _, r := range s {
		i++
		if IsBidiControl(r) {
			return r, i
		}
	}
	return 0, 0
}

// plainValue refuses a name, e-mail or web address that holds a bidirectional control, with
// the position of the value and of the character within it.
func (d *decoder) plainValue(n *yaml.Node, path, s string) bool {
	r, at := firstBidi(s)
	if r == 0 {
		return true
	}
	d.add(resolve(n), path, "bidi_control", fmt.Sprintf("character %d is an invisible bidirectional control, "+
		"U+%04X (%s), which makes the text display in a different order than it is written; remove it", at, r, bidiNames[r]), "")
	return false
}

// withoutBidi removes the bidirectional controls from prose, with a warning.
func (d *decoder) withoutBidi(n *yaml.Node, path, s string) string {
	r, at := firstBidi(s)
	if r == 0 {
		return s
	}
	kept := strings.Map(func(r rune) rune {
		if IsBidiControl(r) {
			return -1
		}
		return r
	}, s)
	msg := fmt.Sprintf("character %d, U+%04X (%s), is an invisible bidirectional control; it is removed, since it would "+
		"make the text display in a different order than it is written", at, r, bidiNames[r])
	if removed := utf8.RuneCountInString(s) - utf8.RuneCountInString(kept); removed > 1 {
		msg = fmt.Sprintf("%d invisible bidirectional controls are removed, the first U+%04X (%s) at character %d, since "+
			"they would make the text display in a different order than it is written", removed, r, bidiNames[r], at)
	}
	d.warn(resolve(n), path, "bidi_control", msg)
	return kept
}
