package check

import (
	"math"
	"sort"
)

// Alignment links an article sentence to its best reference passage: one or
// two consecutive sentences of one reference.
type Alignment struct {
	Ref        int   // index into the references
	Sents      []int // indices of the passage's sentences in that reference
	Similarity float64
	// Shared means the passage is also the counterpart of a neighbouring
	// article sentence (the article split one reference sentence in two).
	Shared bool
}

// AlignOptions tunes alignment.
type AlignOptions struct {
	// MinSimilarity below which a sentence counts as having no counterpart.
	MinSimilarity float64
}

// DefaultMinSimilarity: below this weighted overlap a passage is not the
// sentence's counterpart but a chance match of a few words.
const DefaultMinSimilarity = 0.2

// bag is a weighted multiset of token stems.
type bag struct {
	counts map[string]int
	weight float64
}

// lexicon holds inverse document frequencies over all sentences of the
// article and its references, so rare words (names, numbers) decide the
// alignment and common ones do not.
type lexicon struct {
	idf map[string]float64
	n   float64
}

func newLexicon(docs ...*Document) *lexicon {
	df := map[string]int{}
	n := 0
	for _, d := range docs {
		if d == nil {
			continue
		}
		for _, s := range d.Sentences {
			n++
			seen := map[string]bool{}
			for _, t := range s.Tokens {
				if t.Kind == Punct || seen[t.Stem] {
					continue
				}
				seen[t.Stem] = true
				df[t.Stem]++
			}
		}
	}
	lx := &lexicon{idf: make(map[string]float64, len(df)), n: float64(n)}
	for w, c := range df {
		lx.idf[w] = math.Log(1 + float64(n)/float64(c))
	}
	return lx
}

func (lx *lexicon) weight(t Token) float64 {
	w, ok := lx.idf[t.Stem]
	if !ok {
		w = math.Log(1 + lx.n)
	}
	if t.Stop {
		w *= 0.2
	}
	return w
}

func (lx *lexicon) bagOf(sents ...*Sentence) bag {
	b := bag{counts: map[string]int{}}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Kind == Punct {
				continue
			}
			b.counts[t.Stem]++
			b.weight += lx.weight(t)
		}
	}
	return b
}

func (lx *lexicon) overlap(a, b bag) float64 {
	if len(a.counts) > len(b.counts) {
		a, b = b, a
	}
	o := 0.0
	for w, ca := range a.counts {
		if cb := b.counts[w]; cb > 0 {
			idf, ok := lx.idf[w]
			if !ok {
				idf = math.Log(1 + lx.n)
			}
			if stopwords[w] {
				idf *= 0.2
			}
			o += float64(min(ca, cb)) * idf
		}
	}
	return o
}

// sim is the weighted Dice coefficient of two bags, in [0,1].
func (lx *lexicon) sim(a, b bag) float64 {
	if a.weight+b.weight == 0 {
		return 0
	}
	return 2 * lx.overlap(a, b) / (a.weight + b.weight)
}

// Align finds each article sentence's passage in each reference and keeps the
// best. Within one reference the alignment is monotonic dynamic programming
// over 1:1, 1:2 and 2:1 beads with skips (Gale–Church style, but on weighted
// word overlap rather than length); sentences it leaves unmatched then get a
// second, order-free search so that small reorderings are found too.
func Align(article *Document, refs []*Document, opt AlignOptions) []*Alignment {
	if opt.MinSimilarity <= 0 {
		opt.MinSimilarity = DefaultMinSimilarity
	}
	out := make([]*Alignment, len(article.Sentences))
	if len(refs) == 0 || len(article.Sentences) == 0 {
		return out
	}
	lx := newLexicon(append([]*Document{article}, refs...)...)
	abags := make([]bag, len(article.Sentences))
	for i, s := range article.Sentences {
		abags[i] = lx.bagOf(s)
	}
	for ri, ref := range refs {
		if ref == nil || len(ref.Sentences) == 0 {
			continue
		}
		for i, a := range alignOne(lx, article, abags, ref, ri, opt) {
			if a != nil && (out[i] == nil || a.Similarity > out[i].Similarity) {
				out[i] = a
			}
		}
	}
	return out
}

func alignOne(lx *lexicon, article *Document, abags []bag, ref *Document, ri int, opt AlignOptions) []*Alignment {
	n, m := len(article.Sentences), len(ref.Sentences)
	rbags := make([]bag, m)
	for j, s := range ref.Sentences {
		rbags[j] = lx.bagOf(s)
	}
	// Sparse 1:1 similarities through an inverted index of stems. Words in
	// more than a few percent of the reference's sentences are left out of
	// the index (they still count in the similarity): on long texts they
	// would make every pair a candidate.
	index := map[string][]int{}
	for j, b := range rbags {
		for w := range b.counts {
			if !stopwords[w] {
				index[w] = append(index[w], j)
			}
		}
	}
	maxDF := max(20, m/20)
	sims := make([]map[int]float64, n)
	for i, a := range abags {
		sims[i] = map[int]float64{}
		for w := range a.counts {
			js := index[w]
			if len(js) > maxDF {
				continue
			}
			for _, j := range js {
				if _, done := sims[i][j]; !done {
					sims[i][j] = lx.sim(a, rbags[j])
				}
			}
		}
	}
	sim11 := func(i, j int) float64 { return sims[i][j] }
	merge := func(x, y bag) bag {
		c := make(map[string]int, len(x.counts)+len(y.counts))
		for w, k := range x.counts {
			c[w] += k
		}
		for w, k := range y.counts {
			c[w] += k
		}
		return bag{counts: c, weight: x.weight + y.weight}
	}
	const floor = 0.05                // a merge is only tried where both parts already share words
	sim12 := func(i, j int) float64 { // article i with reference j, j+1
		if sim11(i, j) < floor || sim11(i, j+1) < floor {
			return 0
		}
		return lx.sim(abags[i], merge(rbags[j], rbags[j+1]))
	}
	sim21 := func(i, j int) float64 { // article i, i+1 with reference j
		if sim11(i, j) < floor || sim11(i+1, j) < floor {
			return 0
		}
		return lx.sim(merge(abags[i], abags[i+1]), rbags[j])
	}

	// On long texts the DP runs in a band around the diagonal, stored as a
	// band, so time and memory stay linear in the length.
	band := m + 1
	if n*m > 4_000_000 {
		band = max(64, 4_000_000/max(n, 1))
	}
	center := func(i int) int { return int(float64(i) * float64(m) / float64(max(n, 1))) }
	width := 2*band + 1
	const cut = 0.15 // a bead must beat this similarity to be worth taking
	const (
		opSkipA = iota + 1
		opSkipR
		op11
		op12
		op21
	)
	type cell struct {
		score float64
		op    int8
	}
	neg := math.Inf(-1)
	dp := make([]cell, (n+1)*width)
	for k := range dp {
		dp[k].score = neg
	}
	// at returns the cell (i, j), or nil outside the band.
	at := func(i, j int) *cell {
		k := j - center(i) + band
		if i < 0 || j < 0 || j > m || k < 0 || k >= width {
			return nil
		}
		return &dp[i*width+k]
	}
	*at(0, 0) = cell{0, 0}
	for i := 0; i <= n; i++ {
		lo, hi := max(0, center(i)-band), min(m, center(i)+band)
		for j := lo; j <= hi; j++ {
			if i == 0 && j == 0 {
				continue
			}
			best := cell{neg, 0}
			try := func(pi, pj int, gain float64, op int8) {
				if c := at(pi, pj); c != nil && c.score+gain > best.score {
					best = cell{c.score + gain, op}
				}
			}
			if i > 0 {
				try(i-1, j, 0, opSkipA)
			}
			if j > 0 {
				try(i, j-1, 0, opSkipR)
			}
			if i > 0 && j > 0 {
				if s := sim11(i-1, j-1); s > cut {
					try(i-1, j-1, s-cut, op11)
				}
			}
			if i > 0 && j > 1 {
				if s := sim12(i-1, j-2); s > cut {
					try(i-1, j-2, s-cut, op12)
				}
			}
			if i > 1 && j > 0 {
				if s := sim21(i-2, j-1); s > cut {
					try(i-2, j-1, 2*(s-cut), op21)
				}
			}
			*at(i, j) = best
		}
	}
	out := make([]*Alignment, n)
	usedRef := make([]bool, m)
	for i, j := n, m; i > 0 || j > 0; {
		var op int8
		if c := at(i, j); c != nil {
			op = c.op
		}
		switch op {
		case opSkipA:
			i--
		case opSkipR:
			j--
		case op11:
			out[i-1] = &Alignment{Ref: ri, Sents: []int{j - 1}, Similarity: sim11(i-1, j-1)}
			usedRef[j-1] = true
			i, j = i-1, j-1
		case op12:
			out[i-1] = &Alignment{Ref: ri, Sents: []int{j - 2, j - 1}, Similarity: sim12(i-1, j-2)}
			usedRef[j-2], usedRef[j-1] = true, true
			i, j = i-1, j-2
		case op21:
			// Each half of a split sentence is judged against the whole
			// reference sentence on how much of it the reference covers.
			for _, k := range []int{i - 2, i - 1} {
				out[k] = &Alignment{Ref: ri, Sents: []int{j - 1}, Similarity: precisionSim(lx, abags[k], rbags[j-1]), Shared: true}
			}
			usedRef[j-1] = true
			i, j = i-2, j-1
		default:
			// Unreachable cell (outside the band): fall back to skipping.
			if i > 0 {
				i--
			} else {
				j--
			}
		}
	}
	// Order-free second pass for what the monotonic pass left out.
	for i := range out {
		if out[i] != nil && out[i].Similarity >= opt.MinSimilarity {
			continue
		}
		bestJ, bestS := -1, 0.0
		for j, s := range sims[i] {
			if s > bestS || s == bestS && j < bestJ {
				bestJ, bestS = j, s
			}
		}
		if bestJ >= 0 && bestS >= 0.3 && (out[i] == nil || bestS > out[i].Similarity) {
			out[i] = &Alignment{Ref: ri, Sents: []int{bestJ}, Similarity: bestS}
			usedRef[bestJ] = true
		}
	}
	for i, a := range out {
		if a != nil && a.Similarity < opt.MinSimilarity {
			out[i] = nil
		}
	}
	return out
}

// precisionSim scores a sentence that is part of a longer passage: it blends
// how much of the sentence the passage supports with the usual overlap, so a
// faithful half of a split sentence is not punished for the other half.
func precisionSim(lx *lexicon, a, b bag) float64 {
	if a.weight == 0 {
		return 0
	}
	p := lx.overlap(a, b) / a.weight
	return 0.8*p + 0.2*lx.sim(a, b)
}

// Unmatched returns, per reference, the indices of its sentences that no
// article sentence is aligned to, in order.
func Unmatched(refs []*Document, al []*Alignment) [][]int {
	used := make([]map[int]bool, len(refs))
	for i := range used {
		used[i] = map[int]bool{}
	}
	for _, a := range al {
		if a == nil {
			continue
		}
		for _, j := range a.Sents {
			used[a.Ref][j] = true
		}
	}
	out := make([][]int, len(refs))
	for ri, r := range refs {
		if r == nil {
			continue
		}
		for j := range r.Sentences {
			if !used[ri][j] {
				out[ri] = append(out[ri], j)
			}
		}
		sort.Ints(out[ri])
	}
	return out
}
