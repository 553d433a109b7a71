package check

import "testing"

func TestLemma(t *testing.T) {
	for in, want := range map[string]string{"hugging": "hug", "embracing": "embrace", "cities": "city", "went": "go",
		"children": "child", "talks": "talk", "stopped": "stop", "denied": "deny", "glass": "glass", "news": "news", "was": "be"} {
		if got := lemma(in); got != want {
			t.Errorf("lemma(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSynonymsAndAntonyms(t *testing.T) {
	if !synonyms("hug", "embrace") || !synonyms("begin", "start") {
		t.Error("missing synonyms")
	}
	if synonyms("hug", "table") || synonyms("rise", "fall") {
		t.Error("false synonyms")
	}
	if !wordnetAntonyms("able", "unable") || wordnetAntonyms("able", "table") {
		t.Error("antonyms")
	}
	if !isWord("hormone") || isWord("holmon") {
		t.Error("dictionary")
	}
}
