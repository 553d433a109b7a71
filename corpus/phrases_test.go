package corpus

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestPhraseIndexBuildCacheAndReload(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "The talks ended without agreement. The talks ended late.")
	write("sub/b.md", "# Heading\n\nThe talks resumed on Monday, officials said.")
	write("skip.json", `{"not": "text"}`)
	write(".hidden/c.txt", "The talks ended without agreement.")
	write("bin.txt", "bad\x00data")
	cache := t.TempDir()

	idx, built, skipped, err := LoadPhraseIndex(dir, cache)
	if err != nil {
		t.Fatal(err)
	}
	if !built || idx.Files != 2 || len(skipped) != 1 {
		t.Fatalf("built %v files %d skipped %q", built, idx.Files, skipped)
	}
	for _, c := range []struct {
		words []string
		want  int
	}{{[]string{"talks"}, 3}, {[]string{"the", "talks"}, 3}, {[]string{"talks", "ended"}, 2},
		{[]string{"talks", "ended", "without"}, 1}, {[]string{"monday", "officials"}, 0}, {[]string{"heading"}, 1}} {
		if got := idx.Count(c.words...); got != c.want {
			t.Errorf("Count(%q) = %d, want %d", c.words, got, c.want)
		}
	}
	// The second load reads the cache, with the same counts.
	again, built, _, err := LoadPhraseIndex(dir, cache)
	if err != nil || built || again.Count("the", "talks") != 3 || again.Tokens() != idx.Tokens() || again.Entries() != idx.Entries() {
		t.Errorf("cached load: built %v err %v", built, err)
	}
	// A changed file invalidates it.
	later := time.Now().Add(time.Minute)
	write("a.txt", "The talks ended.")
	os.Chtimes(filepath.Join(dir, "a.txt"), later, later)
	if _, built, _, _ := LoadPhraseIndex(dir, cache); !built {
		t.Error("a changed corpus was not reindexed")
	}
	// A corrupt cache file is rebuilt, not trusted.
	files, _ := filepath.Glob(filepath.Join(cache, "*.idx"))
	for _, f := range files {
		os.WriteFile(f, []byte("garbage"), 0o644)
	}
	if idx, _, _, err := LoadPhraseIndex(dir, cache); err != nil || idx.Count("talks") != 2 {
		t.Errorf("corrupt cache: %v", err)
	}
}

func TestPhraseIndexErrors(t *testing.T) {
	if _, _, _, err := LoadPhraseIndex(filepath.Join(t.TempDir(), "none"), t.TempDir()); err == nil {
		t.Error("missing folder accepted")
	}
	if _, _, _, err := LoadPhraseIndex(t.TempDir(), t.TempDir()); err == nil {
		t.Error("empty folder accepted")
	}
}
