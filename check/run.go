package check

import (
	"math"
)

// SentenceResult is the verdict on one sentence.
type SentenceResult struct {
	Sentence *Sentence
	Align    *Alignment
	// Passage is the aligned reference passage, nil when the sentence has no
	// counterpart (it is then unverified, which is not an error).
	Passage  *Evidence
	Score    float64
	Flagged  bool
	Findings []Finding
}

// Unverified: the sentence has no reference counterpart to check it against.
func (s *SentenceResult) Unverified() bool { return s.Align == nil }

// Result is the outcome of checking one document.
type Result struct {
	Doc       *Document
	Sentences []SentenceResult
	// DocFindings are findings that belong to no one sentence (a reference
	// sentence the article has no counterpart for).
	DocFindings []Finding
	// Penalty is the MQM absolute penalty total; Score the MQM quality score
	// from 0 to 100.
	Penalty float64
	Score   float64
	Refs    []*Document
	opt     Options
}

// Findings returns every finding of the document in position order.
func (r *Result) Findings() []Finding {
	var all []Finding
	for _, s := range r.Sentences {
		all = append(all, s.Findings...)
	}
	all = append(all, r.DocFindings...)
	return sortFindings(all)
}

// DefaultFlagThreshold: a sentence scoring below it is flagged.
const DefaultFlagThreshold = 0.5

// Run checks one article against its references, source and glossary.
func Run(in Input, opt Options) *Result {
	if opt.FlagThreshold <= 0 {
		opt.FlagThreshold = DefaultFlagThreshold
	}
	c := &Context{Input: in}
	c.Align = Align(in.Article, in.Refs, opt.Align)
	c.pairs = make([]*pair, len(in.Article.Sentences))
	for i, s := range in.Article.Sentences {
		c.pairs[i] = newPair(s, c.Align[i], in.Refs)
	}
	c.names = buildNames(c)
	c.parallel = make([]bool, len(in.Refs))
	un := Unmatched(in.Refs, c.Align)
	for ri, r := range in.Refs {
		aligned := 0
		for _, a := range c.Align {
			if a != nil && a.Ref == ri {
				aligned++
			}
		}
		n := len(r.Sentences)
		c.parallel[ri] = n > 0 && float64(n-len(un[ri])) >= 0.6*float64(n) &&
			float64(aligned) >= 0.5*float64(len(in.Article.Sentences))
	}
	disabled := map[string]bool{}
	for _, id := range opt.Disable {
		disabled[id] = true
	}
	var all []Finding
	for _, chk := range Checks() {
		info := chk.Info()
		if disabled[info.ID] || info.NeedsRef && len(in.Refs) == 0 {
			continue
		}
		for _, f := range chk.Run(c) {
			if sev, ok := opt.Severity[info.ID]; ok {
				f.Severity = sev
			}
			all = append(all, f)
		}
	}
	all = dropExplained(sortFindings(all))

	res := &Result{Doc: in.Article, Refs: in.Refs, opt: opt, Sentences: make([]SentenceResult, len(in.Article.Sentences))}
	for i, s := range in.Article.Sentences {
		res.Sentences[i] = SentenceResult{Sentence: s, Align: c.Align[i], Passage: c.passageEvidence(i)}
	}
	res.place(all)
	res.rescore()
	return res
}

// AddFindings adds findings from another detector (such as an LLM reviewer)
// to the result and recomputes the scores, so every finding lives in one
// model whatever found it. Findings must carry a Detector and valid offsets
// into the article; Sentence -1 means a finding about the whole document.
func (r *Result) AddFindings(fs []Finding) {
	all := append(r.Findings(), fs...)
	for i := range r.Sentences {
		r.Sentences[i].Findings = nil
	}
	r.DocFindings = nil
	r.place(sortFindings(all))
	r.rescore()
}

func (r *Result) place(all []Finding) {
	for _, f := range all {
		if f.Sentence >= 0 && f.Sentence < len(r.Sentences) {
			r.Sentences[f.Sentence].Findings = append(r.Sentences[f.Sentence].Findings, f)
		} else {
			r.DocFindings = append(r.DocFindings, f)
		}
	}
}

func (r *Result) rescore() {
	r.Penalty = 0
	for _, f := range r.Findings() {
		r.Penalty += f.Severity.Penalty()
	}
	for i := range r.Sentences {
		sr := &r.Sentences[i]
		sr.Score = sentenceScore(sr)
		sr.Flagged = sr.Score < r.opt.FlagThreshold
	}
	r.Score = MQMScore(r.Penalty, r.Doc.Words)
}

// MQMScore is the MQM raw quality score: 100 minus the penalty per 100 words,
// floored at 0 (MQM 2.0 scoring, penalties minor 1, major 5, critical 25).
func MQMScore(penalty float64, words int) float64 {
	if words <= 0 {
		return 100
	}
	s := 100 - 100*penalty/float64(words)
	return math.Round(math.Max(0, s)*100) / 100
}

// Specific checks explain a difference better than the generic ones: where a
// name, number, negation or glossary finding covers a span, a divergence,
// addition or omission on the same words says nothing new.
func dropExplained(fs []Finding) []Finding {
	generic := map[string]bool{"divergence": true, "addition": true, "omission": true}
	out := fs[:0]
	for i, f := range fs {
		keep := true
		if generic[f.Check] {
			for j, g := range fs {
				if i == j || generic[g.Check] || g.Sentence != f.Sentence {
					continue
				}
				// Explained: the specific finding covers most of the generic
				// span (or the insertion point, for an omission).
				if f.Start == f.End && g.Start <= f.Start && f.Start <= g.End ||
					2*(min(f.End, g.End)-max(f.Start, g.Start)) > f.End-f.Start {
					keep = false
					break
				}
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// sentenceScore maps the evidence on a sentence to [0,1], higher is better.
// The base is the similarity to the reference passage (an unverified sentence
// starts at a neutral 0.7); each finding then takes away a share by severity.
func sentenceScore(sr *SentenceResult) float64 {
	base := 0.7
	if sr.Align != nil {
		base = 0.55 + 0.45*math.Min(1, sr.Align.Similarity/0.8)
	}
	for _, f := range sr.Findings {
		switch f.Severity {
		case Minor:
			base *= 0.85
		case Major:
			base *= 0.45
		case Critical:
			base *= 0.15
		}
	}
	return math.Round(base*1000) / 1000
}
