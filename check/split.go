package check

import (
	"slices"
	"strings"
)

// A reference sentence the article splits in two is the passage of both
// halves (Alignment.Shared). Checked against the whole of it, each half
// meets the other half's words: a "not", a name, a verb the other half
// renders hides what this half lost or changed. splitShared cuts such a
// passage where the halves divide it, so each is checked against its own
// part, as any sentence against its passage. Where they divide is a guess,
// not a boundary the reference drew, so omissions are not judged against a
// part (omission, unrenderedPassage), the sentence's lexical signals are
// measured against the whole sentence, as the model was fitted
// (lexicalSignals), and the gender check reads the whole when the part
// does not name the person.

// joiners, besides the clauseOpeners, begin a part of a sentence a split
// may begin at.
var joiners = setOf("and", "but", "which", "who", "whose", "where", "adding", "saying", "so", "yet", "with", "including", "amid")

// splitShared narrows the passages of neighbouring sentences that share one
// reference sentence to the part each renders, where the passage divides
// cleanly between them.
func splitShared(pairs []*pair) {
	for i := 0; i+1 < len(pairs); i++ {
		p, q := pairs[i], pairs[i+1]
		if p.align == nil || q.align == nil || !p.align.Shared || !q.align.Shared || p.align.Ref != q.align.Ref ||
			!slices.Equal(p.align.Sents, q.align.Sents) {
			continue
		}
		cut, swapped, ok := cutPassage(p.ref.plain, p.a, q.a, p.b)
		if !ok {
			continue
		}
		m := len(p.b)
		if swapped {
			p.narrow(cut, m)
			q.narrow(0, cut)
		} else {
			p.narrow(0, cut)
			q.narrow(cut, m)
		}
		i++
	}
}

// narrow makes b[lo:hi] the pair's passage.
func (p *pair) narrow(lo, hi int) {
	whole := *p
	p.whole = &whole
	p.b = p.b[lo:hi:hi]
	p.matchA, p.matchB = lcsMatch(p.a, p.b)
	p.regions = diffRegions(p.matchA, p.matchB)
	p.moved = 0
	p.nums = nil
	p.matchMoved()
}

// cutPassage finds where passage b divides between two sentences a1 and a2
// that render it in turn (or, swapped, a2 renders its first part): a cut
// that leaves every content word of b that one of them renders on the side
// of that sentence. It fails unless there is one, each part has two content
// words only its sentence renders, and the words between the two parts are
// function words, where a clause opens: after a comma or a dash, or at a
// conjunction ("… an independent inquiry and said the company had cut …").
func cutPassage(text string, a1, a2, b []Token) (cut int, swapped, ok bool) {
	m := len(b)
	if m < 4 {
		return 0, false, false
	}
	found, lo, hi, swapped := false, 0, 0, false
	var first, second []bool
	for _, sw := range []bool{false, true} {
		f, s := sides(b, a1, a2)
		if sw {
			f, s = sides(b, a2, a1) // the second sentence renders the first part
		}
		// The cuts that leave every word on the side of the sentence that
		// renders it: those between the last the first renders and the
		// first the second renders.
		lastF, firstS := 0, m
		for j := range b {
			if f[j] && !s[j] {
				lastF = j + 1
			}
			if s[j] && !f[j] && firstS == m {
				firstS = j
			}
		}
		if lastF <= firstS && lastF > 0 && firstS < m {
			found, lo, hi, swapped, first, second = true, lastF, firstS, sw, f, s
			break
		}
	}
	if !found {
		return 0, false, false
	}
	n1, n2 := 0, 0
	for j := range b {
		if j < lo && first[j] && !second[j] {
			n1++
		}
		if j >= lo && second[j] && !first[j] {
			n2++
		}
	}
	if n1 < 2 || n2 < 2 {
		return 0, false, false
	}
	// Among those cuts, the one where a clause begins. A content word
	// between the parts, which neither or both render, belongs to neither
	// with any certainty.
	for c := lo; c < hi; c++ {
		if b[c].IsContent() {
			return 0, false, false
		}
	}
	for c := lo; c <= hi; c++ {
		if gap := text[b[c-1].End:b[c].Start]; strings.ContainsAny(gap, ",;:–—") || clauseOpeners[b[c].Norm] || joiners[b[c].Norm] {
			return c, swapped, true
		}
	}
	return 0, false, false
}

// sides marks the content words of b the first sentence renders and those
// the second does, by which of them has the word. A word both have goes, by
// its occurrences, to the first as often as the first has it and then to
// the second ("we don't know … nor do you know"); said once, it is on
// both sides.
func sides(b, first, second []Token) (f, s []bool) {
	f, s = make([]bool, len(b)), make([]bool, len(b))
	for j, u := range b {
		if !u.IsContent() {
			continue
		}
		nf, ns := countSame(first, u), countSame(second, u)
		f[j], s[j] = nf > 0, ns > 0
		if nf > 0 && ns > 0 && countSame(b, u) > 1 {
			k := countSame(b[:j], u) // earlier occurrences
			f[j], s[j] = k < nf, k >= nf
		}
	}
	return f, s
}

// countSame counts the tokens of ts that are the word u.
func countSame(ts []Token, u Token) int {
	n := 0
	for _, t := range ts {
		if sameWord(t, u) {
			n++
		}
	}
	return n
}
