package pdf

import (
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
	rest   string // text after the last cluster
	gState int
	pos    int    // bytes of text consumed as clusters
	lRest  string // text after the last line segment
	lState int
	segEnd int  // where the last line segment ends
	must   bool // the break after it is mandatory
}

func newSegmenter(text string) segmenter {
	return segmenter{rest: text, gState: -1, lRest: text, lState: -1}
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
		var seg string
		seg, s.lRest, s.must, s.lState = uniseg.FirstLineSegmentInString(s.lRest, s.lState)
		s.segEnd += len(seg)
	}
	switch {
	case s.segEnd != s.pos:
		return c, uniseg.LineDontBreak
	case s.must:
		return c, uniseg.LineMustBreak
	}
	return c, uniseg.LineCanBreak
}

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
