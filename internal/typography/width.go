package typography

import "golang.org/x/text/width"

// IsWide reports whether r is an East Asian wide or fullwidth character: one that takes two
// columns and between two of which a line break joins without a space.
func IsWide(r rune) bool {
	if r < 0x1100 { // nothing below the Hangul Jamo is wide: skip the table
		return false
	}
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}

// Width is the width of s in columns: East Asian wide characters take two.
func Width(s string) int {
	w := 0
	for _, r := range s {
		w++
		if IsWide(r) {
			w++
		}
	}
	return w
}
