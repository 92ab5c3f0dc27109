package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A Chinese paragraph never ends on a line of one or two characters ("何时答↵复。"): at every
// width where plain breaking would leave one, the line before gives up characters, and the
// text and every line's fit are unchanged. Latin text is left as it breaks.
func TestCJKLastLineHoldsThreeCharacters(t *testing.T) {
	text := "如需更长时间才能作出完整答复，我们会如实告知顾客，并说明预计何时答复。"
	b := testBreaker(t, true)
	short := 0
	for width := 30.0; width < 200; width += 0.5 {
		plain := &breaker{fonts: b.fonts, cjk: false}
		before := plain.lines([]span{{text: text, style: textStyle{size: 10}}}, width)
		lines := b.lines([]span{{text: text, style: textStyle{size: 10}}}, width)
		last := lines[len(lines)-1].text()
		if n := utf8.RuneCountInString(before[len(before)-1].text()); n < minLastLine && len(before) > 1 {
			short++
			if utf8.RuneCountInString(last) < minLastLine {
				t.Errorf("width %.1f: the last line is %q", width, last)
			}
		}
		var all strings.Builder
		for i, l := range lines {
			all.WriteString(l.text())
			if l.width > width+epsilon {
				t.Errorf("width %.1f: line %d is %.1f wide", width, i, l.width)
			}
		}
		if all.String() != text {
			t.Fatalf("width %.1f: text changed: %q", width, all.String())
		}
	}
	if short == 0 {
		t.Fatal("no width left a short last line: the test shows nothing")
	}
}
