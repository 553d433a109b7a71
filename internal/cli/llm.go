package cli

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/config"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/mtcheck/mtcheck/internal/review"
	"github.com/mtcheck/mtcheck/prompts"
	"github.com/urfave/cli/v2"
)

// llmFlags are the flags of the commands that can use an LLM.
func llmFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "model", Usage: "LLM `MODEL` (default " + llm.DefaultModel + ", or llm.model in .mtcheck.yaml)"},
		&cli.StringFlag{Name: "base-url", EnvVars: []string{"OPENAI_BASE_URL"}, Usage: "OpenAI-compatible API `URL`, ending in /v1 (Azure: the resource endpoint)"},
		&cli.StringFlag{Name: "api-type", Usage: "openai (any OpenAI-compatible server) or azure"},
		&cli.StringFlag{Name: "llm-review", Usage: "sentences the LLM reviews: flagged (by the offline checks) or all"},
		&cli.IntFlag{Name: "llm-concurrency", Usage: "LLM requests in flight at once (default 4)"},
		&cli.IntFlag{Name: "rpm", Usage: "at most `N` LLM requests per minute"},
		&cli.IntFlag{Name: "tpm", Usage: "at most `N` LLM tokens per minute"},
		&cli.Int64Flag{Name: "max-tokens", Usage: "stop before an LLM request would take the run past `N` tokens"},
		&cli.Float64Flag{Name: "max-cost", Usage: "stop before an LLM request would take the run past `USD` (needs a price for the model)"},
		&cli.DurationFlag{Name: "llm-timeout", Usage: "time allowed for each LLM request (default 2m)"},
		&cli.StringFlag{Name: "cache-dir", Usage: "keep LLM answers in `DIR` (default: the user cache directory)"},
		&cli.BoolFlag{Name: "no-cache", Usage: "neither read nor write the LLM answer cache"},
		&cli.BoolFlag{Name: "dry-run", Usage: "print the LLM requests that would be sent, with estimated tokens and cost, and send none"},
		&cli.StringFlag{Name: "prompts", Usage: "use prompt templates from `DIR` (see mtcheck prompts export)"},
	}
}

// llmRun is the LLM side of one command: the client, the prompts, and what
// the run did with them.
type llmRun struct {
	client  *llm.Client
	runner  *review.Runner
	prompts *prompts.Set
	info    *report.LLM
	dryRun  bool
	// mu guards fatal and info: articles may be reviewed concurrently.
	mu sync.Mutex
	// fatal is the provider failure that stopped the LLM, if any.
	fatal error
	// batch is the Batch API side of `check --llm-batch`.
	batch *llmBatch
}

func (r *llmRun) failed() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.fatal
}

// loadConfig reads the config file that applies: --config, or the nearest
// .mtcheck.yaml; nil when there is none.
func loadConfig(c *cli.Context) (*config.Config, error) {
	path := c.String("config")
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return &config.Config{}, nil
		}
		if path = config.Find(wd); path == "" {
			return &config.Config{}, nil
		}
	}
	fc, err := config.Load(path)
	if err != nil {
		return nil, usagef("config %v", err)
	}
	return fc, nil
}

// llmConfigured reports whether an LLM endpoint is set up: a key, or a base
// URL (a local server needs none).
func llmConfigured(c *cli.Context, sio IO, fc *config.Config) (bool, string) {
	if keyFor(sio, firstNonEmpty(c.String("api-type"), fc.LLM.APIType)) != "" || c.String("base-url") != "" || fc.LLM.BaseURL != "" {
		return true, ""
	}
	return false, "no OPENAI_API_KEY, and no --base-url for a local server"
}

func keyFor(sio IO, apiType string) string {
	if strings.EqualFold(apiType, "azure") {
		if k := sio.getenv("AZURE_OPENAI_API_KEY"); k != "" {
			return k
		}
	}
	return sio.getenv("OPENAI_API_KEY")
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// newLLMRun builds the client from flags, environment and config (in that
// order of precedence).
func newLLMRun(c *cli.Context, sio IO, fc *config.Config, defaultReview string) (*llmRun, error) {
	lc := fc.LLM
	cfg := llm.Config{
		Model:           firstNonEmpty(c.String("model"), sio.getenv("MTCHECK_MODEL"), lc.Model),
		BaseURL:         firstNonEmpty(c.String("base-url"), lc.BaseURL),
		APIType:         firstNonEmpty(c.String("api-type"), lc.APIType),
		Deployment:      lc.Azure.Deployment,
		APIVersion:      lc.Azure.APIVersion,
		ResponseFormat:  lc.ResponseFormat,
		MaxOutputTokens: lc.MaxOutputTokens,
		Concurrency:     lc.Concurrency,
		RPM:             lc.RPM,
		TPM:             lc.TPM,
		MaxTokens:       lc.MaxTokens,
		MaxCost:         lc.MaxCost,
		CacheDir:        firstNonEmpty(c.String("cache-dir"), lc.CacheDir),
		NoCache:         c.Bool("no-cache") || lc.NoCache,
		DryRun:          c.Bool("dry-run"),
	}
	if cfg.APIType == "azure" && cfg.BaseURL == "" {
		cfg.BaseURL = sio.getenv("AZURE_OPENAI_ENDPOINT")
	}
	cfg.APIKey = keyFor(sio, cfg.APIType)
	if lc.Temperature != nil {
		cfg.Temperature = *lc.Temperature
	}
	if lc.MaxRetries != nil {
		cfg.MaxRetries = *lc.MaxRetries
		if cfg.MaxRetries == 0 {
			cfg.MaxRetries = -1
		}
	}
	if lc.Timeout != "" {
		d, err := time.ParseDuration(lc.Timeout)
		if err != nil || d <= 0 {
			return nil, usagef("config: llm.timeout %q: want a duration such as 90s or 2m", lc.Timeout)
		}
		cfg.Timeout = d
	}
	for name, set := range map[string]func(){
		"llm-concurrency": func() { cfg.Concurrency = c.Int("llm-concurrency") },
		"rpm":             func() { cfg.RPM = c.Int("rpm") },
		"tpm":             func() { cfg.TPM = c.Int("tpm") },
		"max-tokens":      func() { cfg.MaxTokens = c.Int64("max-tokens") },
		"max-cost":        func() { cfg.MaxCost = c.Float64("max-cost") },
		"llm-timeout":     func() { cfg.Timeout = c.Duration("llm-timeout") },
	} {
		if c.IsSet(name) {
			set()
		}
	}
	if cfg.Concurrency < 0 || cfg.RPM < 0 || cfg.TPM < 0 || cfg.MaxTokens < 0 || cfg.MaxCost < 0 || cfg.Timeout < 0 {
		return nil, usagef("LLM limits cannot be negative")
	}
	if len(lc.Prices) > 0 {
		cfg.Prices = map[string]llm.Price{}
		for m, p := range lc.Prices {
			cfg.Prices[m] = llm.Price{Input: p.Input, Output: p.Output}
		}
	}
	if cfg.BaseURL != "" {
		if u, err := url.Parse(cfg.BaseURL); err != nil || u.Scheme == "" || u.Host == "" {
			return nil, usagef("--base-url %q: want a URL such as http://localhost:11434/v1", cfg.BaseURL)
		}
	}
	mode := firstNonEmpty(c.String("llm-review"), lc.Review, defaultReview)
	switch mode {
	case review.All, review.Flagged, "none":
	default:
		return nil, usagef("--llm-review %q: want flagged or all", mode)
	}
	ps, err := prompts.Load(firstNonEmpty(c.String("prompts"), lc.Prompts))
	if err != nil {
		return nil, usagef("%v", err)
	}
	client, err := llm.New(cfg)
	if err != nil {
		return nil, usagef("%v", err)
	}
	chunk := lc.ChunkTokens
	if chunk <= 0 {
		chunk = review.DefaultChunkTokens
	}
	r := &llmRun{client: client, prompts: ps, dryRun: cfg.DryRun,
		runner: &review.Runner{Client: client, Prompts: ps, Mode: mode, ChunkTokens: chunk}}
	r.info = r.describe(mode, chunk)
	return r, nil
}

// describe builds the run's signature: everything that decides the LLM's
// answers, so two results can be compared knowingly.
func (r *llmRun) describe(mode string, chunk int) *report.LLM {
	cfg := r.client.Config()
	endpoint := cfg.BaseURL
	if u, err := url.Parse(cfg.BaseURL); err == nil {
		u.User, u.RawQuery = nil, ""
		endpoint = u.String()
	}
	temp := any(cfg.Temperature)
	if llm.IsReasoningModel(cfg.Model) {
		temp = "default"
	}
	params := map[string]any{"temperature": temp, "max_output_tokens": cfg.MaxOutputTokens, "chunk_tokens": chunk,
		"response_format": cfg.ResponseFormat, "seed": 1}
	vers := r.prompts.Versions()
	parts := []string{"mtcheck:" + versionString(), "model:" + cfg.Model, "api:" + cfg.APIType}
	var names []string
	for n := range vers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		parts = append(parts, n+":"+vers[n])
	}
	parts = append(parts, "review:"+mode, fmt.Sprintf("temp:%v", temp), fmt.Sprintf("max_out:%d", cfg.MaxOutputTokens),
		fmt.Sprintf("chunk:%d", chunk), "format:"+cfg.ResponseFormat)
	return &report.LLM{Signature: strings.Join(parts, "|"), Model: cfg.Model, Endpoint: endpoint, Review: mode,
		Prompts: vers, Parameters: params, DryRun: cfg.DryRun}
}

// finish fills in the usage, for the report.
func (r *llmRun) finish(ctx context.Context) *report.LLM {
	u := r.client.Usage()
	r.info.Usage = *usageReport(u, u.CostKnown)
	switch {
	case r.fatal != nil:
		r.info.Stopped = "the provider failed: " + r.fatal.Error()
	case ctx.Err() != nil:
		r.info.Stopped = "interrupted"
	case r.batch != nil && r.batch.failed != nil:
		r.info.Stopped = r.batch.failed.Error()
	case u.OverBudget > 0:
		r.info.Stopped = "budget reached (--max-tokens/--max-cost)"
	}
	return r.info
}

// usageReport is a usage as the report has it.
func usageReport(u llm.Usage, costKnown bool) *report.LLMUsage {
	ru := &report.LLMUsage{Requests: u.Requests, Cached: u.Cached, Retries: u.Retries, Repairs: u.Repairs,
		Failed: u.Failed, OverBudget: u.OverBudget, Batched: u.Batched, PromptTokens: u.PromptTokens, CompletionTokens: u.CompletionTokens}
	if costKnown {
		c := u.Cost
		ru.CostUSD = &c
	}
	return ru
}

// reviewHook is review for the commands that do not report usage per
// article (fix, eval).
func (r *llmRun) reviewHook(ctx context.Context, in check.Input, res *check.Result) error {
	_, err := r.review(ctx, in, res)
	return err
}

// review is checkRun.review for `mtcheck check --llm`: the LLM reviews the
// article and its findings join the offline ones; it returns what the
// article's requests used. It never fails the file: a failure is kept in
// warnings and decided at the end of the run, so the offline results are
// never lost.
func (r *llmRun) review(ctx context.Context, in check.Input, res *check.Result) (*report.LLMUsage, error) {
	ctx, t := llm.Track(ctx)
	if r.failed() != nil {
		in.Article.Warnings = append(in.Article.Warnings, "llm-error: not reviewed: the LLM provider failed earlier in the run")
		return usageReport(t.Usage(), r.client.Usage().CostKnown), nil
	}
	if ctx.Err() != nil {
		in.Article.Warnings = append(in.Article.Warnings, "llm-error: not reviewed: interrupted")
		return usageReport(t.Usage(), r.client.Usage().CostKnown), nil
	}
	out, err := r.runner.Review(ctx, in, res)
	usage := usageReport(t.Usage(), r.client.Usage().CostKnown)
	r.mu.Lock()
	defer r.mu.Unlock()
	var pe *llm.ProviderError
	switch {
	case errors.As(err, &pe):
		if r.fatal == nil {
			r.fatal = err
		}
		in.Article.Warnings = append(in.Article.Warnings, "llm-error: not reviewed: "+err.Error())
	case err != nil && ctx.Err() != nil:
		in.Article.Warnings = append(in.Article.Warnings, "llm-error: review interrupted; the findings of the answers received are kept")
	case err != nil:
		in.Article.Warnings = append(in.Article.Warnings, "llm-error: "+err.Error())
	}
	if out == nil {
		return usage, nil
	}
	res.AddFindings(out.Findings)
	in.Article.Warnings = append(in.Article.Warnings, out.Warnings(in.Article, "reviewed")...)
	r.info.Findings += len(out.Findings)
	r.info.Confirmed += out.Confirmed
	r.info.Dropped += out.Dropped
	for _, e := range out.Errors {
		r.info.Errors += len(e.Sentences)
	}
	return usage, nil
}

// exit is the error that decides the exit code once the report is out: 3
// for a provider failure, 130 for an interruption.
func (r *llmRun) exit(ctx context.Context, sio IO) error {
	if r.fatal != nil {
		fmt.Fprintf(sio.Err, "mtcheck: %v\n", r.fatal)
		return &exitError{ExitProvider}
	}
	if ctx.Err() != nil {
		fmt.Fprintln(sio.Err, "mtcheck: interrupted; the report has what was done (answers received are cached: run again to go on)")
		return &exitError{ExitInterrupted}
	}
	if r.batch != nil && r.batch.failed != nil {
		fmt.Fprintf(sio.Err, "mtcheck: %v\n", r.batch.failed)
		return &exitError{ExitProvider}
	}
	return nil
}

// printPlan prints what a dry run would have sent.
func (r *llmRun) printPlan(sio IO) {
	plan := r.client.Planned()
	tokens, out, cost, known, cached := 0, 0, 0.0, true, 0
	for i, p := range plan {
		if p.Cached {
			cached++
			fmt.Fprintf(sio.Out, "=== request %d: %s (prompt %s): answered from the cache, not sent\n", i+1, p.Prompt, p.Version)
			continue
		}
		fmt.Fprintf(sio.Out, "=== request %d: %s (prompt %s) · %d prompt tokens, about %d completion tokens", i+1, p.Prompt, p.Version, p.PromptTokens, p.EstimatedCompletionTokens)
		if p.CostKnown {
			fmt.Fprintf(sio.Out, " · about $%.4f", p.EstimatedCost)
		}
		fmt.Fprintf(sio.Out, "\n--- system\n%s\n--- user\n%s\n", p.System, p.User)
		tokens += p.PromptTokens
		out += p.EstimatedCompletionTokens
		cost += p.EstimatedCost
		known = known && p.CostKnown
	}
	costs := "cost unknown (no price for the model)"
	if known {
		costs = fmt.Sprintf("about $%.4f", cost)
	}
	fmt.Fprintf(sio.Out, "dry run: %d request(s) would be sent to %s (%d answered from the cache) · %d prompt tokens, about %d completion tokens · %s\n",
		len(plan)-cached, r.client.Model(), cached, tokens, out, costs)
}

// setupCheckLLM arms the review hook of `mtcheck check` when --llm is given.
func setupCheckLLM(c *cli.Context, sio IO, run *checkRun) error {
	if !c.Bool("llm") && !wantsBatch(c) {
		for _, f := range []string{"model", "llm-review", "dry-run", "max-cost", "max-tokens", "llm-batch-poll", "llm-batch-wait"} {
			if c.IsSet(f) {
				return usagef("--%s needs --llm", f)
			}
		}
		return nil
	}
	fc, err := loadConfig(c)
	if err != nil {
		return err
	}
	if ok, why := llmConfigured(c, sio, fc); !ok {
		return usagef("--llm needs an LLM endpoint: %s (see mtcheck check --help)", why)
	}
	lr, err := newLLMRun(c, sio, fc, review.Flagged)
	if err != nil {
		return err
	}
	if lr.runner.Mode == "none" {
		return usagef("--llm-review none: check --llm reviews flagged or all sentences")
	}
	run.review = lr.review
	run.llm = lr
	run.llmSignature = lr.info.Signature + "|endpoint:" + lr.info.Endpoint
	run.llmInFlight = lr.client.Config().Concurrency
	if wantsBatch(c) {
		if lr.batch, err = newLLMBatch(c, sio, lr); err != nil {
			return err
		}
		run.before = func(ctx context.Context, args []string) error { return lr.batch.before(ctx, run, args) }
	}
	run.annotate = func(rep *report.Report) (bool, error) {
		if lr.dryRun {
			lr.printPlan(sio)
			return true, nil
		}
		rep.LLM = lr.finish(c.Context)
		if lr.batch != nil {
			lr.batch.finish(c.Context)
		}
		return false, lr.exit(c.Context, sio)
	}
	return nil
}
