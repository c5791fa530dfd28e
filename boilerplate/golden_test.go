package boilerplate

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdump/newsdump/internal/golden"
)

// TestGoldenLabels classifies each seed and each synthetic page in
// testdata/pages and compares the label of every line with NAME.labels.golden
// in testdata (seeds) or testdata/pages: "line kind rule | text".
func TestGoldenLabels(t *testing.T) {
	seeds, err := filepath.Glob("../seeds/*.txt")
	pages, _ := filepath.Glob("../testdata/pages/*.txt")
	if err != nil || len(seeds) == 0 || len(pages) == 0 {
		t.Fatalf("no seeds or pages: %v", err)
	}
	c := Default()
	for f, lines := range testPages(t) {
		res := c.Classify(lines)
		var b strings.Builder
		fmt.Fprintf(&b, "site %q\n", res.Site)
		for i, l := range res.Labels {
			if l.Kind == Blank {
				continue
			}
			text := []rune(strings.TrimSpace(lines[i]))
			if len(text) > 60 {
				text = append(text[:60], '…')
			}
			fmt.Fprintf(&b, "%3d %-15s %-30s | %s\n", i+1, l.Kind, l.Rule, string(text))
		}
		dir := "../testdata"
		if strings.Contains(f, "pages") {
			dir = "../testdata/pages"
		}
		path := filepath.Join(dir, strings.TrimSuffix(filepath.Base(f), ".txt")+".labels.golden")
		golden.Lines(t, path, b.String())
	}
}
