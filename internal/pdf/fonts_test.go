package pdf

import (
	"math"
	"testing"

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
	runes := map[rune]bool{}
	for _, r := range "Příliš žluťoučký 王小明，。" {
		runes[r] = true
	}
	for f := range numFaces {
		sub, err := subsetFont(fontFiles[f].ttf(), runes, fs.m[f].glyphID)
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
		for r := range runes {
			if fs.m[f].has(r) && sm.width(r) != fs.m[f].width(r) {
				t.Errorf("face %d: %q is %d wide in the subset, %d in the font", f, r, sm.width(r), fs.m[f].width(r))
			}
		}
	}
	if _, err := subsetFont([]byte("OTTO not a ttf"), runes, fs.m[0].glyphID); err == nil {
		t.Error("a CFF font was accepted")
	}
}
