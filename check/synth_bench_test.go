package check

import (
	"os"
	"testing"
)

func BenchmarkSynthArticle(b *testing.B) {
	dir := os.Getenv("MTSYNTH")
	if dir == "" {
		b.Skip("MTSYNTH unset")
	}
	art, _ := os.ReadFile(dir + "/a00001.txt")
	ref, _ := os.ReadFile(dir + "/a00001.ref.txt")
	lexdb()
	b.ResetTimer()
	for b.Loop() {
		in := Input{Article: Parse("a", string(art), ParseOptions{}), Refs: []*Document{Parse("r", string(ref), ParseOptions{})}}
		Run(in, Options{})
	}
}
