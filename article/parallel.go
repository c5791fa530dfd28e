package article

import (
	"io"
	"iter"
	"runtime"
	"sync"
)

// Limits of a batch of Parallel: the tasks handed to a worker at once.
const (
	batchTasks = 32
	batchBytes = 1 << 20
)

// Parallel returns an iterator over the articles and errors of the Reader,
// as All does and in the same order, that parses on several goroutines:
// one reads the input, and workers goroutines parse the articles (HTML
// pages, records) it reads off. Plain text is cut, on the reading
// goroutine, into chunks of lines where a form feed or a separator line
// ends every article, and the workers split the chunks into articles too;
// a text without such places for 4 MiB is split on the reading goroutine
// from there, as by Read. With workers <= 0 it uses runtime.GOMAXPROCS(0).
// The articles and errors are those of All, in the same order. Tasks go to
// the workers in batches of up to 32 tasks or 1 MiB of input, so that small
// articles cost few hand-offs between goroutines; at most four batches for
// each worker are held at once, and at most 2 × MaxArticleBytes of input
// (or 8 MiB for each worker, if more) read and not yet yielded, unless a
// single batch is larger, so memory stays bounded as with Read. A
// batch is handed on when it is full or the input ends: reading a slow
// stream, articles come in runs.
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
		r.chunking = true // text is split by the workers too
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
		// A batch is a run of tasks and errors in input order: one hand-off
		// between goroutines for many small articles.
		type batch struct {
			ts   []*task // nil where the input gave an error
			errs []error
			out  chan []result
		}
		// Each worker parses with a copy of the Reader's configuration,
		// made before the reading goroutine changes the Reader.
		parsers := make([]*Reader, workers)
		for i := range parsers {
			parsers[i] = &Reader{parser: r.parser, splitCfg: r.splitCfg, Split: r.Split, JSON: r.JSON, Verbatim: r.Verbatim, Comments: r.Comments, MaxArticleBytes: r.MaxArticleBytes, MaxRatio: r.MaxRatio, HTMLProfiles: r.profiles(), URL: r.URL}
		}
		type pending struct {
			out  chan []result
			size int // the input bytes of its tasks
		}
		order := make(chan pending, 2*workers) // the results to come, in input order
		// The input in flight, read and not yet yielded, is bounded by
		// bytes as well as by batches: a batch of one large page is one
		// batch, as one of small articles is. A batch that alone is above
		// the bound goes when nothing else is in flight.
		budget := max(2*r.MaxArticleBytes, 8*workers*batchBytes)
		var mu sync.Mutex
		room := sync.NewCond(&mu)
		inflight, stopped := 0, false
		jobs := make(chan batch, workers)
		// The memory of text articles parsed, and of chunks' lines, goes
		// back to the reading goroutine, as Read recycles it.
		type spent struct {
			b     block
			lines []lineResult
		}
		free := make(chan spent, workers*batchTasks)
		done := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			defer close(order)
			defer close(jobs)
			for end := false; !end; {
				b := batch{out: make(chan []result, 1)}
				size := 0
				for len(b.ts) < batchTasks && size < batchBytes {
					for drained := false; !drained; {
						select {
						case sp := <-free:
							if sp.lines != nil {
								r.spare.putLines(sp.lines)
							} else {
								r.spare.put(sp.b)
							}
						default:
							drained = true
						}
					}
					t, err := r.next()
					if err == io.EOF {
						end = true
						break
					}
					b.ts, b.errs = append(b.ts, t), append(b.errs, err)
					if t != nil {
						size += t.size()
					}
				}
				if len(b.ts) == 0 {
					return
				}
				mu.Lock()
				for inflight > 0 && inflight+size > budget && !stopped {
					room.Wait()
				}
				inflight += size
				mu.Unlock()
				select {
				case order <- pending{b.out, size}:
				case <-done:
					return
				}
				select {
				case jobs <- b:
				case <-done:
					return
				}
			}
		})
		for _, p := range parsers {
			wg.Go(func() {
				for b := range jobs {
					res := make([]result, 0, len(b.ts))
					for i, t := range b.ts {
						switch {
						case t == nil:
							res = append(res, result{err: b.errs[i]})
						case t.lines != nil:
							p.runChunk(t, func(a *Article, skip string, err error) {
								res = append(res, result{a, skip, err})
							})
							select {
							case free <- spent{lines: t.lines}:
							default:
							}
						default:
							a, skip, err := p.run(t)
							res = append(res, result{a, skip, err})
							if t.split != nil {
								select {
								case free <- spent{b: t.b}:
								default:
								}
							}
						}
					}
					b.out <- res
				}
			})
		}
		defer func() {
			close(done)
			mu.Lock()
			stopped = true
			room.Broadcast()
			mu.Unlock()
			for range order {
				// Let the reading goroutine end.
			}
			wg.Wait()
			r.dropInput()
			r.closeArchive()
		}()
		for p := range order {
			for _, res := range <-p.out {
				if res.skip != "" {
					r.skipped(res.skip)
					continue
				}
				r.repeats(res.a)
				if !yield(res.a, res.err) {
					return
				}
			}
			mu.Lock()
			inflight -= p.size
			room.Signal()
			mu.Unlock()
		}
	}
}
