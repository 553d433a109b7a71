package cli

import (
	"context"
	"sync"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/report"
)

// reviewFunc is checkRun.review.
type reviewFunc = func(ctx context.Context, in check.Input, res *check.Result) (*report.LLMUsage, error)

// slots bounds how many goroutines do a kind of work at once.
type slots chan struct{}

func (s slots) acquire() {
	if s != nil {
		s <- struct{}{}
	}
}

func (s slots) release() {
	if s != nil {
		<-s
	}
}

// poolSize is how many inputs are in progress at once. Offline checking is
// CPU work, bounded by -j (r.cpu); an LLM review is mostly waiting for the
// endpoint. So that the LLM's concurrency limit, not the number of CPUs,
// bounds the requests in flight, a run with a reviewer keeps twice as many
// inputs in progress as requests may be in flight: while some wait for
// answers, others are being checked and sent.
func (r *checkRun) poolSize(cpu int) int {
	if r.review == nil || r.llmInFlight <= 0 {
		return cpu
	}
	return max(cpu, 2*r.llmInFlight)
}

// eachDoc runs one(i) for the n documents of a segment corpus file. Without
// a reviewer it goes in order and stops at the first failure (one returns
// false). With one, the documents are reviewed at once, up to poolSize, so
// that a corpus in one file does not wait for its answers one document at a
// time; the caller holds a CPU slot, given up while they run.
func (r *checkRun) eachDoc(n int, one func(i int) bool) {
	if r.review == nil || n < 2 {
		for i := 0; i < n; i++ {
			if !one(i) {
				return
			}
		}
		return
	}
	r.cpu.release()
	defer r.cpu.acquire()
	lim := make(slots, r.poolSize(cap(r.cpu)))
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		lim.acquire()
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer lim.release()
			r.cpu.acquire()
			defer r.cpu.release()
			one(i)
		}()
	}
	wg.Wait()
}

// eachInput checks the run's inputs as runBatch does (the same shard, the
// results in the --resume file reused) with review as the reviewer, and
// keeps no result: the planning pass of --llm-batch. It returns the
// context's error if the run was interrupted.
func (r *checkRun) eachInput(ctx context.Context, args []string, review reviewFunc) error {
	jobs, err := r.jobs(args)
	if err != nil {
		return err
	}
	saved := r.review
	r.review = review
	defer func() { r.review = saved }()
	settings := r.settingsHash()
	var jr *journal
	if r.cfg.resume != "" {
		if jr, err = openJournal(r.cfg.resume, settings, r.warn); err != nil {
			return err
		}
		defer jr.close()
	}
	r.cpu = make(slots, r.cfg.workers())
	todo := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < r.cfg.workers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range todo {
				r.runJob(ctx, jobs[i], jr, settings)
			}
		}()
	}
	for i := range jobs {
		if ctx.Err() != nil {
			break
		}
		todo <- i
	}
	close(todo)
	wg.Wait()
	return ctx.Err()
}

// proposals adds the correction proposals of the HTML report to f. The
// LLM's fixer may be asked: the CPU slot is given up meanwhile, and what it
// uses counts in the file's LLM usage.
func (r *checkRun) proposals(ctx context.Context, in check.Input, res *check.Result, f *report.File) {
	if r.llm == nil {
		r.addProposals(ctx, in, res, f)
		return
	}
	ctx, t := llm.Track(ctx)
	r.cpu.release()
	r.addProposals(ctx, in, res, f)
	r.cpu.acquire()
	if f.LLM == nil {
		f.LLM = &report.LLMUsage{}
	}
	f.LLM.Add(usageReport(t.Usage(), r.llm.client.Usage().CostKnown))
}
