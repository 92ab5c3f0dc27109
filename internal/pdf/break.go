package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// run is text drawn in one face and style, positioned within its line.
type run struct {
	text  string
	face  face
	style textStyle
	x     float64 // offset from the line's left edge
	width float64
}

// line is one laid-out line of text.
type line struct {
	runs  []run
	width float64 // width of the ink, trailing spaces excluded
}

// text is everything the line shows.
func (l line) text() string {
	var b strings.Builder
	for _, r := range l.runs {
		b.WriteString(r.text)
	}
	return b.String()
}

// cluster is one grapheme cluster, the unit that is measured and never split.
type cluster struct {
	text  string
	face  face
	style textStyle
	width float64
	space bool // whitespace: may hang past the right edge at a line end
	brk   int  // uniseg line-break class of the boundary after this cluster
	hard  bool // a forced line break ("\n"), drawn as nothing
}

// breaker breaks spans into lines no wider than a box, by the Unicode line-breaking
// algorithm (UAX #14), choosing a font for every cluster.
type breaker struct {
	fonts *fontSet
	cjk   bool // the locale's main script is CJK
}

// clusters splits spans into measured grapheme clusters. A cluster no single face can draw
// whole is split into its runes, so every rune gets a font with its glyph.
func (b *breaker) clusters(spans []span) []cluster {
	var all strings.Builder
	for _, s := range spans {
		all.WriteString(s.text)
	}
	text := all.String()
	out := make([]cluster, 0, len(text))
	si, spanEnd := 0, 0
	if len(spans) > 0 {
		spanEnd = len(spans[0].text)
	}
	pos, state := 0, -1
	for rest := text; rest != ""; {
		var c string
		var bounds int
		c, rest, bounds, state = uniseg.StepString(rest, state)
		for si < len(spans)-1 && pos >= spanEnd {
			si++
			spanEnd += len(spans[si].text)
		}
		pos += len(c)
		st := spans[si].style
		brk := bounds & uniseg.MaskLine
		if pos < spanEnd && strings.HasPrefix(st.link, "mailto:") {
			brk = addressBreak(c)
		} else if pos < spanEnd && strings.HasPrefix(st.link, "tel:") {
			brk = uniseg.LineDontBreak // a phone number stays on one line
		}
		if c == "\n" || c == "\r\n" || c == "\r" {
			out = append(out, cluster{style: st, brk: uniseg.LineMustBreak, hard: true})
			continue
		}
		if f, ok := b.fonts.pick(b.cjk, st, c); ok {
			out = append(out, b.cluster(c, f, st, brk))
			continue
		}
		for i, r := range c {
			f, _ := b.fonts.pick(b.cjk, st, string(r))
			rb := uniseg.LineDontBreak
			if i+utf8.RuneLen(r) == len(c) {
				rb = brk
			}
			out = append(out, b.cluster(string(r), f, st, rb))
		}
	}
	return out
}

// addressBreak is the break class after c inside an e-mail address: it may break only after
// "@" or ".", so that "support@" / "example.com" reads as an address and "examp" / "le" never
// happens.
func addressBreak(c string) int {
	if c == "@" || c == "." {
		return uniseg.LineCanBreak
	}
	return uniseg.LineDontBreak
}

func (b *breaker) cluster(c string, f face, st textStyle, brk int) cluster {
	return cluster{
		text:  c,
		face:  f,
		style: st,
		width: b.fonts.measure(f, c, st.size),
		space: isSpace(c),
		brk:   brk,
	}
}

func isSpace(c string) bool {
	for _, r := range c {
		if !unicode.IsSpace(r) || r == '\u00A0' || r == '\u202F' {
			return false
		}
	}
	return true
}

// epsilon absorbs rounding when a box is sized to exactly fit its widest word.
const epsilon = 1e-6

// noLineStart holds the closing punctuation that must not begin a line (kinsoku).
const noLineStart = "，。、；：？！）」』》〉】〕〗〙〛｝］.,;:?!)]}%’”…‥・ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"

func closesLine(c string) bool {
	r, _ := utf8.DecodeRuneInString(c)
	return strings.ContainsRune(noLineStart, r)
}

// lines breaks spans into lines of at most width points. Only a single cluster wider than
// width (with any closing punctuation hanging after it) makes a wider line: it is placed
// rather than dropped.
func (b *breaker) lines(spans []span, width float64) []line {
	return b.breakClusters(b.clusters(spans), width)
}

// extent returns the widest unbreakable segment of cs and its width set on one line per
// forced break: the narrowest and widest a box for cs is worth making.
func extent(cs []cluster) (narrow, wide float64) {
	seg, ln := 0.0, 0.0
	for _, c := range cs {
		if c.hard {
			seg, ln = 0, 0
			continue
		}
		ln += c.width
		wide = max(wide, ln)
		if !c.space {
			seg += c.width
			narrow = max(narrow, seg)
		}
		if c.brk != uniseg.LineDontBreak {
			seg = 0
		}
	}
	return narrow, wide
}

// breakClusters breaks measured clusters into lines of at most width points.
func (b *breaker) breakClusters(cs []cluster, width float64) []line {
	var out []line
	var cur []cluster // clusters on the line being built
	ink := 0.0        // width of cur without its trailing spaces
	trail := 0.0      // width of cur's trailing spaces
	flush := func() {
		out = append(out, makeLine(cur, ink))
		cur, ink, trail = nil, 0, 0
	}
	for start := 0; start < len(cs); {
		end := start // the segment cs[start:end+1] runs to the next break opportunity
		for end < len(cs)-1 && cs[end].brk == uniseg.LineDontBreak && !cs[end].hard {
			end++
		}
		seg := cs[start : end+1]
		segInk, segTrail := measureSegment(seg)
		switch {
		case len(cur) > 0 && ink+trail+segInk > width+epsilon:
			flush()
			continue // retry the segment on the fresh line
		case segInk > width+epsilon:
			cur, ink, trail = b.splitLong(seg, width, &out)
		default:
			cur = append(cur, seg...)
			if segInk > 0 || hasInk(seg) {
				ink += trail + segInk
				trail = segTrail
			} else {
				trail += segTrail
			}
		}
		if seg[len(seg)-1].hard {
			flush()
		}
		start = end + 1
	}
	if len(cur) > 0 {
		flush()
	}
	return out
}

func hasInk(seg []cluster) bool {
	for _, c := range seg {
		if !c.space && !c.hard {
			return true
		}
	}
	return false
}

// measureSegment returns the width of seg without, and of, its trailing spaces.
func measureSegment(seg []cluster) (ink, trail float64) {
	i := len(seg)
	for i > 0 && (seg[i-1].space || seg[i-1].hard) {
		i--
		trail += seg[i].width
	}
	for _, c := range seg[:i] {
		ink += c.width
	}
	return ink, trail
}

// splitLong breaks a segment wider than a whole line between clusters, keeping at least one
// cluster on each line and never starting a line with closing punctuation: the line before
// gives up a cluster to go with it or, when it has none to spare, the punctuation hangs. Full lines go to out; the last, partial line is returned.
func (b *breaker) splitLong(seg []cluster, width float64, out *[]line) ([]cluster, float64, float64) {
	var cur []cluster
	w := 0.0
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		if len(cur) > 0 && !c.space && !c.hard && w+c.width > width+epsilon {
			keep := len(cur)
			for keep > 1 && closesLine(seg[i-(len(cur)-keep)].text) {
				keep--
			}
			if closesLine(seg[i-(len(cur)-keep)].text) {
				// Nothing can move down with it: let the punctuation hang past the edge.
				cur = append(cur, c)
				w += c.width
				continue
			}
			back := len(cur) - keep
			line := cur[:keep]
			*out = append(*out, makeLine(line, inkWidth(line)))
			i -= back
			c = seg[i]
			cur, w = nil, 0
		}
		cur = append(cur, c)
		w += c.width
	}
	ink, trail := measureSegment(cur)
	return cur, ink, trail
}

func inkWidth(cs []cluster) float64 {
	ink, _ := measureSegment(cs)
	return ink
}

// makeLine puts the clusters of a line into visual order (see bidi.go) and merges those
// that share face and style into runs.
func makeLine(cs []cluster, ink float64) line {
	cs = visualOrder(cs)
	l := line{width: ink}
	x := 0.0
	for _, c := range cs {
		if c.hard {
			continue
		}
		if n := len(l.runs); n > 0 && l.runs[n-1].face == c.face && l.runs[n-1].style == c.style {
			l.runs[n-1].text += c.text
			l.runs[n-1].width += c.width
		} else {
			l.runs = append(l.runs, run{text: c.text, face: c.face, style: c.style, x: x, width: c.width})
		}
		x += c.width
	}
	return l
}
