package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type spellingCheck struct{}

func init() { register(spellingCheck{}) }

func (spellingCheck) Info() Info {
	return Info{ID: "spelling", Definite: true, Title: "Word not in the English dictionary", Category: CatSpelling, Severity: Minor,
		Doc: `Flags a lower-case word found neither in mtcheck's English dictionary (about 120,000 words
derived from SCOWL, American and British spellings) nor in the references, source or glossary:
a misspelling, or a garbled transliteration ("stress holmons" for "stress hormones"); and a word
standing against a passage word one letter away ("Heath officials" for "Health officials"), a
slip that makes another English word. When the
aligned reference passage has a close word, that word is the suggestion and the finding is
major; otherwise a dictionary word one edit away is suggested, and the finding stays minor
because the word may be a rare one the dictionary lacks. Capitalised words are left to the name
checks. Works without a reference.`}
}

func (chk spellingCheck) Run(c *Context) []Finding {
	known := map[string]bool{}
	for _, d := range append(append([]*Document{}, c.Refs...), c.Source) {
		if d == nil {
			continue
		}
		for _, s := range d.Sentences {
			for _, t := range s.Tokens {
				known[t.Norm] = true
			}
		}
	}
	if c.Glossary != nil {
		for _, e := range c.Glossary.Entries {
			for _, w := range strings.Fields(strings.ToLower(e.Term)) {
				known[w] = true
			}
		}
	}
	var out []Finding
	budget := 50 // a page of gibberish needs one message per word at most this often
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		for k, t := range p.a {
			if budget == 0 {
				return out
			}
			// A capital at the start of a sentence says nothing: the word
			// is judged as its lower-case form, but only a slip one edit
			// from a dictionary word is reported (names start sentences too).
			initialSlip := k == 0 && t.Cap && !isAllCaps(t.Text) && !lexdb().names[t.Norm] && c.names.known[t.Norm] == ""
			if initialSlip {
				lower := t
				lower.Cap = false
				// Three letters are too short to judge, but for a slip of a
				// function word ("Teh", "Hte" for "The").
				nextLower := k+1 < len(p.a) && !p.a[k+1].Cap
				short := len(t.Norm) == 3 && !isWord(t.Norm) && !known[t.Norm] && theSlip(t.Norm, nextLower)
				if short {
					budget--
					f := c.finding(chk, i, t.Start, t.End, fmt.Sprintf("%s is not an English word; did you mean %s?", quote(t.Text), quote(matchCase("the", t.Text))))
					f.Suggestion = matchCase("the", t.Text)
					out = append(out, f)
					continue
				}
				if !spellCandidate(lower) || known[t.Norm] || dictionaryNeighbour(t.Norm) == "" {
					continue
				}
			} else if !spellCandidate(t) && !slipOfPassageWord(t, p) || known[t.Norm] || inLoanPhrase(p.a, k) {
				// A word of a phrase English borrows whole ("film noir",
				// "haute couture") is English there.
				continue
			}
			sug := closeInPassage(t, p)
			if sug != "" && t.Cap && transliterated(t.Norm) == transliterated(strings.ToLower(sug)) {
				continue // "Sergey" for "Sergei": a name, which name-spelling reports
			}
			budget--
			f := c.finding(chk, i, t.Start, t.End, fmt.Sprintf("%s is not an English word", quote(t.Text)))
			if sug != "" {
				f.Severity, f.Suggestion = Major, sug
				f.Message = fmt.Sprintf("%s is not an English word; the reference has %s", quote(t.Text), quote(sug))
				f.Evidence = c.passageEvidence(i)
			} else if sug := sibilantPlural(t.Norm); sug != "" {
				f.Suggestion = sug
				f.Message = fmt.Sprintf("%s is not an English word; did you mean %s?", quote(t.Text), quote(sug))
			} else if sug := dictionaryNeighbour(t.Norm); sug != "" {
				f.Suggestion = matchCase(sug, t.Text)
				f.Message = fmt.Sprintf("%s is not an English word; did you mean %s?", quote(t.Text), quote(sug))
			}
			out = append(out, f)
		}
	}
	return append(out, chk.realWordSlips(c)...)
}

// realWordSlips finds a word standing alone against a passage word one
// letter away ("Heath officials" / "Health officials", "form" / "from"):
// a slip that makes another English word, which no dictionary catches.
func (chk spellingCheck) realWordSlips(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil || p.align.Similarity < 0.5 {
			continue
		}
		for _, r := range p.regions {
			// A word for a word, or with a function word beside it on one
			// side ("crows and" / "crowns,").
			if r.A1-r.A0 < 1 || r.B1-r.B0 < 1 || r.A1-r.A0 > 2 || r.B1-r.B0 > 2 ||
				r.A1-r.A0 == 2 && !p.a[r.A0+1].Stop || r.B1-r.B0 == 2 && !p.b[r.B0+1].Stop {
				continue
			}
			// A rewording puts words one letter apart side by side by
			// chance ("the past decade" / "the last ten years"): below a
			// close passage, the same content word must stand next to the
			// pair on both sides ("Heath officials" / "Health officials").
			anchored := r.A1 < len(p.a) && p.matchA[r.A1] == r.B1 && p.a[r.A1].IsContent() && p.a[r.A1].Lemma == p.b[r.B1].Lemma ||
				r.A0 > 0 && p.matchA[r.A0-1] == r.B0-1 && p.a[r.A0-1].IsContent() && p.a[r.A0-1].Lemma == p.b[r.B0-1].Lemma
			if p.align.Similarity < forcingSimilarity && !anchored {
				continue
			}
			t, u := p.a[r.A0], p.b[r.B0]
			n := max(len(t.Norm), len(u.Norm))
			// Function words one letter apart ("those" / "these", "when" /
			// "then") are choices, not slips.
			if t.Kind != Word || u.Kind != Word || n < 4 || t.Stop || u.Stop || t.Lemma == u.Lemma || isDerivedForm(t.Norm, u.Norm) ||
				sameStem(t.Norm, u.Norm) && !letterAdded(t.Lemma, u.Lemma) || t.Cap && r.A0 > 0 || synonyms(t.Lemma, u.Lemma) || nearSynonym(p.a, r.A0, u) ||
				foldAccents(t.Norm) == foldAccents(u.Norm) || // "Škoda" / "Skoda"
				strings.ReplaceAll(t.Norm, "-", "") == strings.ReplaceAll(u.Norm, "-", "") { // "super-massive" / "supermassive"
				continue
			}
			if editDistance(t.Norm, u.Norm) != 1 {
				continue
			}
			f := c.finding(chk, i, t.Start, t.End, fmt.Sprintf("%s where the reference has %s: a slip of the pen?", quote(t.Text), quote(u.Text)))
			f.Severity, f.Suggestion, f.Evidence = Major, matchCase(u.Text, t.Text), c.passageEvidence(i)
			out = append(out, f)
		}
	}
	return out
}

// letterAdded: one word is the other with a letter added at the end that
// makes another word, not an ending ("crow" / "crown"; not "large" /
// "larger", "plan" / "plans", "rock" / "rocky").
func letterAdded(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(b) == len(a)+1 && strings.HasPrefix(b, a) && !strings.ContainsRune("rsdy", rune(b[len(b)-1])) &&
		isWord(a) && isWord(b)
}

// nearSynonym: the sentence's word at k and the passage's u, one letter
// apart, say the same in the sense they have here, which WordNet does not
// rank among their first: "past" / "last" before a length of time ("over
// the past two years"), "lead" / "head" as verbs with an object ("to lead a
// major bank"). Not "his past match", "a lead injury", "took the head".
func nearSynonym(ws []Token, k int, u Token) bool {
	t := ws[k]
	pair := func(x, y string) bool { return t.Lemma == x && u.Lemma == y || t.Lemma == y && u.Lemma == x }
	switch {
	case pair("past", "last"):
		for x := k + 1; x < len(ws) && x <= k+3; x++ {
			if durations[ws[x].Lemma] || ws[x].Lemma == "decade" {
				return true
			}
			if _, isNum := numberWords[ws[x].Norm]; ws[x].Kind != Number && !isNum && ws[x].Norm != "few" && ws[x].Norm != "several" {
				return false
			}
		}
	case pair("lead", "head"):
		asVerb := k > 0 && (ws[k-1].Norm == "to" || finiteAux[ws[k-1].Norm]) || t.Norm != t.Lemma && t.Norm != "leads" && t.Norm != "heads"
		return asVerb && k+1 < len(ws) && (determiners[ws[k+1].Norm] || possessives[ws[k+1].Norm] || ws[k+1].Cap)
	}
	return false
}

// namePrefixes come before a capital inside a name or brand.
var namePrefixes = setOf("i", "e", "al", "el", "bin", "ibn", "abu", "mc", "mac", "o", "d", "de", "di", "le", "la", "van", "von")

// theSlip: w (three letters) is a typing slip of "the" — two letters swapped
// ("teh", "hte"), or one changed before a lower-case word ("tge museum").
// Short names opening a sentence are one letter from many function words
// ("Ong", "Shi", "Thi Lan"), so nothing else counts.
func theSlip(w string, nextLower bool) bool {
	const the = "the"
	diff := 0
	for i := 0; i < 3; i++ {
		if w[i] != the[i] {
			diff++
		}
	}
	swapped := w[0] == the[1] && w[1] == the[0] && w[2] == the[2] || w[0] == the[0] && w[1] == the[2] && w[2] == the[1]
	return swapped || diff == 1 && nextLower
}

// spellCandidate: a lower-case, letters-only word long enough to judge that
// neither the dictionary nor the lemmatiser knows.
// wordPrefixes make English words of English words ("unvaccinated",
// "reopening", "overstaffed").
var wordPrefixes = []string{"un", "non", "re", "pre", "over", "under", "mis", "dis", "anti", "counter", "semi", "super", "post", "inter", "multi", "out", "co"}

// prefixedWord: w is a prefix before a dictionary word of five letters or
// more: a word the dictionary lacks, not a slip ("unvaccinated" is no
// misspelt "vaccinated") — unless it is one slip from a dictionary word
// ("recored" is "re" + "cored", but a slip of "recorded").
func prefixedWord(w string) bool {
	if dictionaryNeighbour(w) != "" {
		return false
	}
	for _, pre := range wordPrefixes {
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) >= 5 && (isWord(rest) || isWord(lemma(rest))) {
			return true
		}
	}
	return false
}

func spellCandidate(t Token) bool {
	if t.Kind != Word || t.Cap || len(t.Norm) < 4 || t.Stop {
		return false
	}
	if undoubled(t.Norm) {
		return true
	}
	// A capital after a short prefix marks a name or a brand ("al-Qaeda",
	// "iPhone", "bin-Salman"), not a word to spell-check; "theGovernment"
	// is a lost space.
	if _, n := utf8.DecodeRuneInString(t.Text); n < len(t.Text) {
		if x := strings.IndexFunc(t.Text[n:], unicode.IsUpper); x >= 0 && namePrefixes[strings.ToLower(strings.TrimRight(t.Text[:n+x], "-'’"))] {
			return false
		}
	}
	for _, part := range strings.Split(t.Norm, "-") {
		for i := 0; i < len(part); i++ {
			if part[i] < 'a' || part[i] > 'z' {
				return false
			}
		}
		// A compound of two long dictionary words ("shipbrokers",
		// "farmworkers") is English the dictionary lacks, not a slip —
		// unless it is one slip from a common word ("broadcastor" is no
		// "broad" + "castor"; "superblack" is no slip of "superblock");
		// "beatting" is no "beat" + "ting". A learned word with an ending
		// only English has ("andrological", "sinicization") is a rare
		// word, unless it is one slip from a dictionary word.
		// An -ed, -ing or -ers form the dictionary lacks is no inflection of
		// its stem when a word one slip away is ("sufferred" for "suffered",
		// "hidding", "adviced", "prosecuters"); nor is a prefix before a word ("pro" +
		// "missed" is a slip of "promised").
		// (Not when the word one slip away is the stem itself: "kettled",
		// "kettling" are rare inflections of "kettle".)
		if sibilantPlural(part) != "" {
			return true
		}
		slipOfForm := false
		if (strings.HasSuffix(part, "ed") || strings.HasSuffix(part, "ing") || strings.HasSuffix(part, "ers")) && !isWord(part) {
			nb := dictionaryNeighbour(part)
			slipOfForm = nb != "" && nb != lemma(part) && !strings.HasPrefix(part, strings.TrimSuffix(lemma(part), "e")+"ing")
		}
		if len(part) >= 3 && !isWord(part) && (!isWord(lemma(part)) || slipOfForm) && !(longCompound(part) && !slipOfForm && lexdb().words[dictionaryNeighbour(part)] != 1) && !prefixedWord(part) &&
			!(englishOnlyEnding(part) && dictionaryNeighbour(part) == "") {
			return true
		}
	}
	return false
}

// slipOfPassageWord: a lower-case word no dictionary has, that reads as a
// compound of two ("grandmaser": "grand" + "maser"), one letter from a
// dictionary word the passage has and the sentence lacks ("grandmaster"):
// a slip, whatever its parts spell.
func slipOfPassageWord(t Token, p *pair) bool {
	// (A hyphen is no slip: "super-massive" / "supermassive".)
	if t.Kind != Word || t.Cap || len(t.Norm) < 5 || strings.Contains(t.Norm, "-") || isWord(t.Norm) || isWord(t.Lemma) || p.align == nil {
		return false
	}
	u := strings.ToLower(closeInPassage(t, p))
	return u != "" && isWord(u) && editDistance(t.Norm, u) == 1
}

// sibilantPlural returns the plural "-es" w should have ("smartwatchs" →
// "smartwatches", "taxs" → "taxes"): w is a stem ending in ch, sh, x, z or
// ss, English or a compound of English words, with a bare "s"; or "".
func sibilantPlural(w string) string {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || isWord(w) || len(stem) < 3 {
		return ""
	}
	for _, end := range []string{"ch", "sh", "x", "z", "ss"} {
		if strings.HasSuffix(stem, end) && (isWord(stem) || compoundOfWords(stem)) {
			return stem + "es"
		}
	}
	return ""
}

// closeInPassage returns the passage word within a transliteration slip of t
// that the sentence does not already have.
func closeInPassage(t Token, p *pair) string {
	best, bestD := "", 1<<30
	n := len(t.Norm)
	for j, u := range p.b {
		if u.Kind != Word || p.matchB[j] >= 0 || abs(len(u.Norm)-n) > 3 {
			continue
		}
		d := editDistance(t.Norm, u.Norm)
		if d <= max(1, (max(n, len(u.Norm))+1)/3) && d < bestD {
			best, bestD = u.Text, d
		}
	}
	return best
}

// dictionaryNeighbour returns a dictionary word one edit away (deletion,
// swap, replacement or insertion), preferring common words, or "".
func dictionaryNeighbour(w string) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	l := lexdb()
	best, bestLevel := "", uint8(9)
	consider := func(c string) {
		if lv := l.words[c]; lv > 0 && (lv < bestLevel || lv == bestLevel && c < best) {
			best, bestLevel = c, lv
		}
	}
	for i := 0; i <= len(w); i++ {
		if i < len(w) {
			consider(w[:i] + w[i+1:])
			if i+1 < len(w) {
				consider(w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:])
			}
			for _, c := range letters {
				consider(w[:i] + string(c) + w[i+1:])
			}
		}
		for _, c := range letters {
			consider(w[:i] + string(c) + w[i:])
		}
	}
	return best
}

// sameStem: two forms of one word, differing only in a short ending after
// a common stem ("large" / "larger", "assembled" / "assembly").
func sameStem(a, b string) bool {
	k := 0
	for k < len(a) && k < len(b) && a[k] == b[k] {
		k++
	}
	return k >= 4 && len(a)-k <= 3 && len(b)-k <= 3
}

// longCompound: w is two dictionary words of at least four and five
// letters, or an English prefix and a word of five ("cyberattack").
func longCompound(w string) bool {
	for i := 2; i+5 <= len(w); i++ {
		head, rest := w[:i], w[i:]
		if (englishPrefixes[head] && len(head) >= 3 || len(head) >= 4 && isWord(head) && !slipOfCommonWord(head, w)) && (isWord(rest) || isWord(lemma(rest))) {
			return true
		}
	}
	return false
}

// undoubled: w is an -ed or -ing form that left out the doubled consonant
// the dictionary has ("spoted" for "spotted", "planing" is a word itself).
func undoubled(w string) bool {
	if isWord(w) {
		return false
	}
	for _, suf := range []string{"ed", "ing"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < 3 {
			continue
		}
		last := base[len(base)-1]
		if last >= 'a' && last <= 'z' && !isVowelByte(last) && isWord(base+string(last)+suf) {
			return true
		}
	}
	return false
}
