package check

import (
	"os"
	"testing"
)

// mapIndex is a phrase index in a map, built the way corpus.PhraseIndex is.
type mapIndex struct {
	counts map[uint64]int
	tokens int
}

func (m *mapIndex) Count(words ...string) int { return m.counts[PhraseKey(words...)] }
func (m *mapIndex) Tokens() int               { return m.tokens }
func (m *mapIndex) Name() string              { return "archive" }

func indexOf(t *testing.T, text string) *mapIndex {
	t.Helper()
	m := &mapIndex{counts: map[uint64]int{}}
	for _, s := range Parse("corpus", text, ParseOptions{}).Sentences {
		seq := PhraseSequence(s)
		for i, w := range seq {
			if w == "" {
				continue
			}
			m.tokens++
			m.counts[PhraseKey(w)]++
			if i >= 1 && seq[i-1] != "" {
				m.counts[PhraseKey(seq[i-1], w)]++
				if i >= 2 && seq[i-2] != "" {
					m.counts[PhraseKey(seq[i-2], seq[i-1], w)]++
				}
			}
		}
	}
	return m
}

func TestPhrasing(t *testing.T) {
	archive, err := os.ReadFile("testdata/phrasing/archive.txt")
	if err != nil {
		t.Fatal(err)
	}
	ix := indexOf(t, string(archive))
	run := func(text string) []Finding {
		r := Run(Input{Article: Parse("a.txt", text, ParseOptions{}), Phrases: ix}, Options{})
		var out []Finding
		for _, f := range r.Findings() {
			if f.Check == "phrasing" {
				out = append(out, f)
			}
		}
		return out
	}
	fs := run("Local residents said the dips in the battle had not broken their resolve.")
	if len(fs) != 1 || fs[0].Evidence == nil {
		t.Fatalf("findings %+v", fs)
	}
	doc := Parse("a.txt", "Local residents said the dips in the battle had not broken their resolve.", ParseOptions{})
	if got := doc.Display(fs[0].Start, fs[0].End); got != "in the battle" {
		t.Errorf("span %q", got)
	}
	if fs[0].Evidence.Text != "in the fighting" || fs[0].Category != "fluency/awkward" {
		t.Errorf("evidence %+v category %s", fs[0].Evidence, fs[0].Category)
	}
	// Ordinary sentences stay quiet: the corpus's own phrasing, new
	// combinations of words it barely knows, names and numbers.
	for _, quiet := range []string{
		"Officials said the fighting had forced thousands of people to leave their homes.",
		"The minister said the talks had been frank and useful on Thursday.",
		"Mayor Olena Hrytsenko opened 14 new kindergartens in Poltava last spring.",
		"Shares dipped in early trading, officials said.",
	} {
		if fs := run(quiet); len(fs) > 0 {
			t.Errorf("%q flagged: %s", quiet, fs[0].Message)
		}
	}
	// Without an index the check is silent.
	r := Run(Input{Article: Parse("a.txt", "The dips in the battle.", ParseOptions{})}, Options{})
	for _, f := range r.Findings() {
		if f.Check == "phrasing" {
			t.Error("phrasing ran without an index")
		}
	}
}
