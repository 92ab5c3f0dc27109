package pdf

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"sort"
)

// subsetFont returns a new TrueType font holding only the glyphs of runes (and the glyphs
// their composites are built from), renumbered densely, with their metrics, without their
// hinting instructions (unhinted outlines, as PDF viewers draw them; the instructions were
// about 45 % of DejaVu's glyph bytes and a third of WenQuanYi's), and with only the names
// that identify the font (nameTable).
//
// gofpdf parses the whole character map of a font twice per document, which for the 28,000
// characters of WenQuanYi costs tens of milliseconds; a font cut down to the document's own
// characters first parses in microseconds. The result is a fresh slice, so gofpdf's writes
// into it never touch the shared embedded bytes. Its characters come with it, in increasing
// order, each with its glyph in the new font and that glyph's advance. The font is written
// into dst when it has room.
func subsetFont(ttf []byte, runes *runeSet, glyph func(rune) uint16, dst []byte) ([]byte, []cmapEntry, error) {
	tables, err := tableDirectory(ttf)
	if err != nil {
		return nil, nil, err
	}
	head, maxp, loca, glyf := tables["head"], tables["maxp"], tables["loca"], tables["glyf"]
	if len(head) < 54 || len(maxp) < 6 || loca == nil || glyf == nil {
		return nil, nil, errors.New("font lacks head, maxp, loca or glyf")
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	longLoca := binary.BigEndian.Uint16(head[50:]) == 1
	offset := func(g int) (int, bool) {
		if longLoca {
			if 4*g+4 > len(loca) {
				return 0, false
			}
			return int(binary.BigEndian.Uint32(loca[4*g:])), true
		}
		if 2*g+2 > len(loca) {
			return 0, false
		}
		return 2 * int(binary.BigEndian.Uint16(loca[2*g:])), true
	}
	glyphData := func(g int) []byte {
		a, ok1 := offset(g)
		b, ok2 := offset(g + 1)
		if !ok1 || !ok2 || a > b || b > len(glyf) {
			return nil
		}
		return glyf[a:b]
	}

	var keep glyphSet
	keep.add(0)
	cmap := make([]cmapEntry, 0, runes.len())
	runes.each(func(r rune) { // in increasing order, as the cmap lists them
		if g := glyph(r); g != 0 && int(g) < numGlyphs {
			cmap = append(cmap, cmapEntry{r: r, g: g})
			addGlyph(&keep, int(g), glyphData, 0)
		}
	})
	// Renumber the kept glyphs densely, in their original order.
	old := keep.sorted(numGlyphs)
	renum := keep.ranker(numGlyphs) // the index of a kept glyph in old
	for i := range cmap {
		cmap[i].g = uint16(renum(int(cmap[i].g)))
	}

	hhea, hmtx := tables["hhea"], tables["hmtx"]
	if len(hhea) < 36 {
		return nil, nil, errors.New("font lacks hhea")
	}
	numMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	newHmtx := make([]byte, 0, 4*len(old))
	newLoca := make([]byte, 0, 4*(len(old)+1))
	glyfLen := 0
	for _, g := range old {
		newHmtx = appendHmetric(newHmtx, hmtx, numMetrics, g)
		newLoca = binary.BigEndian.AppendUint32(newLoca, uint32(glyfLen))
		glyfLen += (unhintedLen(glyphData(g)) + 3) &^ 3
	}
	newLoca = binary.BigEndian.AppendUint32(newLoca, uint32(glyfLen))
	// The glyphs are copied straight into the font (assembleFont), each padded to 4 bytes.
	writeGlyf := func(dst []byte) {
		at := 0
		for _, g := range old {
			n := copyUnhinted(dst[at:], glyphData(g))
			renumberComponents(dst[at:at+n], renum)
			at += (n + 3) &^ 3
		}
	}
	for i, e := range cmap {
		cmap[i].adv = binary.BigEndian.Uint16(newHmtx[4*int(e.g):])
	}
	newHead := append([]byte(nil), head...)
	binary.BigEndian.PutUint16(newHead[50:], 1)
	newHhea := append([]byte(nil), hhea...)
	binary.BigEndian.PutUint16(newHhea[34:], uint16(len(old)))
	newMaxp := append([]byte(nil), maxp...)
	binary.BigEndian.PutUint16(newMaxp[4:], uint16(len(old)))

	binary.BigEndian.PutUint32(newHead[8:], 0) // checkSumAdjustment, set by assembleFont

	out := map[string][]byte{}
	for tag, data := range tables {
		switch tag {
		case "OS/2", "cvt ", "fpgm", "prep", "gasp":
			out[tag] = data
		case "name":
			if n := nameTable(data); n != nil {
				out[tag] = n
			}
		case "post":
			// Version 3 keeps the metrics and drops the glyph names, which list the glyphs
			// of the whole font.
			if len(data) >= 32 {
				post := append([]byte(nil), data[:32]...)
				binary.BigEndian.PutUint32(post, 0x00030000)
				out[tag] = post
			}
		}
	}
	out["head"], out["hhea"], out["maxp"], out["hmtx"] = newHead, newHhea, newMaxp, newHmtx
	out["loca"], out["cmap"] = newLoca, cmapTable(cmap)
	return assembleFont(out, glyfLen, writeGlyf, dst), cmap, nil
}

// appendHmetric appends the 4-byte horizontal metric of glyph g: advance and left side
// bearing.
func appendHmetric(dst, hmtx []byte, numMetrics, g int) []byte {
	var m [4]byte
	switch {
	case numMetrics == 0:
	case g < numMetrics:
		if 4*g+4 <= len(hmtx) {
			copy(m[:], hmtx[4*g:4*g+4])
		}
	default:
		if 4*numMetrics <= len(hmtx) {
			copy(m[:2], hmtx[4*(numMetrics-1):])
		}
		if p := 4*numMetrics + 2*(g-numMetrics); p+2 <= len(hmtx) {
			copy(m[2:], hmtx[p:p+2])
		}
	}
	return append(dst, m[:]...)
}

// renumberComponents rewrites the component glyph IDs of a composite glyph in place.
func renumberComponents(d []byte, renum func(int) int) {
	if len(d) < 10 || int16(binary.BigEndian.Uint16(d)) >= 0 {
		return
	}
	forComponents(d, func(p int) {
		g := int(binary.BigEndian.Uint16(d[p+2:]))
		binary.BigEndian.PutUint16(d[p+2:], uint16(renum(g)))
	})
}

// Component flags of a composite glyph.
const (
	argWords        = 0x0001
	scale           = 0x0008
	more            = 0x0020
	xyScale         = 0x0040
	twoByTwo        = 0x0080
	hasInstructions = 0x0100
)

// forComponents calls fn with the offset of each component record of composite glyph d,
// and returns the offset just after the last record (where any instructions start), or
// len(d) when the records run past the end of d.
func forComponents(d []byte, fn func(p int)) int {
	for p := 10; p+4 <= len(d); {
		flags := binary.BigEndian.Uint16(d[p:])
		fn(p)
		p += 4
		if flags&argWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&scale != 0:
			p += 2
		case flags&xyScale != 0:
			p += 4
		case flags&twoByTwo != 0:
			p += 8
		}
		if flags&more == 0 {
			return min(p, len(d))
		}
	}
	return len(d)
}

// unhinted splits glyph d around its hinting instructions: d is head, the instructions,
// then tail. A simple glyph keeps its (now zero) instruction length in head; a composite
// glyph has no tail. A glyph that does not parse is kept whole (head is d).
func unhinted(d []byte) (head, tail []byte) {
	if len(d) < 10 {
		return d, nil
	}
	contours := int(int16(binary.BigEndian.Uint16(d)))
	if contours < 0 {
		return d[:forComponents(d, func(int) {})], nil
	}
	p := 10 + 2*contours // the instruction length
	if p+2 > len(d) {
		return d, nil
	}
	n := int(binary.BigEndian.Uint16(d[p:]))
	if p+2+n > len(d) {
		return d, nil
	}
	return d[:p+2], d[p+2+n:]
}

func unhintedLen(d []byte) int {
	head, tail := unhinted(d)
	return len(head) + len(tail)
}

// copyUnhinted copies glyph d into dst without its hinting instructions and returns the
// length written.
func copyUnhinted(dst, d []byte) int {
	head, tail := unhinted(d)
	n := copy(dst, head)
	n += copy(dst[n:], tail)
	g := dst[:n]
	if len(g) < 10 {
		return n
	}
	if contours := int(int16(binary.BigEndian.Uint16(g))); contours >= 0 {
		if len(tail) > 0 || len(head) < len(d) {
			binary.BigEndian.PutUint16(g[10+2*contours:], 0)
		}
		return n
	}
	forComponents(g, func(p int) {
		binary.BigEndian.PutUint16(g[p:], binary.BigEndian.Uint16(g[p:])&^hasInstructions)
	})
	return n
}

// glyphSet is a set of glyph IDs (0 … 65535).
type glyphSet [65536 / 64]uint64

func (s *glyphSet) add(g int) { s[g>>6] |= 1 << (g & 63) }

// sorted lists the glyphs of s below n, in increasing order.
func (s *glyphSet) sorted(n int) []int {
	count := 0
	for _, w := range s {
		count += bits.OnesCount64(w)
	}
	out := make([]int, 0, count)
	for i, w := range s {
		for w != 0 {
			g := i<<6 | bits.TrailingZeros64(w)
			if g >= n {
				return out
			}
			out = append(out, g)
			w &= w - 1
		}
	}
	return out
}

// ranker returns a function giving the position of glyph g among the glyphs of s below n
// in increasing order (as sorted lists them), or 0 when s lacks g: a word's count of
// glyphs before it plus those before g in the word, instead of a search.
func (s *glyphSet) ranker(n int) func(g int) int {
	var before [len(glyphSet{})]int32
	count := int32(0)
	for i, w := range s {
		before[i] = count
		count += int32(bits.OnesCount64(w))
	}
	return func(g int) int {
		if g < 0 || g >= n || s[g>>6]&(1<<(g&63)) == 0 {
			return 0 // not kept: as a missing key of a map
		}
		return int(before[g>>6]) + bits.OnesCount64(s[g>>6]&(1<<(g&63)-1))
	}
}

type cmapEntry struct {
	r   rune
	g   uint16
	adv uint16 // advance width of g in font units
}

// addGlyph marks g and, for a composite glyph, its components.
func addGlyph(keep *glyphSet, g int, data func(int) []byte, depth int) {
	if depth > 8 {
		return
	}
	keep.add(g)
	d := data(g)
	if len(d) < 10 || int16(binary.BigEndian.Uint16(d)) >= 0 {
		return
	}
	forComponents(d, func(p int) {
		addGlyph(keep, int(binary.BigEndian.Uint16(d[p+2:])), data, depth+1)
	})
}

// cmapTable is a (3,1) format 4 character map with one segment per character.
func cmapTable(entries []cmapEntry) []byte {
	seg := len(entries) + 1
	b := make([]byte, 12, 12+16+8*seg)
	binary.BigEndian.PutUint16(b[2:], 1)  // one subtable
	binary.BigEndian.PutUint16(b[4:], 3)  // Windows
	binary.BigEndian.PutUint16(b[6:], 1)  // Unicode BMP
	binary.BigEndian.PutUint32(b[8:], 12) // offset
	u16 := func(v int) { b = binary.BigEndian.AppendUint16(b, uint16(v)) }
	search, selector := 1, 0
	for search*2 <= seg {
		search *= 2
		selector++
	}
	u16(4)
	u16(16 + 8*seg) // length
	u16(0)
	u16(2 * seg)
	u16(2 * search)
	u16(selector)
	u16(2*seg - 2*search)
	for _, e := range entries {
		u16(int(e.r))
	}
	u16(0xFFFF)
	u16(0)
	for _, e := range entries {
		u16(int(e.r))
	}
	u16(0xFFFF)
	for _, e := range entries {
		u16(int(e.g) - int(e.r))
	}
	u16(1)
	for range seg {
		u16(0)
	}
	return b
}

// tableDirectory maps each table tag of a TrueType font to its bytes.
func tableDirectory(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 || binary.BigEndian.Uint32(ttf) != 0x00010000 {
		return nil, errors.New("not a TrueType font with glyf outlines")
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	tables := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errors.New("truncated table directory")
		}
		off := int(binary.BigEndian.Uint32(ttf[rec+8:]))
		size := int(binary.BigEndian.Uint32(ttf[rec+12:]))
		if off < 0 || size < 0 || off+size > len(ttf) {
			return nil, errors.New("table outside the font")
		}
		tables[string(ttf[rec:rec+4])] = ttf[off : off+size : off+size]
	}
	return tables, nil
}

// assembleFont writes tables as a TrueType font, in tag order, each padded to 4 bytes, with
// a glyf table of glyfLen bytes that writeGlyf fills in place (its padding zeroed), into dst
// when it has room.
func assembleFont(tables map[string][]byte, glyfLen int, writeGlyf func([]byte), dst []byte) []byte {
	tags := make([]string, 0, len(tables)+1)
	size := 12 + 16*(len(tables)+1)
	for tag, data := range tables {
		tags = append(tags, tag)
		size += (len(data) + 3) &^ 3
	}
	tags = append(tags, "glyf")
	size += (glyfLen + 3) &^ 3
	sort.Strings(tags)
	out := dst[:0]
	if cap(out) < size {
		out = make([]byte, size)
	} else {
		out = out[:size]
		clear(out)
	}
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(len(tags)))
	dir := out[12 : 12+16*len(tags)]
	off := 12 + 16*len(tags)
	head := 0
	var sum uint32 // of the whole font: the directory's and every table's, each 4-aligned
	for i, tag := range tags {
		data, n := tables[tag], len(tables[tag])
		if tag == "glyf" {
			n = glyfLen
			writeGlyf(out[off : off+n])
			data = out[off : off+n]
		} else {
			copy(out[off:], data)
		}
		if tag == "head" {
			head = off
		}
		c := checksum(data)
		sum += c
		rec := dir[16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], c)
		binary.BigEndian.PutUint32(rec[8:], uint32(off))
		binary.BigEndian.PutUint32(rec[12:], uint32(n))
		off += (n + 3) &^ 3
	}
	sum += checksum(out[:12+16*len(tags)])
	if head > 0 && head+12 <= len(out) {
		binary.BigEndian.PutUint32(out[head+8:], 0xB1B0AFBA-sum)
	}
	return out
}

// checksum is the TrueType checksum of data: the sum of its big-endian 32-bit words, the
// last one padded with zeros.
func checksum(data []byte) uint32 {
	var sum uint32
	for len(data) >= 4 {
		sum += binary.BigEndian.Uint32(data)
		data = data[4:]
	}
	var last [4]byte
	copy(last[:], data)
	return sum + binary.BigEndian.Uint32(last[:])
}

// nameTable keeps the records of a font's naming table that identify the font and its
// origin: copyright, family, style, unique name, full name, version, PostScript name and
// the address of the licence (name IDs 0 to 6 and 14), on every platform. The rest, DejaVu's 9.5 KB licence text in two encodings above all, was most of
// a small subset's bytes and does nothing in a PDF. It returns nil when data does not parse.
func nameTable(data []byte) []byte {
	if len(data) < 6 {
		return nil
	}
	count := int(binary.BigEndian.Uint16(data[2:]))
	store := int(binary.BigEndian.Uint16(data[4:]))
	if 6+12*count > len(data) || store > len(data) {
		return nil
	}
	var kept [][]byte // each record, its offset still the old one
	size := 0
	for i := range count {
		rec := data[6+12*i : 18+12*i]
		id := binary.BigEndian.Uint16(rec[6:])
		length, off := int(binary.BigEndian.Uint16(rec[8:])), int(binary.BigEndian.Uint16(rec[10:]))
		if id > 6 && id != 14 || store+off+length > len(data) {
			continue
		}
		kept = append(kept, rec)
		size += length
	}
	out := make([]byte, 6+12*len(kept), 6+12*len(kept)+size)
	binary.BigEndian.PutUint16(out[2:], uint16(len(kept)))
	binary.BigEndian.PutUint16(out[4:], uint16(6+12*len(kept)))
	for i, rec := range kept {
		length, off := int(binary.BigEndian.Uint16(rec[8:])), int(binary.BigEndian.Uint16(rec[10:]))
		r := out[6+12*i:]
		copy(r, rec[:8])
		binary.BigEndian.PutUint16(r[8:], uint16(length))
		binary.BigEndian.PutUint16(r[10:], uint16(len(out)-6-12*len(kept)))
		out = append(out, data[store+off:store+off+length]...)
	}
	return out
}
