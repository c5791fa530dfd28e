package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/newsdump/newsdump/article"
)

// isTerminal reports whether f is a terminal (a character device), where
// a progress bar can be redrawn in place.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// A progress draws a bar of the bytes read on a terminal, redrawn a few
// times a second, with the throughput. Lines written through it (errors)
// clear the bar first, so that it never stands in their middle.
type progress struct {
	mu    sync.Mutex
	f     *os.File
	r     *article.Reader
	total int64
	start time.Time
	done  chan struct{}
	wg    sync.WaitGroup
}

func startProgress(f *os.File, r *article.Reader, total int64) *progress {
	p := &progress{f: f, r: r, total: total, start: time.Now(), done: make(chan struct{})}
	p.wg.Go(func() {
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-tick.C:
				p.mu.Lock()
				fmt.Fprint(p.f, bar(p.r.Progress(), p.total, time.Since(p.start)))
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

// bar returns the progress line for read of total bytes after took:
// "\r[#######.......]  42%  420.0/1000.0 MB  35.2 MB/s".
func bar(read, total int64, took time.Duration) string {
	const width = 30
	frac := min(float64(read)/float64(total), 1)
	n := int(frac * width)
	rate := 0.0
	if took > 0 {
		rate = float64(read) / 1e6 / took.Seconds()
	}
	return fmt.Sprintf("\r[%s%s] %3.0f%%  %.1f/%.1f MB  %.1f MB/s", strings.Repeat("#", n), strings.Repeat(".", width-n), frac*100, float64(read)/1e6, float64(total)/1e6, rate)
}
