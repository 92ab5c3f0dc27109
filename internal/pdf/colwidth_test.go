package pdf

import (
	"strings"
	"testing"

	"github.com/policygen/policygen/internal/markdown"
)

// TestShrinkWidestKeepsShortWordsWhole: when the longest words cannot all stand whole, only
// the widest column (a long e-mail address) gives way.
func TestShrinkWidestKeepsShortWordsWhole(t *testing.T) {
	minW := []float64{20, 35, 120, 40}
	shrinkWidest(minW, 180)
	want := []float64{20, 35, 85, 40}
	for c := range want {
		if minW[c] < want[c]-0.01 || minW[c] > want[c]+0.01 {
			t.Fatalf("widths %v, want %v", minW, want)
		}
	}
	// Two wide columns share the cut, never below an even share of the width.
	minW = []float64{90, 100, 20}
	shrinkWidest(minW, 150)
	if s := sum(minW); s > 150.01 || minW[2] != 20 || minW[0] < 50 || minW[1] < 50 {
		t.Fatalf("widths %v (sum %.1f)", minW, sum(minW))
	}
	// Nothing to do when everything fits.
	minW = []float64{10, 20}
	shrinkWidest(minW, 100)
	if minW[0] != 10 || minW[1] != 20 {
		t.Fatalf("widths %v changed although they fit", minW)
	}
}

// TestContactColumnHoldsLabelAndAddress: a contact column gets the width to show "e-mail:"
// and its address on one line when the table has room, and the address alone on a line when
// it has not; the address never breaks while it fits the column.
func TestContactColumnHoldsLabelAndAddress(t *testing.T) {
	row := "| 1 | Kierownik warsztatu | Petra Svobodová | tel. [+420 601 234 568](tel:+420601234568); e-mail: [petra.svobodova@horskakola.example](mailto:petra.svobodova@horskakola.example) |\n"
	src := "# T\n\nb\n\n| Poziom | Stanowisko | Imię i nazwisko | Kontakt |\n|---|---|---|---|\n" + row
	for _, tc := range []struct {
		width    float64
		sameLine bool
	}{{463, true}, {420, false}} {
		pages, _ := layoutPages(t, markdown.NewDocument(markdown.Meta{Font: "latin"}, []byte(src)), tc.width)
		var addr []string
		var addrY, labelY float64
		for _, e := range pages[0].elems {
			switch {
			case e.kind != elemText:
			case strings.HasPrefix(e.run.style.link, "mailto:"):
				addr = append(addr, e.run.text)
				addrY = e.y
			case strings.Contains(e.run.text, "e-mail:"):
				labelY = e.y
			}
		}
		if len(addr) != 1 || addr[0] != "petra.svobodova@horskakola.example" {
			t.Errorf("width %.0f: the address is drawn as %q, want one piece", tc.width, addr)
		}
		if (addrY == labelY) != tc.sameLine {
			t.Errorf("width %.0f: label on the address's line = %v, want %v", tc.width, addrY == labelY, tc.sameLine)
		}
	}
}
