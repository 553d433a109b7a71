package review

import (
	"math"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/prompts"
)

// items builds the prompt data of the chosen sentences: the text, the
// aligned reference passage, the source passage at about the same place,
// the findings, and (for the fixer) the neighbouring sentences.
func (r *Runner) items(in check.Input, res *check.Result, sel []int, neighbours bool) []prompts.Item {
	doc := in.Article
	var out []prompts.Item
	for _, i := range sel {
		s := doc.Sentences[i]
		sr := res.Sentences[i]
		it := prompts.Item{ID: i + 1, Text: s.Text, Findings: []prompts.Note{}}
		if sr.Passage != nil {
			it.Reference = sr.Passage.Text
			it.Similarity = math.Round(sr.Align.Similarity*100) / 100
		}
		if in.Source != nil {
			it.Source = sourcePassage(in.Source, i, len(doc.Sentences))
		}
		if neighbours {
			if i > 0 {
				it.Before = doc.Sentences[i-1].Text
			}
			if i+1 < len(doc.Sentences) {
				it.After = doc.Sentences[i+1].Text
			}
		}
		for _, f := range sr.Findings {
			it.Findings = append(it.Findings, prompts.Note{Check: f.Check, Severity: f.Severity.String(),
				Span: doc.Display(f.Start, f.End), Message: f.Message, Suggestion: f.Suggestion})
		}
		out = append(out, it)
	}
	return out
}

// sourcePassage is the source sentences at about the same relative position
// as article sentence i of n: the sentence there and its neighbours. The
// source is not aligned sentence by sentence, so this is context, and the
// prompt says so.
func sourcePassage(src *check.Document, i, n int) string {
	m := len(src.Sentences)
	if m == 0 || n == 0 {
		return ""
	}
	j := int(math.Round(float64(i) * float64(m) / float64(n)))
	lo, hi := max(0, j-1), min(m-1, j+1)
	return src.Display(src.Sentences[lo].Start, src.Sentences[hi].End)
}

func glossaryLines(g *check.Glossary) []string {
	if g == nil {
		return nil
	}
	var out []string
	for _, e := range g.Entries {
		switch {
		case e.Source != "":
			out = append(out, e.Source+" -> "+e.Term)
		case len(e.Variants) > 0:
			out = append(out, e.Term+" = "+strings.Join(e.Variants, ", "))
		default:
			out = append(out, e.Term)
		}
	}
	return out
}
