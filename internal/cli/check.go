package cli

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/config"
	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/urfave/cli/v2"
)

func checkCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "flag suspect sentences of translated articles",
		ArgsUsage: "FILE... (- reads standard input)",
		Description: `Checks each FILE (UTF-8 plain text or Markdown, a paragraph per line or blank-line
separated) against the references, source and glossary given, and reports each suspect
span with its reason and evidence, a score per sentence in [0,1] and an MQM score per
document from 0 to 100. Without --ref only the reference-free checks run.

FILE may be a directory (checked recursively) or a glob; each article is paired with the
references and source beside it (story.txt with story.ref*.txt and story.src*.txt), in
--ref-dir/--source-dir, or in a --manifest. TSV, JSONL, XLIFF and PO segment corpora are
checked document by document.

With --llm an LLM reviews the flagged sentences (--llm-review all: every sentence) and its
findings join the offline ones; see the README's "LLM review" for endpoints and limits.
--llm-batch sends the same requests through the OpenAI Batch API (half the price, answers
within 24 hours); an interrupted run picks its batches up again.

Exit status: 0 checked and the gate passed, 1 the gate failed (--fail-under,
--fail-under-mean, --fail-on, --max-flagged), 2 a usage or input error (other files are still
checked and reported), 3 the LLM provider failed (--llm), 130 interrupted (143 by SIGTERM).

Examples:
   mtcheck check --ref story.ref.txt story.txt
   mtcheck check --ref wire-a.txt --ref wire-b.txt --source story.uk.txt story.txt
   mtcheck check --glossary terms.txt --fail-on major story.txt
   mtcheck check --ref story.ref.txt --format json --fail-under 90 story.txt > report.json
   cat story.txt | mtcheck check --ref story.ref.txt -
   mtcheck check --llm --ref story.ref.txt story.txt
   mtcheck check --llm --base-url http://localhost:11434/v1 --model llama3.1:8b --ref story.ref.txt story.txt
   mtcheck check news/ -j 8 --format sarif -o mtcheck.sarif --fail-under-mean 90
   mtcheck check --resume run.jsonl --shard 2/4 --no-gate corpus/
   mtcheck check --llm-batch --format jsonl -o results.jsonl corpus/`,
		Flags: append([]cli.Flag{
			&cli.StringSliceFlag{Name: "ref", Aliases: []string{"r"}, Usage: "reference text `FILE` (repeatable: several references are all used)"},
			&cli.StringFlag{Name: "source", Aliases: []string{"s"}, Usage: "source-language text `FILE` (numbers and Latin-script names are checked against it)"},
			&cli.StringFlag{Name: "glossary", Aliases: []string{"g"}, Usage: "glossary `FILE` of preferred terms and variants to avoid"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", EnvVars: []string{"MTCHECK_FORMAT"}, Usage: "output format: text, json, jsonl, sarif, github, junit or html (one self-contained page; use with -o report.html)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` (atomically) instead of standard output"},
			&cli.Float64Flag{Name: "fail-under", Usage: "exit 1 if any document scores below `SCORE` (0-100)"},
			&cli.StringFlag{Name: "fail-on", Usage: "exit 1 if any finding is at or above `SEVERITY` (minor, major, critical)"},
			&cli.StringFlag{Name: "min-severity", Usage: "report only findings at or above `SEVERITY` (minor, major, critical); sentence and document scores still count every finding"},
			&cli.Float64Flag{Name: "threshold", Value: check.DefaultFlagThreshold, Usage: "flag sentences scoring below `SCORE` (0-1)"},
			&cli.StringSliceFlag{Name: "disable", Usage: "do not run check `ID` (repeatable; see mtcheck explain)"},
			&cli.StringFlag{Name: "sort", Value: "score", Usage: "text order: score (worst sentences first) or position"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour text output: auto (on a terminal, unless NO_COLOR is set), always, never"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "text output: print only the summary lines"},
			&cli.StringFlag{Name: "max-size", Value: "16MB", Usage: "largest input file read, e.g. 16MB, 500KB"},
			&cli.StringFlag{Name: "corpus", Usage: "folder `DIR` of good English text: flag word sequences it does not support (indexed once, cached)"},
			&cli.StringFlag{Name: "config", EnvVars: []string{"MTCHECK_CONFIG"}, Usage: "read settings from `FILE` instead of the nearest .mtcheck.yaml"},
			&cli.BoolFlag{Name: "llm", Usage: "have an LLM review the sentences too (OPENAI_API_KEY, or --base-url for a local server)"},
		}, append(llmFlags(), batchFlags()...)...),
		Action: func(c *cli.Context) error { return runCheck(c, sio) },
	}
}

type checkConfig struct {
	corpus    string
	refs      []string
	source    string
	glossary  string
	format    string
	output    string
	failUnder *float64
	failOn    check.Severity
	// minSev: findings below it are left out of the report (and the gate).
	minSev    check.Severity
	opts      check.Options
	text      report.TextOptions
	colorMode string
	maxBytes  int64
	batchConfig
}

func parseCheckFlags(c *cli.Context) (*checkConfig, error) {
	cfg, err := parseReportFlags(c)
	if err != nil {
		return nil, err
	}
	cfg.refs, cfg.source, cfg.glossary = c.StringSlice("ref"), c.String("source"), c.String("glossary")
	cfg.corpus = c.String("corpus")
	th := c.Float64("threshold")
	if th <= 0 || th > 1 || math.IsNaN(th) {
		return nil, usagef("--threshold %v: want a score above 0 and at most 1", th)
	}
	cfg.opts = check.Options{FlagThreshold: th, Disable: c.StringSlice("disable")}
	if err := cfg.opts.Validate(); err != nil {
		return nil, usagef("--disable: %v", err)
	}
	n, err := parseSize(c.String("max-size"))
	if err != nil {
		return nil, usagef("--max-size: %v", err)
	}
	cfg.maxBytes = n
	return cfg, parseBatchFlags(c, cfg)
}

// parseReportFlags reads the flags that decide the report and the gate,
// which `mtcheck merge` shares.
func parseReportFlags(c *cli.Context) (*checkConfig, error) {
	cfg := &checkConfig{format: strings.ToLower(c.String("format")), output: c.String("output"), colorMode: c.String("color")}
	if !validFormat(cfg.format) {
		return nil, usagef("--format %q: want %s", c.String("format"), strings.Join(formats, ", "))
	}
	if c.IsSet("fail-under") {
		v := c.Float64("fail-under")
		if v < 0 || v > 100 || math.IsNaN(v) {
			return nil, usagef("--fail-under %v: want a score from 0 to 100", v)
		}
		cfg.failUnder = &v
	}
	if s := c.String("fail-on"); s != "" {
		sev, err := check.ParseSeverity(s)
		if err != nil {
			return nil, usagef("--fail-on: %v", err)
		}
		cfg.failOn = sev
	}
	if s := c.String("min-severity"); s != "" {
		sev, err := check.ParseSeverity(s)
		if err != nil {
			return nil, usagef("--min-severity: %v", err)
		}
		cfg.minSev = sev
	}
	switch s := c.String("sort"); s {
	case "score", "position":
		cfg.text.Sort = s
	default:
		return nil, usagef("--sort %q: want score or position", s)
	}
	switch cfg.colorMode {
	case "auto", "always", "never":
	default:
		return nil, usagef("--color %q: want auto, always or never", cfg.colorMode)
	}
	cfg.text.Quiet = c.Bool("quiet")
	return cfg, parseGateFlags(c, cfg)
}

func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suf) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suf)), u.m
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("%q is not a size like 16MB", s)
	}
	return int64(v * float64(mult)), nil
}

func runCheck(c *cli.Context, sio IO) error {
	cfg, err := parseCheckFlags(c)
	if err != nil {
		return err
	}
	if err := applyConfigFile(c, cfg); err != nil {
		return err
	}
	files := c.Args().Slice()
	if len(files) == 0 && cfg.manifest == "" {
		return usagef("check: no FILE given (try: mtcheck check --ref REF.txt ARTICLE.txt, or - for standard input)")
	}
	run := &checkRun{sio: sio, cfg: cfg, rd: &corpus.Reader{Stdin: sio.In, MaxBytes: cfg.maxBytes}}
	if err := setupCheckLLM(c, sio, run); err != nil {
		return err
	}
	if err := run.loadShared(files); err != nil {
		return err
	}
	if run.before != nil {
		if err := run.before(c.Context, files); err != nil {
			return err
		}
	}
	return run.runBatch(c.Context, files)
}

// checkRun is one `mtcheck check` invocation: its settings, the inputs that
// apply to every file (references, source, glossary), and how to report.
type checkRun struct {
	sio IO
	cfg *checkConfig
	rd  *corpus.Reader
	// shared is what every article is checked with: the glossary, and the
	// references and source given with --ref and --source (when given,
	// they replace per-article pairing). Article is unset.
	shared     check.Input
	refNames   []string
	sourceName string
	// review, when set, runs after the offline checks on each article (the
	// LLM reviewer), may add findings to the result, and returns the LLM
	// usage spent on the article.
	review func(ctx context.Context, in check.Input, res *check.Result) (*report.LLMUsage, error)
	// llm is the LLM of check --llm (nil without): the HTML report asks
	// its fixer for proposals.
	llm *llmRun
	// llmSignature names the model, prompts and parameters of the review,
	// so --resume does not reuse results reviewed differently.
	llmSignature string
	// llmInFlight is the LLM's concurrency limit; cpu bounds the inputs
	// being checked offline at once (-j), and is not held during a review.
	llmInFlight int
	cpu         slots
	// before, when set, runs before the inputs are checked (--llm-batch:
	// plan, submit and wait); an error ends the run.
	before func(ctx context.Context, args []string) error
	// annotate, when set, runs before the report is written (adding the
	// LLM usage). skip: print no report (a dry run printed its plan); err:
	// the exit to return once the report is out.
	annotate func(rep *report.Report) (skip bool, err error)
}

func newReport() *report.Report {
	return &report.Report{SchemaVersion: report.SchemaVersion, Tool: report.Tool{Name: "mtcheck", Version: versionString()},
		Files: []*report.File{}, Errors: []report.FileError{}}
}

// loadShared reads the references, source and glossary. A problem with any
// of them stops the run before a file is checked: every result would be
// wrong without them.
func (r *checkRun) loadShared(files []string) error {
	cfg := r.cfg
	stdinUses := 0
	for _, f := range append(append([]string{cfg.source, cfg.glossary}, cfg.refs...), files...) {
		if f == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return usagef("standard input (-) can be read only once per run")
	}
	for _, path := range cfg.refs {
		d, err := r.rd.Load(path, corpus.Reference)
		if err != nil {
			return usagef("reference %v", err)
		}
		if check.Language(d) != "" {
			fmt.Fprintf(r.sio.Err, "mtcheck: warning: %s: %s; not used\n", d.Name, strings.Join(d.Warnings, "; "))
			continue
		}
		r.shared.Refs = append(r.shared.Refs, d)
		r.refNames = append(r.refNames, d.Name)
	}
	if cfg.source != "" {
		d, err := r.rd.Load(cfg.source, corpus.Source)
		if err != nil {
			return usagef("source %v", err)
		}
		r.shared.Source, r.sourceName = d, d.Name
	}
	if cfg.corpus != "" {
		idx, err := loadCorpus(cfg.corpus, r.sio)
		if err != nil {
			return err
		}
		r.shared.Phrases = idx
	}
	if cfg.glossary != "" {
		g, err := r.rd.LoadGlossary(cfg.glossary)
		if err != nil {
			return usagef("glossary %v", err)
		}
		r.shared.Glossary = g
	}
	return nil
}

// runChecks runs the offline checks on one article. A defect in them
// fails that article with a one-line error, not the whole run: the other
// files are still checked and the exit code is 2.
var runChecks = guardChecks(func(in check.Input, opts check.Options) (*check.Result, error) { return check.Run(in, opts), nil })

// guardChecks turns a panic of run into an error.
func guardChecks(run func(check.Input, check.Options) (*check.Result, error)) func(check.Input, check.Options) (*check.Result, error) {
	return func(in check.Input, opts check.Options) (res *check.Result, err error) {
		defer func() {
			if p := recover(); p != nil {
				res, err = nil, fmt.Errorf("internal error in the checks: %v (please report this with the file that caused it)", p)
			}
		}()
		return run(in, opts)
	}
}

// checkArticle checks one article with its references and source and
// returns its report entry. The review hook, when set, runs right after the
// offline checks. The caller holds a CPU slot, given up during the review.
func (r *checkRun) checkArticle(ctx context.Context, in check.Input, refNames []string, sourceName string) (*report.File, error) {
	res, err := runChecks(in, r.cfg.opts)
	if err != nil {
		return nil, err
	}
	var usage *report.LLMUsage
	if r.review != nil {
		r.cpu.release()
		u, err := r.review(ctx, in, res)
		r.cpu.acquire()
		if err != nil {
			return nil, err
		}
		usage = u
	}
	ignored := r.applyIgnore(in.Article.Name, res)
	f := report.FromResult(res, refNames, sourceName)
	f.Ignored = ignored
	f.LLM = usage
	if r.cfg.format == "html" {
		r.proposals(ctx, in, res, f)
	}
	return f, nil
}

// applyConfigFile fills in what the command line and environment left unset
// from .mtcheck.yaml (--config, or the nearest one up from the working
// directory).
func applyConfigFile(c *cli.Context, cfg *checkConfig) error {
	path := c.String("config")
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil
		}
		path = config.Find(wd)
		if path == "" {
			return nil
		}
	}
	fc, err := config.Load(path)
	if err != nil {
		return usagef("config %v", err)
	}
	if !c.IsSet("threshold") && fc.Check.Threshold != nil {
		if *fc.Check.Threshold <= 0 || *fc.Check.Threshold > 1 {
			return usagef("config %s: check.threshold %v: want a score above 0 and at most 1", path, *fc.Check.Threshold)
		}
		cfg.opts.FlagThreshold = *fc.Check.Threshold
	}
	if !c.IsSet("disable") {
		cfg.opts.Disable = fc.Check.Disable
	}
	if len(fc.Check.Severity) > 0 {
		cfg.opts.Severity = map[string]check.Severity{}
		for id, s := range fc.Check.Severity {
			sev, err := check.ParseSeverity(s)
			if err != nil {
				return usagef("config %s: check.severity.%s: %v", path, id, err)
			}
			cfg.opts.Severity[id] = sev
		}
	}
	if err := cfg.opts.Validate(); err != nil {
		return usagef("config %s: %v", path, err)
	}
	if !c.IsSet("corpus") && fc.Corpus != "" {
		cfg.corpus = fc.Corpus
	}
	if !c.IsSet("glossary") && fc.Check.Glossary != "" {
		cfg.glossary = fc.Check.Glossary
	}
	if !c.IsSet("fail-under") && fc.Gate.FailUnder != nil {
		v := *fc.Gate.FailUnder
		if v < 0 || v > 100 {
			return usagef("config %s: gate.fail_under %v: want a score from 0 to 100", path, v)
		}
		cfg.failUnder = &v
	}
	if !c.IsSet("min-severity") && fc.Check.MinSeverity != "" {
		sev, err := check.ParseSeverity(fc.Check.MinSeverity)
		if err != nil {
			return usagef("config %s: check.min_severity: %v", path, err)
		}
		cfg.minSev = sev
	}
	if !c.IsSet("fail-on") && fc.Gate.FailOn != "" {
		sev, err := check.ParseSeverity(fc.Gate.FailOn)
		if err != nil {
			return usagef("config %s: gate.fail_on: %v", path, err)
		}
		cfg.failOn = sev
	}
	return applyBatchConfig(c, cfg, fc, path)
}

func errMsg(err error) string {
	if ie, ok := err.(*corpus.InputError); ok {
		return ie.Msg
	}
	return err.Error()
}

func useColor(mode string, sio IO, w io.Writer) bool {
	if sio.getenv("NO_COLOR") != "" {
		return false
	}
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	return sio.isTerminal(w) && sio.getenv("TERM") != "dumb"
}

// loadCorpus indexes a corpus folder for the phrasing check, or reads the
// index built before from the user cache directory.
func loadCorpus(dir string, sio IO) (*corpus.PhraseIndex, error) {
	cache := sio.getenv("MTCHECK_CACHE_DIR")
	if cache == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		cache = filepath.Join(base, "mtcheck")
	}
	idx, built, skipped, err := corpus.LoadPhraseIndex(dir, filepath.Join(cache, "phrases"))
	if err != nil {
		return nil, usagef("%v", err)
	}
	for _, s := range skipped {
		fmt.Fprintf(sio.Err, "mtcheck: warning: corpus: %s; skipped\n", s)
	}
	if built {
		fmt.Fprintf(sio.Err, "mtcheck: indexed corpus %s: %d files, %d words, %d word sequences\n", dir, idx.Files, idx.Tokens(), idx.Entries())
	}
	return idx, nil
}
