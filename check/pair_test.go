package check

import (
	"path/filepath"
	"testing"
)

// The word alignment of a sentence and its passage, moved clauses included,
// stays consistent: matches are mutual, and every unmatched word lies in
// exactly one region while no matched word lies in any. Checked on every
// clean sentence of the hand-written suites against its paraphrase, where
// clauses move most.
func TestPairAlignmentConsistent(t *testing.T) {
	files, _ := filepath.Glob("testdata/controlled/*.txt")
	// sentences.txt is the generator's input, without paraphrases.
	moved := 0
	for _, file := range files {
		if filepath.Base(file) == "sentences.txt" {
			continue
		}
		for _, sc := range loadHeldOut(t, filepath.Base(file)) {
			if sc.paraphrase == "" {
				continue
			}
			a := Parse("a", sc.clean, ParseOptions{})
			r := Parse("r", sc.paraphrase, ParseOptions{})
			al := Align(a, []*Document{r}, AlignOptions{})
			for i, s := range a.Sentences {
				if al[i] == nil {
					continue
				}
				p := newPair(s, al[i], []*Document{r})
				moved += p.moved
				checkPair(t, p)
			}
		}
	}
	if moved == 0 {
		t.Error("no clause was matched out of order in any paraphrase")
	}
}

func checkPair(t *testing.T, p *pair) {
	t.Helper()
	inA, inB := make([]int, len(p.a)), make([]int, len(p.b))
	for _, r := range p.regions {
		if r.A0 < 0 || r.A0 > r.A1 || r.A1 > len(p.a) || r.B0 < 0 || r.B0 > r.B1 || r.B1 > len(p.b) || r.emptyA() && r.emptyB() {
			t.Fatalf("%q: bad region %+v", p.sent.Text, r)
		}
		for k := r.A0; k < r.A1; k++ {
			inA[k]++
		}
		for j := r.B0; j < r.B1; j++ {
			inB[j]++
		}
	}
	for k, j := range p.matchA {
		if j >= 0 && p.matchB[j] != k {
			t.Errorf("%q: %q matches %q one way only", p.sent.Text, p.a[k].Text, p.b[j].Text)
		}
		if want := map[bool]int{true: 0, false: 1}[j >= 0]; inA[k] != want {
			t.Errorf("%q: sentence word %q (matched %v) in %d regions", p.sent.Text, p.a[k].Text, j >= 0, inA[k])
		}
	}
	for j, k := range p.matchB {
		if want := map[bool]int{true: 0, false: 1}[k >= 0]; inB[j] != want {
			t.Errorf("%q: passage word %q (matched %v) in %d regions", p.sent.Text, p.b[j].Text, k >= 0, inB[j])
		}
	}
}
