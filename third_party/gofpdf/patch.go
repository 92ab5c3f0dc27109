package gofpdf

// Additions of this vendored copy; each is listed in PATCHES.

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

type colorKey struct {
	r, g, b          int
	grayStr, fullStr string
}

// colorStrings caches the operator strings of colours: a document sets the same few
// colours thousands of times.
var colorStrings = struct {
	sync.Mutex
	m map[colorKey]string
}{m: map[colorKey]string{}}

// textFast writes the operators of Text without fmt: the same bytes as
// sprintf("BT %.2f %.2f Td (%s) Tj ET"), wrapped in the text colour when one is set.
func (f *Fpdf) textFast(x, y float64, txt string) {
	f.textOps(x, y, txt, false)
}

// textFastUTF16 is textFast for a UTF-8 font: txt is written as
// f.escape(utf8toutf16(txt, false)) without building either string.
func (f *Fpdf) textFastUTF16(x, y float64, txt string) {
	f.textOps(x, y, txt, true)
}

func (f *Fpdf) textOps(x, y float64, txt string, utf16 bool) {
	b := f.scratch[:0]
	if f.colorFlag {
		b = append(b, "q "...)
		b = append(b, f.color.text.str...)
		b = append(b, ' ')
	}
	b = append(b, "BT "...)
	b = strconv.AppendFloat(b, x*f.k, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (f.h-y)*f.k, 'f', 2, 64)
	b = append(b, " Td ("...)
	if utf16 {
		b = appendUTF16Escaped(b, txt)
	} else {
		b = append(b, txt...)
	}
	b = append(b, ") Tj ET"...)
	if f.colorFlag {
		b = append(b, " Q"...)
	}
	if f.state == 2 {
		f.pages[f.page].Write(b)
		f.pages[f.page].WriteByte('\n')
	} else {
		f.buffer.Write(b)
		f.buffer.WriteByte('\n')
	}
	f.scratch = b
}

// AddUTF8FontFromSubsetBytes is AddUTF8FontFromBytes for a font the caller has already cut
// down to the characters the document draws in it: the font is embedded as it is instead of
// being parsed and cut again when the document is written, and its CIDToGIDMap stops at the
// last character drawn. Every character drawn in the font must be in its format 4 Unicode
// cmap.
func (f *Fpdf) AddUTF8FontFromSubsetBytes(familyStr, styleStr string, utf8Bytes []byte) {
	key := getFontKey(familyStr, styleStr)
	if _, ok := f.fonts[key]; ok || f.err != nil {
		return
	}
	f.addingPrecut = true
	f.addFontFromBytes(familyStr, styleStr, nil, nil, utf8Bytes)
	f.addingPrecut = false
	if def, ok := f.fonts[key]; ok {
		def.precut = true
		def.utf8File.charsFromDictionary()
		f.fonts[key] = def
	}
}

// UTF8FontMetrics is what a PDF says about a TrueType font besides its characters: the
// descriptor, underline and missing-width values AddUTF8FontFromBytes reads from the font's
// head, hhea, OS/2, post and hmtx tables, and its units per em. A font cut down from another
// keeps these tables (and glyph 0), so the metrics of the whole font hold for every cut.
type UTF8FontMetrics struct {
	desc       FontDescType
	up, ut     int
	unitsPerEm int
	widths     []int // the width table of the whole font (WithCharWidths), or nil
}

// WithCharWidths returns m with the width table of every character of the whole font
// (chars, in any order): each precut font added with it shares that table, read-only,
// instead of building its own. A Chinese font's table runs to U+FFxx, half a megabyte per
// document. The PDF only lists the widths of the characters each cut holds, so documents
// are the same; GetStringWidth of a character a cut lacks gives its width in the whole
// font instead of the missing width.
func (m UTF8FontMetrics) WithCharWidths(chars []PrecutChar) UTF8FontMetrics {
	m.widths = charWidths(chars, m.unitsPerEm)
	return m
}

// ReadUTF8FontMetrics reads the metrics of a TrueType font with the code that
// AddUTF8FontFromBytes reads them with, without its character map.
func ReadUTF8FontMetrics(ttf []byte) (m UTF8FontMetrics, err error) {
	defer func() {
		if r := recover(); r != nil { // a truncated table: the reader indexes past the end
			err = fmt.Errorf("read font metrics: %v", r)
		}
	}()
	utf := newUTF8Font(&fileReader{array: ttf})
	codeType := uint32(utf.readUint32())
	if codeType != 0x00010000 && codeType != 0x74727565 {
		return m, fmt.Errorf("not a TrueType font: codeType=%v", codeType)
	}
	utf.generateTableDescriptions()
	for _, table := range []string{"head", "hhea", "post", "hmtx"} {
		if utf.tableDescriptions[table] == nil {
			return m, fmt.Errorf("font has no %s table", table)
		}
	}
	utf.parseHEADTable()
	if utf.fontElementSize == 0 {
		return m, fmt.Errorf("font has no units per em")
	}
	n := utf.parseHHEATable()
	utf.parsePOSTTable(utf.parseOS2Table())
	if n > 0 { // the advance of glyph 0, as parseHMTXTable reads it
		adv := utf.getUint16(utf.SeekTable("hmtx"))
		if adv >= 1<<15 {
			adv = 0
		}
		utf.DefaultWidth = 1000.0 / float64(utf.fontElementSize) * float64(adv)
	}
	m.desc = FontDescType{
		Ascent:       utf.Ascent,
		Descent:      utf.Descent,
		CapHeight:    utf.CapHeight,
		Flags:        utf.Flags,
		FontBBox:     utf.Bbox,
		ItalicAngle:  utf.ItalicAngle,
		StemV:        utf.StemV,
		MissingWidth: round(utf.DefaultWidth),
	}
	m.up, m.ut = round(utf.UnderlinePosition), round(utf.UnderlineThickness)
	m.unitsPerEm = utf.fontElementSize
	return m, nil
}

// PrecutChar is a character of a precut font, the glyph its cmap maps it to and that
// glyph's advance width in font units (hmtx).
type PrecutChar struct {
	Char    rune
	Glyph   uint16
	Advance uint16
	// Undrawn: the caller never draws the character with Text (patch 23). Every other
	// character counts as drawn from the start, so Text need not record each one it draws.
	Undrawn bool
}

// AddUTF8FontPrecut is AddUTF8FontFromSubsetBytes for a caller that also knows the font's
// metrics (ReadUTF8FontMetrics of the font it was cut from) and characters: the font file is
// not parsed at all, only embedded. chars lists every character of the font's format 4
// Unicode cmap, in increasing order. The document is the same, byte for byte, as with
// AddUTF8FontFromSubsetBytes.
func (f *Fpdf) AddUTF8FontPrecut(familyStr, styleStr string, ttf []byte, m UTF8FontMetrics, chars []PrecutChar) {
	key := getFontKey(familyStr, styleStr)
	if _, ok := f.fonts[key]; ok || f.err != nil {
		return
	}
	if m.unitsPerEm == 0 {
		f.err = fmt.Errorf("font %s: metrics not read with ReadUTF8FontMetrics", key)
		return
	}
	utf := newUTF8Font(&fileReader{array: ttf})
	utf.compactWidths = true
	utf.setPrecutChars(chars, m)
	sbarr := makeSubsetRange(57)
	if f.aliasNbPagesStr != "" {
		sbarr = makeSubsetRange(32)
	}
	def := fontDefType{
		Tp:         "UTF8",
		Name:       key,
		Desc:       m.desc,
		Up:         m.up,
		Ut:         m.ut,
		Cw:         utf.CharWidths,
		utf8File:   utf,
		usedRunes:  sbarr,
		precut:     true,
		drawnKnown: true,
	}
	for _, c := range chars {
		if !c.Undrawn {
			def.usedRunes[int(c.Char)] = int(c.Char)
		}
	}
	def.i, _ = generateFontID(def)
	f.fonts[key] = def
}

// setPrecutChars sets the characters, glyphs and width table of a precut font as
// parseFile and charsFromDictionary set them; the width table is m's when it has one. A
// character mapped to glyph 0 has no glyph.
func (utf *utf8FontFile) setPrecutChars(chars []PrecutChar, m UTF8FontMetrics) {
	utf.chars = make([]int, 0, len(chars))
	utf.glyphs = make([]uint16, 0, len(chars))
	for _, c := range chars {
		if hasGlyph(c) {
			utf.chars = append(utf.chars, int(c.Char))
			utf.glyphs = append(utf.glyphs, c.Glyph)
		}
	}
	if m.widths != nil {
		utf.CharWidths = m.widths
	} else {
		utf.CharWidths = charWidths(chars, m.unitsPerEm)
	}
}

func hasGlyph(c PrecutChar) bool { return c.Glyph != 0 && c.Char > 0 && c.Char < 65535 }

// charWidths is the width table of chars as parseHMTXTable makes it: widths in thousandths
// of an em, rounded as it rounds them, 65535 standing for a zero width, up to the last
// character, and in [0] the number of characters.
func charWidths(chars []PrecutChar, unitsPerEm int) []int {
	scale := 1000.0 / float64(unitsPerEm)
	last := 0
	for _, c := range chars {
		if hasGlyph(c) {
			last = max(last, int(c.Char))
		}
	}
	cw := make([]int, last+1)
	n := 0
	for _, c := range chars {
		if !hasGlyph(c) {
			continue
		}
		adv := int(c.Advance)
		if adv >= 1<<15 {
			adv = 0
		}
		w := int(math.Round(scale * float64(adv)))
		if w == 0 {
			w = 65535
		}
		cw[c.Char] = w
		n++
	}
	cw[0] = n
	return cw
}

// charsFromDictionary sets the sorted characters and glyphs of a precut font from the cmap
// parseFile read. A character mapped to glyph 0 (the cmap's end marker U+FFFF) has no glyph:
// it gets neither a width nor an entry in the CIDToGIDMap.
func (utf *utf8FontFile) charsFromDictionary() {
	utf.chars = utf.chars[:0]
	for c, g := range utf.charSymbolDictionary {
		if g != 0 && c > 0 && c < 65535 {
			utf.chars = append(utf.chars, c)
		}
	}
	sort.Ints(utf.chars)
	utf.glyphs = make([]uint16, len(utf.chars))
	for i, c := range utf.chars {
		utf.glyphs[i] = uint16(utf.charSymbolDictionary[c])
	}
}

// precutFont returns the font file of a precut font and sets what GenerateCutFont sets for
// putfonts: the last used character (see precutCIDToGIDMap for the glyphs).
func (utf *utf8FontFile) precutFont(usedRunes map[int]int) []byte {
	utf.LastRune = 0
	for _, r := range usedRunes {
		utf.LastRune = max(utf.LastRune, r)
	}
	return utf.fileReader.array
}

// precutCIDToGIDMap is the CIDToGIDMap of a precut font up to its last used character: the
// glyph of each character Text drew (usedRunes[c] == c) and the font has. The map comes from
// a pool; done gives it back once it is written.
func (utf *utf8FontFile) precutCIDToGIDMap(usedRunes map[int]int) (m []byte, done func()) {
	n := 2 * (utf.LastRune + 1)
	p := cidToGIDMaps.Get().(*[]byte)
	if cap(*p) < n {
		*p = make([]byte, n)
	}
	m = (*p)[:n]
	clear(m)
	for i, c := range utf.chars {
		if c > utf.LastRune {
			break
		}
		if r, ok := usedRunes[c]; ok && r == c {
			m[2*c] = byte(utf.glyphs[i] >> 8)
			m[2*c+1] = byte(utf.glyphs[i])
		}
	}
	return m, func() { cidToGIDMaps.Put(p) }
}

// cidToGIDMaps holds CIDToGIDMaps for reuse: a Chinese document's runs to U+FFxx, 128 KB
// (at most that: every map covers the BMP only).
var cidToGIDMaps = sync.Pool{New: func() any { return new([]byte) }}

// appendUTF16Escaped appends f.escape(utf8toutf16(s, false)) to b: the same conversion
// (characters of up to three UTF-8 bytes), each output byte escaped as escape does.
func appendUTF16Escaped(b []byte, s string) []byte {
	put := func(c byte) {
		switch c {
		case '\\', '(', ')':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, c)
		}
	}
	for i := 0; i < len(s); {
		c1 := s[i]
		i++
		switch {
		case c1 >= 224 && i+1 < len(s):
			c2, c3 := s[i], s[i+1]
			i += 2
			put(((c1 & 0x0F) << 4) + ((c2 & 0x3C) >> 2))
			put(((c2 & 0x03) << 6) + (c3 & 0x3F))
		case c1 >= 192 && c1 < 224 && i < len(s):
			c2 := s[i]
			i++
			put((c1 & 0x1C) >> 2)
			put(((c1 & 0x03) << 6) + (c2 & 0x3F))
		case c1 >= 192:
			// A truncated sequence: utf8toutf16 panics here; keep its output for the
			// whole string identical otherwise and stop.
			return b
		default:
			put(0)
			put(c1)
		}
	}
	return b
}

// outNums writes the numbers with two decimals, each followed by a space, then op: the
// bytes of sprintf("%.2f … %.2f op", vals...) without fmt.
func (f *Fpdf) outNums(op string, vals ...float64) {
	b := f.scratch[:0]
	for _, v := range vals {
		b = strconv.AppendFloat(b, v, 'f', 2, 64)
		b = append(b, ' ')
	}
	b = append(b, op...)
	f.outBytes(b)
}

// outLine writes sprintf("%.2f %.2f m %.2f %.2f l S", x1, y1, x2, y2) without fmt.
func (f *Fpdf) outLine(x1, y1, x2, y2 float64) {
	b := f.scratch[:0]
	b = strconv.AppendFloat(b, x1, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, y1, 'f', 2, 64)
	b = append(b, " m "...)
	b = strconv.AppendFloat(b, x2, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, y2, 'f', 2, 64)
	b = append(b, " l S"...)
	f.outBytes(b)
}

// outFont selects the current font in the page's content (patch 21): it is written only when
// text is drawn in it (flushFont), so that a font selected and then replaced before any text,
// as a document's styles switch, costs nothing in the page.
func (f *Fpdf) outFont() { f.fontPending = true }

// flushFont writes the font selection outFont left pending; every path that draws text calls
// it first.
func (f *Fpdf) flushFont() {
	if f.fontPending {
		f.fontPending = false
		f.writeFont()
	}
}

// writeFont writes sprintf("BT /F%s %.2f Tf ET", f.currentFont.i, f.fontSizePt) without fmt.
func (f *Fpdf) writeFont() {
	b := append(f.scratch[:0], "BT /F"...)
	b = append(b, f.currentFont.i...)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, f.fontSizePt, 'f', 2, 64)
	b = append(b, " Tf ET"...)
	f.outBytes(b)
}

// outBytes is out for a line in f.scratch, which it keeps for reuse.
func (f *Fpdf) outBytes(b []byte) {
	if f.state == 2 {
		f.pages[f.page].Write(b)
		f.pages[f.page].WriteByte('\n')
	} else {
		f.buffer.Write(b)
		f.buffer.WriteByte('\n')
	}
	f.scratch = b
}

// widthsLen is the length of CharWidths: every BMP character, as upstream has it, or for a
// precut font up to its last character only, which saves a 512 KB table per font and
// document (GetStringWidth and the /W array check the length).
func (utf *utf8FontFile) widthsLen(symbolToChar map[int][]int) int {
	if !utf.compactWidths {
		return 256 * 256
	}
	last := 0
	for symbol, chars := range symbolToChar {
		if symbol == 0 {
			continue // .notdef, where the cmap's end marker U+FFFF points: parseHMTXTable skips it
		}
		for _, c := range chars {
			if c < 196608 && c != 65535 {
				last = max(last, c)
			}
		}
	}
	return last + 1
}

// sortedChars lists the characters of a precut font up to last, in order.
func (utf *utf8FontFile) sortedChars(last int) []int {
	return utf.chars[:sort.SearchInts(utf.chars, last+1)]
}

// widthArray is the /W entry of a precut font: every character of chars (in increasing
// order) the font has (a width of 0 in cw means none; 65535 stands for a zero width), as
// runs of consecutive characters "c [w1 w2 …]".
func widthArray(cw []int, chars []int) string {
	b := []byte("/W [")
	prev := -2
	for _, c := range chars {
		if c >= len(cw) || cw[c] == 0 {
			continue
		}
		w := cw[c]
		if w == 65535 {
			w = 0
		}
		if c != prev+1 {
			if prev >= 0 {
				b = append(b, "]"...)
			}
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(c), 10)
			b = append(b, " ["...)
		}
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(w), 10)
		prev = c
	}
	if prev >= 0 {
		b = append(b, "]"...)
	}
	b = append(b, " ]"...)
	return string(b)
}

// parsedImages holds the images RegisterImageOptionsReader parsed, by their bytes and how
// they were read: a program that puts the same logo into many documents parses it once.
// Each document gets its own copy of the ImageInfoType (putimage sets its object number);
// the byte slices behind it are shared and only ever read.
var parsedImages = struct {
	sync.Mutex
	m     map[imageKey]*ImageInfoType
	order []imageKey // oldest first
	bytes int
}{m: map[imageKey]*ImageInfoType{}}

// At most this many images, and this many bytes of image data, stay cached.
const (
	maxCachedImages     = 16
	maxCachedImageBytes = 32 << 20
)

type imageKey struct {
	sum     [sha256.Size]byte
	typ     string
	readDpi bool
	scale   float64
}

// imageParses counts the images parsed rather than found in parsedImages (tests only).
var imageParses atomic.Int64

// parseImageCached parses an image of type options.ImageType ("jpg", "png" or "gif") from r,
// or copies the result of an earlier parse of the same bytes.
func (f *Fpdf) parseImageCached(r io.Reader, options ImageOptions) (info *ImageInfoType) {
	switch options.ImageType {
	case "jpg", "png", "gif":
	default:
		f.err = fmt.Errorf("unsupported image type: %s", options.ImageType)
		return
	}
	data, err := io.ReadAll(r)
	if err != nil {
		f.err = err
		return
	}
	key := imageKey{sum: sha256.Sum256(data), typ: options.ImageType, readDpi: options.ReadDpi, scale: f.k}
	parsedImages.Lock()
	cached := parsedImages.m[key]
	parsedImages.Unlock()
	if cached != nil {
		c := *cached
		if c.smask != nil && f.pdfVersion < "1.4" {
			f.pdfVersion = "1.4" // as parsepngstream does for an image with an alpha channel
		}
		return &c
	}
	imageParses.Add(1)
	switch options.ImageType {
	case "jpg":
		info = f.parsejpg(bytes.NewReader(data))
	case "png":
		info = f.parsepng(bytes.NewReader(data), options.ReadDpi)
	case "gif":
		info = f.parsegif(bytes.NewReader(data))
	}
	if f.err != nil {
		return
	}
	if info.i, f.err = generateImageID(info); f.err != nil {
		return
	}
	cacheImage(key, info)
	return
}

// cacheImage keeps a copy of info, dropping the oldest images beyond the limits.
func cacheImage(key imageKey, info *ImageInfoType) {
	size := len(info.data) + len(info.smask) + len(info.pal)
	if size > maxCachedImageBytes {
		return
	}
	c := *info
	parsedImages.Lock()
	defer parsedImages.Unlock()
	if _, ok := parsedImages.m[key]; ok {
		return // another document parsed it at the same time
	}
	for len(parsedImages.order) >= maxCachedImages || parsedImages.bytes+size > maxCachedImageBytes {
		old := parsedImages.order[0]
		parsedImages.order = parsedImages.order[1:]
		o := parsedImages.m[old]
		parsedImages.bytes -= len(o.data) + len(o.smask) + len(o.pal)
		delete(parsedImages.m, old)
	}
	parsedImages.m[key] = &c
	parsedImages.order = append(parsedImages.order, key)
	parsedImages.bytes += size
}

// outRaw is out for bytes: a stream is written as it is, not first copied into a string.
func (f *Fpdf) outRaw(b []byte) {
	if f.state == 2 {
		f.pages[f.page].Write(b)
		f.pages[f.page].WriteByte('\n')
	} else {
		f.buffer.Write(b)
		f.buffer.WriteByte('\n')
	}
}

// growForEnd makes room in the document's buffer, before enddoc writes the pages and fonts
// into it, for about what they will take: the buffer grows once instead of doubling (and
// copying) again and again. The pages and fonts are counted uncompressed, an upper bound.
func (f *Fpdf) growForEnd() {
	// What the compressed pages and fonts take, about (patch 22): page contents compress to
	// a third or less, fonts to two thirds; 16 KB for the objects around them. A short guess
	// costs one more growth; a long one, memory cleared for nothing.
	pages, fonts := 0, 0
	for _, p := range f.pages {
		if p != nil {
			pages += p.Len()
		}
	}
	for _, font := range f.fonts {
		if font.utf8File != nil && font.precut {
			fonts += len(font.utf8File.fileReader.array)
		}
	}
	f.buffer.Grow(16<<10 + pages/2 + fonts*3/4)
}

// runeBits is a set of BMP runes.
type runeBits [1 << 16 / 64]uint64

// markUsed records r in the font's usedRunes. A document draws the same few hundred runes
// thousands of times: a bit set answers "already there" without a map assignment. The map
// stays the one record every other use reads; it only loses repeated writes of a key.
func (font *fontDefType) markUsed(r rune) {
	if font.drawnKnown {
		return // its characters were recorded when it was added (patch 23)
	}
	if b := font.usedBits; b != nil && r >= 0 && r < 1<<16 {
		w, m := r>>6, uint64(1)<<(r&63)
		if b[w]&m != 0 {
			return
		}
		b[w] |= m
	}
	font.usedRunes[int(r)] = int(r)
}

// newPageBuffer is the content buffer of a new page, with room for as much as the page
// before it holds: pages of one document are alike, and a buffer grown from empty is
// reallocated and copied about ten times on the way to a few kilobytes.
func (f *Fpdf) newPageBuffer() *bytes.Buffer {
	n := 0
	if len(f.pages) > 1 && f.pages[len(f.pages)-1] != nil {
		n = f.pages[len(f.pages)-1].Len()
	}
	return bytes.NewBuffer(make([]byte, 0, n+n/4))
}

// OutputBytes is Output for a caller that wants the document as a byte slice: it returns
// the document's own buffer instead of copying it into another (patch 16). The Fpdf must not
// be used afterwards.
func (f *Fpdf) OutputBytes() ([]byte, error) {
	if f.err == nil && f.state < 3 {
		f.Close()
	}
	if f.err != nil {
		return nil, f.err
	}
	b := f.buffer.Bytes()
	return b[:len(b):len(b)], nil
}
