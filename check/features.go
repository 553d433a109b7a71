package check

import "math"

// Feature indices. The sentence score combines these signals with the
// weights of a logistic model (model.go); they are exported in results so
// that `mtcheck eval` and the fitting tool see exactly what the score saw.
const (
	FeatLength     = iota // log(1 + words): longer sentences hold more errors
	FeatUnverified        // 1 when the sentence has no reference counterpart
	FeatMissA             // log(1 + content words of the sentence with no counterpart in the passage)
	FeatMissB             // log(1 + content words of the covered passage with none in the sentence)
	FeatMoves             // content words in another order than the passage's
	FeatChrF              // character n-gram F-score (chrF) against the passage
	FeatDivergence        // divergence findings
	FeatNames             // wrong-entity and name-spelling findings
	FeatNumbers           // number-mismatch findings
	FeatNegation          // negation findings
	FeatCoverage          // omission, addition and truncation findings
	FeatSpelling          // spelling findings
	FeatSevere            // untranslated, repetition and glossary findings, and any critical one
	FeatLLM               // findings of the LLM reviewer (and offline ones it confirmed), weighted by severity
	FeatLLMClear          // 1 when the LLM reviewer read the sentence and found nothing wrong
	NumFeatures
)

// FeatureNames name the features in the order of their indices.
var FeatureNames = [NumFeatures]string{"length", "unverified", "miss_sentence", "miss_passage",
	"moves", "chrf", "divergence", "names", "numbers", "negation", "coverage", "spelling", "severe", "llm", "llm_clear"}

// Features are one sentence's signals.
type Features [NumFeatures]float64

// lexicalSignals fills the features that do not depend on findings, and
// returns the share of the sentence's content words the passage supports
// (precision) and the share of the covered passage's content words the
// sentence renders (coverage).
func lexicalSignals(c *Context, i int) (f Features, precision, coverage float64) {
	p := c.pairs[i]
	if p.whole != nil {
		// The model was fitted on halves measured against the whole
		// reference sentence they share; the checks read the part.
		p = p.whole
	}
	f[FeatLength] = math.Log1p(float64(len(p.a)))
	if p.align == nil {
		f[FeatUnverified] = 1
		return f, 0, 0
	}
	missA, missB := unmatchedContent(p)
	f[FeatMissA] = math.Log1p(float64(missA))
	f[FeatMissB] = math.Log1p(float64(missB))
	f[FeatMoves] = float64(len(movedWords(p)))
	f[FeatChrF] = chrF(p.sent.Text, joinTokens(p.ref, p.b))
	precision, coverage = 1, 1
	if ca := contentCount(p.a); ca > 0 {
		precision = 1 - float64(missA)/float64(ca)
	}
	lo, hi := coveredB(p)
	if cb := contentCount(p.b[lo:hi]); cb > 0 {
		coverage = 1 - float64(missB)/float64(cb)
	}
	return f, precision, coverage
}

// unmatchedContent counts content words with no counterpart anywhere on the
// other side (a moved word has one), on the passage side only within the
// part the sentence covers.
func unmatchedContent(p *pair) (a, b int) {
	for k, t := range p.a {
		if t.IsContent() && p.matchA[k] < 0 && !p.inPassage(t) {
			a++
		}
	}
	lo, hi := coveredB(p)
	for j := lo; j < hi; j++ {
		if u := p.b[j]; u.IsContent() && p.matchB[j] < 0 && !p.inSentence(u) {
			b++
		}
	}
	return
}

// findingSignals adds the finding counts to a sentence's features, and what
// an LLM reviewer said of it.
func findingSignals(f *Features, sr *SentenceResult) {
	for k := FeatDivergence; k <= FeatLLMClear; k++ {
		f[k] = 0
	}
	f[FeatLLM] = sr.llmConfirmed / 5
	defer func() {
		if sr.Reviewed && f[FeatLLM] == 0 {
			f[FeatLLMClear] = 1
		}
	}()
	for _, fd := range sr.Findings {
		if fd.Detector == "llm" {
			f[FeatLLM] += fd.Severity.Penalty() / 5
			continue
		}
		switch {
		case fd.Severity == Critical:
			f[FeatSevere]++
		case fd.Check == "divergence":
			f[FeatDivergence]++
		case fd.Check == "wrong-entity" || fd.Check == "name-spelling":
			f[FeatNames]++
		case fd.Check == "number-mismatch":
			f[FeatNumbers]++
		case fd.Check == "negation":
			f[FeatNegation]++
		case fd.Check == "omission" || fd.Check == "addition" || fd.Check == "truncated":
			f[FeatCoverage]++
		case fd.Check == "spelling":
			f[FeatSpelling]++
		default:
			f[FeatSevere]++
		}
	}
}

// Model is a logistic model of the probability that a sentence holds a
// major error; the sentence score is one minus that probability.
type Model struct {
	Bias    float64
	Weights Features
	// Impute holds the values the reference-based features take for a
	// sentence with no reference counterpart: the averages over aligned
	// sentences, so that missing evidence counts as neither good nor bad.
	Impute Features
	// Threshold is the default flag threshold on the score.
	Threshold float64
}

// referenceFeatures are the features that need an aligned passage.
var referenceFeatures = []int{FeatMissA, FeatMissB, FeatMoves, FeatChrF}

// Score returns 1 − P(major error | features), in [0,1].
func (m *Model) Score(f Features) float64 {
	if f[FeatUnverified] == 1 {
		for _, k := range referenceFeatures {
			f[k] = m.Impute[k]
		}
	}
	z := m.Bias
	for k := range f {
		z += m.Weights[k] * f[k]
	}
	return 1 / (1 + math.Exp(z))
}

// chrF is sentence chrF (character n-grams 1–6 without spaces, β = 2), in [0,1].
//
// The n-grams are hashed to 64 bits and counted in a small open-addressing
// table, reused across the orders: no maps, no sorting, one allocation (this
// runs once per sentence on every batch run).
func chrF(hyp, ref string) float64 {
	h, r := stripSpace(hyp), stripSpace(ref)
	var precs, recs float64
	orders := 0
	size := 16
	for size < 2*len(r) {
		size <<= 1
	}
	keys := make([]uint64, size)
	counts := make([]int32, size)
	used := make([]bool, size)
	mask := uint64(size - 1)
	for n := 1; n <= 6; n++ {
		th, tr := len(h)-n+1, len(r)-n+1
		if th <= 0 || tr <= 0 {
			continue
		}
		clear(counts)
		clear(used)
		for i := 0; i < tr; i++ {
			k := ngramHash(r[i : i+n])
			slot := k & mask
			for used[slot] && keys[slot] != k {
				slot = (slot + 1) & mask
			}
			keys[slot], used[slot] = k, true
			counts[slot]++
		}
		m := 0
		for i := 0; i < th; i++ {
			k := ngramHash(h[i : i+n])
			for slot := k & mask; used[slot]; slot = (slot + 1) & mask {
				if keys[slot] == k {
					if counts[slot] > 0 {
						counts[slot]--
						m++
					}
					break
				}
			}
		}
		precs += float64(m) / float64(th)
		recs += float64(m) / float64(tr)
		orders++
	}
	return chrFScore(precs, recs, orders)
}

// chrFScore is the F2 score of the average n-gram precision and recall.
func chrFScore(precs, recs float64, orders int) float64 {
	if orders == 0 {
		return 0
	}
	p, rr := precs/float64(orders), recs/float64(orders)
	if p+rr == 0 {
		return 0
	}
	return 5 * p * rr / (4*p + rr)
}

// ngramHash is FNV-1a over the runes of an n-gram, never zero-equal for
// distinct short n-grams in practice.
func ngramHash(g []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range g {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

func stripSpace(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if !isSpace(r) {
			out = append(out, r)
		}
	}
	return out
}
