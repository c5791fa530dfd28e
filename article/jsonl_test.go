package article

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestJSONL(t *testing.T) {
	dump := strings.Join([]string{
		`{"title":"Haushalt beschlossen","url":"https://example.org/a","date":"2025-01-14T10:00:00+01:00","language":"de","text":"` + para + `\n` + para + `"}`,
		`{"headline":"Page","link":"https://example.org/b","timestamp":1736845200,"html":"<html><body><article><p>` + para + `</p></article></body></html>"}`,
		``,
		`[1, 2, 3]`,
		`{"title":"Ohne Text","url":"https://example.org/c"}`,
		`{"title": "kaputt", "text": "` + para,
		`null`,
		`{"content":"` + para + `","published":"14. Januar 2025"}`,
	}, "\n")
	r := NewReader(strings.NewReader(dump))
	type result struct {
		line  int
		title string
		url   string
		date  string
		err   bool
	}
	var got []result
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var perr *ParseError
			if !errors.As(err, &perr) || !errors.Is(err, ErrRecord) {
				t.Fatalf("error %v: want a *ParseError wrapping ErrRecord", err)
			}
			got = append(got, result{line: perr.Line, err: true})
			continue
		}
		d := ""
		if !a.Published.Time.IsZero() {
			d = a.Published.Time.Format("2006-01-02T15:04")
		}
		got = append(got, result{line: a.Source.Line, title: a.Title, url: a.URL, date: d})
	}
	want := []result{
		{line: 1, title: "Haushalt beschlossen", url: "https://example.org/a", date: "2025-01-14T10:00"},
		{line: 2, title: "Page", url: "https://example.org/b", date: "2025-01-14T09:00"},
		{line: 4, err: true},
		{line: 5, err: true},
		{line: 6, err: true},
		{line: 7, err: true},
		{line: 8, date: "2025-01-14T00:00"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d results, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("record %d: got %+v, want %+v", i+1, got[i], want[i])
		}
	}
}

func TestJSONLFields(t *testing.T) {
	r := NewReader(strings.NewReader(`{"story":"` + para + `","name":"Eigene Felder","text":"nicht dies"}` + "\n"))
	r.JSON = JSONFields{Text: []string{"story"}, Title: []string{"name"}}
	a, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Eigene Felder" || len(a.Body) != 1 || !strings.HasPrefix(a.Body[0].Text, "Die Regierung") {
		t.Errorf("got title %q, body %v", a.Title, a.Body)
	}
}

func TestLooksLikeJSONL(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{`{"text":"Hallo"}`, true},
		{"\xef\xbb\xbf  {\n", false},
		{` { "a": 1 }`, true},
		{`{}`, true},
		{`{ Klammern im Text }`, false},
		{`Der Text {"a":1}`, false},
		{``, false},
	} {
		if got := looksLikeJSONL([]byte(c.head)); got != c.want {
			t.Errorf("%q: %v, want %v", c.head, got, c.want)
		}
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add(`{"text":"` + para + `","title":"T","date":"2025-01-14"}` + "\n" + `[1]` + "\n")
	f.Add(`{"html":"<p>` + para + `</p>","timestamp":1736845200123}`)
	f.Add(`{"text":5,"title":{"a":1}}` + "\n\n" + `{"content":"\u0000\ud800"}`)
	f.Fuzz(func(t *testing.T, dump string) {
		r := NewReader(strings.NewReader(dump))
		r.Format = FormatJSONL
		records := 0
		for line := range strings.SplitSeq(dump, "\n") {
			if strings.TrimSpace(line) != "" {
				records++
			}
		}
		n := 0
		for a, err := range r.All() {
			if a == nil && err == nil {
				t.Fatal("nil article without an error")
			}
			if err != nil && !errors.Is(err, ErrRecord) && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("unexpected error %v", err)
			}
			if a != nil || !errors.Is(err, ErrEmpty) {
				n++
			}
		}
		if n != records {
			t.Errorf("%d records, %d articles and errors", records, n)
		}
	})
}

// TestArticleCap: an article above MaxArticleBytes is reported with
// ErrArticleTooLong at its position, and reading goes on: text is cut
// there and returned with the error, a JSON Lines record skipped.
func TestArticleCap(t *testing.T) {
	long := strings.Repeat(para+"\n\n", 40) // about 8.6 KB
	for _, c := range []struct {
		name, dump string
		max        int
		want       []string
	}{
		// Each line of text counts lineCost bytes more: the 82 lines of
		// the long article count about 50 KB.
		{"text", "Lang\n\n" + long + "\f\nKurz\n\n" + para + "\n", 40000, []string{"Lang: too long", "*", "Kurz"}},
		{"jsonl", `{"title":"Lang","text":"` + strings.ReplaceAll(long, "\n", `\n`) + `"}` + "\n" + `{"title":"Kurz","text":"` + para + `"}` + "\n", 6000, []string{"too long at line 1", "Kurz"}},
	} {
		r := NewReader(strings.NewReader(c.dump))
		r.MaxArticleBytes = c.max // the long article is cut once
		var got []string
		for a, err := range r.All() {
			var perr *ParseError
			switch {
			case a != nil && errors.Is(err, ErrArticleTooLong):
				got = append(got, a.Title+": too long")
			case errors.As(err, &perr) && errors.Is(err, ErrArticleTooLong):
				got = append(got, fmt.Sprintf("too long at line %d", perr.Line))
			case err != nil:
				t.Fatalf("%s: %v", c.name, err)
			case a.Title == "":
				got = append(got, "*") // the rest of the cut article
			default:
				got = append(got, a.Title)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
