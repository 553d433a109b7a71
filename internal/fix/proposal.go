package fix

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/review"
	"github.com/mtcheck/mtcheck/internal/textdiff"
)

// Edit replaces Text[Start:End] of the file with New.
type Edit struct {
	Start, End int
	New        string
}

// Proposal is a corrected version of one sentence.
type Proposal struct {
	Sentence int
	// Source is "offline" or "llm".
	Source string
	Reason string
	// Evidence is what the proposal rests on (the aligned passage, a
	// glossary entry).
	Evidence *check.Evidence
	// Original and Corrected are the sentence as a reader sees it, before
	// and after.
	Original, Corrected string
	Edits               []Edit
	// Confidence is from 0 to 1; Rejected, when set, is why verification
	// refused the proposal (it is then not offered for writing).
	Confidence float64
	Rejected   string
	// ScoreBefore and ScoreAfter are the sentence's offline scores.
	ScoreBefore, ScoreAfter float64
}

// Diff is the proposal's word diff of the sentence.
func (p *Proposal) Diff() []textdiff.Op { return textdiff.Words(p.Original, p.Corrected) }

// OK reports a proposal that passed verification.
func (p *Proposal) OK() bool { return p.Rejected == "" }

// Confident is the alignment similarity from which a reference passage's
// wording is proposed for a diverging span.
const Confident = 0.6

var referenceChecks = map[string]bool{"divergence": true, "number-mismatch": true, "wrong-entity": true, "negation": true}

// Offline proposes, for each sentence with findings, one correction made of
// the edits the offline checks know: glossary terms and name spellings
// (their suggestions), and the reference's wording for a diverging span when
// the sentence's alignment is confident.
func Offline(res *check.Result) []*Proposal {
	doc := res.Doc
	var out []*Proposal
	for i, sr := range res.Sentences {
		type cand struct {
			e    Edit
			why  string
			conf float64
			ev   *check.Evidence
		}
		var cands []cand
		for _, f := range sr.Findings {
			if f.Detector != "offline" || f.Start >= f.End {
				continue
			}
			span := doc.Display(f.Start, f.End)
			switch {
			case (f.Check == "glossary" || f.Check == "name-spelling") && f.Suggestion != "":
				conf := 0.9
				if f.Check == "name-spelling" {
					conf = 0.8
				}
				cands = append(cands, cand{Edit{f.Start, f.End, f.Suggestion}, fmt.Sprintf("%s: “%s” → “%s”", f.Check, span, f.Suggestion), conf, f.Evidence})
			case (referenceChecks[f.Check] || f.Check == "untranslated" && f.Suggestion != "") &&
				sr.Align != nil && sr.Align.Similarity >= Confident && sr.Passage != nil:
				// Words left in another language take the passage's English
				// for them ("infarto" → "heart attack"); a stretch of another
				// script has no such counterpart and is left to the LLM.
				e, ok := referenceEdit(doc, sr, f)
				if !ok {
					continue
				}
				conf := math.Min(0.85, 0.35+0.5*sr.Align.Similarity)
				cands = append(cands, cand{e, fmt.Sprintf("%s: “%s” → “%s”, as the reference passage has it", f.Check, doc.Display(e.Start, e.End), e.New), conf, sr.Passage})
			}
		}
		if len(cands) == 0 {
			continue
		}
		// Most confident first; an edit overlapping a kept one is dropped.
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].conf > cands[b].conf })
		// A wider edit that contains a kept one and already makes its
		// change (the reference's wording of a clause, holding the
		// glossary's term) takes its place.
		var kept []cand
		for _, c := range cands {
			clash := false
			for j, k := range kept {
				if c.e.Start < k.e.End && k.e.Start < c.e.End {
					clash = true
					if c.e.Start <= k.e.Start && k.e.End <= c.e.End && strings.Contains(c.e.New, k.e.New) {
						c.why = k.why + "; " + c.why
						kept[j] = c
					}
				}
			}
			if !clash {
				kept = append(kept, c)
			}
		}
		sort.Slice(kept, func(a, b int) bool { return kept[a].e.Start < kept[b].e.Start })
		p := &Proposal{Sentence: i, Source: "offline", Original: sr.Sentence.Text, Confidence: 1}
		var why []string
		for _, k := range kept {
			p.Edits = append(p.Edits, k.e)
			why = append(why, k.why)
			p.Confidence = math.Min(p.Confidence, k.conf)
			if p.Evidence == nil {
				p.Evidence = k.ev
			}
		}
		p.Reason = strings.Join(why, "; ")
		p.Corrected = correctedText(doc, sr.Sentence, p.Edits)
		out = append(out, p)
	}
	return out
}

// referenceEdit replaces a finding's span with the passage's wording: the
// check's suggestion when it has one, else the part of a word diff between
// sentence and passage that covers the span.
func referenceEdit(doc *check.Document, sr check.SentenceResult, f check.Finding) (Edit, bool) {
	if f.Suggestion != "" {
		return Edit{f.Start, f.End, f.Suggestion}, true
	}
	s := sr.Sentence
	disp := s.Text
	m := doc.DisplayMap(s.Start, s.End)
	ds, de := doc.DisplayOffset(s.Start, f.Start), doc.DisplayOffset(s.Start, f.End)
	pos := 0
	ops := textdiff.Words(disp, sr.Passage.Text)
	for k := 0; k < len(ops); k++ {
		op := ops[k]
		if op.Kind == textdiff.Insert {
			continue
		}
		end := pos + len(op.Text)
		if op.Kind == textdiff.Delete && pos < de && ds < end {
			ins := ""
			if k+1 < len(ops) && ops[k+1].Kind == textdiff.Insert {
				ins = strings.TrimSpace(ops[k+1].Text)
			}
			a, b := trimSpaceRange(disp, pos, end)
			if ins == "" || a >= b || b-a > 3*(de-ds)+20 {
				return Edit{}, false // the passage has nothing in its place, or far more changes
			}
			return Edit{m[a], m[b], ins}, true
		}
		pos = end
	}
	return Edit{}, false
}

func trimSpaceRange(s string, a, b int) (int, int) {
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	return a, b
}

// correctedText is the sentence as a reader would see it after the edits.
func correctedText(doc *check.Document, s *check.Sentence, edits []Edit) string {
	es := append([]Edit(nil), edits...)
	sort.Slice(es, func(i, j int) bool { return es[i].Start < es[j].Start })
	var b strings.Builder
	pos := 0
	for _, e := range es {
		a, z := doc.DisplayOffset(s.Start, e.Start), doc.DisplayOffset(s.Start, e.End)
		if a < pos || z > len(s.Text) {
			continue
		}
		b.WriteString(s.Text[pos:a])
		b.WriteString(e.New)
		pos = z
	}
	b.WriteString(s.Text[pos:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// Apply makes the edits to text. They must not overlap.
func Apply(text string, edits []Edit) string {
	es := append([]Edit(nil), edits...)
	sort.Slice(es, func(i, j int) bool { return es[i].Start < es[j].Start })
	var b strings.Builder
	pos := 0
	for _, e := range es {
		if e.Start < pos || e.End > len(text) {
			continue // overlapping or out of range: skipped rather than corrupt the text
		}
		b.WriteString(text[pos:e.Start])
		b.WriteString(e.New)
		pos = e.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

// FromLLM turns the fixer's corrected sentences into proposals whose edits
// touch only the words that changed, so the file's markup and line breaks
// around them stay as they were.
func FromLLM(doc *check.Document, fixes []review.Fix) []*Proposal {
	var out []*Proposal
	for _, f := range fixes {
		s := doc.Sentences[f.Sentence]
		p := &Proposal{Sentence: f.Sentence, Source: "llm", Reason: f.Explanation, Original: s.Text, Corrected: f.Corrected,
			Confidence: math.Round(f.Confidence*0.9*100) / 100}
		p.Edits = EditsFor(doc, s, f.Corrected)
		out = append(out, p)
	}
	return out
}

// EditsFor computes the file edits that turn sentence s into corrected (as a
// reader sees it), word by word.
func EditsFor(doc *check.Document, s *check.Sentence, corrected string) []Edit {
	m := doc.DisplayMap(s.Start, s.End)
	var edits []Edit
	pos := 0
	ops := textdiff.Words(s.Text, corrected)
	for k := 0; k < len(ops); k++ {
		op := ops[k]
		switch op.Kind {
		case textdiff.Equal:
			pos += len(op.Text)
		case textdiff.Delete:
			e := Edit{m[pos], m[pos+len(op.Text)], ""}
			if k+1 < len(ops) && ops[k+1].Kind == textdiff.Insert {
				e.New = ops[k+1].Text
				k++
			}
			// Keep the file's own white space where the change ends in it.
			if strings.HasSuffix(op.Text, " ") && strings.HasSuffix(e.New, " ") {
				e.End = m[pos+len(op.Text)-1]
				e.New = strings.TrimSuffix(e.New, " ")
			}
			edits = append(edits, e)
			pos += len(op.Text)
		case textdiff.Insert:
			edits = append(edits, Edit{m[pos], m[pos], op.Text})
		}
	}
	return edits
}
