package check

import "testing"

// A finding dropped as explained must not make a later finding vanish: the
// result is built beside the input, not over it.
func TestDropExplainedKeepsLaterFindings(t *testing.T) {
	fs := []Finding{
		{Check: "divergence", Sentence: 0, Start: 0, End: 5},
		{Check: "number-mismatch", Sentence: 0, Start: 0, End: 5, Suggestion: "30"},
		{Check: "name-spelling", Sentence: 0, Start: 10, End: 15, Suggestion: "Odesa"},
		{Check: "glossary", Sentence: 0, Start: 10, End: 15, Suggestion: "Odesa"},
		{Check: "spelling", Sentence: 1, Start: 20, End: 25, Suggestion: "hormones"},
	}
	got := dropExplained(append([]Finding(nil), fs...))
	var ids []string
	for _, f := range got {
		ids = append(ids, f.Check)
	}
	want := "number-mismatch glossary spelling"
	if s := join(ids); s != want {
		t.Errorf("kept %s, want %s", s, want)
	}
}

func join(xs []string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}
