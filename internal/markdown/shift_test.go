package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/policygen/policygen/internal/typography"
)

// SameTree reports the first difference between two trees of src: kind, children, every
// line, every text's position and line breaks, link destinations. "" when they are the same.
func SameTree(a, b ast.Node, src []byte) string {
	var da, db strings.Builder
	dumpTree(&da, a, src, 0)
	dumpTree(&db, b, src, 0)
	la, lb := strings.Split(da.String(), "\n"), strings.Split(db.String(), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d: %q, parsed again: %q", i+1, la[i], lb[i])
		}
	}
	if len(la) != len(lb) {
		return fmt.Sprintf("%d lines of dump, parsed again %d", len(la), len(lb))
	}
	return ""
}

func dumpTree(w *strings.Builder, n ast.Node, src []byte, depth int) {
	fmt.Fprintf(w, "%s%s", strings.Repeat(" ", depth), n.Kind())
	if n.Type() == ast.TypeBlock {
		for i := range n.Lines().Len() {
			s := n.Lines().At(i)
			fmt.Fprintf(w, " [%d,%d)%q", s.Start, s.Stop, s.Value(src))
		}
	}
	switch n := n.(type) {
	case *ast.Text:
		fmt.Fprintf(w, " [%d,%d)%q soft=%v hard=%v raw=%v", n.Segment.Start, n.Segment.Stop, n.Segment.Value(src), n.SoftLineBreak(), n.HardLineBreak(), n.IsRaw())
	case *ast.Link:
		fmt.Fprintf(w, " %q %q", n.Destination, n.Title)
	case *ast.String:
		fmt.Fprintf(w, " %q", n.Value)
	case *ast.Heading:
		fmt.Fprintf(w, " h%d", n.Level)
	case *ast.List:
		fmt.Fprintf(w, " ordered=%v start=%d tight=%v", n.IsOrdered(), n.Start, n.IsTight)
	case *east.TableCell:
		fmt.Fprintf(w, " %v", n.Alignment)
	case *ast.Emphasis:
		fmt.Fprintf(w, " %d", n.Level)
	}
	w.WriteString("\n")
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		dumpTree(w, c, src, depth+1)
	}
}

// TestShiftedTreeIsTheParsedTree: for Markdown that typography rewrites in many places, the
// tree typesetTree returns without parsing again is the tree the typeset body parses to; where
// it cannot move the tree (a rewrite joined two lines, an automatic link), it parses again.
func TestShiftedTreeIsTheParsedTree(t *testing.T) {
	rules := typography.Rules{
		After:  map[string]bool{"w": true, "z": true, "i": true, "a": true},
		Quotes: [2]string{"„", "”"}, Dash: "–", Thousands: "\u00a0", Separator: " · ", Apostrophe: "’",
	}
	for _, tc := range []struct {
		in      string
		shifted bool
	}{
		{"# Tytuł \"a\" -- b\n\nZadzwoń w ciągu 2 godzin i \"czekaj\".\n\n- w domu\n- z nami -- zawsze\n", true},
		{"| A | B |\n|---|---|\n| w 2 dni | \"x\" |\n| `a \"b\"` | [w sieci](https://example.com \"w\") |\n", true},
		{"1. a \"b\"\n2. **w** *z* i -- [tel. 2 2](tel:+22)\n\n```go\nx := \"y\"\n```\n\n> w domu\n", true},
		{"Linia kończy się na w\nnastępna \"linia\".\n", false}, // the line break after "w" is bound
		{"Pisz do <info@example.com> w 2 dni.\n", false},        // an automatic link
		{"- [ ] w 2 dni\n- [x] \"gotowe\"\n", true},
	} {
		body := []byte(tc.in)
		root := Parse(body)
		var edits []edit
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if entering && holdsInlines(n) {
				var segs []segment
				collectText(n, body, false, &segs)
				edits = append(edits, typesetBlock(segs, body, rules, nil)...)
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
		if len(edits) == 0 {
			t.Fatalf("%q: no rewrite to test", tc.in)
		}
		if got := shiftTree(Parse(body), sortedEdits(edits)); got != tc.shifted {
			t.Errorf("%q: shiftTree = %v, want %v", tc.in, got, tc.shifted)
		}
		out, tree := typesetTree(body, rules)
		if diff := SameTree(tree, Parse(out), out); diff != "" {
			t.Errorf("%q: %s", tc.in, diff)
		}
	}
}

func sortedEdits(edits []edit) []edit {
	out := append([]edit(nil), edits...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// FuzzShiftedTree: for any Markdown, the tree typesetTree returns is the tree its typeset
// body parses to.
func FuzzShiftedTree(f *testing.F) {
	for _, s := range []string{
		"# Tytuł \"a\" -- b\n\nZadzwoń w ciągu 2 godzin i \"czekaj\".\n",
		"| A | B |\n|---|---|\n| w 2 dni | \"x\" |\n",
		"1. a \"b\"\n2. **w** *z* i -- [tel. 2 2](tel:+22)\n\n```go\nx := \"y\"\n```\n",
		"Linia w\nnastępna.\n", "Pisz do <info@example.com> w 2 dni.\n", "- [ ] w 2 dni\n",
		"> a 'b' -- c\n>\n> w d\n", "Setext w\n===\n\n    kod w \"x\"\n", "*a* w _b_ i `c w`\\\nw\n",
	} {
		f.Add(s)
	}
	rules := typography.Rules{
		After:  map[string]bool{"w": true, "z": true, "i": true, "a": true},
		Quotes: [2]string{"„", "”"}, Dash: "–", Thousands: "\u00a0", Separator: " · ", Apostrophe: "’",
	}
	f.Fuzz(func(t *testing.T, in string) {
		body := []byte(in)
		out, tree := typesetTree(body, rules)
		if diff := SameTree(tree, Parse(out), out); diff != "" {
			t.Fatalf("%q: %s", in, diff)
		}
	})
}
