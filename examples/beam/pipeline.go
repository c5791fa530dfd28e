package main

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/newsdump/newsdump/article"
)

// Config is what the pipeline reads and writes.
type Config struct {
	Inputs   []string // globs of the dumps to read, in any file system Beam has
	Output   string   // folder of the output
	Shards   int      // files of articles written
	PartSize int64    // WARC files are read in parts of about this many bytes
	Distance int      // the largest fingerprint distance of near duplicates, 1 to article.NearDistance; 0 means NearDistance, and a negative one drops exact duplicates only
}

// A Part is a file, or the part of a WARC file from the first record that
// starts at or after Start to the first that starts at or after End.
type Part struct {
	Path       string
	Start, End int64
	Size       int64
}

// A Doc is an article read, with what deduplication needs.
type Doc struct {
	ID          string // path and offset, in an order that sorts the input
	Fingerprint uint64
	BodyHash    string // of the body's text, for exact duplicates
	JSON        string // the article as a JSON line
}

// A Mark says that the article ID duplicates an earlier one.
type Mark struct {
	ID    string
	Exact bool
}

func init() {
	register.Function4x1(expandGlob)
	register.DoFn5x1[context.Context, Part, func(Doc), func(int, string), func(Counter), error](&readFn{})
	register.Function2x0(bandKeys)
	register.Function4x0(markDuplicates)
	register.Function1x2(byID)
	register.Function2x0(keyMark)
	register.Function6x0(keep)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Function2x0(counterKV)
	register.Function2x2(toCounter)
	register.DoFn3x1[context.Context, int, func(*Counter) bool, error](&summaryFn{})
	register.Emitter1[Part]()
	register.Emitter1[Doc]()
	register.Emitter1[Counter]()
	register.Emitter1[Mark]()
	register.Emitter2[string, Doc]()
	register.Emitter2[string, bool]()
	register.Emitter2[string, int]()
	register.Emitter2[int, string]()
	register.Iter1[Doc]()
	register.Iter1[bool]()
	register.Iter1[string]()
	register.Iter1[Counter]()
}

// Counter is a named count of the summary.
type Counter struct {
	Name  string
	Count int
}

// Build adds the pipeline to s: match the inputs, read them in parts,
// drop exact and near duplicates by fingerprint, and write JSON Lines
// shards, the errors and a summary.
func Build(s beam.Scope, cfg Config) {
	if cfg.Shards <= 0 {
		cfg.Shards = 4
	}
	if cfg.PartSize <= 0 {
		cfg.PartSize = 64 << 20
	}
	if cfg.Distance == 0 || cfg.Distance > article.NearDistance {
		cfg.Distance = article.NearDistance
	}
	globs := beam.CreateList(s, cfg.Inputs)
	parts := beam.ParDo(s, expandGlob, globs, beam.SideInput{Input: beam.Create(s, cfg.PartSize)})
	parts = beam.Reshuffle(s, parts)
	docs, problems, counts := beam.ParDo3(s, &readFn{}, parts)

	// Each article with a fingerprint goes to the groups of its four
	// bands; in each group, an article near an earlier one is marked.
	banded := beam.ParDo(s, bandKeys, docs)
	marks := beam.ParDo(s, markDuplicates, beam.GroupByKey(s, banded), beam.SideInput{Input: beam.Create(s, cfg.Distance)})
	byDoc := beam.ParDo(s, byID, docs)
	markKV := beam.ParDo(s, keyMark, marks)
	kept, moreCounts := beam.ParDo2(s, keep, beam.CoGroupByKey(s, byDoc, markKV), beam.SideInput{Input: beam.Create(s, cfg.Shards)})

	// The errors are shard -1 of the writer, errors.jsonl.
	beam.ParDo0(s, &writeFn{Dir: cfg.Output, Name: "articles", Shards: cfg.Shards}, beam.GroupByKey(s, beam.Flatten(s, kept, problems)))
	all := beam.Flatten(s, counts, moreCounts)
	sums := stats.SumPerKey(s, beam.ParDo(s, counterKV, all))
	beam.ParDo0(s, &summaryFn{Dir: cfg.Output}, beam.GroupByKey(s, beam.ParDo(s, toCounter, sums)))
}

// expandGlob lists the files of a glob, each as one part, or a WARC file
// as parts of about partSize bytes where the file system reads it at any
// offset.
func expandGlob(ctx context.Context, glob string, partSize int64, emit func(Part)) error {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return err
	}
	defer fs.Close()
	files, err := fs.List(ctx, glob)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no files", glob)
	}
	sort.Strings(files)
	for _, f := range files {
		size, err := fs.Size(ctx, f)
		if err != nil {
			return err
		}
		if !isWARCName(f) || size <= partSize || !randomAccess(ctx, fs, f) {
			emit(Part{Path: f, Start: 0, End: size, Size: size})
			continue
		}
		for start := int64(0); start < size; start += partSize {
			emit(Part{Path: f, Start: start, End: min(start+partSize, size), Size: size})
		}
	}
	return nil
}

// randomAccess reports whether the file system reads the file at any
// offset, as parts of it are read.
func randomAccess(ctx context.Context, fs filesystem.Interface, name string) bool {
	rc, err := fs.OpenRead(ctx, name)
	if err != nil {
		return false
	}
	defer rc.Close()
	_, ok := rc.(io.ReaderAt)
	return ok
}

func isWARCName(name string) bool {
	return strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz")
}

// readFn reads the articles of a part. Its other outputs are the errors,
// as lines of shard -1 of the writer, and the counts of the summary.
type readFn struct{}

func (fn *readFn) ProcessElement(ctx context.Context, p Part, emit func(Doc), problem func(int, string), count func(Counter)) error {
	fs, err := filesystem.New(ctx, p.Path)
	if err != nil {
		return err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, p.Path)
	if err != nil {
		return err
	}
	defer rc.Close()
	var src io.Reader = rc
	base := int64(0)
	r := &article.Reader{}
	if p.Start > 0 || p.End < p.Size {
		// A part of a WARC file: from the first record that starts in it
		// to the first record that starts after it.
		ra, ok := rc.(io.ReaderAt)
		if !ok {
			return fmt.Errorf("%s: the file system gives no random access to read a part", p.Path)
		}
		from, err := article.NextWARCRecord(ra, p.Size, p.Start)
		if err != nil {
			return err
		}
		to, err := article.NextWARCRecord(ra, p.Size, p.End)
		if err != nil {
			return err
		}
		if from == to {
			return nil // no record starts in the part
		}
		src, base = io.NewSectionReader(ra, from, to-from), from
		r.Format = article.FormatWARC
	}
	r.Reset(src)
	r.Path = p.Path
	emitCount := func(name string, n int) { count(Counter{name, n}) }
	articles, errs := 0, 0
	for a, err := range r.All() {
		if err != nil {
			errs++
			line, _ := marshal(problemOf(err, base))
			emitCount("errors", 1)
			problem(-1, errorID(err, p.Path, base)+"\x01"+string(line))
		}
		if a == nil {
			continue
		}
		articles++
		shift(&a.Source, base)
		line, err := marshal(a)
		if err != nil {
			return err
		}
		emit(Doc{
			ID:          docID(a.Source.Path, a.Source.Offset),
			Fingerprint: uint64(a.Fingerprint),
			BodyHash:    bodyHash(a),
			JSON:        string(line),
		})
		emitCount("articles read", 1)
		emitCount("site/"+cmp.Or(a.Site, "(none)"), 1)
		emitCount("language/"+a.Language.String(), 1)
	}
	for why, n := range r.Skipped() {
		emitCount("skipped/"+why, n)
	}
	if p.Start == 0 {
		emitCount("inputs", 1)
		if articles == 0 && errs == 0 {
			emitCount("inputs without article or error", 1)
		}
	}
	return nil
}

// marshal encodes v as the command newsdump does: without escaping <, >
// and &, and without a newline.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// shift makes the offsets of a part's article offsets in its file.
func shift(src *article.Source, base int64) {
	src.Offset += base
	src.EndOffset += base
	if src.GzipLength > 0 {
		src.GzipOffset += base
	}
}

// problemOf returns an error as a record of the errors' output.
func problemOf(err error, base int64) map[string]any {
	out := map[string]any{"error": err.Error()}
	var pe *article.ParseError
	if errors.As(err, &pe) {
		out["path"], out["line"], out["offset"] = pe.Path, pe.Line, pe.Offset+base
	}
	return out
}

// errorID is the ID of an error, which orders errors.jsonl as the input.
func errorID(err error, path string, base int64) string {
	var pe *article.ParseError
	if errors.As(err, &pe) {
		return docID(path, pe.Offset+base)
	}
	return docID(path, base)
}

func docID(path string, off int64) string { return fmt.Sprintf("%s\x00%020d", path, off) }

// bodyHash returns a hash of the body's text as written out.
func bodyHash(a *article.Article) string {
	h := sha256.New()
	for _, p := range a.Body {
		h.Write([]byte(p.Text))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// counterKV turns a Counter into a KV for stats.SumPerKey.
func counterKV(c Counter, emit func(string, int)) { emit(c.Name, c.Count) }

// toCounter turns a sum into a Counter under one key, for the summary.
func toCounter(name string, n int) (int, Counter) { return 0, Counter{name, n} }

// bandKeys keys an article by each of its fingerprint's bands; articles
// without a fingerprint are not deduplicated.
func bandKeys(d Doc, emit func(string, Doc)) {
	if d.Fingerprint == 0 {
		return
	}
	lite := Doc{ID: d.ID, Fingerprint: d.Fingerprint, BodyHash: d.BodyHash}
	for i, b := range article.Fingerprint(d.Fingerprint).Bands() {
		emit(fmt.Sprintf("%d/%04x", i, b), lite)
	}
}

// markDuplicates marks each article of a band's group that has the body of
// an earlier one (by ID), or, with a distance above 0, a fingerprint within
// it: the first of the duplicates is kept.
func markDuplicates(_ string, group func(*Doc) bool, distance int, emit func(Mark)) {
	var ds []Doc
	var d Doc
	for group(&d) {
		ds = append(ds, d)
	}
	slices.SortFunc(ds, func(a, b Doc) int { return strings.Compare(a.ID, b.ID) })
	for j := 1; j < len(ds); j++ {
		for i := 0; i < j; i++ {
			if ds[i].ID == ds[j].ID {
				continue
			}
			exact := ds[i].BodyHash == ds[j].BodyHash
			if exact || distance > 0 && article.Fingerprint(ds[i].Fingerprint).Distance(article.Fingerprint(ds[j].Fingerprint)) <= distance {
				emit(Mark{ID: ds[j].ID, Exact: exact})
				break
			}
		}
	}
}

func byID(d Doc) (string, Doc)                { return d.ID, d }
func keyMark(m Mark, emit func(string, bool)) { emit(m.ID, m.Exact) }

// keep writes out an article no mark names, to the shard of its ID, and
// counts those dropped.
func keep(id string, docs func(*Doc) bool, marks func(*bool) bool, shards int, emit func(int, string), count func(Counter)) {
	var d Doc
	if !docs(&d) {
		return
	}
	dup, exact := false, false
	var m bool
	for marks(&m) {
		dup = true
		exact = exact || m
	}
	switch {
	case dup && exact:
		count(Counter{"duplicates dropped/exact", 1})
	case dup:
		count(Counter{"duplicates dropped/near", 1})
	default:
		h := fnv.New32a()
		h.Write([]byte(id))
		emit(int(h.Sum32()%uint32(shards)), id+"\x01"+d.JSON)
		count(Counter{"articles written", 1})
	}
}

// writeFn writes a shard: its lines sorted by ID, each without the ID.
// Shard -1 is the errors.
type writeFn struct {
	Dir, Name string
	Shards    int
}

func (fn *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	sort.Strings(all)
	name := fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Name, shard, fn.Shards)
	if shard < 0 {
		name = "errors.jsonl"
	}
	var b bytes.Buffer
	for _, l := range all {
		_, line, _ := strings.Cut(l, "\x01")
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return writeFile(ctx, path.Join(fn.Dir, name), b.Bytes())
}

// summaryFn writes summary.json: the counts by name.
type summaryFn struct{ Dir string }

func (fn *summaryFn) ProcessElement(ctx context.Context, _ int, counters func(*Counter) bool) error {
	out := map[string]int{}
	var c Counter
	for counters(&c) {
		out[c.Name] = c.Count
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(ctx, path.Join(fn.Dir, "summary.json"), append(b, '\n'))
}

func writeFile(ctx context.Context, name string, data []byte) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
