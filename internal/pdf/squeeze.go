package pdf

import "unicode/utf8"

// Punctuation squeezing (标点挤压) for the CJK face. WenQuanYi Micro Hei draws each
// full-width punctuation mark in a whole em, the mark to one side of it, and its parentheses
// nearly centred. Set as they come, "Zając（门店总监）" prints with a gap inside each
// bracket, and "“Piekarnia”）" with almost an em between the two marks. squeezeCJK takes
// out blank as a Chinese typesetter would:
//   - inside a bracket or quotation mark, at most an eighth of an em is left between the
//     mark and what it encloses;
//   - between two adjacent marks, at most a quarter of an em is left (half an em after a
//     pause or stop mark: ，。、；：！？).
//
// Blank is only ever taken from the right of a cluster: a cluster before a mark gives up the
// blank on the mark's left at its own right end. Such a cluster records its cut, and
// makeLine starts a new run after it, so the next glyph is drawn where the narrower width
// puts it. Its glyph then overlaps the next one's slot; pdftotext (-raw) reads an overlap of
// a fifth of an em or more as a line break, so no cluster gives up more than maxCut: a gap
// between two marks may stay wider than the aim above.

// punctKind says which side of a mark faces the text it belongs to.
type punctKind uint8

const (
	punctOpening punctKind = iota + 1 // “（《: the text follows
	punctClosing                      // ”）》: the text precedes
	punctPause                        // ，。：: the text precedes, a pause follows
)

// punctMark is a full-width mark of the CJK face: the blank left and right of its ink, in
// the font's units (2048 to the em; TestPunctBlankMatchesFont checks them against the font).
type punctMark struct {
	left, right int16
	kind        punctKind
}

const cjkUnitsPerEm = 2048

var cjkPunct = map[rune]punctMark{
	'（': {784, 544, punctOpening}, '）': {544, 784, punctClosing},
	'“': {1168, 176, punctOpening}, '”': {176, 1168, punctClosing},
	'‘': {1576, 176, punctOpening}, '’': {184, 1576, punctClosing},
	'《': {1024, 224, punctOpening}, '》': {216, 1024, punctClosing},
	'【': {1024, 384, punctOpening}, '】': {384, 1024, punctClosing},
	'「': {1024, 480, punctOpening}, '」': {480, 1024, punctClosing},
	'，': {336, 1384, punctPause}, '。': {48, 1448, punctPause}, '、': {48, 1464, punctPause},
	'：': {424, 1336, punctPause}, '；': {392, 1368, punctPause},
	'！': {896, 896, punctPause}, '？': {568, 584, punctPause},
}

// Blank left, and the most a cluster gives up, in the font's units.
const (
	insideBracket = cjkUnitsPerEm / 8
	betweenMarks  = cjkUnitsPerEm / 4
	afterPause    = cjkUnitsPerEm / 2
	maxCut        = cjkUnitsPerEm * 3 / 16
)

// markOf returns the mark c is, if it is one squeezeCJK adjusts.
func markOf(c *cluster) (punctMark, bool) {
	if c.face != faceCJK || c.hard || len(c.text) != 3 { // every mark above is 3 bytes of UTF-8
		return punctMark{}, false
	}
	if b := c.text[0]; b != 0xE2 && b != 0xE3 && b != 0xEF {
		return punctMark{}, false // not U+2xxx, U+3xxx or U+Fxxx: an ideograph, most often
	}
	r, _ := utf8.DecodeRuneInString(c.text)
	m, ok := cjkPunct[r]
	return m, ok
}

// squeezeCJK narrows the full-width marks of cs and the clusters before them, as described
// above. The text of every cluster stays as it is.
func squeezeCJK(cs []cluster) {
	prevRight := 0 // blank the mark at i-1 keeps on its right, when prev is not 0
	var prev punctKind
	for i := range cs {
		m, ok := markOf(&cs[i])
		if !ok {
			prev = 0
			continue
		}
		// Blank on the left of the mark, then between it and the mark before, is taken from
		// the cluster before it.
		want := 0
		if m.kind == punctClosing {
			want = max(int(m.left)-insideBracket, 0)
		}
		if prev != 0 {
			limit := betweenMarks
			if prev == punctPause {
				limit = afterPause
			}
			want = max(want, prevRight+int(m.left)-limit)
		}
		if want > 0 && i > 0 {
			cut(&cs[i-1], want)
		}
		right := int(m.right)
		if m.kind == punctOpening && right > insideBracket {
			right -= cut(&cs[i], right-insideBracket)
		}
		prev, prevRight = m.kind, right
	}
}

// cut takes up to n of the CJK font's units off the right of c, within maxCut and c's
// width, and returns how many it took.
func cut(c *cluster, n int) int {
	size := c.style.size
	if c.hard || size <= 0 {
		return 0
	}
	done := int(c.cut*cjkUnitsPerEm/size + 0.5)
	n = min(n, maxCut-done, int(c.width*cjkUnitsPerEm/size))
	if n <= 0 {
		return 0
	}
	c.width -= units(n, size)
	c.cut += units(n, size)
	return n
}

// units converts n of the CJK font's units to points at size.
func units(n int, size float64) float64 { return float64(n) * size / cjkUnitsPerEm }
