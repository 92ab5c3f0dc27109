package pdf

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// segmenter walks text by grapheme clusters and says, after each, whether a line may break
// there (UAX #14), as uniseg.StepString does: bounds&uniseg.MaskLine of each step. StepString
// also runs the word and sentence rules at every character, which the breaker never needs
// and which were about a third of its instructions; this runs only the cluster and
// line-break rules. Between two characters that are each their own cluster (see ownCluster) a cluster always ends, and
// there it needs no uniseg at all: uniseg looks up each character's properties and width.
type segmenter struct {
	rest    string // text after the last cluster
	gState  int
	pos     int    // bytes of text consumed as clusters
	lRest   string // text after the last line segment
	lState  int
	segEnd  int  // where the last line segment ends
	must    bool // the break after it is mandatory
	letters *letterSet
}

func newSegmenter(text string) segmenter {
	return segmenter{rest: text, gState: -1, lRest: text, lState: -1, letters: wordLetters()}
}

func (s *segmenter) done() bool { return s.rest == "" }

// next returns the next cluster and the line-break class of the boundary after it:
// uniseg.LineMustBreak, LineCanBreak or LineDontBreak.
func (s *segmenter) next() (string, int) {
	var c string
	r, n := utf8.DecodeRuneInString(s.rest)
	if next, _ := utf8.DecodeRuneInString(s.rest[n:]); n < len(s.rest) && ownCluster(r) && ownCluster(next) {
		// GB999: a cluster ends between two characters no other rule joins, and after it
		// uniseg's state is the one it starts a text with.
		c, s.rest, s.gState = s.rest[:n], s.rest[n:], -1
	} else {
		c, s.rest, _, s.gState = uniseg.FirstGraphemeClusterInString(s.rest, s.gState)
	}
	s.pos += len(c)
	for s.segEnd < s.pos && s.lRest != "" {
		s.lineSegment()
	}
	switch {
	case s.segEnd != s.pos:
		return c, uniseg.LineDontBreak
	case s.must:
		return c, uniseg.LineMustBreak
	}
	return c, uniseg.LineCanBreak
}

// lineSegment moves past the next line segment, as uniseg.FirstLineSegmentInString does,
// without asking uniseg about each character of a run of ideographs or ASCII letters.
func (s *segmenter) lineSegment() {
	r1, n1 := utf8.DecodeRuneInString(s.lRest)
	if n1 < len(s.lRest) && lineStates.ok {
		if s.lState == lineStates.letter && lineStates.word && s.letters.is(r1) {
			// AL × AL, AL × SP, SP ÷ AL (LB28, LB7, LB18): a word of letters and the one space
			// after it, before another such word, is a segment, and the state after it is the
			// one it started in.
			if k := s.letters.wordThenLetter(s.lRest); k > 0 {
				s.lRest = s.lRest[k:]
				s.must = false
				s.segEnd += k
				return
			}
		}
		r2, _ := utf8.DecodeRuneInString(s.lRest[n1:])
		switch {
		case s.lState == lineStates.han && isHan(r1) && isHan(r2):
			// ID ÷ ID (LB31): the ideograph is the segment, and the state after the next
			// one is this one again.
			s.lRest = s.lRest[n1:]
			s.must = false
			s.segEnd += n1
			return
		case s.lState == lineStates.letter && isLetter(r1) && isLetter(r2):
			// AL × AL (LB28): no break inside a run of letters. uniseg goes on from the
			// run's last letter, in the state any letter leaves, as at the start of a text.
			k := n1
			for k+1 < len(s.lRest) && isLetter(rune(s.lRest[k+1])) {
				k++
			}
			var seg string
			seg, s.lRest, s.must, s.lState = uniseg.FirstLineSegmentInString(s.lRest[k:], -1)
			s.segEnd += k + len(seg)
			return
		}
	}
	var seg string
	seg, s.lRest, s.must, s.lState = uniseg.FirstLineSegmentInString(s.lRest, s.lState)
	s.segEnd += len(seg)
}

// lineStates are two states of uniseg's line breaking: han after an ideograph that followed
// one, letter after an ASCII letter at the start of a word. Every ideograph of U+4E00–U+9FFF
// has the same line-breaking properties, and so has every ASCII letter; segment_test.go
// checks the segmenter against uniseg on text that mixes them with everything else.
var lineStates = func() (lt struct {
	han, letter int
	ok          bool
	word        bool // from letter, "ab cd" is the segment "ab " and letter again
}) {
	_, _, _, lt.han = uniseg.FirstLineSegmentInString("一一一", -1)
	seg, _, must, again := uniseg.FirstLineSegmentInString("一一一", lt.han)
	_, _, _, lt.letter = uniseg.FirstLineSegmentInString(" ab", -1)
	lt.ok = seg == "一" && !must && again == lt.han // a fixed point, as LB31 says
	lt.word = true
	for _, w := range []string{"ab cd", "a b", "Zz Q"} {
		seg, _, must, again := uniseg.FirstLineSegmentInString(w, lt.letter)
		lt.word = lt.word && seg == w[:len(w)-len(w[strings.IndexByte(w, ' ')+1:])] && !must && again == lt.letter
	}
	return lt
}()

// wordThenLetter returns the length of the letters (is) at the start of s and the one space
// after them when a letter follows that space, else 0.
func (l *letterSet) wordThenLetter(s string) int {
	k := 0
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !l.is(r) {
			break
		}
		k += n
	}
	if k == 0 || k+1 >= len(s) || s[k] != ' ' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[k+1:]); !l.is(r) {
		return 0
	}
	return k + 1
}

// letterSet marks the characters below U+0180 that uniseg's line breaking takes as it takes
// "a": the ASCII letters, and the letters of Latin-1 and Latin Extended-A it is checked to
// take so in the places a word's letters stand: first, inside, last.
type letterSet [0x180]bool

func (l *letterSet) is(r rune) bool { return r >= 0 && r < rune(len(l)) && l[r] }

// wordLetters is the letterSet, made on first use (a PDF's first segmenter).
var wordLetters = sync.OnceValue(func() *letterSet {
	var set letterSet
	for r := rune(0); r < rune(len(set)); r++ {
		if isLetter(r) {
			set[r] = true
			continue
		}
		if r < 0xC0 {
			continue
		}
		c := string(r)
		like := true
		for _, w := range []string{c + "b c", "a" + c + "b c", "a" + c + " b", c + " b"} {
			seg, _, must, again := uniseg.FirstLineSegmentInString(w, lineStates.letter)
			like = like && seg == w[:strings.IndexByte(w, ' ')+1] && !must && again == lineStates.letter
		}
		set[r] = like
	}
	return &set
})

func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// ownCluster reports whether r is a character of grapheme cluster break property Other (UAX #29):
// neither a control, a line end, a combining or joining mark, a prepended or spacing mark,
// a Hangul jamo, a regional indicator nor a pictograph, so that no rule joins it to the
// character before or after it. Only the ranges running text mostly uses are listed; any
// other character goes through uniseg.
func ownCluster(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7F: // ASCII without controls
		return true
	case r >= 0xC0 && r <= 0x17F: // Latin-1 letters and Latin Extended-A (no soft hyphen, ©, ®)
		return true
	case r >= 0x2010 && r <= 0x2027: // dashes, quotation marks, bullets, ellipsis
		return true
	case r >= 0x3000 && r <= 0x3029: // CJK punctuation, up to the tone marks at U+302A
		return true
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return true
	case r >= 0xFF01 && r <= 0xFF5E: // full-width forms of ASCII
		return true
	}
	return false
}
