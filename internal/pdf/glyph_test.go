package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// glyphSources are the files whose every character must print with a real glyph: the
// built-in locales and examples (when they exist) and the samples here.
func glyphSources(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{"../../locales/*.toml", "../../examples/*.yaml", "testdata/*.md"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

func TestEveryRuneHasARealGlyph(t *testing.T) {
	var faces [numFaces]*sfnt.Font
	for i := range faces {
		f, err := sfnt.Parse(fontFiles[i].ttf())
		if err != nil {
			t.Fatal(err)
		}
		faces[i] = f
	}
	var buf sfnt.Buffer
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	styles := []textStyle{{size: 10}, {size: 10, bold: true}, {size: 10, italic: true}, {size: 10, bold: true, italic: true}, {size: 10, mono: true}}
	files := glyphSources(t)
	if len(files) < 5 {
		t.Fatalf("found only %d source files: %v", len(files), files)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		ts := newTextSource(nil, fs)
		text := ts.clean(string(data))
		if w := ts.warnList; len(w) > 0 && filepath.Base(file) != "constructs.md" {
			t.Errorf("%s: characters replaced: %v", file, w)
		}
		for _, cjk := range []bool{false, true} {
			b := &breaker{fonts: fs, cjk: cjk}
			for _, st := range styles {
				for _, c := range b.clusters([]span{{text: text, style: st}}) {
					if c.hard || c.space {
						continue
					}
					for _, r := range c.text {
						gi, err := faces[c.face].GlyphIndex(&buf, r)
						if err != nil || gi == 0 {
							t.Errorf("%s: %U %q has no glyph in %s%s (cjk=%v)", file, r, r, fontFiles[c.face].family, fontFiles[c.face].style, cjk)
						}
					}
				}
			}
		}
	}
}

func TestUnprintableCharactersReplacedWithWarning(t *testing.T) {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	ts := newTextSource(nil, fs)
	got := ts.clean("ok 😀 \U00020000 a\u0000b\u0085c")
	if want := "ok \uFFFD \uFFFD abc"; got != want {
		t.Errorf("clean = %q, want %q", got, want)
	}
	if len(ts.warnList) != 4 {
		t.Errorf("warnings = %q, want four: two glyphs, two control characters", ts.warnList)
	}
}

// TestEveryDrawableRuneGetsAFace checks that a rune some embedded face has is drawn with a face
// that has it, in every style: a rune only DejaVu Sans Mono has must not vanish from plain text.
func TestEveryDrawableRuneGetsAFace(t *testing.T) {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	styles := []textStyle{{}, {bold: true}, {italic: true}, {bold: true, italic: true}, {mono: true}}
	for r := rune(0x20); r < 0x10000; r++ {
		if !fs.anyHas(r) {
			continue
		}
		for _, st := range styles {
			for _, cjk := range []bool{false, true} {
				if f, ok := fs.pick(cjk, st, string(r)); !ok || !fs.m[f].has(r) {
					t.Fatalf("%U in %+v (cjk=%v): no face with its glyph is chosen", r, st, cjk)
				}
			}
		}
	}
}

// TestStableRunesNeedNoNormalization checks what clean's fast path relies on: every rune
// stableRune accepts needs no care, is NFC by itself, has combining class 0 (nothing
// reorders) and never composes with the rune before it: so a string of them is NFC as it
// stands. (A letter may compose with a combining mark after it, but no such mark is stable.)
func TestStableRunesNeedNoNormalization(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0xFFFF; r++ {
		if !stableRune(r) {
			continue
		}
		n++
		p := norm.NFC.PropertiesString(string(r))
		if needsCare(r) || !norm.NFC.IsNormalString(string(r)) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("%U: care %v, NFC %v, class %d, boundary before %v", r, needsCare(r), norm.NFC.IsNormalString(string(r)), p.CCC(), p.BoundaryBefore())
		}
	}
	if n < 20000 {
		t.Errorf("only %d stable runes", n)
	}
	// Text made of them comes out of clean unchanged, the same as through the full path.
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	ts := newTextSource(nil, fs)
	for _, s := range []string{"客户服务（门店总监）“Piekarnia”，2026年", "Zażółć gęślą jaźń — Příliš žluťoučký kůň", "e\u0301 composes", "tab\there"} {
		want := norm.NFC.String(s)
		if s == "tab\there" {
			want = "tab here"
		}
		if got := ts.clean(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
	}
}
