package check

import (
	"fmt"
	"slices"
	"strings"
)

// Prepositions: a swap of one for another changes who did what ("by the
// school" is the agent, "at the school" the place).
var prepositions = setOf("of", "in", "on", "at", "by", "to", "from", "with", "without", "into", "onto",
	"over", "under", "about", "after", "before", "during", "since", "until", "for", "against",
	"between", "among", "through", "across", "toward", "towards", "near", "behind", "within", "upon")

type divergenceCheck struct{}
type omissionCheck struct{}
type additionCheck struct{}

func init() {
	register(divergenceCheck{})
	register(omissionCheck{})
	register(additionCheck{})
}

func (divergenceCheck) Info() Info {
	return Info{ID: "divergence", Title: "Wording says something other than the reference", Category: CatMistranslation,
		Severity: Minor, NeedsRef: true,
		Doc: `Compares a sentence word by word with its aligned reference passage and flags local
differences where the rest of the sentence agrees: two names or nouns that have changed places
around the words between them, reversing who did what ("Japan beat Germany" vs "Germany beat
Japan"; major), a verb turned passive or active with the words around it in place ("criticised
the opposition" vs "was criticised by the opposition"; major), subjects reversed in a reworded
sentence (major): two verbs whose subjects have changed places ("Looters said police had damaged
two graves" vs "Looters had damaged two graves, police said"), or a verb whose subject the
passage has as its object and whose passage subject the sentence has there ("the central bank
respected his independence" vs "he respected the independence of the central bank"; a
progressive verb counts too: "they were asking the city" vs "the city was asking them"; so does a
verb worded as another of the same kind of act, WordNet synonyms or one sense the other's or its
direct hypernym: "the public had warned the company" vs "the company had informed the public",
but not two views of one event, "taught" vs "learned", "hired" vs "joined"), or the
speaker of a verb of saying named in what the passage says was said, and the passage's speaker
in the sentence's ("The authorities said they were cooperating with Morvane Lines" vs "Morvane
Lines said it was cooperating with the authorities") — not near
a passive or a "by", where the roles may be told the other way round; a swapped preposition ("by the music school"
vs "at a music school"), words in another order that change the meaning (a compound taken
literally: "the bus strike" vs "the strike on the bus"), and a short phrase replaced by a
different one ("dips in the battle" vs "setbacks in the fighting"). The span covers the words
that differ and the passage's words are given beside them. Large rewrites are left to the
sentence score, since a reference is one of many good translations; a difference already
explained by a more specific check (name, number, negation) is not repeated here.`}
}

func (chk divergenceCheck) Run(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil || p.align.Similarity < 0.35 {
			continue
		}
		// Words in another order: two sides exchanged or a verb's voice
		// flipped (major: who did what is reversed), else a word moved.
		type reorder struct {
			move
			sev Severity
			msg string
		}
		var rs []reorder
		show := func(k0, k1 int) string { return quote(c.Article.Display(spanOf(p.a, k0, k1))) }
		for _, x := range exchanges(p) {
			rs = append(rs, reorder{move{x.x0, x.y1, x.b0, x.b1}, Major, fmt.Sprintf("%s and %s have changed places: the reference has %s",
				show(x.x0, x.x1), show(x.y0, x.y1), quote(joinTokens(p.ref, p.b[x.b0:x.b1])))})
		}
		for _, v := range voiceFlips(p) {
			rs = append(rs, reorder{v, Major, fmt.Sprintf("%s reverses who did what: the reference has %s", show(v.a0, v.a1), quote(joinTokens(p.ref, p.b[v.b0:v.b1])))})
		}
		for _, r := range roleSwaps(p) {
			rs = append(rs, reorder{r.move, Major, r.msg})
		}
		for _, mv := range movedWords(p) {
			rs = append(rs, reorder{mv, Minor, fmt.Sprintf("word order differs from the reference: %s vs %s", show(mv.a0, mv.a1), quote(joinTokens(p.ref, p.b[mv.b0:mv.b1])))})
		}
		reported := map[int]bool{}
		for _, r := range rs {
			if slices.ContainsFunc(rs, func(q reorder) bool { return q.sev > r.sev && q.a0 < r.a1 && r.a0 < q.a1 }) || reported[r.a0] {
				continue // a minor move inside a major one
			}
			for k := r.a0; k < r.a1; k++ {
				reported[k] = true
			}
			start, end := spanOf(p.a, r.a0, r.a1)
			f := c.finding(chk, i, start, end, r.msg)
			f.Severity = r.sev
			f.Evidence, f.Suggestion = c.passageEvidence(i), joinTokens(p.ref, p.b[r.b0:r.b1])
			out = append(out, f)
		}
		for _, r := range joinNearby(p, p.regions) {
			if r.emptyA() || r.emptyB() || reported[r.A0] {
				continue
			}
			as, bs := p.a[r.A0:r.A1], p.b[r.B0:r.B1]
			ca, cb := contentCount(as), contentCount(bs)
			switch {
			case ca == 0 && cb == 0:
				// Function words only: flag a preposition swap before a matched
				// head ("by the music school" / "at a music school").
				pa, pb := prepsOf(as), prepsOf(bs)
				if len(pa) == 0 || len(pb) == 0 || overlaps(pa, pb) {
					continue
				}
				a1, b1 := extendHead(p.a, r.A1), extendHead(p.b, r.B1)
				start, end := spanOf(p.a, r.A0, a1)
				f := c.finding(chk, i, start, end, fmt.Sprintf("%s where the reference has %s",
					quote(c.Article.Display(start, end)), quote(joinTokens(p.ref, p.b[r.B0:b1]))))
				f.Evidence, f.Suggestion = c.passageEvidence(i), joinTokens(p.ref, p.b[r.B0:b1])
				out = append(out, f)
			case ca > 0 && cb > 0 && ca <= 4 && cb <= 4 && p.align.Similarity >= 0.45:
				// The same entity by its acronym or another of its names
				// ("WHO" / "World Health Organization", "American" / "U.S.").
				if !anyNew(p, as, true) || !anyNew(p, bs, false) || abbreviates(as, bs) || abbreviates(bs, as) || namesAlike(p, as, bs) || titleForGivenName(p, r) ||
					sameQuantities(p, r) {
					continue
				}
				start, end := spanOf(p.a, r.A0, r.A1)
				f := c.finding(chk, i, start, end, fmt.Sprintf("%s where the reference has %s",
					quote(c.Article.Display(start, end)), quote(joinTokens(p.ref, bs))))
				f.Evidence, f.Suggestion = c.passageEvidence(i), joinTokens(p.ref, bs)
				out = append(out, f)
			}
		}
	}
	return out
}

// namesAlike: the content words of as and bs are capitalised, and each of
// as names, another way, what bs names.
func namesAlike(p *pair, as, bs []Token) bool {
	for _, u := range bs {
		if u.IsContent() && !u.Cap {
			return false
		}
	}
	for _, t := range as {
		if t.IsContent() && !(t.Cap && (aliasInWords(t, p, bs) || slices.ContainsFunc(bs, func(u Token) bool { return transliterated(t.Norm) == transliterated(u.Norm) }))) {
			return false
		}
	}
	return true
}

func prepsOf(ts []Token) []string {
	var out []string
	for _, t := range ts {
		if prepositions[t.Norm] {
			out = append(out, t.Norm)
		}
	}
	return out
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// extendHead extends a span over the matched content words that follow it:
// the noun phrase the changed function words belong to.
func extendHead(ts []Token, k int) int {
	for k < len(ts) && ts[k].Stop {
		k++
	}
	for k < len(ts) && ts[k].IsContent() {
		k++
	}
	return k
}

// anyNew: some content word of ts is absent from the other side altogether
// (not merely moved).
func anyNew(p *pair, ts []Token, sentenceSide bool) bool {
	for _, t := range ts {
		if !t.IsContent() {
			continue
		}
		if sentenceSide && !p.inPassage(t) || !sentenceSide && !p.inSentence(t) {
			return true
		}
	}
	return false
}

// move is a stretch of the sentence whose words the passage has in another
// place: a[a0:a1] corresponds to b[b0:b1].
type move struct{ a0, a1, b0, b1 int }

// movedWords finds content words left unmatched on both sides because they
// stand in a different order ("bus strike" / "strike on the bus"). Each move
// spans from the displaced word to where the passage puts it.
func movedWords(p *pair) []move {
	var out []move
	regionOfA := func(k int) (region, bool) {
		for _, r := range p.regions {
			if k >= r.A0 && k < r.A1 {
				return r, true
			}
		}
		return region{}, false
	}
	regionOfB := func(j int) (region, bool) {
		for _, r := range p.regions {
			if j >= r.B0 && j < r.B1 {
				return r, true
			}
		}
		return region{}, false
	}
	usedB := map[int]bool{}
	for k, t := range p.a {
		if p.matchA[k] >= 0 || !t.IsContent() {
			continue
		}
		ra, ok := regionOfA(k)
		if !ok {
			continue
		}
		for j, u := range p.b {
			if p.matchB[j] >= 0 || usedB[j] || !sameWord(t, u) {
				continue
			}
			rb, ok := regionOfB(j)
			if !ok || rb == ra {
				continue
			}
			usedB[j] = true
			// Moving a name is how English rephrases possession and place
			// ("Brussels officials" / "officials in Brussels", "Zelensky's
			// trip" / "the trip of Zelensky"): not a change of meaning.
			if !t.Stop && (k > 0 && t.Cap || j > 0 && u.Cap) {
				break
			}
			// The move spans both regions involved and what lies between;
			// a clause matched out of order between them is no word order
			// of theirs.
			a0, a1 := min(ra.A0, rb.A0), max(ra.A1, rb.A1)
			b0, b1 := min(ra.B0, rb.B0), max(ra.B1, rb.B1)
			crossed := false
			for x := a0; x < a1 && !crossed; x++ {
				j := p.matchA[x]
				crossed = j >= 0 && (j < b0 || j >= b1)
			}
			if a1 > a0 && a1-a0 <= 8 && b1-b0 <= 10 && !crossed {
				out = append(out, move{a0, a1, b0, b1})
			}
			break
		}
	}
	return out
}

// anyNounOrVerb: among the passage words the sentence lacks is one that can
// be a noun or a verb (a subject, an object, the action), not only a
// modifier.
func anyNounOrVerb(bs []Token, p *pair) bool {
	for _, t := range bs {
		if subjectPronouns[t.Norm] && !p.unmatchedInSentence(t) {
			return true
		}
		if t.IsContent() && !p.unmatchedInSentence(t) && (t.Kind == Number || t.Cap || canBe(t, 'n') || canBe(t, 'v')) {
			return true
		}
	}
	return false
}

// subjectPronouns stand for the subject: dropping one drops who acted.
var subjectPronouns = setOf("i", "we", "he", "she", "they")

// attributes: the words hold a reporting verb.
func attributes(ws []Token) bool {
	for _, t := range ws {
		if reportingVerbs[t.Norm] {
			return true
		}
	}
	return false
}

// reportingVerbs attribute a statement; a translation may add or drop them.
// Verb forms only: "a state report" is content.
var reportingVerbs = setOf("said", "says", "saying", "added", "adding", "adds", "told", "tells", "telling",
	"stated", "noted", "reported", "according", "announced", "explained")

// wordForWord: apart from the gap r, the sentence renders its passage word
// for word, in its order — every content word of the sentence is in the passage and at
// most one other small difference exists. Only then is one missing word a
// dropped word rather than another translator's choice.
func wordForWord(p *pair, r region) bool {
	if !rendersAllBut(p, r) {
		return false
	}
	// With clauses moved, only inside one of them, and counting its own
	// differences ("citing a ⟨12 percent⟩ fall in demand" moved to the
	// front): a word missing between the moved parts is a rewording.
	if p.moved > 0 && r.Move == 0 {
		return false
	}
	n := 0
	for _, x := range p.regions {
		if x.Move == r.Move {
			n++
		}
	}
	return n <= 2
}

func (omissionCheck) Info() Info {
	return Info{ID: "omission", Title: "Reference content missing from the article", Category: CatOmission,
		Severity: Major, NeedsRef: true,
		Doc: `Flags content of the reference that the article does not render: a clause of the aligned
passage with no counterpart in the sentence (minor; major when it holds six or more content
words, a number or a name, or is negated — set off by commas, after "but", or a relative after
its noun: "sales targets ⟨that were not met⟩", or is a relative or adverbial clause with its verb
and two content words that ends the passage and that the sentence leaves out whole: "the 40
freelance workers ⟨who depend on the theatre for most of their income⟩"; a clause the sentence
renders elsewhere, moved, is not one); a single
dropped subject, verb or name when the sentence otherwise renders its passage word for word and in
order (major), a subject pronoun or short noun phrase dropped before its verb ("said that ⟨it⟩
would invest") among them, though not an expectation a modal renders ("should be completed" /
"is expected to be completed"); a name of the passage the sentence renders in no form — not as an alias, a derived
form or adjective ("American"), initials ("CPC"), part of a compound ("China-Japan"), a near
spelling or with one word worded another way, nor in the sentences around it (major, and it
flags the sentence however loosely the rest is reworded: "in Tokyo trading", "a village in the
Netherlands"; minor for a country the sentence calls "the country"); and, when the reference reads as a translation of the article (most
of its sentences have a counterpart), a whole reference sentence with none (major, reported at
the place in the article where it belongs). When the reference is a different story on the same
event, sentences it has and the article lacks are not omissions and are not reported.`}
}

func (chk omissionCheck) Run(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil || p.align.Shared || p.align.Similarity < 0.3 {
			continue
		}
		reportedClause := -1
		for _, r := range p.regions {
			// A clause set off by commas that holds a negation, left out
			// whole ("…, who was not involved in the research, called …"):
			// a statement of its own is missing, whatever stands beside it.
			if lo, hi := negatedClauseIn(p, r); lo >= 0 && !r.emptyB() && lo != reportedClause {
				pos := p.sent.End
				if r.A0 < len(p.a) {
					pos = p.a[r.A0].Start
				}
				f := c.finding(chk, i, pos, pos, fmt.Sprintf("the reference also says %s; the sentence has nothing for it", quote(joinTokens(p.ref, p.b[lo:hi]))))
				f.Severity, f.Evidence = Major, c.passageEvidence(i)
				out = append(out, f)
				reportedClause = lo
				continue
			}
			if r.emptyB() || contentCount(p.a[r.A0:r.A1]) > 0 {
				continue
			}
			bs := p.b[r.B0:r.B1]
			// "…, a spokeswoman for the prosecutor's office." where the
			// passage has "… office said.": the attribution has lost its
			// verb, whatever the stopword list says of "said".
			if len(bs) == 1 && reportingVerbs[bs[0].Norm] && r.A0 > 0 && r.A0 == len(p.a) && r.B1 == len(p.b) && !attributes(p.a) {
				f := c.finding(chk, i, p.a[len(p.a)-1].End, p.a[len(p.a)-1].End,
					fmt.Sprintf("the reference has %s here; the attribution has no verb", quote(bs[0].Text)))
				f.Severity, f.Evidence = Major, c.passageEvidence(i)
				out = append(out, f)
				continue
			}
			// A subject dropped before its verb ("said that ⟨it⟩ would
			// invest", "until ⟨it⟩ paid", "acknowledged that ⟨many rural
			// schools⟩ still did not have"), however often its words recur
			// elsewhere in the sentence.
			if droppedSubject(p, r) {
				f := c.finding(chk, i, p.a[r.A0].Start, p.a[r.A0].End,
					fmt.Sprintf("the reference has %s here; the clause has no subject", quote(joinTokens(p.ref, bs))))
				f.Severity, f.Evidence = Major, c.passageEvidence(i)
				out = append(out, f)
				continue
			}
			// missing: words the sentence has nowhere; dropped: words it
			// has only as the counterpart of another passage word ("after
			// the team ⟨finished⟩ ninth … top-six finishes").
			missing, dropped, heavy, heavyDropped, moved := 0, 0, false, false, false
			for k, t := range bs {
				// "According to …" / "… reported": the sentence attributes
				// the statement its own way.
				if t.Norm == "according" && attributes(p.a) || !t.IsContent() && !subjectPronouns[t.Norm] ||
					t.Cap && rendersName(p.a, p.ref.plain, p.b, r.B0+k) || renderedQuantity(p, r.B0+k) {
					continue
				}
				if p.unmatchedInSentence(t) {
					moved = moved || t.IsContent()
					continue
				}
				// "is expected to be completed" / "should be completed":
				// the modal renders the expectation.
				if expectations[t.Norm] && k+1 < len(bs) && bs[k+1].Norm == "to" && modalAround(p, r) {
					continue
				}
				// A name or a number; a capital that only opens the
				// sentence ("Pointing to …") is neither.
				weighty := t.Kind == Number || t.Cap && !t.Stop && (!opensSentence(p.ref.plain, p.b, r.B0+k) || lexdb().names[t.Norm] || !isWord(t.Norm))
				dropped++
				heavyDropped = heavyDropped || weighty
				if !p.inSentence(t) {
					missing++
					heavy = heavy || weighty
				}
			}
			// One or two missing words matter when the sentence otherwise
			// renders the passage word for word: a dropped subject, verb or
			// name ("The minister signed" → "Signed"). In a looser rendering
			// they are rephrasing.
			// A stretch the sentence renders elsewhere (a clause moved in a
			// rephrasing) is not a dropped word, whatever one word of it
			// the sentence words differently.
			// Not a phrase with its preposition and no name or number in it
			// ("above water"): an adjunct a translator may leave to
			// context; "from the United States" is content.
			// Nor the head noun of a compound whose other noun stays
			// ("intelligence gathering and communication ⟨purposes⟩").
			// Nor a subject English leaves out: shared by coordinated
			// clauses ("visited Kyiv and ⟨he⟩ met Zelensky") or before a
			// reduced clause ("while ⟨he was⟩ crossing the border", "as
			// ⟨analysts had⟩ expected").
			// Nor a participle and its preposition after a noun the
			// sentence has elsewhere: a phrase turned into a compound
			// ("diesel used by farm machinery" / "farm machinery diesel").
			turned := false
			for x := 0; moved && x+1 < len(bs); x++ {
				turned = turned || pastVerbForm(bs[x]) && allPrepositions[bs[x+1].Norm]
			}
			single := dropped > 0 && dropped < 3 && contentCount(bs) <= dropped+1 && !turned && wordForWord(p, r) && anyNounOrVerb(bs, p) &&
				!(allPrepositions[bs[0].Norm] && !heavyDropped) && !compoundHead(p, r) && !elidedSubject(p, r) &&
				(r.Move == 0 || heavyDropped) // inside a moved clause, only a number or a name
			trailing := trailingClause(p, r)
			if missing < 3 && !single && !trailing || missing >= 3 && !single && splitAcross(c, i, bs, true) {
				continue
			}
			pos := p.sent.End
			if r.A1 < len(p.a) {
				pos = p.a[r.A1].Start
				if r.A0 < r.A1 {
					pos = p.a[r.A0].Start
				}
			} else if len(p.a) > 0 {
				pos = p.a[len(p.a)-1].End
			}
			f := c.finding(chk, i, pos, pos, fmt.Sprintf("the reference also says %s; the sentence has nothing for it", quote(joinTokens(p.ref, bs))))
			f.Severity = Minor
			if missing >= 6 || heavy || single || trailing {
				f.Severity = Major
			}
			f.Evidence = c.passageEvidence(i)
			out = append(out, f)
		}
		out = append(out, chk.droppedNames(c, i, out)...)
	}
	// Whole reference sentences without a counterpart.
	un := Unmatched(c.Refs, c.Align)
	for ri, idx := range un {
		if !c.parallel[ri] {
			continue
		}
		for _, j := range idx {
			// A sentence of three content words is a statement ("Parliament
			// will vote on Friday."); a line without a full stop is a
			// headline or a dateline, whose loss drops no fact.
			rs := c.Refs[ri].Sentences[j]
			if contentCount(rs.words) < 3 || !endsSentence(rs.Text) {
				continue
			}
			pos, sent := c.insertionPoint(ri, j)
			f := c.finding(chk, sent, pos, pos, fmt.Sprintf("the article has no counterpart for the reference sentence %s", quote(rs.Text)))
			f.Sentence = -1
			f.Evidence = c.refEvidence(ri, j, j)
			out = append(out, f)
		}
	}
	return out
}

// splitAcross: the words of ts that sentence i's pair has in no form on
// the other side stand, at least two in three of them, next door, over and
// above what the neighbour's alignment matched. The article cut the
// reference's sentences in other places ("Rehak denies wrongdoing. He was
// questioned on Monday by prosecutors, who …" / "Rehak, who denies any
// wrongdoing, was questioned by prosecutors on Monday. Prosecutors …"): a
// passage clause the sentence lacks is in the neighbouring sentence
// (fromPassage), and a clause of the sentence its passage lacks is in the
// neighbouring sentence's passage.
func splitAcross(c *Context, i int, ts []Token, fromPassage bool) bool {
	p := c.pairs[i]
	missing, next := 0, 0
	for _, t := range ts {
		if !t.IsContent() || fromPassage && p.inSentence(t) || !fromPassage && p.inPassage(t) {
			continue
		}
		missing++
		for _, k := range []int{i - 1, i + 1} {
			if k < 0 || k >= len(c.pairs) || c.pairs[k].align == nil {
				continue
			}
			q := c.pairs[k]
			side, match := q.b, q.matchB
			if fromPassage {
				side, match = q.a, q.matchA
			}
			free, taken := false, false
			for x, u := range side {
				if sameWord(t, u) {
					free, taken = free || match[x] < 0, taken || match[x] >= 0
				}
			}
			if free && !taken {
				next++
				break
			}
		}
	}
	return missing > 0 && 3*next >= 2*missing
}

// negatedClauseIn returns the clause of the passage side of r that holds a
// negation and that the sentence leaves out whole (clauseAround), with a
// word at most standing in its place; -1, -1 otherwise. A clause said
// another way ("has yet to turn a profit" / "is still not making money")
// has a stretch of the sentence against it.
func negatedClauseIn(p *pair, r region) (int, int) {
	if contentCount(p.a[r.A0:r.A1]) > 1 {
		return -1, -1
	}
	// One negative word the passage does not have may say the clause:
	// "The unnamed suspect" / "The suspect, whose name has not been
	// released, …".
	for k, t := range p.a {
		if p.matchA[k] < 0 && (isNegative(t) || unPrefixed(t)) && !p.inPassage(t) {
			return -1, -1
		}
	}
	for j := r.B0; j < r.B1; j++ {
		if hardNegation(p.b[j]) {
			if lo, hi := clauseAround(p, j); lo >= 0 {
				return lo, hi
			}
		}
	}
	return -1, -1
}

// droppedSubject: the passage side of r, which the sentence leaves out, is
// the subject of a subordinate clause — a pronoun or a short noun phrase
// after "that", "because", "when" … — whose verb the sentence keeps in the
// same form, and the sentence otherwise renders the passage word for word
// (clauses moved aside). Not after "and" or "but", where a shared subject
// is left out as a matter of course ("voted for the bill but later said"),
// nor a gerund for a finite verb ("after losing" / "after it lost"), nor
// "that" with a form of "be", where "that" is the subject ("said that would
// be a mistake").
func droppedSubject(p *pair, r region) bool {
	if r.A0 == 0 || r.B0 == 0 {
		return false
	}
	bs := p.b[r.B0:r.B1]
	// A relative pronoun after a comma ("Oksana Melnyk, ⟨who⟩ fled Kharkiv
	// in 2022, performed …").
	// The sentence keeps the comma: without it the noun is the verb's
	// subject ("The foundation funded the work and said …").
	relative := len(bs) == 1 && (bs[0].Norm == "who" || bs[0].Norm == "which") &&
		strings.Contains(p.ref.plain[p.b[r.B0-1].End:bs[0].Start], ",") &&
		r.A0 < len(p.a) && strings.Contains(p.sent.doc.plain[p.a[r.A0-1].End:p.a[r.A0].Start], ",")
	// "it" after "and" where the clause before is about a person is a
	// subject of its own ("the founder said his rocket had landed, and
	// ⟨it⟩ plans to …"), not one the clauses share.
	prev := p.b[r.B0-1].Norm
	otherIt := (prev == "and" || prev == "but") && len(bs) == 1 && bs[0].Norm == "it" &&
		slices.ContainsFunc(p.b[:r.B0], func(u Token) bool { return personalPronouns[u.Norm] })
	if !relative && !otherIt && !clauseOpeners[prev] && !reportedBy[prev] && !thinkingVerbs[prev] {
		return false
	}
	if !(len(bs) == 1 && droppedSubjects[bs[0].Norm] || relative || subjectPhrase(bs)) {
		return false
	}
	j := finiteVerbAfter(p, r.B1)
	if j < 0 || p.a[p.matchB[j]].Norm != p.b[j].Norm {
		return false
	}
	if p.b[r.B0-1].Norm == "that" && copula(p.b, j) {
		return false
	}
	return rendersAllBut(p, r) && len(p.regions) <= 2+2*p.moved
}

// rendersAllBut: the sentence leaves out what the passage has at r (its
// sentence side is empty), is close to the passage, and every content word
// of it is in the passage.
func rendersAllBut(p *pair, r region) bool {
	if !r.emptyA() || p.align.Similarity < 0.75 {
		return false
	}
	missA, _ := unmatchedContent(p)
	return missA == 0
}

// copula: the verb at j, or "be" after the auxiliary at j, links its subject
// to what follows ("would be a mistake", "is true"), rather than helping a
// participle ("is investigating").
func copula(ts []Token, j int) bool {
	if ts[j].Lemma != "be" && j+1 < len(ts) && ts[j+1].Lemma == "be" {
		j++
	}
	if ts[j].Lemma != "be" {
		return false
	}
	return j+1 >= len(ts) || !strings.HasSuffix(ts[j+1].Norm, "ing") && !pastVerbForm(ts[j+1])
}

// subjectPhrase: bs is a short noun phrase ("many rural schools").
func subjectPhrase(bs []Token) bool {
	if len(bs) == 0 || len(bs) > 4 {
		return false
	}
	// A word that follows its noun ("courts nationwide", "Chinese
	// tourists abroad").
	if len(bs) > 1 && postModifiers[bs[len(bs)-1].Norm] {
		bs = bs[:len(bs)-1]
	}
	// A noun, or a word WordNet does not know ("the rupiah"); not a
	// lone article ("as ⟨the⟩ cost of borrowing rose").
	if last := bs[len(bs)-1]; last.Stop || !canBe(last, 'n') && (lexdb().pos[last.Norm] != "" || lexdb().pos[last.Lemma] != "") {
		return false
	}
	for _, t := range bs {
		if t.Kind != Word || t.Stop && !determiners[t.Norm] && !quantifiers[t.Norm] {
			return false
		}
	}
	return true
}

// postModifiers follow the noun they describe.
var postModifiers = setOf("nationwide", "worldwide", "abroad", "overseas", "overall", "alone", "combined", "together")

// thinkingVerbs take a clause without "that" ("feared ⟨it⟩ would
// discourage").
var thinkingVerbs = setOf("feared", "fears", "believed", "believes", "thought", "thinks", "hoped", "hopes", "expected",
	"expects", "knew", "felt", "estimated", "predicted", "acknowledged", "admitted", "noted", "argued", "found", "discovered",
	"concluded", "showed", "revealed", "learned", "learnt")

// clauseOpeners open a subordinate clause, whose subject follows.
var clauseOpeners = setOf("that", "because", "as", "after", "before", "when", "while", "although", "though",
	"if", "since", "until", "unless", "whereas")

// quantifiers open a noun phrase.
var quantifiers = setOf("many", "most", "some", "several", "few", "all", "both", "each", "every", "no", "any")

// compoundHead: the passage side of r is one light noun (lightHeads) after a
// noun (no adjective) the sentence renders and before no object: the head
// of a compound the sentence shortens ("communication purposes" /
// "communication").
func compoundHead(p *pair, r region) bool {
	if r.B1-r.B0 != 1 || r.B0 == 0 || p.matchB[r.B0-1] < 0 {
		return false
	}
	t, prev := p.b[r.B0], p.b[r.B0-1]
	if !lightHeads[t.Norm] || t.Cap || !prev.IsContent() || !canBe(prev, 'n') || canBe(prev, 'a') {
		return false
	}
	// What follows is no object ("cut its rate", "plans to invest").
	if r.B1 == len(p.b) {
		return true
	}
	next := p.b[r.B1].Norm
	return next == "and" || next == "or" || allPrepositions[next] && next != "to"
}

// elidedSubject: the passage side of r is a subject (with its auxiliary)
// that English may leave out where the sentence leaves it: after "and",
// "but", "or", "then" in a coordination, or between a subordinator and a
// participle or gerund, a reduced clause.
func elidedSubject(p *pair, r region) bool {
	bs := p.b[r.B0:r.B1]
	if !r.emptyA() || r.B0 == 0 || r.A0 >= len(p.a) || len(bs) > 3 {
		return false
	}
	for x, t := range bs {
		if !(x == 0 && (droppedSubjects[t.Norm] || canBe(t, 'n')) || x > 0 && finiteAux[t.Norm] || subjectPronouns[t.Norm] || determiners[t.Norm]) {
			return false
		}
	}
	prev, next := p.b[r.B0-1].Norm, p.a[r.A0]
	// In a coordination, a pronoun or the subject the sentence has named
	// ("Prices rose in March and ⟨prices⟩ fell in April"); not another
	// subject ("rose 3 percent, but ⟨imports⟩ fell").
	if prev == "and" || prev == "but" || prev == "or" || prev == "then" {
		for _, t := range bs {
			if t.IsContent() && !droppedSubjects[t.Norm] && !p.nonPossessiveInSentence(t) {
				return false
			}
		}
		return true
	}
	nonFinite := strings.HasSuffix(next.Norm, "ing") || strings.HasSuffix(next.Norm, "ed") && !finiteAux[bs[len(bs)-1].Norm] || finiteAux[bs[len(bs)-1].Norm] && pastVerbForm(next)
	return clauseOpeners[prev] && nonFinite
}

var personalPronouns = setOf("he", "she", "his", "her", "him", "hers")

// lightHeads add little to the noun before them ("communication purposes",
// "security matters"); "car bomb", "war crimes", "oil prices" are other
// things than a car, a war or oil.
var lightHeads = setOf("purpose", "reason", "activity", "issue", "matter", "affair", "effort", "field", "sector", "area",
	"purposes", "reasons", "activities", "issues", "matters", "affairs", "efforts")

// droppedSubjects are the pronouns that stand as a clause's subject.
var droppedSubjects = setOf("it", "he", "she", "they", "we", "i", "you")

// finiteVerbAfter returns passage token j when the sentence renders it and
// it is a finite verb — an auxiliary or a past form — or else the first
// such after adverbs ("still did not have"); -1 otherwise.
func finiteVerbAfter(p *pair, j int) int {
	for ; j < len(p.b) && p.matchB[j] >= 0; j++ {
		t := p.b[j]
		// An auxiliary, a past, or a present in -s ("it plans to").
		if finiteAux[t.Norm] || pastVerbForm(t) || unchangedPasts[t.Norm] ||
			strings.HasSuffix(t.Norm, "s") && t.Norm != t.Lemma && canBe(t, 'v') {
			return j
		}
		if !preVerbAdverbs[t.Norm] && !strings.HasSuffix(t.Norm, "ly") {
			return -1
		}
	}
	return -1
}

// preVerbAdverbs stand between a subject and its verb.
var preVerbAdverbs = setOf("still", "also", "already", "now", "then", "later", "soon", "again", "only", "even", "just",
	"never", "once", "often", "always", "recently", "mostly", "largely")

// opensSentence: ts[j] is the first word of its sentence in text.
func opensSentence(text string, ts []Token, j int) bool {
	return j == 0 || strings.ContainsAny(text[ts[j-1].End:ts[j].Start], ".!?")
}

// insertionPoint is where in the article reference sentence j of reference
// ri belongs: after the article sentence aligned to the nearest earlier
// reference sentence.
func (c *Context) insertionPoint(ri, j int) (int, int) {
	best, bestJ := -1, -1
	for i, a := range c.Align {
		if a == nil || a.Ref != ri {
			continue
		}
		last := a.Sents[len(a.Sents)-1]
		if last < j && last >= bestJ {
			best, bestJ = i, last
		}
	}
	if best < 0 {
		if len(c.Article.Sentences) == 0 {
			return 0, -1
		}
		return c.Article.Sentences[0].Start, 0
	}
	return c.Article.Sentences[best].End, best
}

func (additionCheck) Info() Info {
	return Info{ID: "addition", Title: "Content the reference does not have", Category: CatAddition,
		Severity: Minor, NeedsRef: true,
		Doc: `Flags a phrase of three or more content words in a sentence that has no counterpart in its
aligned reference passage, while the rest of the sentence matches. It is minor — the reference
may simply be less detailed, so this marks content as unverified rather than wrong — unless the
sentence renders every other word of the passage, when the phrase is an insertion (major), or it
is a clause appended after a comma at the end of the sentence, or set off by commas inside it and
opened by a conjunction or a relative, whose content words neither the passage nor the reference
sentences beside it have in any form (one word in five may be chance; a synonym of a passage word
the sentence renders already is none) while the words around it
render their passage however reworded ("…, erasing losses from the previous month", "…, when
demand usually peaks, …": major); a clause or a phrase in apposition set off by commas that brings
a number, in digits, that no reference sentence has counts even where the passage has words the
sentence does not render ("…, which had been challenged by 14 states, …", "…, its weakest result
since 2019, …"; with one word of content beside the number, the rest of the sentence rendering half
its passage: "…, which she won in 2022, …"; and even in a sentence aligned too loosely for the
rest of this check: "…, which was founded in 1998, …"), and so does a relative clause where the passage has nothing but its verb of
saying between the words around it ("Turkey's state railway, which is preparing for partial
privatisation, said" / "Turkey's state railway announced"); then
a shorter phrase counts too: two content words ("after a cabinet meeting"), or a name, number or
length of time with the words that bring it in ("across Europe", "for more than a year"). A word
the sentence says again where the passage says it once is new the second time. A name the
passage has nowhere, in no form, is a major addition that flags the sentence however loosely the
rest is worded ("… with the support of the Catholic Church", "thousands of departures across
Europe"; not a compound whose name the passage has, "Edinburgh-based" / "in Edinburgh"), unless the passage names something the sentence leaves out
(then it is a swap: wrong-entity). A sentence with no counterpart at all is reported as
unverified (not flagged) instead.`}
}

func (chk additionCheck) Run(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil || p.align.Similarity < 0.25 {
			continue
		}
		// A loosely aligned sentence shows only a clause with a number no
		// reference has ("…, which was founded in 1998, …").
		if p.align.Similarity < 0.35 {
			if f, ok := chk.addedClause(c, i, p, true); ok {
				out = append(out, f)
			}
			continue
		}
		// The passage's unrendered words, counted once a region needs them.
		missB := -1
		rendersAll := func() bool {
			if missB < 0 {
				missB = unrenderedPassage(p)
			}
			return missB == 0
		}
		clause := Finding{Start: -1, End: -1}
		if f, ok := chk.addedClause(c, i, p, false); ok {
			out = append(out, f)
			clause = f
		}
		for _, r := range p.regions {
			if !r.emptyA() && p.a[r.A0].Start >= clause.Start && p.a[r.A0].Start < clause.End {
				continue // reported as an added clause
			}
			if r.emptyA() || contentCount(p.b[r.B0:r.B1]) > 0 {
				continue
			}
			as := p.a[r.A0:r.A1]
			// A name for a pronoun or a description ("The WHO has
			// supplied" / "It has delivered"), or one the reference names
			// elsewhere: the translation says who is meant.
			if nameOnly(as) && (entityDescription(p.b[r.B0:r.B1]) || namedInRefs(c, capitalised(as))) {
				continue
			}
			// A phrase the sentence repeats for clarity ("severe flooding in
			// the north and severe flooding in the south") is no new content
			// unless it comes with a word the passage does not have at all
			// ("… and scored twice in the semi-final").
			news := false
			for _, t := range as {
				news = news || t.IsContent() && !reportingVerbs[t.Norm] && !p.inPassage(t) && !(t.Cap && aliasInPassage(t, p))
			}
			extra, facts, moved := 0, 0, 0
			for k, t := range as {
				// "…, the agency said, adding that": attribution, not content.
				if reportingVerbs[t.Norm] {
					continue
				}
				if t.IsContent() && !p.unmatchedInPassage(t) && !(t.Cap && aliasInPassage(t, p)) && (news || !repeatedPhrase(p.a, r.A0+k)) {
					extra++
					// A name, a number, or a length of time ("for more than
					// a year").
					if t.Kind == Number || t.Cap && r.A0+k > 0 || durations[t.Lemma] && k > 0 && (as[k-1].Norm == "a" || as[k-1].Norm == "an") {
						facts++
					}
				} else if t.IsContent() {
					moved++
				}
			}
			// Most of the words are in the passage elsewhere: likely a clause
			// moved in a rephrasing ("Chile's copper output fell 4.6%" / "…
			// in Chile, where copper output was 4.6% lower"), so never an
			// insertion (major), at most unverified content (minor).
			// So is a verb of being said in other words ("will take
			// place" / "is").
			rephrased := moved >= 2 && moved >= extra || verbReworded(as, p.b[r.B0:r.B1])
			// Everything else of the passage is there: the words are an
			// insertion, not a fuller rendering of something the reference
			// says briefly. Then a shorter phrase counts too: two content
			// words ("after a cabinet meeting"), or a name or number with
			// its preposition ("across Europe").
			// So does one new noun (no verb) joined on by "and" or "or" ("a
			// strike over pay and pensions", "farmers and fishermen").
			joined := extra == 1 && len(as) >= 2 && len(as) <= 3 && (as[0].Norm == "and" || as[0].Norm == "or") && (canBe(as[len(as)-1], 'n') || !canBe(as[len(as)-1], 'v'))
			inserted := !rephrased && p.align.Similarity >= 0.6 && (extra >= 2 || facts == 1 && len(as) >= 2 || joined) && rendersAll()
			if extra < 3 && !inserted || splitAcross(c, i, as, false) {
				continue
			}
			start, end := spanOf(p.a, r.A0, r.A1)
			f := c.finding(chk, i, start, end, fmt.Sprintf("%s is not in the reference passage", quote(c.Article.Display(start, end))))
			f.Evidence = c.passageEvidence(i)
			if !rephrased && rendersAll() {
				f.Severity = Major
				f.Message = fmt.Sprintf("%s is not in the reference, which the rest of the sentence renders in full", quote(c.Article.Display(start, end)))
			}
			out = append(out, f)
		}
		out = append(out, chk.addedNames(c, i, out)...)
	}
	return out
}

// verbReworded: the passage has a form of "be" where the sentence has a
// verb of its own with its auxiliary or modal ("is on 12 December" / "will
// take place on 12 December").
func verbReworded(as, bs []Token) bool {
	return slices.ContainsFunc(bs, func(u Token) bool { return u.Lemma == "be" }) &&
		slices.ContainsFunc(as, func(t Token) bool { return finiteAux[t.Norm] || modals[t.Norm] })
}

// unrenderedPassage counts the passage's content words the sentence has in
// no form. A passage the sentence has to itself counts whole: a tail past
// the last matched word is unrendered too, however the sentence moved what
// it does render of it ("With temperatures dropping below zero, many
// survivors …" / "Many survivors … as temperatures fell below freezing").
// A passage shared with a neighbouring sentence counts only around what
// this one renders (coveredB), even once cut to its part (splitShared): the
// cut is where the two divide, not a boundary the reference drew.
func unrenderedPassage(p *pair) int {
	lo, hi := 0, len(p.b)
	if p.align.Shared {
		lo, hi = coveredB(p)
	}
	n := 0
	for j := lo; j < hi; j++ {
		if u := p.b[j]; u.IsContent() && p.matchB[j] < 0 && !p.inSentence(u) {
			n++
		}
	}
	return n
}

// addedClause: a clause set off by commas — at the end of the sentence
// ("…, recovering losses from the previous week.") or inside it, opened
// by a conjunction or a relative ("…, when demand usually peaks, …") —
// whose content words the passage and the reference sentences beside it
// have nowhere (two or more; numbers aside), while the rest of the
// sentence renders its passage. A clause added is content the reference
// does not support, however the rest is reworded (major).
func (chk additionCheck) addedClause(c *Context, i int, p *pair, datedOnly bool) (Finding, bool) {
	for k := len(p.a) - 1; k > 0; k-- {
		if commaBetween(p.sent, p.a[k-1], p.a[k]) {
			// At most half the sentence; two thirds for a clause that a
			// relative or a conjunction opens ("…, which means they will
			// close for several weeks during the work").
			long := 2*(len(p.a)-k) > len(p.a)
			if long && (clauseOpeners[p.a[k].Norm] || relativizers[p.a[k].Norm]) {
				long = 3*(len(p.a)-k) > 2*len(p.a)
			}
			if !long {
				if f, ok := chk.clauseAdded(c, i, p, k, len(p.a), datedOnly); ok {
					return f, true
				}
			}
			break
		}
	}
	for k := 1; k+2 < len(p.a); k++ {
		if !commaBetween(p.sent, p.a[k-1], p.a[k]) {
			continue
		}
		opened := clauseOpeners[p.a[k].Norm] || relativizers[p.a[k].Norm]
		for e := k + 3; e < len(p.a); e++ {
			if commaBetween(p.sent, p.a[e-1], p.a[e]) {
				// A phrase in apposition counts when it brings a number
				// the reference has nowhere ("…, its weakest result since
				// 2019, …").
				if !opened && !c.unsupportedNumber(p, k, e) {
					break
				}
				if f, ok := chk.clauseAdded(c, i, p, k, e, datedOnly); ok {
					return f, true
				}
				break
			}
		}
	}
	return Finding{}, false
}

// clauseAdded reports the clause a[k0:k1] as added (addedClause).
func (additionCheck) clauseAdded(c *Context, i int, p *pair, k0, k1 int, datedOnly bool) (Finding, bool) {
	as := p.a[k0:k1]
	// The reference sentences beside the passage count too: the clause
	// may render one the sentence merged in ("…, with two abstentions" /
	// "Two senators abstained.").
	lo, hi := max(p.align.Sents[0]-1, 0), min(p.align.Sents[len(p.align.Sents)-1]+1, len(p.ref.Sentences)-1)
	near := func(t Token) bool {
		for j := lo; j <= hi; j++ {
			// In another form, not by a synonym: "largely" is no
			// rendering of "far above" a sentence away.
			if slices.ContainsFunc(p.ref.Sentences[j].words, func(u Token) bool { return t.Lemma == u.Lemma || t.Stem == u.Stem || sameRoot(t, u) }) {
				return true
			}
		}
		return false
	}
	extra, seen := 0, 0
	for k, t := range as {
		if !t.IsContent() || reportingVerbs[t.Norm] || t.Kind == Number || numberWords[t.Norm] > 0 {
			continue
		}
		// Words of it the passage has: a clause moved and reworded
		// ("…, blaming a sharp drop in vaccination during the pandemic" /
		// "Pointing to a steep fall in immunisation during the pandemic, …").
		// One word of five may be chance ("…, driven largely by rising
		// energy costs" beside "prices had risen").
		if p.matchA[k0+k] >= 0 {
			return Finding{}, false
		}
		// A synonym of a word the sentence renders already is no
		// rendering of it twice ("with state support" beside "said").
		if p.unmatchedInPassage(t) || t.Cap && aliasInPassage(t, p) || near(t) {
			seen++
			continue
		}
		extra++
	}
	// A number in digits no reference has is a fact on its own: one
	// word of content beside it is enough ("…, which was founded in
	// 1998, …"), and the rest of the sentence need render only half its
	// passage.
	dated := extra >= 1 && seen == 0 && c.unsupportedNumber(p, k0, k1)
	if extra < 2 && !dated || seen >= 2 || seen == 1 && extra < 4 || datedOnly && !dated {
		return Finding{}, false
	}
	// What the passage has between the sentence's matched words around
	// the clause, the sentence has elsewhere, but for a word; else the
	// clause may render it in other words ("white noise, a chaotic
	// ringtone" / "white noise, some kind of messy ringing").
	last, next := -1, len(p.b)
	for k := k0 - 1; k >= 0 && last < 0; k-- {
		last = p.matchA[k]
	}
	for k := k1; k < len(p.a) && next == len(p.b); k++ {
		if p.matchA[k] > last {
			next = p.matchA[k]
		}
	}
	unrendered, spot := 0, 0
	for j := last + 1; j < next; j++ {
		if u := p.b[j]; u.IsContent() && p.matchB[j] < 0 && !p.inSentence(u) {
			unrendered++
			if !reportingVerbs[u.Norm] {
				spot++
			}
		}
	}
	// Inside the sentence, the whole passage must be rendered: a clause
	// the passage has elsewhere, reworded ("who was not allowed to leave
	// the country" / "who had been barred from travelling abroad"), may
	// stand anywhere after a rephrasing. Not one with a number the
	// reference has nowhere, which renders nothing of it ("…, which had
	// been challenged by 14 states, …"); nor a relative clause where the
	// passage has nothing but its verb of saying ("Turkey's state railway,
	// ⟨which is preparing for partial privatisation,⟩ said" / "Turkey's
	// state railway announced").
	inserted := k1 < len(p.a) && relativizers[p.a[k0].Norm] && spot == 0 && last >= 0
	if (unrendered >= 2 || k1 < len(p.a) && unrenderedPassage(p) >= 2 && !inserted) && !c.unsupportedNumber(p, k0, k1) {
		return Finding{}, false
	}
	// The words around it render their passage: most of their content
	// words are matched or in the passage.
	matched, content := 0, 0
	for k, t := range p.a {
		if k >= k0 && k < k1 {
			continue
		}
		if t.IsContent() {
			content++
			if p.matchA[k] >= 0 || p.inPassage(t) {
				matched++
			}
		}
	}
	if content < 3 || 4*matched < 3*content && !(dated && 2*matched >= content) || splitAcross(c, i, as, false) {
		return Finding{}, false
	}
	start, end := spanOf(p.a, k0, k1)
	where := "at the end of the sentence"
	if k1 < len(p.a) {
		where = "inside the sentence"
	}
	f := c.finding(additionCheck{}, i, start, end, fmt.Sprintf("%s is not in the reference: a clause added %s", quote(c.Article.Display(start, end)), where))
	f.Severity, f.Evidence, f.pinned = Major, c.passageEvidence(i), true
	return f, true
}

// unsupportedNumber: the words a[k0:k1] of p hold a number written in
// digits that no reference sentence has, in any form, nor the source.
func (c *Context) unsupportedNumber(p *pair, k0, k1 int) bool {
	na, _ := p.numbers()
	for _, a := range na {
		if a.k0 < k0 || a.k0 >= k1 || p.a[a.k0].Kind != Number || a.unit == "clock" {
			continue
		}
		if c.Source != nil {
			if c.srcNumbers == nil {
				c.srcNumbers = sourceNumbers(c.Source.Text)
			}
			if c.srcNumbers[a.mantissa] {
				continue
			}
		}
		if !c.numberInRefs(a) {
			return true
		}
	}
	return false
}

// numberInRefs: some reference sentence has the quantity a, or a range or
// score one of whose ends it is.
func (c *Context) numberInRefs(a numFact) bool {
	if c.refNumbers == nil {
		c.refNumbers = []numFact{}
		for _, d := range c.Refs {
			for _, s := range d.Sentences {
				c.refNumbers = append(c.refNumbers, extractNumbers(d.plain, s.words)...)
			}
		}
	}
	for _, b := range c.refNumbers {
		if sameValue(a.value, b.value) || b.upperMantissa != "" && sameValue(a.value, b.upper) {
			return true
		}
	}
	return false
}

// sameRoot: two words of five letters or more that begin alike, as
// derived words do ("renewal" / "renewed", "driven" / "driver"), or a word
// that is part of the other ("weeks" / "three-week").
func sameRoot(t, u Token) bool {
	const n = 5
	return hyphenPart(t.Lemma, u.Norm) || len(t.Norm) >= n && len(u.Norm) >= n && t.Norm[:n] == u.Norm[:n]
}

// addedNames reports a name the sentence has and its passage has nowhere,
// in no form, where the passage names nothing the sentence leaves out (else
// it is a swap, which wrong-entity reports): "… with the support of the
// Catholic Church" added to a reworded sentence is a fact of its own,
// however loose the rest. A name the passage has part of ("Joe Biden" /
// "Biden") is none.
func (chk additionCheck) addedNames(c *Context, i int, found []Finding) []Finding {
	p := c.pairs[i]
	if titleCased(p.a) || titleCased(p.b) {
		return nil
	}
	covered := func(t Token) bool {
		for _, f := range found {
			if f.Sentence == i && f.Start <= t.Start && t.End <= f.End {
				return true
			}
		}
		return false
	}
	if len(unrenderedNames(c, p)) > 0 { // a name the sentence does not render: a swap, not an addition
		return nil
	}
	var out []Finding
	for k := 1; k < len(p.a); k++ {
		t := p.a[k]
		if !isNameToken(t, false, c.names) || p.matchA[k] >= 0 || openingWord(p.a, k, c.names) || covered(t) {
			continue
		}
		name := nameAround(c.Article.plain, p.a, k, k+1)
		lo := tokenIndex(p.a, name[0])
		k = lo + len(name) - 1
		if lo == 0 {
			continue
		}
		news, words := true, 0
		for _, u := range name {
			words++
			// Acronyms ("UV", "NDRC") are spelt out or left out as a matter
			// of style.
			if p.inPassage(u) || aliasInPassage(u, p) || namePartsIn(u.Norm, p.b) || roleNouns[u.Norm] || isAllCaps(u.Text) || monthsDays[u.Norm] || unitNames[u.Norm] || honorifics[strings.TrimSuffix(u.Norm, ".")] || countryOf(u.Norm) != "" && !countrySwapped(c, p) {
				news = false
			}
		}
		// One word alone counts when it is no English word ("Pinochet"),
		// nor of English words ("Large-scale"), nor another spelling of a
		// name the passage has ("Macao" / "Macau", name-spelling's).
		// Nor a name for whom the passage says it with a pronoun or a
		// description ("Telvaro said" / "the company said", "Tajikistan
		// was prepared" / "his government was ready"), nor one the
		// reference names elsewhere: the translation says who is meant.
		if !news || words == 1 && (commonWordName(name[0]) || partsAreWords(name[0].Norm)) || nearPassageName(p, name) ||
			describedThere(p) || namedInRefs(c, name) {
			continue
		}
		start, end := name[0].Start, name[len(name)-1].End
		if lo > 0 && p.a[lo-1].Norm == "the" {
			start = p.a[lo-1].Start
		}
		f := c.finding(chk, i, start, end, fmt.Sprintf("%s is not in the reference passage, which names nothing in its place", quote(c.Article.Display(start, end))))
		f.Severity, f.Evidence, f.pinned = Major, c.passageEvidence(i), true
		out = append(out, f)
	}
	return out
}

// unrenderedNames returns the passage tokens that are names the sentence
// renders in no form: unmatched, and not by an alias, an adjective, initials
// or a compound.
func unrenderedNames(c *Context, p *pair) []int {
	var out []int
	for j, u := range p.b {
		if p.matchB[j] < 0 && isNameToken(u, refInitial(p, u), c.names) && !commonWordName(u) && !roleNouns[u.Norm] && !rendersName(p.a, p.ref.plain, p.b, j) {
			out = append(out, j)
		}
	}
	return out
}

// describedThere: the passage has a description of a person or body ("the
// company", "his government", "the minister") that the sentence leaves
// unmatched — what a name the sentence adds may render.
func describedThere(p *pair) bool {
	for j := 1; j < len(p.b); j++ {
		if p.matchB[j] < 0 && definiteDescription(p.b, j) {
			return true
		}
	}
	return false
}

// definiteDescription: ts[j] is a singular role noun in lower case after
// "the" or a possessive ("the company", "his government"), the way a text
// refers back to a person or body it has named — not "a team", "Asian
// airlines".
func definiteDescription(ts []Token, j int) bool {
	u, d := ts[j], ts[j-1].Norm
	return roleNouns[u.Norm] && u.Norm == u.Lemma && !u.Cap && (d == "the" || possessives[d])
}

// nameOnly: the content words of ts are capitalised (a name, with its
// article: "The WHO").
func nameOnly(ts []Token) bool {
	n := 0
	for _, t := range ts {
		if t.IsContent() || t.Cap && isAllCaps(t.Text) {
			if !t.Cap {
				return false
			}
			n++
		}
	}
	return n > 0
}

// capitalised returns the capitalised words of ts.
func capitalised(ts []Token) []Token {
	var out []Token
	for _, t := range ts {
		if t.Cap && (t.IsContent() || isAllCaps(t.Text)) {
			out = append(out, t)
		}
	}
	return out
}

// namedInRefs: every word of name stands, in one of its forms, in one
// sentence of a reference.
func namedInRefs(c *Context, name []Token) bool {
	if c.refWords == nil {
		c.refWords = []map[string]bool{}
		for _, d := range c.Refs {
			for _, s := range d.Sentences {
				m := map[string]bool{}
				for _, u := range s.words {
					m[u.Norm], m[u.Lemma], m[u.Stem] = true, true, true
				}
				c.refWords = append(c.refWords, m)
			}
		}
	}
	for _, m := range c.refWords {
		all := true
		for _, t := range name {
			all = all && (m[t.Norm] || m[t.Lemma] || m[t.Stem])
		}
		if all {
			return true
		}
	}
	return false
}

// partsAreWords: w is a hyphenated compound of dictionary words.
func partsAreWords(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if !isWord(part) {
			return false
		}
	}
	return true
}

// nearPassageName: a word of the name is a near spelling of a capitalised
// word of the passage.
func nearPassageName(p *pair, name []Token) bool {
	caps := map[string]string{}
	for _, u := range p.b {
		if u.Cap && !u.Stop {
			caps[u.Norm] = u.Text
		}
	}
	for _, t := range name {
		if sug, _ := closeName(t.Norm, caps); sug != "" {
			return true
		}
	}
	return false
}

// repeatedPhrase: ts[k] and a word beside it stand side by side elsewhere
// in ts too.
func repeatedPhrase(ts []Token, k int) bool {
	for m := range ts {
		if m == k || ts[m].Norm != ts[k].Norm {
			continue
		}
		if k+1 < len(ts) && m+1 < len(ts) && ts[k+1].Norm == ts[m+1].Norm || k > 0 && m > 0 && ts[k-1].Norm == ts[m-1].Norm {
			return true
		}
	}
	return false
}

// durations measure time: "a year" is a fact as "12 months" is.
var durations = setOf("year", "month", "week", "decade", "day", "hour", "century", "minute")

// joinNearby merges substitution regions separated only by a few matched
// function words, so "dips in the battle" / "setbacks in the fighting" is one
// difference rather than two.
func joinNearby(p *pair, rs []region) []region {
	var out []region
	for _, r := range rs {
		if n := len(out); n > 0 {
			prev := out[n-1]
			gap := p.a[prev.A1:r.A0]
			// The same matched words lie between them on both sides (not
			// the two ends of a moved clause).
			if !prev.emptyA() && !prev.emptyB() && !r.emptyA() && !r.emptyB() && r.B0-prev.B1 == r.A0-prev.A1 &&
				len(gap) <= 3 && contentCount(gap) == 0 && contentCount(p.a[prev.A0:prev.A1]) > 0 && contentCount(p.a[r.A0:r.A1]) > 0 {
				out[n-1] = region{prev.A0, r.A1, prev.B0, r.B1, r.Move}
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// droppedNames reports the names of the passage's covered part that the
// sentence does not render in any form — not as the name, an alias, a
// derived form ("Kenyan"), an acronym or a near spelling — nor do the
// sentences around it: a rephrasing moves words, but it keeps the names
// ("… at the port" for "… at the port of Buenaventura"). Names the passage
// shares with a region already reported are left to that finding.
func (chk omissionCheck) droppedNames(c *Context, i int, found []Finding) []Finding {
	p := c.pairs[i]
	if p.align == nil || p.align.Similarity < 0.4 {
		return nil
	}
	var out []Finding
	var around [][]Token            // the sentence and its neighbours, built for the first candidate
	var sentNames map[string]string // their capitalised words
	lo, hi := coveredB(p)
	for j := lo; j < hi; j++ {
		u := p.b[j]
		// Acronyms ("RMB", "PLA", "MPs") are spelt out or left out as a matter of
		// style, "Washington-based" describes rather than names, and
		// distances are measured from Earth whether said or not ("97
		// light-years away" / "97 light-years from Earth").
		if p.matchB[j] >= 0 || u.Norm == "earth" || !u.Cap || u.Kind != Word || isAllCaps(strings.TrimSuffix(u.Text, "s")) || strings.Contains(u.Norm, "-") ||
			commonWordName(u) || roleNouns[u.Norm] || monthsDays[u.Norm] || unitNames[u.Norm] || !isNameToken(u, refInitial(p, u), c.names) ||
			refInitial(p, u) && commonOpening(u, p.b[j+1:]) {
			continue
		}
		if around == nil {
			sentNames = map[string]string{}
			for k := max(0, i-1); k <= min(len(c.Article.Sentences)-1, i+1); k++ {
				around = append(around, c.pairs[k].a)
				for _, t := range c.pairs[k].a {
					if t.Cap {
						sentNames[t.Norm] = t.Text
					}
				}
			}
		}
		// The name is rendered in some form, or by its initials ("CPC" for
		// "Communist Party of China"), or reworded in part: the sentence
		// has the other words of the name and a capitalised word where
		// this one stands ("Beijing Nanjiang Aerospace Technology" for
		// "Beijing Nanjiang Kongtian Technology"), not nothing ("Andriy"
		// for "Andriy Yermak").
		name := passageName(p, j)
		rendered := false
		for _, ws := range around {
			rendered = rendered || rendersName(ws, p.ref.plain, p.b, j) || acronymIn(ws, p.b, j)
		}
		if !rendered && substitutedName(p, j) {
			for k := max(0, j-len(name)); k < min(len(p.b), j+len(name)) && !rendered; k++ {
				rendered = k != j && p.matchB[k] >= 0 && p.b[k].Cap && p.b[k].Start >= name[0].Start && p.b[k].End <= name[len(name)-1].End
			}
		}
		if rendered {
			continue
		}
		if sug, _ := closeName(u.Norm, sentNames); sug != "" {
			continue
		}
		// A country the sentence names another in place of is a swap,
		// which wrong-entity reports; one it calls "the country" or "our
		// nation" is rendered ("one of the country's main draws" / "one of
		// Peru's main draws").
		isCountry := countryOf(u.Norm) != "" || countryOf(normsOf(name)) != ""
		if isCountry && countrySwapped(c, p) {
			continue
		}
		pos := p.sent.End
		// Where the sentence has a name of its own against it, the name
		// was put for another, which wrong-entity reports at that name.
		otherName := false
		for _, r := range p.regions {
			if j >= r.B0 && j < r.B1 && r.A0 < len(p.a) {
				pos = p.a[r.A0].Start
				otherName = slices.ContainsFunc(p.a[r.A0:r.A1], func(t Token) bool {
					return t.Cap && t.Kind == Word && t.Start > p.a[0].Start && !p.inPassage(t)
				})
			}
		}
		regionPos := pos
		if at, ok := namePlace(c, p, j-slices.IndexFunc(name, func(t Token) bool { return t.Start == u.Start }), len(name)); ok && !otherName {
			pos = at
		}
		reported := false
		for _, f := range found {
			if f.Sentence == i && f.Check == "omission" && (f.Start == pos || f.Start == regionPos) {
				reported = true
			}
		}
		if reported {
			continue
		}
		f := c.finding(chk, i, pos, pos, fmt.Sprintf("the reference names %s; the sentence does not", quote(joinTokens(p.ref, name))))
		// A name the sentence calls "the country" or "our nation" ("one of
		// the country's main draws" / "one of Peru's") is worth a look, no
		// flag.
		if isCountry && saysTheCountry(p) {
			f.Severity = Minor
		}
		f.Evidence = c.passageEvidence(i)
		// A name left out in a loose rewording is still a name left out:
		// the translation does not say where, or who ("in Tokyo trading",
		// "a village in the Netherlands"), so the finding flags.
		f.pinned = f.Severity == Major
		out = append(out, f)
		for j < hi-1 && p.b[j+1].Start <= name[len(name)-1].Start {
			j++
		}
	}
	return out
}

// refInitial: passage token u starts one of the passage's sentences.
func refInitial(p *pair, u Token) bool {
	for _, j := range p.align.Sents {
		for _, t := range p.ref.Sentences[j].Tokens {
			if t.Kind != Punct {
				if t.Start == u.Start {
					return true
				}
				break
			}
		}
	}
	return false
}

// passageName widens passage token j to the name it belongs to: the
// capitalised words around it, not across punctuation and not a role noun
// ("Geneva, Minister Jean Dupont" is two things).
// acronymIn: the words ws hold an acronym of a name that ts[j] is part of,
// the name read across "of", "the" and "and" ("CPC" for "Communist Party of
// China", in "the Communist Party of China Central Committee").
func acronymIn(ws []Token, ts []Token, j int) bool {
	var acronyms []string
	for _, t := range ws {
		if len(t.Text) >= 2 && isAllCaps(t.Text) {
			acronyms = append(acronyms, strings.ToLower(t.Text))
		}
	}
	if len(acronyms) == 0 {
		return false
	}
	joins := func(t Token) bool { return t.Norm == "of" || t.Norm == "the" || t.Norm == "and" || t.Norm == "for" }
	part := func(k int) bool { return k >= 0 && k < len(ts) && ts[k].Kind == Word && (ts[k].Cap || joins(ts[k])) }
	lo, hi := j, j+1
	for part(lo-1) && lo > j-8 { // names run to a few words; bound the work
		lo--
	}
	for part(hi) && hi < j+8 {
		hi++
	}
	for s := lo; s <= j; s++ {
		var all, content strings.Builder
		for e := s; e < hi; e++ {
			all.WriteString(ts[e].Norm[:1])
			if !joins(ts[e]) {
				content.WriteString(ts[e].Norm[:1])
			}
			if e < j || !ts[s].Cap || !ts[e].Cap {
				continue
			}
			for _, a := range acronyms {
				if a == all.String() || a == content.String() {
					return true
				}
			}
		}
	}
	return false
}

// substitutedName: passage token j stands in a region of differing words
// whose sentence side has a capitalised word of its own.
func substitutedName(p *pair, j int) bool {
	for _, r := range p.regions {
		if j >= r.B0 && j < r.B1 {
			for _, t := range p.a[r.A0:r.A1] {
				if t.Cap && t.IsContent() {
					return true
				}
			}
		}
	}
	return false
}

// namePlace finds where in the sentence a name of the passage, p.b[j0 :
// j0+n], would stand: beside the words the sentence keeps of what the
// passage says of it right there — its description in apposition
// ("Verhoef, a supermarket chain," / "The Dutch supermarket chain ⟨⟩
// said"), the title before it ("deputy governor ⟨⟩ said"), or the noun it
// names ("⟨⟩ province"). After the description or title, or, where the
// sentence sets them off after a comma, before it ("⟨⟩, the chief
// executive, said").
func namePlace(c *Context, p *pair, j0, n int) (int, bool) {
	plain := p.ref.plain
	j1 := j0 + n
	gap := func(x, y int) string { return plain[p.b[x].End:p.b[y].Start] }
	kept := func(x int) bool { return p.matchB[x] >= 0 || p.b[x].Stop }
	first, last := -1, -1
	take := func(x int) {
		if k := p.matchB[x]; k >= 0 && p.b[x].IsContent() {
			if first < 0 || k < first {
				first = k
			}
			last = max(last, k)
		}
	}
	switch {
	case j1+1 < len(p.b) && strings.Contains(gap(j1-1, j1), ",") && (determiners[p.b[j1].Norm] || possessives[p.b[j1].Norm] || p.b[j1].Kind == Number):
		// "Verhoef, a supermarket chain in the Netherlands,"
		for x := j1; x < len(p.b) && x < j1+6 && kept(x) && (x == j1 || !strings.ContainsAny(gap(x-1, x), ",;:")); x++ {
			take(x)
		}
	case j0 > 0 && p.b[j0-1].IsContent() && p.matchB[j0-1] >= 0 && !possessive(p.b[j0-1]) && !monthsDays[p.b[j0-1].Norm]:
		// "deputy governor Emi Saito", "health minister, Carla Meireles,"
		for x := j0 - 1; x >= 0 && x >= j0-6 && kept(x) && (x == j0-1 || !strings.ContainsAny(gap(x, x+1), ",;:")); x-- {
			take(x)
		}
	case j1 < len(p.b) && p.b[j1].IsContent() && p.matchB[j1] >= 0 && strings.TrimSpace(gap(j1-1, j1)) == "":
		// "Henan province"
		return p.a[p.matchB[j1]].Start, true
	}
	if last < 0 || last-first > 6 {
		return 0, false
	}
	if first > 0 && strings.Contains(c.Article.plain[p.a[first-1].End:p.a[first].Start], ",") {
		return p.a[first-1].End, true
	}
	return p.a[last].End, true
}

func passageName(p *pair, j int) []Token {
	// add: cand joins the name across the gap between tokens x and y.
	add := func(cand, x, y Token) bool {
		return cand.Cap && cand.Kind == Word && !cand.Stop && !roleNouns[cand.Norm] &&
			spacedApart(p.ref.plain, x, y)
	}
	lo, hi := j, j+1
	for lo > 0 && add(p.b[lo-1], p.b[lo-1], p.b[lo]) {
		lo--
	}
	for hi < len(p.b) && add(p.b[hi], p.b[hi-1], p.b[hi]) {
		hi++
	}
	return p.b[lo:hi]
}

// exchange: two stretches of the sentence, a[x0:x1] and a[y0:y1], that
// have changed places around what stands between them (the pivot) —
// "Japan beat Germany" for "Germany beat Japan", "oil prices rose …, while
// gold prices fell" for the reverse: who did what to whom is reversed.
// The passage has the pivot between the two as well, word for word, in the
// other order; b[b0:b1] is its stretch from the one to the other.
type exchange struct{ x0, x1, y0, y1, b0, b1 int }

// symmetric verbs say the same with their two sides exchanged ("Biden met
// Xi", "Xi met Biden"); "with", "and", "or" join two sides the same way.
var symmetricLemmas = setOf("meet", "draw", "tie", "play", "marry", "clash", "collide", "merge", "face", "talk",
	"speak", "negotiate", "battle", "debate", "discuss", "partner", "equal", "match", "resemble", "rival", "border",
	"fight", "embrace", "hug", "kiss", "compete", "wrestle", "spar", "argue", "quarrel", "collaborate", "cooperate",
	"differ", "similar", "alongside", "beside", "near", "opposite",
	"versus", "vs", "v", "between", "among", "and", "or", "nor", "with", "both", "neither", "either", "also", "together")

// exchanges finds stretches exchanged around a pivot. A pivot with no
// content word counts only when it holds a preposition of direction
// ("from London to Paris"). Each side's words are matched to the other's
// as the same word (not a synonym) and nothing but articles differs in
// the pivot, so a change of voice ("was beaten by") is no exchange.
func exchanges(p *pair) []exchange {
	if len(p.a) > 80 || len(p.b) > 120 {
		return nil
	}
	same := func(x, y Token) bool { return x.Norm == y.Norm || x.Lemma == y.Lemma || x.Stem == y.Stem }
	// cp: each sentence word's counterpart in the passage — its match, or
	// the one unmatched passage word that is the same word (and only one
	// unmatched sentence word is).
	cp := slices.Clone(p.matchA)
	for k, t := range p.a {
		if cp[k] >= 0 {
			continue
		}
		found := -1
		for j, u := range p.b {
			if p.matchB[j] < 0 && same(t, u) {
				if found >= 0 {
					found = -2
					break
				}
				found = j
			}
		}
		if found >= 0 && !slices.ContainsFunc(p.a[k+1:], func(v Token) bool { return same(v, p.b[found]) }) &&
			!slices.ContainsFunc(cp[:k], func(j int) bool { return j == found }) {
			cp[k] = found
		}
	}
	// runs: stretches of the sentence whose counterparts run on in order.
	type run struct{ a0, a1, b0, b1 int }
	var runs []run
	for k := 0; k < len(p.a); k++ {
		if cp[k] < 0 {
			runs = append(runs, run{k, k + 1, -1, -1})
			continue
		}
		r := run{k, k + 1, cp[k], cp[k] + 1}
		for r.a1 < len(p.a) && cp[r.a1] == r.b1 {
			r.a1++
			r.b1++
		}
		runs = append(runs, r)
		k = r.a1 - 1
	}
	// gapOK: nothing but articles between two positions of a side.
	gapOK := func(ts []Token, i, j int) bool { return j >= i && gapArticles(ts[i:j]) }
	content := func(ts []Token) bool { return slices.ContainsFunc(ts, Token.IsContent) }
	var out []exchange
	for i := 0; i+2 < len(runs); i++ {
		x, pv, y := runs[i], runs[i+1], runs[i+2]
		if x.b0 < 0 || pv.b0 < 0 || y.b0 < 0 {
			continue
		}
		// The passage has them in the order y, pivot, x, with at most an
		// article between; the sentence, x, pivot, y.
		if !gapOK(p.b, y.b1, pv.b0) || !gapOK(p.b, pv.b1, x.b0) || !gapOK(p.a, x.a1, pv.a0) || !gapOK(p.a, pv.a1, y.a0) {
			continue
		}
		// Punctuation where the stretches meet marks a rephrasing (an
		// apposition, "Albay, a province of the Philippines"; an
		// attribution, "…, organisers said"), not two roles exchanged.
		if punctBetween(p.sent.doc.Text, p.a, x.a1, pv.a0) || punctBetween(p.sent.doc.Text, p.a, pv.a1, y.a0) ||
			punctBetween(p.ref.Text, p.b, y.b1, pv.b0) || punctBetween(p.ref.Text, p.b, pv.b1, x.b0) {
			continue
		}
		xs, ys, ps := p.a[x.a0:x.a1], p.a[y.a0:y.a1], p.a[pv.a0:pv.a1]
		if !content(xs) || !content(ys) || slices.ContainsFunc(ps, func(t Token) bool { return symmetricLemmas[t.Lemma] || symmetricLemmas[t.Norm] }) {
			continue
		}
		// Two things exchanged around an action or a direction: each side
		// short and ending in a noun, a name or a number (not a modifier
		// moved past an adverb: "looked at each other warmly several
		// times").
		if !nominal(xs) || !nominal(ys) || !slices.ContainsFunc(ps, func(t Token) bool {
			return directional[t.Norm] || t.IsContent() && !t.Cap && canBe(t, 'v')
		}) {
			continue
		}
		// Around a preposition alone, the word before the two must be the
		// same: it gives them their roles ("from London to Paris" / "from
		// Paris to London"; not "alerted police to irregularities" /
		// "reported irregularities to the police", two verbs).
		if !content(ps) && (x.a0 == 0 || y.b0 == 0 || !same(p.a[x.a0-1], p.b[y.b0-1])) {
			continue
		}
		// The same word on both sides ("the company … the company") is
		// no exchange.
		if slices.ContainsFunc(xs, func(t Token) bool {
			return t.IsContent() && slices.ContainsFunc(ys, func(u Token) bool { return same(t, u) })
		}) {
			continue
		}
		out = append(out, exchange{x.a0, x.a1, y.a0, y.a1, y.b0, x.b1})
		i += 2
	}
	return out
}

// directional prepositions give the two sides of a pivot different roles.
// ("buy a stake for 85 million euros" / "pay 85 million euros for a stake"
// is no reversal: "for" and "by" do not count).
var directional = setOf("to", "from", "into", "than", "over", "against")

// nominal: a stretch of at most five words whose last is a name, a number
// or a noun, with no inflected verb: "Tesla rose" exchanged with "Ford
// fell" is a contrast told in the other order, each side with its verb.
func nominal(ts []Token) bool {
	if len(ts) == 0 || len(ts) > 5 {
		return false
	}
	for _, t := range ts {
		if t.Kind == Word && !t.Cap && t.Norm != t.Lemma && canBe(t, 'v') && !(t.Norm == t.Lemma+"s" || t.Norm == t.Lemma+"es") && genderOf[t.Norm] == "" {
			return false
		}
	}
	t := ts[len(ts)-1]
	return t.Kind == Number || t.Cap || t.IsContent() && (canBe(t, 'n') || genderOf[t.Norm] != "")
}

// punctBetween: the text from the end of ts[i-1] to the start of ts[j]
// holds punctuation.
func punctBetween(text string, ts []Token, i, j int) bool {
	if i <= 0 || j >= len(ts) || i > j {
		return false
	}
	return strings.ContainsAny(text[ts[i-1].End:ts[j].Start], ",;:()[]—–-.!?\"“”")
}

// voiceFlips finds a verb one side has in the passive ("was criticised by
// the opposition") and the other in the active with the same words around
// it ("criticised the opposition"): the "be" before it and the "by" after
// it are all that differ, so doer and done-to are reversed. Each move spans,
// on both sides, the verb (with its "be" and "by") through the first content
// word after it ("was criticised by the opposition" / "criticised the
// opposition").
func voiceFlips(p *pair) []move {
	var out []move
	// through: the end of the stretch from i through its first content word.
	through := func(ts []Token, i int) int {
		for i < len(ts)-1 && !ts[i].IsContent() {
			i++
		}
		return i + 1
	}
	// flip reads the side that has the extra "be" and "by" (xs, with its
	// matches to the other side, ys).
	flip := func(xs, ys []Token, matchX []int) (x0, x1, y0, y1 int, ok bool) {
		for k := 1; k+2 < len(xs); k++ {
			be, verb, by := xs[k-1], xs[k], xs[k+1]
			if be.Lemma != "be" && be.Lemma != "get" || by.Norm != "by" || matchX[k-1] >= 0 || matchX[k+1] >= 0 {
				continue
			}
			j := matchX[k]
			if j < 1 || j+1 >= len(ys) || !strings.HasSuffix(verb.Norm, "ed") && verb.Norm == verb.Lemma || !canBe(verb, 'v') {
				continue
			}
			// The other side: the verb after the content word before "be"
			// (the same word; auxiliaries may stand between on either side:
			// "has been criticised", "has criticised"), and the agent's
			// content word straight after the verb, past articles.
			x1, y1 := through(xs, k+2), through(ys, j+1)
			c, d := k-2, j-1
			for c >= 0 && auxiliary(xs[c]) {
				c--
			}
			for d >= 0 && auxiliary(ys[d]) {
				d--
			}
			if c < 0 || d < 0 || !xs[c].IsContent() || matchX[c] != d || !xs[x1-1].IsContent() || matchX[x1-1] != y1-1 ||
				!gapArticles(xs[k+2:x1-1]) || !gapArticles(ys[j+1:y1-1]) {
				continue
			}
			return c + 1, x1, d + 1, y1, true
		}
		return 0, 0, 0, 0, false
	}
	if a0, a1, b0, b1, ok := flip(p.a, p.b, p.matchA); ok {
		out = append(out, move{a0, a1, b0, b1})
	}
	if b0, b1, a0, a1, ok := flip(p.b, p.a, p.matchB); ok {
		out = append(out, move{a0, a1, b0, b1})
	}
	return out
}

// auxiliary: a form of "be", "have" or a modal before a verb.
func auxiliary(t Token) bool {
	return t.Lemma == "be" || t.Lemma == "have" || finiteAux[t.Norm] || t.Norm == "been" || t.Norm == "being"
}

// gapArticles: the words are articles only (or none).
func gapArticles(ts []Token) bool {
	return !slices.ContainsFunc(ts, func(t Token) bool { return t.Norm != "the" && t.Norm != "a" && t.Norm != "an" })
}

// expectations before "to" say what a modal can ("is expected to", "is
// due to", "is likely to" / "should", "will").
var expectations = setOf("expected", "likely", "due", "set", "scheduled", "supposed", "bound", "poised")

// modalAround: the sentence has a modal in region r or just before it.
func modalAround(p *pair, r region) bool {
	for k := max(0, r.A0-2); k < min(len(p.a), r.A1+1); k++ {
		if modals[p.a[k].Norm] && !p.a[k].Cap {
			return true
		}
	}
	return false
}

// trailingClause: the passage ends in a clause of its own — a relative or
// an adverbial clause with its verb and two content words ("the 40
// freelance workers ⟨who depend on the theatre for most of their income⟩",
// "had needed time ⟨before it could name the products⟩") — that region r
// leaves out whole, the sentence ending where it would begin — but for a
// word after it that function words tie to the passage's last ("the source
// of the outbreak" / "the source before it could name the farms").
func trailingClause(p *pair, r region) bool {
	if contentCount(p.b[r.B1:]) > 1 || contentCount(p.a[r.A1:]) > 1 || r.emptyB() {
		return false
	}
	for j := r.B0; j+1 < r.B1; j++ {
		if !relativizers[p.b[j].Norm] && !clauseOpenersWithSubject[p.b[j].Norm] && !subordinators[p.b[j].Norm] {
			continue
		}
		verb, content := false, 0
		for x := j + 1; x < len(p.b); x++ {
			verb = verb || mayBeFinite(p.b, x)
			if u := p.b[x]; u.IsContent() {
				if p.inSentence(u) {
					return false
				}
				content++
			}
		}
		return verb && content >= 2
	}
	return false
}
