package cli

import (
	"fmt"
	"github.com/mtcheck/mtcheck/check"
	"io"

	"github.com/mtcheck/mtcheck/internal/fsutil"
	"github.com/mtcheck/mtcheck/internal/report"
)

// sink takes the results of a run (checked now, reused from --resume, or
// read by merge) in their final order and turns them into the report: it
// filters by the baseline, applies the document gates, keeps the totals,
// and writes each streaming format as results come; the whole-document
// formats (json, sarif, junit, html) are written at the end. The same sink makes
// a single run's report and a merged one, so they agree.
type sink struct {
	sio    IO
	cfg    *checkConfig
	tally  *report.Tally
	gate   *gateEval
	base   *baseline
	rep    *report.Report
	keep   bool // keep files in rep (json, sarif, junit)
	stream report.Stream
	jsonl  *report.JSONLWriter
	csv    *report.CSVStream
	out    io.Writer
	outF   *fsutil.File
	csvF   *fsutil.File
	prog   *progress
	err    error
	// annotate, when set, completes the report before it is written (the
	// LLM's usage and signature; see checkRun.annotate).
	annotate func(rep *report.Report) (skip bool, err error)
}

func newSink(sio IO, cfg *checkConfig, inputs int) (*sink, error) {
	s := &sink{sio: sio, cfg: cfg, tally: report.NewTally(), gate: newGate(cfg), rep: newReport(), out: sio.Out}
	if cfg.baseline != "" {
		b, err := loadBaseline(cfg.baseline)
		if err != nil {
			return nil, err
		}
		s.base = b
	}
	if cfg.output != "" {
		f, err := fsutil.Create(cfg.output)
		if err != nil {
			return nil, usagef("%v", err)
		}
		s.outF, s.out = f, f
	}
	switch {
	case cfg.dryRun:
		// Nothing but the plan is printed (by the annotate hook).
		return s, nil
	case cfg.format == "text":
		opt := cfg.text
		opt.Color = cfg.output == "" && useColor(cfg.colorMode, sio, sio.Out)
		s.stream = report.NewTextStream(s.out, opt)
	case cfg.format == "github":
		s.stream = report.NewGitHubStream(s.out)
	case cfg.format == "jsonl":
		s.jsonl = report.NewJSONLWriter(s.out)
	default:
		s.keep = true
	}
	if cfg.sumCSV != "" {
		f, err := fsutil.Create(cfg.sumCSV)
		if err != nil {
			s.abort()
			return nil, usagef("--summary-csv: %v", err)
		}
		s.csvF = f
		if s.csv, err = report.NewCSVStream(f); err != nil {
			s.abort()
			return nil, usagef("--summary-csv: %v", err)
		}
	}
	s.prog = newProgress(sio, cfg, inputs)
	return s, nil
}

func (s *sink) setErr(err error) {
	if err != nil && s.err == nil {
		s.err = err
	}
}

// add takes one result record.
func (s *sink) add(rec *report.Record) {
	switch rec.Type {
	case "error":
		e := *rec.Error
		fmt.Fprintf(s.sio.Err, "mtcheck: %s: %s\n", e.Path, e.Message)
		s.tally.AddError()
		s.rep.Errors = append(s.rep.Errors, e)
		if s.stream != nil {
			s.setErr(s.stream.Error(e))
		}
	case "file":
		f := rec.File
		s.base.filter(f)
		dropBelow(f, s.cfg.minSev)
		s.gate.file(f)
		s.tally.Add(f)
		s.prog.file(f)
		if s.keep {
			s.rep.Files = append(s.rep.Files, f)
		}
		if s.stream != nil {
			s.setErr(s.stream.File(f))
		}
		if s.csv != nil {
			s.setErr(s.csv.File(f))
		}
	default:
		return
	}
	if s.jsonl != nil {
		s.setErr(s.jsonl.Write(rec))
	}
}

func (s *sink) abort() {
	if s.outF != nil {
		s.outF.Abort()
	}
	if s.csvF != nil {
		s.csvF.Abort()
	}
}

// finish summarises, applies the run gates, writes what remains and
// decides the exit code. After an interruption the report covers what was
// done; report files are committed whole or not at all.
func (s *sink) finish() error {
	s.prog.stop()
	if s.base != nil {
		s.tally.SetBaseline(&s.base.count)
	}
	s.rep.Summary = s.tally.Summary()
	s.rep.Gate = s.gate.result(s.rep.Summary)
	r := s.rep
	var annotated error
	if s.annotate != nil {
		skip, err := s.annotate(r)
		if skip {
			s.abort()
			return err
		}
		annotated = err
	}
	switch {
	case s.stream != nil:
		s.setErr(s.stream.Finish(r))
	case s.jsonl != nil:
		sum := r.Summary
		s.setErr(s.jsonl.Write(&report.Record{Type: "summary", Seq: -1, SchemaVersion: r.SchemaVersion, Tool: &r.Tool, Summary: &sum, Gate: r.Gate, LLM: r.LLM}))
	case s.cfg.format == "json":
		s.setErr(report.WriteJSON(s.out, r))
	case s.cfg.format == "sarif":
		s.setErr(report.WriteSARIF(s.out, r))
	case s.cfg.format == "junit":
		s.setErr(report.WriteJUnit(s.out, r))
	case s.cfg.format == "html":
		s.setErr(report.WriteHTML(s.out, r, report.HTMLOptions{}))
	}
	if s.csv != nil {
		s.setErr(s.csv.Finish(r))
	}
	if s.cfg.sumMD != "" {
		if err := fsutil.WriteAtomic(s.cfg.sumMD, func(w io.Writer) error { return report.WriteSummaryMarkdown(w, r) }); err != nil {
			s.setErr(fmt.Errorf("--summary-md: %w", err))
		}
	}
	if s.err != nil {
		s.abort()
		return usagef("writing the report: %v", s.err)
	}
	for _, f := range []*fsutil.File{s.outF, s.csvF} {
		if f != nil {
			if err := f.Commit(); err != nil {
				return usagef("%v", err)
			}
		}
	}
	// The human summary goes to standard error when the report itself is
	// not text (the text report ends with it).
	if s.cfg.format != "text" && !s.cfg.text.Quiet && (r.Summary.Files > 1 || r.Gate != nil && !r.Gate.Passed) {
		report.NewTextStream(s.sio.Err, report.TextOptions{Color: useColor(s.cfg.colorMode, s.sio, s.sio.Err)}).Finish(r)
	}
	switch {
	case annotated != nil:
		return annotated
	case len(r.Errors) > 0:
		return &exitError{ExitUsage}
	case r.Gate != nil && !r.Gate.Passed:
		return &exitError{ExitGate}
	}
	return nil
}

// dropBelow leaves the findings below severity min out of a file's report
// (--min-severity); its scores and flags stay as the checks made them.
func dropBelow(f *report.File, min check.Severity) {
	if min <= check.Minor {
		return
	}
	keep := func(list []*report.Issue) []*report.Issue {
		out := list[:0]
		for _, is := range list {
			if is.Severity >= min {
				out = append(out, is)
			}
		}
		return out
	}
	for _, s := range f.Sentences {
		s.Issues = keep(s.Issues)
	}
	f.Issues = keep(f.Issues)
}
