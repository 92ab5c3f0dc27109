package pdf

import (
	"syscall"
	"testing"
	"time"

	"github.com/policygen/policygen/internal/markdown"
)

func BenchmarkRenderHandbook(b *testing.B) {
	for _, lang := range sampleLangs {
		doc := sampleDoc(b, lang)
		b.Run(lang, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if _, err := Render(doc, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// BenchmarkRender25 renders 25 documents (5 copies of each language) in a row, as one
// build of every variant and language does.
func BenchmarkRender25(b *testing.B) {
	var docs []*markdown.Document
	for i := 0; i < 5; i++ {
		for _, lang := range sampleLangs {
			docs = append(docs, sampleDoc(b, lang))
		}
	}
	for b.Loop() {
		for _, doc := range docs {
			if _, err := Render(doc, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRevisions10k renders a revision history of 10,000 rows: its cost must grow
// linearly with the rows.
func BenchmarkRevisions10k(b *testing.B) {
	doc := tableDoc(10000, "Rewrote the complaint procedure so that every step has an owner and a deadline.")
	for b.Loop() {
		if _, err := Render(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime is the CPU time (user and system, every thread) the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU time per operation since start as "cpu-ms/op": on a shared machine
// the wall time of ns/op counts the waits for a core too, the CPU time does not.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
