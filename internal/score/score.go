// Package score scores extracted text against the gold snippets of the
// trafilatura evaluation corpus, as its own evaluation does: white space
// folded to single spaces in snippet and output, then a substring test. It
// is shared by examples/evaluate and the bench module.
package score

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
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
// entry. An author may be given as a list of names (joined with "; "). An
// entry that does not read as one is left out, and the skipped entries
// come back as an error with the entries read; the file as a whole must
// be a JSON object.
func ReadGold(path string) (map[string]Gold, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var entries map[string]json.RawMessage
	if err := json.Unmarshal(raw, &entries); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	gold := make(map[string]Gold, len(entries))
	var bad []string
	for key, e := range entries {
		var g struct {
			Gold
			Author json.RawMessage `json:"author"`
		}
		if err := json.Unmarshal(e, &g); err != nil {
			bad = append(bad, fmt.Sprintf("%q: %v", key, err))
			continue
		}
		author, err := names(g.Author)
		if err != nil {
			bad = append(bad, fmt.Sprintf("%q: author: %v", key, err))
			continue
		}
		g.Gold.Author = author
		gold[key] = g.Gold
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return gold, fmt.Errorf("%s: %d entries skipped: %s", path, len(bad), strings.Join(bad, "; "))
	}
	return gold, nil
}

// names reads an author given as a string, a list of strings, or null.
func names(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var one string
	if err := json.Unmarshal(raw, &one); err == nil {
		return one, nil
	}
	var many []string
	if err := json.Unmarshal(raw, &many); err != nil {
		return "", fmt.Errorf("neither a name nor a list of names")
	}
	return strings.Join(many, "; "), nil
}
