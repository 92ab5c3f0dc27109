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
	src   string // text is src[off:off+len(text)] while it grows from one source (makeLine)
	off   int
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
	cut   float64 // points taken off its glyph's advance (squeeze.go): the next cluster starts a run
	text  string
	src   string // the text of all the spans it came from: text is src[off:off+len(text)]
	style textStyle
	width float64
	off   int
	brk   int8 // uniseg line-break class of the boundary after this cluster
	face  face
	space bool // whitespace: may hang past the right edge at a line end
	hard  bool // a forced line break ("\n"), drawn as nothing
}

// breaker breaks spans into lines no wider than a box, by the Unicode line-breaking
// algorithm (UAX #14), choosing a font for every cluster.
type breaker struct {
	fonts   *fontSet
	cjk     bool             // the locale's main script is CJK
	cs      []cluster        // reused by lines
	runs    []run            // runs are cut from this block, a few hundred at a time (makeLine)
	cells   *chunks[cluster] // where the clusters of table cells are cut from (cellClusters)
	lineBuf *chunks[line]    // where the lines of breakClusters are cut from
}

// cellClusters is clusters for a table cell, cut from the breaker's chunks instead of
// allocated cell by cell.
func (b *breaker) cellClusters(spans []span) []cluster {
	// At least one rune per cluster: the clusters fit.
	return b.appendClusters(b.cells.take(runeCount(spans)), spans)
}

func runeCount(spans []span) int {
	n := 0
	for _, s := range spans {
		n += utf8.RuneCountInString(s.text)
	}
	return n
}

// clusters splits spans into measured grapheme clusters. A cluster no single face can draw
// whole is split into its runes, so every rune gets a font with its glyph.
func (b *breaker) clusters(spans []span) []cluster {
	return b.appendClusters(nil, spans)
}

// appendClusters is clusters appending to out.
func (b *breaker) appendClusters(out []cluster, spans []span) []cluster {
	text := joinSpans(spans)
	if out == nil {
		out = make([]cluster, 0, utf8.RuneCountInString(text))
	}
	first := len(out)
	si, spanEnd := 0, 0
	if len(spans) > 0 {
		spanEnd = len(spans[0].text)
	}
	pos := 0
	for step := newSegmenter(text); !step.done(); {
		c, bounds := step.next()
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
		start := pos - len(c)
		if r, n := utf8.DecodeRuneInString(c); n == len(c) {
			// One rune, as most clusters are: picked, measured and classed without walking
			// the cluster again for each.
			if f, ok := b.fonts.pickRune(b.cjk, st, r); ok {
				out = append(out, cluster{
					text: c, src: text, off: start, face: f, style: st,
					width: float64(b.fonts.m[f].width(r)) * st.size / 1000,
					space: isSpaceRune(r), brk: int8(brk),
				})
				continue
			}
		}
		if f, ok := b.fonts.pick(b.cjk, st, c); ok {
			out = append(out, b.cluster(text, start, len(c), f, st, brk))
			continue
		}
		for i, r := range c {
			n := utf8.RuneLen(r)
			f, _ := b.fonts.pick(b.cjk, st, c[i:i+n])
			rb := uniseg.LineDontBreak
			if i+n == len(c) {
				rb = brk
			}
			out = append(out, b.cluster(text, start+i, n, f, st, rb))
		}
	}
	squeezeCJK(out[first:])
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

// joinSpans is the text of all spans; one span's text is not copied.
func joinSpans(spans []span) string {
	if len(spans) == 1 {
		return spans[0].text
	}
	n := 0
	for _, s := range spans {
		n += len(s.text)
	}
	var all strings.Builder
	all.Grow(n)
	for _, s := range spans {
		all.WriteString(s.text)
	}
	return all.String()
}

// cluster measures src[off:off+n].
func (b *breaker) cluster(src string, off, n int, f face, st textStyle, brk int) cluster {
	c := src[off : off+n]
	return cluster{
		text:  c,
		src:   src,
		off:   off,
		face:  f,
		style: st,
		width: b.fonts.measure(f, c, st.size),
		space: isSpace(c),
		brk:   int8(brk),
	}
}

func isSpace(c string) bool {
	for _, r := range c {
		if !isSpaceRune(r) {
			return false
		}
	}
	return true
}

// isSpaceRune reports whether r is white space that may hang at a line end: not a no-break
// space.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00A0' && r != '\u202F'
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
	cs := b.appendClusters(b.cs[:0], spans)
	b.cs = cs[:0] // the lines keep no cluster: the next call reuses them
	return b.breakClusters(cs, width)
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
	total := 0.0
	for _, c := range cs {
		total += c.width
	}
	out := b.lineBuf.take(min(len(cs), int(total/max(width, 1))+2))
	// The line being built is cs[from:to]: a line is always a run of consecutive clusters,
	// so it is a slice of cs, never a copy.
	from, to := 0, 0
	ink := 0.0   // width of the line without its trailing spaces
	trail := 0.0 // width of its trailing spaces
	prev := -1   // where the line before the current one starts, when it ended at a soft break
	flush := func() {
		out = append(out, b.makeLine(cs[from:to], ink))
		prev, from, ink, trail = from, to, 0, 0
	}
	for start := 0; start < len(cs); {
		end := start // the segment cs[start:end+1] runs to the next break opportunity
		for end < len(cs)-1 && cs[end].brk == uniseg.LineDontBreak && !cs[end].hard {
			end++
		}
		seg := cs[start : end+1]
		segInk, segTrail := measureSegment(seg)
		if segInk > width+epsilon {
			// A segment wider than a line would be cut inside a word: a no-break space in it
			// gives way first ("address (preferred)" in a narrow cell), at the last one that
			// leaves a part fitting the line.
			if k := tieBreak(seg, width); k > 0 {
				end = start + k
				seg = cs[start : end+1]
				segInk, segTrail = measureSegment(seg)
			}
		}
		switch {
		case to > from && ink+trail+segInk > width+epsilon:
			flush()
			continue // retry the segment on the fresh line
		case segInk > width+epsilon:
			var rest []cluster
			rest, ink, trail = b.splitLong(seg, width, &out)
			from, to, prev = end+1-len(rest), end+1, -1
		default:
			to = end + 1 // the segment starts where the line ends
			if segInk > 0 || hasInk(seg) {
				ink += trail + segInk
				trail = segTrail
			} else {
				trail += segTrail
			}
		}
		if seg[len(seg)-1].hard {
			flush()
			prev = -1
		}
		start = end + 1
	}
	if to > from {
		if b.cjk && prev >= 0 && len(out) > 0 {
			if k := lastLineStart(cs, prev, from, to); k != from {
				// Chinese typesetting leaves no one or two characters alone on a paragraph's
				// last line: the line before gives up its last ones.
				pInk, _ := measureSegment(cs[prev:k])
				out[len(out)-1] = b.makeLine(cs[prev:k], pInk)
				from = k
				ink, _ = measureSegment(cs[from:to])
			}
		}
		flush()
	}
	return out
}

// tieBreak returns the index of the no-break space in seg (neither its first nor its last
// cluster) after which to break a segment too wide for width: the last one that leaves a
// fitting part before it, else the first one; 0 when seg has none.
func tieBreak(seg []cluster, width float64) int {
	first, fit, w := 0, 0, 0.0
	for i, c := range seg {
		if i > 0 && i < len(seg)-1 && (c.text == "\u00a0" || c.text == "\u202f") {
			if first == 0 {
				first = i
			}
			if w <= width+epsilon {
				fit = i
			}
		}
		w += c.width
	}
	if fit > 0 {
		return fit
	}
	return first
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
// gives up a cluster to go with it or, when it has none to spare, the punctuation hangs.
// Full lines go to out; the last, partial line is returned, a slice of seg.
func (b *breaker) splitLong(seg []cluster, width float64, out *[]line) ([]cluster, float64, float64) {
	from := 0 // the line being filled is seg[from:i]
	w := 0.0
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		if n := i - from; n > 0 && !c.space && !c.hard && w+c.width > width+epsilon {
			keep := n
			for keep > 1 && closesLine(seg[from+keep].text) {
				keep--
			}
			if closesLine(seg[from+keep].text) {
				// Nothing can move down with it: let the punctuation hang past the edge.
				w += c.width
				continue
			}
			line := seg[from : from+keep]
			*out = append(*out, b.makeLine(line, inkWidth(line)))
			i = from + keep
			c = seg[i]
			from, w = i, 0
		}
		w += c.width
	}
	ink, trail := measureSegment(seg[from:])
	return seg[from:], ink, trail
}

func inkWidth(cs []cluster) float64 {
	ink, _ := measureSegment(cs)
	return ink
}

// makeLine puts the clusters of a line into visual order (see bidi.go) and merges those
// that share face and style into runs. A run of clusters that follow each other in their
// source is a slice of it, not a copy.
func (b *breaker) makeLine(cs []cluster, ink float64) line {
	cs = visualOrder(cs)
	l := line{width: ink}
	x := 0.0
	n := 0 // runs in the line
	for i, c := range cs {
		if !c.hard && (n == 0 || cs[i-1].face != c.face || cs[i-1].style != c.style || cs[i-1].cut > 0) {
			n++
		}
	}
	if len(b.runs)+n > cap(b.runs) {
		b.runs = make([]run, 0, max(256, n))
	}
	l.runs = b.runs[len(b.runs) : len(b.runs) : len(b.runs)+n]
	b.runs = b.runs[:len(b.runs)+n]
	cut := false // the last cluster placed was cut: the next one starts a run
	for _, c := range cs {
		if c.hard {
			continue
		}
		if n := len(l.runs); n > 0 && l.runs[n-1].face == c.face && l.runs[n-1].style == c.style && !cut {
			r := &l.runs[n-1]
			if end := r.off + len(r.text); r.src != "" && r.src == c.src && c.off == end && c.text == c.src[c.off:c.off+len(c.text)] {
				r.text = r.src[r.off : end+len(c.text)]
			} else {
				r.text, r.src = r.text+c.text, ""
			}
			r.width += c.width
		} else {
			r := run{text: c.text, face: c.face, style: c.style, x: x, width: c.width}
			if c.src != "" && c.off+len(c.text) <= len(c.src) && c.text == c.src[c.off:c.off+len(c.text)] {
				r.src, r.off = c.src, c.off
			}
			l.runs = append(l.runs, r)
		}
		x += c.width
		cut = c.cut > 0
	}
	return l
}
