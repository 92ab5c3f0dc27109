package gofpdf

import (
	"testing"
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
