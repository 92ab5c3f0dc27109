package pdf

import (
	"strings"
	"testing"
)

// A segment tied by no-break spaces that is wider than its box gives way at a no-break space
// before any word is cut: "address (marker)" in a narrow table cell puts the marker on the
// next line whole, instead of "(ensisijaine" / "n)".
func TestTooWideTiedSegmentBreaksAtTheTie(t *testing.T) {
	b := testBreaker(t, false)
	st := textStyle{size: 9}
	addr, mark := "magdalena.zajac@zlotyklos.example", "(ensisijainen)"
	text := "sähköposti: " + addr + "\u00a0" + mark
	w := 0.0
	for _, c := range b.clusters([]span{{text: addr, style: st}}) {
		w += c.width
	}
	for _, width := range []float64{w + 1, w + 10, w + 20} {
		var got []string
		for _, l := range b.lines([]span{{text: text, style: st}}, width) {
			got = append(got, strings.TrimSpace(strings.ReplaceAll(l.text(), "\u00a0", " ")))
		}
		if len(got) != 3 || got[1] != addr || got[2] != mark {
			t.Errorf("width %.1f: lines %q, want the address and the marker whole on lines of their own", width, got)
		}
	}
	// A tied phone number that fits keeps its no-break spaces; only the marker moves down.
	phone := "+48\u00a061\u00a0222\u00a033\u00a044"
	pw := 0.0
	for _, c := range b.clusters([]span{{text: phone, style: st}}) {
		pw += c.width
	}
	lines := b.lines([]span{{text: phone + "\u00a0" + mark, style: st}}, pw+2)
	if len(lines) != 2 || strings.TrimSpace(strings.ReplaceAll(lines[0].text(), "\u00a0", " ")) != "+48 61 222 33 44" {
		var got []string
		for _, l := range lines {
			got = append(got, l.text())
		}
		t.Errorf("phone and marker: lines %q, want the whole number, then the marker", got)
	}
}
