package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/report"
)

// job is one input of the run, with its place in the full list of inputs.
type job struct {
	seq int
	it  corpus.Item
}

// jobResult is what checking an input gave: a record per document (or an
// error record), and whether they were reused from the --resume journal.
type jobResult struct {
	idx    int
	recs   []*report.Record
	reused bool
	// stop ends the run with this exit code (a failure no other input can
	// avoid, such as an LLM provider that keeps failing).
	stop error
}

// exitCoder is an error that ends a whole run with its own exit code; a
// review hook returns one when going on would be pointless.
type exitCoder interface{ ExitCode() int }

// runBatch checks the inputs with a pool of workers and hands the results
// to the report in input order, whatever the number of workers: a result
// waits until every earlier one is out, and at most a few results per
// worker wait, so memory does not grow with the corpus.
func (r *checkRun) runBatch(ctx context.Context, args []string) error {
	cfg := r.cfg
	jobs, err := r.jobs(args)
	if err != nil {
		return err
	}
	settings := r.settingsHash()
	var jr *journal
	if cfg.resume != "" {
		if jr, err = openJournal(cfg.resume, settings, r.warn); err != nil {
			return err
		}
		defer jr.close()
	}
	sk, err := newSink(r.sio, cfg, len(jobs))
	if err != nil {
		return err
	}

	if len(jobs) > 1 && r.sio.getenv("GOGC") == "" && r.sio.getenv("GOMEMLIMIT") == "" {
		// Live memory does not grow with the corpus, so collecting garbage
		// less often buys CPU cheaply; the soft limit makes the collector
		// work harder before the heap passes 256 MiB.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(256 << 20))
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r.cpu = make(slots, cfg.workers())
	workers := r.poolSize(cfg.workers())
	window := make(chan struct{}, 4*workers)
	todo := make(chan int)
	results := make(chan *jobResult)
	go func() {
		defer close(todo)
		for i := range jobs {
			// select picks at random among ready cases: without this
			// check an interrupted run could still start an input.
			if ctx.Err() != nil {
				return
			}
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case todo <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range todo {
				res := r.runJob(ctx, jobs[i], jr, settings)
				res.idx = i
				results <- res
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]*jobResult{}
	next := 0
	var stop error
	for res := range results {
		pending[res.idx] = res
		for {
			p, ok := pending[next]
			if !ok || stop != nil {
				break
			}
			delete(pending, next)
			if p.stop != nil {
				stop = p.stop
				cancel()
				break
			}
			for _, rec := range p.recs {
				if !p.reused && !cfg.dryRun && !llmUnfinished(rec) {
					if err := jr.append(rec); err != nil {
						stop = usagef("--resume %s: %v", cfg.resume, err)
						cancel()
					}
				}
				sk.add(rec)
			}
			sk.prog.input()
			next++
			<-window
		}
	}
	interrupted := next < len(jobs)
	sk.annotate = r.annotate
	ferr := sk.finish()
	if stop != nil {
		return stop
	}
	var ee *exitError
	if interrupted && !(errors.As(ferr, &ee) && ee.code == ExitInterrupted) {
		hint := ""
		if cfg.resume != "" {
			hint = fmt.Sprintf("; run the same command again to go on from where it stopped (--resume %s)", cfg.resume)
		}
		fmt.Fprintf(r.sio.Err, "mtcheck: interrupted: %d of %d inputs checked, and reported%s\n", next, len(jobs), hint)
		return &exitError{ExitInterrupted}
	}
	return ferr
}

// llmUnfinished reports a result whose LLM review did not finish (an
// interruption, the budget, a provider failure, an unusable answer: each
// leaves an llm-error warning). It is reported but not kept for --resume,
// so the next run reviews the article again.
func llmUnfinished(rec *report.Record) bool {
	if rec.File == nil {
		return false
	}
	for _, w := range rec.File.Warnings {
		if strings.HasPrefix(w, "llm-error:") {
			return true
		}
	}
	return false
}

// jobs are the run's inputs, less those of other shards.
func (r *checkRun) jobs(args []string) ([]job, error) {
	items, err := r.inputs(args)
	if err != nil {
		return nil, err
	}
	var jobs []job
	for i, it := range items {
		if r.cfg.shard.owns(inputPath(it)) {
			jobs = append(jobs, job{i, it})
		}
	}
	return jobs, nil
}

func (r *checkRun) warn(msg string) { fmt.Fprintf(r.sio.Err, "mtcheck: warning: %s\n", msg) }

// inputs lists the run's inputs: the manifest's, then the arguments'.
func (r *checkRun) inputs(args []string) ([]corpus.Item, error) {
	cfg := r.cfg
	var items []corpus.Item
	if cfg.manifest != "" {
		m, err := r.rd.ReadManifest(cfg.manifest)
		if err != nil {
			return nil, usagef("manifest %v", err)
		}
		items = m
	}
	skip := append([]string{cfg.output, cfg.resume, cfg.sumCSV, cfg.sumMD, cfg.baseline, cfg.manifest, cfg.glossary, cfg.source}, cfg.refs...)
	items = append(items, corpus.Discover(args, corpus.DiscoverOptions{Pair: cfg.pair, NoPairing: len(cfg.refs) > 0 || cfg.source != "",
		Exclude: cfg.exclude, Skip: skip})...)
	return items, nil
}

func inputPath(it corpus.Item) string { return corpus.DisplayName(it.Path) }

// settingsHash identifies everything besides an input's own files that
// decides its result, so --resume never reuses a result made differently.
func (r *checkRun) settingsHash() string {
	h := sha256.New()
	type rule struct{ Check, Path, Text string }
	var rules []rule
	for _, ig := range r.cfg.ignore {
		rules = append(rules, rule{ig.Check, ig.Path, ig.Text})
	}
	json.NewEncoder(h).Encode(struct {
		Version string
		Opts    check.Options
		Ignore  []rule
		Refs    []string
		Source  string
		Review  bool
		LLM     string
	}{versionString(), r.cfg.opts, rules, r.refNames, r.sourceName, r.review != nil, r.llmSignature})
	for _, d := range r.shared.Refs {
		h.Write([]byte(d.Text))
	}
	if r.shared.Source != nil {
		h.Write([]byte(r.shared.Source.Text))
	}
	if g := r.shared.Glossary; g != nil {
		json.NewEncoder(h).Encode(g)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// runJob checks one input, or takes its results from the journal.
func (r *checkRun) runJob(ctx context.Context, j job, jr *journal, settings string) *jobResult {
	r.cpu.acquire()
	defer r.cpu.release()
	it := j.it
	name := inputPath(it)
	fail := func(path, msg string) *jobResult {
		return &jobResult{recs: []*report.Record{{Type: "error", Seq: j.seq, Input: &report.InputKey{Path: name, Part: 1, Parts: 1},
			Error: &report.FileError{Path: path, Message: msg}}}}
	}
	if it.Err != nil {
		return fail(name, errMsg(it.Err))
	}
	text, err := r.rd.ReadText(it.Path)
	if err != nil {
		return fail(name, errMsg(err))
	}
	h := sha256.New()
	h.Write([]byte(text))
	var refTexts []string
	var srcText string
	if it.Kind == corpus.Text {
		for _, p := range it.Refs {
			t, err := r.rd.ReadText(p)
			if err != nil {
				return fail(name, "reference "+err.Error())
			}
			refTexts = append(refTexts, t)
			hashPart(h, p, t)
		}
		if it.Source != "" {
			if srcText, err = r.rd.ReadText(it.Source); err != nil {
				return fail(name, "source "+err.Error())
			}
			hashPart(h, it.Source, srcText)
		}
	}
	sum := hex.EncodeToString(h.Sum(nil))
	if recs, err := jr.lookup(name, sum); err != nil {
		return fail(name, fmt.Sprintf("reading %s: %v", r.cfg.resume, err))
	} else if recs != nil {
		for _, rec := range recs {
			rec.Seq = j.seq
		}
		return &jobResult{recs: recs, reused: true}
	}
	record := func(f *report.File, part, parts int) *report.Record {
		f.SetFingerprints()
		return &report.Record{Type: "file", Seq: j.seq, Input: &report.InputKey{Path: name, SHA256: sum, Part: part, Parts: parts},
			Settings: settings, File: f}
	}
	reviewErr := func(err error) *jobResult {
		var ec exitCoder
		if errors.As(err, &ec) {
			return &jobResult{stop: err}
		}
		return fail(name, err.Error())
	}
	if it.Kind != corpus.Text {
		sf, err := corpus.ParseSegments(it.Path, text, it.Kind)
		if err != nil {
			return fail(name, errMsg(err))
		}
		recs := make([]*report.Record, len(sf.Docs))
		failed := make([]*jobResult, len(sf.Docs))
		r.eachDoc(len(sf.Docs), func(i int) bool {
			d := sf.Docs[i]
			b, err := sf.Build(d)
			if err != nil {
				failed[i] = fail(name, errMsg(err))
				return false
			}
			var refNames []string
			for _, d := range b.Refs {
				refNames = append(refNames, d.Name)
			}
			srcName := ""
			if b.Source != nil {
				srcName = b.Source.Name
			}
			f, err := r.checkArticle(ctx, check.Input{Article: b.Article, Refs: b.Refs, Source: b.Source, Glossary: r.shared.Glossary}, refNames, srcName)
			if err != nil {
				failed[i] = reviewErr(err)
				return false
			}
			remapSegments(f, b, d.ID)
			if i == 0 {
				f.Warnings = append(append([]string{}, sf.Warnings...), f.Warnings...)
			}
			recs[i] = record(f, i+1, len(sf.Docs))
			return true
		})
		for _, f := range failed {
			if f != nil {
				return f
			}
		}
		return &jobResult{recs: recs}
	}
	article, err := corpus.ParseText(name, text, corpus.Article)
	if err != nil {
		return fail(name, errMsg(err))
	}
	in := r.shared
	in.Article = article
	refNames, srcName := r.refNames, r.sourceName
	var warnings []string
	if len(it.Refs) > 0 || it.Source != "" {
		in.Refs, refNames = nil, nil
		for k, p := range it.Refs {
			d, lang, err := corpus.ParseTextLang(corpus.DisplayName(p), refTexts[k], corpus.Reference)
			if err != nil {
				return fail(name, "reference "+err.Error())
			}
			if lang != "" {
				warnings = append(warnings, fmt.Sprintf("reference %s: %s; not used", d.Name, strings.Join(d.Warnings, "; ")))
				continue
			}
			in.Refs = append(in.Refs, d)
			refNames = append(refNames, d.Name)
		}
		if it.Source != "" {
			d, err := corpus.ParseText(corpus.DisplayName(it.Source), srcText, corpus.Source)
			if err != nil {
				return fail(name, "source "+err.Error())
			}
			in.Source, srcName = d, d.Name
		}
	}
	f, err := r.checkArticle(ctx, in, refNames, srcName)
	if err != nil {
		return reviewErr(err)
	}
	f.ID = it.ID
	f.Warnings = append(f.Warnings, warnings...)
	return &jobResult{recs: []*report.Record{record(f, 1, 1)}}
}

func hashPart(h hash.Hash, name, text string) {
	fmt.Fprintf(h, "\x00%s\x00%d\x00", name, len(text))
	h.Write([]byte(text))
}
