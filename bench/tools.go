package main

import (
	"bytes"
	nurl "net/url"
	"strings"
	"time"

	readability "github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"

	"github.com/newsdump/newsdump/article"
	"github.com/newsdump/newsdump/internal/score"
)

// extractors run each tool on one page: its HTML and its URL.
var extractors = map[string]func(data []byte, url string) output{
	"newsdump":          newsdump,
	"newsdump-verbatim": newsdumpVerbatim,
	"go-trafilatura":    trafilaturaWithFallback,
	"go-readability":    goReadability,
}

// reader is the one newsdump Reader of the process, reset for each page,
// as a program reading many pages would use it.
var reader = &article.Reader{Format: article.FormatHTML}

func newsdump(data []byte, _ string) output { return readPage(reader, data) }

// newsdumpVerbatim scores the text as the pages write it: quotation marks,
// soft hyphens and other invisible characters not normalized. The gold
// snippets are copied from the pages, so a straight quotation mark that the
// library sets as „…“ by default counts as a snippet lost; this row shows
// the extraction alone.
func newsdumpVerbatim(data []byte, _ string) output { return readPage(verbatim, data) }

var verbatim = &article.Reader{Format: article.FormatHTML, Verbatim: true}

func readPage(reader *article.Reader, data []byte) output {
	reader.Reset(bytes.NewReader(data))
	var out output
	var arts []*article.Article
	for a, _ := range reader.All() {
		if a == nil {
			continue
		}
		arts = append(arts, a)
		if out.Title == "" {
			out.Title = a.Title
		}
		if out.Date == "" && !a.Published.Time.IsZero() {
			out.Date = a.Published.Time.Format("2006-01-02")
		}
		if out.Author == "" {
			var names []string
			for _, au := range a.Authors {
				names = append(names, au.Name)
			}
			out.Author = strings.Join(names, "; ")
		}
	}
	out.Text = score.Text(arts)
	var main strings.Builder
	for _, a := range arts {
		if a.Teaser != "" {
			main.WriteString(a.Teaser + "\n")
		}
		for _, p := range a.Body {
			main.WriteString(p.Text + "\n")
		}
	}
	out.Main = main.String()
	return out
}

func trafilaturaWithFallback(data []byte, url string) output {
	opts := trafilatura.Options{EnableFallback: true}
	if u, err := nurl.Parse(url); err == nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(data), opts)
	if err != nil || res == nil {
		return output{}
	}
	out := output{Text: res.Metadata.Title + "\n" + res.ContentText, Main: res.ContentText, Title: res.Metadata.Title, Author: res.Metadata.Author}
	if !res.Metadata.Date.IsZero() {
		out.Date = res.Metadata.Date.Format("2006-01-02")
	}
	return out
}

func goReadability(data []byte, url string) output {
	u, _ := nurl.Parse(url)
	a, err := readability.FromReader(bytes.NewReader(data), u)
	if err != nil {
		return output{}
	}
	out := output{Text: a.Title + "\n" + a.TextContent, Main: a.TextContent, Title: a.Title, Author: a.Byline}
	if a.PublishedTime != nil {
		out.Date = a.PublishedTime.In(time.UTC).Format("2006-01-02")
	}
	return out
}
