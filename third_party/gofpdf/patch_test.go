package gofpdf

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"io"
	"math/rand"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestGenerateFontIDTellsKeysApart(t *testing.T) {
	seen := map[string]string{}
	for _, key := range []string{"dejavu", "dejavuB", "dejavuI", "dejavuBI", "wqy", "dejavumono"} {
		id, err := generateFontID(fontDefType{Tp: "UTF8", Name: key, Cw: make([]int, 65536)})
		if err != nil {
			t.Fatal(err)
		}
		if other, ok := seen[id]; ok {
			t.Fatalf("%s and %s share id %s", key, other, id)
		}
		seen[id] = key
		again, _ := generateFontID(fontDefType{Tp: "UTF8", Name: key})
		if again != id {
			t.Fatalf("%s: id depends on the width table", key)
		}
	}
}

func TestTextFastMatchesSprintf(t *testing.T) {
	for _, colour := range []bool{false, true} {
		f := New("P", "mm", "A4", "")
		f.AddPage()
		f.SetFont("Helvetica", "", 12)
		if colour {
			f.SetTextColor(200, 10, 30)
		}
		f.flushFont() // the font selection the first Text would write (patch 21)
		for _, p := range [][2]float64{{10, 20}, {0.004, 297}, {-0.001, 1e-9}, {123.456, 78.9}} {
			f.pages[f.page].Reset()
			f.Text(p[0], p[1], "a (b) \\ c")
			got := f.pages[f.page].String()
			want := sprintf("BT %.2f %.2f Td (%s) Tj ET", p[0]*f.k, (f.h-p[1])*f.k, f.escape("a (b) \\ c"))
			if colour {
				want = sprintf("q %s %s Q", f.color.text.str, want)
			}
			if got != want+"\n" {
				t.Errorf("Text(%v) wrote %q, upstream %q", p, got, want+"\n")
			}
		}
	}
}

func TestSliceCompressReusesWritersCorrectly(t *testing.T) {
	inputs := [][]byte{[]byte("hello hello hello"), {}, make([]byte, 1<<20), []byte("another stream")}
	for round := 0; round < 3; round++ {
		for _, in := range inputs {
			out, err := sliceUncompress(sliceCompress(in))
			if err != nil || string(out) != string(in) {
				t.Fatalf("round trip of %d bytes: %v", len(in), err)
			}
		}
	}
}

func TestAppendUTF16EscapedMatchesUpstream(t *testing.T) {
	// U+2028 and U+5C0D encode to bytes escape must quote: 0x28, 0x5C 0x0D.
	cases := []string{"", "plain", "a (b) \\ c\r", "客户服务 — “quoted”", "\u2028\u5c0d\u0029\u2829", "ěščřžýáíé ÄÖÜ ñ"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200; i++ {
		r := make([]rune, rng.Intn(20))
		for j := range r {
			r[j] = rune(1 + rng.Intn(0xD7FF))
		}
		cases = append(cases, string(r))
	}
	f := New("P", "mm", "A4", "")
	for _, s := range cases {
		if got, want := string(appendUTF16Escaped(nil, s)), f.escape(utf8toutf16(s, false)); got != want {
			t.Errorf("%q: got % x, upstream % x", s, got, want)
		}
	}
}

func TestOperatorsMatchSprintf(t *testing.T) {
	f := New("P", "pt", "A4", "")
	f.AddPage()
	f.SetFont("Helvetica", "", 12)
	for _, v := range []float64{0, 1, -0.001, 0.004, 0.005, 123.456, -78.9, 1e6, 595.275} {
		for _, c := range []struct {
			draw func()
			want string
		}{
			{func() { f.Line(v, 2*v, v+1, 3) }, sprintf("%.2f %.2f m %.2f %.2f l S", v*f.k, (f.h-2*v)*f.k, (v+1)*f.k, (f.h-3)*f.k)},
			{func() { f.Rect(v, 1, 2, v, "F") }, sprintf("%.2f %.2f %.2f %.2f re %s", v*f.k, (f.h-1)*f.k, 2*f.k, -v*f.k, "f")},
			{func() { f.SetLineWidth(v) }, sprintf("%.2f w", v*f.k)},
			{func() { f.fontSizePt = 0; f.SetFontSize(v); f.flushFont() }, sprintf("BT /F%s %.2f Tf ET", f.currentFont.i, v)},
		} {
			f.pages[f.page].Reset()
			c.draw()
			if got := f.pages[f.page].String(); got != c.want+"\n" {
				t.Errorf("wrote %q, upstream %q", got, c.want+"\n")
			}
		}
	}
}

func TestWidthArray(t *testing.T) {
	cw := make([]int, 65536)
	want := map[int]int{}
	for c, w := range map[int]int{32: 318, 33: 400, 34: 400, 65: 684, 0x4E00: 1000, 0x4E01: 65535, 0x4E03: 1000} {
		cw[c] = w
		want[c] = w % 65535
	}
	var chars []int
	for c := range cw {
		chars = append(chars, c) // every character: those without a width are skipped
	}
	s := widthArray(cw, chars)
	if s != "/W [ 32 [ 318 400 400] 65 [ 684] 19968 [ 1000 0] 19971 [ 1000] ]" {
		t.Errorf("got %s", s)
	}
	// Read it back: every character with a width, and no other.
	got := map[int]int{}
	fields := strings.Fields(strings.NewReplacer("[", " [ ", "]", " ] ").Replace(strings.TrimPrefix(s, "/W")))
	for i := 1; i < len(fields)-1; {
		first, _ := strconv.Atoi(fields[i])
		i += 2 // the start and "["
		for ; fields[i] != "]"; i++ {
			w, _ := strconv.Atoi(fields[i])
			got[first] = w
			first++
		}
		i++
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back %v, want %v", got, want)
	}
	if s := widthArray(cw, chars[:32]); s != "/W [ ]" {
		t.Errorf("no characters: got %s", s)
	}
}

// logoPNG is a small image with an alpha channel, which parsepng splits and recompresses.
func logoPNG(t *testing.T, blue uint8) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 40, 30))
	for y := 0; y < 30; y++ {
		for x := 0; x < 40; x++ {
			img.Set(x, y, color.NRGBA{uint8(6 * x), uint8(8 * y), blue, uint8(x * y)})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func docWithImage(t *testing.T, unit string, data []byte) ([]byte, error) {
	t.Helper()
	f := New("P", unit, "A4", "")
	f.SetCatalogSort(true)
	f.SetCreationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) // else the clock: two documents could differ
	f.AddPage()
	f.RegisterImageOptionsReader("logo", ImageOptions{ImageType: "PNG"}, bytes.NewReader(data))
	f.ImageOptions("logo", 10, 10, 20, 15, false, ImageOptions{}, 0, "")
	var out bytes.Buffer
	err := f.Output(&out)
	return out.Bytes(), err
}

func TestImagesParsedOncePerContent(t *testing.T) {
	parsedImages.Lock()
	parsedImages.m, parsedImages.order, parsedImages.bytes = map[imageKey]*ImageInfoType{}, nil, 0
	parsedImages.Unlock()
	logo := logoPNG(t, 90)
	before := imageParses.Load()
	fresh, err := docWithImage(t, "mm", logo)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		again, err := docWithImage(t, "mm", logo)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, fresh) {
			t.Fatalf("document %d with the cached image differs from the first", i+2)
		}
	}
	if n := imageParses.Load() - before; n != 1 {
		t.Errorf("the same image in four documents was parsed %d times, want 1", n)
	}
	// Another scale is another image object; other bytes are another image.
	if _, err := docWithImage(t, "pt", logo); err != nil {
		t.Fatal(err)
	}
	if _, err := docWithImage(t, "mm", logoPNG(t, 91)); err != nil {
		t.Fatal(err)
	}
	if n := imageParses.Load() - before; n != 3 {
		t.Errorf("after another scale and another image: %d parses, want 3", n)
	}
	// A broken image fails every time: a failure is not cached.
	for i := 0; i < 2; i++ {
		if _, err := docWithImage(t, "mm", logo[:len(logo)/2]); err == nil {
			t.Fatalf("attempt %d: a truncated PNG was accepted", i+1)
		}
	}
}

func TestMarkUsedRecordsEveryRuneOnce(t *testing.T) {
	font := fontDefType{usedRunes: makeSubsetRange(32), usedBits: new(runeBits)}
	want := makeSubsetRange(32)
	for _, s := range []string{"客户服务 — “quoted”", "客户 again", "\U0001F600 beyond the BMP", "\xff", "ěšč"} {
		for _, r := range s {
			font.markUsed(r)
			want[int(r)] = int(r)
		}
	}
	if !reflect.DeepEqual(font.usedRunes, want) {
		t.Errorf("usedRunes has %d entries, want %d", len(font.usedRunes), len(want))
	}
	// Without the bit set (a font built elsewhere) every rune still reaches the map.
	plain := fontDefType{usedRunes: map[int]int{}}
	plain.markUsed('x')
	if plain.usedRunes['x'] != 'x' {
		t.Error("a font without usedBits lost a rune")
	}
}

// tinyFont is a TrueType font of four empty glyphs: .notdef (500 units wide), "A" (1234),
// "B" (no width) and "一" (a whole em), with 2048 units per em.
func tinyFont() []byte {
	u16 := func(b []byte, vs ...int) []byte {
		for _, v := range vs {
			b = binary.BigEndian.AppendUint16(b, uint16(v))
		}
		return b
	}
	head := make([]byte, 54)
	binary.BigEndian.PutUint16(head[18:], 2048)
	u16(head[36:36], -100, -300, 2100, 1900) // bounding box
	hhea := make([]byte, 36)
	u16(hhea[4:4], 1900, -450)
	binary.BigEndian.PutUint16(hhea[34:], 4)
	maxp := u16(nil, 0, 0x5000, 4)
	os2 := make([]byte, 96)
	u16(os2[:0], 2, 0, 700)     // version, average width, weight
	u16(os2[68:68], 1800, -400) // typographic ascender and descender
	u16(os2[88:88], 1400)       // cap height
	post := make([]byte, 32)
	u16(post[:0], 3, 0, 0xFFF4, 0x8000, -200, 90) // version 3, italic angle -11.5, underline
	name := u16(nil, 0, 0, 6)
	hmtx := u16(nil, 500, 0, 1234, 0, 0, 0, 2048, 0)
	loca := u16(nil, 0, 0, 0, 0, 0)
	chars := []int{'A', 'B', 0x4E00}
	cmap := u16(nil, 0, 1, 3, 1, 0, 12)
	seg := len(chars) + 1
	cmap = u16(cmap, 4, 16+8*seg, 0, 2*seg, 4, 1, 2*seg-4)
	cmap = u16(cmap, append(chars, 0xFFFF)...)
	cmap = u16(cmap, 0)
	cmap = u16(cmap, append(chars, 0xFFFF)...)
	cmap = u16(cmap, 1-'A', 2-'B', 3-0x4E00, 1)
	cmap = u16(cmap, make([]int, seg)...)
	tables := []struct {
		tag  string
		data []byte
	}{{"OS/2", os2}, {"cmap", cmap}, {"glyf", nil}, {"head", head}, {"hhea", hhea}, {"hmtx", hmtx}, {"loca", loca}, {"maxp", maxp}, {"name", name}, {"post", post}}
	font := u16(nil, 1, 0, len(tables), 0, 0, 0)
	off := 12 + 16*len(tables)
	var body []byte
	for _, tb := range tables {
		font = append(font, tb.tag...)
		font = binary.BigEndian.AppendUint32(font, 0)
		font = binary.BigEndian.AppendUint32(font, uint32(off+len(body)))
		font = binary.BigEndian.AppendUint32(font, uint32(len(tb.data)))
		body = append(body, tb.data...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	return append(font, body...)
}

// TestPrecutFontMatchesParsed checks that a font added with its metrics and characters
// supplied makes the same document, byte for byte, as one parsed from the font file.
func TestPrecutFontMatchesParsed(t *testing.T) {
	font := tinyFont()
	text := "AB一"
	doc := func(add func(f *Fpdf)) string {
		f := New("P", "pt", "A4", "")
		f.SetCompression(false)
		f.SetCreationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		f.SetModificationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		add(f)
		f.AddPage()
		f.SetFont("tiny", "", 12)
		f.Text(10, 20, text)
		var out bytes.Buffer
		if err := f.Output(&out); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	parsed := doc(func(f *Fpdf) { f.AddUTF8FontFromSubsetBytes("tiny", "", font) })
	m, err := ReadUTF8FontMetrics(font)
	if err != nil {
		t.Fatal(err)
	}
	chars := []PrecutChar{{Char: 'A', Glyph: 1, Advance: 1234}, {Char: 'B', Glyph: 2}, {Char: 0x4E00, Glyph: 3, Advance: 2048}}
	precut := doc(func(f *Fpdf) { f.AddUTF8FontPrecut("tiny", "", font, m, chars) })
	if parsed != precut {
		t.Errorf("documents differ:\nparsed %s\nprecut %s", parsed, precut)
	}
	// A width table of the whole font the cut came from, which has a "C" the cut lacks.
	whole := m.WithCharWidths(append([]PrecutChar{{Char: 'C', Glyph: 9, Advance: 700}}, chars...))
	if shared := doc(func(f *Fpdf) { f.AddUTF8FontPrecut("tiny", "", font, whole, chars) }); shared != parsed {
		t.Errorf("documents differ:\nparsed %s\nshared widths %s", parsed, shared)
	}
	// A character the caller marks Undrawn (patch 23) is left out as one Text never drew.
	text = "A一"
	parsed = doc(func(f *Fpdf) { f.AddUTF8FontFromSubsetBytes("tiny", "", font) })
	chars[1].Undrawn = true
	if undrawn := doc(func(f *Fpdf) { f.AddUTF8FontPrecut("tiny", "", font, m, chars) }); undrawn != parsed {
		t.Errorf("documents differ:\nparsed %s\nprecut with B undrawn %s", parsed, undrawn)
	}
	for _, want := range []string{
		"/DW 244", "/W [ 65 [ 603 0] 19968 [ 1000] ]", "/Ascent 927 /Descent -219 /CapHeight 683",
		"/Flags 262212/FontBBox [-48 -146 1025 927]  /ItalicAngle -12 /StemV 165 /MissingWidth 244",
	} {
		if !strings.Contains(precut, want) {
			t.Errorf("the document lacks %q", want)
		}
	}
	if _, err := ReadUTF8FontMetrics([]byte("OTTO and more")); err == nil {
		t.Error("a CFF font was read")
	}
	if _, err := ReadUTF8FontMetrics(bytes.Clone(font[:200])); err == nil {
		t.Error("a truncated font was read")
	}
	f := New("P", "pt", "A4", "")
	f.AddUTF8FontPrecut("tiny", "", font, UTF8FontMetrics{}, chars)
	if f.Error() == nil {
		t.Error("metrics not read from a font were accepted")
	}
}

func TestTextRenderingModeMatchesSprintf(t *testing.T) {
	f := New("P", "mm", "A4", "")
	f.AddPage()
	for mode := -1; mode <= 8; mode++ {
		f.pages[f.page].Reset()
		f.SetTextRenderingMode(mode)
		want := ""
		if mode >= 0 && mode <= 7 {
			want = sprintf("%d Tr", mode) + "\n"
		}
		if got := f.pages[f.page].String(); got != want {
			t.Errorf("mode %d wrote %q, upstream %q", mode, got, want)
		}
	}
}

func TestOutputBytesMatchesOutput(t *testing.T) {
	doc := func() *Fpdf {
		f := New("P", "mm", "A4", "")
		f.SetCreationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		f.SetModificationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		f.AddPage()
		f.SetFont("Helvetica", "", 12)
		f.Text(10, 20, "same bytes")
		return f
	}
	var want bytes.Buffer
	if err := doc().Output(&want); err != nil {
		t.Fatal(err)
	}
	got, err := doc().OutputBytes()
	if err != nil || !bytes.Equal(got, want.Bytes()) {
		t.Errorf("OutputBytes gave %d bytes (%v), Output %d", len(got), err, want.Len())
	}
	bad := doc()
	bad.SetError(io.ErrUnexpectedEOF)
	if b, err := bad.OutputBytes(); err != io.ErrUnexpectedEOF || b != nil {
		t.Errorf("a failed document gave %d bytes and %v", len(b), err)
	}
}

// TestFontSelectedOnlyForText (patch 21): whatever the order of font changes, texts and
// pages, every text is drawn in the font and size selected when it was drawn, and no font
// selection is written that no text follows.
func TestFontSelectedOnlyForText(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 50; round++ {
		f := New("P", "pt", "A4", "")
		f.AddPage()
		fonts := [][2]string{{"Helvetica", ""}, {"Helvetica", "B"}, {"Courier", ""}}
		var want []string // the selection each text must be drawn in, in order
		for op := 0; op < 60; op++ {
			switch rng.Intn(6) {
			case 0, 1:
				ft := fonts[rng.Intn(len(fonts))]
				f.SetFont(ft[0], ft[1], float64(8+rng.Intn(4)))
			case 2:
				if f.currentFont.i != "" {
					f.SetFontSize(float64(8 + rng.Intn(4)))
				}
			case 3:
				f.AddPage()
			default:
				if f.currentFont.i == "" {
					continue
				}
				f.Text(10, 10, "x")
				want = append(want, sprintf("BT /F%s %.2f Tf ET", f.currentFont.i, f.fontSizePt))
			}
		}
		var got []string
		for p := 1; p <= f.page; p++ {
			current, unused := "", false // a page starts with no font
			for _, line := range strings.Split(f.pages[p].String(), "\n") {
				switch {
				case strings.HasSuffix(line, " Tf ET"):
					if unused {
						t.Fatalf("round %d, page %d: a font selection no text follows, before %q", round, p, line)
					}
					current, unused = line, true
				case strings.Contains(line, ") Tj ET"):
					got = append(got, current)
					unused = false
				}
			}
			if unused {
				t.Fatalf("round %d, page %d ends with a font selection no text follows", round, p)
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("round %d: texts drawn in\n%s\nwant\n%s", round, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
