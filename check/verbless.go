package check

import (
	"fmt"
	"slices"
	"strings"
)

type verblessCheck struct{}

func init() { register(verblessCheck{}) }

func (verblessCheck) Info() Info {
	return Info{ID: "missing-verb", Title: "Subject followed by an object: the verb is missing", Category: CatGrammar,
		Severity: Major, Definite: true,
		Doc: `Flags a sentence whose subject runs straight into a determiner and its noun with no verb
between them or after them ("The city council a budget of 3.2 million euros on Tuesday.",
"Voters in Switzerland a proposal to raise the retirement age.", "They also two packing machines
…", "said she the award", "after he to board a flight", "are expected to 44 billion dollars",
"copper output 4.6% in June"): MT
drops the main verb when
it cannot render it. Only the opening of a sentence is read, up to its first verb, comma or
clause word; an opening adverbial ("In Vienna the ambassador …", "Two weeks later the army …")
and a relative clause without "that" ("Most residents the authorities spoke to supported …")
are left alone. Beyond the opening, a modal straight before an article or a possessive ("said it
would the launch of its first truck"; not in a question or an inversion, "nor could the", not
before a time, "will this week vote", nor "should", which opens conditions, "should the rains
arrive late") and "who" before a quantity or a noun phrase whose clause runs to its comma with no
word that can be a verb ("Rosa Villalba, who more than 40 albums during a career …, died"; not
"who a court in Lyon convicted"), and a conjunction, its subject and straight after it "its" or
"their" ("after the company its full-year forecast") are flagged too. Works without a reference. With one, also flags a "had", "has", "is" or "was"
the passage has as its main verb, before its object ("… a day had a 35 percent lower risk"),
and the sentence leaves out, and any verb the passage has between the same two words where the
sentence's words cannot follow each other without one ("The court ⟨banned⟩ him", "the Southern
Council ⟨welcomed⟩ the agreement", "would ⟨examine⟩ whether"), however loosely the rest of the
sentence renders its passage, and whatever word of the subject the sentence moved ("inspectors
from the agency ⟨visited⟩ the plant"); and a statement with no word anywhere that can be its finite verb
where the passage has one ("The start of the final for 40 minutes by rain." against "Rain
delayed the start of the final by 40 minutes."): a word that is also a noun does not count as the
verb straight after a determiner, a preposition or a number ("the start", "by rain", "40
minutes"), nor a plural in a prepositional phrase ("from consumer groups"), after an ordinal
("the first cases") or after an opening phrase ("In Tokyo, shares in …"), nor a base form after
a singular subject ("The Falkir-2 rocket from …"); a word the dictionary does not know does,
unless the passage has it in the same place. With a reference, also a relative straight before
"to" ("graduates who ⟨agree⟩ to work") and "to" before a noun ("has agreed to ⟨postpone⟩
construction") where the passage has a verb there, and a modal whose clause runs to its end with
no word that can be its verb, where the passage has a verb the sentence lacks ("the advice would
⟨remain⟩ in place until Monday", "so that they could ⟨regenerate⟩ naturally"; a modal before a
comma or with nothing after it is left alone); and, without one, an adverbial clause opened
by a conjunction and its subject that runs to the end of the sentence (or, opening it, to the
comma before the main clause) with no word that can be its verb ("… when a tree onto their
car."). Comparisons ("The more crowded the trains, the longer the delays"), datelines, headlines without a
full stop and headings that open with a gerund are left alone. Last, a subject that runs straight
into an object, a number, an adverb or a reported clause where the passage has a verb the sentence
lacks straight after a word of that subject, or into a name the passage has straight after that
verb ("Rescue teams in the mountains ⟨found⟩ two missing hikers", "patients in the country ⟨take⟩
Vostarin", "Maersk ⟨reported that⟩ its quarterly profit fell 30%"); where the clause has a verb
further on, only a verb of saying or finding counts ("The report the committee published was
critical" is a relative clause without "that").`}
}

// objectStarters open a noun phrase that, straight after the subject, can
// only be an object whose verb is missing.
var objectStarters = setOf("a", "an", "the", "its", "their", "his", "her")

// clauseBreaks end the opening stretch the check reads: after them a noun
// may be followed by a determiner for other reasons.
var clauseBreaks = setOf("that", "which", "who", "whom", "whose", "when", "where", "while", "as", "if", "because",
	"than", "to", "said", "says", "say", "and", "or", "but")

func (chk verblessCheck) Run(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		opening := chk.opening(c, i)
		if len(opening) == 0 {
			opening = chk.pronounThenObject(c, i)
		}
		out = append(out, opening...)
		dropped := chk.droppedMainVerb(c, i, opening)
		out = append(out, dropped...)
		if len(opening)+len(dropped) == 0 {
			none := chk.noVerbAnywhere(c, i)
			if len(none) == 0 {
				none = chk.verbAfterSubject(c, i)
			}
			if len(none) == 0 {
				none = chk.clauseWithoutVerb(c, i)
			}
			if len(none) == 0 {
				none = chk.modalWithoutVerb(c, i)
			}
			if len(none) == 0 {
				none = chk.infinitiveWithoutVerb(c, i)
			}
			if len(none) == 0 {
				none = chk.modalBeforeNoun(c, i)
			}
			if len(none) == 0 {
				none = chk.relativeWithoutVerb(c, i)
			}
			if len(none) == 0 {
				none = chk.clauseSubjectThenObject(c, i)
			}
			out = append(out, none...)
		}
	}
	return out
}

// opening reads sentence i from its start to its first verb, comma or
// clause word for a subject followed by an object.
func (chk verblessCheck) opening(c *Context, i int) []Finding {
	s := c.Article.Sentences[i]
	ws := s.words
	if len(ws) < 6 || ws[0].Kind != Word || !ws[0].Cap {
		return nil
	}
	// "The more unequal the society, …": a comparison, not a subject;
	// "In Vienna the ambassador …": an adverbial before the subject.
	if ws[0].Norm == "the" && (ws[1].Norm == "more" || ws[1].Norm == "less" || graded(ws[1].Norm)) || allPrepositions[ws[0].Norm] ||
		canBe(ws[0], 'r') && !canBe(ws[0], 'n') {
		return nil
	}
	for k := 0; k+2 < len(ws); k++ {
		t, next, after := ws[k], ws[k+1], ws[k+2]
		// The opening stretch ends at a verb, a comma or a clause word.
		// An inflected verb form ("voted", "fined", "takes") is the verb.
		inflected := t.Norm != t.Lemma && canBe(t, 'v') || unknownWord(t) && strings.HasSuffix(t.Norm, "ed")
		// A sentence that opens with a verb ("Save half the cost") is
		// an order or has lost its subject (missing-subject's).
		if inflected || k == 0 && canBe(t, 'v') || canBe(t, 'v') && !canBe(t, 'n') || finiteAux[t.Norm] || clauseBreaks[t.Norm] ||
			commaBetween(s, t, next) || t.Kind == Number || monthsDays[t.Norm] || timeNouns[t.Lemma] {
			return nil
		}
		// A noun straight before a quantity ("Chile's copper output 4.6%
		// in June", "temperatures 47.4 degrees"): a figure is no part of
		// its subject.
		if k > 0 && !t.Cap && t.IsContent() && canBe(t, 'n') && !unchangedPasts[t.Norm] && !allPrepositions[t.Norm] && !possessive(t) && quantityAt(c.Article.plain, ws, k+1) &&
			!finiteLater(s, ws[k+1:]) {
			return []Finding{c.finding(chk, i, t.End, next.Start, fmt.Sprintf("no verb between %s and %s: the sentence's verb is missing", quote(c.Article.Display(ws[0].Start, t.End)), quote(next.Text)))}
		}
		if k == 0 || !t.IsContent() || allPrepositions[t.Norm] || predeterminers[t.Norm] || !objectStarters[next.Norm] || !after.IsContent() || after.Kind != Word {
			continue
		}
		// A noun that is also a verb may be the verb ("the firms plan a
		// …"), not straight after its determiner ("The company an
		// operating loss …"), where it can only be the noun.
		if canBe(t, 'v') && !determiners[ws[k-1].Norm] {
			return nil
		}
		// A finite verb further on: the noun phrase was a relative clause
		// without "that" ("Most residents the authorities spoke to
		// supported the plan"), and the sentence has its verb.
		if finiteLater(s, ws[k+2:]) {
			return nil
		}
		return []Finding{c.finding(chk, i, t.End, next.Start, fmt.Sprintf("no verb between %s and %s: the sentence's verb is missing", quote(c.Article.Display(ws[0].Start, t.End)), quote(next.Text+" "+after.Text)))}
	}
	return nil
}

// pronounThenObject: a subject pronoun opening the sentence or a clause
// (after a comma, "and" or "but"; a personal pronoun also after a word that
// opens a clause, "said she", "after he") runs, past an adverb or two,
// straight into a number or a determiner and its noun: "They also two
// packing machines …", "and she the award"; or a personal pronoun into
// "to" and a verb, "after he to board". A pronoun subject has no other way
// to meet its object than through its verb.
func (chk verblessCheck) pronounThenObject(c *Context, i int) []Finding {
	s := c.Article.Sentences[i]
	ws := s.words
	for k := 0; k+2 < len(ws); k++ {
		t := ws[k]
		if !subjectPronouns[t.Norm] && t.Norm != "it" {
			continue
		}
		// (After an opening time phrase too: "Last year they …"; and a
		// personal pronoun after a word that opens a clause, "said she
		// …", "after he …" — "it" there may be an object.)
		opener := t.Norm != "it" && (clauseOpeners[ws[max(k-1, 0)].Norm] || reportedBy[ws[max(k-1, 0)].Norm] || thinkingVerbs[ws[max(k-1, 0)].Norm])
		if k > 0 && !commaBetween(s, ws[k-1], t) && ws[k-1].Norm != "and" && ws[k-1].Norm != "but" && ws[k-1].Kind != Number &&
			!(k <= 3 && (timeNouns[ws[k-1].Lemma] || monthsDays[ws[k-1].Norm])) && !opener {
			continue
		}
		x := k + 1
		for x < len(ws) && pronounAdverbs[ws[x].Norm] {
			x++
		}
		if x+1 >= len(ws) || commaBetween(s, ws[x-1], ws[x]) {
			continue
		}
		next, after := ws[x], ws[x+1]
		// "two packing machines", "the award": an object, not "two of
		// them said" (a number that is the subject of its own clause).
		finiteAfter := after.Norm != after.Lemma && canBe(after, 'v') && !canBe(after, 'n') && !strings.HasSuffix(after.Norm, "ing")
		number := next.Kind == Number || numberWords[next.Norm] > 0
		// A share is an object with its "of": "they 19% of the
		// electricity", not "two of them said".
		share := next.Kind == Number && (strings.HasSuffix(next.Text, "%") || strings.HasPrefix(c.Article.plain[next.End:], "%") || after.Norm == "percent")
		// "after he to board a flight": a personal pronoun is no
		// subject of an infinitive.
		infinitive := t.Norm != "it" && next.Norm == "to" && after.Kind == Word && canBe(after, 'v') && !after.Cap
		object := number && after.Kind == Word && (after.Norm != "of" || share) && (after.IsContent() || share) && !finiteAfter ||
			(next.Norm == "a" || next.Norm == "an" || next.Norm == "the") && after.Kind == Word && after.IsContent() || infinitive
		if !object || number && (monthsDays[after.Norm] || unitOf(after) != "" && unitFamily[unitOf(after)] == "time") {
			continue
		}
		f := c.finding(chk, i, ws[x-1].End, next.Start, fmt.Sprintf("no verb between %s and %s: the clause's verb is missing", quote(c.Article.Display(t.Start, ws[x-1].End)), quote(next.Text+" "+after.Text)))
		return []Finding{f}
	}
	return nil
}

// pronounAdverbs may stand between a subject pronoun and its verb.
var pronounAdverbs = setOf("also", "still", "then", "later", "now", "only", "already", "just", "further", "often",
	"never", "always", "again", "finally", "eventually", "previously", "recently", "reportedly", "allegedly")

// droppedMainVerb: where the passage has "had", "has", "is", "was" … as the
// main verb, before its object or complement ("people who walked 7,000 steps
// a day had a 35 percent lower risk"), and the sentence has nothing between
// the words around it ("… a day a 35 percent lower risk").
func (chk verblessCheck) droppedMainVerb(c *Context, i int, found []Finding) []Finding {
	p := c.pairs[i]
	if p.align == nil {
		return nil
	}
	var out []Finding
	for _, r := range p.regions {
		if f, ok := chk.verbHole(c, i, p, r); ok {
			if !slices.ContainsFunc(found, func(g Finding) bool { return g.Sentence == i && g.Start == f.Start }) {
				out = append(out, f)
			}
			continue
		}
		if !r.emptyA() || r.B1-r.B0 != 1 || r.A0 == 0 || r.A0 >= len(p.a) || r.B1 >= len(p.b) {
			continue
		}
		v, next := p.b[r.B0], p.b[r.B1]
		if lm := v.Lemma; !finiteAux[v.Norm] || lm != "have" && lm != "be" && v.Norm != "has" && v.Norm != "had" && v.Norm != "have" {
			continue
		}
		if !objectStarters[next.Norm] && next.Kind != Number {
			continue
		}
		// The object follows word for word (where the sentence goes on
		// differently, it may have its verb elsewhere: "… society no
		// longer depends on" / "… society is no longer determined by").
		if r.A0+3 > len(p.a) || p.matchA[r.A0] != r.B1 || p.matchA[r.A0+1] != r.B1+1 || p.matchA[r.A0+2] != r.B1+2 {
			continue
		}
		prev, at := p.a[r.A0-1], p.a[r.A0]
		start, end := prev.End, at.Start
		// "The suspect, a man from Leeds, was arrested": an apposition;
		// "she called the deal the largest": two objects.
		if strings.TrimSpace(c.Article.plain[start:end]) != "" || twoObjectsAfter(p.a, r.A0-1) {
			continue
		}
		if slices.ContainsFunc(found, func(f Finding) bool { return f.Sentence == i && f.Start == start }) {
			continue // the opening's verb, reported already
		}
		f := c.finding(chk, i, start, end, fmt.Sprintf("no verb between %s and %s, where the reference has %s", quote(prev.Text), quote(at.Text), quote(v.Text)))
		f.Evidence, f.Suggestion = c.passageEvidence(i), v.Text
		out = append(out, f)
	}
	return out
}

// allPrepositions take a noun phrase: "across the Danube", "between the
// two towns".
var allPrepositions = setOf("of", "in", "on", "at", "by", "to", "from", "with", "without", "into", "onto", "for",
	"about", "across", "against", "along", "among", "around", "before", "after", "behind", "below", "beneath",
	"beside", "between", "beyond", "during", "despite", "except", "inside", "near", "off", "outside", "over",
	"past", "since", "through", "throughout", "toward", "towards", "under", "until", "upon", "via", "within", "like")

// predeterminers come before a determiner ("half the cost", "all the
// delegates").
var predeterminers = setOf("half", "all", "both", "twice", "such", "quite", "what", "rather", "many")

// timeNouns open adverbials after which a subject comes ("This week the
// council …").
var timeNouns = setOf("day", "week", "month", "year", "today", "yesterday", "tomorrow", "morning", "evening", "night",
	"weekend", "season", "time", "decade", "century", "afternoon")

func commaBetween(s *Sentence, t, next Token) bool {
	for _, x := range s.Tokens {
		if x.Start >= t.End && x.End <= next.Start && x.Kind == Punct {
			return true
		}
	}
	return false
}

// finiteLater: the words hold a finite verb — an auxiliary or an inflected
// verb form not after "to" — in the same clause: before a comma or a word
// that opens another clause ("after", "which", "because" …).
func finiteLater(s *Sentence, ws []Token) bool {
	for k, t := range ws {
		if k > 0 && (commaBetween(s, ws[k-1], t) || clauseBreaks[t.Norm] && t.Norm != "to" || subordinators[t.Norm]) {
			return false
		}
		// (A gerund is no finite verb: "an operating loss".)
		if finiteAux[t.Norm] || t.Norm != t.Lemma && canBe(t, 'v') && !strings.HasSuffix(t.Norm, "ing") && (k == 0 || ws[k-1].Norm != "to") {
			return true
		}
	}
	return false
}

var subordinators = setOf("after", "before", "since", "until", "although", "though", "unless", "whether", "once")

// verbHole: the passage has a verb ("banned", "will add", "welcomed") where
// the sentence has nothing, between the same words on both sides, and the
// sentence's words there cannot follow each other without one: a noun
// before an object ("The court ⟨⟩ him", "the Southern Council ⟨⟩ the
// agreement"), a modal before a word that is no verb ("would ⟨⟩ whether").
// However loosely the rest of the sentence renders its passage, the clause
// has lost its verb.
func (chk verblessCheck) verbHole(c *Context, i int, p *pair, r region) (Finding, bool) {
	if !r.emptyA() || r.B1-r.B0 > 2 || r.A0 == 0 || r.A0 >= len(p.a) || r.B0 == 0 || r.B1 >= len(p.b) {
		return Finding{}, false
	}
	if p.matchA[r.A0-1] != r.B0-1 || p.matchA[r.A0] != r.B1 {
		return Finding{}, false
	}
	// A word the sentence has elsewhere, before the verb, was moved, not
	// lost ("inspectors from the agency ⟨visited⟩ the plant" / "The
	// agency's inspectors visited the plant").
	bs := p.b[r.B0:r.B1]
	// So is a relative before it ("The school ⟨, which has⟩ 38 horses").
	for len(bs) > 1 && (bs[0].IsContent() && p.unmatchedInSentence(bs[0]) || relativizers[bs[0].Norm]) {
		bs = bs[1:]
	}
	v := bs[len(bs)-1]
	prev, at := p.a[r.A0-1], p.a[r.A0]
	// A verb by its form: inflected ("banned"), an auxiliary ("was"), a
	// word that is only a verb ("include"), or after an auxiliary or "to"
	// ("will add", "would examine"); "down" in "May, down from 69 percent"
	// is no verb.
	// "say" after its subject, not "a say".
	verbForm := v.Norm != v.Lemma && canBe(v, 'v') || finiteAux[v.Norm] || canBe(v, 'v') && !canBe(v, 'n') && !canBe(v, 'r') ||
		canBe(v, 'v') && (len(bs) == 2 && finiteAux[bs[0].Norm] || modals[prev.Norm] || prev.Norm == "to") ||
		v.Norm == "say" && !determiners[prev.Norm] && !possessive(prev)
	// A verb the sentence has as the counterpart of another passage word
	// is no rendering of this one ("The government says …, though
	// opposition lawmakers ⟨say⟩ the contract …").
	if v.Kind != Word || !verbForm || len(bs) == 2 && !finiteAux[bs[0].Norm] || p.freeInSentence(v) {
		return Finding{}, false
	}
	start, end := prev.End, at.Start
	if strings.TrimSpace(c.Article.plain[start:end]) != "" {
		return Finding{}, false // "The suspect, a man from Leeds, was …"
	}
	if !verbMissingBetween(p.a, r.A0-1) || twoObjectsAfter(p.a, r.A0-1) {
		return Finding{}, false
	}
	f := c.finding(chk, i, start, end, fmt.Sprintf("no verb between %s and %s, where the reference has %s", quote(prev.Text), quote(at.Text), quote(joinTokens(p.ref, bs))))
	f.Evidence, f.Suggestion = c.passageEvidence(i), joinTokens(p.ref, bs)
	return f, true
}

// twoObjectVerbs take an object and a second object or complement: "called
// the order the biggest", "named him the best player", "fined the carriers
// a combined 14.6 billion won" (bothObjects holds the participles of those
// whose passive keeps an object, which the missing-subject check reads).
var twoObjectVerbs = setOf("call", "name", "make", "consider", "elect", "appoint", "declare", "deem", "dub", "label",
	"give", "offer", "award", "grant", "hand", "send", "tell", "show", "deny", "cost", "pay", "charge", "fine", "owe",
	"lend", "promise", "teach", "vote", "crown", "rate", "rank", "find", "leave", "keep", "brand", "term")

// twoObjectsAfter: a verb that takes two objects stands before word k in
// its clause, so k and the word after it may be its two objects.
func twoObjectsAfter(ts []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if twoObjectVerbs[ts[j].Lemma] && !determiners[ts[max(j-1, 0)].Norm] {
			return true
		}
	}
	return false
}

// objectPronouns can only be objects: a noun straight before one has lost
// the verb between them.
var objectPronouns = setOf("him", "them", "us", "me")

// modals take a verb after them.
var modals = setOf("will", "would", "can", "could", "may", "might", "must", "shall", "should")

// verbMissingBetween: tokens k and k+1 cannot stand next to each other in
// a clause that has its verb: a noun or name before an object ("the court
// him", "the council the agreement", "them a second star"), a modal
// before a word that is no verb and no adverb ("would whether"), a
// relative before "to" ("who to work"), or — the passage having a verb
// there — "to" before a word that is no verb ("agreed to construction").
func verbMissingBetween(ts []Token, k int) bool {
	t, next := ts[k], ts[k+1]
	if modals[t.Norm] && !t.Cap { // not the month, "May"
		return next.Kind == Word && !canBe(next, 'v') && !canBe(next, 'r') && next.Norm != "not" && !finiteAux[next.Norm] && !next.Cap
	}
	// A relative straight before "to" ("graduates who ⟨agree⟩ to work"),
	// and "to" before a noun that is no verb, where the passage has a verb
	// there ("has agreed to ⟨postpone⟩ construction").
	if (t.Norm == "who" || t.Norm == "which") && next.Norm == "to" ||
		t.Norm == "to" && next.Kind == Word && !next.Cap && !next.Stop && !canBe(next, 'v') && !canBe(next, 'r') && canBe(next, 'n') {
		return true
	}
	// A noun before a number and its noun ("The school 38 horses"), not a
	// measure after its noun ("a planet 120 light years away",
	// "temperatures 1.5 degrees above").
	if next.Kind == Number && (k+2 >= len(ts) || measureAt(ts, k+2) || k+3 < len(ts) && measureAt(ts, k+3)) {
		return false
	}
	if !objectStarters[next.Norm] && !objectPronouns[next.Norm] && next.Kind != Number || k+2 >= len(ts) || !ts[k+2].IsContent() && !objectPronouns[next.Norm] {
		return false
	}
	// The noun before: a name, an object pronoun, or a noun that is no
	// verb — or is one only where a determiner shows it is the noun ("the
	// court").
	switch {
	case objectPronouns[t.Norm]:
		return true
	case t.Kind != Word || t.Stop || allPrepositions[t.Norm]:
		return false
	case k > 0 && determiners[ts[k-1].Norm] && ts[k-1].Norm != "about" && canBe(t, 'n'):
		return true // "the plans", "the court": the noun
	case t.Norm != t.Lemma && canBe(t, 'v'):
		return false
	}
	return t.Cap || !canBe(t, 'v') && canBe(t, 'n')
}

// mayBeFinite: token k of ws can be the finite verb of a clause: an
// auxiliary or modal, or a verb form where a verb can stand — not a gerund,
// not after "to", and not where only a noun can be: after a determiner, a
// possessive, a preposition or a number ("the start", "by rain", "40
// minutes"), an adjective that is no verb ("biggest steel"), or a plural
// in a prepositional phrase ("from consumer groups").
func mayBeFinite(ws []Token, k int) bool {
	t := ws[k]
	if t.Kind != Word {
		return false
	}
	if finiteAux[t.Norm] || modals[t.Norm] && !t.Cap || t.Lemma == "do" || t.Lemma == "be" || contracted(t) {
		return true
	}
	unknown := unknownWord(t)
	if !unknown && (!canBe(t, 'v') || strings.HasSuffix(t.Norm, "ing")) {
		return false
	}
	// A plural opening the sentence ("Protests by parents …") is its
	// subject.
	plural := t.Norm != t.Lemma && strings.HasSuffix(t.Norm, "s") && canBe(t, 'n')
	if k == 0 {
		return unknown || !plural
	}
	prev := ws[k-1]
	switch {
	case pronouns[prev.Norm], prev.Kind == Number && pastVerbForm(t): // "68,000 watched"
		return true
	case pastVerbForm(t) && (possessive(prev) || prev.Norm == "some" || prev.Norm == "more"): // "Moody's blamed", "Some welcomed"
		return true
	case plural && prev.Kind == Word && !prev.Cap && canBe(prev, 'n') && !canBe(prev, 'v') && k >= 2 && allPrepositions[ws[k-2].Norm]:
		return false // "from consumer groups"
	case !unknown && t.Norm == t.Lemma && !unchangedPasts[t.Norm] && prev.Kind == Word && (prev.Cap || canBe(prev, 'n') && !canBe(prev, 'r')) && !pronouns[prev.Norm] &&
		!strings.HasSuffix(prev.Norm, "s") && !collectiveNouns[prev.Norm]:
		return false // "The Falkir-2 rocket from …": a singular subject takes "rockets"
	case prev.Norm == "to", determiners[prev.Norm], possessives[prev.Norm], allPrepositions[prev.Norm], prev.Kind == Number, ordinalWords[prev.Norm] > 0,
		possessive(prev), prev.Kind == Word && canBe(prev, 'a') && !canBe(prev, 'n') && !canBe(prev, 'v') && (!canBe(prev, 'r') || superlativeBase(ws, k-1) != ""):
		return false
	}
	return true
}

// verbParticles complete a phrasal verb ("lifted off", "set up").
var verbParticles = setOf("off", "up", "out", "down", "away", "back")

// collectiveNouns may take a plural verb with no "-s" of their own ("the
// police arrest", "the team play").
var collectiveNouns = setOf("police", "people", "staff", "crew", "team", "government", "public", "family", "majority",
	"committee", "council", "board", "jury", "audience", "cattle", "youth", "clergy", "personnel", "media", "data", "children")

// noVerbAnywhere: the sentence has no word that can be its finite verb,
// while its passage has one the sentence does not ("The start of the final
// ⟨was delayed⟩ for 40 minutes by rain.").
func (chk verblessCheck) noVerbAnywhere(c *Context, i int) []Finding {
	p := c.pairs[i]
	s := c.Article.Sentences[i]
	if p.align == nil || len(p.a) < 5 || !strings.HasSuffix(strings.TrimRight(c.Article.plain[s.Start:s.End], `"'”’) `), ".") {
		return nil
	}
	// A heading made a sentence ("Attracting tourists to the islands.")
	// opens with a gerund, with no comma to end it as a phrase ("According
	// to the police, …").
	if strings.HasSuffix(p.a[0].Norm, "ing") && canBe(p.a[0], 'v') && !strings.Contains(c.Article.plain[s.Start:s.End], ",") {
		return nil
	}
	// A dateline ("Xinhua News Agency, Beijing, February 11.") names and
	// dates; a sentence has words.
	lower := 0
	for _, t := range p.a {
		if t.Kind == Word && !t.Cap && t.IsContent() {
			lower++
		}
	}
	if lower < 2 {
		return nil
	}
	for k, t := range p.a {
		// "In Frankfurt, shares in …": a plural after an opening
		// phrase is the subject.
		subject := k > 0 && allPrepositions[p.a[0].Norm] && commaBetween(s, p.a[k-1], t) && t.Norm != t.Lemma &&
			strings.HasSuffix(t.Norm, "s") && canBe(t, 'n')
		// A word the dictionary lacks may be a verb, but not one the
		// passage has in the same place beside verbs of its own ("the
		// Kessa Point spaceport at …").
		passageWord := unknownWord(t) && p.matchA[k] >= 0
		if mayBeFinite(p.a, k) && !subject && !passageWord {
			return nil
		}
		// "The more unequal the society, the worse the performance": a
		// comparison that needs no verb.
		if t.Norm == "the" && k > 0 && k+1 < len(p.a) && commaBetween(s, p.a[k-1], t) &&
			(p.a[k+1].Norm == "more" || p.a[k+1].Norm == "less" || graded(p.a[k+1].Norm)) {
			return nil
		}
	}
	// The passage's verb the sentence lacks; a reporting verb ("The
	// company said the delay would add …") only where there is no other.
	verb := -1
	for j, v := range p.b {
		if !finiteAux[v.Norm] && !contracted(v) && !(v.Norm != v.Lemma && canBe(v, 'v') && mayBeFinite(p.b, j)) || p.inSentence(v) {
			continue
		}
		if verb < 0 || reportingVerbs[p.b[verb].Norm] && !reportingVerbs[v.Norm] {
			verb = j
		}
	}
	if verb < 0 {
		return nil
	}
	j := verb
	start, end := s.Start, s.End
	// The verb belongs after the sentence's word matched to the
	// passage's word before it; where that is the sentence's last
	// word or there is none, the whole sentence is reported.
	for jj := j - 1; jj >= 0; jj-- {
		if k := p.matchB[jj]; k >= 0 {
			if k+1 < len(p.a) {
				start, end = p.a[k].End, p.a[k+1].Start
				if strings.TrimSpace(c.Article.plain[start:end]) != "" {
					end = start // "the lira⟨⟩, 3% against the euro"
				}
			}
			break
		}
	}
	// The verb with its auxiliaries: "would add", "were detected".
	e := j + 1
	for e < len(p.b) && auxiliary(p.b[e-1]) && (auxiliary(p.b[e]) || canBe(p.b[e], 'v') && !p.b[e].Stop) {
		e++
	}
	// And its particle, which the sentence lost with it: "lifted off".
	if e < len(p.b) && verbParticles[p.b[e].Norm] && !p.inSentence(p.b[e]) {
		e++
	}
	f := c.finding(chk, i, start, end, fmt.Sprintf("the sentence has no verb; the reference has %s", quote(joinTokens(p.ref, p.b[j:e]))))
	f.Evidence = c.passageEvidence(i)
	return []Finding{f}
}

// contracted: a contracted verb ("'s", "'m", "'re", "'ve", "'d", "'ll").
func contracted(t Token) bool {
	switch strings.ReplaceAll(t.Norm, "’", "'") {
	case "'s", "'m", "'re", "'ve", "'d", "'ll":
		return true
	}
	return false
}

// unknownWord: a lower-case word the dictionary does not know
// ("test-fired", "reoccupied", "reopend"): it may be the verb, except where
// only a noun can stand.
func unknownWord(t Token) bool {
	return t.Kind == Word && !t.Cap && !t.Stop && lexdb().pos[t.Norm] == "" && lexdb().pos[t.Lemma] == ""
}

// objectAfterSubject may open what follows a subject whose verb is
// missing: an object ("the", "its", a number, "no"), or a reported clause
// ("it", "he", "there").
func objectAfterSubject(t Token) bool {
	return objectStarters[t.Norm] || t.Kind == Number || numberWords[t.Norm] > 0 || subjectPronouns[t.Norm] || t.Norm == "it" || t.Norm == "no" || t.Norm == "there"
}

// cognition verbs report what was said, found or shown; a subject that runs
// into a clause with its own verb has lost one of them ("Embraer ⟨said⟩
// its revenue rose") or is a relative clause without "that" ("The report
// the committee published was critical").
var cognition = setOf("say", "announce", "report", "tell", "find", "show", "confirm", "warn", "state", "claim",
	"reveal", "estimate", "expect", "predict", "believe", "argue", "insist", "note", "add", "acknowledge", "admit")

// verbAfterSubject: the sentence's subject (after an opening phrase closed
// by a comma) runs straight into an object or a reported clause, and the
// passage has a verb the sentence lacks straight after a word of that
// subject: "Colombian police ⟨seized⟩ 2.4 tonnes", "Embraer ⟨said⟩ its
// quarterly revenue rose", "The WHO on Friday ⟨said⟩ there was". Where
// the clause has a verb further on, only a verb of saying or finding
// counts: the words may be a relative clause without "that".
func (chk verblessCheck) verbAfterSubject(c *Context, i int) []Finding {
	p := c.pairs[i]
	s := c.Article.Sentences[i]
	ws := p.a
	if p.align == nil || len(ws) < 5 {
		return nil
	}
	start := 0
	if allPrepositions[ws[0].Norm] || ws[0].Norm == "according" {
		for k := 1; k < len(ws) && k < 12; k++ {
			if commaBetween(s, ws[k-1], ws[k]) {
				start = k
				break
			}
		}
		if start == 0 {
			return nil
		}
	}
	// verbAfter: the passage has, straight after the counterpart of the
	// sentence's word kk (past auxiliaries and adverbs), a verb the
	// sentence lacks (with a verb later in the clause, a verb of saying
	// or finding); it returns that verb group's stretch, or -1, -1.
	verbAfter := func(kk int, later, name bool) (int, int) {
		jj := p.matchA[kk]
		if jj < 0 {
			return -1, -1
		}
		j := jj + 1
		for j < len(p.b) && (auxiliary(p.b[j]) || p.b[j].Norm == "also" || strings.HasSuffix(p.b[j].Norm, "ly") && canBe(p.b[j], 'r')) {
			j++
		}
		// (Before a name, a base form is the verb: "the country take
		// Vostarin".)
		if j >= len(p.b) || j == jj+1 && !finiteVerbAt(p.b, j) && !finiteAux[p.b[j].Norm] && !(name && canBe(p.b[j], 'v')) {
			return -1, -1
		}
		v := p.b[j]
		if v.Kind != Word || !canBe(v, 'v') || p.inSentence(v) || later && !cognition[v.Lemma] {
			return -1, -1
		}
		return jj + 1, j + 1
	}
	// A word that can only be a verb is the verb; one that may be a verb
	// or a noun ("Rescue teams in the mountains …") is the verb unless the
	// passage has its verb after a later word of the subject.
	maybe := -1
	for k := start; k+1 < len(ws); k++ {
		t, next := ws[k], ws[k+1]
		if mayBeFinite(ws, k) {
			// A past form or a word after a pronoun is the verb ("he
			// called the order the biggest …").
			if finiteAux[t.Norm] || !canBe(t, 'n') || pastVerbForm(t) && t.Norm != t.Lemma || k > 0 && pronouns[ws[k-1].Norm] {
				return nil
			}
			maybe = k
			continue
		}
		if clauseBreaks[t.Norm] || relativizers[t.Norm] || commaBetween(s, t, next) {
			return nil
		}
		// An adverb that is no verb's ("Ana Ferreira twice in the final
		// minutes") stands where the verb was, too.
		adverb := next.Kind == Word && canBe(next, 'r') && !canBe(next, 'n') && !canBe(next, 'a') && !canBe(next, 'v') &&
			k+2 < len(ws) && !mayBeFinite(ws, k+2) && ws[k+2].Norm != "to" && !next.Stop
		// A name, where the passage has it straight after the verb it
		// lacks ("patients in the country ⟨take⟩ Vostarin"); elsewhere a
		// name after a noun is in apposition ("the company Siemens").
		name := next.Cap && !next.Stop && p.matchA[k+1] >= 0 && !objectAfterSubject(next) && !adverb
		// ("This week the council …": a time phrase before the subject.)
		if k == start || t.Kind != Word || t.Stop && !monthsDays[t.Norm] || timeNouns[t.Lemma] || !objectAfterSubject(next) && !adverb && !name {
			continue
		}
		later := finiteLater(s, ws[k+1:])
		for kk := max(start, maybe+1); kk <= k; kk++ {
			// (Before a name, only a verb straight between the two words
			// both have: "the country ⟨take⟩ Vostarin", not "The Polish
			// novelist Agnieszka" / "Polish author Agnieszka".)
			if name && kk != k {
				continue
			}
			j0, j1 := verbAfter(kk, later, name)
			if j0 < 0 || name && j1 != p.matchA[k+1] {
				continue
			}
			f := c.finding(chk, i, t.End, next.Start, fmt.Sprintf("no verb between %s and %s, where the reference has %s",
				quote(c.Article.Display(ws[start].Start, t.End)), quote(next.Text), quote(joinTokens(p.ref, p.b[j0:j1]))))
			f.Evidence = c.passageEvidence(i)
			return []Finding{f}
		}
		if name {
			continue // a name in apposition: the subject may go on
		}
		return nil
	}
	return nil
}

// clauseOpenersWithSubject open an adverbial clause whose subject follows
// them, so whose verb must follow too.
var clauseOpenersWithSubject = setOf("when", "whenever", "because", "although", "though", "whereas", "unless", "if")

// clauseWithoutVerb: an adverbial clause opened by a conjunction and a
// noun phrase ("when a tree", "because the ministry") that runs to its end
// (a comma or the end of the sentence) with no word that can be its verb:
// "… were killed near Ostrel when a tree onto their car." Works without a
// reference.
func (chk verblessCheck) clauseWithoutVerb(c *Context, i int) []Finding {
	s := c.Article.Sentences[i]
	ws := s.words
	for k := 0; k+3 < len(ws); k++ {
		if !clauseOpenersWithSubject[ws[k].Norm] || !objectStarters[ws[k+1].Norm] {
			continue
		}
		e := k + 2
		for e < len(ws) && !commaBetween(s, ws[e-1], ws[e]) && !clauseBreaks[ws[e].Norm] {
			e++
		}
		// It must end the sentence, or, opening it, end at the comma
		// before the main clause's subject: a clause that runs on past a
		// break, or a comma that opens an apposition ("if the ruling
		// party, which he founded, loses"), may have its verb there.
		mainAfter := k == 0 && e < len(ws) && commaBetween(s, ws[e-1], ws[e]) && (objectStarters[ws[e].Norm] || subjectPronouns[ws[e].Norm])
		if e < len(ws) && !mainAfter || e-k < 4 {
			continue
		}
		verb := false
		for x := k + 1; x < e && !verb; x++ {
			verb = mayBeFinite(ws, x)
		}
		if verb {
			continue
		}
		start, end := ws[k].Start, ws[e-1].End
		f := c.finding(chk, i, start, end, fmt.Sprintf("the clause %s has no verb", quote(c.Article.Display(start, end))))
		return []Finding{f}
	}
	return nil
}

// modalWithoutVerb: a modal whose clause runs to its end with no word that
// can be the verb it needs — only adverbs, prepositions and the nouns they
// take ("the advice would ⟨remain⟩ in place until Monday", "so that they
// could ⟨regenerate⟩ naturally") — while the passage has a verb the
// sentence lacks. A comma after the modal may open an aside with the verb
// beyond it ("would, he said, cost …"), and a modal with nothing after it
// stands for a verb said before ("as it said it would"): both are left.
func (chk verblessCheck) modalWithoutVerb(c *Context, i int) []Finding {
	p := c.pairs[i]
	s := c.Article.Sentences[i]
	if p.align == nil {
		return nil
	}
	for k := 0; k+1 < len(p.a); k++ {
		if !modals[p.a[k].Norm] || p.a[k].Cap {
			continue
		}
		e, verb, inPhrase := k+1, false, false
		for ; e < len(p.a) && !verb; e++ {
			t := p.a[e]
			if commaBetween(s, p.a[e-1], t) {
				verb = true // an aside: the verb may be after it
				break
			}
			if clauseBreaks[t.Norm] {
				break
			}
			prev := p.a[e-1]
			// A word after a preposition, a determiner, a possessive or a
			// number is its noun ("in place", "by the end"), and so is one
			// after an adjective there ("the price of a standard stamp").
			nounPlace := allPrepositions[prev.Norm] || determiners[prev.Norm] || possessive(prev) || prev.Kind == Number ||
				inPhrase && canBe(prev, 'a')
			verb = auxiliary(t) || contracted(t) || unknownWord(t) || canBe(t, 'v') && !nounPlace
			inPhrase = nounPlace
		}
		if verb || e == k+1 {
			continue
		}
		// The passage's verb: the one the sentence lacks nearest before
		// the passage's word for the one after the modal.
		at := p.matchA[k+1]
		j := -1
		for jj, v := range p.b {
			if v.Kind != Word || v.Stop || auxiliary(v) || !canBe(v, 'v') || p.inSentence(v) || p.matchB[jj] >= 0 {
				continue
			}
			if j < 0 || at >= 0 && jj < at {
				j = jj
			}
		}
		if j < 0 {
			return nil
		}
		// With its auxiliaries: "should ⟨be completed⟩".
		b := j
		for b > 0 && auxiliary(p.b[b-1]) && !finiteAux[p.b[b-1].Norm] && p.matchB[b-1] < 0 {
			b--
		}
		verbs := joinTokens(p.ref, p.b[b:j+1])
		start, end := p.a[k].End, p.a[k+1].Start
		f := c.finding(chk, i, start, end, fmt.Sprintf("no verb after %s, where the reference has %s", quote(p.a[k].Text), quote(verbs)))
		f.Evidence, f.Suggestion = c.passageEvidence(i), verbs
		return []Finding{f}
	}
	return nil
}

// modalBeforeNoun: a modal straight before an article, a possessive or a
// demonstrative ("said it would the launch of its first truck", "the
// mayor will a new plan"): the verb between them is lost. Not a question
// or an inversion ("Why would the …?", "nor could the …"), nor "should",
// which puts a condition before its subject anywhere ("prices would climb
// should the rains arrive late"), nor "will" or "can" as nouns ("political
// will the").
// Works without a reference.
func (chk verblessCheck) modalBeforeNoun(c *Context, i int) []Finding {
	s := c.Article.Sentences[i]
	ws := s.words
	if strings.HasSuffix(strings.TrimSpace(c.Article.plain[s.Start:s.End]), "?") {
		return nil
	}
	for k := 1; k+2 < len(ws); k++ {
		t, next, prev := ws[k], ws[k+1], ws[k-1]
		if !modals[t.Norm] || t.Norm == "should" || t.Cap || !objectStarters[next.Norm] || !ws[k+2].IsContent() ||
			inversionOpeners[prev.Norm] || prev.Kind != Word || determiners[prev.Norm] || possessive(prev) ||
			canBe(prev, 'a') && !canBe(prev, 'n') || strings.TrimSpace(c.Article.plain[prev.End:t.Start]) != "" {
			continue
		}
		// A time between the modal and its verb ("will this week vote",
		// "would the next day resume").
		if slices.ContainsFunc(ws[k+2:min(len(ws), k+4)], func(u Token) bool { return timeNouns[u.Lemma] || monthsDays[u.Norm] }) {
			continue
		}
		f := c.finding(chk, i, t.End, next.Start, fmt.Sprintf("no verb after %s", quote(t.Text)))
		return []Finding{f}
	}
	return nil
}

// relativeWithoutVerb: "who" straight before a quantity or a noun phrase,
// the clause running to its comma or the end with no word that can be a
// verb ("Rosa Villalba, who more than 40 albums during a career …"): the
// relative clause has lost its verb. Not an object relative ("who the
// police arrested", "who officials say"). Works without a reference.
func (chk verblessCheck) relativeWithoutVerb(c *Context, i int) []Finding {
	s := c.Article.Sentences[i]
	ws := s.words
	for k := 1; k+2 < len(ws); k++ {
		next := ws[k+1]
		if ws[k].Norm != "who" || !(objectStarters[next.Norm] || next.Kind == Number || shareHedges[next.Norm] || next.Norm == "more") {
			continue
		}
		// To the comma or the end: an object relative has its verb after
		// a phrase of its subject ("who a court in Lyon convicted").
		e := k + 1
		for e < len(ws) && e-k <= 12 && !(e > k+1 && commaBetween(s, ws[e-1], ws[e])) && !mayBeFinite(ws, e) && !relativeEnd(ws[e].Norm) {
			e++
		}
		ended := e == len(ws) || commaBetween(s, ws[e-1], ws[e])
		if !ended || e-k > 12 || e-k < 3 {
			continue
		}
		f := c.finding(chk, i, ws[k].End, next.Start, fmt.Sprintf("no verb after %s", quote(ws[k].Text)))
		return []Finding{f}
	}
	return nil
}

// clauseSubjectThenObject: a conjunction that opens a clause, its subject
// — a determiner and nouns — and straight after it "its" or "their" and
// a noun, the object, with no verb between ("after the company its
// full-year forecast"). Works without a reference.
func (chk verblessCheck) clauseSubjectThenObject(c *Context, i int) []Finding {
	s := c.Article.Sentences[i]
	ws := s.words
	for k := 0; k+4 < len(ws); k++ {
		w := ws[k].Norm
		if !subjectOpeners[w] && !clauseOpenersWithSubject[w] && w != "after" && w != "before" && w != "until" || !objectStarters[ws[k+1].Norm] {
			continue
		}
		for n := k + 2; n+1 < len(ws) && n <= k+5; n++ {
			t, next := ws[n], ws[n+1]
			if t.Kind != Word || t.Stop || !(canBe(t, 'n') || t.Cap) || mayBeFinite(ws, n) || strings.HasSuffix(t.Norm, "ing") || possessive(t) ||
				commaBetween(s, t, next) {
				break
			}
			object := (next.Norm == "its" || next.Norm == "their") && n+2 < len(ws) && ws[n+2].IsContent()
			if object {
				f := c.finding(chk, i, t.End, next.Start, fmt.Sprintf("no verb between %s and %s", quote(t.Text), quote(next.Text)))
				return []Finding{f}
			}
		}
	}
	return nil
}

// relativeEnd: word w ends the clause relativeWithoutVerb reads, another
// clause may bring its verb — a clause break, but not "than" or "to",
// which go on with the noun phrase ("more than 40 albums").
func relativeEnd(w string) bool { return clauseBreaks[w] && w != "than" && w != "to" }

// inversionOpeners put a modal before its subject ("Why would the …",
// "nor could the …", "only then will the …").
var inversionOpeners = setOf("why", "how", "what", "when", "where", "who", "which", "whether", "nor", "neither", "so", "as",
	"than", "only", "then", "rarely", "seldom", "never", "nowhere", "little", "and", "but", "or", "if")

// quantityAt: word k of ws is a number with a percent sign, "percent" or a
// unit of measure after it ("4.6%", "47.4 degrees", "96,000 tonnes").
func quantityAt(text string, ws []Token, k int) bool {
	if k >= len(ws) || ws[k].Kind != Number {
		return false
	}
	if strings.HasSuffix(ws[k].Text, "%") || strings.HasPrefix(text[ws[k].End:], "%") {
		return true
	}
	return k+1 < len(ws) && (ws[k+1].Norm == "percent" || unitOf(ws[k+1]) != "" && unitFamily[unitOf(ws[k+1])] != "time")
}

// infinitiveWithoutVerb: a verb that takes an infinitive, and never "to"
// and a noun phrase, runs through "to" into a number or a determiner
// ("exports are expected to 44 billion dollars", "the firm plans to a new
// plant"): the infinitive's verb is missing. Works without a reference.
func (chk verblessCheck) infinitiveWithoutVerb(c *Context, i int) []Finding {
	ws := c.Article.Sentences[i].words
	for k := 0; k+3 < len(ws); k++ {
		t, to, next, after := ws[k], ws[k+1], ws[k+2], ws[k+3]
		if !infinitiveVerbs[t.Lemma] || t.Cap || !canBe(t, 'v') || to.Norm != "to" {
			continue
		}
		// A plural noun may go "to" a noun phrase ("passing design plans
		// to a competitor"): such a form counts only before a number.
		nounForm := strings.HasSuffix(t.Norm, "s") && canBe(t, 'n')
		object := next.Kind == Number && (after.Kind == Word || after.Kind == Number) ||
			!nounForm && (next.Norm == "a" || next.Norm == "an" || next.Norm == "the") && after.Kind == Word && after.IsContent()
		if !object {
			continue
		}
		f := c.finding(chk, i, to.End, next.Start, fmt.Sprintf("%s runs into %s: the verb after %s is missing", quote(t.Text+" to"), quote(next.Text+" "+after.Text), quote("to")))
		return []Finding{f}
	}
	return nil
}

// infinitiveVerbs take "to" and a verb, never "to" and a noun phrase.
var infinitiveVerbs = setOf("expect", "plan", "hope", "want", "intend", "decide", "seek", "try", "fail", "refuse", "vow",
	"threaten", "aim", "need", "attempt", "wish", "hesitate", "manage", "opt", "strive", "tend")

// measureAt: token j is a unit of measure ("degrees", "years", "km",
// "percent"), not a count of things.
func measureAt(ts []Token, j int) bool {
	f := unitFamily[unitOf(ts[j])]
	return f != "" && f != "count" || ts[j].Lemma == "degree" || ts[j].Norm == "%"
}
