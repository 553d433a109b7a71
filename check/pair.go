package check

import (
	"slices"
	"sort"
	"strings"
)

// pair is an article sentence together with its aligned reference passage
// and the word-level correspondence between them.
type pair struct {
	sent    *Sentence
	align   *Alignment
	ref     *Document
	a, b    []Token // word and number tokens of the sentence and the passage
	matchA  []int   // for each token of a, the index of its match in b, or -1
	matchB  []int
	regions []region
	moved   int // clauses matched out of order (matchMoved)
	nums    *[2][]numFact
	// whole, for a sentence whose passage was cut to the part of a shared
	// reference sentence it renders (splitShared), is the pair with the
	// whole of it.
	whole *pair
}

// shared: the passage is a whole reference sentence a neighbouring
// sentence renders part of too.
func (p *pair) shared() bool { return p.align.Shared && p.whole == nil }

// region is a stretch where sentence and passage differ, between two matched
// words (or an edge): a[A0:A1] stands where the passage has b[B0:B1]. Move
// is 0 on the alignment in order, and n for a difference inside the n-th
// clause matched out of order (matchMoved).
type region struct{ A0, A1, B0, B1, Move int }

func (r region) emptyA() bool { return r.A0 == r.A1 }
func (r region) emptyB() bool { return r.B0 == r.B1 }

func newPair(s *Sentence, al *Alignment, refs []*Document) *pair {
	p := &pair{sent: s, align: al, a: s.words}
	if al == nil {
		return p
	}
	p.ref = refs[al.Ref]
	for _, j := range al.Sents {
		p.b = append(p.b, p.ref.Sentences[j].words...)
	}
	p.matchA, p.matchB = lcsMatch(p.a, p.b)
	p.regions = diffRegions(p.matchA, p.matchB)
	p.matchMoved()
	return p
}

// matchMoved re-aligns clauses a rephrasing has moved: a stretch of the
// sentence the monotonic alignment left unmatched in one place and a stretch
// of the passage left unmatched in another that share most of their content
// words ("…, blaming weak demand for electric cars" / "Blaming sluggish
// demand for electric vehicles, …"). Their words are matched to each other
// and the regions recomputed inside them, so a moved clause is neither an
// addition nor an omission, while what differs within it is still a
// difference. Words reordered inside a moved clause are found the same way
// in the next round.
func (p *pair) matchMoved() {
	// Bounded work: a sentence of normal length, a few rounds.
	if len(p.a) > 150 || len(p.b) > 200 {
		return
	}
	for round := 0; round < 6; round++ {
		bi, bj, best := -1, -1, 0
		for i, ra := range p.regions {
			as := p.a[ra.A0:ra.A1]
			ca := contentCount(as)
			if ca < 2 {
				continue
			}
			for j, rb := range p.regions {
				if j == i {
					continue
				}
				bs := p.b[rb.B0:rb.B1]
				cb := contentCount(bs)
				if cb < 2 {
					continue
				}
				// Most content words shared; a quarter is enough for a clause
				// moved from one end of the sentence to the other ("…,
				// although the leader insisted no staff would lose their
				// jobs" / "Although its leader insisted no employees would
				// be made redundant, …").
				// (An end: within a few words of it, a stray "the" or
				// "Saying" matched elsewhere.)
				need := 2
				if ra.A1 == len(p.a) && rb.B0 <= 3 || ra.A0 == 0 && rb.B1 >= len(p.b)-3 ||
					rb.B1 == len(p.b) && ra.A0 <= 3 || rb.B0 == 0 && ra.A1 >= len(p.a)-3 {
					need = 4
				}
				if n := sharedContent(as, bs); n >= 2 && need*n >= min(ca, cb) && n > best {
					bi, bj, best = i, j, n
				}
			}
		}
		if bi < 0 {
			return
		}
		ra, rb := p.regions[bi], p.regions[bj]
		ma, mb := lcsMatch(p.a[ra.A0:ra.A1], p.b[rb.B0:rb.B1])
		// What moved runs from the first word matched to the last; the
		// words around it stay where they were, in their own regions.
		ia0, ia1 := -1, -1
		for k, x := range ma {
			if x >= 0 {
				if ia0 < 0 {
					ia0 = k
				}
				ia1 = k + 1
				p.matchA[ra.A0+k], p.matchB[rb.B0+x] = rb.B0+x, ra.A0+k
			}
		}
		if ia0 < 0 {
			return
		}
		ib0, ib1 := ma[ia0], ma[ia1-1]+1
		// Unmatched words at the same end of both stretches are the
		// clause's own, worded differently ("would lose their jobs" /
		// "would be made redundant").
		if ia0 > 0 && ib0 > 0 {
			ia0, ib0 = 0, 0
		}
		if ia1 < len(ma) && ib1 < len(mb) {
			ia1, ib1 = len(ma), len(mb)
		}
		mA0, mA1, mB0, mB1 := ra.A0+ia0, ra.A0+ia1, rb.B0+ib0, rb.B0+ib1
		var rs []region
		add := func(r region) {
			if !r.emptyA() || !r.emptyB() {
				rs = append(rs, r)
			}
		}
		for k, r := range p.regions {
			switch {
			case k == bi && mA0 > r.A0: // the sentence side moved
				add(region{r.A0, mA0, r.B0, r.B1, r.Move})
				add(region{mA1, r.A1, r.B1, r.B1, r.Move})
			case k == bi:
				add(region{mA1, r.A1, r.B0, r.B1, r.Move})
			case k == bj && mB0 > r.B0: // the passage side moved
				add(region{r.A0, r.A1, r.B0, mB0, r.Move})
				add(region{r.A1, r.A1, mB1, r.B1, r.Move})
			case k == bj:
				add(region{r.A0, r.A1, mB1, r.B1, r.Move})
			default:
				add(r)
			}
		}
		// Differences inside the moved clause.
		for _, r := range diffRegions(ma, mb) {
			if r.A0 >= ia0 && r.A1 <= ia1 && r.B0 >= ib0 && r.B1 <= ib1 {
				add(region{ra.A0 + r.A0, ra.A0 + r.A1, rb.B0 + r.B0, rb.B0 + r.B1, p.moved + 1})
			}
		}
		p.moved++
		sort.SliceStable(rs, func(x, y int) bool { return rs[x].A0 < rs[y].A0 || rs[x].A0 == rs[y].A0 && rs[x].A1 < rs[y].A1 })
		p.regions = rs
	}
}

// sharedContent counts the content words of as that bs has, in any order
// (alone or in a compound: "militia" / "ex-militia", "lake" / "lakefront").
func sharedContent(as, bs []Token) int {
	n := 0
	for _, t := range as {
		if !t.IsContent() {
			continue
		}
		for _, u := range bs {
			if sameWord(t, u) || hyphenPart(t.Norm, u.Norm) || hyphenPart(u.Norm, t.Norm) || closedCompound(t.Norm, u.Norm) || closedCompound(u.Norm, t.Norm) {
				n++
				break
			}
		}
	}
	return n
}

func wordTokens(ts []Token) []Token {
	out := make([]Token, 0, len(ts))
	for _, t := range ts {
		if t.Kind != Punct {
			out = append(out, t)
		}
	}
	return out
}

// sameWord: two tokens are the same word, an inflection of it, or (for
// content words) a synonym sharing one of its frequent WordNet senses.
func sameWord(x, y Token) bool {
	if x.Stem == y.Stem || x.Norm == y.Norm || x.Lemma == y.Lemma {
		return true
	}
	if x.Stop || y.Stop || x.Kind != Word || y.Kind != Word {
		return false
	}
	// "Berlin-Paris" and "Paris-Berlin": the same parts in another order.
	if len(x.Norm) == len(y.Norm) && strings.Contains(x.Norm, "-") && strings.Contains(y.Norm, "-") {
		px, py := strings.Split(x.Norm, "-"), strings.Split(y.Norm, "-")
		slices.Sort(px)
		slices.Sort(py)
		if slices.Equal(px, py) {
			return true
		}
	}
	// A place and its people or adjective name the same entity: "Kenyan"
	// / "Kenya's", "Finnish" / "Finland".
	if x.Cap && y.Cap && placeForm(x.Norm, y.Norm) {
		return true
	}
	if synonyms(x.Lemma, y.Lemma) {
		// Words of two genders are no synonyms, whatever sense WordNet
		// gives them in common ("father" / "mother" as verbs of raising a
		// child), nor opposites ("leading" / "trailing").
		gx, gy := genderOf[x.Norm], genderOf[y.Norm]
		return (gx == "" || gy == "" || gx == gy) && !opposite(x, y)
	}
	return victory[x.Lemma] && victory[y.Lemma]
}

// victory verbs say one side won ("beat", "defeated", "edged"): the same
// word, which WordNet does not always make synonyms.
var victory = setOf("beat", "defeat", "overcome", "edge", "thrash", "crush", "rout", "trounce", "vanquish", "outplay",
	"overpower", "topple", "stun", "upset", "down", "dispatch", "oust", "eliminate", "knock")

// lcsMatch aligns two token sequences by their longest common subsequence,
// preferring matches of content words over function words so that a stray
// "the" does not pull the alignment away from the nouns.
func lcsMatch(a, b []Token) (ma, mb []int) {
	n, m := len(a), len(b)
	ma, mb = make([]int, n), make([]int, m)
	for i := range ma {
		ma[i] = -1
	}
	for j := range mb {
		mb[j] = -1
	}
	if n == 0 || m == 0 {
		return
	}
	w := m + 1
	dp := make([]int32, (n+1)*(m+1))
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			best := max(dp[(i+1)*w+j], dp[i*w+j+1])
			if sameWord(a[i], b[j]) {
				gain := int32(3)
				if a[i].Stop {
					gain = 1
				}
				best = max(best, dp[(i+1)*w+j+1]+gain)
			}
			dp[i*w+j] = best
		}
	}
	for i, j := 0, 0; i < n && j < m; {
		gain := int32(3)
		if a[i].Stop {
			gain = 1
		}
		switch {
		case sameWord(a[i], b[j]) && dp[i*w+j] == dp[(i+1)*w+j+1]+gain:
			ma[i], mb[j] = j, i
			i++
			j++
		case dp[(i+1)*w+j] >= dp[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return
}

// diffRegions lists the stretches between matched tokens where either side
// has unmatched tokens.
func diffRegions(ma, mb []int) []region {
	var out []region
	i, j := 0, 0
	for i <= len(ma) && j <= len(mb) {
		i0, j0 := i, j
		for i < len(ma) && ma[i] < 0 {
			i++
		}
		for j < len(mb) && mb[j] < 0 {
			j++
		}
		if i > i0 || j > j0 {
			out = append(out, region{i0, i, j0, j, 0})
		}
		if i == len(ma) || j == len(mb) {
			if i < len(ma) || j < len(mb) {
				out = append(out, region{i, len(ma), j, len(mb), 0})
			}
			break
		}
		// a[i] matches b[j]: step over the run of matches.
		i++
		j++
	}
	return out
}

// inPassage reports whether a token of the same word occurs anywhere in the
// passage, alone or as part of a hyphenated compound ("Oslo" in
// "Oslo-listed").
func (p *pair) inPassage(t Token) bool {
	for _, u := range p.b {
		if sameWord(t, u) || hyphenPart(t.Norm, u.Norm) {
			return true
		}
	}
	return partsIn(t.Norm, p.b)
}

// unmatchedInPassage: like inPassage, but the passage's word must be free
// — not the counterpart of another word of the sentence. A word the
// sentence says twice where the passage says it once ("saved three match
// points … in a match lasting three hours") is new the second time.
func (p *pair) unmatchedInPassage(t Token) bool {
	for j, u := range p.b {
		if p.matchB[j] < 0 && (sameWord(t, u) || hyphenPart(t.Norm, u.Norm)) {
			return true
		}
	}
	return partsIn(t.Norm, p.b)
}

// unmatchedInSentence is unmatchedInPassage the other way: a passage word
// the sentence has, in the same form, as the same kind of word, or not as
// the counterpart of another passage word ("after the team ⟨finished⟩
// ninth" has no "finished" in "top-six finishes" later; "they break from
// glaciers or from ice shelves" has the "break" the passage says twice).
func (p *pair) unmatchedInSentence(t Token) bool {
	for k, u := range p.a {
		// A possessor is another part in the clause than a subject or
		// object ("his company's rocket … and ⟨the company⟩ plans").
		if possessive(u) && !possessive(t) {
			continue
		}
		if u.Norm == t.Norm || p.matchA[k] < 0 && (sameWord(t, u) || hyphenPart(t.Norm, u.Norm)) {
			return true
		}
		// Another form of the word, matched elsewhere, stands for it too
		// ("the British and French ambassadors" / "the British ambassador
		// and the French ambassador", "its third in a row" after "won") —
		// but not for a dropped verb form of another kind ("⟨finished⟩
		// ninth" before "top-six finishes", "suspicion of ⟨selling⟩
		// forged paintings" before "had sold").
		if (t.Lemma == u.Lemma || t.Stem == u.Stem) && !(verbForm(t) != "" && verbForm(t) != verbForm(u)) {
			return true
		}
	}
	return false
}

// partsIn: w is a hyphenated compound whose every part is a word of ws
// ("China-Japan" against "between China and Japan"), a place by its
// adjective too ("Irish-based" against "based in Ireland").
func partsIn(w string, ws []Token) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if !slices.ContainsFunc(ws, func(u Token) bool { return partOf(part, u) }) {
			return false
		}
	}
	return true
}

// partOf: u renders the part of a compound: the same word, or a place the
// part is made from ("Oslo-listed") or an alias of it.
func partOf(part string, u Token) bool {
	return u.Norm == part || u.Stem == part || part != "" && u.Cap && (placeForm(part, u.Norm) || aliasIn([]string{part}, []Token{u}))
}

// namePartsIn: w is a hyphenated compound whose parts that are names are
// all in ws ("Lisbon-based" against "headquartered in Lisbon"): the words
// around a name ("-based", "-listed") describe it. A compound of common
// words alone ("Low-cost") names nothing, so it is in ws too.
func namePartsIn(w string, ws []Token) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if part == "" || lexdb().words[part] == 1 || isWord(part) && !lexdb().names[part] {
			continue
		}
		if !slices.ContainsFunc(ws, func(u Token) bool { return partOf(part, u) }) {
			return false
		}
	}
	return true
}

// hyphenPart reports whether w is one of the hyphen-separated parts of
// compound.
func hyphenPart(w, compound string) bool {
	if len(compound) <= len(w) || w == "" {
		return false
	}
	for rest := compound; ; {
		part, after, found := strings.Cut(rest, "-")
		if part == w {
			return true
		}
		if !found {
			return false
		}
		rest = after
	}
}

// inSentence reports whether a passage token's word occurs in the sentence,
// alone or as part of a hyphenated compound ("Japan" in "China-Japan").
func (p *pair) inSentence(t Token) bool {
	for _, u := range p.a {
		if sameWord(t, u) || hyphenPart(t.Norm, u.Norm) {
			return true
		}
	}
	return false
}

// freeInSentence: the sentence has t in some form, not as the counterpart
// of another passage word.
func (p *pair) freeInSentence(t Token) bool {
	for k, u := range p.a {
		if p.matchA[k] < 0 && (sameWord(t, u) || hyphenPart(t.Norm, u.Norm)) {
			return true
		}
	}
	return false
}

// nonPossessiveInSentence: the sentence has t other than as a possessor
// ("his company's rocket" does not name the company as a subject).
func (p *pair) nonPossessiveInSentence(t Token) bool {
	for _, u := range p.a {
		if (sameWord(t, u) || hyphenPart(t.Norm, u.Norm)) && !possessive(u) {
			return true
		}
	}
	return false
}

// possessive: the token is a noun in the possessive ("Kenya's", "workers'").
func possessive(t Token) bool {
	s := strings.ReplaceAll(t.Text, "’", "'")
	return strings.HasSuffix(s, "'s") && !strings.EqualFold(s, "it's") && t.Norm != strings.ToLower(s) ||
		strings.HasSuffix(s, "s'")
}

func contentCount(ts []Token) int {
	n := 0
	for _, t := range ts {
		if t.IsContent() {
			n++
		}
	}
	return n
}

// spanOf returns the byte range covered by tokens ts[i:j] (j > i).
func spanOf(ts []Token, i, j int) (int, int) { return ts[i].Start, ts[j-1].End }

// closedCompound: w is part of the compound c written as one word, the rest
// a word too ("lake" in "lakefront", "ship" in "shipbuilder").
func closedCompound(w, c string) bool {
	if len(w) < 4 || len(c) < len(w)+3 {
		return false
	}
	return strings.HasPrefix(c, w) && isWord(c[len(w):]) || strings.HasSuffix(c, w) && isWord(c[:len(c)-len(w)])
}

// verbForm names the kind of verb form t is: "past", "ing", or "" for
// anything else.
func verbForm(t Token) string {
	switch {
	case strings.HasSuffix(t.Norm, "ing") && t.Norm != t.Lemma:
		return "ing"
	case pastVerbForm(t):
		return "past"
	}
	return ""
}

// numbers returns the quantities of the sentence and of its passage, read
// once.
func (p *pair) numbers() (na, nb []numFact) {
	if p.nums == nil {
		p.nums = &[2][]numFact{extractNumbers(p.sent.doc.plain, p.a), extractNumbers(p.ref.plain, p.b)}
	}
	return p.nums[0], p.nums[1]
}
