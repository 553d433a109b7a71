package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDiscoverFlatDir pairs 5,000 articles with their references in
// one directory (10,000 files). Pairing must stay linear in the number of
// files: ten times the files should cost about ten times, not a hundred.
func BenchmarkDiscoverFlatDir(b *testing.B) {
	dir := b.TempDir()
	for i := 0; i < 5000; i++ {
		for _, suffix := range []string{".txt", ".ref.txt"} {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d%s", i, suffix)), []byte("Text.\n"), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if items := Discover([]string{dir}, DiscoverOptions{}); len(items) != 5000 || len(items[0].Refs) != 1 {
			b.Fatalf("%d items", len(items))
		}
	}
}
