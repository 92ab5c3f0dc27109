package pdf

import (
	"encoding/binary"
	"reflect"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestSubsetKeepsOutlinesDropsHinting: every character of a subset has the outline and
// advance it has in the whole font, no glyph keeps hinting instructions, and the naming
// table still says which font it is, without the licence text.
func TestSubsetKeepsOutlinesDropsHinting(t *testing.T) {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	// Latin letters with diacritics (composite glyphs in DejaVu), digits, punctuation,
	// Chinese and full-width marks.
	text := "AaŻżŁłĄąĘęŚśĆćŃńÓóŹźČčĎďĚěŇňŘřŠšŤťŮůŽžÄäÖöÅå0123456789.,;:!?()[]{}–—„“”«»%&@#/\\ 王小明客户服务，。：；！？“”（）"
	runes := new(runeSet)
	for _, r := range text {
		runes.add(r)
	}
	var buf sfnt.Buffer
	ppem := fixed.I(1000)
	for f := range numFaces {
		whole, err := sfnt.Parse(fontFiles[f].ttf())
		if err != nil {
			t.Fatal(err)
		}
		sub, _, err := subsetFont(fontFiles[f].ttf(), runes, fs.m[f].glyphID, nil)
		if err != nil {
			t.Fatal(err)
		}
		part, err := sfnt.Parse(sub)
		if err != nil {
			t.Fatalf("face %d: the subset does not parse: %v", f, err)
		}
		compared := 0
		runes.each(func(r rune) {
			gw, _ := whole.GlyphIndex(&buf, r)
			if gw == 0 {
				return
			}
			gp, err := part.GlyphIndex(&buf, r)
			if err != nil || gp == 0 {
				t.Errorf("face %d: %q missing from the subset (%v)", f, r, err)
				return
			}
			want, err := whole.LoadGlyph(&buf, gw, ppem, nil)
			if err != nil {
				t.Fatal(err)
			}
			want = append(sfnt.Segments(nil), want...)
			got, err := part.LoadGlyph(&buf, gp, ppem, nil)
			if err != nil {
				t.Errorf("face %d: %q: %v", f, r, err)
				return
			}
			if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual([]sfnt.Segment(got), []sfnt.Segment(want)) {
				t.Errorf("face %d: %q has another outline in the subset", f, r)
			}
			aw, _ := whole.GlyphAdvance(&buf, gw, ppem, font.HintingNone)
			ap, _ := part.GlyphAdvance(&buf, gp, ppem, font.HintingNone)
			if aw != ap {
				t.Errorf("face %d: %q advances %v in the subset, %v in the font", f, r, ap, aw)
			}
			compared++
		})
		if compared < 10 {
			t.Errorf("face %d: only %d characters compared", f, compared)
		}
		tables, err := tableDirectory(sub)
		if err != nil {
			t.Fatal(err)
		}
		instructions := glyphInstructions(t, tables)
		if instructions != 0 {
			t.Errorf("face %d: the subset's glyphs keep %d bytes of instructions", f, instructions)
		}
		for _, id := range []sfnt.NameID{sfnt.NameIDCopyright, sfnt.NameIDFamily, sfnt.NameIDFull, sfnt.NameIDPostScript} {
			w, _ := whole.Name(&buf, id)
			p, err := part.Name(&buf, id)
			if err != nil || p != w {
				t.Errorf("face %d: name %d is %q in the subset (%v), %q in the font", f, id, p, err, w)
			}
		}
		if p, err := part.Name(&buf, sfnt.NameIDLicense); err == nil {
			t.Errorf("face %d: the subset keeps the licence text %.30q…", f, p)
		}
		if len(tables["name"]) > 2000 {
			t.Errorf("face %d: the naming table is %d bytes", f, len(tables["name"]))
		}
	}
}

// glyphInstructions adds up the instruction bytes of every glyph in a font's glyf table,
// and fails when a composite glyph still says it has some.
func glyphInstructions(t *testing.T, tables map[string][]byte) int {
	t.Helper()
	glyf, loca, head := tables["glyf"], tables["loca"], tables["head"]
	if binary.BigEndian.Uint16(head[50:]) != 1 {
		t.Fatal("a subset has long offsets")
	}
	total := 0
	for i := 0; i+8 <= len(loca); i += 4 {
		a, b := binary.BigEndian.Uint32(loca[i:]), binary.BigEndian.Uint32(loca[i+4:])
		d := glyf[a:b]
		if len(d) < 10 {
			continue
		}
		contours := int(int16(binary.BigEndian.Uint16(d)))
		if contours >= 0 {
			total += int(binary.BigEndian.Uint16(d[10+2*contours:]))
			continue
		}
		forComponents(d, func(p int) {
			if binary.BigEndian.Uint16(d[p:])&hasInstructions != 0 {
				t.Errorf("a composite glyph still says it has instructions")
			}
		})
	}
	return total
}

func TestUnhintedKeepsBrokenGlyphs(t *testing.T) {
	for _, d := range [][]byte{
		nil,
		{0, 1},
		{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 200, 1, 2},  // instructions run past the end
		{0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, 1}, // a component cut short
	} {
		dst := make([]byte, len(d))
		if n := copyUnhinted(dst, d); n != len(d) || string(dst) != string(d) {
			t.Errorf("%v became %v", d, dst[:n])
		}
	}
	simple := []byte{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 2, 0xAA, 0xBB, 1, 2, 3}
	dst := make([]byte, len(simple))
	n := copyUnhinted(dst, simple)
	if want := []byte{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 1, 2, 3}; string(dst[:n]) != string(want) {
		t.Errorf("simple glyph: %v, want %v", dst[:n], want)
	}
}
