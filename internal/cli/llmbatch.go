package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/urfave/cli/v2"
)

// `mtcheck check --llm-batch` reviews through the Batch API in three steps:
//
//  1. plan: the inputs are checked offline and the review requests that
//     `check --llm` would send are collected, less those the cache or an
//     earlier batch answered;
//  2. batch: they are uploaded as one or more batches (or a batch already
//     running for them is picked up), and mtcheck waits for them, then
//     downloads the answers; the batch IDs and request manifests are kept
//     in a state directory, so an interrupted run is picked up again;
//  3. check: the run goes on as `check --llm` does, the client answering
//     from the batches (validated, cached) instead of asking.

func llmBatchFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "llm-batch", Usage: "review through the OpenAI Batch API: about half the price, answers within 24 hours (implies --llm)"},
		&cli.StringSliceFlag{Name: "llm-batch-id", Usage: "take the answers of batch `ID` (repeatable), e.g. one submitted on another machine (implies --llm-batch)"},
		&cli.DurationFlag{Name: "llm-batch-poll", Value: 10 * time.Second, Usage: "first wait between batch status checks (it grows to a minute)"},
		&cli.DurationFlag{Name: "llm-batch-wait", Usage: "stop waiting for the batches after `DURATION`; they keep running, and the same command picks them up (default: wait until they end)"},
	}
}

func wantsBatch(c *cli.Context) bool {
	return c.Bool("llm-batch") || len(c.StringSlice("llm-batch-id")) > 0
}

// llmBatch is the batch side of a run.
type llmBatch struct {
	lr    *llmRun
	sio   IO
	store batchStore
	ids   []string
	poll  time.Duration
	wait  time.Duration
	// answers serve the run; cleanup are the states to remove once the
	// run has used them; failed says why batches failed, if any did.
	answers *llm.BatchAnswers
	cleanup []string
	failed  error
}

func newLLMBatch(c *cli.Context, sio IO, lr *llmRun) (*llmBatch, error) {
	cfg := lr.client.Config()
	if cfg.APIType == "azure" {
		return nil, usagef("--llm-batch: the Batch API is supported for OpenAI and compatible endpoints, not yet for Azure OpenAI")
	}
	dir := cfg.CacheDir
	if dir == "" {
		dir = llm.DefaultCacheDir()
	}
	if dir == "" {
		return nil, usagef("--llm-batch needs a directory to keep the state of its batches: give one with --cache-dir")
	}
	b := &llmBatch{lr: lr, sio: sio, store: batchStore{filepath.Join(dir, "batches")}, ids: c.StringSlice("llm-batch-id"),
		poll: c.Duration("llm-batch-poll"), wait: c.Duration("llm-batch-wait")}
	for _, id := range b.ids {
		if !batchIDRe.MatchString(id) {
			return nil, usagef("--llm-batch-id %q: not a batch ID (such as batch_abc123)", id)
		}
	}
	if c.IsSet("llm-batch-poll") && b.poll <= 0 || b.wait < 0 {
		return nil, usagef("--llm-batch-poll and --llm-batch-wait must be positive")
	}
	if b.poll <= 0 {
		b.poll = 10 * time.Second
	}
	return b, nil
}

func (b *llmBatch) say(format string, a ...any) {
	fmt.Fprintf(b.sio.Err, "mtcheck: "+format+"\n", a...)
}

// plannedLine is a planned request; its line waits in the spool file.
type plannedLine struct {
	llm.BatchLine
	off int64
	n   int
}

// spool keeps the planned lines on disk while a corpus is planned, so
// memory does not grow with the requests' text.
type spool struct {
	mu    sync.Mutex
	f     *os.File
	w     *bufio.Writer
	off   int64
	lines []plannedLine
	err   error
}

func (s *spool) add(l llm.BatchLine) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return
	}
	pl := plannedLine{BatchLine: l, off: s.off, n: len(l.Line)}
	pl.Line = nil
	if _, err := s.w.Write(l.Line); err != nil {
		s.err = err
		return
	}
	s.off += int64(len(l.Line))
	s.lines = append(s.lines, pl)
}

func (s *spool) read(l plannedLine) ([]byte, error) {
	buf := make([]byte, l.n)
	_, err := s.f.ReadAt(buf, l.off)
	return buf, err
}

// before runs the plan and batch steps; it returns an error to end the run
// before the check step (a dry run, an interruption, a failure).
func (b *llmBatch) before(ctx context.Context, run *checkRun, args []string) error {
	lr := b.lr
	cfg := lr.client.Config()
	states := b.store.load(cfg.BaseURL, cfg.Model, run.warn)
	byID := map[string]*batchState{}
	for _, st := range states {
		byID[st.ID] = st
	}
	// Batches named by ID: their requests are known once they have
	// answered, so they are waited for first.
	var adopted []*batchState
	if lr.dryRun && len(b.ids) > 0 {
		run.warn("--dry-run does not ask the provider for the batches named by --llm-batch-id")
		b.ids = nil
	}
	for _, id := range b.ids {
		st := byID[id]
		if st == nil {
			info, err := lr.client.Batch(ctx, id)
			if err != nil {
				return b.providerFailed(ctx, err)
			}
			st = &batchState{ID: id, Endpoint: cfg.BaseURL, Model: cfg.Model, Created: time.Now().UTC(), Adopted: true}
			st.update(info)
			if err := b.store.save(st); err != nil {
				return usagef("--llm-batch: %v", err)
			}
			states, byID[id] = append(states, st), st
		}
		adopted = append(adopted, st)
	}
	if err := b.waitFor(ctx, adopted); err != nil {
		return err
	}
	answers := llm.NewBatchAnswers()
	answers.Hint = sendAgain
	b.answers = answers
	if !lr.dryRun { // a dry run asks the provider nothing
		if err := b.download(ctx, states, answers); err != nil {
			return err
		}
	}

	// 1. Plan.
	if !lr.dryRun {
		b.say("--llm-batch: checking the inputs offline to plan the review requests")
	}
	sp, cached, err := b.plan(ctx, run, args)
	if err != nil {
		return err
	}
	defer func() {
		sp.f.Close()
		os.Remove(sp.f.Name())
	}()
	pendingByKey := map[string]*batchState{}
	for _, st := range states {
		if !st.ended() || !st.Downloaded { // (a dry run downloads nothing)
			for _, r := range st.Requests {
				pendingByKey[llm.ShortKey(r.Key)] = st
			}
		}
	}
	planned := map[string]bool{}
	var toSend []plannedLine
	answeredBefore := 0
	pending := map[*batchState]bool{}
	for _, l := range sp.lines {
		planned[llm.ShortKey(l.Key)] = true
		switch st := pendingByKey[llm.ShortKey(l.Key)]; {
		case answers.Answered(l.Key):
			answeredBefore++
		case st != nil:
			pending[st] = true
		default:
			toSend = append(toSend, l)
		}
	}
	for _, st := range adopted {
		if n, _ := answers.Count(st.ID, planned); n == 0 {
			run.warn(fmt.Sprintf("batch %s answers none of this run's requests (was it made with another model, prompt or inputs?)", st.ID))
		}
	}
	toSend, withheld := b.budget(toSend)
	for _, l := range withheld {
		answers.Withhold(l.Key, &llm.BudgetError{Msg: "not sent in the batch: over --max-tokens/--max-cost"})
	}
	groups := groupLines(toSend)
	if lr.dryRun {
		return b.printPlan(sp, toSend, withheld, groups, cached, answeredBefore, len(pending))
	}
	b.say("--llm-batch: %d request(s) to review: %d answered from the cache, %d by earlier batches, %d in batches still running, %d to send%s",
		len(sp.lines)+cached, cached, answeredBefore, len(sp.lines)-answeredBefore-len(toSend)-len(withheld), len(toSend), overBudget(len(withheld)))

	// 2. Batch: submit, wait, download.
	var waitOn []*batchState
	for st := range pending {
		waitOn = append(waitOn, st)
	}
	sort.Slice(waitOn, func(i, j int) bool { return waitOn[i].Created.Before(waitOn[j].Created) })
	for i, g := range groups {
		st, err := b.submit(ctx, sp, g, i+1, len(groups))
		if err != nil {
			return err
		}
		waitOn = append(waitOn, st)
		states = append(states, st)
	}
	if err := b.waitFor(ctx, waitOn); err != nil {
		return err
	}
	if err := b.download(ctx, waitOn, answers); err != nil {
		return err
	}

	// 3. Check, answered from the batches. A state is used up when the
	// run planned all its requests (they are answered, cached, or sent
	// again); only a batch this run waited for can fail it.
	waited := map[*batchState]bool{}
	for _, st := range waitOn {
		waited[st] = true
	}
	var used []string
	for _, st := range states {
		inPlan, all := st.Adopted && st.Downloaded, true
		for _, r := range st.Requests {
			if planned[llm.ShortKey(r.Key)] {
				inPlan = true
				answers.Expect(r.Key, st.ID, b.unanswered(st))
			} else {
				all = false
			}
		}
		if lines, _ := answers.Count(st.ID, planned); waited[st] || lines > 0 {
			used = append(used, st.ID)
		}
		if inPlan && all && st.ended() {
			b.cleanup = append(b.cleanup, st.ID)
		}
		if waited[st] && st.Status == "failed" && b.failed == nil {
			b.failed = fmt.Errorf("batch %s failed: %s", st.ID, strings.Join(st.Errors, "; "))
		}
	}
	lr.info.Batches = used
	lr.client.UseBatchAnswers(answers)
	return nil
}

func overBudget(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(", %d over the budget (not sent)", n)
}

const sendAgain = "; run the same command again to send it in a new batch"

// unanswered says why a request sent in st has no answer line.
func (b *llmBatch) unanswered(st *batchState) string {
	again := sendAgain
	switch st.Status {
	case "failed":
		return fmt.Sprintf("batch %s failed: %s", st.ID, strings.Join(st.Errors, "; "))
	case "expired":
		return fmt.Sprintf("batch %s expired before this request ran%s", st.ID, again)
	case "cancelled":
		return fmt.Sprintf("batch %s was cancelled before this request ran%s", st.ID, again)
	}
	return fmt.Sprintf("batch %s has no answer for this request%s", st.ID, again)
}

// plan checks every input offline with a reviewer that collects the
// requests instead of sending them. cached counts those the cache answers.
func (b *llmBatch) plan(ctx context.Context, run *checkRun, args []string) (*spool, int, error) {
	if err := os.MkdirAll(b.store.dir, 0o755); err != nil {
		return nil, 0, usagef("--llm-batch: %v", err)
	}
	f, err := os.CreateTemp(b.store.dir, ".plan-*.jsonl")
	if err != nil {
		return nil, 0, usagef("--llm-batch: %v", err)
	}
	sp := &spool{f: f, w: bufio.NewWriterSize(f, 1<<20)}
	planner := b.lr.client.Planner(sp.add)
	runner := *b.lr.runner
	runner.Client = planner
	hook := func(ctx context.Context, in check.Input, res *check.Result) (*report.LLMUsage, error) {
		_, err := runner.Review(ctx, in, res)
		return nil, err
	}
	err = run.eachInput(ctx, args, hook)
	if err == nil {
		err = sp.w.Flush()
	}
	if err == nil {
		err = sp.err
	}
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		if ctx.Err() != nil {
			b.say("interrupted while planning the batch; nothing was sent")
			return nil, 0, &exitError{ExitInterrupted}
		}
		return nil, 0, usagef("--llm-batch: %v", err)
	}
	// One line per request, in an order that does not depend on timing.
	sort.SliceStable(sp.lines, func(i, j int) bool {
		if sp.lines[i].Label != sp.lines[j].Label {
			return sp.lines[i].Label < sp.lines[j].Label
		}
		return sp.lines[i].Key < sp.lines[j].Key
	})
	seen := map[string]bool{}
	lines := sp.lines[:0]
	for _, l := range sp.lines {
		if !seen[l.Key] {
			seen[l.Key] = true
			lines = append(lines, l)
		}
	}
	sp.lines = lines
	return sp, planner.Usage().Cached, nil
}

// budget keeps the requests --max-tokens and --max-cost allow, in order,
// with estimated completion tokens.
func (b *llmBatch) budget(lines []plannedLine) (keep, over []plannedLine) {
	cfg := b.lr.client.Config()
	var tokens int64
	var cost float64
	for i, l := range lines {
		tokens += int64(l.PromptTokens + l.EstimatedCompletionTokens)
		cost += l.EstimatedCost
		if cfg.MaxTokens > 0 && tokens > cfg.MaxTokens || cfg.MaxCost > 0 && cost > cfg.MaxCost {
			return lines[:i], lines[i:]
		}
	}
	return lines, nil
}

// groupLines splits the requests into batches within the API's limits.
func groupLines(lines []plannedLine) [][]plannedLine {
	var out [][]plannedLine
	var cur []plannedLine
	size := 0
	for _, l := range lines {
		if len(cur) > 0 && (len(cur) == llm.MaxBatchRequests || size+l.n+1 > llm.MaxBatchBytes) {
			out = append(out, cur)
			cur, size = nil, 0
		}
		cur = append(cur, l)
		size += l.n + 1
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func estimate(lines []plannedLine) (tokens, out int, cost float64, known bool) {
	known = true
	for _, l := range lines {
		tokens += l.PromptTokens
		out += l.EstimatedCompletionTokens
		cost += l.EstimatedCost
		known = known && l.CostKnown
	}
	return
}

func costText(cost float64, known bool) string {
	if !known {
		return "cost unknown (no price for the model)"
	}
	return fmt.Sprintf("about $%.4f at batch prices (synchronous: about $%.4f)", cost, cost/llm.BatchDiscount)
}

// printPlan is --dry-run: the batch input file on standard output, what
// it would cost on standard error.
func (b *llmBatch) printPlan(sp *spool, toSend, withheld []plannedLine, groups [][]plannedLine, cached, answered, pending int) error {
	w := bufio.NewWriter(b.sio.Out)
	for _, l := range toSend {
		data, err := sp.read(l)
		if err != nil {
			return usagef("--llm-batch: %v", err)
		}
		w.Write(data)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return usagef("writing the plan: %v", err)
	}
	tokens, out, cost, known := estimate(toSend)
	fmt.Fprintf(b.sio.Err, "dry run: %d request(s) would be uploaded in %d batch(es) to %s for %s (%d answered from the cache, %d by earlier batches, %d in batches still running%s) · %d prompt tokens, about %d completion tokens · %s\n",
		len(toSend), len(groups), b.lr.client.Config().BaseURL, b.lr.client.Model(), cached, answered, pending, overBudget(len(withheld)), tokens, out, costText(cost, known))
	return &exitError{ExitOK}
}

// submit uploads one group as a batch and keeps its state. A Ctrl-C while
// the batch is being created does not lose it: creation finishes first.
func (b *llmBatch) submit(ctx context.Context, sp *spool, g []plannedLine, i, n int) (*batchState, error) {
	var data bytes.Buffer
	st := &batchState{Endpoint: b.lr.client.Config().BaseURL, Model: b.lr.client.Model()}
	for _, l := range g {
		line, err := sp.read(l)
		if err != nil {
			return nil, usagef("--llm-batch: %v", err)
		}
		data.Write(line)
		data.WriteByte('\n')
		st.Requests = append(st.Requests, batchRequest{CustomID: l.CustomID, Key: l.Key})
	}
	if ctx.Err() != nil {
		b.say("interrupted before the batch was sent; nothing was sent")
		return nil, &exitError{ExitInterrupted}
	}
	tokens, out, cost, known := estimate(g)
	b.say("submitting batch %d of %d: %d request(s), %d prompt tokens, about %d completion tokens, %s", i, n, len(g), tokens, out, costText(cost, known))
	info, err := b.lr.client.SubmitBatch(context.WithoutCancel(ctx), fmt.Sprintf("mtcheck-%d-of-%d.jsonl", i, n), data.Bytes(),
		map[string]string{"tool": "mtcheck", "version": versionString(), "requests": fmt.Sprint(len(g))})
	if err != nil {
		return nil, b.providerFailed(ctx, err)
	}
	st.ID, st.Created = info.ID, time.Now().UTC()
	st.update(info)
	if err := b.store.save(st); err != nil {
		b.say("batch %s was created, but its state could not be kept (%v): pick it up with --llm-batch-id %s", st.ID, err, st.ID)
		return nil, usagef("--llm-batch: %v", err)
	}
	b.say("batch %s submitted; state in %s", st.ID, b.store.path(st.ID))
	return st, nil
}

// waitFor polls the batches until they end, saying how they go.
func (b *llmBatch) waitFor(ctx context.Context, states []*batchState) error {
	if b.wait > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, b.wait)
		defer cancel()
	}
	delay := b.poll
	for {
		running := 0
		for _, st := range states {
			if st.ended() {
				continue
			}
			info, err := b.lr.client.Batch(ctx, st.ID)
			if ctx.Err() != nil {
				return b.stopped(states)
			}
			if err != nil {
				return b.providerFailed(ctx, err)
			}
			if st.update(info) {
				if err := b.store.save(st); err != nil {
					return usagef("--llm-batch: %v", err)
				}
				b.say("batch %s: %s", st.ID, st.progress())
			}
			if !st.ended() {
				running++
			}
		}
		if running == 0 {
			return nil
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return b.stopped(states)
		case <-t.C:
		}
		delay = min(delay*3/2, max(b.poll, time.Minute))
	}
}

// stopped tells how to pick up the batches left running.
func (b *llmBatch) stopped(states []*batchState) error {
	why := "interrupted"
	if b.wait > 0 {
		why = fmt.Sprintf("stopped waiting after %s", b.wait)
	}
	var ids []string
	for _, st := range states {
		if !st.ended() {
			b.say("%s: batch %s keeps running at the provider (%s)", why, st.ID, st.progress())
			ids = append(ids, st.ID)
		}
	}
	b.say("run the same command again to pick up the answers (the batches' state is in %s), or add --llm-batch-id %s on another machine",
		b.store.dir, strings.Join(ids, " --llm-batch-id "))
	return &exitError{ExitInterrupted}
}

// download fetches the answers of the ended batches and indexes them.
func (b *llmBatch) download(ctx context.Context, states []*batchState, answers *llm.BatchAnswers) error {
	for _, st := range states {
		if !st.ended() {
			continue
		}
		if !st.Downloaded {
			for _, f := range []struct{ id, path string }{{st.OutputFileID, b.store.output(st.ID)}, {st.ErrorFileID, b.store.errors(st.ID)}} {
				if f.id == "" {
					continue
				}
				if err := b.lr.client.DownloadFile(ctx, f.id, f.path); err != nil {
					if ctx.Err() != nil {
						b.say("interrupted while downloading the answers of batch %s; run the same command again to go on", st.ID)
						return &exitError{ExitInterrupted}
					}
					return b.providerFailed(ctx, err)
				}
			}
			st.Downloaded = true
			if err := b.store.save(st); err != nil {
				return usagef("--llm-batch: %v", err)
			}
		}
		for _, p := range []string{b.store.output(st.ID), b.store.errors(st.ID)} {
			if _, err := answers.Read(st.ID, p); err != nil && !errors.Is(err, os.ErrNotExist) {
				return usagef("--llm-batch: %v", err)
			}
		}
	}
	return nil
}

// providerFailed ends the run on an endpoint failure: exit 3, and the
// batches already created keep running.
func (b *llmBatch) providerFailed(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		b.say("interrupted; the batches already submitted keep running: run the same command again to pick them up")
		return &exitError{ExitInterrupted}
	}
	b.say("%v", err)
	b.say("the batches already submitted keep running at the provider (state in %s): run the same command again to pick them up", b.store.dir)
	return &exitError{ExitProvider}
}

// finish closes the answers and, when the run used them to the end,
// removes the states of the batches it used up.
func (b *llmBatch) finish(ctx context.Context) {
	if b.answers != nil {
		b.answers.Close()
	}
	if ctx.Err() != nil || b.lr.failed() != nil {
		return
	}
	for _, id := range b.cleanup {
		b.store.remove(id)
	}
}
