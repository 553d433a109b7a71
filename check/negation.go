package check

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// Verbs and nouns whose meaning carries a negation: "refused" says what "did
// not agree" says. Counting them with the plain negators lets the polarity
// test treat the two alike.
var negativeStems = stemSet(`refuse refused refusal reject rejected rejection deny denied denial
decline declined fail failed failure lack lacked`)

// oppositesData holds the curated pairs of opposites (opposites.txt).
//
//go:embed opposites.txt
var oppositesData string

// antonyms pairs stems whose swap reverses a statement.
var antonyms = map[string]map[string]bool{}

// listed holds the pairs of opposites.txt alone, each way: opposites
// that stay opposites wherever a rephrasing moves them ("north" / "south"),
// unlike the wide groups ("early" / "after").
var listed = map[[2]string]bool{}

// opposedGroups are sets of words that all reverse the words of the other
// set: a move up against a move down ("cut" for "raised", "lowest" for
// "highest", "slowed" for "accelerated"), assent against refusal ("agreed"
// for "declined"). A word swapped for any word of the opposite group turns
// the statement around, which a list of pairs would miss one pair at a time.
var opposedGroups = [][2]string{
	{`rise raise increase grow climb gain add expand boost accelerate hike jump soar surge strengthen
		high higher highest upward create restore reopen extend growth expansion rebound heighten
		hasten lengthen widen prolong intensify escalate rally`,
		`fall lower decrease reduce cut drop decline shrink slow slash weaken plunge tumble sink
		low lowest downward eliminate cancel scrap remove halve reduction contraction slump ease curb shorten
		trim curtail narrow slip slide dip halt`},
	{`agree accept approve allow permit confirm admit support grant pass endorse`,
		`refuse decline reject ban deny oppose veto block forbid bar prohibit outlaw shelve`},
	{`early earlier before advance ahead`, `late later after postpone delay behind`},
	{`hot warm`, `cold cool`},
	{`cheap affordable inexpensive`, `expensive costly`},
}

// groupSide maps a stem of opposedGroups to its group and side, so that a
// passage that says the same thing another way beside the opposite word
// ("rose" / "closed … higher") is not a reversal.
var groupSide = map[string][2]int{}

func init() {
	for g, sides := range opposedGroups {
		for side, words := range sides {
			for _, w := range strings.Fields(words) {
				groupSide[stem(w)] = [2]int{g, side}
			}
		}
	}
	var pairs [][2]string
	for _, line := range strings.Split(oppositesData, "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			pairs = append(pairs, [2]string{f[0], f[1]})
		}
	}
	nListed := len(pairs)
	for _, g := range opposedGroups {
		for _, a := range strings.Fields(g[0]) {
			for _, b := range strings.Fields(g[1]) {
				pairs = append(pairs, [2]string{a, b})
			}
		}
	}
	for _, p := range pairs[:nListed] {
		a, b := stem(p[0]), stem(p[1])
		listed[[2]string{a, b}], listed[[2]string{b, a}] = true, true
	}
	for _, p := range pairs {
		a, b := stem(p[0]), stem(p[1])
		for _, x := range [][2]string{{a, b}, {b, a}} {
			if antonyms[x[0]] == nil {
				antonyms[x[0]] = map[string]bool{}
			}
			antonyms[x[0]][x[1]] = true
		}
	}
}

// isNegative reports a negation cue of either strength.
func isNegative(t Token) bool { return hardNegation(t) || negativeAffix(t) }

// hardNegation: a word that negates its clause ("not", "never", "nor") or a
// verb that means "not do" ("refused", "failed", "denied").
func hardNegation(t Token) bool {
	return negators[t.Norm] || strings.HasSuffix(t.Norm, "n't") || negativeStems[t.Stem]
}

// negativeAffix reports a word negated by its form: a prefix or suffix that
// WordNet confirms makes the antonym of the base ("unable", "dislike",
// "illegal", "useless"), and adverbs that affirm by denying doubt. Counting
// them lets "a little unsatisfactory" match "not strong enough" and "no
// doubt" match "undoubtedly".
func negativeAffix(t Token) bool {
	if t.Kind != Word || t.Stop || len(t.Lemma) < 5 {
		return false
	}
	w := t.Lemma
	if affirmingNegatives[w] || affirmingNegatives[t.Norm] {
		return true
	}
	if w == "unlike" {
		return false // a preposition of contrast, not a negation
	}
	for _, pre := range negatingPrefixes {
		// "Un-" before a verb reverses an action ("unveil", "unlock",
		// "uncover"): "the tariffs were unveiled" says no "not".
		if pre == "un" && strings.Contains(lexdb().pos[w], "v") {
			continue
		}
		if strings.HasPrefix(w, pre) && wordnetAntonyms(w, w[len(pre):]) {
			return true
		}
	}
	if strings.HasSuffix(w, "less") && wordnetAntonyms(w, w[:len(w)-4]+"ful") {
		return true
	}
	return false
}

// negatingPrefixes make a word's negative ("unable", "dishonest").
var negatingPrefixes = []string{"un", "dis", "non", "in", "im", "ir", "il"}

var affirmingNegatives = setOf("undoubtedly", "doubtless", "undeniably", "unquestionably", "indisputably")

type negationCheck struct{}

func init() { register(negationCheck{}) }

func (negationCheck) Info() Info {
	return Info{ID: "negation", Title: "Negation or polarity differs from the reference", Category: CatMistranslation,
		Severity: Major, NeedsRef: true,
		Doc: `Flags a sentence whose polarity differs from its reference passage: a negation present on
one side only ("did not sign" vs "signed"), a negative verb against a positive one ("refused"
vs "agreed"), or a word swapped for its opposite ("rose" vs "fell", "before" vs "after",
"accepted" vs "rejected", "lawfully" vs "unlawfully", "as expected" vs "unexpectedly"; any move up against any move down: "cut"
vs "raised", "lowest" vs "highest"). Negations are counted with negative verbs (refuse, deny, reject,
fail, ban), so "refused" and "did not agree" match; an even number of negations cancels out.
"Few analysts expected" answers "most had not expected" ("a few" does not), and "cleared …
of" a "not guilty". Some words answer only certain negations: "prevent … from", "barred from" a "not able",
"not allowed" or "may not"; "free of" a "no". A single finding flags the sentence when the
passage renders the same words closely, or, for an opposite, when both words are said of the
same thing ("rose 6 percent" / "drop by 6 percent", also when a rephrasing moved them: "a 13
percent tariff cut" / "a 13 percent rise in tariffs", the amount in the same clause as each) or
are words of content ("mild asthma" /
"severe asthma treatment"; not prepositions, "for" / "against", nor a verb of saying, "adding
that", nor "leaving the government in place" / "stays in office") however the rest is worded,
and so does a
"not" before a verb the passage has without one (or another verb the alignment pairs with it),
where the passage has no negation of any kind
("he is not expected to appeal" / "he is expected to appeal"), or before a verb the passage says
as a verb, in that form or a synonym's, with no negation in its clause ("would not begin
vaccinating" / "vaccination would start"; not "out of reach", "stopped her from completing",
nor a negation the sentence answers itself, "not to travel without calling", or one of time,
"would not be cleared for weeks"), or the other way round ("it expects" / "it did not
anticipate"), or the verb the passage negates
said without one where the sentence has no negation at all ("he had shown remorse" / "he had not
shown any remorse").
"unless" says "if not"; "a maximum of" and "up to" a number say "no more than" it; "not …
before" says "not … until after"; "only" with a time says "not … until" ("would open only in
2027", "would only be made public next spring"; not a length of time, "in only six weeks"), and
so do "remain" or "stay" before "until" ("would remain grounded until"); "only" with a place says
"not outside", "less … than" "not as … as", "for the first time since" "had not … since";
"stopped short of revoking" says "did not revoke", "could ill afford" "could not afford".
Opposites straight before the same amount ("shares jumped 6.3%" / "shares fell 6.3 percent")
count wherever the alignment left them, and flag. Also, with or without a passage, a direction
the sentence's own figures contradict ("Turnout
dropped to 68 percent, compared with 61 percent", "68%, down from 61%", "38 vessels passed
through on Monday, down from 29"), which flags it.
The span is the negation, or the words standing where the passage has one.`}
}

func (chk negationCheck) Run(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		// A sentence at odds with its own figures needs no passage.
		if f, ok := c.directionAgainstFigures(chk, i); ok {
			out = append(out, f)
			continue
		}
		if p.align == nil || p.align.Similarity < 0.3 {
			continue
		}
		done := false
		// Antonym swaps inside a differing region.
		for _, r := range p.regions {
			for k := r.A0; k < r.A1 && !done; k++ {
				if p.a[k].Kind != Word {
					continue
				}
				for j := r.B0; j < r.B1; j++ {
					a, b := p.a[k], p.b[j]
					// Pairs with a negative verb (refuse/agree) are counted
					// with the negations below, so "refused" matches "did not
					// agree"; but "lawfully" for "unlawfully" reverses here,
					// though one side is a negation by its prefix.
					if (isNegative(a) && !declineOfAmount(p.a, k) || isNegative(b) && !declineOfAmount(p.b, j)) && !prefixNegated(a.Norm, b.Norm) && !prefixNegated(b.Norm, a.Norm) &&
						!prefixAntonyms(a, b) && !prefixAntonyms(b, a) {
						continue
					}
					// "weak" for "not strong": the antonym of a negated word
					// says the same thing.
					// Nor when the sentence has the passage's word too, left
					// over ("prices rose 2.1%, slowing from 2.5%" /
					// "inflation slowed to 2.1%") — unless the passage has the
					// sentence's word left over as well.
					// "first" / "second" are numbers, the number check's
					// (WordNet lists them as antonyms), but for the halves of a
					// match or a year, which it does not count.
					if ordinalWords[a.Norm] > 0 && ordinalWords[b.Norm] > 0 && !(k+1 < len(p.a) && p.a[k+1].Norm == "half") {
						continue
					}
					// A verb of saying is no act to reverse ("adding that
					// …" / "would scrap"); "leaving X in place" keeps X
					// where it is, no departure.
					if sayingAt(p.a, k) || sayingAt(p.b, j) || leftAsItIs(p.a, k) || leftAsItIs(p.b, j) {
						continue
					}
					if (opposite(a, b) || framedOpposite(p, k, j)) && negatedNear(p.a, k) == negatedNear(p.b, j) && !sameSideIn(a, p.b[r.B0:r.B1]) && !activeDefeat(p, k, j) &&
						!reorderedContrast(p, k, j) && !converse(p, k, j) && !anaphoricOrder(p, k, j) && !reversedTwice(p, k, j) &&
						!(unmatchedStem(p.a, p.matchA, b.Stem) && !unmatchedStem(p.b, p.matchB, a.Stem)) && !voiceTurned(p, k, j) && !notUntilAfter(p, k, j) {
						// A verb with its particle: "scale back", "turned down".
						end := p.a[withParticle(p.a, k)-1].End
						other := joinTokens(p.ref, p.b[j:withParticle(p.b, j)])
						f := c.finding(chk, i, p.a[k].Start, end, fmt.Sprintf("%s where the reference has the opposite, %s", quote(c.Article.Display(p.a[k].Start, end)), quote(other)))
						// Two words of content opposed flag the sentence
						// however the rest is worded ("mild asthma" / "severe
						// asthma treatment"); prepositions ("for" / "against"
						// a profit) only with the same word after them.
						f.Evidence, f.Suggestion = c.passageEvidence(i), matchCase(p.b[j].Text, p.a[k].Text)
						f.pinned = sameNext(p, k, j) || !a.Stop && !b.Stop
						out = append(out, f)
						done = true
						break
					}
				}
			}
		}
		if !done {
			if f, ok := chk.oppositeOfSameAmount(c, i); ok {
				out = append(out, f)
				done = true
			}
		}
		if !done {
			if f, ok := chk.floorDropped(c, i); ok {
				out = append(out, f)
				done = true
			}
		}
		if !done {
			if f, ok := chk.movedOpposite(c, i); ok {
				out = append(out, f)
				done = true
			}
		}
		if done {
			continue
		}
		// Count negation cues on both sides: hard ones (not, never, nor,
		// refused) and soft ones (unable, dislike, undoubtedly, "too … to").
		// A statement and its rendering agree when they hold as many cues;
		// a soft cue may answer a hard one ("a little unsatisfactory" /
		// "not strong enough"), but a soft cue alone never makes a finding
		// ("intangible" / "elusive"). Only the part of the passage the
		// sentence covers counts: a sentence that renders half of a long
		// reference sentence is not answerable for a "nor" in the other half.
		lo, hi := coveredB(p)
		hardA, softA := negationCues(p.a, 0, len(p.a))
		hardB, softB := negationCues(p.b, lo, hi)
		// A cue matched to the same cue on the other side is answered
		// already: "unemployment" on both sides cannot answer a "not" that
		// only the sentence has.
		// Only the reference's: a reference says "not unknown" by choice,
		// and a sentence's "not unusual" against "rare" is a reversal.
		hardB, softB = cancelLitotes(hardB, softB, p.b, p.matchB)
		hardA, softA = litotesAnswered(hardA, softA, p)
		allHardA := hardA
		hardA, hardB = unpairedCues(hardA, hardB, p.matchA)
		softA, softB = unpairedCues(softA, softB, p.matchA)
		// Soft cues on the two sides ("ban" / "prohibiting") answer each
		// other, each of its own family, before either may answer a hard
		// one.
		softA, softB = cancelPairs(softA, p.a, softB, p.b)
		// A rephrasing moves clauses: a negation the sentence holds may sit
		// in the passage outside the stretch the alignment covers ("…, though
		// no illnesses had been reported" / "Although no one had been …").
		hardA = movedCues(p, hardA)
		softA, hardB = answerConditional(softA, p.a, hardB, p.b)
		softB, hardA = answerConditional(softB, p.b, hardA, p.a)
		if len(hardA) <= len(hardB)+len(softB) && len(hardB) <= len(hardA)+len(softA) || negatedAntonym(p) || negatedComparative(p) {
			continue
		}
		negA, negB := hardA, hardB
		if len(hardA) > len(hardB) {
			negB = nil
		} else {
			negA = nil
		}
		if len(negA) > len(negB) {
			// The sentence negates what the passage affirms: point at the
			// negation whose verb the passage has without one ("has not
			// agreed" / "has agreed"), else the first negation the passage
			// does not share.
			k := negA[0]
			for _, x := range negA {
				if p.matchA[x] < 0 {
					k = x
					break
				}
			}
			for _, x := range allHardA {
				if affirmedThere(p, x) {
					k = x
					break
				}
			}
			if verbSwap(p, k, true) {
				continue
			}
			msg := fmt.Sprintf("%s negates the statement; the reference passage does not", quote(p.a[k].Text))
			opp, oj := oppositeIn(p, k)
			if opp != "" {
				msg = fmt.Sprintf("%s where the reference has the opposite, %s", quote(p.a[k].Text), quote(opp))
			}
			f := c.finding(chk, i, p.a[k].Start, p.a[k].End, msg)
			f.Evidence, f.pinned = c.passageEvidence(i), opp != "" && sameNext(p, k, oj) || noCues(p.b) && affirmedAcross(p.a, p.b, p.matchA, k, true) ||
				verbAffirmedInPassage(p, k)
			out = append(out, f)
			continue
		}
		// The passage negates and the sentence does not: point at what stands
		// where the passage's negation is.
		j := negB[0]
		for _, x := range negB {
			if p.matchB[x] < 0 {
				j = x
				break
			}
		}
		// A negative verb ("rejected") with nothing in its place is a
		// dropped word, which the omission check reports.
		if negativeStems[p.b[j].Stem] && droppedAt(p, j) && !governsKept(p.b, p.matchB, j) || verbSwap(p, j, false) {
			continue
		}
		// Nor is a negation inside a whole clause the sentence leaves out
		// ("…, who was not involved in the research, called …"): the
		// clause is missing, which the omission check reports.
		if droppedClause(p, j) || unlessAsOnlyIf(p, j) {
			continue
		}
		start, end := c.negatedWordIn(p, j)
		f := c.finding(chk, i, start, end, fmt.Sprintf("the reference has %s here; the sentence drops the negation", quote(negationPhrase(p, j))))
		// The sentence says the verb the passage negates, with no negation
		// of any kind: reversed, however loosely the rest is worded.
		f.Evidence, f.pinned = c.passageEvidence(i), noCues(p.a) && affirmedAcross(p.b, p.a, p.matchB, j, true) || verbAffirmedIn(p.b, j, p.a)
		out = append(out, f)
	}
	return out
}

// onlyThen: the "only" at k says when or where: before a time ("only in
// 2027", "only next spring", "only after the vote") or a verb with one
// ("would only be made public next spring"), or before a preposition
// ("tried only in the lab").
func onlyThen(ts []Token, k int) bool {
	when := func(x int) bool {
		if x >= len(ts) {
			return false
		}
		t := ts[x]
		if monthsDays[t.Norm] || seasons[t.Norm] || t.Norm == "next" {
			return true
		}
		n, ok := parseNumberToken(t)
		return ok && t.Kind == Number && isYearValue(n.value)
	}
	// Or where: "tried only in the lab" says "not tested outside it".
	if k+1 < len(ts) && (ts[k+1].Norm == "after" || ts[k+1].Norm == "when" || ts[k+1].Norm == "once" || allPrepositions[ts[k+1].Norm] && ts[k+1].Norm != "of") {
		return true
	}
	for x := k + 1; x < min(len(ts), k+5); x++ {
		if when(x) || onlyWhen[ts[x].Norm] && when(x+1) {
			return true
		}
	}
	return false
}

// onlyWhen are the prepositions that bring in a time after "only".
var onlyWhen = setOf("in", "on", "at", "from", "by", "this")

// seasons name a time of year.
var seasons = setOf("spring", "summer", "autumn", "winter")

// sayingAt: token k of ts is a verb of saying before what was said
// ("adding that …").
func sayingAt(ts []Token, k int) bool {
	return reportingVerbs[ts[k].Norm] && k+1 < len(ts) && ts[k+1].Norm == "that"
}

// leftAsItIs: token k of ts is "leave" with an object and then the state it
// is left in ("leaving the government in place", "left rates unchanged"):
// a thing kept as it is, not a departure.
func leftAsItIs(ts []Token, k int) bool {
	if ts[k].Lemma != "leave" {
		return false
	}
	for x := k + 2; x < min(len(ts), k+7); x++ {
		if keptStates[ts[x].Norm] || ts[x].Norm == "in" && x+1 < len(ts) && (ts[x+1].Norm == "place" || ts[x+1].Norm == "office" || ts[x+1].Norm == "force") {
			return true
		}
	}
	return false
}

// keptStates say what something is left as.
var keptStates = setOf("unchanged", "intact", "untouched", "alone", "open", "unanswered", "unresolved", "unfinished", "empty", "vacant", "stranded", "homeless")

// noCues: the words ts hold no negation, hard or soft.
func noCues(ts []Token) bool {
	hard, soft := negationCues(ts, 0, len(ts))
	return len(hard) == 0 && len(soft) == 0
}

func negationPhrase(p *pair, j int) string {
	e := min(j+2, len(p.b))
	return joinTokens(p.ref, p.b[j:e])
}

// negatedWordIn returns where to show that passage negation j is missing:
// the few words standing in its place, or else the sentence's word for
// what it negates — the first content word after it ("frivolous" for "not
// frivolous", "plans" for "no plans") — when the sentence has that word
// (in a rephrasing the stretch standing in its place is long); otherwise
// what stands where the negation is (standIn).
func (c *Context) negatedWordIn(p *pair, j int) (int, int) {
	// A few words standing where the negation is ("everyone" for "no
	// one", "already" for "not yet") are the span themselves.
	for _, r := range p.regions {
		if j >= r.B0 && j < r.B1 && !r.emptyA() && r.A1-r.A0 <= 3 {
			return spanOf(p.a, r.A0, r.A1)
		}
	}
	for x := j + 1; x < min(len(p.b), j+4); x++ {
		u := p.b[x]
		if !u.IsContent() {
			continue
		}
		if k := p.matchB[x]; k >= 0 {
			return p.a[k].Start, p.a[k].End
		}
		for _, t := range p.a {
			if t.IsContent() && sameWord(t, u) {
				return t.Start, t.End
			}
		}
		break
	}
	return c.standIn(p, j)
}

// standIn returns the span of the sentence that stands where passage token j
// is: its region's sentence side when there is one, otherwise the matched
// word after it (the verb the negation belonged to), otherwise an insertion
// point.
func (c *Context) standIn(p *pair, j int) (int, int) {
	for _, r := range p.regions {
		if j >= r.B0 && j < r.B1 {
			if !r.emptyA() {
				return spanOf(p.a, r.A0, r.A1)
			}
			if r.A1 < len(p.a) {
				return p.a[r.A1].Start, p.a[r.A1].End
			}
			if r.A0 > 0 {
				return p.a[r.A0-1].Start, p.a[r.A0-1].End
			}
		}
	}
	if len(p.a) > 0 {
		return p.a[0].Start, p.a[len(p.a)-1].End
	}
	return p.sent.Start, p.sent.End
}

// opposite: two words are antonyms, by the curated list or WordNet. A
// gendered pair (king/queen) is the gender check's, not a reversal.
func opposite(a, b Token) bool {
	if ga, gb := genderOf[a.Norm], genderOf[b.Norm]; ga != "" && gb != "" {
		return false
	}
	// Irregular forms meet through their lemmas ("shrank" / "grew").
	if antonyms[a.Stem][b.Stem] || antonyms[stem(a.Lemma)][stem(b.Lemma)] {
		return true
	}
	if a.Kind != Word || b.Kind != Word || a.Stop || b.Stop {
		return false
	}
	if wordnetAntonyms(a.Lemma, b.Lemma) || prefixNegated(a.Norm, b.Norm) || prefixNegated(b.Norm, a.Norm) || affixOpposites(a.Norm, b.Norm) {
		return true
	}
	// "older" / "younger", "coldest" / "warmest": the adjectives compared.
	if graded(a.Norm) || graded(b.Norm) {
		if x, y := degreeBase(a.Norm), degreeBase(b.Norm); x != a.Norm || y != b.Norm {
			if antonyms[stem(x)][stem(y)] || wordnetAntonyms(x, y) {
				return true
			}
		}
	}
	// "day-shift" / "night-shift": compounds that differ in one opposed part.
	if !strings.Contains(a.Norm, "-") || !strings.Contains(b.Norm, "-") {
		return false
	}
	if pa, pb := strings.Split(a.Norm, "-"), strings.Split(b.Norm, "-"); len(pa) > 1 && len(pa) == len(pb) {
		diff := -1
		for i := range pa {
			if pa[i] != pb[i] {
				if diff >= 0 {
					return false
				}
				diff = i
			}
		}
		if diff >= 0 {
			x, y := pa[diff], pb[diff]
			return antonyms[stem(x)][stem(y)] || wordnetAntonyms(lemma(x), lemma(y))
		}
	}
	return false
}

// floorDropped: "no less than" on one side, "less than" on the other, at
// the same words ("must pay foreign workers less than local staff" / "no
// less than"): the floor turned into a ceiling, or back. "No less" is
// otherwise an idiom that affirms, and counts as no negation.
func (chk negationCheck) floorDropped(c *Context, i int) (Finding, bool) {
	p := c.pairs[i]
	for k := 0; k+1 < len(p.a); k++ {
		w := p.a[k].Norm
		if w != "less" && w != "fewer" || p.a[k+1].Norm != "than" {
			continue
		}
		j := p.matchA[k]
		if j < 0 || p.b[j].Norm != w {
			continue
		}
		noA, noB := k > 0 && p.a[k-1].Norm == "no", j > 0 && p.b[j-1].Norm == "no"
		if noA == noB {
			continue
		}
		start := p.a[k].Start
		if noA {
			start = p.a[k-1].Start
		}
		msg := fmt.Sprintf("the reference has %s here; the sentence drops the negation", quote("no "+p.b[j].Text+" than"))
		if noA {
			msg = fmt.Sprintf("%s where the reference has %s", quote(c.Article.Display(start, p.a[k+1].End)), quote(p.b[j].Text+" than"))
		}
		f := c.finding(chk, i, start, p.a[k+1].End, msg)
		f.Evidence, f.pinned = c.passageEvidence(i), true
		return f, true
	}
	return Finding{}, false
}

// movedOpposite: a word of the sentence and its listed opposite in the
// passage, each unmatched and in another place after a rephrasing ("in the
// park's south" / "in the north of the park"), where neither side has the
// other's word nor a word of its side: the statement is reversed however
// the words were moved.
func (chk negationCheck) movedOpposite(c *Context, i int) (Finding, bool) {
	p := c.pairs[i]
	for k, a := range p.a {
		if p.matchA[k] >= 0 || a.Kind != Word || a.Stop || antonyms[a.Stem] == nil || negatedNear(p.a, k) {
			continue
		}
		for j, b := range p.b {
			// (antonyms first: a cheaper lookup, and listed is part of it)
			// A listed pair, or two words of the opposed groups said of the
			// same amount ("a 13 percent tariff cut" / "a 13 percent rise
			// in tariffs").
			if p.matchB[j] >= 0 || !antonyms[a.Stem][b.Stem] || !listed[[2]string{a.Stem, b.Stem}] && !sameAmountNear(p, k, j) || negatedNear(p.b, j) || genderOf[a.Norm] != "" {
				continue
			}
			// Nor where the passage has both ends ("upper and lower"), or
			// either side a word of the other's side — but a change said of
			// the same amount is that amount's, whatever else the sentence
			// says ("shrink by 8 to 10 percent as the carrier adds routes").
			amount := !listed[[2]string{a.Stem, b.Stem}]
			if !amount && (sameSideIn(a, p.b) || sameSideIn(b, p.a)) || slices.ContainsFunc(p.b, func(u Token) bool { return opposite(u, b) }) {
				continue
			}
			if ordinalWords[a.Norm] > 0 || ordinalWords[b.Norm] > 0 || leftAsItIs(p.a, k) || leftAsItIs(p.b, j) || converse(p, k, j) || voiceTurned(p, k, j) || activeDefeat(p, k, j) || anaphoricOrder(p, k, j) || reversedTwice(p, k, j) ||
				!sharedNeighbour(p.a, k, p.b, j) {
				continue
			}
			// Nor where the sentence says the word again in the other
			// voice, which stands for b ("who had given evidence … were
			// given suspended sentences" / "received suspended sentences").
			if slices.ContainsFunc(p.a, func(t Token) bool {
				return t.Start != a.Start && t.Lemma == a.Lemma && voiceTurned(p, tokenIndex(p.a, t), j)
			}) {
				continue
			}
			f := c.finding(chk, i, a.Start, a.End, fmt.Sprintf("%s where the reference has the opposite, %s", quote(a.Text), quote(b.Text)))
			// Two listed opposites said of the same thing flag the
			// sentence however the rest is worded.
			f.Evidence, f.Suggestion, f.pinned = c.passageEvidence(i), matchCase(b.Text, a.Text), true
			return f, true
		}
	}
	return Finding{}, false
}

// sameAmountNear: within four words of each, in the same clause, a[k] and
// b[j] have the same quantity: the same change said of it.
func sameAmountNear(p *pair, k, j int) bool {
	na, nb := p.numbers()
	near := func(s *Sentence, ts []Token, x int, f numFact) bool {
		lo, hi := min(x, f.k0), max(x, f.end()-1)
		if hi-lo > 4+(f.end()-f.k0-1) {
			return false
		}
		for y := lo + 1; y <= hi; y++ {
			if commaBetween(s, ts[y-1], ts[y]) {
				return false
			}
		}
		return true
	}
	for _, f := range na {
		if !near(p.sent, p.a, k, f) {
			continue
		}
		for _, g := range nb {
			if near(p.ref.Sentences[p.align.Sents[0]], p.b, j, g) && sameQuantity(f, g) && comparableFacts(f, g) {
				return true
			}
		}
	}
	return false
}

// sharedNeighbour: within three words of each, the two words have a
// content word in common ("the park's south" / "the north of the park"):
// they say something of the same thing, not of two clauses of a long
// sentence.
func sharedNeighbour(xs []Token, k int, ys []Token, j int) bool {
	for x := max(0, k-3); x < min(len(xs), k+4); x++ {
		// A common noun or verb; a name ("US to start" / "US may end") may
		// recur anywhere in a long sentence.
		if x == k || !xs[x].IsContent() || xs[x].Cap || xs[x].Kind != Word || timeNouns[xs[x].Lemma] {
			continue
		}
		for y := max(0, j-3); y < min(len(ys), j+4); y++ {
			if y != j && ys[y].IsContent() && ys[y].Stem == xs[x].Stem {
				return true
			}
		}
	}
	return false
}

// graded: the word may be a comparative or superlative.
func graded(w string) bool {
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "est") || irregularDegrees[w] != ""
}

var irregularDegrees = map[string]string{"farther": "far", "farthest": "far", "further": "far", "furthest": "far",
	"better": "good", "best": "good", "worse": "bad", "worst": "bad"}

// degreeBase returns the adjective a comparative or superlative is made
// from ("older" → "old", "hottest" → "hot", "earlier" → "early"), or w.
func degreeBase(w string) string {
	if b, ok := irregularDegrees[w]; ok {
		return b
	}
	for _, suf := range []string{"est", "er"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || len(b) < 2 {
			continue
		}
		cands := []string{b, b + "e"}
		if n := len(b); n >= 2 && b[n-1] == b[n-2] {
			cands = append(cands, b[:n-1]) // hotter → hot
		}
		if strings.HasSuffix(b, "i") {
			cands = append(cands, b[:len(b)-1]+"y") // earlier → early
		}
		for _, c := range cands {
			if strings.IndexByte(lexdb().pos[c], 'a') >= 0 {
				return c
			}
		}
	}
	return w
}

// converses are opposites that a change of voice turns into each other:
// "she will receive the award" says what "the award will be given to her"
// says.
var converses = map[[2]string]bool{}

func init() {
	for _, p := range [][2]string{{"give", "receive"}, {"send", "receive"}, {"lend", "borrow"}, {"buy", "sell"},
		{"teach", "learn"}, {"win", "award"}, {"grant", "receive"}, {"pay", "receive"}, {"hire", "join"}} {
		converses[p], converses[[2]string{p[1], p[0]}] = true, true
	}
}

// voiceTurned: sentence token k and passage token j are converses and one
// of them is passive ("receive" / "be given").
func voiceTurned(p *pair, k, j int) bool {
	if !converses[[2]string{p.a[k].Lemma, p.b[j].Lemma}] {
		return false
	}
	return passiveAt(p.a, k) || passiveAt(p.b, j)
}

func passiveAt(ts []Token, k int) bool {
	// A participle after "be" or "get" ("is given"), not "is to give".
	if ts[k].Norm == ts[k].Lemma || k > 0 && ts[k-1].Norm == "to" {
		return false
	}
	for x := max(0, k-2); x < k; x++ {
		if ts[x].Lemma == "be" || ts[x].Lemma == "get" {
			return true
		}
	}
	// A participle that is no past tense, with no "have" before it, is
	// passive wherever its "be" stands ("were convicted … and given
	// suspended sentences").
	if participlesOnly[ts[k].Norm] {
		for x := max(0, k-3); x < k; x++ {
			if ts[x].Lemma == "have" {
				return false
			}
		}
		return true
	}
	return false
}

// participlesOnly are past participles that are no simple past.
var participlesOnly = setOf("given", "taken", "shown", "chosen", "driven", "written", "stolen", "seen", "known", "thrown",
	"beaten", "forbidden", "forgiven", "hidden", "sworn", "drawn", "spoken", "broken")

// sameSideIn: the words also hold a itself, or one on a's side of its
// opposed group ("closed higher" against "rose"): the passage rephrases, it
// does not reverse.
func sameSideIn(a Token, ws []Token) bool {
	ga, grouped := groupSide[a.Stem]
	for _, u := range ws {
		if gu, ok := groupSide[u.Stem]; grouped && ok && gu == ga || u.Stem == a.Stem {
			return true
		}
	}
	return false
}

// prefixNegated: w is base with a prefix that only ever negates
// ("unlawfully" / "lawfully", "non-binding" / "binding"), or the adverb of
// that ("unexpectedly" / "expected"). "in-" and "dis-"
// make other words too ("indoors", "discover"): WordNet's antonyms cover
// those.
func prefixNegated(w, base string) bool {
	if len(base) < 4 {
		return false
	}
	for _, pre := range []string{"un", "non", "non-"} {
		// "unexpectedly" / "as expected", "unusually" / "as usual"
		if w == pre+base || w == pre+base+"ly" {
			return true
		}
	}
	return false
}

// directionalPrefixes and oppositeSuffixes make opposites of one word:
// "upturn" / "downturn", "tailwinds" / "headwinds", "overestimated" /
// "underestimated", "careful" / "careless".
var (
	directionalPrefixes = [][2]string{{"up", "down"}, {"in", "out"}, {"over", "under"}, {"head", "tail"}}
	oppositeSuffixes    = [][2]string{{"ful", "less"}}
)

// affixOpposites: a and b are one dictionary word's stem with opposed
// prefixes or suffixes, the rest at least four letters long.
func affixOpposites(a, b string) bool {
	if !isWord(a) && !isWord(strings.TrimSuffix(a, "s")) || !isWord(b) && !isWord(strings.TrimSuffix(b, "s")) {
		return false
	}
	for _, x := range directionalPrefixes {
		for _, pair := range [][2]string{x, {x[1], x[0]}} {
			ra, okA := strings.CutPrefix(a, pair[0])
			rb, okB := strings.CutPrefix(b, pair[1])
			if okA && okB && ra == rb && len(ra) >= 4 {
				return true
			}
		}
	}
	for _, x := range oppositeSuffixes {
		for _, pair := range [][2]string{x, {x[1], x[0]}} {
			ra, okA := strings.CutSuffix(strings.TrimSuffix(a, "ly"), pair[0])
			rb, okB := strings.CutSuffix(strings.TrimSuffix(b, "ly"), pair[1])
			if okA && okB && ra == rb && len(ra) >= 3 {
				return true
			}
		}
	}
	return false
}

var dimensionNouns = setOf("security", "stability", "equality", "order", "arm", "certainty", "formality")

// prefixAntonyms: x is y with a negating prefix, and WordNet says they are
// opposites ("impatience" / "patience", "dishonest" / "honest").
func prefixAntonyms(x, y Token) bool {
	// Nouns that name a dimension by either end ("job insecurity" /
	// "job security", "public disorder offences" / "public order
	// offences", "instability" / "stability"), and "disarm" / "arms".
	if dimensionNouns[y.Lemma] {
		return false
	}
	for _, pre := range []string{"dis", "in", "im", "ir", "il"} {
		if x.Lemma == pre+y.Lemma && wordnetAntonyms(x.Lemma, y.Lemma) {
			return true
		}
	}
	return false
}

// oppositeIn returns the passage word standing against sentence token k when
// it is k's antonym ("agreed" for "refused"), or "".
func oppositeIn(p *pair, k int) (string, int) {
	for _, r := range p.regions {
		if k < r.A0 || k >= r.A1 {
			continue
		}
		for j := r.B0; j < r.B1; j++ {
			if opposite(p.a[k], p.b[j]) {
				return p.b[j].Text, j
			}
		}
	}
	return "", -1
}

// activeDefeat: "won" against "defeated" or "beat" in the active voice ("X
// defeated Y" says X won); only "was defeated" or "a defeat" reverses it.
func activeDefeat(p *pair, k, j int) bool {
	side := func(ts []Token, x int) bool {
		return (ts[x].Lemma == "defeat" || ts[x].Lemma == "beat") && ts[x].Norm != ts[x].Lemma && !passiveAt(ts, x)
	}
	return p.a[k].Lemma == "win" && side(p.b, j) || p.b[j].Lemma == "win" && side(p.a, k)
}

// anaphoricOrder: "before" against "after" where one side points back with
// a demonstrative ("Before that, the White House said …" / "This comes after
// the White House said …"): the two order the same events from the other
// end. Both pointing back ("Before that," / "After that,") is a reversal.
func anaphoricOrder(p *pair, k, j int) bool {
	order := func(t Token) bool { return t.Norm == "before" || t.Norm == "after" }
	back := func(ts []Token, x int) bool {
		return x+1 < len(ts) && (ts[x+1].Norm == "that" || ts[x+1].Norm == "this" || ts[x+1].Norm == "then") &&
			(x+2 == len(ts) || !ts[x+2].IsContent() || ts[x+2].Cap)
	}
	return order(p.a[k]) && order(p.b[j]) && back(p.a, k) != back(p.b, j)
}

// unmatchedStem: the words ts have one of this stem that the alignment
// left unmatched (match gives each word's counterpart, or -1). When only the
// sentence has the passage's word left over, it says that direction too;
// when each side has the other's, the two are swapped ("rose … after
// falling" / "fell … after rising").
func unmatchedStem(ts []Token, match []int, stem string) bool {
	for x, t := range ts {
		if t.Stem == stem && match[x] < 0 {
			return true
		}
	}
	return false
}

// sameNext: the opposites at sentence token k and passage token j say
// their thing of the same words — the next content word after each, within
// three words, is the same ("rose 6 percent" / "drop by 6 percent"), not
// a turned frame ("arrested after the attack" / "the attack came before his
// arrest"). Such a pair is evidence however the rest of the passage is
// worded.
func sameNext(p *pair, k, j int) bool {
	next := func(ts []Token, x int) int {
		for y := x + 1; y < len(ts) && y <= x+3; y++ {
			if ts[y].IsContent() {
				return y
			}
		}
		return -1
	}
	x, y := next(p.a, k), next(p.b, j)
	return x >= 0 && y >= 0 && sameWord(p.a[x], p.b[y])
}

// oppositeOfSameAmount: an unmatched word of the sentence and an unmatched
// word of the passage are opposites said of the same amount — each straight
// before the same number ("Halvard's shares jumped 6.3%" / "Shares in
// Halvard fell 6.3 percent") — wherever the alignment left them. The
// amount pins them to the same fact however the rest is worded.
func (chk negationCheck) oppositeOfSameAmount(c *Context, i int) (Finding, bool) {
	p := c.pairs[i]
	amount := func(ts []Token, x int) string {
		if x+1 < len(ts) && ts[x+1].Kind == Number {
			return strings.TrimRight(strings.ReplaceAll(ts[x+1].Norm, ",", ""), "%")
		}
		return ""
	}
	for k, a := range p.a {
		if p.matchA[k] >= 0 || a.Kind != Word || amount(p.a, k) == "" {
			continue
		}
		for j, b := range p.b {
			if p.matchB[j] >= 0 || amount(p.b, j) != amount(p.a, k) || !opposite(a, b) || negatedNear(p.a, k) != negatedNear(p.b, j) ||
				sameSideIn(a, p.b) || activeDefeat(p, k, j) || converse(p, k, j) || voiceTurned(p, k, j) {
				continue
			}
			f := c.finding(chk, i, a.Start, a.End, fmt.Sprintf("%s where the reference has the opposite, %s, of the same amount", quote(a.Text), quote(b.Text)))
			f.Evidence, f.Suggestion, f.pinned = c.passageEvidence(i), matchCase(b.Text, a.Text), true
			return f, true
		}
	}
	return Finding{}, false
}

// negatedNear: a hard negation stands just before token k ("not strong").
func negatedNear(ts []Token, k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if hardNegation(ts[j]) {
			return true
		}
	}
	// "None of the 52 passengers was hurt": a negated subject, its
	// predicate after "was".
	if k > 1 && ts[k-1].Lemma == "be" {
		for j := max(0, k-12); j < k-1; j++ {
			if negatedSubjects[ts[j].Norm] {
				return true
			}
		}
	}
	// "less expensive" says "cheaper".
	return k > 0 && ts[k-1].Norm == "less"
}

// negatedSubjects deny their whole predicate ("none of them was hurt").
var negatedSubjects = setOf("none", "nobody", "neither", "nothing", "noone")

// declineOfAmount: "decline" as a fall ("a slight decline in profits",
// "sales declined 5%"), not a refusal ("declined to comment", "declined the
// offer"), so no negation.
func declineOfAmount(ts []Token, k int) bool {
	if ts[k].Lemma != "decline" {
		return false
	}
	next := ""
	if k+1 < len(ts) {
		next = ts[k+1].Norm
	}
	// "declined the offer", "declined comment": a refusal; "declined this
	// year" is no object.
	if determiners[next] && !(k+2 < len(ts) && timeNouns[ts[k+2].Lemma]) || next == "comment" {
		return false
	}
	// Past a time ("declined on Friday to hear", "declined this year for
	// the first time"), "to" and a verb is a refusal, "to" and a number a
	// fall to an amount ("declined to 9.4 billion"); no "to", a fall.
	x := k + 1
	for x < len(ts) && x <= k+6 && (declineTimes[ts[x].Norm] || monthsDays[ts[x].Norm] || timeNouns[ts[x].Lemma] || ordinalToken(ts[x])) {
		x++
	}
	if x < len(ts) && ts[x].Norm == "to" {
		return x+1 < len(ts) && ts[x+1].Kind == Number
	}
	return true
}

// declineTimes may stand between "declined" and what follows it: a time
// ("on Friday", "this year", "for the first time").
var declineTimes = setOf("on", "in", "at", "this", "last", "next", "the", "earlier", "later", "again", "for", "first", "time",
	"yesterday", "today", "sharply", "slightly", "further")

// dissuading verbs take "against" + gerund for "not to": "warned … against
// crossing", "voted against raising".
var dissuading = setOf("warn", "caution", "advise", "urge", "counsel", "vote", "decide", "argue", "lobby", "rule")

// negationCues returns the indices of hard and soft negation cues in
// ts[lo:hi]. "Neither … nor" counts once.
func negationCues(ts []Token, lo, hi int) (hard, soft []int) {
	neither := false
	next := func(k int) string {
		if k+1 < len(ts) {
			return ts[k+1].Norm
		}
		return ""
	}
	for k := lo; k < hi; k++ {
		t := ts[k]
		switch {
		case t.Norm == "nor" && neither:
		// Idioms that affirm: "no doubt", "without saying", "not only …
		// but" (and "not just", "not merely"), "no matter", "no less than".
		// "fell rather than rose", "instead of rising": a contrast that
		// says "not".
		case t.Norm == "rather" && next(k) == "than", t.Norm == "instead" && next(k) == "of":
			soft = append(soft, k)
		case (t.Norm == "no" || t.Norm == "without") && (next(k) == "doubt" || next(k) == "saying"):
			soft = append(soft, k)
		case t.Norm == "not" && (next(k) == "only" || next(k) == "just" || next(k) == "merely" || next(k) == "simply"),
			t.Norm == "no" && (next(k) == "matter" || next(k) == "less" || next(k) == "fewer"):
		// "had never before won a title" says "won his first title": a
		// soft cue, which answers a negation but makes no finding alone.
		case t.Norm == "never" && (next(k) == "before" || next(k) == "previously"):
			soft = append(soft, k)
		// "No. 5", "No 10 Downing Street": the abbreviation of "number"
		// (not "No 18-year-olds will …").
		case t.Norm == "no" && t.Cap && k+1 < len(ts) && ts[k+1].Kind == Number && ts[k+1].Start-t.End <= 2 &&
			strings.Trim(ts[k+1].Text, "0123456789") == "":
		// "no X and no Y" says what "no X or Y" says: a "no" repeated
		// after "and"/"or" carries the first one on.
		case t.Norm == "no" && k > lo && (ts[k-1].Norm == "and" || ts[k-1].Norm == "or") && repeatedNo(ts, lo, k):
		// "A slight decline in profits", "declining sales": a fall, not a
		// refusal ("declined to comment", "declined the offer").
		case declineOfAmount(ts, k):
		case hardNegation(t):
			hard = append(hard, k)
			neither = neither || t.Norm == "neither"
		// "warned Beijing against crossing" says "warned it not to cross"
		// (a soft cue: "warned it about crossing" says much the same).
		case t.Norm == "against" && strings.HasSuffix(next(k), "ing") && k > lo && slices.ContainsFunc(ts[max(lo, k-4):k], func(u Token) bool { return dissuading[u.Lemma] }):
			soft = append(soft, k)
		// "declined less steeply than" says "did not drop as sharply as";
		// "for the first time since" says "had not … since".
		case t.Norm == "less" && k+2 < hi && (ts[k+2].Norm == "than" || k+3 < hi && ts[k+3].Norm == "than") && !canBe(ts[k+1], 'n'),
			t.Norm == "first" && next(k) == "time":
			soft = append(soft, k)
		// "could ill afford" says "could not afford".
		case t.Norm == "ill" && strings.HasPrefix(next(k), "afford"):
			soft = append(soft, k)
		// "stopped short of revoking" says "did not revoke".
		case t.Lemma == "stop" && next(k) == "short" && k+2 < len(ts) && ts[k+2].Norm == "of":
			hard = append(hard, k)
		// "would remain grounded until", "will stay shut until" say
		// "would not return to service until", "will not reopen until".
		case (t.Lemma == "remain" || t.Lemma == "stay") && slices.ContainsFunc(ts[k+1:min(hi, k+5)], func(u Token) bool { return u.Norm == "until" }):
			soft = append(soft, k)
		// "would open only in 2027", "would only be made public next
		// spring" say "would not open until 2027", "would not be
		// released until next spring".
		case t.Norm == "only" && onlyThen(ts, k):
			soft = append(soft, k)
		// "has yet to turn a profit" says "has not turned one".
		case t.Norm == "yet" && next(k) == "to" && k > lo && yetAux[ts[k-1].Norm]:
			hard = append(hard, k)
		// "unless" says "if not"; "unbeaten" says "not beaten"; "miss",
		// "withhold", "skip" say "not take part", "not give", "not do".
		// "The school was empty" says "no one was in it", "the absence of
		// African films" "no African films", "still needs approval" "has
		// yet to approve".
		// So does "must still be approved".
		case absence[t.Lemma] || t.Norm == "still" && (stillWanting[ts[min(k+1, len(ts)-1)].Lemma] || k > lo && ts[k-1].Norm == "must"):
			soft = append(soft, k)
		// "unless" says "if not".
		case t.Norm == "unless":
			hard = append(hard, k)
		// "few analysts expected" says "most did not expect" ("a few" and
		// "quite a few" say some).
		case scarcely[t.Norm] && !(k > 0 && (ts[k-1].Norm == "a" || ts[k-1].Norm == "quite")):
			soft = append(soft, k)
		case negativeAffix(t) || impliedNegation(ts, k) || unPrefixed(t) || notDoing[t.Lemma] || barring[t.Lemma] || cueKind(ts, k) == "acquit" || cueKind(ts, k) == "drop" || cueKind(ts, k) == "short" ||
			phrasalRefusals[t.Lemma] == next(k) && next(k) != "":
			soft = append(soft, k)
		}
	}
	return hard, soft
}

// negatedComparative: one side negates a comparison ("had not suffered a
// deadlier earthquake since 1988") where the other has the superlative of
// the same adjective set against a stretch of time or a record ("the
// deadliest earthquake … since 1988"): the two say the same.
func negatedComparative(p *pair) bool {
	return negComparativeAgainst(p.a, p.b) || negComparativeAgainst(p.b, p.a)
}

func negComparativeAgainst(xs, ys []Token) bool {
	for k, t := range xs {
		if !hardNegation(t) {
			continue
		}
		for x := k + 1; x < len(xs) && x <= k+4; x++ {
			w, base := xs[x].Norm, degreeBase(xs[x].Norm)
			if w == "more" && x+1 < len(xs) {
				base = xs[x+1].Norm // "no more destructive storm"
			} else if base == w || !strings.HasSuffix(w, "er") && w != "better" && w != "worse" {
				continue // not a comparative
			}
			for j := range ys {
				if recordSuperlative(ys, j) && superlativeBase(ys, j) == base {
					return true
				}
			}
		}
	}
	return false
}

// superlativeBase is the adjective ts[k] is the superlative of
// ("deadliest" → "deadly", "most destructive" → "destructive"), or "".
func superlativeBase(ts []Token, k int) string {
	w := ts[k].Norm
	switch {
	case w == "most" && k+1 < len(ts):
		return ts[k+1].Norm
	case strings.HasSuffix(w, "est") && degreeBase(w) != w, w == "best" || w == "worst":
		return degreeBase(w)
	}
	return ""
}

// recordSuperlative: ts[k] is a superlative set against a stretch of time
// or a record ("the deadliest … since 1988", "the biggest … ever", "the
// worst … on record", "the largest … in history"), which says that nothing
// else in it was more so.
func recordSuperlative(ts []Token, k int) bool {
	if superlativeBase(ts, k) == "" {
		return false
	}
	for x := k + 1; x < len(ts) && x <= k+6; x++ {
		switch {
		case ts[x].Norm == "since" || ts[x].Norm == "ever":
			return true
		case ts[x].Norm == "on" && x+1 < len(ts) && ts[x+1].Norm == "record", ts[x].Norm == "in" && x+1 < len(ts) && ts[x+1].Norm == "history":
			return true
		}
	}
	return false
}

// cancelLitotes drops a negation of a negative word, which affirms ("not
// unknown", "not uncommon", "never unwilling"), when the other side does
// not keep the negative word: "they do happen" renders "not unknown";
// "unknown" against "not unknown" stays a dropped negation.
func cancelLitotes(hard, soft []int, ts []Token, match []int) ([]int, []int) {
	for _, h := range hard {
		k := h + 1
		if (ts[h].Norm != "not" && ts[h].Norm != "never") || !slices.Contains(soft, k) || match[k] >= 0 ||
			!((negativeAffix(ts[k]) || unPrefixed(ts[k])) && !canBe(ts[k], 'v') || ts[k].Norm == "without") { // an adjective by its form: not "not free of", "not uncovered"
			continue
		}
		hard = slices.DeleteFunc(slices.Clone(hard), func(x int) bool { return x == h })
		soft = slices.DeleteFunc(slices.Clone(soft), func(x int) bool { return x == k })
		return cancelLitotes(hard, soft, ts, match)
	}
	return hard, soft
}

// litotesAnswered drops a sentence's negation of a negative word when the
// passage says the positive plainly: "not impossible" / "possible", "not
// unusual" / "common" (a synonym of "usual"), "not irreversible" / "can be
// reversed", "not without risks" / "carries risks". A sentence's "not
// unusual" against "rare" stays a reversal: the passage has no "usual".
func litotesAnswered(hard, soft []int, p *pair) ([]int, []int) {
	for _, h := range hard {
		k := h + 1
		ts := p.a
		if (ts[h].Norm != "not" && ts[h].Norm != "never") || k >= len(ts) || p.matchA[k] >= 0 {
			continue
		}
		var bases []string
		switch w := ts[k]; {
		case w.Norm == "without" && k+1 < len(ts):
			bases = []string{ts[k+1].Lemma}
		case negativeAffix(w) || unPrefixed(w):
			for _, pre := range negatingPrefixes {
				if b, ok := strings.CutPrefix(w.Lemma, pre); ok && isWord(b) {
					bases = append(bases, b)
				}
			}
		}
		if len(bases) == 0 || !slices.ContainsFunc(bases, func(b string) bool { return plainlyIn(b, p.b) }) {
			continue
		}
		hard = slices.DeleteFunc(slices.Clone(hard), func(x int) bool { return x == h || x == k })
		soft = slices.DeleteFunc(slices.Clone(soft), func(x int) bool { return x == k })
		return litotesAnswered(hard, soft, p)
	}
	return hard, soft
}

// plainlyIn: ts has the word b, a form of it that shares its first five
// letters ("reversible" / "reversed"), or a synonym of it.
func plainlyIn(b string, ts []Token) bool {
	return slices.ContainsFunc(ts, func(u Token) bool {
		return u.Lemma == b || u.Norm == b || synonyms(b, u.Lemma) || len(b) >= 6 && len(u.Norm) >= 6 && b[:5] == u.Norm[:5]
	})
}

// phrasalRefusals say "refuse" or "reject" with a particle: "turned down a
// request", "ruled out a deal", "threw out the case".
var phrasalRefusals = map[string]string{"turn": "down", "vote": "down", "shoot": "down", "strike": "down",
	"rule": "out", "throw": "out", "brush": "aside", "wave": "aside", "shrug": "off"}

// yetAux are the auxiliaries before which "yet to" is a plain negation.
var yetAux = setOf("has", "have", "had", "is", "are", "was", "were")

// repeatedNo: the "no" at k, after "and"/"or", repeats one a few words
// before it in the same noun phrase ("no water and no electricity"), with no
// verb between: "No deaths were reported and no buildings collapsed" has two
// clauses, two negations.
func repeatedNo(ts []Token, lo, k int) bool {
	for x := k - 2; x >= lo && x >= k-12; x-- {
		// A verb of a clause: an auxiliary, or an inflected form after a
		// noun or pronoun — not one that describes after "no" or a
		// determiner ("no running water", "no damaged buildings").
		if finiteAux[ts[x].Norm] || ts[x].Norm != ts[x].Lemma && canBe(ts[x], 'v') && x > 0 && !(ts[x-1].Norm == "no" || determiners[ts[x-1].Norm]) {
			return false
		}
		if ts[x].Norm == "no" {
			return true
		}
	}
	return false
}

// unPrefixed: an "un-" word of a dictionary word ("unbeaten", "unharmed"),
// which WordNet does not always list as an antonym. Used as a soft cue
// only: it can answer a negation, never make a finding alone.
func unPrefixed(t Token) bool {
	// Adjectives only: "un-" verbs reverse an action ("unleash", "unveil").
	if t.Kind != Word || len(t.Norm) < 6 || !strings.HasPrefix(t.Norm, "un") || !isWord(t.Norm[2:]) {
		return false
	}
	// A participle the dictionary lacks with "un-" ("unvaccinated",
	// "unfunded") is the adjective of its verb.
	if !isWord(t.Norm) {
		return strings.HasSuffix(t.Norm, "ed") && pastVerbForm(Token{Kind: Word, Norm: t.Norm[2:], Lemma: lemma(t.Norm[2:])})
	}
	pn, pl := lexdb().pos[t.Norm], lexdb().pos[t.Lemma]
	return !strings.Contains(pn, "v") && !strings.Contains(pl, "v") && (pn+pl == "" || strings.Contains(pn+pl, "a"))
}

// unpairedCues drops the cues of a that are matched to a cue of b, and
// those cues of b.
func unpairedCues(a, b []int, matchA []int) ([]int, []int) {
	if len(a) == 0 || len(b) == 0 {
		return a, b
	}
	paired := map[int]bool{}
	for _, j := range b {
		paired[j] = false
	}
	var restA []int
	for _, k := range a {
		if j := matchA[k]; j >= 0 {
			if done, ok := paired[j]; ok && !done {
				paired[j] = true
				continue
			}
		}
		restA = append(restA, k)
	}
	var restB []int
	for _, j := range b {
		if !paired[j] {
			restB = append(restB, j)
		}
	}
	return restA, restB
}

// movedCues drops the sentence's cues whose word the passage has, unmatched,
// outside the part the sentence covers.
func movedCues(p *pair, cues []int) []int {
	if len(cues) == 0 {
		return cues
	}
	lo, hi := coveredB(p)
	used := map[int]bool{}
	var out []int
	for _, k := range cues {
		moved := false
		for j, u := range p.b {
			if (j < lo || j >= hi) && p.matchB[j] < 0 && !used[j] && u.Norm == p.a[k].Norm {
				used[j], moved = true, true
				break
			}
		}
		if !moved {
			out = append(out, k)
		}
	}
	return out
}

// notDoing are verbs that say a thing is not done: they answer a "not" in
// a rephrasing ("would not compete" / "would miss"), never make a finding.
var notDoing = setOf("miss", "withhold", "skip", "avoid", "refrain", "abstain", "forgo", "forego", "scrap",
	"suspend", "halt", "postpone", "exclude", "omit", "ignore", "resist", "spare")

// absence words say that something is not there; stillWanting verbs after
// "still" say that something has not happened yet.
var absence = setOf("absence", "absent", "empty", "vacant", "missing", "devoid", "pending", "lacking")

// shortWords say "not enough" ("a shortage of drivers" / "does not have
// enough drivers"), and answer only such a negation: "help plug shortages"
// does not answer "would not help".
var shortWords = setOf("lack", "shortage", "shortfall", "scarcity", "dearth")

// enoughWords follow a negation that a shortage can stand for.
var enoughWords = setOf("enough", "sufficient", "adequate", "sufficiently")
var stillWanting = setOf("need", "require", "await", "wait", "lack", "have", "seek")

// barring verbs say "not able to" or "not allowed to" ("prevents companies
// from buying" / "companies will not be able to buy"): soft cues that answer
// only such a negation, not any "not" ("did not close" / "blocked").
var barring = setOf("prevent", "stop", "bar", "block", "ban", "prohibit", "forbid")

// ableWords follow a negation that a barring verb can stand for.
var ableWords = setOf("able", "allowed", "permitted", "possible", "can", "could", "may", "let")

// conditionalCue: a soft cue that answers only certain negations (see
// answerConditional): a barring verb, or "free of" ("free of mines" / "no
// mines").
func conditionalCue(ts []Token, k int) bool { return cueKind(ts, k) != "" }

// cueKind names the family of a conditional cue ("" for none): cues of one
// family answer each other.
func cueKind(ts []Token, k int) string {
	t := ts[k]
	switch {
	case barring[t.Lemma]:
		return "bar"
	case shortWords[t.Lemma]:
		return "short"
	case t.Norm == "free" || t.Norm == "most":
		return t.Norm
	case quantityCeiling(ts, k):
		return "most"
	// "cleared of", "cleared the activist Rosa Lind of": found not guilty.
	case t.Lemma == "acquit" || t.Lemma == "acquittal" || t.Lemma == "clear" && slices.ContainsFunc(ts[k+1:min(len(ts), k+7)], func(u Token) bool { return u.Norm == "of" }):
		return "acquit"
	case droppingPlans[t.Lemma] && (t.Lemma != "drop" || planAfter(ts, k)), t.Lemma == "call" && k+1 < len(ts) && ts[k+1].Norm == "off":
		return "drop"
	}
	return ""
}

// scarcely are words that all but negate their clause.
var scarcely = setOf("few", "hardly", "barely", "scarcely", "seldom", "rarely")

// verbAffirmedInPassage: the sentence says "not" before a verb the passage
// has, in the same or a synonym's form, with no negation near it ("would not
// begin vaccinating" / "vaccination would start"): the passage's
// negations, if any, are of other words.
func verbAffirmedInPassage(p *pair, k int) bool { return verbAffirmedIn(p.a, k, p.b) }

// verbAffirmedIn: the words neg say "not" at k before a verb that the
// words other say as a verb, in the same or a synonym's form, with no
// negation in its clause. Not a negation neg answers itself ("not to
// travel without calling") or one of time ("would not be cleared for
// weeks" / "would take weeks to clear"); nor the verb as a noun in other
// ("out of reach").
func verbAffirmedIn(neg []Token, k int, other []Token) bool {
	if w := neg[k].Norm; w != "not" && w != "n't" && w != "never" {
		return false
	}
	y := k + 1
	for y < len(neg) && y <= k+3 && !neg[y].IsContent() {
		y++
	}
	if y >= len(neg) || y > k+3 || !canBe(neg[y], 'v') || neg[y].Cap {
		return false
	}
	v := neg[y]
	for x := y + 1; x < min(len(neg), y+6); x++ {
		if isNegative(neg[x]) || neg[x].Norm == "until" || neg[x].Norm == "for" && x+1 < len(neg) && (timeNouns[neg[x+1].Lemma] || neg[x+1].Kind == Number) {
			return false
		}
	}
	for j, b := range other {
		if b.Kind != Word || b.Stop || !canBe(b, 'v') || b.Lemma != v.Lemma && !synonyms(b.Lemma, v.Lemma) {
			continue
		}
		if j > 0 && (determiners[other[j-1].Norm] || allPrepositions[other[j-1].Norm] && other[j-1].Norm != "to") {
			continue
		}
		negated := false
		for x := max(0, j-6); x < min(len(other), j+3) && !negated; x++ {
			negated = x != j && isNegative(other[x])
		}
		if !negated {
			return true
		}
	}
	return false
}

// affirmedThere: the word the sentence negates at cue k — the first
// content word after it — is matched to a passage word with no negation
// before it ("has not agreed" / "has agreed").
func affirmedThere(p *pair, k int) bool { return affirmedAcross(p.a, p.b, p.matchA, k, false) }

// affirmedAcross: the word side as negates at cue k is matched (matchA) to
// a word of side bs with no negation before it.
func affirmedAcross(as, bs []Token, matchA []int, k int, loose bool) bool {
	// A cue the passage has too, before the same word, is answered.
	nextContent := func(ts []Token, x int) string {
		for y := x + 1; y < len(ts) && y <= x+3; y++ {
			if ts[y].IsContent() {
				return ts[y].Norm
			}
		}
		return ""
	}
	if j := matchA[k]; j >= 0 && nextContent(as, k) == nextContent(bs, j) {
		return false
	}
	// Only a negated verb: "no officers were hurt" may be "no police
	// officers", its negation before another word.
	if w := as[k].Norm; w != "not" && w != "n't" && w != "never" {
		return false
	}
	for y := k + 1; y < len(as) && y <= k+3; y++ {
		if !as[y].IsContent() {
			continue
		}
		if !canBe(as[y], 'v') {
			return false
		}
		// The same word, so that it is the same verb ("named" / "whose
		// name was not released" is not).
		j := matchA[y]
		if j < 0 || bs[j].Norm != as[y].Norm && !(loose && canBe(bs[j], 'v')) {
			return false
		}
		// The words before it back to the last content word or comma:
		// its auxiliaries, where a negation would stand.
		lo := j
		for lo > 0 && bs[lo-1].Kind == Word && !bs[lo-1].IsContent() {
			lo--
		}
		for x := lo; x < j; x++ {
			if isNegative(bs[x]) {
				return false
			}
		}
		return true
	}
	return false
}

// quantityCeiling: "a maximum of 200 litres", "up to 200 litres" say
// what "at most" and "no more than" say.
func quantityCeiling(ts []Token, k int) bool {
	next := func(n int) Token {
		if k+n < len(ts) {
			return ts[k+n]
		}
		return Token{}
	}
	return ts[k].Norm == "maximum" && next(1).Norm == "of" && next(2).Kind == Number ||
		ts[k].Norm == "up" && next(1).Norm == "to" && next(2).Kind == Number
}

// planAfter: a plan is what ts[k] drops ("was dropping a planned wind
// farm"), not "prices dropped 4 percent" or "was dropped from the squad".
func planAfter(ts []Token, k int) bool {
	for x := k + 1; x < len(ts) && x <= k+4; x++ {
		if planWords[ts[x].Lemma] || planWords[ts[x].Norm] {
			return true
		}
	}
	return false
}

var planWords = setOf("plan", "planned", "proposal", "proposed", "project", "bid", "idea", "scheme", "programme", "program", "deal", "talks")

// droppingPlans (and "call off") say a plan will not go ahead: they answer
// "no longer" and "not proceed / go ahead / pursue" ("abandoned plans for a
// plant" / "would no longer build the plant"), no other negation.
var droppingPlans = setOf("abandon", "abandonment", "drop", "shelve", "ditch")

// goAheadWords follow a "not" that droppingPlans can stand for.
var goAheadWords = setOf("proceed", "go", "pursue", "continue")

// cancelPairs drops soft cues of a (tokens ta) and b (tokens tb) in pairs,
// one of each side and of the same family: plain cues each other, and a
// conditional cue only one of its own ("prohibited" / "banned"; an
// "acquitted" answers no "barred", and "unless … drops the tax" / "if …
// does not abandon the tax" leaves "unless" to answer the "not").
func cancelPairs(a []int, ta []Token, b []int, tb []Token) ([]int, []int) {
	dropA, dropB := map[int]bool{}, map[int]bool{}
	for _, x := range a {
		kind := cueKind(ta, x)
		for _, y := range b {
			if !dropB[y] && cueKind(tb, y) == kind {
				dropA[x], dropB[y] = true, true
				break
			}
		}
	}
	a = slices.DeleteFunc(slices.Clone(a), func(k int) bool { return dropA[k] })
	b = slices.DeleteFunc(slices.Clone(b), func(k int) bool { return dropB[k] })
	return a, b
}

// exceedWords follow a negation that "at most" can stand for.
var exceedWords = setOf("exceed", "more", "surpass", "top", "above", "over", "beyond")

// answerConditional lets the conditional cues among soft (of ts) answer the
// negations of hard (of hts) they can stand for — a barring verb a "not"
// before "able", "allowed", "can" …; "free of" a "no", "none" or "without";
// "at most" a "not" before "exceed", "more" …; "acquitted" a "not guilty";
// "abandoned" a "no longer" or "not proceed" — and drops the conditional cues from soft: they answer nothing else.
func answerConditional(soft []int, ts []Token, hard []int, hts []Token) ([]int, []int) {
	var rest []int
	for _, c := range soft {
		if !conditionalCue(ts, c) {
			rest = append(rest, c)
			continue
		}
		for x, h := range hard {
			ok := false
			switch {
			case ts[c].Norm == "free":
				ok = hts[h].Norm == "no" || hts[h].Norm == "none" || hts[h].Norm == "without"
			case cueKind(ts, c) == "drop":
				ok = h+1 < len(hts) && hts[h+1].Norm == "longer"
				for y := h + 1; y < len(hts) && y <= h+2 && !ok; y++ {
					ok = goAheadWords[hts[y].Lemma]
				}
			case cueKind(ts, c) == "acquit":
				// "acquitted", "cleared of" / "found not guilty", "did not
				// find him guilty"; not "pleaded not guilty".
				for y := h + 1; y < len(hts) && y <= h+4 && !ok; y++ {
					ok = hts[y].Norm == "guilty" || hts[y].Norm == "culpable"
				}
				ok = ok && !(h > 0 && hts[h-1].Lemma == "plead")
			case cueKind(ts, c) == "short":
				for y := h + 1; y < len(hts) && y <= h+3 && !ok; y++ {
					ok = enoughWords[hts[y].Norm]
				}
			case cueKind(ts, c) == "most":
				for y := h + 1; y < len(hts) && y <= h+3 && !ok; y++ {
					ok = exceedWords[hts[y].Lemma] || exceedWords[hts[y].Norm]
				}
			default:
				// "cannot", "may not use", "will not be able to", "not allowed";
				// "would stop selling" says "will no longer sell".
				ok = hts[h].Norm == "cannot" || hts[h].Norm == "can't" || hts[h].Norm == "couldn't" || h > 0 && ableWords[hts[h-1].Norm] ||
					ts[c].Lemma == "stop" && h+1 < len(hts) && hts[h+1].Norm == "longer"
				for y := h + 1; y < len(hts) && y <= h+3 && !ok; y++ {
					ok = ableWords[hts[y].Norm]
				}
			}
			if ok {
				hard = append(hard[:x:x], hard[x+1:]...)
				break
			}
		}
	}
	return rest, hard
}

// impliedNegation: "too small to hear" says "cannot hear"; "have yet to
// recover" says "have not recovered".
func impliedNegation(ts []Token, k int) bool {
	if ts[k].Norm == "yet" && k+1 < len(ts) && ts[k+1].Norm == "to" && k > 0 && !hardNegation(ts[k-1]) {
		return true
	}
	// "free of colour blindness" says "no colour blindness"; "free of
	// charge" and "walked free from court" say no such thing.
	if ts[k].Norm == "free" && k+1 < len(ts) && (ts[k+1].Norm == "of" || ts[k+1].Norm == "from") &&
		!(k+2 < len(ts) && ts[k+2].Norm == "charge") && !(k > 0 && (ts[k-1].Lemma == "walk" || ts[k-1].Lemma == "go" || ts[k-1].Lemma == "set")) {
		return true
	}
	// "2.5 million tonnes at most" says "would not exceed 2.5 million"
	// (a conditional cue: see answerConditional).
	if ts[k].Norm == "most" && k > 0 && ts[k-1].Norm == "at" || quantityCeiling(ts, k) {
		return true
	}
	// "fell short of winning" says "failed to win".
	if ts[k].Norm == "short" && k+1 < len(ts) && ts[k+1].Norm == "of" && k > 0 && ts[k-1].Lemma == "fall" {
		return true
	}
	// "were still to agree" says "had not yet agreed".
	if ts[k].Norm == "still" && k+1 < len(ts) && ts[k+1].Norm == "to" {
		return true
	}
	// "will be exempt" says "will not have to pay"; "drive them out of
	// business" says they will not survive.
	if ts[k].Lemma == "exempt" || ts[k].Norm == "business" && k >= 2 && ts[k-1].Norm == "of" && ts[k-2].Norm == "out" {
		return true
	}
	if ts[k].Norm != "too" {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+5; j++ {
		if ts[j].Norm == "to" {
			return true
		}
	}
	return false
}

// coveredB is the range of passage tokens the sentence corresponds to: from
// the first to the last matched token, widened by two tokens each way.
func coveredB(p *pair) (int, int) {
	lo, hi := -1, -1
	for j, k := range p.matchB {
		if k >= 0 {
			if lo < 0 {
				lo = j
			}
			hi = j + 1
		}
	}
	if lo < 0 {
		return 0, len(p.b)
	}
	// Widened by up to two words each way ("did not" before a matched
	// verb), but not past a clause break after the last: "…exactly, nor do
	// you know …" is another clause the sentence does not render.
	// A full stop, semicolon or colon always ends it; a comma or dash does
	// unless a contrast follows ("…on Monday, not Friday").
	brk := func(x, y Token) bool {
		gap := p.ref.plain[x.End:y.Start]
		return strings.ContainsAny(gap, ";:.!?") || strings.ContainsAny(gap, ",-–—") && y.Norm != "not"
	}
	for n := 0; n < 2 && hi < len(p.b) && !brk(p.b[hi-1], p.b[hi]); n++ {
		hi++
	}
	// Before the first matched word, a word the sentence has elsewhere
	// (moved: "did not give a breakdown" / "no breakdown … was given")
	// belongs to the stretch it renders, past function words.
	for x := lo - 1; x >= 0 && x >= lo-4 && !brk(p.b[x], p.b[x+1]); x-- {
		if u := p.b[x]; u.IsContent() {
			if !p.inSentence(u) {
				break
			}
			lo = x
		}
	}
	return max(0, lo-2), hi
}

// droppedAt: passage token j lies in a difference whose sentence side is
// empty.
// droppedClause: passage token j lies in a clause that holds a negation
// and that the sentence leaves out whole (negatedClauseIn).
func droppedClause(p *pair, j int) bool {
	for _, r := range p.regions {
		if j >= r.B0 && j < r.B1 {
			lo, _ := negatedClauseIn(p, r)
			return lo >= 0
		}
	}
	return false
}

// clauseAround returns the clause set off by commas (or dashes, brackets,
// or opened by a contrast: "but", "although") around passage token j when
// it holds two content words or more and the sentence has none of them;
// -1, -1 otherwise.
func clauseAround(p *pair, j int) (int, int) {
	// A contrast opens a clause with or without its comma ("supported the
	// idea but did not have a building").
	// So does a relative after its noun ("sales targets that were not
	// met").
	brk := func(x, y Token) bool {
		return strings.ContainsAny(p.ref.plain[x.End:y.Start], ",;:–—()") || y.Norm == "but" || y.Norm == "although" || y.Norm == "though" || y.Norm == "whereas" ||
			(y.Norm == "that" || y.Norm == "which" || y.Norm == "who") && x.IsContent() && x.Kind == Word && canBe(x, 'n') && (x.Norm != x.Lemma || !canBe(x, 'v'))
	}
	lo, hi := j, j+1
	for lo > 0 && !brk(p.b[lo-1], p.b[lo]) {
		lo--
	}
	for hi < len(p.b) && !brk(p.b[hi-1], p.b[hi]) {
		hi++
	}
	if lo == 0 && hi == len(p.b) {
		return -1, -1 // the whole sentence: no clause of it
	}
	// Two content words; in a relative clause, the negation may be one of
	// them ("targets that were not met").
	relative := p.b[lo].Norm == "that" || p.b[lo].Norm == "which" || p.b[lo].Norm == "who"
	n := 0
	for _, u := range p.b[lo:hi] {
		if u.IsContent() {
			if p.inSentence(u) {
				return -1, -1
			}
			n++
		} else if relative && hardNegation(u) {
			n++
		}
	}
	if n < 2 {
		return -1, -1
	}
	return lo, hi
}

func droppedAt(p *pair, j int) bool {
	for _, r := range p.regions {
		if j >= r.B0 && j < r.B1 {
			return r.emptyA()
		}
	}
	return false
}

// framedOpposite: words that reverse a statement only in the same frame.
// "Up" against "down" after the same verb of moving a quantity ("stepped up"
// / "stepped down", "revised up" / "revised down"; "shut up shop" / "closed
// down", "broke up" / "broke down" are no opposites) or before the same
// "from" ("up from 50 million") or the same amount ("…, up 35%"), or after the same form of "be" before an
// amount ("were up by a third"); "over" against "under" before the same
// word ("in over ten minutes" / "in under ten minutes"); and the pairs of
// framedPairs said of the same thing ("beat forecasts" / "missed
// forecasts", "upheld the challenge" / "dismissed the challenge";
// "upheld the conviction" / "dismissed the appeal" say the same, and "was
// beaten" says "lost").
func framedOpposite(p *pair, k, j int) bool {
	a, b := p.a[k].Norm, p.b[j].Norm
	switch {
	case a == "up" && b == "down" || a == "down" && b == "up":
		from := k+1 < len(p.a) && j+1 < len(p.b) && p.a[k+1].Norm == "from" && p.matchA[k+1] == j+1
		// "Sales were up by a third" / "were down 4 percent": a form of
		// "be" before an amount moves the quantity too.
		amount := k+1 < len(p.a) && (p.a[k+1].Norm == "by" || p.a[k+1].Kind == Number)
		// "…, up 35% from a year earlier" / "…, down 35%": before the same
		// amount.
		sameAmount := k+1 < len(p.a) && j+1 < len(p.b) && p.a[k+1].Kind == Number && p.matchA[k+1] == j+1
		return from || sameAmount || k > 0 && j > 0 && p.matchA[k-1] == j-1 && p.a[k-1].Lemma == p.b[j-1].Lemma &&
			(upDownVerbs[p.a[k-1].Lemma] || p.a[k-1].Lemma == "be" && amount)
	case a == "back" && b == "up" || a == "up" && b == "back":
		// "scale back production" / "scale up production"
		return k > 0 && j > 0 && p.matchA[k-1] == j-1 && phrasalDirection(p.a, k-1)*phrasalDirection(p.b, j-1) < 0
	case a == "forward" || b == "forward":
		// "brought forward" against "postponed", not "put forward a plan".
		x, y, xs, xk := a, b, p.a, k
		if b == "forward" {
			x, y, xs, xk = b, a, p.b, j
		}
		_ = x
		return xk > 0 && forwardVerbs[xs[xk-1].Lemma] && (delayWords[stem(y)] || delayWords[y])
	case a == "over" && b == "under" || a == "under" && b == "over":
		return k+1 < len(p.a) && j+1 < len(p.b) && p.matchA[k+1] == j+1
	}
	// "scale back a ban" / "expand a ban": a verb of moving a quantity with
	// its particle against a word of the other direction.
	// "accepted offers" / "turned down offers": a refusal with its particle
	// against a word of assent.
	if refusalPhrase(p.a, k) && assent(p.b, j) && sameNext(p, k+1, j) || refusalPhrase(p.b, j) && assent(p.a, k) && sameNext(p, k, j+1) {
		return true
	}
	// Both phrasal: "cut back spending" / "step up spending".
	if x, y := phrasalDirection(p.a, k), phrasalDirection(p.b, j); x != 0 || y != 0 {
		ka, jb := k, j
		if x == 0 {
			x = groupDirection(p.a[k])
		} else {
			ka = k + 1
		}
		if y == 0 {
			y = groupDirection(p.b[j])
		} else {
			jb = j + 1
		}
		return x*y < 0 && sameNext(p, ka, jb)
	}
	la, lb := p.a[k].Lemma, p.b[j].Lemma
	if !framedPairs[[2]string{la, lb}] && !framedPairs[[2]string{lb, la}] {
		return false
	}
	passiveBeat := la == "beat" && passiveAt(p.a, k) || lb == "beat" && passiveAt(p.b, j)
	return !passiveBeat && sameNext(p, k, j)
}

var framedPairs = map[[2]string]bool{{"beat", "miss"}: true, {"exceed", "miss"}: true, {"beat", "lose"}: true,
	{"help", "hurt"}: true, {"start", "shut"}: true, {"uphold", "dismiss"}: true, {"uphold", "block"}: true,
	{"uphold", "reject"}: true}

// phrasalDirection: ts[k] with the particle after it moves a quantity up
// (+1: "scale up", "step up") or down (−1: "scale back", "cut back", "wind
// down"); 0 otherwise.
func phrasalDirection(ts []Token, k int) int {
	if k+1 >= len(ts) || !upDownVerbs[ts[k].Lemma] && !backVerbs[ts[k].Lemma] {
		return 0
	}
	// "went back up": the last particle says the direction.
	if k+2 < len(ts) && (ts[k+2].Norm == "up" || ts[k+2].Norm == "down") && ts[k+1].Norm == "back" {
		return 0
	}
	switch ts[k+1].Norm {
	case "up":
		return 1
	case "down":
		return -1
	case "back":
		// "push back a deadline" delays it, "push back the retirement
		// age" raises it: only the verbs of cutting reduce with "back".
		if backVerbs[ts[k].Lemma] {
			return -1
		}
	}
	return 0
}

// withParticle returns the end of the word at k, with the particle after
// it when it is a verb ("scale back", "laid off", "turned down").
func withParticle(ts []Token, k int) int {
	layOff := k+1 < len(ts) && ts[k+1].Norm == "off" && (ts[k].Stem == "lay" || ts[k].Norm == "laid")
	if phrasalDirection(ts, k) != 0 || refusalPhrase(ts, k) || layOff {
		return k + 2
	}
	return k + 1
}

// refusalPhrase: ts[k] with its particle refuses ("turned down", "ruled
// out").
func refusalPhrase(ts []Token, k int) bool {
	return k+1 < len(ts) && phrasalRefusals[ts[k].Lemma] == ts[k+1].Norm
}

// assent: ts[k] is a word of the assent side of opposedGroups ("accepted"),
// not a phrasal verb ("passed up" refuses).
func assent(ts []Token, k int) bool {
	t := ts[k]
	if k+1 < len(ts) && (ts[k+1].Norm == "up" || ts[k+1].Norm == "over" || ts[k+1].Norm == "down") {
		return false
	}
	gs, ok := sideOf(t)
	return ok && gs == [2]int{1, 0}
}

// sideOf is the group and side of opposedGroups a word belongs to, by its
// stem or its lemma's ("shrank": "shrink").
func sideOf(t Token) ([2]int, bool) {
	if g, ok := groupSide[t.Stem]; ok {
		return g, true
	}
	g, ok := groupSide[stem(t.Lemma)]
	return g, ok
}

// opposedSides: x and y stand on the two sides of one opposed group.
func opposedSides(x, y Token) bool {
	gx, ok1 := sideOf(x)
	gy, ok2 := sideOf(y)
	return ok1 && ok2 && gx[0] == gy[0] && gx[1] != gy[1]
}

// reorderedContrast: each side has both words of the pair at k / j, and
// one of them says the same of the same thing on both sides — the contrast
// is told in another order ("welcomed the report but criticised its
// timing" / "criticised the report's timing but welcomed its findings"),
// not reversed ("rose in March after falling" / "fell in March after
// rising", where neither word keeps what it was said of).
func reorderedContrast(p *pair, k, j int) bool {
	a, b := p.a[k], p.b[j]
	j2 := slices.IndexFunc(p.b, func(u Token) bool { return u.Lemma == a.Lemma })
	k2 := slices.IndexFunc(p.a, func(t Token) bool { return t.Lemma == b.Lemma })
	if j2 < 0 || k2 < 0 {
		return false
	}
	shared := func(x, y map[string]bool) bool {
		for w := range x {
			if y[w] {
				return true
			}
		}
		return false
	}
	return shared(objectWords(p.a, k), objectWords(p.b, j2)) || shared(objectWords(p.a, k2), objectWords(p.b, j))
}

// objectWords are the lemmas of the content words after ts[k] up to the
// end of its clause (a comma or a conjunction), four words at most.
func objectWords(ts []Token, k int) map[string]bool {
	out := map[string]bool{}
	for x := k + 1; x < len(ts) && x <= k+5; x++ {
		t := ts[x]
		if t.Kind == Punct || coordinators[t.Norm] || adverbialOpeners[t.Norm] {
			break
		}
		// Nouns only: "fell sharply" and "rose sharply" say the opposite
		// of the same way.
		if t.IsContent() && canBe(t, 'n') && !strings.HasSuffix(t.Norm, "ly") {
			out[t.Lemma] = true
		}
	}
	return out
}

// forwardVerbs move a date earlier with "forward"; delayWords move it later.
var forwardVerbs = setOf("bring", "move", "pull")
var delayWords = setOf(stem("postpone"), stem("delay"), "postponed", "delayed", "postponing", "delaying")

// backVerbs reduce a thing with "back" or "down".
var backVerbs = setOf("cut", "roll", "pull", "wind", "throttle", "pare", "tone", "water", "scale")

// groupDirection: +1 for a word of moving up in opposedGroups, −1 for one of
// moving down, 0 otherwise.
func groupDirection(t Token) int {
	if gs, ok := groupSide[t.Stem]; ok && gs[0] == 0 {
		return 1 - 2*gs[1]
	}
	if gs, ok := groupSide[stem(t.Lemma)]; ok && gs[0] == 0 {
		return 1 - 2*gs[1]
	}
	return 0
}

// upDownVerbs move a quantity or a rank, so that "up" and "down" after
// them are opposites.
var upDownVerbs = setOf("step", "scale", "ramp", "go", "move", "push", "drive", "revise", "edge", "tick", "inch",
	"dial", "ratchet", "mark", "trade", "head", "shoot", "jump")

// governsKept: the negative verb at k governs a verb the other side has
// too ("failed to agree" / "agreed", "refused to sign" / "signed"): what
// stands in its place is no other choice of verb but the statement's
// reversal.
func governsKept(ts []Token, match []int, k int) bool {
	return k+2 < len(ts) && ts[k+1].Norm == "to" && match[k+2] >= 0 && canBe(ts[k+2], 'v')
}

// verbSwap: the unbalanced cue is a negative verb standing against another
// content word that is not its opposite ("rejected" / "dismissed",
// "declined" / "turned down"): a choice of verb, not a reversal.
func verbSwap(p *pair, k int, sentenceSide bool) bool {
	own, other := p.a, p.b
	if !sentenceSide {
		own, other = p.b, p.a
	}
	match := p.matchA
	if !sentenceSide {
		match = p.matchB
	}
	if !negativeStems[own[k].Stem] || governsKept(own, match, k) {
		return false
	}
	for _, r := range p.regions {
		lo, hi, olo, ohi := r.A0, r.A1, r.B0, r.B1
		if !sentenceSide {
			lo, hi, olo, ohi = r.B0, r.B1, r.A0, r.A1
		}
		if k < lo || k >= hi {
			continue
		}
		swapped := false
		for j := olo; j < ohi; j++ {
			if opposite(own[k], other[j]) {
				return false
			}
			// A reporting verb standing alone for it ("denied" / "said")
			// is no other choice of the same verb: it affirms what the
			// negative verb denies.
			if other[j].IsContent() && !(reportingVerbs[other[j].Norm] && ohi-olo == 1 && hi-lo == 1) {
				swapped = true
			}
		}
		return swapped
	}
	return false
}

// negatedAntonym: somewhere a word stands against its antonym with a
// negation on one side only ("not strong enough" / "too weak"): the
// negation and the antonym cancel, and the counts need not balance.
func negatedAntonym(p *pair) bool {
	for _, r := range p.regions {
		for k := r.A0; k < r.A1; k++ {
			for j := r.B0; j < r.B1; j++ {
				if opposite(p.a[k], p.b[j]) && negatedNear(p.a, k) != negatedNear(p.b, j) {
					return true
				}
			}
		}
	}
	return false
}

// comparatives compare two things without an "-er" ending.
var comparatives = setOf("more", "less", "fewer", "most", "least", "better", "worse")

// converse: the opposites at sentence token k and passage token j stand
// between two things the passage names the other way round — the two
// reversals cancel: "The euro fell against the dollar" / "The dollar rose
// against the euro", "Samsung sold fewer phones than Apple" / "Apple sold
// more phones than Samsung".
func converse(p *pair, k, j int) bool {
	// A relation between the two, not a word describing one of them
	// ("private hospitals" / "public hospitals"): a verb or a comparison.
	rel := func(t Token) bool {
		return canBe(t, 'v') || comparatives[t.Norm] || strings.HasSuffix(t.Norm, "er") && canBe(t, 'a')
	}
	if !rel(p.a[k]) || !rel(p.b[j]) {
		return false
	}
	thing := func(t Token) bool {
		return t.IsContent() && t.Kind == Word && (t.Cap || canBe(t, 'n') || genderOf[t.Norm] != "")
	}
	has := func(ts []Token, lo, hi int, t Token) bool {
		for x := max(0, lo); x < min(len(ts), hi); x++ {
			if ts[x].Norm == t.Norm || ts[x].Lemma == t.Lemma {
				return true
			}
		}
		return false
	}
	// x before the opposite in the sentence stands only after it in the
	// passage, and y after it only before it.
	for x := max(0, k-4); x < k; x++ {
		if !thing(p.a[x]) || !has(p.b, j+1, j+6, p.a[x]) || has(p.b, j-4, j, p.a[x]) {
			continue
		}
		for y := k + 1; y < min(len(p.a), k+6); y++ {
			if thing(p.a[y]) && p.a[y].Lemma != p.a[x].Lemma && has(p.b, j-4, j, p.a[y]) && !has(p.b, j+1, j+6, p.a[y]) {
				return true
			}
		}
	}
	return false
}

// directionAgainstFigures finds a sentence whose own figures contradict
// the direction it gives them: "Turnout dropped to 68 percent, compared
// with 61 percent" (68 is more than 61), "rose to 2.1% from 2.5%", "was 68%,
// down from 61%". The opposite verb is a translation's reversal however the
// reference words it.
func (c *Context) directionAgainstFigures(chk Check, i int) (Finding, bool) {
	p := c.pairs[i]
	ws := p.a
	var na []numFact
	if p.align != nil {
		na, _ = p.numbers()
	} else {
		na = extractNumbers(p.sent.doc.plain, ws) // no passage to read
	}
	if len(na) < 2 {
		return Finding{}, false // a new figure and an old one are needed
	}
	factAt := func(k int) (numFact, bool) {
		for _, f := range na {
			if f.k0 == k {
				return f, true
			}
		}
		return numFact{}, false
	}
	for k, t := range ws {
		// A verb of moving up or down (opposedGroups), or "up from".
		dir := 0
		if t.Kind == Word && canBe(t, 'v') {
			dir = groupDirection(t)
		}
		if (t.Norm == "up" || t.Norm == "down") && k+1 < len(ws) && ws[k+1].Norm == "from" {
			dir = 1
			if t.Norm == "down" {
				dir = -1
			}
		}
		if dir == 0 {
			continue
		}
		// The new figure: "to A" after the verb, or the figure before "up
		// from" / "down from"; the old one: "from B", "compared with B".
		var to, from numFact
		var haveTo, haveFrom bool
		if t.Norm == "up" || t.Norm == "down" {
			// The figure just before, or the last one of the clause the
			// phrase follows ("38 vessels passed through on Monday, down
			// from 29").
			for x := k - 1; x >= 0 && x >= k-12 && !haveTo; x-- {
				if x < k-3 && (ws[x].Norm == "and" || ws[x].Norm == "but" || relativizers[ws[x].Norm]) {
					break
				}
				to, haveTo = factAt(x)
			}
			from, haveFrom = factAt(k + 2)
		} else {
			for x := k + 1; x+1 < len(ws) && x <= k+10; x++ {
				switch {
				case ws[x].Norm == "to" && !haveTo:
					to, haveTo = factAt(x + 1)
				case ws[x].Norm == "from" && !haveFrom:
					from, haveFrom = factAt(x + 1)
				case (ws[x].Norm == "with" || ws[x].Norm == "to") && ws[x-1].Norm == "compared" && !haveFrom:
					from, haveFrom = factAt(x + 1)
				}
			}
		}
		if !haveTo || !haveFrom || !comparableFacts(to, from) || to.unit != from.unit || to.ordinal || from.ordinal || sameValue(to.value, from.value) {
			continue
		}
		if (to.value > from.value) == (dir > 0) {
			continue
		}
		word := "a fall"
		if to.value > from.value {
			word = "a rise"
		}
		msg := fmt.Sprintf("%s, but the figures go from %s to %s, %s", quote(t.Text), quote(joinTokens(p.sent.doc, ws[from.k0:from.k1])), quote(joinTokens(p.sent.doc, ws[to.k0:to.k1])), word)
		f := c.finding(chk, i, t.Start, t.End, msg)
		f.Severity, f.pinned = Major, true // the sentence's own figures say so
		if p.align != nil {
			f.Evidence = c.passageEvidence(i)
		}
		return f, true
	}
	return Finding{}, false
}

// onlyIfForUnless: the passage says "unless" (at bj) where the sentence
// says "only … if" (its "if" at ai); -1, -1 otherwise.
func onlyIfForUnless(p *pair) (ai, bj int) {
	bj = slices.IndexFunc(p.b, func(u Token) bool { return u.Norm == "unless" })
	if bj < 0 {
		return -1, -1
	}
	for k, t := range p.a {
		if t.Norm == "only" {
			if x := slices.IndexFunc(p.a[k+1:min(k+5, len(p.a))], func(u Token) bool { return u.Norm == "if" }); x >= 0 {
				return k + 1 + x, bj
			}
		}
	}
	return -1, -1
}

// reversedTwice: sentence word k and passage word j are opposites of one
// group ("allowed" / "block") before an "only … if" that stands for the
// passage's "unless": "block the deal unless Telvia agreed" / "should
// only be allowed if Telvia agreed" says the same thing, reversed twice.
func reversedTwice(p *pair, k, j int) bool {
	ai, bj := onlyIfForUnless(p)
	return ai >= 0 && k < ai && j < bj && opposedSides(p.a[k], p.b[j])
}

// unlessAsOnlyIf: the passage's negation at j is an "unless" the sentence
// says as "only … if" with a verb reversed (reversedTwice).
func unlessAsOnlyIf(p *pair, j int) bool {
	ai, bj := onlyIfForUnless(p)
	if ai < 0 || j != bj {
		return false
	}
	// The verb may stand in the other half's part of a split sentence
	// ("… urged the authority to block the deal. He said it should only be
	// allowed if …").
	if p.whole != nil {
		return unlessAsOnlyIf(p.whole, slices.IndexFunc(p.whole.b, func(u Token) bool { return u.Start == p.b[j].Start }))
	}
	for _, t := range p.a[:ai] {
		for _, u := range p.b[:bj] {
			if opposedSides(t, u) {
				return true
			}
		}
	}
	return false
}

// notUntilAfter: "would not play before the exams" says "would not play
// until after the exams" — "until after" and "before", each in a negated
// clause.
func notUntilAfter(p *pair, k, j int) bool {
	untilAfter := func(ts []Token, x int) bool { return ts[x].Norm == "after" && x > 0 && ts[x-1].Norm == "until" }
	pair := p.a[k].Norm == "before" && untilAfter(p.b, j) || p.b[j].Norm == "before" && untilAfter(p.a, k)
	return pair && negatedClause(p.a, k) && negatedClause(p.b, j)
}

// negatedClause: a hard negation stands before word k in its clause, within
// ten words.
func negatedClause(ts []Token, k int) bool {
	for x := k - 1; x >= 0 && x >= k-10; x-- {
		if hardNegation(ts[x]) {
			return true
		}
		if clauseBreaks[ts[x].Norm] && ts[x].Norm != "to" {
			return false
		}
	}
	return false
}
