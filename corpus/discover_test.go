package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func chdir(t *testing.T, dir string) {
	t.Helper()
	old, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(old) })
}

type itemView struct {
	path, rel, paired, source string
	refs                      string
	err                       string
}

func view(items []Item) []itemView {
	var out []itemView
	for _, it := range items {
		v := itemView{path: filepath.ToSlash(it.Path), rel: filepath.ToSlash(it.Rel), paired: it.Paired, source: filepath.ToSlash(it.Source)}
		var refs []string
		for _, r := range it.Refs {
			refs = append(refs, filepath.ToSlash(r))
		}
		v.refs = strings.Join(refs, ",")
		if it.Err != nil {
			v.err = it.Err.Error()
		}
		out = append(out, v)
	}
	return out
}

func TestDiscoverConventionDirsGlobs(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	for _, f := range []string{"news/a.txt", "news/a.ref.txt", "news/a.ref-bbc.txt", "news/a.src.txt",
		"news/sub/b.md", "news/sub/b.ref.md", "news/sub/c.txt", "news/.hidden/x.txt", "news/notes.json",
		"news/seg.tsv", "news/orphan.ref.txt", "other/d.txt", "glossary.txt"} {
		writeFile(t, dir, f, "Text.\n")
	}
	got := view(Discover([]string{"news", "other/*.txt", "news/a.txt", "missing.txt", "nomatch/*.txt"}, DiscoverOptions{Skip: []string{"glossary.txt"}}))
	want := []itemView{
		{path: "news/a.txt", rel: "a.txt", paired: "convention", refs: "news/a.ref-bbc.txt,news/a.ref.txt", source: "news/a.src.txt"},
		{path: "news/orphan.ref.txt", rel: "orphan.ref.txt"},
		{path: "news/seg.tsv", rel: "seg.tsv"},
		{path: "news/sub/b.md", rel: "sub/b.md", paired: "convention", refs: "news/sub/b.ref.md"},
		{path: "news/sub/c.txt", rel: "sub/c.txt"},
		{path: "other/d.txt", rel: "d.txt"},
		{path: "missing.txt", rel: "missing.txt"},
		{path: "nomatch/*.txt", err: "nomatch/*.txt: no files match this pattern"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d items:\n%+v", len(got), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d:\n got  %+v\n want %+v", i, got[i], want[i])
		}
	}
}

func TestDiscoverRefDirsExcludeAndPatterns(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	for _, f := range []string{"mt/x/a.txt", "mt/b.txt", "mt/draft/c.txt", "human/x/a.txt", "human2/x/a.txt", "human/b.txt", "src/b.txt",
		"mt2/e.en.txt", "refs/e.txt"} {
		writeFile(t, dir, f, "Text.\n")
	}
	got := view(Discover([]string{"mt/"}, DiscoverOptions{Exclude: []string{"draft/**"},
		Pair: PairRules{RefDirs: []string{"human", "human2"}, SourceDir: "src"}}))
	want := []itemView{
		{path: "mt/b.txt", rel: "b.txt", paired: "ref-dir", refs: "human/b.txt", source: "src/b.txt"},
		{path: "mt/x/a.txt", rel: "x/a.txt", paired: "ref-dir", refs: "human/x/a.txt,human2/x/a.txt"},
	}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	// A pattern reaching into another directory.
	got = view(Discover([]string{"mt2/**/*.txt"}, DiscoverOptions{Pair: PairRules{RefPatterns: []string{"../refs/{name}.txt"}}}))
	if len(got) != 1 || got[0].refs != "refs/e.en.txt" && got[0].refs != "" {
		t.Errorf("pattern pairing: %+v", got)
	}
	writeFile(t, dir, "refs/e.en.txt", "Text.\n")
	got = view(Discover([]string{"mt2/**/*.txt"}, DiscoverOptions{Pair: PairRules{RefPatterns: []string{"../refs/{name}.txt"}}}))
	if len(got) != 1 || got[0].refs != "refs/e.en.txt" || got[0].paired != "convention" {
		t.Errorf("pattern pairing: %+v", got)
	}
	if !MatchAny([]string{"*.ref.txt"}, "a/b/c.ref.txt") || MatchAny([]string{"a/*.txt"}, "a/b/c.txt") || !MatchAny([]string{"a/**/*.txt"}, "./a/b/c.txt") {
		t.Error("MatchAny")
	}
}

func TestManifest(t *testing.T) {
	dir := t.TempDir()
	jl := writeFile(t, dir, "m/list.jsonl", `{"target": "a.txt", "references": ["a.ref.txt", "/abs/r.txt"], "source": "a.uk.txt", "id": 17}
{"target": "b.txt", "reference": "b.ref.txt"}

{"target": "", "id": "x"}
{"target": "c.txt", "refs": []}
{"target": "d.txt"}
`)
	items, err := (&Reader{}).ReadManifest(jl)
	if err != nil {
		t.Fatal(err)
	}
	got := view(items)
	m := filepath.ToSlash(filepath.Join(dir, "m"))
	if len(got) != 5 || got[0].path != m+"/a.txt" || got[0].refs != m+"/a.ref.txt,/abs/r.txt" || got[0].source != m+"/a.uk.txt" ||
		items[0].ID != "17" || got[0].paired != "manifest" || got[1].refs != m+"/b.ref.txt" {
		t.Fatalf("jsonl manifest: %+v", got)
	}
	if !strings.HasSuffix(got[2].err, "list.jsonl:4: manifest row has no target") || !strings.Contains(got[3].err, `list.jsonl:5: bad manifest row: json: unknown field "refs"`) ||
		got[4].paired != "" || got[4].err != "" {
		t.Errorf("bad rows: %+v", got[2:])
	}
	csvPath := writeFile(t, dir, "list.csv", "\uFEFFid,target,references,source\nx1,a.txt,a.ref.txt;a.ref2.txt,\n\"x,2\",b.txt,,b.src.txt\n")
	items, err = (&Reader{}).ReadManifest(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	got = view(items)
	d := filepath.ToSlash(dir)
	if len(got) != 2 || got[0].refs != d+"/a.ref.txt,"+d+"/a.ref2.txt" || items[1].ID != "x,2" || got[1].source != d+"/b.src.txt" || got[1].refs != "" {
		t.Errorf("csv manifest: %+v", got)
	}
	if _, err := (&Reader{}).ReadManifest(writeFile(t, dir, "bad.csv", "path,refs\na,b\n")); err == nil || !strings.Contains(err.Error(), "no target column") {
		t.Errorf("bad csv header: %v", err)
	}
}

// Pairing looks names up by the pattern's literal prefix: names holding
// glob characters, and names that share a prefix with another article,
// still pair with exactly their own companions.
func TestDiscoverPairsByLiteralPrefix(t *testing.T) {
	dir := t.TempDir()
	chdir(t, dir)
	for _, f := range []string{"a.txt", "a.ref.txt", "ab.txt", "ab.ref.txt", "a[1].txt", "a[1].ref.txt",
		"x*y.txt", "x*y.ref-2.txt", "x.txt", `b\c.txt`, `b\c.ref.txt`} {
		writeFile(t, dir, f, "Text.\n")
	}
	got := view(Discover([]string{"."}, DiscoverOptions{}))
	want := map[string]string{"a.txt": "a.ref.txt", "ab.txt": "ab.ref.txt", "a[1].txt": "a[1].ref.txt",
		"x*y.txt": "x*y.ref-2.txt", "x.txt": "", `b\c.txt`: `b\c.ref.txt`}
	if len(got) != len(want) {
		t.Fatalf("got %d items: %+v", len(got), got)
	}
	for _, g := range got {
		if r, ok := want[g.path]; !ok || g.refs != r {
			t.Errorf("%s: refs %q, want %q", g.path, g.refs, r)
		}
	}
	for pat, lit := range map[string]string{"a.ref*.txt": "a.ref", `a\[1\].ref*.txt`: "a[1].ref", `x\*y.*`: "x*y.", "*.txt": "", "abc": "abc", `b\\c?`: `b\c`} {
		if got := literalPrefix(pat); got != lit {
			t.Errorf("literalPrefix(%q) = %q, want %q", pat, got, lit)
		}
	}
}
