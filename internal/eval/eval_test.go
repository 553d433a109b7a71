package eval_test

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/eval"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	"github.com/mtcheck/mtcheck/internal/review"
	"github.com/mtcheck/mtcheck/prompts"
)

func TestReadMQM(t *testing.T) {
	r, err := eval.ReadMQM("testdata/small.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(r.Systems(), ","); got != "refA,sysX,sysY" {
		t.Errorf("systems %s (quality-control rows must be skipped)", got)
	}
	pen := map[string]float64{}
	for _, s := range r.Segments {
		pen[s.System+":"+string(rune('0'+s.SegID))] = s.Penalty
		if s.System == "sysX" && s.SegID == 2 {
			if len(s.Spans) != 2 || s.Target[s.Spans[0].Start:s.Spans[0].End] != "14" {
				t.Errorf("spans %+v in %q", s.Spans, s.Target)
			}
			if strings.Contains(s.Target, "<v>") {
				t.Errorf("marks left in %q", s.Target)
			}
		}
	}
	// Raters are averaged; minor punctuation weighs 0.1.
	for k, want := range map[string]float64{"sysX:2": 5, "sysY:2": 1.5, "sysY:3": 0.05, "sysY:1": 5, "sysX:1": 0} {
		if math.Abs(pen[k]-want) > 1e-9 {
			t.Errorf("penalty %s = %v, want %v", k, pen[k], want)
		}
	}
}

func TestReadMQMErrors(t *testing.T) {
	if _, err := eval.ReadMQM("testdata/missing.tsv"); err == nil || !strings.Contains(err.Error(), "missing.tsv") {
		t.Errorf("missing file: %v", err)
	}
}

// On the small file every bad segment has an error the offline checks see
// and every ok segment is the reference itself: the numbers are known.
func TestEvaluateSmall(t *testing.T) {
	r, err := eval.ReadMQM("testdata/small.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Evaluate(context.Background(), "small.tsv", r, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Reference != "refA" || rep.Bad != 3 || rep.OK != 4 || rep.Mid != 1 || rep.Segments != 8 {
		t.Errorf("counts %+v", rep)
	}
	m := rep.Offline
	if m.AUC != 1 || m.P != 1 || m.R != 1 || m.FA != 0 || m.SpanP != 1 || m.SpanR != 1 {
		t.Errorf("metrics %+v", m)
	}
	want := map[string]bool{"number-mismatch": true, "negation": true, "name-spelling": true}
	for _, c := range rep.Checks {
		if !want[c.Check] || c.Precision != 1 {
			t.Errorf("check stat %+v", c)
		}
	}
	// Only one system, against a reference given as a file.
	rep, err = eval.Evaluate(context.Background(), "small.tsv", r, eval.Options{RefFile: "testdata/refs.tsv", Systems: []string{"sysX"}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Segments != 4 || rep.Offline.R != 1 || rep.Offline.FA != 0 {
		t.Errorf("with a reference file: %+v", rep.Offline)
	}
	if _, err := eval.Evaluate(context.Background(), "small.tsv", r, eval.Options{RefSystem: "nope"}); err == nil || !strings.Contains(err.Error(), "no such system") {
		t.Errorf("unknown reference system: %v", err)
	}
}

// oracle answers the reviewer with the experts' own spans: the span
// mapping and the score combination must then lose nothing.
func oracle(t *testing.T, r *eval.Ratings) *llmtest.Server {
	rules := &llmtest.Rules{}
	for _, s := range r.Segments {
		for _, sp := range s.Spans {
			rules.Review = append(rules.Review, llmtest.ReviewRule{Span: s.Target[sp.Start:sp.End], Category: strings.ToLower(sp.Category),
				Severity: sp.Severity, Explanation: "as the experts marked it"})
		}
	}
	srv := llmtest.New()
	t.Cleanup(srv.Close)
	srv.Key = "k"
	srv.Respond = rules.Respond
	return srv
}

func TestEvaluateWithOracleLLM(t *testing.T) {
	r, err := eval.ReadMQM("testdata/wording.tsv")
	if err != nil {
		t.Fatal(err)
	}
	srv := oracle(t, r)
	c, err := llm.New(llm.Config{BaseURL: srv.URL, APIKey: "k", NoCache: true, MaxRetries: -1,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	run := &review.Runner{Client: c, Prompts: prompts.Builtin(), Mode: review.All}
	rep, err := eval.Evaluate(context.Background(), "wording.tsv", r, eval.Options{
		Review: func(ctx context.Context, in check.Input, res *check.Result) error {
			out, err := run.Review(ctx, in, res)
			if err != nil {
				return err
			}
			res.AddFindings(out.Findings)
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	off, with := rep.Offline, rep.WithLLM
	t.Logf("offline %+v\nwith LLM %+v\nLLM only %+v", off, *with, *rep.LLMOnly)
	// Errors of wording are invisible offline here (the bad renderings copy
	// the reference but for one phrase; the good ones paraphrase it).
	if off.AUC > 0.5 {
		t.Errorf("offline AUC %.3f: the test data no longer needs the LLM", off.AUC)
	}
	if with.AUC < 0.98 || with.R < 0.95 || with.FA > 0 || with.SpanR < 0.95 {
		t.Errorf("with an oracle LLM: AUC %.3f recall %.3f false alarms %.3f span recall %.3f, want near perfect", with.AUC, with.R, with.FA, with.SpanR)
	}
	if rep.LLMOnly.SpanP < 0.95 || rep.LLMOnly.SpanR < 0.95 {
		t.Errorf("LLM findings: span precision %.3f recall %.3f", rep.LLMOnly.SpanP, rep.LLMOnly.SpanR)
	}
}

func TestCalibrate(t *testing.T) {
	r, err := eval.ReadMQM("testdata/wording.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Evaluate(context.Background(), "wording.tsv", r, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Offline, the good paraphrases score lower than the bad near-copies,
	// so no threshold gets any precision: the target is out of reach.
	c, err := eval.Calibrate(rep, false, eval.Target{Precision: 0.9})
	if err != nil || c.Reached {
		t.Errorf("precision 0.9 reached on data the offline checks cannot read: %+v %v", c, err)
	}
	small, _ := eval.ReadMQM("testdata/small.tsv")
	rep, err = eval.Evaluate(context.Background(), "small.tsv", small, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err = eval.Calibrate(rep, false, eval.Target{FA: 0.25})
	if err != nil || !c.Reached || c.Recall != 1 || c.FA > 0.25 {
		t.Errorf("false-alarm target: %+v %v", c, err)
	}
	if _, err := eval.Calibrate(rep, false, eval.Target{}); err == nil {
		t.Error("calibrate without a target")
	}
}

func TestMetrics(t *testing.T) {
	if a := eval.AUC([]float64{0.1, 0.2}, []float64{0.3, 0.2}); a != 0.875 {
		t.Errorf("AUC %v", a)
	}
	if tau := eval.KendallTauB([]float64{1, 2, 3, 4}, []float64{1, 2, 3, 4}); tau != 1 {
		t.Errorf("tau %v", tau)
	}
	if tau := eval.KendallTauB([]float64{1, 2, 3}, []float64{3, 2, 1}); tau != -1 {
		t.Errorf("tau %v", tau)
	}
	p, r, f := eval.PRF([]bool{true, true, false, false}, []bool{true, false, true, false})
	if p != 0.5 || r != 0.5 || f != 0.5 {
		t.Errorf("prf %v %v %v", p, r, f)
	}
}
