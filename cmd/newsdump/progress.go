package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/newsdump/newsdump/article"
)

// isTerminal reports whether f is a terminal (a character device), where
// a progress bar can be redrawn in place.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// A progress draws a bar of the bytes read on a terminal, redrawn a few
// times a second, with the throughput, the articles, the time taken and
// the time left, cut to the terminal's width. Lines written through it
// (errors) clear the bar first, so that it never stands in their middle.
type progress struct {
	mu       sync.Mutex
	f        *os.File
	r        *article.Reader
	total    int64
	articles *atomic.Int64
	start    time.Time
	done     chan struct{}
	wg       sync.WaitGroup
}

func startProgress(f *os.File, r *article.Reader, total int64, articles *atomic.Int64) *progress {
	p := &progress{f: f, r: r, total: total, articles: articles, start: time.Now(), done: make(chan struct{})}
	p.wg.Go(func() {
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-tick.C:
				p.mu.Lock()
				fmt.Fprint(p.f, "\r"+bar(p.r.Progress(), p.total, p.articles.Load(), time.Since(p.start), termWidth(p.f)))
				p.mu.Unlock()
			}
		}
	})
	return p
}

// Write writes b after clearing the bar; the next tick draws it again.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.f, "\r\033[K")
	return p.f.Write(b)
}

// stop ends the bar and clears it; a nil progress does nothing.
func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.done)
	p.wg.Wait()
	fmt.Fprint(p.f, "\r\033[K")
}

// termWidth returns the width of the terminal f in columns: the window's
// size where the system tells, else $COLUMNS, else 80.
func termWidth(f *os.File) int {
	if w := windowWidth(f); w > 0 {
		return w
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 80
}

// bar returns the progress line for read of total bytes and the articles
// written after took, at most width columns wide (one less, so that the
// cursor does not wrap): "[#######.......]  42%  420.0/1000.0 MB  35.2
// MB/s  1234 articles  0:12  left 0:17". Where the width is short, the
// bar narrows first, then the parts at the end go.
func bar(read, total, articles int64, took time.Duration, width int) string {
	frac := min(float64(read)/float64(total), 1)
	rate := 0.0
	if took > 0 {
		rate = float64(read) / 1e6 / took.Seconds()
	}
	parts := []string{
		fmt.Sprintf("%3.0f%%", frac*100),
		fmt.Sprintf("%.1f/%.1f MB", float64(read)/1e6, float64(total)/1e6),
		fmt.Sprintf("%.1f MB/s", rate),
		fmt.Sprintf("%d articles", articles),
		clock(took),
	}
	if read > 0 && read < total {
		left := time.Duration(float64(took) * float64(total-read) / float64(read))
		parts = append(parts, "left "+clock(left))
	}
	room := width - 1
	for len(parts) > 1 {
		line := strings.Join(parts, "  ")
		if n := room - utf8.RuneCountInString(line) - 3; n >= 10 {
			n = min(n, 30)
			k := int(frac * float64(n))
			return "[" + strings.Repeat("#", k) + strings.Repeat(".", n-k) + "] " + line
		}
		if utf8.RuneCountInString(line) <= room && len(parts) <= 3 {
			return line // no room for the bar
		}
		parts = parts[:len(parts)-1]
	}
	return parts[0]
}

// clock writes a duration as minutes and seconds, with hours where there
// are: "0:12", "1:02:03".
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
