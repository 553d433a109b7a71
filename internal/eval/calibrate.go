package eval

import (
	"fmt"
	"math"
	"sort"
)

// Target is what calibration aims for: the highest recall at a precision
// of at least Precision, or at a false-alarm rate of at most FA (one of the
// two).
type Target struct {
	Precision float64
	FA        float64
}

// Calibration is the threshold chosen and what it gives on the data.
type Calibration struct {
	Threshold float64 `json:"threshold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	FA        float64 `json:"false_alarms"`
	Reached   bool    `json:"reached"`
	// Severities suggests lowering to minor the checks whose findings
	// mostly fall on segments the experts rated ok.
	Severities map[string]string `json:"severities,omitempty"`
}

// rates is what flagging at threshold th gives: a segment is flagged when a
// finding forces it or an aligned sentence scores below th.
func rates(lines []Line, llm bool, th float64) (p, r, fa float64) {
	var tp, fp, fn, okN, okF float64
	for _, l := range lines {
		aligned, forced := l.Aligned, l.Forced
		if llm {
			aligned, forced = l.LLMAligned, l.LLMForced
		}
		flagged := forced || aligned < th
		bad := l.Label == "bad"
		switch {
		case flagged && bad:
			tp++
		case flagged:
			fp++
		case bad:
			fn++
		}
		if l.Label == "ok" {
			okN++
			if flagged {
				okF++
			}
		}
	}
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	if okN > 0 {
		fa = okF / okN
	}
	return
}

// Calibrate picks the flag threshold with the most recall that meets the
// target. When no threshold meets it, the closest one is returned with
// Reached false.
func Calibrate(rep *Report, llm bool, t Target) (Calibration, error) {
	if (t.Precision > 0) == (t.FA > 0) {
		return Calibration{}, fmt.Errorf("give one target: a precision or a false-alarm rate")
	}
	best := Calibration{Threshold: -1}
	closest, closestGap := Calibration{}, math.Inf(1)
	for i := 1; i < 1000; i++ {
		th := float64(i) / 1000
		p, r, fa := rates(rep.Lines, llm, th)
		c := Calibration{Threshold: th, Precision: p, Recall: r, FA: fa}
		gap := 0.0
		if t.Precision > 0 {
			gap = t.Precision - p
		} else {
			gap = fa - t.FA
		}
		if gap <= 0 && (best.Threshold < 0 || r > best.Recall || r == best.Recall && th < best.Threshold) {
			best = c
		}
		if gap > 0 && gap < closestGap {
			closest, closestGap = c, gap
		}
	}
	if best.Threshold < 0 {
		return closest, nil
	}
	best.Reached = true
	best.Severities = map[string]string{}
	for _, st := range rep.Checks {
		if st.Findings >= 10 && st.OnBadLines < 0.3 {
			best.Severities[st.Check] = "minor"
		}
	}
	if len(best.Severities) == 0 {
		best.Severities = nil
	}
	return best, nil
}

// SortedSeverities lists suggested severities by check.
func (c Calibration) SortedSeverities() []string {
	var ids []string
	for id := range c.Severities {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
