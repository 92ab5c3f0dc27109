package pdf

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
)

// Right-to-left text (Hebrew, Arabic) is stored in logical order, first letter first, but a
// PDF draws glyphs left to right where it is told. Each laid-out line is therefore put into
// visual order by the Unicode Bidirectional Algorithm (UAX #9, rules L1–L4) before it is
// drawn: a Hebrew name reads right to left on paper, and text extraction (pdftotext) reads it
// back in logical order. Documents are left-to-right: every line has a left-to-right base
// direction, as the surrounding document has.

// hasRTL reports whether any cluster holds a right-to-left letter: only such lines need the
// algorithm, so left-to-right documents pay one scan per line.
func hasRTL(cs []cluster) bool {
	for _, c := range cs {
		for _, r := range c.text {
			if mayBeRTL(r) && isStrongRTL(r) {
				return true
			}
		}
	}
	return false
}

// mayBeRTL reports whether r lies in a block that holds right-to-left letters: outside them
// no lookup is needed (bidi_test.go checks every character). Chinese text is all outside.
func mayBeRTL(r rune) bool {
	return r >= 0x0590 && r <= 0x08FF || r == 0x200F || r >= 0xFB1D && r <= 0xFEFE ||
		r >= 0x10800 && r <= 0x10FFF || r >= 0x1E800 && r <= 0x1EFFF
}

func isStrongRTL(r rune) bool {
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	return c == bidi.R || c == bidi.AL
}

// visualOrder returns the clusters of one line, given in logical order, in the order they are
// drawn from left to right. A line without right-to-left letters is returned as it is.
func visualOrder(cs []cluster) []cluster {
	if !hasRTL(cs) {
		return cs
	}
	levels := clusterLevels(cs)
	out := slices.Clone(cs)
	// L2: from the highest level down to 1, reverse every run at that level or higher.
	top := slices.Max(levels)
	for lvl := top; lvl >= 1; lvl-- {
		for i := 0; i < len(out); {
			if levels[i] < lvl {
				i++
				continue
			}
			j := i
			for j < len(out) && levels[j] >= lvl {
				j++
			}
			slices.Reverse(out[i:j])
			slices.Reverse(levels[i:j])
			i = j
		}
	}
	// L4: a bracket in right-to-left text is drawn mirrored.
	for i := range out {
		if levels[i]%2 == 1 {
			out[i].text = mirrored(out[i].text)
		}
	}
	return out
}

// clusterLevels resolves the embedding level of every cluster: 0 for left-to-right text, 1 for
// right-to-left text, 2 for numbers inside right-to-left text.
func clusterLevels(cs []cluster) []int {
	var b strings.Builder
	b.WriteRune('\u200E') // a left-to-right mark first: the base direction is left to right
	starts := make([]int, len(cs))
	n := 1
	for i, c := range cs {
		starts[i] = n
		text := c.text
		if c.hard || text == "" {
			text = " "
		}
		b.WriteString(text)
		n += utf8.RuneCountInString(text)
	}
	runeLevel := runeLevels(b.String(), n)
	levels := make([]int, len(cs))
	for i := range cs {
		levels[i] = runeLevel[starts[i]]
	}
	// L1: spaces at the end of the line go back to the base level.
	for i := len(cs) - 1; i >= 0 && (cs[i].space || cs[i].hard); i-- {
		levels[i] = 0
	}
	return levels
}

// runeLevels returns the level of each of the n runes of s. The bidi package reports the
// direction of each run; the level 2 of numbers inside right-to-left text (rules W7 and I1:
// digits whose nearest strong letter before them is right-to-left) is restored here.
func runeLevels(s string, n int) []int {
	levels := make([]int, n)
	var p bidi.Paragraph
	if _, err := p.SetString(s, bidi.DefaultDirection(bidi.LeftToRight)); err != nil {
		return levels
	}
	o, err := p.Order()
	if err != nil {
		return levels
	}
	for i := 0; i < o.NumRuns(); i++ {
		run := o.Run(i)
		start, end := run.Pos()
		if run.Direction() != bidi.RightToLeft {
			continue
		}
		for k := start; k <= end && k < n; k++ {
			levels[k] = 1
		}
	}
	runes := []rune(s)
	pairBrackets(runes, levels)
	strongRTL := false // the nearest strong letter so far is right-to-left
	lastDigit := -1
	for k := 0; k < len(runes) && k < n; k++ {
		props, _ := bidi.LookupRune(runes[k])
		switch props.Class() {
		case bidi.L:
			strongRTL = false
		case bidi.R, bidi.AL:
			strongRTL = true
		case bidi.EN, bidi.AN:
			if strongRTL && levels[k] == 0 {
				// A number after right-to-left text: level 2, and the separators between
				// its digits with it.
				if lastDigit >= 0 && lastDigit < k-1 && levels[lastDigit] == 2 && allNumberSeparators(runes[lastDigit+1:k]) {
					for m := lastDigit + 1; m < k; m++ {
						levels[m] = 2
					}
				}
				levels[k] = 2
			}
			lastDigit = k
		}
	}
	return levels
}

// pairBrackets gives each closing bracket the level of its opening bracket, as rule N0
// resolves a bracket pair to one direction (the bidi package can leave the closing bracket
// of "שלום (עולם) x" at the base level).
func pairBrackets(runes []rune, levels []int) {
	var open []int // indexes of unmatched opening brackets
	for k, r := range runes {
		if k >= len(levels) {
			return
		}
		props, _ := bidi.LookupRune(r)
		switch {
		case props.IsOpeningBracket():
			if len(open) < 63 { // BD16 keeps a stack of 63
				open = append(open, k)
			}
		case props.IsBracket():
			for j := len(open) - 1; j >= 0; j-- {
				if mirrorOf(runes[open[j]]) == r {
					levels[k] = levels[open[j]]
					open = open[:j]
					break
				}
			}
		}
	}
}

// mirrorOf returns the mirror image of a bracket.
func mirrorOf(r rune) rune {
	if m, ok := mirrorPairs[r]; ok {
		return m
	}
	m, _ := utf8.DecodeRune(bidi.AppendReverse(nil, []byte(string(r))))
	return m
}

func allNumberSeparators(rs []rune) bool {
	for _, r := range rs {
		props, _ := bidi.LookupRune(r)
		if c := props.Class(); c != bidi.CS && c != bidi.ES && c != bidi.ET {
			return false
		}
	}
	return true
}

// mirrored returns a cluster with its brackets swapped for their mirror images: "(" for ")".
func mirrored(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size != len(s) {
		return s
	}
	props, _ := bidi.LookupRune(r)
	if !props.IsBracket() && !strings.ContainsRune("<>«»‹›", r) {
		return s
	}
	return string(mirrorOf(r))
}

var mirrorPairs = map[rune]rune{'<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹'}
