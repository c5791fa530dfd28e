// Package golden runs the project's golden-file tests: a test computes its
// output, and the golden file holds the output accepted as right. Importing
// the package defines the -update flag in the test binary, so that
// `go test ./... -update` rewrites every golden file of the project.
package golden

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current output")

// Load returns the content of the golden file at path. With -update it
// first writes got there, so the comparison that follows passes and the
// diff shows in version control.
func Load(t testing.TB, path string, got []byte) []byte {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return got
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	return want
}

// Lines compares got with the golden file at path line by line and reports
// the difference as a go-cmp diff.
func Lines(t testing.TB, path, got string) {
	t.Helper()
	want := string(Load(t, path, []byte(got)))
	if diff := cmp.Diff(strings.Split(want, "\n"), strings.Split(got, "\n")); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}
