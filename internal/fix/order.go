package fix

import (
	"fmt"
	"sort"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/mtcheck/mtcheck/internal/review"
	"github.com/mtcheck/mtcheck/internal/textdiff"
)

// Order sorts proposals as they are offered: by sentence, verified ones
// first, then the most confident.
func Order(ps []*Proposal) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		if a.OK() != b.OK() {
			return a.OK()
		}
		return a.Confidence > b.Confidence
	})
}

// Best returns the best verified proposal of each sentence, in the order
// given (Order first: the best of a sentence is then its first verified).
func Best(ps []*Proposal) []*Proposal {
	var out []*Proposal
	seen := map[int]bool{}
	for _, p := range ps {
		if p.OK() && !seen[p.Sentence] {
			seen[p.Sentence] = true
			out = append(out, p)
		}
	}
	return out
}

// Targets are the sentences the LLM fixer is asked about: flagged, or with
// an LLM finding.
func Targets(res *check.Result) []int {
	var out []int
	for i, sr := range res.Sentences {
		llm := false
		for _, f := range sr.Findings {
			llm = llm || f.Detector == review.Detector
		}
		if sr.Flagged || llm {
			out = append(out, i)
		}
	}
	return out
}

// EditsOf gathers the edits of several proposals.
func EditsOf(ps []*Proposal) []Edit {
	var out []Edit
	for _, p := range ps {
		out = append(out, p.Edits...)
	}
	return out
}

// Report converts a proposal for the report model; id names it within its
// file, best marks its sentence's best one.
func (p *Proposal) Report(id string, best bool) *report.Proposal {
	rp := &report.Proposal{ID: id, Source: p.Source, Reason: p.Reason, Original: p.Original, Corrected: p.Corrected,
		Diff: textdiff.Plain(p.Diff()), Confidence: p.Confidence, Best: best, Rejected: p.Rejected,
		ScoreBefore: p.ScoreBefore, ScoreAfter: p.ScoreAfter, Edits: []report.Edit{}}
	for _, e := range p.Edits {
		rp.Edits = append(rp.Edits, report.Edit{Start: e.Start, End: e.End, New: e.New})
	}
	return rp
}

// ID names a proposal within its file: "s3-2" is the second proposal of
// sentence 3 (1-based both, in the order given).
func ID(sentence, n int) string { return fmt.Sprintf("s%d-%d", sentence+1, n+1) }

// Reports converts ordered proposals for the report model, in the same
// order, with their IDs and best marks.
func Reports(ps []*Proposal) []*report.Proposal {
	best := map[*Proposal]bool{}
	for _, p := range Best(ps) {
		best[p] = true
	}
	n := map[int]int{}
	out := make([]*report.Proposal, len(ps))
	for i, p := range ps {
		out[i] = p.Report(ID(p.Sentence, n[p.Sentence]), best[p])
		n[p.Sentence]++
	}
	return out
}

// Attach adds ordered proposals to a report file's sentences (which are in
// the document's sentence order, as report.FromResult makes them).
func Attach(f *report.File, ps []*Proposal) {
	for i, rp := range Reports(ps) {
		if k := ps[i].Sentence; k >= 0 && k < len(f.Sentences) {
			f.Sentences[k].Proposals = append(f.Sentences[k].Proposals, rp)
		}
	}
}
