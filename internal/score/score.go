// Package score scores extracted text against the gold snippets of the
// trafilatura evaluation corpus, as its own evaluation does: white space
// folded to single spaces in snippet and output, then a substring test. It
// is shared by examples/evaluate and the bench module.
package score

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newsdump/newsdump/article"
)

// Counts counts the gold snippets: "with" snippets found (TP) and missed
// (FN), "without" snippets found (FP) and absent (TN), over Pages pages.
type Counts struct{ TP, FN, FP, TN, Pages int }

// Add adds the counts of o to c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.FN += o.FN
	c.FP += o.FP
	c.TN += o.TN
	c.Pages += o.Pages
}

// PRF returns precision, recall and F1.
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Fold folds white space to single spaces.
func Fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// Text returns the text of articles as the scoring reads it: each one's
// title, teaser and body paragraphs, a line each.
func Text(arts []*article.Article) string {
	var b strings.Builder
	for _, a := range arts {
		for _, t := range []string{a.Title, a.Teaser} {
			if t != "" {
				b.WriteString(t)
				b.WriteByte('\n')
			}
		}
		for _, p := range a.Body {
			b.WriteString(p.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// A Gold entry is what the gold file says of one page: its file, the
// snippets a correct extraction holds and those it must not hold, and the
// page's metadata where known.
type Gold struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
	Title   string   `json:"title"`
	Date    string   `json:"date"`
	Author  string   `json:"author"`
}

// ReadGold reads a gold file: a JSON object mapping each page's URL to its
// entry.
func ReadGold(path string) (map[string]Gold, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var gold map[string]Gold
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return gold, nil
}
