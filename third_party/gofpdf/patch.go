package gofpdf

// Additions of this vendored copy; each is listed in PATCHES.

import (
	"strconv"
	"sync"
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
	b = append(b, txt...)
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
	f.addFontFromBytes(familyStr, styleStr, nil, nil, utf8Bytes)
	if def, ok := f.fonts[key]; ok {
		def.precut = true
		f.fonts[key] = def
	}
}

// precutFont returns the font file of a precut font and sets what GenerateCutFont sets for
// putfonts: the glyph of each used character and the last used character.
func (utf *utf8FontFile) precutFont(usedRunes map[int]int) []byte {
	utf.LastRune = 0
	glyphs := make(map[int]int, len(usedRunes))
	for _, r := range usedRunes {
		if g, ok := utf.charSymbolDictionary[r]; ok {
			glyphs[r] = g
		}
		utf.LastRune = max(utf.LastRune, r)
	}
	utf.CodeSymbolDictionary = glyphs
	return utf.fileReader.array
}
