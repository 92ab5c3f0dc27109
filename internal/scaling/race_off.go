//go:build !race

package scaling

const raceDetector = false
