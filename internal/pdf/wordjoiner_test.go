package pdf

import (
	"strings"
	"testing"
)

// A numeric range joined by the typography layer ("6:00–\u206014:00"; Chinese
// "6:00\u2060—\u206014:00") never breaks at its dash, however narrow the box: UAX #14 gives
// the word joiner U+2060 the class WJ. The joiner takes no width and every font set draws it.
func TestWordJoinerKeepsRangeWhole(t *testing.T) {
	for _, tc := range []struct {
		cjk   bool
		text  string
		whole string
	}{
		{false, "Monday to Saturday, 6:00–\u206014:00 and Sunday 8:00–\u206012:00", "6:00–\u206014:00"},
		{true, "周一至周六6:00\u2060—\u206014:00，周日8:00\u2060—\u206012:00", "6:00\u2060—\u206014:00"},
	} {
		b := testBreaker(t, tc.cjk)
		st := textStyle{size: 10}
		f, ok := b.fonts.pick(tc.cjk, st, "\u2060")
		if !ok {
			t.Fatalf("cjk=%v: no face draws U+2060", tc.cjk)
		}
		if w := b.fonts.measure(f, "\u2060", 10); w != 0 {
			t.Errorf("cjk=%v: U+2060 is %.3f wide", tc.cjk, w)
		}
		// Every box is wide enough for the range (a narrower one must split it anywhere);
		// without the joiners the same text does break at a dash in some box: the test can fail.
		w0 := 0.0
		for _, c := range b.clusters([]span{{text: tc.whole, style: st}}) {
			w0 += c.width
		}
		broke := false
		for k := 0; k <= 40; k++ {
			width := w0 + w0*float64(k)/10
			for _, joined := range []bool{true, false} {
				text := tc.text
				if !joined {
					text = strings.ReplaceAll(text, "\u2060", "")
				}
				for _, l := range b.lines([]span{{text: text, style: st}}, width) {
					s := strings.TrimRight(l.text(), " ")
					ends := strings.HasSuffix(s, "–") || strings.HasSuffix(s, "—") || strings.HasSuffix(s, "\u2060") ||
						strings.HasPrefix(l.text(), "—") || strings.HasPrefix(l.text(), "\u2060")
					if ends && joined {
						t.Errorf("cjk=%v width %v: a line breaks inside a range: %q", tc.cjk, width, l.text())
					}
					broke = broke || ends && !joined
				}
			}
		}
		if !broke {
			t.Errorf("cjk=%v: the text without joiners never broke at a dash; the test proves nothing", tc.cjk)
		}
	}
}
