package check

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// genderOf maps gendered words to "m" or "f".
var genderOf = map[string]string{}

// genderCounterparts maps a gendered word to its counterparts of the other
// gender ("his" → "her"; "her" → "him", "his").
var genderCounterparts = map[string][]string{}

func init() {
	pairs := `he she|him her|his her|his hers|himself herself|man woman|men women|boy girl|boys girls|
father mother|fathers mothers|son daughter|sons daughters|brother sister|brothers sisters|husband wife|
husbands wives|king queen|prince princess|mr mrs|mr ms|sir madam|uncle aunt|nephew niece|
grandfather grandmother|grandson granddaughter|boyfriend girlfriend|gentleman lady|gentlemen ladies|
male female|spokesman spokeswoman|chairman chairwoman|businessman businesswoman|actor actress|
waiter waitress|widower widow|groom bride|monk nun|dad mom|dad mum|grandpa grandma|abbot abbess|
duke duchess|emperor empress|headmaster headmistress|stepfather stepmother|stepson stepdaughter|
godfather godmother|fiance fiancee|sportsman sportswoman|congressman congresswoman|
councilman councilwoman|policeman policewoman|countryman countrywoman|schoolboy schoolgirl|
fisherman fisherwoman|anchorman anchorwoman|frontman frontwoman|weatherman weatherwoman|
statesman stateswoman|layman laywoman|nobleman noblewoman|horseman horsewoman|craftsman craftswoman|
englishman englishwoman|frenchman frenchwoman|irishman irishwoman|scotsman scotswoman|
welshman welshwoman|dutchman dutchwoman|landlord landlady|chairmen chairwomen|spokesmen spokeswomen|
businessmen businesswomen|fishermen fisherwomen|sportsmen sportswomen|congressmen congresswomen|
policemen policewomen|countrymen countrywomen|schoolboys schoolgirls`
	// Not here: words also said of women or of anyone (host, hero, heir,
	// priest, steward, bachelor's), which would make false reversals.
	for _, p := range strings.Split(pairs, "|") {
		f := strings.Fields(p)
		genderOf[f[0]], genderOf[f[1]] = "m", "f"
		genderCounterparts[f[0]] = append(genderCounterparts[f[0]], f[1])
		genderCounterparts[f[1]] = append(genderCounterparts[f[1]], f[0])
	}
}

// genderCorrection is the word of the other gender to put for w, of w's
// kind ("his" → "her", not the passage's "She"): the passage's word u when
// it is a counterpart of w, or else w's first counterpart — for "her", "his"
// before a word that can be a noun's ("her view"), "him" otherwise.
func genderCorrection(w, u string, next *Token) string {
	cs := genderCounterparts[w]
	for _, c := range cs {
		if c == u {
			return c
		}
	}
	if w == "her" {
		if next != nil && next.Kind == Word && !next.Stop {
			return "his"
		}
		return "him"
	}
	if len(cs) > 0 {
		return cs[0]
	}
	return ""
}

type genderCheck struct{}

func init() { register(genderCheck{}) }

func (genderCheck) Info() Info {
	return Info{ID: "gender", Title: "Gender differs from the reference", Category: CatMistranslation, Severity: Major, NeedsRef: true,
		Doc: `Flags a gendered word (he/she, his/her, man/woman, father/mother, spokesman/spokeswoman …)
standing where the reference passage has its opposite: "she said" for "he said", "his
daughter" for "her daughter". MT from languages whose pronouns carry no gender, or that drop
them, gets this wrong often and an editor cannot see it without the reference. A gendered word
moved by a rephrasing counts too ("…, he added." / "She said …") where the passage has no word
of its gender and the sentence none of the other that the passage does not explain, and so does
"he" or "she" where the passage names the person and the references call that person by the
other gender elsewhere, by a pronoun or a title ("Ms Okafor"). The correction is of the sentence word's kind ("his" → "her").`}
}

func (chk genderCheck) Run(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil {
			continue
		}
		fs := chk.sentence(c, i, p)
		// A half of a split sentence may speak of the person the other
		// half's part names ("The meeting was chaired by Elin Kastrup. He
		// said …" / "Minister Elin Kastrup, who chaired the meeting, said
		// …"): read against the whole sentence too.
		if len(fs) == 0 && p.whole != nil {
			fs = chk.sentence(c, i, p.whole)
		}
		out = append(out, fs...)
	}
	return out
}

// sentence reads sentence i against the passage of p.
func (chk genderCheck) sentence(c *Context, i int, p *pair) []Finding {
	var out []Finding
	if p.align.Similarity < 0.3 {
		// A loose rendering still says who: "He put the uncertainty at
		// roughly 20%" / "She estimated the uncertainty at about 20
		// percent".
		if f, ok := chk.openingPronoun(c, i, p); ok {
			out = append(out, f)
		}
		return out
	}
	// The same gendered nouns in another order ("Men earn more than
	// women" / "Women earn less than men") are no swap of theirs;
	// pronouns are still read.
	nounsMoved := sameGenderedNouns(p)
	for _, r := range p.regions {
		for k := r.A0; k < r.A1; k++ {
			ga := genderOf[p.a[k].Norm]
			if ga == "" || nounsMoved && !personPronouns[p.a[k].Norm] {
				continue
			}
			for j := r.B0; j < r.B1; j++ {
				// A possessive belongs to the possessor, not to the
				// person a title or a noun names ("accused Ms Benitez" /
				// "accused his opponent").
				if possessiveAt(p.a, k) != possessiveAt(p.b, j) && !(personPronouns[p.a[k].Norm] && personPronouns[p.b[j].Norm]) {
					continue
				}
				// A title names the person after it; a pronoun across
				// from it may stand for someone else ("… and accused Ms
				// Benitez" / "… He accused his opponent").
				if titleAndPronoun(p.a[k], p.b[j]) || titleAndPronoun(p.b[j], p.a[k]) {
					continue
				}
				if gb := genderOf[p.b[j].Norm]; gb != "" && gb != ga {
					out = append(out, c.genderFinding(chk, i, p, k, j))
					break
				}
			}
		}
	}
	if len(out) == 0 {
		out = append(out, chk.moved(c, i, p)...)
	}
	if len(out) == 0 {
		out = append(out, chk.named(c, i, p)...)
	}
	return out
}

// openingPronoun: the sentence and its passage both open with a subject
// pronoun, of two genders, and neither says a word of the other's gender:
// the same person, given the other gender, however loosely the rest is
// rendered.
func (chk genderCheck) openingPronoun(c *Context, i int, p *pair) (Finding, bool) {
	if p.shared() || p.align.Similarity < 0.15 || len(p.a) < 3 || len(p.b) < 3 {
		return Finding{}, false
	}
	a, b := p.a[0], p.b[0]
	ga, gb := genderOf[a.Norm], genderOf[b.Norm]
	if !subjectPronouns[a.Norm] || !subjectPronouns[b.Norm] || ga == "" || gb == "" || ga == gb {
		return Finding{}, false
	}
	for _, t := range p.a {
		if genderOf[t.Norm] == gb {
			return Finding{}, false
		}
	}
	for _, u := range p.b {
		if genderOf[u.Norm] == ga {
			return Finding{}, false
		}
	}
	return c.genderFinding(chk, i, p, 0, 0), true
}

// titleAndPronoun: t is a title before a name ("Ms", "Mr") and u a pronoun.
func titleAndPronoun(t, u Token) bool {
	return honorifics[strings.TrimSuffix(t.Norm, ".")] && personPronouns[u.Norm]
}

// possessiveAt: ts[k] is "his", or "her" before a word that is no verb's
// object pronoun use ("her daughter", not "told her that").
func possessiveAt(ts []Token, k int) bool {
	switch ts[k].Norm {
	case "his":
		return true
	case "her":
		return k+1 < len(ts) && ts[k+1].IsContent() && (canBe(ts[k+1], 'n') || canBe(ts[k+1], 'a'))
	}
	return false
}

// moved finds a gendered word the sentence has where its passage has no
// word of that gender at all and one of the other that the sentence does
// not render: the words stand apart after a rephrasing ("…, he added." /
// "She said …").
func (chk genderCheck) moved(c *Context, i int, p *pair) []Finding {
	has, sentenceHas := map[string]bool{}, map[string]bool{}
	for _, u := range p.b {
		has[genderOf[u.Norm]] = true
	}
	for k, t := range p.a {
		if p.matchA[k] < 0 {
			sentenceHas[genderOf[t.Norm]] = true
		}
	}
	for k, t := range p.a {
		ga := genderOf[t.Norm]
		if ga == "" || p.matchA[k] >= 0 || has[ga] {
			continue
		}
		// Not where the sentence has a word of the other gender the passage
		// does not explain ("Kim and his wife" / "… their daughter … her
		// parents"): the words are of two people.
		for j, u := range p.b {
			if possessiveAt(p.a, k) != possessiveAt(p.b, j) && !(personPronouns[t.Norm] && personPronouns[u.Norm]) || titleAndPronoun(t, u) || titleAndPronoun(u, t) {
				continue // see Run
			}
			if gb := genderOf[u.Norm]; gb != "" && gb != ga && p.matchB[j] < 0 && !sentenceHas[gb] {
				return []Finding{c.genderFinding(chk, i, p, k, j)}
			}
		}
	}
	return nil
}

// tokenAfter returns the token after ts[k], or nil at the end.
func tokenAfter(ts []Token, k int) *Token {
	if k+1 < len(ts) {
		return &ts[k+1]
	}
	return nil
}

// genderFinding reports sentence token k of sentence i against passage
// token j of the other gender, with the correction of k's kind.
func (c *Context) genderFinding(chk Check, i int, p *pair, k, j int) Finding {
	t, u := p.a[k], p.b[j]
	f := c.finding(chk, i, t.Start, t.End, fmt.Sprintf("%s where the reference has %s", quote(t.Text), quote(u.Text)))
	f.Evidence = c.passageEvidence(i)
	if w := genderCorrection(t.Norm, u.Norm, tokenAfter(p.a, k)); w != "" {
		f.Suggestion = matchCase(w, t.Text)
	}
	return f
}

// genderedSubjects stand for a person named before them
// ("…, Solberg said" / "…, she said"); a possessive ("his wife") may be
// anyone's, so neither its use nor its reading counts.
var genderedSubjects = setOf("he", "she")

// named finds a pronoun of one gender where the passage names the person
// instead, and the reference calls that person by the other gender
// elsewhere ("…,” he said in a statement." / "…,” Solberg said in a
// statement.", where the reference has "Ingrid Solberg said she …").
func (chk genderCheck) named(c *Context, i int, p *pair) []Finding {
	if f, ok := chk.possessiveOfSpeaker(c, i, p); ok {
		return []Finding{f}
	}
	for _, r := range p.regions {
		for k := r.A0; k < r.A1; k++ {
			t := p.a[k]
			ga := genderOf[t.Norm]
			if !genderedSubjects[t.Norm] || ga == "" {
				continue
			}
			for j := r.B0; j < r.B1; j++ {
				if u := p.b[j]; u.Cap && !u.Stop && j > 0 || u.Cap && j == 0 && !isWord(u.Norm) {
					if gb, word := c.personGender(u.Norm); gb != "" && gb != ga {
						f := c.genderFinding(chk, i, p, k, j)
						f.Message = fmt.Sprintf("%s where the reference has %s, whom it calls %s", quote(t.Text), quote(u.Text), quote(word))
						return []Finding{f}
					}
				}
			}
		}
	}
	return nil
}

// possessiveOfSpeaker: "Foss said his ministry …" where the passage has no
// word of that gender there ("Foss said the ministry …") and the
// references call Foss "she": the possessive after a named speaker's
// reporting verb is the speaker's.
func (chk genderCheck) possessiveOfSpeaker(c *Context, i int, p *pair) (Finding, bool) {
	for k := 2; k < len(p.a); k++ {
		t := p.a[k]
		ga := genderOf[t.Norm]
		if ga == "" || !possessives[t.Norm] && !genderedSubjects[t.Norm] || p.matchA[k] >= 0 {
			continue
		}
		// The speaker: a name straight before the reporting verb, with
		// at most "that" or a time phrase between verb and pronoun.
		v := -1
		for x := k - 1; x >= max(1, k-4); x-- {
			if reportingVerbs[p.a[x].Norm] {
				v = x
				break
			}
		}
		if v < 1 || !p.a[v-1].Cap || p.a[v-1].Stop || slices.ContainsFunc(p.a[v+1:k], func(u Token) bool { return u.Cap && !monthsDays[u.Norm] || genderOf[u.Norm] != "" }) {
			continue
		}
		speaker := p.a[v-1]
		if slices.ContainsFunc(p.b, func(u Token) bool { return genderOf[u.Norm] == ga }) {
			continue
		}
		// Not where the sentence speaks of a person of the speaker's
		// gender too ("Bastide said her client had insisted he was
		// innocent"): the words are of two people.
		if gb, word := c.personGender(speaker.Norm); gb != "" && gb != ga && !slices.ContainsFunc(p.a, func(u Token) bool { return genderOf[u.Norm] == gb }) {
			f := c.finding(chk, i, t.Start, t.End, fmt.Sprintf("%s for %s, whom the reference calls %s", quote(t.Text), quote(speaker.Text), quote(word)))
			f.Evidence = c.passageEvidence(i)
			if corr := genderCorrection(t.Norm, "", tokenAfter(p.a, k)); corr != "" {
				f.Suggestion = matchCase(corr, t.Text)
			}
			return f, true
		}
	}
	return Finding{}, false
}

// personGender is the gender the references give the person with the name
// word w, and the words that say it: a gendered title before a mention
// ("Ms Okafor"), or the first "he" or "she" after it, in its sentence or the
// next, with no other name between, when all of them agree; "" otherwise.
func (c *Context) personGender(w string) (gender, word string) {
	if c.genders == nil {
		c.genders = map[string][2]string{}
	}
	if v, ok := c.genders[w]; ok {
		return v[0], v[1]
	}
	seen := ""
	// agree records one reading; false when it contradicts another.
	agree := func(g, w string) bool {
		if seen != "" && seen != g {
			return false
		}
		seen, word = g, w
		return true
	}
	for _, d := range c.Refs {
		for si, s := range d.Sentences {
			for k, t := range s.words {
				if t.Norm != w || !t.Cap {
					continue
				}
				// A gendered title before the name says it ("Ms Okafor").
				if k > 0 {
					if g := titleGender[strings.TrimSuffix(s.words[k-1].Norm, ".")]; g != "" {
						if !agree(g, s.words[k-1].Text+" "+t.Text) {
							c.genders[w] = [2]string{}
							return "", ""
						}
						continue
					}
				}
				// The first gendered pronoun after the mention, here or in
				// the next sentence, with no other name between.
				rest := s.words[k+1:]
				if si+1 < len(d.Sentences) {
					rest = append(slices.Clip(rest), d.Sentences[si+1].words...)
				}
				for x, u := range rest {
					if u.Cap && !u.Stop && x > 0 && !isWord(u.Norm) && u.Norm != w {
						break // another name first: the pronoun may be theirs
					}
					if g := genderOf[u.Norm]; g != "" && genderedSubjects[u.Norm] {
						if !agree(g, strings.ToLower(u.Text)) {
							c.genders[w] = [2]string{}
							return "", ""
						}
						break
					}
				}
			}
		}
	}
	c.genders[w] = [2]string{seen, word}
	return seen, word
}

// sameGenderedNouns: the sentence and its passage have the same gendered
// nouns, two of them or more, in another order ("Men earn more than women" /
// "Women earn less than men", "the prince married the actress" / "the
// actress married the prince"): a rephrasing moved them; if the roles
// changed, the exchange is divergence's to report.
func sameGenderedNouns(p *pair) bool {
	count := func(ts []Token) map[string]int {
		m := map[string]int{}
		for _, t := range ts {
			if genderOf[t.Norm] != "" && !t.Stop && !personPronouns[t.Norm] {
				m[t.Lemma]++
			}
		}
		return m
	}
	a, b := count(p.a), count(p.b)
	n := 0
	for _, v := range a {
		n += v
	}
	if n < 2 || len(a) < 2 {
		return false
	}
	return maps.Equal(a, b)
}

// titleGender: titles that give a person's gender ("Ms Okafor").
var titleGender = map[string]string{"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f"}

// personPronouns are the gendered pronouns.
var personPronouns = setOf("he", "she", "him", "his", "her", "hers", "himself", "herself")
