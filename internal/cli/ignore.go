package cli

import (
	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
)

// applyIgnore drops the findings that an ignore rule of the config covers:
// the rule's check (or any, for "*"), in a file matching its path glob, in
// a sentence matching its text pattern. Scores are computed without them.
func (r *checkRun) applyIgnore(name string, res *check.Result) int {
	rules := r.cfg.ignore
	if len(rules) == 0 {
		return 0
	}
	return res.Drop(func(f check.Finding) bool {
		for _, rule := range rules {
			if rule.Check != "*" && rule.Check != f.Check {
				continue
			}
			if rule.Path != "" && !corpus.MatchAny([]string{rule.Path}, name) {
				continue
			}
			if rule.TextRE != nil {
				text := res.Doc.Display(f.Start, f.End)
				if f.Sentence >= 0 && f.Sentence < len(res.Sentences) {
					text = res.Sentences[f.Sentence].Sentence.Text
				} else if f.Evidence != nil {
					text += "\n" + f.Evidence.Text
				}
				if !rule.TextRE.MatchString(text) {
					continue
				}
			}
			return true
		}
		return false
	})
}
