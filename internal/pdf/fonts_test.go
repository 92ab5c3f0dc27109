package pdf

import (
	"bytes"
	"math"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// TestMetricsMatchGofpdf checks that the layout measures text exactly as gofpdf will draw it.
func TestMetricsMatchGofpdf(t *testing.T) {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	text := "Zażółć gęślą jaźń — Příliš žluťoučký kůň; Ääkköset 123 王小明，客户服务。“”"
	for f := range numFaces {
		pdf := gofpdf.New("P", "pt", "A4", "")
		ff := fontFiles[f]
		pdf.AddUTF8FontFromBytes(ff.family, ff.style, append([]byte(nil), ff.ttf()...))
		pdf.SetFont(ff.family, ff.style, 11)
		if err := pdf.Error(); err != nil {
			t.Fatal(err)
		}
		var drawable []rune
		for _, r := range text {
			if fs.m[f].has(r) {
				drawable = append(drawable, r)
			}
		}
		s := string(drawable)
		if got, want := fs.measure(f, s, 11), pdf.GetStringWidth(s); math.Abs(got-want) > 1e-9 {
			t.Errorf("%s%s: measured %.4f, gofpdf %.4f for %q", ff.family, ff.style, got, want, s)
		}
	}
}

func TestSubsetFontEmbeds(t *testing.T) {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	runes := new(runeSet)
	for _, r := range "Příliš žluťoučký 王小明，。" {
		runes.add(r)
	}
	for f := range numFaces {
		sub, _, err := subsetFont(fontFiles[f].ttf(), runes, fs.m[f].glyphID, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(sub) > len(fontFiles[f].ttf())/4 {
			t.Errorf("face %d: subset is %d bytes of %d", f, len(sub), len(fontFiles[f].ttf()))
		}
		sm, err := loadMetrics(sub)
		if err != nil {
			t.Fatal(err)
		}
		runes.each(func(r rune) {
			if fs.m[f].has(r) && sm.width(r) != fs.m[f].width(r) {
				t.Errorf("face %d: %q is %d wide in the subset, %d in the font", f, r, sm.width(r), fs.m[f].width(r))
			}
		})
	}
	if _, _, err := subsetFont([]byte("OTTO not a ttf"), runes, fs.m[0].glyphID, nil); err == nil {
		t.Error("a CFF font was accepted")
	}
}

// TestPrecutFontMatchesParsed checks that a face embedded with the metrics we hand gofpdf
// (embedFont) makes the same document, byte for byte, as one gofpdf parses from the subset
// itself.
func TestPrecutFontMatchesParsed(t *testing.T) {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	text := "Příliš žluťoučký kůň — Zażółć gęślą jaźń 0123 {x} 王小明，客户服务。“”\u00a0\u2060"
	for f := range numFaces {
		runes := new(runeSet)
		var drawn []rune
		for _, r := range (run{text: text}).drawn() {
			if fs.m[f].has(r) {
				runes.add(r)
				drawn = append(drawn, r)
			}
		}
		doc := func(add func(pdf *gofpdf.Fpdf) error) []byte {
			pdf := gofpdf.New("P", "pt", "A4", "")
			pdf.SetCompression(false)
			pdf.SetCreationDate(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
			pdf.SetModificationDate(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
			if err := add(pdf); err != nil {
				t.Fatal(err)
			}
			pdf.AddPage()
			pdf.SetFont(fontFiles[f].family, fontFiles[f].style, 11)
			pdf.Text(10, 20, string(drawn))
			var out bytes.Buffer
			if err := pdf.Output(&out); err != nil {
				t.Fatal(err)
			}
			return out.Bytes()
		}
		parsed := doc(func(pdf *gofpdf.Fpdf) error {
			sub, _, err := subsetFont(fontFiles[f].ttf(), runes, fs.m[f].glyphID, nil)
			if err != nil {
				return err
			}
			pdf.AddUTF8FontFromSubsetBytes(fontFiles[f].family, fontFiles[f].style, sub)
			pdf.SetFont(fontFiles[f].family, fontFiles[f].style, 10) // as embedFont does
			return pdf.Error()
		})
		precut := doc(func(pdf *gofpdf.Fpdf) error { return embedFont(pdf, f, runes, fs.m[f], new([]byte), false) })
		if !bytes.Equal(parsed, precut) {
			a, b := string(parsed), string(precut)
			i := 0
			for i < min(len(a), len(b)) && a[i] == b[i] {
				i++
			}
			t.Errorf("face %d: documents differ at byte %d: parsed %q, precut %q", f, i, a[max(i-40, 0):min(i+40, len(a))], b[max(i-40, 0):min(i+40, len(b))])
		}
	}
}

func TestRuneSet(t *testing.T) {
	var s runeSet
	for _, r := range "bab客\U0001F600a\uffff" {
		s.add(r)
	}
	var got []rune
	s.each(func(r rune) { got = append(got, r) })
	if string(got) != "ab客\uffff" || s.len() != 4 {
		t.Errorf("set holds %q (%d), want \"ab客\\uffff\" (4): in order, once each, BMP only", string(got), s.len())
	}
	if (*runeSet)(nil).len() != 0 {
		t.Error("a nil set is not empty")
	}
}

func TestGlyphSetRanker(t *testing.T) {
	var s glyphSet
	for _, g := range []int{0, 5, 63, 64, 65, 1000, 4095, 40000, 65535} {
		s.add(g)
	}
	const n = 50000 // glyphs from n up are not in the font
	rank := s.ranker(n)
	for i, g := range s.sorted(n) {
		if got := rank(g); got != i {
			t.Errorf("rank(%d) = %d, want %d", g, got, i)
		}
	}
	for _, g := range []int{1, 62, 66, 39999, 65535, -1, 70000} {
		if got := rank(g); got != 0 {
			t.Errorf("rank(%d) = %d for a glyph not kept or not in the font, want 0", g, got)
		}
	}
}
