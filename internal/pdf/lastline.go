package pdf

import "github.com/rivo/uniseg"

// minLastLine is the fewest characters a CJK paragraph's last line may hold.
const minLastLine = 3

// lastLineStart is where the last line cs[from:to] should start so that it holds at least
// minLastLine characters: from when it already does, else the latest break opportunity in the
// line before it (cs[prev:from]) that gives it enough and leaves that line as many.
func lastLineStart(cs []cluster, prev, from, to int) int {
	count := func(part []cluster) int {
		n := 0
		for _, c := range part {
			if !c.space && !c.hard {
				n++
			}
		}
		return n
	}
	need := count(cs[from:to])
	if need == 0 || need >= minLastLine {
		return from
	}
	for k := from - 1; k > prev; k-- {
		if cs[k-1].brk == uniseg.LineDontBreak || cs[k-1].hard {
			continue
		}
		if count(cs[k:to]) >= minLastLine {
			if count(cs[prev:k]) >= minLastLine {
				return k
			}
			break
		}
	}
	return from
}
