package synth

import (
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/check"
)

func TestGenerateDeterministicAndShaped(t *testing.T) {
	o := Options{Sentences: 30, ErrorRate: 0.1, Seed: 7}
	a, b := Generate(3, o), Generate(3, o)
	if a.Text != b.Text || a.Ref != b.Ref || len(a.Planted) != len(b.Planted) {
		t.Fatal("same seed and index, different article")
	}
	if c := Generate(4, o); c.Text == a.Text {
		t.Fatal("different index, same article")
	}
	if n := len(strings.Split(strings.TrimSpace(a.Text), "\n\n")); n < 28 || n > 34 || n != a.SentenceCount {
		t.Errorf("%d paragraphs, %d sentences counted", n, a.SentenceCount)
	}
}

// The checker finds most planted number errors and every untranslated
// fragment, on the line where they were planted: the corpus exercises the
// checks, not only the parser.
func TestPlantedErrorsAreFound(t *testing.T) {
	o := Options{Sentences: 30, ErrorRate: 0.15, Seed: 1}
	want, found := map[string]int{}, map[string]int{}
	for i := 0; i < 40; i++ {
		a := Generate(i, o)
		doc := check.Parse(a.Name, a.Text, check.ParseOptions{})
		ref := check.Parse(a.Name+".ref", a.Ref, check.ParseOptions{})
		res := check.Run(check.Input{Article: doc, Refs: []*check.Document{ref}}, check.Options{})
		byLine := map[int]map[string]bool{}
		for _, f := range res.Findings() {
			l := doc.Position(f.Start).Line
			if byLine[l] == nil {
				byLine[l] = map[string]bool{}
			}
			byLine[l][f.Check] = true
		}
		for _, p := range a.Planted {
			id := map[string]string{"number": "number-mismatch", "untranslated": "untranslated"}[p.Kind]
			if id == "" {
				continue
			}
			want[p.Kind]++
			if byLine[p.Line][id] {
				found[p.Kind]++
			}
		}
	}
	if want["number"] < 20 || want["untranslated"] < 10 {
		t.Fatalf("too few planted errors to judge: %v", want)
	}
	if found["number"] < want["number"]*8/10 || found["untranslated"] != want["untranslated"] {
		t.Errorf("found %v of planted %v", found, want)
	}
}
