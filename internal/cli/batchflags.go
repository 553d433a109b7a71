package cli

import (
	"math"
	"runtime"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/config"
	"github.com/urfave/cli/v2"
)

// formats are the report formats, the streaming ones first.
var formats = []string{"text", "json", "jsonl", "sarif", "github", "junit", "html"}

func validFormat(f string) bool {
	for _, x := range formats {
		if f == x {
			return true
		}
	}
	return false
}

// batchConfig is what a run over many inputs adds to checkConfig: inputs
// and pairing, parallelism, resuming, sharding, baselines, the gates on the
// whole run, and extra reports.
type batchConfig struct {
	jobs      int
	manifest  string
	pair      corpus.PairRules
	exclude   []string
	ignore    []config.IgnoreRule
	resume    string
	shard     shardSpec
	baseline  string
	noGate    bool
	noProg    bool
	sumCSV    string
	sumMD     string
	dryRun    bool // --llm --dry-run: print the LLM plan, no report
	failMean  *float64
	maxFlag   *float64
	configUse string
}

// batchFlags are the flags of `mtcheck check` for runs over many inputs and
// for CI.
func batchFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, EnvVars: []string{"MTCHECK_JOBS"}, Usage: "check `N` files at once (default: the number of CPUs); the output order does not depend on it"},
		&cli.StringSliceFlag{Name: "ref-dir", Usage: "take each article's reference from `DIR` at the article's relative path (repeatable)"},
		&cli.StringFlag{Name: "source-dir", Usage: "take each article's source from `DIR` at the article's relative path"},
		&cli.StringFlag{Name: "manifest", Usage: "check the articles listed in `FILE` (JSONL or CSV: target, references, source, id)"},
		&cli.StringSliceFlag{Name: "exclude", Usage: "skip files matching `GLOB` in directories and globs (repeatable; ** matches any directories)"},
		&cli.Float64Flag{Name: "fail-under-mean", Usage: "exit 1 if the mean document score is below `SCORE` (0-100)"},
		&cli.StringFlag{Name: "max-flagged", Usage: "exit 1 if more than `RATIO` of all sentences are flagged (0.05 or 5%)"},
		&cli.StringFlag{Name: "baseline", Usage: "report and gate only findings not in `REPORT` (a previous --format json or jsonl report)"},
		&cli.StringFlag{Name: "resume", Usage: "append results to `FILE` (JSONL) as they come and skip inputs already in it (same path and content)"},
		&cli.StringFlag{Name: "shard", EnvVars: []string{"MTCHECK_SHARD"}, Usage: "check only part `K/N` of the inputs (1 <= K <= N), chosen by a hash of each path; combine the parts with mtcheck merge"},
		&cli.StringFlag{Name: "summary-csv", Usage: "also write one CSV row per document, and the totals, to `FILE`"},
		&cli.StringFlag{Name: "summary-md", Usage: "also write the summary as Markdown (for a pull-request comment) to `FILE`"},
		&cli.BoolFlag{Name: "no-gate", Usage: "do not apply the quality gate (for shard runs, whose gate mtcheck merge applies)"},
		&cli.BoolFlag{Name: "no-progress", Usage: "no progress bar on standard error"},
	}, llmBatchFlags()...)
}

// parseGateFlags reads the gates on the whole run and the report options
// that check and merge share.
func parseGateFlags(c *cli.Context, cfg *checkConfig) error {
	if c.IsSet("fail-under-mean") {
		v := c.Float64("fail-under-mean")
		if v < 0 || v > 100 || math.IsNaN(v) {
			return usagef("--fail-under-mean %v: want a score from 0 to 100", v)
		}
		cfg.failMean = &v
	}
	if s := c.String("max-flagged"); s != "" {
		v, err := parseRatio(s)
		if err != nil {
			return usagef("--max-flagged: %v", err)
		}
		cfg.maxFlag = &v
	}
	cfg.baseline = c.String("baseline")
	cfg.sumCSV, cfg.sumMD = c.String("summary-csv"), c.String("summary-md")
	cfg.noGate, cfg.noProg = c.Bool("no-gate"), c.Bool("no-progress")
	return nil
}

func parseRatio(s string) (float64, error) {
	t := strings.TrimSpace(s)
	div := 1.0
	if strings.HasSuffix(t, "%") {
		t, div = strings.TrimSuffix(t, "%"), 100
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || v/div > 1 || math.IsNaN(v) {
		return 0, usagef("%q: want a ratio from 0 to 1, or a percentage such as 5%%", s)
	}
	return v / div, nil
}

// parseBatchFlags reads the flags only `mtcheck check` has.
func parseBatchFlags(c *cli.Context, cfg *checkConfig) error {
	cfg.dryRun = c.Bool("dry-run")
	cfg.jobs = c.Int("jobs")
	if c.IsSet("jobs") && cfg.jobs < 1 {
		return usagef("--jobs %d: want 1 or more", cfg.jobs)
	}
	cfg.manifest = c.String("manifest")
	cfg.pair.RefDirs = c.StringSlice("ref-dir")
	cfg.pair.SourceDir = c.String("source-dir")
	cfg.exclude = c.StringSlice("exclude")
	cfg.resume = c.String("resume")
	if s := c.String("shard"); s != "" {
		sh, err := parseShard(s)
		if err != nil {
			return usagef("--shard: %v", err)
		}
		cfg.shard = sh
	}
	return nil
}

// applyBatchConfig fills in from .mtcheck.yaml what flags and environment
// left unset: enabled checks, gates on the run, pairing, exclusions, ignore
// rules, jobs.
func applyBatchConfig(c *cli.Context, cfg *checkConfig, fc *config.Config, path string) error {
	cfg.configUse = path
	if len(fc.Check.Enable) > 0 && !c.IsSet("disable") {
		on := map[string]bool{}
		for _, id := range fc.Check.Enable {
			if _, ok := check.Lookup(id); !ok {
				return usagef("config %s: check.enable: unknown check %q (known: %s)", path, id, strings.Join(check.CheckIDs(), ", "))
			}
			on[id] = true
		}
		for _, id := range check.CheckIDs() {
			if !on[id] && !contains(cfg.opts.Disable, id) {
				cfg.opts.Disable = append(cfg.opts.Disable, id)
			}
		}
	}
	g := fc.Gate
	if !c.IsSet("fail-under-mean") && g.FailUnderMean != nil {
		if v := *g.FailUnderMean; v < 0 || v > 100 {
			return usagef("config %s: gate.fail_under_mean %v: want a score from 0 to 100", path, v)
		}
		cfg.failMean = g.FailUnderMean
	}
	if !c.IsSet("max-flagged") && g.MaxFlagged != nil {
		cfg.maxFlag = g.MaxFlagged
	}
	p := fc.Pairing
	if !c.IsSet("ref-dir") && !c.IsSet("source-dir") {
		if len(p.RefDirs) > 0 {
			cfg.pair.RefDirs = p.RefDirs
		}
		if p.SourceDir != "" {
			cfg.pair.SourceDir = p.SourceDir
		}
	}
	cfg.pair.RefPatterns, cfg.pair.SourcePatterns = p.References, p.Sources
	if !c.IsSet("exclude") {
		cfg.exclude = fc.Inputs.Exclude
	}
	for _, r := range fc.Ignore {
		if _, ok := check.Lookup(r.Check); !ok && r.Check != "*" {
			return usagef("config %s:%d: ignore: unknown check %q (known: %s, or * for all)", path, r.Line, r.Check, strings.Join(check.CheckIDs(), ", "))
		}
	}
	cfg.ignore = fc.Ignore
	if !c.IsSet("jobs") && fc.Run.Jobs > 0 {
		cfg.jobs = fc.Run.Jobs
	}
	return nil
}

func (cfg *checkConfig) workers() int {
	if cfg.jobs > 0 {
		return cfg.jobs
	}
	return runtime.NumCPU()
}
