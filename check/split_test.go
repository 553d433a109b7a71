package check

import "testing"

// cutOf parses two article sentences and one reference sentence and cuts
// the reference between them; it returns the two parts as text.
func cutOf(t *testing.T, article, ref string) (first, second string, ok bool) {
	t.Helper()
	a := Parse("a.txt", article, ParseOptions{})
	r := Parse("r.txt", ref, ParseOptions{})
	if len(a.Sentences) != 2 || len(r.Sentences) != 1 {
		t.Fatalf("want two article sentences and one reference sentence, got %d and %d", len(a.Sentences), len(r.Sentences))
	}
	b := r.Sentences[0].words
	cut, swapped, ok := cutPassage(r.plain, a.Sentences[0].words, a.Sentences[1].words, b)
	if !ok {
		return "", "", false
	}
	first, second = joinTokens(r, b[:cut]), joinTokens(r, b[cut:])
	if swapped {
		first, second = second, first
	}
	return first, second, true
}

func TestCutPassage(t *testing.T) {
	for _, tc := range []struct {
		name, article, ref string
		first, second      string // "" when no cut is safe
	}{
		{name: "at the conjunction between the halves",
			article: "Jonas Krell, a spokesman for the union, demanded an independent inquiry. He said the company had reduced its maintenance budget by a fifth since 2021.",
			ref:     "Union spokesman Jonas Krell called for an independent inquiry and said the company had cut its maintenance budget by a fifth since 2021.",
			first:   "Union spokesman Jonas Krell called for an independent inquiry", second: "and said the company had cut its maintenance budget by a fifth since 2021"},
		{name: "the second sentence renders the first part",
			article: "The statistics office published the figures on Tuesday. Prices rose 5% in March.",
			ref:     "Prices rose 5% in March, the statistics office said on Tuesday.",
			first:   "the statistics office said on Tuesday", second: "Prices rose 5% in March"},
		{name: "a word said twice goes to each half in turn",
			article: "Now we don't know what exactly the bees see. When I call it red, you know what I'm looking at.",
			ref:     "Now we don't know what a bee sees exactly, nor do you know what I'm seeing when I call this red.",
			// "know" the second time is the second sentence's: "seeing"
			// (the first's "see") stands after it, so no cut keeps
			// every word on its side.
		},
		{name: "a word on the wrong side of every cut",
			article: "The plan will take three years. It will cost 20 million euros, the minister said on Monday.",
			ref:     "The minister said on Monday that the plan would cost 20 million euros and take three years."},
		{name: "content words between the halves belong to neither",
			article: "Some of the icebergs I photographed were very young. Some were a hundred thousand years old.",
			ref:     "Some of the icebergs that I photographed are very young, a couple of thousand years old, some over a hundred thousand years old."},
		{name: "no clause opens where the halves meet",
			article: "Visitors flocked to Hong Kong last year. Kong Tourism figures show a record.",
			ref:     "Visitors flocked to Hong Kong Tourism record figures last year show."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, second, ok := cutOf(t, tc.article, tc.ref)
			if tc.first == "" {
				if ok {
					t.Errorf("want no cut, got %q | %q", first, second)
				}
				return
			}
			if !ok || first != tc.first || second != tc.second {
				t.Errorf("got %q | %q (ok %v), want %q | %q", first, second, ok, tc.first, tc.second)
			}
		})
	}
}

// Each half of a split reference sentence is checked against its own part:
// what the other half renders no longer hides what this one lost or changed
// (from the twentieth review).
func TestSplitHalvesAgainstTheirPart(t *testing.T) {
	ref := "Union spokesman Jonas Krell called for an independent inquiry and said the company had cut its maintenance budget by a fifth since 2021."
	testCheck(t, "wrong-entity", []checkCase{
		{name: "another name in one half", article: "Tomas Wendt, a spokesman for the union, demanded an independent inquiry. He said the company had reduced its maintenance budget by a fifth since 2021.",
			ref: ref, span: "Tomas Wendt", sev: Major, flagged: true},
		{name: "a faithful split", article: "Jonas Krell, a spokesman for the union, demanded an independent inquiry. He said the company had reduced its maintenance budget by a fifth since 2021.",
			ref: ref, clean: true},
	})
	visitors := `"We are not trying to drive visitors away, we are asking them to help us look after the place they love," she told a news conference.`
	testCheck(t, "negation", []checkCase{
		{name: "a not the other half's part has", article: `"We are not trying to drive visitors away." "We are not asking them to help us look after the place they love," she said.`,
			ref: visitors, span: "not", sev: Major, flagged: true},
		{name: "the not where the part has it", article: `"We are not trying to drive visitors away." "We are asking them to help us look after the place they love," she said.`,
			ref: visitors, clean: true},
	})
	testCheck(t, "gender", []checkCase{
		// The person is named in the other half's part: the whole
		// sentence says who "He" is.
		{name: "a pronoun for the person the other part names", article: "The meeting was chaired by Elin Kastrup, the fisheries minister. He said the compromise struck a balance between conservation and the survival of coastal communities. \"Nobody is leaving happy,\" she said.",
			ref: "Fisheries Minister Elin Kastrup, who chaired the meeting, said the compromise balanced conservation against the survival of coastal communities. \"Nobody leaves happy,\" she said.", span: "He", sev: Major},
	})
}
