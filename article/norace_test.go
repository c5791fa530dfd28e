//go:build !race

package article

// raceDetector is set when the tests run with the race detector.
const raceDetector = false
