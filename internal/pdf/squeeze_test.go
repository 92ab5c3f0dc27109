package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestPunctBlankMatchesFont: the blank recorded for each mark is the embedded font's.
func TestPunctBlankMatchesFont(t *testing.T) {
	f, err := sfnt.Parse(wqyMicroHei)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.UnitsPerEm(); got != cjkUnitsPerEm {
		t.Fatalf("units per em %d, want %d", got, cjkUnitsPerEm)
	}
	var buf sfnt.Buffer
	ppem := fixed.I(cjkUnitsPerEm)
	for r, m := range cjkPunct {
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			t.Fatalf("%q: no glyph (%v)", r, err)
		}
		adv, err := f.GlyphAdvance(&buf, gi, ppem, font.HintingNone)
		if err != nil {
			t.Fatal(err)
		}
		bb, _, err := f.GlyphBounds(&buf, gi, ppem, font.HintingNone)
		if err != nil {
			t.Fatal(err)
		}
		left, right := bb.Min.X.Round(), adv.Round()-bb.Max.X.Round()
		if adv.Round() != cjkUnitsPerEm || left != int(m.left) || right != int(m.right) {
			t.Errorf("%q: font has advance %d, blank %d left and %d right; table says %d and %d",
				r, adv.Round(), left, right, m.left, m.right)
		}
	}
}

// glyphAt is where a rune of a laid-out line is drawn: its origin and advance.
type glyphAt struct {
	r        rune
	x, adv   float64
	face     face
	fontSize float64
}

// drawnGlyphs replays l as the painter draws it: each run from its x, each glyph at the
// font's advance.
func drawnGlyphs(b *breaker, l line) []glyphAt {
	var gs []glyphAt
	for _, run := range l.runs {
		x := run.x
		for _, r := range run.text {
			adv := b.fonts.measure(run.face, string(r), run.style.size)
			gs = append(gs, glyphAt{r, x, adv, run.face, run.style.size})
			x += adv
		}
	}
	return gs
}

func TestSqueezeCJK(t *testing.T) {
	b := testBreaker(t, true)
	const size = 10.0
	em := func(n int) float64 { return units(n, size) }
	for _, tc := range []struct {
		text string
		// check[i] is the most blank allowed between the ink of glyph i and of glyph i+1 (the
		// slot of a glyph that is not a mark), unless the glyph before gave up maxCut.
		check map[int]float64
	}{
		{"Zając（门店总监）", map[int]float64{5: em(insideBracket), 9: em(insideBracket)}},
		{"简称“Piekarnia”）的", map[int]float64{12: em(betweenMarks)}},
		{"回复。”（详见下表）", map[int]float64{2: em(afterPause), 3: em(betweenMarks), 4: em(insideBracket), 8: em(insideBracket)}},
		{"请联系：“王小明”，谢谢", map[int]float64{3: em(afterPause), 8: em(betweenMarks)}},
	} {
		ls := b.lines([]span{{text: tc.text, style: textStyle{size: size}}}, 1000)
		if len(ls) != 1 || ls[0].text() != tc.text {
			t.Fatalf("%q: laid out as %+v", tc.text, ls)
		}
		gs := drawnGlyphs(b, ls[0])
		// ink is where a glyph's ink starts and ends; for a glyph that is not a mark, its slot.
		ink := func(g glyphAt) (float64, float64) {
			m, ok := cjkPunct[g.r]
			if !ok || g.face != faceCJK {
				return g.x, g.x + g.adv
			}
			return g.x + em(int(m.left)), g.x + g.adv - em(int(m.right))
		}
		for i := 0; i+1 < len(gs); i++ {
			_, aRight := ink(gs[i])
			bLeft, _ := ink(gs[i+1])
			gap := bLeft - aRight
			// The same two glyphs set at their full advance.
			next := gs[i+1]
			next.x = gs[i].x + gs[i].adv
			natLeft, _ := ink(next)
			natural := natLeft - aRight
			if short := gs[i].x + gs[i].adv - gs[i+1].x; short > em(maxCut)+epsilon {
				t.Errorf("%q: %q overlaps %q by %.2fpt, more than pdftotext reads as one line", tc.text, gs[i].r, gs[i+1].r, short)
			}
			if gap < -epsilon {
				t.Errorf("%q: the ink of %q and %q overlaps by %.2fpt", tc.text, gs[i].r, gs[i+1].r, -gap)
			}
			if limit, ok := tc.check[i]; ok && gap > max(limit, natural-em(maxCut))+epsilon {
				t.Errorf("%q: %.2fpt between %q and %q (%.2fpt unsqueezed), want at most %.2fpt", tc.text, gap, gs[i].r, gs[i+1].r, natural, limit)
			}
			if _, ok := tc.check[i]; ok && natural-gap < em(100) {
				t.Errorf("%q: %q and %q not squeezed: %.2fpt apart, %.2fpt unsqueezed", tc.text, gs[i].r, gs[i+1].r, gap, natural)
			}
		}
		// The line is as wide as what is drawn: the last glyph ends where the line does.
		last := gs[len(gs)-1]
		if _, right := ink(last); right > ls[0].width+epsilon {
			t.Errorf("%q: ink ends at %.2f, past the line's width %.2f", tc.text, right, ls[0].width)
		}
	}
}

// TestSqueezeOnlyCJKMarks: Latin text and text without full-width marks keep their widths
// and stay in one run.
func TestSqueezeOnlyCJKMarks(t *testing.T) {
	for _, cjk := range []bool{false, true} {
		b := testBreaker(t, cjk)
		for _, text := range []string{"Zając (Head of Shops), “quoted”.", "客户选择我们是因为我们回复迅速"} {
			ls := b.lines([]span{{text: text, style: textStyle{size: 10}}}, 1000)
			var natural float64
			for _, c := range b.clusters([]span{{text: text, style: textStyle{size: 10}}}) {
				natural += b.fonts.measure(c.face, c.text, 10)
			}
			if len(ls) != 1 || ls[0].width < natural-epsilon {
				t.Errorf("cjk=%v %q: squeezed to %.2f from %.2f", cjk, text, ls[0].width, natural)
			}
		}
	}
}

// TestSqueezedTextExtracts: squeezed marks come out of the PDF as they went in, with no
// space pdftotext would read into a narrowed gap.
func TestSqueezedTextExtracts(t *testing.T) {
	needTools(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "zh.pdf")
	if err := os.WriteFile(path, renderSample(t, "zh", Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	text := command(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-")
	for _, w := range []string{"客户满意度（CSAT）", "净推荐值（NPS）", "前回复”，也必须", "升级联系人（王小明），并明确了"} {
		if !strings.Contains(text, w) {
			t.Errorf("pdftotext lacks %q", w)
		}
	}
}

// TestPunctMarksLeadBytes checks markOf's shortcut: every mark starts with one of the lead
// bytes it looks for.
func TestPunctMarksLeadBytes(t *testing.T) {
	for r := range cjkPunct {
		if b := string(r)[0]; len(string(r)) != 3 || b != 0xE2 && b != 0xE3 && b != 0xEF {
			t.Errorf("%U does not start with 0xE2, 0xE3 or 0xEF: markOf would miss it", r)
		}
	}
}
