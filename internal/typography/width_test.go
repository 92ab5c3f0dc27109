package typography

import "testing"

func TestWidth(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"zażółć", 6},
		{"投诉", 4},
		{"ＡＢ", 4}, // fullwidth Latin
		{"a投b", 4},
		{"ᄀ", 2}, // U+1100, the first wide character
	} {
		if got := Width(c.s); got != c.want {
			t.Errorf("Width(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	if IsWide('a') || IsWide('ｱ') || !IsWide('中') {
		t.Error("IsWide: a and halfwidth katakana are narrow, 中 is wide")
	}
}
