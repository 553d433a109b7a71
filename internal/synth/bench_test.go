package synth

import (
	"context"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/cli"
)

// BenchmarkCheckArticle is the check core on one generated article of
// about 30 sentences with its reference: parse both, align, run the checks.
func BenchmarkCheckArticle(b *testing.B) {
	arts := make([]Article, 64)
	for i := range arts {
		arts[i] = Generate(i, Options{Sentences: 30, ErrorRate: 0.08, Seed: 1})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		doc := check.Parse(a.Name, a.Text, check.ParseOptions{})
		ref := check.Parse(a.Name+".ref", a.Ref, check.ParseOptions{})
		check.Run(check.Input{Article: doc, Refs: []*check.Document{ref}}, check.Options{})
	}
}

// BenchmarkCheckCorpus is `mtcheck check --format jsonl DIR` end to end on
// 200 generated articles per iteration (reading, pairing, checking,
// writing), with as many workers as CPUs.
func BenchmarkCheckCorpus(b *testing.B) {
	dir := b.TempDir()
	if _, _, err := Write(dir, Options{Articles: 200, Sentences: 30, ErrorRate: 0.08, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	sio := cli.IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard, Getenv: os.Getenv}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := cli.Main(context.Background(), []string{"mtcheck", "check", "--format", "jsonl", dir}, sio); code != 0 {
			b.Fatal("exit " + strconv.Itoa(code))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/200, "ms/article")
}
