package check

import (
	"math"
	"slices"
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

// bag is a weighted multiset of token stems: stem ids, sorted, with their
// counts.
type bag struct {
	ids    []int32
	cnt    []int32
	weight float64
}

// lexicon holds inverse document frequencies over all sentences of the
// article and its references, so rare words (names, numbers) decide the
// alignment and common ones do not. Stems are interned to dense ids, so
// comparing two bags is a merge of two sorted lists.
type lexicon struct {
	id   map[string]int32
	w    []float64 // weight by id: idf, a fifth of it for function words
	stop []bool
}

func newLexicon(docs ...*Document) *lexicon {
	lx := &lexicon{id: map[string]int32{}}
	var df []int
	var stop []bool
	n := 0
	seen := map[int32]bool{}
	for _, d := range docs {
		if d == nil {
			continue
		}
		for _, s := range d.Sentences {
			n++
			clear(seen)
			for _, t := range s.Tokens {
				if t.Kind == Punct {
					continue
				}
				id, ok := lx.id[t.Stem]
				if !ok {
					id = int32(len(df))
					lx.id[t.Stem] = id
					df = append(df, 0)
					stop = append(stop, t.Stop)
				}
				if !seen[id] {
					seen[id] = true
					df[id]++
				}
			}
		}
	}
	lx.w, lx.stop = make([]float64, len(df)), stop
	for id, c := range df {
		lx.w[id] = math.Log(1 + float64(n)/float64(c))
		if stop[id] {
			lx.w[id] *= 0.2
		}
	}
	return lx
}

// isStop: the stem is a function word's (weighted down at a fifth).
func (lx *lexicon) isStop(id int32) bool { return lx.stop[id] }

func (lx *lexicon) bagOf(sents ...*Sentence) bag {
	var ids []int32
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Kind != Punct {
				ids = append(ids, lx.id[t.Stem])
			}
		}
	}
	slices.Sort(ids)
	b := bag{}
	for i, id := range ids {
		if i > 0 && id == ids[i-1] {
			b.cnt[len(b.cnt)-1]++
		} else {
			b.ids = append(b.ids, id)
			b.cnt = append(b.cnt, 1)
		}
		b.weight += lx.w[id]
	}
	return b
}

func (lx *lexicon) overlap(a, b bag) float64 {
	o := 0.0
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			o += float64(min(a.cnt[i], b.cnt[j])) * lx.w[a.ids[i]]
			i++
			j++
		}
	}
	return o
}

// merged is the union of two bags (counts added).
func merged(x, y bag) bag {
	out := bag{ids: make([]int32, 0, len(x.ids)+len(y.ids)), cnt: make([]int32, 0, len(x.ids)+len(y.ids)), weight: x.weight + y.weight}
	i, j := 0, 0
	for i < len(x.ids) || j < len(y.ids) {
		switch {
		case j == len(y.ids) || i < len(x.ids) && x.ids[i] < y.ids[j]:
			out.ids, out.cnt = append(out.ids, x.ids[i]), append(out.cnt, x.cnt[i])
			i++
		case i == len(x.ids) || y.ids[j] < x.ids[i]:
			out.ids, out.cnt = append(out.ids, y.ids[j]), append(out.cnt, y.cnt[j])
			j++
		default:
			out.ids, out.cnt = append(out.ids, x.ids[i]), append(out.cnt, x.cnt[i]+y.cnt[j])
			i++
			j++
		}
	}
	return out
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
	index := make([][]int, len(lx.w))
	for j, b := range rbags {
		for _, id := range b.ids {
			if lx.w[id] > 0 && !lx.isStop(id) {
				index[id] = append(index[id], j)
			}
		}
	}
	maxDF := max(20, m/20)
	sims := newSimTable(n, m)
	for i, a := range abags {
		for _, id := range a.ids {
			js := index[id]
			if len(js) > maxDF {
				continue
			}
			for _, j := range js {
				if !sims.has(i, j) {
					sims.set(i, j, lx.sim(a, rbags[j]))
				}
			}
		}
	}
	sim11 := sims.get
	merge := merged
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
					// Each half earns what the reference sentence supports
					// of it: a sentence that only borrows a few of its
					// words does not ride on its neighbour's match.
					gain := 0.0
					for _, k := range []int{i - 2, i - 1} {
						gain += min(s, precisionSim(lx, abags[k], rbags[j-1])) - cut
					}
					try(i-2, j-1, gain, op21)
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
		sims.each(i, func(j int, s float64) {
			if s > bestS || s == bestS && j < bestJ {
				bestJ, bestS = j, s
			}
		})
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

// simTable holds the 1:1 similarities: dense for ordinary texts, sparse
// (only pairs that share a word) for very long ones.
type simTable struct {
	m      int
	dense  []float64 // -1 marks "not computed"
	sparse []map[int]float64
}

func newSimTable(n, m int) *simTable {
	t := &simTable{m: m}
	if n*m <= 1_000_000 {
		t.dense = make([]float64, n*m)
		for i := range t.dense {
			t.dense[i] = -1
		}
		return t
	}
	t.sparse = make([]map[int]float64, n)
	for i := range t.sparse {
		t.sparse[i] = map[int]float64{}
	}
	return t
}

func (t *simTable) has(i, j int) bool {
	if t.dense != nil {
		return t.dense[i*t.m+j] >= 0
	}
	_, ok := t.sparse[i][j]
	return ok
}

func (t *simTable) set(i, j int, v float64) {
	if t.dense != nil {
		t.dense[i*t.m+j] = v
		return
	}
	t.sparse[i][j] = v
}

func (t *simTable) get(i, j int) float64 {
	if t.dense != nil {
		return max(0, t.dense[i*t.m+j])
	}
	return t.sparse[i][j]
}

// each calls fn for every computed pair of row i.
func (t *simTable) each(i int, fn func(j int, v float64)) {
	if t.dense != nil {
		for j := 0; j < t.m; j++ {
			if v := t.dense[i*t.m+j]; v >= 0 {
				fn(j, v)
			}
		}
		return
	}
	for j, v := range t.sparse[i] {
		fn(j, v)
	}
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
