package check

import "testing"

func TestLemma(t *testing.T) {
	for in, want := range map[string]string{"hugging": "hug", "embracing": "embrace", "cities": "city", "went": "go",
		"children": "child", "talks": "talk", "stopped": "stop", "denied": "deny", "glass": "glass", "news": "news", "was": "be",
		// Words of their own, not comparatives (from the twenty-second review).
		"offer": "offer", "offers": "offer", "hinder": "hinder", "bigger": "big"} {
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

func TestLexiconLanguages(t *testing.T) {
	const es, pt, fr = 1, 2, 4
	for _, c := range []struct {
		word string
		want uint8 // bits that must be set
	}{
		{"ciudad", es}, {"ciudades", es}, // a stem and its plural
		{"mayores", es},       // -es plural of "mayor"
		{"empresas", pt},      // plural by rule
		{"vocais", pt},        // -al → -ais
		{"ferroviaires", fr},  // -aire → -aires
		{"constructoras", es}, // feminine plural
	} {
		if got := lexiconLanguages(c.word); got&c.want != c.want {
			t.Errorf("lexiconLanguages(%q) = %04b, want bits %04b", c.word, got, c.want)
		}
	}
	// English slips of the pen are in no foreign dictionary.
	for _, w := range []string{"goverment", "jounalists", "steepset", "recieved", "beatting", "wholesalars"} {
		if got := lexiconLanguages(w); got != 0 {
			t.Errorf("lexiconLanguages(%q) = %04b, want none", w, got)
		}
	}
	if len(foreignLexicons()) != len(foreignLexiconFiles) {
		t.Errorf("%d lexicons loaded, want %d", len(foreignLexicons()), len(foreignLexiconFiles))
	}
}

func TestHunspellCondition(t *testing.T) {
	for _, c := range []struct {
		cond, stem string
		want       bool
	}{
		{".", "casa", true},
		{"[^aeiou]", "mayor", true},
		{"[^aeiou]", "casa", false},
		{"[aeiou]l", "vocal", true},
		{"ción", "nación", true},
		{"ción", "nacion", false},
		{"[^c]ión", "región", true},
		{"aire", "re", false}, // shorter than the condition
	} {
		if got := condHolds(parseCond(c.cond), c.stem); got != c.want {
			t.Errorf("condHolds(%q, %q) = %v, want %v", c.cond, c.stem, got, c.want)
		}
	}
}
