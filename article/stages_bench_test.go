package article

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/normalize"
)

// BenchmarkStages measures the reader's work in stages over the
// development set's text pages (see BenchmarkDevsetText): split runs the
// splitter alone, classify adds the classifier; 0 reads the lines, 1 cleans
// them, 2 prepares them for the classifier, 3 counts their words, 4 looks
// for end markers.
func BenchmarkStages(b *testing.B) {
	dir := os.Getenv("NEWSDUMP_DEVSET")
	if dir == "" {
		dir = "../../shared/devset"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if len(files) == 0 {
		b.Skipf("no pages in %s/text", dir)
	}
	var pages [][]byte
	total := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		pages = append(pages, data)
		total += len(data)
	}
	cls := boilerplate.Default()
	b.Run("split", func(b *testing.B) {
		b.SetBytes(int64(total))
		for b.Loop() {
			var spare block
			for _, p := range pages {
				lr := lineReader{br: bufio.NewReader(bytes.NewReader(p)), max: 1 << 30}
				s := newSplitter(cls, &spare)
				for {
					pc, err := lr.next()
					if err != nil {
						break
					}
					s.add(pc)
					for {
						bl, ok := s.next()
						if !ok {
							break
						}
						s.recycle(bl)
					}
				}
				s.boundary()
			}
		}
	})
	b.Run("classify", func(b *testing.B) {
		b.SetBytes(int64(total))
		for b.Loop() {
			var spare block
			for _, p := range pages {
				lr := lineReader{br: bufio.NewReader(bytes.NewReader(p)), max: 1 << 30}
				s := newSplitter(cls, &spare)
				for {
					pc, err := lr.next()
					if err != nil {
						s.boundary()
					} else {
						s.add(pc)
					}
					for {
						bl, ok := s.next()
						if !ok {
							break
						}
						cls.ClassifyLines(bl.ls, nil)
						s.recycle(bl)
					}
					if err != nil {
						break
					}
				}
			}
		}
	})
	for stage := 0; stage <= 4; stage++ {
		b.Run(string(rune('0'+stage)), func(b *testing.B) {
			b.SetBytes(int64(total))
			for b.Loop() {
				for _, p := range pages {
					lr := lineReader{br: bufio.NewReader(bytes.NewReader(p)), max: 1 << 30}
					for {
						pc, err := lr.next()
						if err != nil {
							break
						}
						if stage >= 1 {
							t := normalize.Text(pc.text)
							if stage >= 2 {
								l := cls.NewLine(t)
								if stage >= 3 {
									l.Counts()
								}
								if stage >= 4 {
									cls.LineEndMarker(&l)
								}
							}
						}
					}
				}
			}
		})
	}
}
