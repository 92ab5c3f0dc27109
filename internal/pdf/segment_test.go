package pdf

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/rivo/uniseg"
)

// TestSegmenterMatchesStepString: the segmenter gives the clusters and line-break classes
// of uniseg.StepString on every sample handbook and on random text mixing scripts, spaces,
// marks, punctuation and line ends.
func TestSegmenterMatchesStepString(t *testing.T) {
	texts := []string{"", "a", "\n", "a\r\nb", "e\u0301 ", "👍🏽x", "客户服务，手册。", "x\u00A0y z-w", "Ano — ne… (ok)"}
	for _, lang := range sampleLangs {
		b, err := os.ReadFile(filepath.Join("testdata", lang+".md"))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	pieces := []string{"a", "Z", "9", " ", "  ", "\n", "\r\n", "-", "—", "\u00A0", "\u200B", "\u0301", "客", "。", "，", "「", "」", "(", ")", "%", "$", "ě", "한", "👍", "🏽", "\u200D", "/", ".", ",", "'", "\"", "…", "Ⅻ", "\t",
		// around the edges of the characters the segmenter takes without uniseg
		"\u3000", "\u3029", "\u302A", "\u3030", "\u00AD", "\u00A9", "\u00BF", "\u00C0", "\u017F", "\u0180", "\u0308",
		"\u2010", "\u2027", "\u2028", "\u200C", "\u4E00", "\u9FFF", "\uA000", "\uFF01", "\uFF5E", "\uFF9E", "\uFE0F",
		"🇵", "🇱", "word", "Ab", "中文字", "一", "\u9FFF\u4E00", "x-y", "(a)", "a.b", "1a", "\u1100", "\u1161", "\u11A8", "\u0915\u094D", "\u0600", "\x7F", "\x1F", "\r", "~"}
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 30000; i++ {
		var s string
		for n := rng.Intn(12); n > 0; n-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		texts = append(texts, s)
	}
	if !lineStates.ok || !lineStates.word {
		t.Fatal("uniseg no longer has the states the segmenter skips runs of ideographs and words with")
	}
	for _, text := range texts {
		seg := newSegmenter(text)
		state := -1
		for rest := text; rest != ""; {
			var want string
			var bounds int
			want, rest, bounds, state = uniseg.StepString(rest, state)
			if seg.done() {
				t.Fatalf("%q: the segmenter ended before %q", text, want)
			}
			got, brk := seg.next()
			if got != want || brk != bounds&uniseg.MaskLine {
				t.Fatalf("%q: cluster %q break %d, StepString %q break %d", text, got, brk, want, bounds&uniseg.MaskLine)
			}
		}
		if !seg.done() {
			t.Fatalf("%q: the segmenter goes on after StepString", text)
		}
	}
}
