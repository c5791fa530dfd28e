package article

import (
	"io"
	"iter"
	"runtime"
	"sync"
)

// Parallel returns an iterator over the articles and errors of the Reader,
// as All does and in the same order, that parses on several goroutines:
// one reads and splits the input, as Read would, and workers goroutines
// parse the articles (HTML pages, records, text) it splits off. With
// workers <= 0 it uses runtime.GOMAXPROCS(0). The articles and errors are
// those of All, in the same order; at most a few articles for each worker
// are held at once, so memory stays bounded as with Read.
//
// With Repeats set, one worker parses, in order, since each article's
// parsing uses the lines of those before it; reading and splitting still
// run beside it.
//
// The iterator is single-use: it consumes the Reader, and Skipped counts
// its records. When the loop over it stops early, it waits for its
// goroutines to end, closing the input being read.
func (r *Reader) Parallel(workers int) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		r.start()
		if workers <= 0 {
			workers = runtime.GOMAXPROCS(0)
		}
		if r.Repeats != nil {
			workers = 1
		}
		type result struct {
			a    *Article
			skip string
			err  error
		}
		type job struct {
			t   *task
			out chan result
		}
		// Each worker parses with a copy of the Reader's configuration,
		// made before the reading goroutine changes the Reader.
		parsers := make([]*Reader, workers)
		for i := range parsers {
			parsers[i] = &Reader{parser: r.parser, JSON: r.JSON, Verbatim: r.Verbatim, Comments: r.Comments, MaxArticleBytes: r.MaxArticleBytes}
		}
		order := make(chan chan result, 2*workers) // the results to come, in input order
		jobs := make(chan job, workers)
		// The memory of text articles parsed goes back to the splitting
		// goroutine, as Read recycles it.
		free := make(chan block, workers)
		done := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			defer close(order)
			defer close(jobs)
			for {
				select {
				case b := <-free:
					recycle(&r.spare, b)
				default:
				}
				t, err := r.next()
				out := make(chan result, 1)
				if t == nil {
					if err == io.EOF {
						return
					}
					out <- result{err: err}
				}
				select {
				case order <- out:
				case <-done:
					return
				}
				if t == nil {
					continue
				}
				select {
				case jobs <- job{t, out}:
				case <-done:
					return
				}
			}
		})
		for _, p := range parsers {
			wg.Go(func() {
				for j := range jobs {
					a, skip, err := p.run(j.t)
					j.out <- result{a, skip, err}
					if j.t.split != nil {
						select {
						case free <- j.t.b:
						default:
						}
					}
				}
			})
		}
		defer func() {
			close(done)
			for range order {
				// Let the reading goroutine end.
			}
			wg.Wait()
			r.dropInput()
			r.closeArchive()
		}()
		for out := range order {
			res := <-out
			if res.skip != "" {
				r.skipped(res.skip)
				continue
			}
			if !yield(res.a, res.err) {
				return
			}
		}
	}
}
