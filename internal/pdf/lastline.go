package pdf

import "github.com/rivo/uniseg"

// minLastLine is the fewest characters a CJK paragraph's last line may hold.
const minLastLine = 3

// lastLineStart is where the last line cs[from:to] should start so that it holds at least
// minLastLine characters: from when it already does, else the latest break opportunity in the
// line before it (cs[prev:from]) that gives it enough and leaves that line as many.
func lastLineStart(cs []cluster, prev, from, to int) int {
	ink := func(c cluster) bool { return !c.space && !c.hard }
	last := 0
	for _, c := range cs[from:to] {
		if ink(c) {
			last++
		}
		if last >= minLastLine {
			return from
		}
	}
	if last == 0 {
		return from
	}
	before := 0
	for _, c := range cs[prev:from] {
		if ink(c) {
			before++
		}
	}
	// Walk back over the line before, moving its characters to the last line one by one.
	for k := from - 1; k > prev; k-- {
		if ink(cs[k]) {
			last++
			before--
		}
		if last < minLastLine || cs[k-1].brk == uniseg.LineDontBreak || cs[k-1].hard {
			continue
		}
		if before >= minLastLine {
			return k
		}
		break
	}
	return from
}
