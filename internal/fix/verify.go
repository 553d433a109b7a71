package fix

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/textdiff"
)

// Verifier checks proposals before they are offered. It re-runs the offline
// checks on the article with the proposal applied and refuses, with the
// reason, a proposal that
//   - introduces a name or number that no evidence (the sentence, the
//     references, the source, the glossary) has;
//   - changes a quotation that no finding is inside;
//   - rewrites far more than the flagged spans (more than 2 words, or a
//     fifth of the sentence, outside them and two words around them);
//   - scores no better: the offline penalty of the sentence must fall (for a
//     sentence only the LLM flagged: must not rise, nor its score fall).
type Verifier struct {
	in   check.Input
	opts check.Options
	// base is the offline result, res the one proposals were made from
	// (it may hold LLM findings too).
	base, res *check.Result
	evidence  map[string]bool
}

// NewVerifier prepares verification against an article's evidence.
func NewVerifier(in check.Input, res *check.Result, opts check.Options) *Verifier {
	v := &Verifier{in: in, opts: opts, res: res, base: check.Run(in, opts), evidence: map[string]bool{}}
	add := func(d *check.Document) {
		for _, s := range d.Sentences {
			for _, t := range s.Tokens {
				v.evidence[t.Norm] = true
			}
		}
	}
	for _, r := range in.Refs {
		add(r)
	}
	if in.Source != nil {
		add(in.Source)
	}
	if in.Glossary != nil {
		for _, e := range in.Glossary.Entries {
			add(check.Parse("", e.Term, check.ParseOptions{}))
		}
	}
	return v
}

// Verify sets the proposal's Rejected reason (empty when it passes),
// its scores and its confidence.
func (v *Verifier) Verify(p *Proposal) {
	doc := v.in.Article
	s := doc.Sentences[p.Sentence]
	p.ScoreBefore = v.base.Sentences[p.Sentence].Score
	if len(p.Edits) == 0 || p.Corrected == p.Original {
		p.Rejected = "changes nothing"
		return
	}
	if names := v.newFacts(s, p.Corrected); len(names) > 0 {
		p.Rejected = fmt.Sprintf("introduces %s, found in no reference, source or glossary", quoteList(names))
		return
	}
	spans := v.spans(p.Sentence)
	if q := changedQuote(p.Original, p.Corrected, spans); q != "" {
		p.Rejected = fmt.Sprintf("changes the quotation “%s”, and no finding is inside it", q)
		return
	}
	if n, words := outside(p.Original, p.Corrected, spans); n > max(2, words/5) {
		p.Rejected = fmt.Sprintf("rewrites %d words outside the flagged spans", n)
		return
	}
	before := v.base.Sentences[p.Sentence]
	after, afterPen := v.rescore(p)
	p.ScoreAfter = after
	beforePen := penalty(before.Findings)
	switch {
	case beforePen > 0 && !(afterPen < beforePen || afterPen == beforePen && after > before.Score+0.001):
		p.Rejected = fmt.Sprintf("does not score better: the offline checks still find %s (score %.2f → %.2f)", describePenalty(afterPen), before.Score, after)
	case beforePen == 0 && (afterPen > 0 || after < before.Score-0.01):
		p.Rejected = fmt.Sprintf("scores worse: the offline checks now find %s (score %.2f → %.2f)", describePenalty(afterPen), before.Score, after)
	}
	if p.Rejected != "" {
		return
	}
	// Confidence: the source's own, raised when the sentence comes out
	// clean and lowered when findings remain.
	c := p.Confidence
	if afterPen == 0 {
		c += 0.1
	} else {
		c -= 0.15
	}
	p.Confidence = math.Round(math.Max(0.05, math.Min(1, c))*100) / 100
}

func penalty(fs []check.Finding) float64 {
	t := 0.0
	for _, f := range fs {
		if f.Detector == "offline" {
			t += f.Severity.Penalty()
		}
	}
	return t
}

func describePenalty(p float64) string {
	if p == 0 {
		return "nothing"
	}
	return fmt.Sprintf("errors worth %g MQM penalty points", p)
}

// rescore checks the article with the proposal applied and returns the
// corrected sentence's score and offline penalty.
func (v *Verifier) rescore(p *Proposal) (float64, float64) {
	doc := v.in.Article
	text := Apply(doc.Text, p.Edits)
	in := v.in
	in.Article = check.Parse(doc.Name, text, check.ParseOptions{})
	res := check.Run(in, v.opts)
	s := doc.Sentences[p.Sentence]
	lo, hi := s.Start, s.End+len(text)-len(doc.Text)
	score, pen, found := 1.0, 0.0, false
	for i, ns := range in.Article.Sentences {
		if ns.Start < hi && lo < ns.End {
			found = true
			score = math.Min(score, res.Sentences[i].Score)
			pen += penalty(res.Sentences[i].Findings)
		}
	}
	if !found {
		return 0, 0
	}
	return score, pen
}

// spans are the sentence's flagged ranges, in bytes of its displayed text.
func (v *Verifier) spans(i int) [][2]int {
	doc := v.in.Article
	s := doc.Sentences[i]
	var out [][2]int
	for _, f := range v.res.Sentences[i].Findings {
		out = append(out, [2]int{doc.DisplayOffset(s.Start, f.Start), doc.DisplayOffset(s.Start, f.End)})
	}
	return out
}

// newFacts lists names and numbers of the corrected sentence that neither
// the original sentence nor any evidence has. A capitalised first word
// counts too: a new word there that no evidence has is as likely a name as
// not, and worth a look either way.
func (v *Verifier) newFacts(s *check.Sentence, corrected string) []string {
	had := map[string]bool{}
	for _, t := range s.Tokens {
		had[t.Norm] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, cs := range check.Parse("", corrected, check.ParseOptions{}).Sentences {
		for _, t := range cs.Tokens {
			if t.Kind == check.Punct {
				continue
			}
			fact := t.Kind == check.Number || t.Cap && !t.Stop
			if fact && !had[t.Norm] && !v.evidence[t.Norm] && !seen[t.Norm] {
				seen[t.Norm] = true
				out = append(out, t.Text)
			}
		}
	}
	return out
}

var quoteRe = regexp.MustCompile(`"[^"]+"|“[^”]+”|«[^»]+»|„[^“”]+[“”]`)

// changedQuote returns the first quotation of the original that the
// correction alters although no flagged span lies inside it.
func changedQuote(orig, corrected string, spans [][2]int) string {
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, loc := range quoteRe.FindAllStringIndex(orig, -1) {
		q := orig[loc[0]:loc[1]]
		inner := strings.TrimSpace(strings.TrimRight(strings.TrimLeft(q, `"“«„`), `"”»“`))
		if strings.Contains(norm(corrected), norm(inner)) {
			continue
		}
		cause := false
		for _, sp := range spans {
			if sp[0] < loc[1] && loc[0] < sp[1] || sp[0] == sp[1] && loc[0] <= sp[0] && sp[0] <= loc[1] {
				cause = true
			}
		}
		if !cause {
			return inner
		}
	}
	return ""
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}\p{M}]+(?:['’\-.,][\p{L}\p{N}\p{M}]+)*`)

// outside counts the words a correction changes away from the flagged
// spans (each widened by two words on either side), and the sentence's
// words.
func outside(orig, corrected string, spans [][2]int) (int, int) {
	words := wordRe.FindAllStringIndex(orig, -1)
	var allowed [][2]int
	for _, sp := range spans {
		lo := sort.Search(len(words), func(k int) bool { return words[k][1] > sp[0] })
		hi := sort.Search(len(words), func(k int) bool { return words[k][0] >= sp[1] })
		a, b := max(0, lo-2), min(len(words), hi+2)
		start, end := 0, len(orig)
		if a < len(words) {
			start = words[a][0]
		}
		if b < len(words) {
			end = words[b][0]
		}
		allowed = append(allowed, [2]int{start, end})
	}
	in := func(lo, hi int) bool {
		for _, r := range allowed {
			if r[0] <= lo && hi <= r[1] {
				return true
			}
		}
		return false
	}
	n, pos := 0, 0
	for _, op := range textdiff.Words(orig, corrected) {
		switch op.Kind {
		case textdiff.Equal:
			pos += len(op.Text)
		case textdiff.Delete:
			for _, w := range wordRe.FindAllStringIndex(op.Text, -1) {
				if !in(pos+w[0], pos+w[1]) {
					n++
				}
			}
			pos += len(op.Text)
		case textdiff.Insert:
			if !in(pos, pos) {
				n += textdiff.WordCount(op.Text)
			}
		}
	}
	return n, len(words)
}

func quoteList(xs []string) string {
	var q []string
	for _, x := range xs {
		q = append(q, "“"+x+"”")
	}
	return strings.Join(q, ", ")
}
