//go:build race

package article

// raceDetector is set when the tests run with the race detector, which
// allocates on its own behalf and lets sync.Pool drop what it holds.
const raceDetector = true
