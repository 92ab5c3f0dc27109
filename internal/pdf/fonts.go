package pdf

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansboldoblique"
	"github.com/go-fonts/dejavu/dejavusansmono"
	"github.com/go-fonts/dejavu/dejavusansoblique"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// wqyMicroHei is WenQuanYi Micro Hei 0.2.0-beta (Apache-2.0, see fonts/ and NOTICE).
//
//go:embed fonts/wqy-microhei.ttf
var wqyMicroHei []byte

// face is one embedded font file. CJK has no bold or italic face: bold CJK text is drawn
// stroked, italic CJK text stays upright (as CJK typography does).
type face uint8

const (
	faceSans face = iota
	faceSansBold
	faceSansOblique
	faceSansBoldOblique
	faceMono
	faceCJK
	numFaces
)

type fontFile struct {
	family string // gofpdf family name
	style  string // gofpdf style: "", "B", "I", "BI"
	ttf    func() []byte
}

// fontFiles never changes; the byte slices behind it are only ever copied.
var fontFiles = [numFaces]fontFile{
	faceSans:            {"dejavu", "", func() []byte { return dejavusans.TTF }},
	faceSansBold:        {"dejavu", "B", func() []byte { return dejavusansbold.TTF }},
	faceSansOblique:     {"dejavu", "I", func() []byte { return dejavusansoblique.TTF }},
	faceSansBoldOblique: {"dejavu", "BI", func() []byte { return dejavusansboldoblique.TTF }},
	faceMono:            {"dejavumono", "", func() []byte { return dejavusansmono.TTF }},
	faceCJK:             {"wqy", "", func() []byte { return wqyMicroHei }},
}

// missing marks a rune the font has no glyph for.
const missing = -1

// metrics holds the advance widths of one font for every BMP rune, in thousandths of an
// em, rounded exactly as gofpdf rounds them into the PDF's /W array, so measured and drawn
// widths agree.
type metrics struct {
	advance []int16  // indexed by rune; missing when the font lacks a glyph
	glyph   []uint16 // glyph ID of each rune, 0 when missing
}

func (m *metrics) glyphID(r rune) uint16 {
	if r < 0 || int(r) >= len(m.glyph) {
		return 0
	}
	return m.glyph[r]
}

func (m *metrics) has(r rune) bool {
	return r >= 0 && int(r) < len(m.advance) && m.advance[r] != missing
}

// width of r in thousandths of an em; runes without a glyph measure 0.
func (m *metrics) width(r rune) int {
	if !m.has(r) {
		return 0
	}
	return int(m.advance[r])
}

// faceMetrics computes each font's width table once per process, on first use; the tables
// are read-only afterwards.
var faceMetrics = func() [numFaces]func() (*metrics, error) {
	var fns [numFaces]func() (*metrics, error)
	for i := range fns {
		fns[i] = sync.OnceValues(func() (*metrics, error) { return loadMetrics(fontFiles[i].ttf()) })
	}
	return fns
}()

func loadMetrics(ttf []byte) (*metrics, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("parse font: %w", err)
	}
	var buf sfnt.Buffer
	upem := int(f.UnitsPerEm())
	m := &metrics{advance: make([]int16, 0x10000), glyph: make([]uint16, 0x10000)}
	for r := range m.advance {
		m.advance[r] = missing
		if r < 0x20 || (r >= 0xD800 && r < 0xE000) {
			continue
		}
		gi, err := f.GlyphIndex(&buf, rune(r))
		if err != nil || gi == 0 {
			continue
		}
		adv, err := f.GlyphAdvance(&buf, gi, fixed.Int26_6(upem<<6), font.HintingNone)
		if err != nil {
			continue
		}
		units := float64(adv) / 64
		w := int(units*1000/float64(upem) + 0.5)
		m.advance[r] = int16(w)
		m.glyph[r] = uint16(gi)
	}
	return m, nil
}

// fontSet is the metrics of every face, loaded for one render.
type fontSet struct {
	m [numFaces]*metrics
}

func loadFontSet() (*fontSet, error) {
	fs := &fontSet{}
	for i := range fs.m {
		m, err := faceMetrics[i]()
		if err != nil {
			return nil, fmt.Errorf("font %s%s: %w", fontFiles[i].family, fontFiles[i].style, err)
		}
		fs.m[i] = m
	}
	return fs, nil
}

// latinFace is the DejaVu face for a style.
func latinFace(st textStyle) face {
	switch {
	case st.mono:
		return faceMono
	case st.bold && st.italic:
		return faceSansBoldOblique
	case st.bold:
		return faceSansBold
	case st.italic:
		return faceSansOblique
	}
	return faceSans
}

// candidates lists the faces to try for text in style st, best first: the locale's main
// script decides whether DejaVu or WenQuanYi comes first, and each falls back on the other.
func candidates(cjk bool, st textStyle) [3]face {
	l := latinFace(st)
	switch {
	case st.mono:
		return [3]face{faceMono, faceSans, faceCJK}
	case cjk:
		return [3]face{faceCJK, l, faceSans}
	}
	return [3]face{l, faceCJK, faceSans}
}

// pick returns the first candidate face with a glyph for every rune of cluster.
func (fs *fontSet) pick(cjk bool, st textStyle, cluster string) (face, bool) {
	for _, f := range candidates(cjk, st) {
		ok := true
		for _, r := range cluster {
			if !fs.m[f].has(r) {
				ok = false
				break
			}
		}
		if ok {
			return f, true
		}
	}
	return 0, false
}

// anyHas reports whether some face has a glyph for r.
func (fs *fontSet) anyHas(r rune) bool {
	for _, m := range fs.m {
		if m.has(r) {
			return true
		}
	}
	return false
}

// measure is the width of s in face f at size points.
func (fs *fontSet) measure(f face, s string, size float64) float64 {
	w := 0
	m := fs.m[f]
	for _, r := range s {
		w += m.width(r)
	}
	return float64(w) * size / 1000
}
