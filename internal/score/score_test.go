package score

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadGold reads authors given as a name or a list of names, and
// leaves out an entry that does not read, saying which.
func TestReadGold(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gold.json")
	os.WriteFile(path, []byte(`{
		"https://a.example/1": {"file": "1.html", "with": ["x"], "author": "Jana Müller"},
		"https://a.example/2": {"file": "2.html", "with": ["y"], "author": ["Jana Müller", "Max Weber"]},
		"https://a.example/3": {"file": "3.html", "with": "not a list"},
		"https://a.example/4": {"file": "4.html", "author": null}
	}`), 0o644)
	gold, err := ReadGold(path)
	if err == nil || !strings.Contains(err.Error(), "1 entries skipped") || !strings.Contains(err.Error(), "a.example/3") {
		t.Errorf("error %v, want one entry skipped, the third", err)
	}
	if len(gold) != 3 || gold["https://a.example/1"].Author != "Jana Müller" || gold["https://a.example/2"].Author != "Jana Müller; Max Weber" || gold["https://a.example/4"].File != "4.html" {
		t.Errorf("gold %+v", gold)
	}
	os.WriteFile(path, []byte(`[1, 2]`), 0o644)
	if gold, err := ReadGold(path); err == nil || gold != nil {
		t.Errorf("a file that is no object: %v, %v", gold, err)
	}
}
