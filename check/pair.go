package check

import "strings"

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
}

// region is a stretch where sentence and passage differ, between two matched
// words (or an edge): a[A0:A1] stands where the passage has b[B0:B1].
type region struct{ A0, A1, B0, B1 int }

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
	return p
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
	// A place and its people or adjective name the same entity: "Kenyan"
	// / "Kenya's", "Finnish" / "Finland".
	if x.Cap && y.Cap && placeForm(x.Norm, y.Norm) {
		return true
	}
	return synonyms(x.Lemma, y.Lemma)
}

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
			out = append(out, region{i0, i, j0, j})
		}
		if i == len(ma) || j == len(mb) {
			if i < len(ma) || j < len(mb) {
				out = append(out, region{i, len(ma), j, len(mb)})
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

// partsIn: w is a hyphenated compound whose every part is a word of ws
// ("China-Japan" against "between China and Japan").
func partsIn(w string, ws []Token) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		found := false
		for _, u := range ws {
			if u.Norm == part || u.Stem == part {
				found = true
				break
			}
		}
		if !found {
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
