package article

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/internal/devset"
	"github.com/newsdump/newsdump/normalize"
)

// BenchmarkStages measures the reader's work in stages over the
// development set's text pages (see BenchmarkDevsetText): split runs the
// splitter alone, classify adds the classifier; 0 reads the lines, 1 cleans
// them, 2 prepares them for the classifier, 3 counts their words, 4 looks
// for end markers.
func BenchmarkStages(b *testing.B) {
	pages, total := devset.Pages(b)
	cls := boilerplate.Default()
	for _, classify := range []bool{false, true} {
		name := "split"
		if classify {
			name = "classify"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(total))
			for b.Loop() {
				var spare spares
				for _, p := range pages {
					splitPage(cls, &spare, p, classify)
				}
			}
		})
	}
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
							linesStage(cls, normalize.Text(pc.text), stage)
						}
					}
				}
			}
		})
	}
}

// splitPage splits one page into articles and classifies them if asked.
func splitPage(cls *boilerplate.Classifier, spare *spares, page []byte, classify bool) {
	lr := lineReader{br: bufio.NewReader(bytes.NewReader(page)), max: 1 << 30}
	s := newSplitter(cls, spare, normalize.Normalizer{}, splitConfig{})
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
			if classify {
				cls.ClassifyLines(bl.ls, nil)
			}
			s.recycle(bl.block)
		}
		if err != nil {
			return
		}
	}
}

// linesStage does the work of the stages 2 to stage on one cleaned line.
func linesStage(cls *boilerplate.Classifier, t string, stage int) {
	if stage < 2 {
		return
	}
	l := cls.NewLine(t)
	if stage >= 3 {
		l.Counts()
	}
	if stage >= 4 {
		cls.LineEndMarker(&l)
	}
}
