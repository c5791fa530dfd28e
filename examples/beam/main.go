// Command beam runs the newsdump pipeline on Apache Beam: it reads dumps
// matched by globs (plain text, HTML, JSON Lines, WARC, gzip, tar, zip),
// WARC files in parts of whole records, drops exact and near duplicates by
// the articles' fingerprints, and writes JSON Lines shards, the errors and
// a summary. It runs on Beam's local runner (Prism) by default, and
// unchanged on Dataflow, Flink or Spark (see README.md).
//
//	go run . -input '../../seeds/*.txt' -output /tmp/out
package main

import (
	"context"
	"flag"
	"log"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newsdump/newsdump/article"
)

func main() {
	input := flag.String("input", "", "globs of the dumps to read, separated by commas")
	output := flag.String("output", "", "folder to write the shards, errors.jsonl and summary.json into")
	shards := flag.Int("shards", 4, "files of articles to write")
	partSize := flag.Int64("part-size", 64<<20, "read WARC files in parts of about this many bytes")
	distance := flag.Int("distance", article.NearDistance, "the largest fingerprint distance of near duplicates, 1 to 3; -1 drops exact duplicates only")
	flag.Parse()
	beam.Init()
	if flag.NArg() > 0 {
		log.Fatalf("beam: %d arguments after the flags; quote the glob of -input so that the shell leaves it to the pipeline", flag.NArg())
	}
	if *input == "" || *output == "" {
		log.Fatal("beam: -input and -output are required")
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, Config{Inputs: strings.Split(*input, ","), Output: *output, Shards: *shards, PartSize: *partSize, Distance: *distance})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: %v", err)
	}
}
