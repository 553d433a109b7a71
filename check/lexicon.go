package check

import "strings"

// stopwords are English function words: they carry grammar, not content, and
// are weighted down in alignment and ignored when deciding what a passage says.
var stopwords = setOf(strings.Fields(`a an the and or but nor so yet for of in on at by to from with
without into onto upon over under about above below after before during since until till while
as than then that this these those there here which who whom whose what when where why how
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
be am is are was were been being have has had having do does did done doing will would shall
should can could may might must ought also just only very too quite rather such not no
all any both each every either neither some most more many much few other another own same
if unless though although because whether out up down off again further once
's 't s t its itself himself herself themselves ourselves yourself myself
one ones`)...)

// pronouns stand in for a name without contradicting it.
var pronouns = setOf(strings.Fields(`i me we us you he him she her it they them his hers its their
theirs our this that these those who whom which one ones`)...)

// isPronoun: t is a pronoun, not an acronym that spells one ("US", "IT").
func isPronoun(t Token) bool { return pronouns[t.Norm] && !(len(t.Norm) >= 2 && isAllCaps(t.Text)) }

// negators flip the polarity of a clause.
var negators = setOf(strings.Fields(`not no never none nobody nothing neither nor without cannot
n't nowhere`)...)

// stem removes common English inflection so that "talks", "talked" and
// "talking" match. It is deliberately light: it only has to make forms of one
// word meet, never to produce a dictionary form.
func stem(w string) string {
	if invariant[w] {
		return w
	}
	if base, ok := irregular[w]; ok {
		w = base
	}
	if len(w) <= 3 || !isASCIIWord(w) {
		return w
	}
	if strings.HasSuffix(w, "eed") {
		w = w[:len(w)-1] // agreed → agree
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ingly", "edly", "ing", "ed"} {
		if strings.HasSuffix(w, suf) && hasVowel(w[:len(w)-len(suf)]) && len(w)-len(suf) >= 3 {
			w = w[:len(w)-len(suf)]
			// stopped → stop, planned → plan
			if n := len(w); n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) {
				w = w[:n-1]
			}
			return strings.TrimSuffix(w, "e")
		}
	}
	if strings.HasSuffix(w, "ly") && len(w) > 5 {
		w = w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "e")
}

var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "went": "go", "gone": "go", "goes": "go",
	"was": "be", "were": "be", "been": "be", "is": "be", "are": "be", "has": "have", "had": "have",
	"did": "do", "does": "do", "done": "do", "made": "make", "took": "take", "taken": "take",
	"gave": "give", "given": "give", "came": "come", "saw": "see", "seen": "see", "met": "meet",
	"held": "hold", "left": "leave", "began": "begin", "begun": "begin", "led": "lead", "won": "win",
	"lost": "lose", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "sent": "send",
	"spoke": "speak", "spoken": "speak", "thought": "think", "brought": "bring", "bought": "buy",
	"caught": "catch", "fought": "fight", "sought": "seek", "struck": "strike", "kept": "keep",
	"children": "child", "people": "person", "men": "man", "women": "woman", "killed": "kill",
	"injuries": "injury", "denied": "deny", "denies": "deny", "fewer": "few",
}

// Words whose final s is not a plural.
var invariant = setOf("news", "series", "species", "means", "physics", "politics", "economics", "always",
	"perhaps", "whereas", "besides", "towards", "afterwards", "headquarters", "diabetes", "ethics", "athletics")

func hasVowel(s string) bool { return strings.ContainsAny(s, "aeiouy") }

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// stemSet maps words to their stems, so that lexicons stay consistent with
// whatever the stemmer does.
func stemSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[stem(w)] = true
	}
	return m
}
