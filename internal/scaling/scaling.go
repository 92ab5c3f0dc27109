// Package scaling checks in tests that a cost grows linearly with the input: doubling the
// input may cost at most Bound times as much time and as many allocated bytes. It compares
// the cheapest of a few runs at n and at 2n, so a busy machine does not fail it; it asserts
// no wall-clock time.
package scaling

import (
	"math"
	"runtime"
	"testing"
	"time"
)

// Bound is how much more doubling the input may cost: linear is 2, quadratic 4.
const Bound = 2.5

// minRun is how long a measurement should take at least, for the clock to see it.
const minRun = 40 * time.Millisecond

// runs is how many times each size is measured; the cheapest run counts.
const runs = 3

// Cost is what one run cost.
type Cost struct {
	Time  time.Duration
	Bytes uint64 // allocated, not retained
}

// measure runs f once and returns its time and allocated bytes. Time is the CPU time of the
// process where the system can tell it (Linux), so that other processes on a busy machine
// count less; wall time elsewhere.
func measure(f func()) Cost {
	// One processor: the garbage collector then has no idle processors to soak up time on.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := now()
	f()
	d := now() - start
	runtime.ReadMemStats(&after)
	return Cost{Time: d, Bytes: after.TotalAlloc - before.TotalAlloc}
}

// compare measures f(n) and f(2n) in turns, a few times each, and returns the cheapest of each.
func compare(small, large func()) (Cost, Cost) {
	worst := Cost{Time: 1<<63 - 1, Bytes: 1<<64 - 1}
	s, l := worst, worst
	for range runs {
		c := measure(small)
		s = Cost{min(s.Time, c.Time), min(s.Bytes, c.Bytes)}
		c = measure(large)
		l = Cost{min(l.Time, c.Time), min(l.Bytes, c.Bytes)}
	}
	return s, l
}

// Linear fails t when run(2n) costs more than Bound times run(n) in time or allocated bytes.
// Choose n so that a run takes some milliseconds: the fixed costs then do not hide a
// quadratic term. A time ratio over the bound is measured again (a busy machine can slow one
// series down); it fails only when every attempt exceeds it.
//
// Under the race detector, which slows everything down unevenly, only the allocated bytes are
// compared, the least of a few runs at each size.
func Linear(t testing.TB, n int, run func(n int)) {
	t.Helper()
	if raceDetector {
		// The least of a few runs: the race detector also drops pooled buffers at random,
		// and each drop allocates anew. A small run that found every buffer in its pool
		// still makes the ratio look worse than it is, so a ratio over the bound is measured
		// again, as time is below; it fails only when every attempt exceeds it.
		byteRatio := math.Inf(1)
		for attempt := 0; attempt < 4 && byteRatio > Bound; attempt++ {
			small, large := compare(func() { run(n) }, func() { run(2 * n) })
			r := float64(large.Bytes) / float64(max(small.Bytes, 1))
			byteRatio = min(byteRatio, r)
			t.Logf("n=%d: %d bytes; 2n: %d bytes (×%.2f; time not compared under -race)", n, small.Bytes, large.Bytes, r)
		}
		if byteRatio > Bound {
			t.Errorf("doubling the input from %d multiplies the allocated bytes by %.2f (limit %.1f): not linear", n, byteRatio, Bound)
		}
		return
	}
	// Warm up (caches, lazily built tables), and repeat short runs so that each measurement
	// is long enough for the clock.
	start := time.Now()
	run(n)
	reps := int(minRun/max(time.Since(start), time.Microsecond)) + 1
	repeat := func(n int) func() {
		return func() {
			for range reps {
				run(n)
			}
		}
	}
	timeRatio, byteRatio := math.Inf(1), math.Inf(1)
	for attempt := 0; attempt < 4; attempt++ {
		small, large := compare(repeat(n), repeat(2*n))
		timeRatio = min(timeRatio, float64(large.Time)/float64(max(small.Time, time.Microsecond)))
		byteRatio = min(byteRatio, float64(large.Bytes)/float64(max(small.Bytes, 1)))
		t.Logf("n=%d: %v, %d bytes; 2n: %v, %d bytes (×%.2f time, ×%.2f bytes)", n, small.Time, small.Bytes,
			large.Time, large.Bytes, float64(large.Time)/float64(max(small.Time, time.Microsecond)), float64(large.Bytes)/float64(max(small.Bytes, 1)))
		if timeRatio <= Bound {
			break
		}
	}
	if timeRatio > Bound {
		t.Errorf("doubling the input from %d multiplies the time by %.2f (limit %.1f): not linear", n, timeRatio, Bound)
	}
	if byteRatio > Bound {
		t.Errorf("doubling the input from %d multiplies the allocated bytes by %.2f (limit %.1f): not linear", n, byteRatio, Bound)
	}
}
