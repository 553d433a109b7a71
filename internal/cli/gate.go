package cli

import (
	"fmt"

	"github.com/mtcheck/mtcheck/internal/report"
)

// gateEval applies the quality gate once to the whole result: the gates on
// documents (--fail-under, --fail-on) as each file arrives, recorded on the
// file, and the gates on the run (--fail-under-mean, --max-flagged) at the
// end. With a baseline, only new findings count: a file fails --fail-under
// only when it has a new finding, --fail-on counts new findings, and
// --max-flagged counts flagged sentences with a new finding.
type gateEval struct {
	cfg        *checkConfig
	baseline   bool
	failures   []string
	newFlagged int
}

func newGate(cfg *checkConfig) *gateEval {
	if cfg.noGate || cfg.failUnder == nil && cfg.failOn == 0 && cfg.failMean == nil && cfg.maxFlag == nil {
		return nil
	}
	return &gateEval{cfg: cfg, baseline: cfg.baseline != ""}
}

// file applies the document gates to one file (after baseline filtering).
func (g *gateEval) file(f *report.File) {
	if g == nil {
		return
	}
	cfg := g.cfg
	issues := f.AllIssues()
	for _, s := range f.Sentences {
		if s.Flagged && (!g.baseline || len(s.Issues) > 0) {
			g.newFlagged++
		}
	}
	f.GateFailures = nil
	if cfg.failUnder != nil && f.Score < *cfg.failUnder && (!g.baseline || len(issues) > 0) {
		f.GateFailures = append(f.GateFailures, fmt.Sprintf("scored %.2f, below --fail-under %g", f.Score, *cfg.failUnder))
	}
	if cfg.failOn != 0 {
		n := 0
		for _, is := range issues {
			if is.Severity >= cfg.failOn {
				n++
			}
		}
		if n > 0 {
			what := "finding(s)"
			if g.baseline {
				what = "new finding(s)"
			}
			f.GateFailures = append(f.GateFailures, fmt.Sprintf("has %d %s at or above %s (--fail-on)", n, what, cfg.failOn))
		}
	}
	for _, m := range f.GateFailures {
		g.failures = append(g.failures, f.Label()+" "+m)
	}
}

// result applies the run gates and returns the gate's outcome.
func (g *gateEval) result(s report.Summary) *report.Gate {
	if g == nil {
		return nil
	}
	cfg := g.cfg
	out := &report.Gate{FailUnder: cfg.failUnder, FailUnderMean: cfg.failMean, MaxFlagged: cfg.maxFlag, Failures: append([]string{}, g.failures...)}
	if cfg.failOn != 0 {
		out.FailOn = cfg.failOn.String()
	}
	if g.baseline {
		out.Baseline = cfg.baseline
	}
	if cfg.failMean != nil && s.MeanScore != nil && *s.MeanScore < *cfg.failMean {
		out.RunFailures = append(out.RunFailures, fmt.Sprintf("the run's mean score %.2f is below --fail-under-mean %g", *s.MeanScore, *cfg.failMean))
	}
	if cfg.maxFlag != nil && s.Sentences > 0 {
		ratio := float64(g.newFlagged) / float64(s.Sentences)
		if ratio > *cfg.maxFlag {
			what := "flagged"
			if g.baseline {
				what = "flagged with a new finding"
			}
			out.RunFailures = append(out.RunFailures, fmt.Sprintf("the run has %.2f%% of sentences %s (%d of %d), above --max-flagged %g%%",
				100*ratio, what, g.newFlagged, s.Sentences, 100**cfg.maxFlag))
		}
	}
	out.Failures = append(out.Failures, out.RunFailures...)
	out.Passed = len(out.Failures) == 0
	return out
}
