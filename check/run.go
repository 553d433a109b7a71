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
	// Features are the signals the score was computed from.
	Features Features
	// Reviewed: an LLM reviewer read the sentence (see NoteReview).
	Reviewed bool
	// precision and coverage: how much of the sentence the passage
	// supports, and how much of the passage the sentence renders.
	precision, coverage float64
	// llmConfirmed sums the MQM penalties of the offline findings an LLM
	// reviewer confirmed.
	llmConfirmed float64
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

// DefaultFlagThreshold: a sentence scoring below it is flagged. It is the
// threshold the fitted model was calibrated with (model.go).
var DefaultFlagThreshold = defaultModel.Threshold

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
	splitShared(c.pairs)
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
		f, precision, coverage := lexicalSignals(c, i)
		res.Sentences[i] = SentenceResult{Sentence: s, Align: c.Align[i], Passage: c.passageEvidence(i), Features: f,
			precision: precision, coverage: coverage}
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

// NoteReview records that an LLM reviewer read sentence i, and the errors
// it reported that the offline checks had found already (confirming): the
// offline findings they overlap are marked Confirmed and the reviewer's
// severity counts in the score. A reviewed sentence with nothing confirmed
// and no LLM finding counts as cleared. Call AddFindings after, to add the
// reviewer's own findings and rescore.
func (r *Result) NoteReview(i int, confirming []Finding) {
	if i < 0 || i >= len(r.Sentences) {
		return
	}
	sr := &r.Sentences[i]
	sr.Reviewed = true
	for _, cf := range confirming {
		sr.llmConfirmed += cf.Severity.Penalty()
		for k := range sr.Findings {
			f := &sr.Findings[k]
			if f.Detector != cf.Detector && (f.Start < cf.End && cf.Start < f.End || f.Start == cf.Start && f.End == cf.End) {
				f.Confirmed = true
			}
		}
	}
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
	m := r.opt.Model
	if m == nil {
		m = &defaultModel
	}
	for i := range r.Sentences {
		sr := &r.Sentences[i]
		findingSignals(&sr.Features, sr)
		sr.Score = m.Score(sr.Features)
		// A trustworthy major finding caps the score below the model's
		// flag threshold (a critical one far below), so a flagged sentence
		// always scores under the line: flagged means score < threshold.
		if sev := sr.forcing(); sev > 0 {
			limit := 0.9 * m.Threshold
			if sev >= Critical {
				limit = 0.3 * m.Threshold
			}
			sr.Score = math.Min(sr.Score, limit)
		}
		sr.Score = math.Round(sr.Score*1000) / 1000
		// An unverified sentence is not an error: only a finding flags it.
		sr.Flagged = sr.Score < r.opt.FlagThreshold && (sr.Align != nil || sr.forcing() > 0)
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
// name, number, negation, glossary or untranslated finding covers a span, a
// divergence, addition, omission, spelling or phrasing finding on the same
// words says nothing new.
func dropExplained(fs []Finding) []Finding {
	generic := map[string]bool{"divergence": true, "addition": true, "omission": true, "spelling": true, "phrasing": true}
	// Findings only explain findings of their own sentence: compare within
	// each sentence, so a long document stays linear.
	bySentence := map[int][]int{}
	for i, f := range fs {
		bySentence[f.Sentence] = append(bySentence[f.Sentence], i)
	}
	out := make([]Finding, 0, len(fs))
	for i, f := range fs {
		keep := true
		for _, j := range bySentence[f.Sentence] {
			g := fs[j]
			if i == j {
				continue
			}
			// Explained: a specific finding covers most of the generic span
			// (or the insertion point, for an omission). Words left in another
			// language are not a wrong or misspelt name either.
			explains := generic[f.Check] && !generic[g.Check] ||
				g.Check == "untranslated" && (f.Check == "wrong-entity" || f.Check == "name-spelling")
			if explains && (f.Start == f.End && g.Start <= f.Start && f.Start <= g.End ||
				2*(min(f.End, g.End)-max(f.Start, g.Start)) > f.End-f.Start) {
				keep = false
				break
			}
			// The same correction of the same words from two checks: one
			// finding is enough, the more authoritative one's (the glossary
			// over a name found by resemblance) — never a generic one that
			// the other explains, or both would go ("enflasyon" /
			// "inflation" is untranslated, not misspelt).
			if g.Start == f.Start && g.End == f.End && g.Suggestion == f.Suggestion && f.Suggestion != "" &&
				!(generic[g.Check] && !generic[f.Check]) &&
				(rank(g.Check) < rank(f.Check) || rank(g.Check) == rank(f.Check) && j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// authority orders checks for duplicate findings: the first wins.
var authority = []string{"glossary", "number-mismatch", "gender", "negation", "wrong-entity", "name-spelling", "spelling"}

func rank(id string) int {
	for i, a := range authority {
		if a == id {
			return i
		}
	}
	return len(authority)
}

// forcingSimilarity: a passage this close to the sentence is a translation
// of the same words, so a major difference from it is an error to show.
const forcingSimilarity = 0.6

// closePassage: the passage renders the same words as the sentence — close
// overall, or one contains the other (a sentence that drops part of its
// passage, or adds to all of it).
func (s *SentenceResult) closePassage() bool {
	if s.Align == nil {
		return false
	}
	return s.Align.Similarity >= forcingSimilarity ||
		s.precision >= 0.9 && s.coverage >= 0.6 || s.coverage >= 0.9 && s.precision >= 0.4
}

// ForcedFlag reports a finding that flags the sentence whatever the model
// says: a critical one, one of a definite check (a doubled word, an unknown
// word, untranslated text, a glossary variant), or a major one made against
// a passage close enough that the difference is not a matter of rephrasing. Other findings weigh in through
// the model, which has learnt how far each kind can be trusted.
func (s *SentenceResult) ForcedFlag() bool { return s.forcing() > 0 }

// forcing returns the highest severity among the forcing findings, or 0.
func (s *SentenceResult) forcing() Severity {
	var top Severity
	for _, f := range s.Findings {
		forces := f.Severity >= Critical
		// A definite finding flags when it is sure of itself: major, or
		// with a correction to offer (a doubled word, a misspelling one
		// edit from a dictionary word); an unknown word with no neighbour
		// may be a rare one the dictionary lacks.
		if c, ok := Lookup(f.Check); ok && c.Info().Definite && (f.Severity >= Major || f.Suggestion != "") {
			forces = true
		}
		if f.Severity == Major && (s.closePassage() || f.pinned) {
			forces = true
		}
		if forces && f.Severity > top {
			top = f.Severity
		}
	}
	return top
}
