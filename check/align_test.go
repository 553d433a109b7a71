package check

import (
	"fmt"
	"strings"
	"testing"
)

// alignment renders each article sentence's passage as "ref:sent+sent" or "-".
func alignment(article string, refs ...string) []string {
	a := Parse("a", article, ParseOptions{})
	var rd []*Document
	for i, r := range refs {
		rd = append(rd, Parse(fmt.Sprintf("r%d", i), r, ParseOptions{}))
	}
	var out []string
	for _, al := range Align(a, rd, AlignOptions{}) {
		if al == nil {
			out = append(out, "-")
			continue
		}
		var parts []string
		for _, j := range al.Sents {
			parts = append(parts, fmt.Sprint(j))
		}
		out = append(out, fmt.Sprintf("%d:%s", al.Ref, strings.Join(parts, "+")))
	}
	return out
}

func TestAlign(t *testing.T) {
	ref := "The talks in Geneva lasted nine hours.\n" +
		"Delegates from both sides agreed on a prisoner exchange.\n" +
		"The next round will take place in Vienna in March.\n" +
		"Observers called the outcome a modest step forward.\n"
	tests := []struct {
		name    string
		article string
		refs    []string
		want    []string
	}{
		{"one to one, paragraphed differently", "The talks in Geneva lasted nine hours. Delegates from both sides agreed on a prisoner exchange.\n\nThe next round will be held in Vienna in March. Observers called the outcome a modest step forward.",
			[]string{ref}, []string{"0:0", "0:1", "0:2", "0:3"}},
		{"merge: one sentence renders two", "The Geneva talks lasted nine hours, and delegates from both sides agreed on a prisoner exchange.\nThe next round will take place in Vienna in March.\nObservers called the outcome a modest step forward.",
			[]string{ref}, []string{"0:0+1", "0:2", "0:3"}},
		{"split: two sentences render one", "The talks in Geneva lasted nine hours.\nDelegates from both sides agreed.\nThey agreed on a prisoner exchange.\nThe next round will take place in Vienna in March.",
			[]string{ref}, []string{"0:0", "0:1", "0:1", "0:2"}},
		{"small reordering", "Observers called the outcome a modest step forward.\nThe talks in Geneva lasted nine hours.\nDelegates from both sides agreed on a prisoner exchange.\nThe next round will take place in Vienna in March.",
			[]string{ref}, []string{"0:3", "0:0", "0:1", "0:2"}},
		{"omission and addition", "The talks in Geneva lasted nine hours.\nA heavy snowfall closed the airport on Tuesday night.\nThe next round will take place in Vienna in March.",
			[]string{ref}, []string{"0:0", "-", "0:2"}},
		{"two references: each sentence finds its own", "The talks in Geneva lasted nine hours.\nThe airport stayed closed because of heavy snow.",
			[]string{ref, "Heavy snow kept the airport closed all night.\nThe airport stayed closed because of heavy snow, officials said."}, []string{"0:0", "1:1"}},
		{"a sentence that borrows words from its neighbour's passage keeps its own",
			"Officials said the storm flattened three coastal villages in the province, cut power to forty thousand homes along the coast and closed every school in the province for the rest of the week.\n" +
				"Therefore the governor of the province asked the army to reopen the schools along the coast.",
			[]string{"Officials said the storm had flattened three villages along the coast, cut electricity to forty thousand homes in the province and forced every school in the province to close for the rest of the week. " +
				"The provincial governor then called in the army so that schools could open again."}, []string{"0:0", "0:1"}},
		{"no reference", "The talks in Geneva lasted nine hours.", nil, []string{"-"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := alignment(tc.article, tc.refs...)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAlignSimilarity(t *testing.T) {
	a := Parse("a", "The talks in Geneva lasted nine hours.\nCompletely unrelated words about football scores here.", ParseOptions{})
	r := Parse("r", "The talks in Geneva lasted nine hours.", ParseOptions{})
	al := Align(a, []*Document{r}, AlignOptions{})
	if al[0] == nil || al[0].Similarity < 0.99 {
		t.Errorf("identical sentence similarity %v", al[0])
	}
	if al[1] != nil {
		t.Errorf("unrelated sentence aligned: %+v", al[1])
	}
}

func TestUnmatched(t *testing.T) {
	a := Parse("a", "The talks in Geneva lasted nine hours.\nThe next round will take place in Vienna in March.", ParseOptions{})
	r := Parse("r", "The talks in Geneva lasted nine hours.\nDelegates agreed on a prisoner exchange.\nThe next round will take place in Vienna in March.", ParseOptions{})
	un := Unmatched([]*Document{r}, Align(a, []*Document{r}, AlignOptions{}))
	if len(un) != 1 || fmt.Sprint(un[0]) != "[1]" {
		t.Errorf("unmatched %v, want [[1]]", un)
	}
}

// A long document must align in time that grows about linearly, through the
// banded dynamic programme; this checks it still aligns correctly.
func TestAlignLongDocumentBanded(t *testing.T) {
	var a, r strings.Builder
	for i := 0; i < 2500; i++ {
		fmt.Fprintf(&a, "Sentence number %d mentions item%d and place%d.\n", i, i, i*7)
		fmt.Fprintf(&r, "Sentence %d is about item%d in place%d.\n", i, i, i*7)
	}
	got := alignment(a.String(), r.String())
	for i, g := range got {
		if g != fmt.Sprintf("0:%d", i) {
			t.Fatalf("sentence %d aligned to %s", i, g)
		}
	}
}
