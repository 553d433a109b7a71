package eval

import (
	"math"
	"sort"
)

// AUC is the probability that a bad item scores lower than an ok one (ties
// count half): how well low scores pick out bad items, 0.5 being chance.
func AUC(bad, ok []float64) float64 {
	if len(bad) == 0 || len(ok) == 0 {
		return math.NaN()
	}
	o := append([]float64(nil), ok...)
	sort.Float64s(o)
	wins := 0.0
	for _, b := range bad {
		lo := sort.SearchFloat64s(o, b)
		hi := sort.Search(len(o), func(i int) bool { return o[i] > b })
		wins += float64(len(o)-hi) + 0.5*float64(hi-lo)
	}
	return wins / float64(len(bad)*len(o))
}

// KendallTauB is Kendall's tau-b between two series, handling ties.
func KendallTauB(x, y []float64) float64 {
	n := len(x)
	if n < 2 {
		return math.NaN()
	}
	var conc, disc, tx, ty float64
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			dx, dy := x[i]-x[j], y[i]-y[j]
			switch {
			case dx == 0 && dy == 0:
			case dx == 0:
				tx++
			case dy == 0:
				ty++
			case dx*dy > 0:
				conc++
			default:
				disc++
			}
		}
	}
	den := math.Sqrt((conc + disc + tx) * (conc + disc + ty))
	if den == 0 {
		return math.NaN()
	}
	return (conc - disc) / den
}

// PRF is precision, recall and F1 of predictions for positives.
func PRF(pred, truth []bool) (p, r, f float64) {
	var tp, fp, fn float64
	for i := range pred {
		switch {
		case pred[i] && truth[i]:
			tp++
		case pred[i]:
			fp++
		case truth[i]:
			fn++
		}
	}
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}
