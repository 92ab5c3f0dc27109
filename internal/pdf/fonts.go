package pdf

import (
	_ "embed"
	"fmt"
	"sync"

	"encoding/binary"
	"errors"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansboldoblique"
	"github.com/go-fonts/dejavu/dejavusansmono"
	"github.com/go-fonts/dejavu/dejavusansoblique"
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

// loadMetrics reads the widths from the font's (3,1) format 4 character map, the one gofpdf
// reads too, and its horizontal metrics.
func loadMetrics(ttf []byte) (*metrics, error) {
	tables, err := tableDirectory(ttf)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx := tables["head"], tables["hhea"], tables["hmtx"]
	if len(head) < 54 || len(hhea) < 36 {
		return nil, errors.New("font lacks head or hhea")
	}
	upem := float64(binary.BigEndian.Uint16(head[18:]))
	numMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	if upem == 0 || numMetrics == 0 || len(hmtx) < 4*numMetrics {
		return nil, errors.New("font has no horizontal metrics")
	}
	m := &metrics{advance: make([]int16, 0x10000), glyph: make([]uint16, 0x10000)}
	for r := range m.advance {
		m.advance[r] = missing
	}
	err = eachCmap4(tables["cmap"], func(r rune, g uint16) {
		if r < 0x20 || (r >= 0xD800 && r < 0xE000) || r == 0xFFFF {
			return
		}
		i := min(int(g), numMetrics-1)
		adv := float64(binary.BigEndian.Uint16(hmtx[4*i:]))
		m.advance[r] = int16(adv*1000/upem + 0.5)
		m.glyph[r] = g
	})
	return m, err
}

// eachCmap4 calls fn for every character the format 4 Unicode subtable maps to a glyph.
func eachCmap4(cmap []byte, fn func(rune, uint16)) error {
	if len(cmap) < 4 {
		return errors.New("font has no cmap")
	}
	sub := -1
	for i := 0; i < int(binary.BigEndian.Uint16(cmap[2:])); i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		platform, encoding := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if (platform == 3 && encoding == 1 || platform == 0) && off+14 <= len(cmap) && binary.BigEndian.Uint16(cmap[off:]) == 4 {
			sub = off
			break
		}
	}
	if sub < 0 {
		return errors.New("font has no format 4 Unicode cmap")
	}
	t := cmap[sub:]
	segs := int(binary.BigEndian.Uint16(t[6:])) / 2
	if 16+8*segs > len(t) {
		return errors.New("truncated cmap")
	}
	u16 := func(p int) int { return int(binary.BigEndian.Uint16(t[p:])) }
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	for s := 0; s < segs; s++ {
		start, end, delta, ro := u16(starts+2*s), u16(ends+2*s), u16(deltas+2*s), u16(ranges+2*s)
		for c := start; c <= end && c < 0xFFFF; c++ {
			g := (c + delta) & 0xFFFF
			if ro != 0 {
				p := ranges + 2*s + ro + 2*(c-start)
				if p+2 > len(t) {
					continue
				}
				if g = u16(p); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g != 0 {
				fn(rune(c), uint16(g))
			}
		}
	}
	return nil
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

// pick returns the first candidate face with a glyph for every rune of cluster, else the
// first of the other faces that has them all (a rune only DejaVu Sans Mono or Bold has still
// prints in plain text, in that face), so that every rune anyHas accepts gets a face.
func (fs *fontSet) pick(cjk bool, st textStyle, cluster string) (face, bool) {
	for _, f := range candidates(cjk, st) {
		if fs.hasAll(f, cluster) {
			return f, true
		}
	}
	for f := range numFaces {
		if fs.hasAll(f, cluster) {
			return f, true
		}
	}
	return 0, false
}

// pickRune is pick for a cluster of the one rune r.
func (fs *fontSet) pickRune(cjk bool, st textStyle, r rune) (face, bool) {
	for _, f := range candidates(cjk, st) {
		if fs.m[f].has(r) {
			return f, true
		}
	}
	for f := range numFaces {
		if fs.m[f].has(r) {
			return f, true
		}
	}
	return 0, false
}

func (fs *fontSet) hasAll(f face, cluster string) bool {
	for _, r := range cluster {
		if !fs.m[f].has(r) {
			return false
		}
	}
	return true
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
