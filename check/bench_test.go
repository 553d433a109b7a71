package check

import (
	"os"
	"testing"
)

func loadExample(b *testing.B, name string) string {
	data, err := os.ReadFile("../corpus/examples/" + name)
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkCheckArticle is one article checked against one reference, from
// text to scored result (parsing both included).
func BenchmarkCheckArticle(b *testing.B) {
	art, ref := loadExample(b, "odesa-call.txt"), loadExample(b, "odesa-call.ref.txt")
	b.SetBytes(int64(len(art) + len(ref)))
	b.ReportAllocs()
	for b.Loop() {
		in := Input{Article: Parse("a", art, ParseOptions{}), Refs: []*Document{Parse("r", ref, ParseOptions{})}}
		Run(in, Options{})
	}
}

func BenchmarkParse(b *testing.B) {
	art := loadExample(b, "kharkiv-bus.md")
	b.SetBytes(int64(len(art)))
	b.ReportAllocs()
	for b.Loop() {
		Parse("a", art, ParseOptions{})
	}
}
