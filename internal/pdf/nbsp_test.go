package pdf

import (
	"strings"
	"testing"
)

// A no-break space (U+00A0, which the typography layer puts after Polish and Czech one-letter
// words, inside dates, phone numbers and legal forms) is drawn as a space of a space's width
// in every face, and a line never breaks there, however narrow the box: UAX #14 gives it the
// class GL.
func TestNoBreakSpace(t *testing.T) {
	for _, cjk := range []bool{false, true} {
		b := testBreaker(t, cjk)
		st := textStyle{size: 10}
		f, ok := b.fonts.pick(cjk, st, "\u00a0")
		if !ok {
			t.Fatalf("cjk=%v: no face draws U+00A0", cjk)
		}
		if nb, sp := b.fonts.measure(f, "\u00a0", 10), b.fonts.measure(f, " ", 10); nb != sp || sp <= 0 {
			t.Errorf("cjk=%v: U+00A0 is %.3f wide, a space %.3f", cjk, nb, sp)
		}
		text := "obowiązuje w\u00a0spółce Zielony Koszyk\u00a0Sp.\u00a0z\u00a0o.o. od 20\u00a0listopada\u00a02026\u00a0r. pod numerem +48\u00a012\u00a0345\u00a067\u00a091 i\u00a0dalej"
		for _, width := range []float64{110, 130, 150, 170, 200, 260} { // each bound run fits
			for _, l := range b.lines([]span{{text: text, style: st}}, width) {
				s := strings.TrimRight(l.text(), " ")
				if strings.HasSuffix(s, "\u00a0") || strings.HasPrefix(l.text(), "\u00a0") {
					t.Errorf("cjk=%v width %v: a line breaks at a no-break space: %q", cjk, width, l.text())
				}
				for _, bad := range []string{" w", " z", " i", "Sp.", "+48", "listopada"} {
					if strings.HasSuffix(s, bad) {
						t.Errorf("cjk=%v width %v: a line ends in %q: %q", cjk, width, bad, s)
					}
				}
			}
		}
	}
}
