// Command synthdump writes a synthetic plain-text dump of a given size to
// standard output, for measuring throughput and memory: the text files of
// the folders given, again and again in order, one article after another,
// separated by form-feed lines.
//
//	go run ./internal/synthdump -size 1000 seeds ../shared/devset/text > /tmp/dump.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	size := flag.Int64("size", 1000, "size of the dump in `MB` (10^6 bytes)")
	flag.Parse()
	var texts [][]byte
	for _, dir := range flag.Args() {
		var files []string
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() && strings.HasSuffix(path, ".txt") {
				files = append(files, path)
			}
			return nil
		})
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, "synthdump:", err)
				os.Exit(1)
			}
			texts = append(texts, data)
		}
	}
	if len(texts) == 0 {
		fmt.Fprintln(os.Stderr, "usage: synthdump [-size MB] FOLDER...")
		os.Exit(2)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	var n int64
	for i := 0; n < *size*1e6; i++ {
		t := texts[i%len(texts)]
		w.Write(t)
		w.WriteString("\n\f\n")
		n += int64(len(t)) + 3
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "synthdump:", err)
		os.Exit(1)
	}
}
