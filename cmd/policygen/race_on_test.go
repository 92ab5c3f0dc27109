//go:build race

package main

// raceDetector lets a script make its largest inputs smaller under -race, which reads a
// 10 MB file some fifty times slower.
const raceDetector = true
