package normalize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsdump/newsdump/internal/golden"
)

// TestGoldenSeeds normalizes every line of the seeds in the language of its
// file, as one text, and lists the lines that change, the dates found,
// resolved against a fixed reference, and the counts of the changes in
// testdata/NAME.normalize.golden.
func TestGoldenSeeds(t *testing.T) {
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	p := DateParser{Reference: time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)}
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := Language(string(data))
		var b strings.Builder
		fmt.Fprintf(&b, "language %v\n", lang)
		n := Normalizer{Language: lang}
		for i, line := range strings.Split(string(data), "\n") {
			out := n.Paragraph(line)
			if out != line {
				fmt.Fprintf(&b, "%d - %s\n%d + %s\n", i+1, line, i+1, out)
			}
			for _, m := range p.Find(out) {
				fmt.Fprintf(&b, "%d date %q %s %s relative=%v\n", i+1, m.Text, m.Precision, m.Time.Format(time.DateOnly), m.Relative)
			}
		}
		fmt.Fprintf(&b, "counts %+v\n", n.Counts)
		path := filepath.Join("../testdata", strings.TrimSuffix(filepath.Base(f), ".txt")+".normalize.golden")
		golden.Lines(t, path, b.String())
	}
}
