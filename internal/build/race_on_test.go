//go:build race

package build

// raceEnabled reports whether the race detector is on: it makes everything several times
// slower, so the scaling tests use smaller inputs.
const raceEnabled = true
