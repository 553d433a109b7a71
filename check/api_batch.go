package check

// Drop removes the findings for which drop returns true (an ignore rule of
// the configuration) and recomputes the scores, as if the checks had not
// reported them. It returns how many findings it removed.
func (r *Result) Drop(drop func(Finding) bool) int {
	all := r.Findings()
	keep := make([]Finding, 0, len(all))
	for _, f := range all {
		if !drop(f) {
			keep = append(keep, f)
		}
	}
	if len(keep) == len(all) {
		return 0
	}
	for i := range r.Sentences {
		r.Sentences[i].Findings = nil
	}
	r.DocFindings = nil
	r.place(keep)
	r.rescore()
	return len(all) - len(keep)
}
