package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/config"
	"github.com/mtcheck/mtcheck/internal/eval"
	"github.com/mtcheck/mtcheck/internal/review"
	"github.com/urfave/cli/v2"
)

// ratingsFlags are the flags that choose the rated data, shared by eval and
// calibrate.
func ratingsFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: "mqm", Required: true, Usage: "expert ratings `FILE` in the WMT MQM TSV layout"},
		&cli.StringFlag{Name: "ref-system", Usage: "the rated `SYSTEM` whose translations are the reference (default: the best-rated ref… or human… system)"},
		&cli.StringFlag{Name: "ref", Usage: "reference `FILE` instead: a TSV with seg_id and reference columns (and doc)"},
		&cli.StringSliceFlag{Name: "system", Usage: "evaluate only `SYSTEM` (repeatable)"},
		&cli.BoolFlag{Name: "with-source", Usage: "give the checker each document's source text"},
		&cli.Float64Flag{Name: "threshold", Usage: "flag threshold to evaluate (default: the configured one)"},
		&cli.StringFlag{Name: "config", EnvVars: []string{"MTCHECK_CONFIG"}, Usage: "settings `FILE` instead of the nearest .mtcheck.yaml"},
		&cli.BoolFlag{Name: "llm", Usage: "also run the LLM reviewer and report what it adds"},
	}, llmFlags()...)
}

func evalCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "measure mtcheck against expert MQM ratings",
		Description: `Reads expert MQM ratings in the TSV layout of the public WMT releases (columns system,
doc, doc_id, seg_id, rater, source, target, category, severity; one row per error with the span
marked <v>…</v> in the target; "No-error" rows for clean segments; several raters averaged;
quality-control rows skipped), checks each system's documents against the reference, and
reports: AUC (segments rated bad — MQM penalty ≥ 5 — against ok ones — ≤ 1 — ranked by
score), Kendall's tau between score and penalty, precision, recall and F1 of the flags for bad
segments, the false-alarm rate (ok segments flagged), span precision and recall against the
experts' error spans, and how often each check's findings land on expert spans. With --llm it
reports the same with the LLM reviewer, and the LLM's findings alone.

Examples:
   mtcheck eval --mqm mqm_ted_zhen.tsv --ref-system refB
   mtcheck eval --mqm ratings.tsv --ref refs.tsv --system Online-W --format json
   mtcheck eval --mqm ratings.tsv --llm --llm-review all`,
		Flags:  append(ratingsFlags(), &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"}),
		Action: func(c *cli.Context) error { return runEval(c, sio, false) },
	}
}

func calibrateCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:  "calibrate",
		Usage: "choose the flag threshold that reaches a precision or false-alarm target on rated data",
		Description: `Runs the evaluation of mtcheck eval on expert ratings, then picks the flag threshold with the
most recall whose precision is at least --target-precision, or whose false-alarm rate (ok
segments flagged) is at most --target-fa. It prints the threshold and what it gives; --write
stores it as check.threshold in the config file (--config, or the nearest .mtcheck.yaml, or a
new one here), keeping the rest of the file. --severities also writes check.severity: minor
for the checks whose findings mostly fall on segments the experts rated ok.

Examples:
   mtcheck calibrate --mqm ratings.tsv --target-fa 0.15
   mtcheck calibrate --mqm ratings.tsv --target-precision 0.7 --write
   mtcheck calibrate --mqm ratings.tsv --target-fa 0.1 --severities --write --config team.yaml`,
		Flags: append(ratingsFlags(),
			&cli.Float64Flag{Name: "target-precision", Usage: "reach at least this `PRECISION` for bad segments"},
			&cli.Float64Flag{Name: "target-fa", Usage: "flag at most this `SHARE` of ok segments"},
			&cli.BoolFlag{Name: "write", Usage: "store the threshold in the config file"},
			&cli.BoolFlag{Name: "severities", Usage: "with --write, also lower noisy checks to minor"},
		),
		Action: func(c *cli.Context) error { return runEval(c, sio, true) },
	}
}

func runEval(c *cli.Context, sio IO, calibrate bool) error {
	if c.NArg() > 0 {
		return usagef("%s takes no FILE arguments (the ratings come with --mqm)", c.Command.Name)
	}
	fc, err := loadConfig(c)
	if err != nil {
		return err
	}
	opts := check.Options{}
	if fc.Check.Threshold != nil {
		opts.FlagThreshold = *fc.Check.Threshold
	}
	if c.IsSet("threshold") {
		th := c.Float64("threshold")
		if th <= 0 || th > 1 || math.IsNaN(th) {
			return usagef("--threshold %v: want a score above 0 and at most 1", th)
		}
		opts.FlagThreshold = th
	}
	opts.Disable = fc.Check.Disable
	if err := opts.Validate(); err != nil {
		return usagef("config: %v", err)
	}
	if c.String("ref") != "" && c.String("ref-system") != "" {
		return usagef("give --ref or --ref-system, not both")
	}
	target := eval.Target{Precision: c.Float64("target-precision"), FA: c.Float64("target-fa")}
	if calibrate {
		if (target.Precision > 0) == (target.FA > 0) {
			return usagef("calibrate needs one target: --target-precision P or --target-fa F (between 0 and 1)")
		}
		if target.Precision > 1 || target.FA > 1 || target.Precision < 0 || target.FA < 0 {
			return usagef("targets are shares between 0 and 1")
		}
	}
	ratings, err := eval.ReadMQM(c.String("mqm"))
	if err != nil {
		return usagef("%v", err)
	}
	eo := eval.Options{RefSystem: c.String("ref-system"), RefFile: c.String("ref"), Systems: c.StringSlice("system"),
		Source: c.Bool("with-source"), Check: opts}
	var lr *llmRun
	if c.Bool("llm") {
		if ok, why := llmConfigured(c, sio, fc); !ok {
			return usagef("--llm needs an LLM endpoint: %s", why)
		}
		if lr, err = newLLMRun(c, sio, fc, review.All); err != nil {
			return err
		}
		eo.Review = lr.reviewHook
	}
	rep, err := eval.Evaluate(c.Context, c.String("mqm"), ratings, eo)
	if err != nil {
		return usagef("%v", err)
	}
	if lr != nil {
		if lr.dryRun {
			lr.printPlan(sio)
			return nil
		}
		lr.finish(c.Context)
		if err := lr.exit(c.Context, sio); err != nil {
			return err
		}
	}
	if !calibrate {
		if c.String("format") == "json" {
			enc := json.NewEncoder(sio.Out)
			enc.SetIndent("", "  ")
			return enc.Encode(rep)
		}
		writeEvalText(sio.Out, rep)
		return nil
	}
	cal, err := eval.Calibrate(rep, lr != nil, target)
	if err != nil {
		return usagef("%v", err)
	}
	for id := range cal.Severities {
		if chk, ok := check.Lookup(id); !ok || chk.Info().Severity == check.Minor {
			delete(cal.Severities, id)
		}
	}
	goal := fmt.Sprintf("precision ≥ %.2f", target.Precision)
	if target.FA > 0 {
		goal = fmt.Sprintf("false alarms ≤ %.2f", target.FA)
	}
	if !cal.Reached {
		fmt.Fprintf(sio.Out, "no threshold reaches %s on this data; the closest is %.3f: precision %.3f, recall %.3f, false alarms %.3f\n",
			goal, cal.Threshold, cal.Precision, cal.Recall, cal.FA)
		return &exitError{ExitGate}
	}
	fmt.Fprintf(sio.Out, "threshold %.3f reaches %s: precision %.3f, recall %.3f, false alarms %.3f (%d segments: %d bad, %d ok)\n",
		cal.Threshold, goal, cal.Precision, cal.Recall, cal.FA, rep.Segments, rep.Bad, rep.OK)
	for _, id := range cal.SortedSeverities() {
		fmt.Fprintf(sio.Out, "check %s: most findings fall on segments rated ok; suggested severity minor\n", id)
	}
	if !c.Bool("write") {
		return nil
	}
	path := c.String("config")
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return usagef("%v", err)
		}
		if path = config.Find(wd); path == "" {
			path = config.FileName
		}
	}
	var sev map[string]string
	if c.Bool("severities") {
		sev = cal.Severities
	}
	th := cal.Threshold
	if err := config.SetCheckValues(path, &th, sev); err != nil {
		return usagef("%v", err)
	}
	fmt.Fprintf(sio.Out, "wrote check.threshold: %g to %s\n", th, path)
	return nil
}

func writeEvalText(w io.Writer, rep *eval.Report) {
	fmt.Fprintf(w, "mtcheck eval: %s\n", rep.Ratings)
	fmt.Fprintf(w, "  reference: %s · systems: %s\n", rep.Reference, strings.Join(rep.Systems, ", "))
	fmt.Fprintf(w, "  %d segments: %d bad (MQM penalty ≥ 5), %d ok (≤ 1), %d mid · flag threshold %.3f\n\n", rep.Segments, rep.Bad, rep.OK, rep.Mid, rep.Threshold)
	fmt.Fprintf(w, "  %-15s %6s %6s %9s %7s %6s %7s %7s %7s\n", "", "AUC", "tau", "precision", "recall", "F1", "FA", "span P", "span R")
	row := func(name string, m eval.Metrics) {
		fmt.Fprintf(w, "  %-15s %6.3f %6.3f %9.3f %7.3f %6.3f %7.3f %7.3f %7.3f\n", name, m.AUC, m.Tau, m.P, m.R, m.F1, m.FA, m.SpanP, m.SpanR)
	}
	row("offline", rep.Offline)
	if rep.WithLLM != nil {
		row("offline + LLM", *rep.WithLLM)
		fmt.Fprintf(w, "  %-15s %6s %6s %9s %7s %6s %7s %7.3f %7.3f   (%d LLM findings)\n", "LLM findings", "", "", "", "", "", "", rep.LLMOnly.SpanP, rep.LLMOnly.SpanR, rep.LLMOnly.Flagged)
	}
	if len(rep.Checks) > 0 {
		fmt.Fprintf(w, "\n  %-17s %8s %16s %22s\n", "check", "findings", "on expert spans", "on bad or mid segments")
		for _, st := range rep.Checks {
			fmt.Fprintf(w, "  %-17s %8d %15.0f%% %21.0f%%\n", st.Check, st.Findings, 100*st.Precision, 100*st.OnBadLines)
		}
	}
}
