// Command gencorpus writes a synthetic corpus for benchmarks:
//
//	go run ./scripts/gencorpus -n 10000 -o /tmp/mtcheck-corpus-10k
//
// Articles of about 30 sentences (NAME.txt) with a reference each
// (NAME.ref.txt), errors planted in about 8% of the sentences, and
// .planted.jsonl listing them. The same -seed gives the same corpus.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/mtcheck/mtcheck/internal/synth"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	out := flag.String("o", "", "output directory (required)")
	sentences := flag.Int("sentences", 30, "sentences per article, about")
	rate := flag.Float64("errors", 0.08, "share of sentences with a planted error")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: go run ./scripts/gencorpus -n ARTICLES -o DIR")
		os.Exit(2)
	}
	s, p, err := synth.Write(*out, synth.Options{Articles: *n, Sentences: *sentences, ErrorRate: *rate, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d articles, %d sentences, %d planted errors\n", *out, *n, s, p)
}
