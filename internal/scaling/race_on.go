//go:build race

package scaling

// raceDetector is true in a -race build, which is too slow for timing; only allocations are
// compared then.
const raceDetector = true
