package check

import "testing"

func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"": "", " ": "", "a b": "a b", "a  b": "a b", " a b": "a b", "a b ": "a b", "a\tb": "a b",
		"a\u00a0b": "a b", "a \u200b b": "a b", "\ufeffa": "a", "Kyiv\n  said.": "Kyiv said.", "é ü": "é ü",
	} {
		if got := collapseSpace(in); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}
