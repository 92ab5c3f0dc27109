package pdf

import "testing"

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
