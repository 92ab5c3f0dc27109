package pdf

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

var breakSamples = map[string]string{
	"pl":    "Zażółć gęślą jaźń. Każda reklamacja to szansa na zatrzymanie klienta: zarejestruj ją tego samego dnia, potwierdź w ciągu 4 godzin i przekaż osobie, która może ją rozwiązać. Niezwykle-długie-słowo-z-łącznikami-które-nie-mieści-się-w-wąskiej-kolumnie i adres anna.kowalska@northwind.example.",
	"cs":    "Příliš žluťoučký kůň úpěl ďábelské ódy. Zákazník, který odchází s vyřešeným problémem a jasnou odpovědí, se vrátí; zákazník s nedodrženým slibem se nevrátí. Nejnepravděpodobnějšími",
	"fi":    "Asiakas, joka lähtee ratkaistun ongelman ja selkeän vastauksen kanssa, palaa. Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas vastaa puheluihin lastauslaiturilla klo 8.00–18.00.",
	"zh":    "客户选择我们，是因为我们回复迅速、实事求是、言出必行。每一次沟通都在为这份信誉加分——或者减分。“我们正在核实，将于周四前回复。”（详见下表）所有咨询须在一个工作小时内确认收到，并在两个工作日内给予答复！",
	"mixed": "Level 3: 王小明 (Wang Xiaoming), wang.xiaoming@northwind.example — Regionální ředitel，负责亚洲合作伙伴。Päivystys: maanantaista perjantaihin 9.00–18.00。https://northwind.example/a/very/long/path/that/never/breaks/anywhere/at/all",
}

func testBreaker(t testing.TB, cjk bool) *breaker {
	fs, err := loadFontSet()
	if err != nil {
		t.Fatal(err)
	}
	return &breaker{fonts: fs, cjk: cjk}
}

// styledSpans cuts text into spans of alternating styles at random rune boundaries.
func styledSpans(rng *rand.Rand, text string, size float64) []span {
	var spans []span
	for text != "" {
		n := 1 + rng.Intn(40)
		i := 0
		for k := 0; k < n && i < len(text); k++ {
			_, w := utf8.DecodeRuneInString(text[i:])
			i += w
		}
		st := textStyle{size: size, bold: rng.Intn(3) == 0, italic: rng.Intn(4) == 0}
		spans = append(spans, span{text: text[:i], style: st})
		text = text[i:]
	}
	return spans
}

func TestBreakKeepsEveryCharacter(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for lang, text := range breakSamples {
		long := strings.Repeat(text+" ", 6)
		b := testBreaker(t, lang == "zh")
		for _, width := range []float64{8, 15, 33, 47, 60, 91, 120, 173, 250, 463, 1000} {
			for trial := 0; trial < 5; trial++ {
				spans := styledSpans(rng, long, 6+rng.Float64()*10)
				lines := b.lines(spans, width)
				var got strings.Builder
				for i, l := range lines {
					s := l.text()
					got.WriteString(s)
					checkLine(t, lang, width, i, l, s)
				}
				if got.String() != long {
					t.Fatalf("%s width %.0f: text changed across line breaks:\n got %q\nwant %q", lang, width, got.String(), long)
				}
			}
		}
	}
}

func checkLine(t *testing.T, lang string, width float64, i int, l line, s string) {
	t.Helper()
	if l.width > width+epsilon && uniCount(strings.TrimRight(strings.TrimSpace(s), noLineStart)) > 1 {
		// Only one unbreakable cluster may overflow, alone on its line but for the closing
		// punctuation hanging after it.
		t.Errorf("%s width %.0f: line %d is %.2f wide: %q", lang, width, i, l.width, s)
	}
	if i > 0 && closesLine(s) && strings.TrimSpace(s) != "" {
		t.Errorf("%s width %.0f: line %d starts with closing punctuation: %q", lang, width, i, s)
	}
	x := 0.0
	for _, r := range l.runs {
		if r.x < x-epsilon {
			t.Errorf("%s: runs overlap in %q", lang, s)
		}
		x = r.x + r.width
	}
}

func uniCount(s string) int { return utf8.RuneCountInString(s) }

func TestBreakPlacesOversizedCluster(t *testing.T) {
	b := testBreaker(t, false)
	lines := b.lines([]span{{text: "W 王 ŁĄ", style: textStyle{size: 40}}}, 1)
	if got := len(lines); got != 4 {
		t.Fatalf("got %d lines, want one per cluster (4): %+v", got, lines)
	}
	for _, l := range lines {
		if n := uniCount(strings.TrimSpace(l.text())); n != 1 {
			t.Errorf("line %q holds %d clusters, want 1", l.text(), n)
		}
	}
}

func TestBreakHardBreaksAndEmpty(t *testing.T) {
	b := testBreaker(t, false)
	if got := b.lines(nil, 100); len(got) != 0 {
		t.Errorf("empty text gave %d lines", len(got))
	}
	got := b.lines([]span{{text: "one\ntwo", style: textStyle{size: 10}}}, 1000)
	if len(got) != 2 || got[0].text() != "one" || got[1].text() != "two" {
		t.Errorf("hard break: got %+v", got)
	}
}

func TestBreakNoClosingPunctuationAtLineStart(t *testing.T) {
	b := testBreaker(t, true)
	text := strings.Repeat("我们回复迅速，实事求是。言出必行、言而有信；问题？答复！（括号）「引号」『书名』《手册》", 8)
	for w := 20.0; w < 400; w += 3.7 {
		for i, l := range b.lines([]span{{text: text, style: textStyle{size: 10.5}}}, w) {
			if i > 0 && closesLine(l.text()) {
				t.Fatalf("width %.1f line %d starts with closing punctuation: %q", w, i, l.text())
			}
		}
	}
}

func TestFallbackPicksFontWithGlyph(t *testing.T) {
	for _, cjk := range []bool{false, true} {
		b := testBreaker(t, cjk)
		for _, c := range b.clusters([]span{{text: "Łódź 王小明 Ω ∑ ｛全角｝", style: textStyle{size: 10, bold: true}}}) {
			for _, r := range c.text {
				if !b.fonts.m[c.face].has(r) {
					t.Errorf("cjk=%v: %q drawn in face %d which lacks it", cjk, r, c.face)
				}
			}
		}
	}
	b := testBreaker(t, false)
	if c := b.clusters([]span{{text: "王", style: textStyle{size: 10}}}); c[0].face != faceCJK {
		t.Errorf("a hanzi in a Latin document falls back to face %d, want CJK", c[0].face)
	}
	if c := b.clusters([]span{{text: "a", style: textStyle{size: 10}}}); c[0].face != faceSans {
		t.Errorf("Latin in a Latin document uses face %d, want DejaVu Sans", c[0].face)
	}
}
