package build

import (
	"cmp"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policygen/policygen/internal/config"
)

// scale is the size of a company for the scaling tests. The file is built in Go, not read
// from YAML, so the renderers are measured past the company file's field limits.
type scale struct {
	nameLen, visionLen, wordLen, revisions, contacts, changes, methods int
	nameSeed, visionSeed                                               string
}

// words is n characters of prose made of words of varied length.
func words(n int, seed string) string {
	letters := []rune(seed)
	var b []rune
	for i := 0; len(b) < n; i++ {
		b = append(b, letters[:1+i%len(letters)]...)
		b = append(b, ' ')
	}
	return strings.TrimSpace(string(b[:n]))
}

func text(s string) config.LocalizedText { return config.LocalizedText{All: s} }

func scaledCompany(sc scale) *config.File {
	f := &config.File{
		Path:            "big.yaml",
		DefaultLanguage: "en",
		Company: config.Company{
			Name:    words(max(sc.nameLen, 1), cmp.Or(sc.nameSeed, "Acmecorporation")),
			Vision:  text(words(max(sc.visionLen, 1), cmp.Or(sc.visionSeed, "customerservice")) + " " + strings.Repeat("x", sc.wordLen)),
			Mission: text("Help."),
		},
		Contacts:   &config.Contacts{SupportEmail: "support@big.example"},
		Escalation: &config.Escalation{ResolveWithin: config.Duration{Amount: "2", Unit: config.BusinessDays}},
	}
	for i := 1; i <= sc.contacts; i++ {
		f.Escalation.Contacts = append(f.Escalation.Contacts, config.EscalationContact{
			Level: i, Role: text(fmt.Sprintf("Lead %d", i)), Name: fmt.Sprintf("Person %d", i),
			Email: fmt.Sprintf("p%d@big.example", i), Phone: "+48 600 000 000", ContactBy: "email",
		})
	}
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < max(sc.revisions, 1); i++ {
		d := start.AddDate(0, 0, i)
		f.Revisions = append(f.Revisions, config.Revision{
			Version: fmt.Sprintf("%d.%d", i/100, i%100), Date: config.Date{Year: d.Year(), Month: int(d.Month()), Day: d.Day()},
			Author: "Ann", Changes: []config.LocalizedText{text(fmt.Sprintf("Change number %d", i))},
		})
	}
	if sc.methods > 0 {
		f.Feedback = &config.Feedback{Survey: config.Monthly}
		for i := 0; i < sc.methods; i++ {
			f.Feedback.Methods = append(f.Feedback.Methods, text(fmt.Sprintf("Method %d", i)))
		}
	}
	last := &f.Revisions[len(f.Revisions)-1]
	for i := 0; i < sc.changes; i++ {
		last.Changes = append(last.Changes, text(fmt.Sprintf("Rewrote step %d of the complaint procedure.", i)))
	}
	return f
}

// cost is what one build of the handbook in one format costs: the least CPU time of a few
// runs of at least 30 ms each, and the bytes and objects one build allocates.
type cost struct {
	time          time.Duration
	bytes, allocs uint64
}

// scalingInputs are the built-in locales and templates, loaded once: they are read-only.
var (
	scalingOnce   sync.Once
	scalingInputs Inputs
)

func measureBuild(tb testing.TB, f *config.File, format string) cost {
	tb.Helper()
	scalingOnce.Do(func() { scalingInputs = inputs(tb, "../../examples/minimal.yaml", nil) })
	in := scalingInputs
	in.File = f
	opts := Options{Variants: []string{"handbook"}, Langs: []string{"en"}, Formats: []string{format}, Paper: "a4", Workers: 1}
	best := cost{time: time.Duration(1 << 62)}
	samples := 3
	if raceEnabled {
		samples = 1
	}
	for range samples {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := cpuTime()
		n := 0
		for n == 0 || cpuTime()-start < 30*time.Millisecond {
			if _, err := Run(in, opts); err != nil {
				tb.Fatal(err)
			}
			n++
		}
		perRun := (cpuTime() - start) / time.Duration(n)
		runtime.ReadMemStats(&after)
		best.time = min(best.time, perRun)
		best.bytes = (after.TotalAlloc - before.TotalAlloc) / uint64(n)
		best.allocs = (after.Mallocs - before.Mallocs) / uint64(n)
	}
	return best
}

// TestRenderersScaleLinearly doubles one dimension of the company at a time (the company
// name, the vision, one word without a break opportunity, revisions, escalation contacts,
// changes in one revision, feedback methods) and checks that
// each format costs at most about 2.5 times as much: a quadratic path costs 4 times. Bytes
// and allocations are exact; time is the least CPU time of three runs, with more headroom,
// since the machine is shared.
func TestRenderersScaleLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling test")
	}
	base := scale{nameLen: 50, visionLen: 200, revisions: 1, contacts: 1}
	dims := []struct {
		name  string
		grow  func(s *scale, n int)
		small int
	}{
		{"company name", func(s *scale, n int) { s.nameLen = n }, 10000},
		{"right-to-left company name", func(s *scale, n int) { s.nameLen, s.nameSeed = n, "שלוםעולםבעמ" }, 10000},
		{"vision", func(s *scale, n int) { s.visionLen = n }, 20000},
		{"revisions", func(s *scale, n int) { s.revisions = n }, 500},
		{"contacts", func(s *scale, n int) { s.contacts = n }, 200},
		{"changes", func(s *scale, n int) { s.changes = n }, 500},
		{"vision full of escapes", func(s *scale, n int) { s.visionLen, s.visionSeed = n, "a*b_c[d]e<f>g@h&i" }, 20000},
		{"one long word", func(s *scale, n int) { s.wordLen = n }, 10000},
		{"feedback methods", func(s *scale, n int) { s.methods = n }, 500},
	}
	for _, d := range dims {
		for _, format := range FormatNames() {
			t.Run(d.name+"/"+format, func(t *testing.T) {
				n := d.small
				if raceEnabled {
					n /= 16
				}
				small, large := base, base
				d.grow(&small, n)
				d.grow(&large, 2*n)
				a, b := measureBuild(t, scaledCompany(small), format), measureBuild(t, scaledCompany(large), format)
				rt := float64(b.time) / float64(a.time)
				rb := float64(b.bytes) / float64(a.bytes)
				ra := float64(b.allocs) / float64(a.allocs)
				t.Logf("%d → %d: time %v → %v (%.2f×), bytes %.2f×, allocations %.2f×", n, 2*n, a.time, b.time, rt, rb, ra)
				if raceEnabled {
					rb = 0 // the race detector drops pooled buffers at random: their bytes say nothing
				}
				if rb > 2.5 || ra > 2.5 {
					t.Errorf("doubling the %s multiplied bytes by %.2f and allocations by %.2f: not linear", d.name, rb, ra)
				}
				if rt > 3 && !raceEnabled { // the race detector's own costs distort time
					t.Errorf("doubling the %s multiplied the time by %.2f: not linear", d.name, rt)
				}
			})
		}
	}
}
