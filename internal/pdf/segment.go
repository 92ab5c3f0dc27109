package pdf

import "github.com/rivo/uniseg"

// segmenter walks text by grapheme clusters and says, after each, whether a line may break
// there (UAX #14), as uniseg.StepString does: bounds&uniseg.MaskLine of each step. StepString
// also runs the word and sentence rules at every character, which the breaker never needs
// and which were about a third of its instructions; this runs only the cluster and
// line-break rules.
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
	c, s.rest, _, s.gState = uniseg.FirstGraphemeClusterInString(s.rest, s.gState)
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
