package review

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/prompts"
)

// Detector is the Detector of every finding the LLM makes; CheckID is their
// check ID.
const (
	Detector = "llm"
	CheckID  = "llm-review"
)

// Review modes: which sentences the reviewer sees.
const (
	All     = "all"
	Flagged = "flagged"
)

// DefaultChunkTokens bounds the sentence data of one request, counted
// offline with the model's tokenizer.
const DefaultChunkTokens = 2500

// Runner sends an article's sentences to the model.
type Runner struct {
	Client  *llm.Client
	Prompts *prompts.Set
	// Mode is All or Flagged (the default).
	Mode string
	// ChunkTokens bounds each request's sentence data.
	ChunkTokens int
	// OnFix, when set, receives each correction as its answer arrives, so
	// a caller can show it at once (Fix still returns them all). Calls are
	// serialised.
	OnFix func(Fix)
	// OnDone, when set, is told the sentences of each request as it is
	// finished with (answered, failed or given up), for progress. Calls
	// may come from several goroutines at once.
	OnDone func(sentences []int)
}

// ChunkError is a chunk whose sentences got no usable answer.
type ChunkError struct {
	Sentences []int
	Err       error
}

// Outcome is what a pass over an article produced.
type Outcome struct {
	Findings []check.Finding
	// Reviewed counts the sentences answered; Confirmed the LLM findings
	// that repeat an offline finding (not added twice); Dropped the spans
	// not found in their sentence; Ignored the answers about sentences not
	// asked about.
	Reviewed, Confirmed, Dropped, Ignored int
	Errors                                []ChunkError
	// Requests counts the chunks sent (after splitting).
	Requests int
}

// Warnings describes the chunk errors and dropped answers for the report,
// one line each.
func (o *Outcome) Warnings(doc *check.Document, what string) []string {
	var out []string
	for _, e := range o.Errors {
		first, last := doc.Sentences[e.Sentences[0]], doc.Sentences[e.Sentences[len(e.Sentences)-1]]
		where := fmt.Sprintf("sentence %d (line %d)", first.Index+1, first.Line)
		if first != last {
			where = fmt.Sprintf("sentences %d-%d (lines %d-%d)", first.Index+1, last.Index+1, first.Line, last.Line)
		}
		out = append(out, fmt.Sprintf("llm-error: %s not %s: %v", where, what, e.Err))
	}
	if o.Dropped > 0 {
		out = append(out, fmt.Sprintf("llm: %d span(s) quoted by the model were not found in their sentence and were dropped", o.Dropped))
	}
	if o.Ignored > 0 {
		out = append(out, fmt.Sprintf("llm: %d answer(s) about sentences that were not asked about were ignored", o.Ignored))
	}
	return out
}

// Select lists the sentences the reviewer sees in a mode.
func Select(res *check.Result, mode string) []int {
	var out []int
	for i, s := range res.Sentences {
		if mode == All || s.Flagged {
			out = append(out, i)
		}
	}
	return out
}

// Review asks the model to annotate the chosen sentences. A provider
// failure ends the pass with the error (the run cannot go on); a bad or cut
// off answer costs only its chunk, reported in Outcome.Errors; a
// cancelled context returns what was done with the context's error.
func (r *Runner) Review(ctx context.Context, in check.Input, res *check.Result) (*Outcome, error) {
	p, err := r.Prompts.Get(prompts.Reviewer)
	if err != nil {
		return nil, err
	}
	mode := r.Mode
	if mode == "" {
		mode = Flagged
	}
	sel := Select(res, mode)
	items := r.items(in, res, sel, false)
	out := &Outcome{}
	var mu sync.Mutex
	err = r.run(ctx, p, in, items, out, func(it []prompts.Item, answer []byte) {
		var a reviewAnswer
		_ = json.Unmarshal(answer, &a) // validated already
		mu.Lock()
		defer mu.Unlock()
		asked := ids(it)
		seen := map[int]bool{}
		for _, s := range a.Sentences {
			i, ok := asked[s.ID]
			if !ok {
				out.Ignored++
				continue
			}
			if seen[s.ID] {
				continue
			}
			seen[s.ID] = true
			out.Reviewed++
			var confirmed []check.Finding
			for _, e := range s.Errors {
				f, ok := r.locate(in.Article, res, i, e)
				if !ok {
					out.Dropped++
					continue
				}
				if overlapsOffline(res.Sentences[i].Findings, f) {
					out.Confirmed++
					confirmed = append(confirmed, f)
					continue
				}
				out.Findings = append(out.Findings, f)
			}
			// The reviewer's verdict on the sentence enters its score.
			res.NoteReview(i, confirmed)
		}
	})
	sort.SliceStable(out.Findings, func(i, j int) bool { return out.Findings[i].Start < out.Findings[j].Start })
	return out, err
}

type reviewAnswer struct {
	Sentences []struct {
		ID     int          `json:"id"`
		Errors []annotation `json:"errors"`
	} `json:"sentences"`
}

type annotation struct {
	Span        string `json:"span"`
	Category    string `json:"category"`
	Severity    string `json:"severity"`
	Explanation string `json:"explanation"`
}

func overlapsOffline(fs []check.Finding, f check.Finding) bool {
	for _, g := range fs {
		if g.Detector == Detector {
			continue
		}
		if g.Start < f.End && f.Start < g.End || g.Start == f.Start && g.End == f.End {
			return true
		}
	}
	return false
}

// locate turns an annotation into a finding with offsets in the file.
func (r *Runner) locate(doc *check.Document, res *check.Result, i int, e annotation) (check.Finding, bool) {
	s := doc.Sentences[i]
	disp := doc.Display(s.Start, s.End)
	ds, de, ok := Find(disp, e.Span)
	if !ok {
		return check.Finding{}, false
	}
	m := doc.DisplayMap(s.Start, s.End)
	sev, err := check.ParseSeverity(e.Severity)
	if err != nil {
		sev = check.Minor
	}
	msg := strings.TrimSpace(e.Explanation)
	if msg == "" {
		msg = "the model marks this span as an error"
	}
	return check.Finding{Check: CheckID, Category: e.Category, Severity: sev, Sentence: i, Start: m[ds], End: m[de],
		Message: msg, Evidence: res.Sentences[i].Passage, Detector: Detector}, true
}

// Fix is a corrected sentence the fixer proposes.
type Fix struct {
	Sentence    int
	Corrected   string
	Explanation string
	Confidence  float64
}

// Fix asks the model to correct the given sentences, using their findings.
func (r *Runner) Fix(ctx context.Context, in check.Input, res *check.Result, sentences []int) ([]Fix, *Outcome, error) {
	p, err := r.Prompts.Get(prompts.Fixer)
	if err != nil {
		return nil, nil, err
	}
	items := r.items(in, res, sentences, true)
	out := &Outcome{}
	var fixes []Fix
	var mu sync.Mutex
	err = r.run(ctx, p, in, items, out, func(it []prompts.Item, answer []byte) {
		var a struct {
			Fixes []struct {
				ID          int     `json:"id"`
				Corrected   string  `json:"corrected"`
				Explanation string  `json:"explanation"`
				Confidence  float64 `json:"confidence"`
			} `json:"fixes"`
		}
		_ = json.Unmarshal(answer, &a)
		mu.Lock()
		defer mu.Unlock()
		asked := ids(it)
		seen := map[int]bool{}
		for _, f := range a.Fixes {
			i, ok := asked[f.ID]
			if !ok {
				out.Ignored++
				continue
			}
			if seen[f.ID] {
				continue
			}
			seen[f.ID] = true
			out.Reviewed++
			c := strings.Join(strings.Fields(f.Corrected), " ")
			if c == "" || c == in.Article.Sentences[i].Text {
				continue
			}
			fx := Fix{Sentence: i, Corrected: c, Explanation: strings.TrimSpace(f.Explanation),
				Confidence: min(1, max(0, f.Confidence))}
			fixes = append(fixes, fx)
			if r.OnFix != nil {
				r.OnFix(fx)
			}
		}
	})
	sort.Slice(fixes, func(i, j int) bool { return fixes[i].Sentence < fixes[j].Sentence })
	return fixes, out, err
}

func ids(items []prompts.Item) map[int]int {
	m := map[int]int{}
	for _, it := range items {
		m[it.ID] = it.ID - 1
	}
	return m
}

// run sends the items in chunks, concurrently (the client bounds how many
// are in flight), and hands each validated answer to use.
func (r *Runner) run(ctx context.Context, p *prompts.Prompt, in check.Input, items []prompts.Item, out *Outcome, use func([]prompts.Item, []byte)) error {
	if len(items) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		fatal    error
		chunkErr = func(it []prompts.Item, err error) {
			var ss []int
			for _, x := range it {
				ss = append(ss, x.ID-1)
			}
			mu.Lock()
			out.Errors = append(out.Errors, ChunkError{ss, err})
			mu.Unlock()
		}
	)
	var do func(it []prompts.Item, label string)
	do = func(it []prompts.Item, label string) {
		defer wg.Done()
		split := false
		defer func() {
			if r.OnDone != nil && !split {
				var ss []int
				for _, x := range it {
					ss = append(ss, x.ID-1)
				}
				r.OnDone(ss)
			}
		}()
		req, err := r.request(p, in, it)
		if err != nil {
			chunkErr(it, err)
			return
		}
		req.Label = label
		mu.Lock()
		out.Requests++
		mu.Unlock()
		a, err := r.Client.Do(ctx, req)
		var be *llm.BudgetError
		var ae *llm.AnswerError
		var pe *llm.ProviderError
		switch {
		case err == nil:
			use(it, a.JSON)
		case errors.Is(err, llm.ErrTruncated) && len(it) > 1:
			// The answer did not fit: ask about each half.
			split = true
			h := len(it) / 2
			wg.Add(2)
			go do(it[:h], label+".1")
			go do(it[h:], label+".2")
		case errors.Is(err, llm.ErrTruncated):
			chunkErr(it, errors.New("the answer was cut off at the output token limit even for one sentence (raise llm.max_output_tokens)"))
		case errors.Is(err, llm.ErrDryRun):
		case errors.As(err, &be), errors.As(err, &ae):
			chunkErr(it, err)
		case errors.As(err, &pe):
			mu.Lock()
			if fatal == nil {
				fatal = err
			}
			mu.Unlock()
			cancel()
		default:
			if ctx.Err() == nil {
				chunkErr(it, err)
			}
		}
	}
	for i, ch := range r.chunks(items) {
		wg.Add(1)
		// The label names the request in a batch: the article and chunk.
		go do(ch, fmt.Sprintf("%s#%d", in.Article.Name, i+1))
	}
	wg.Wait()
	sort.Slice(out.Errors, func(i, j int) bool { return out.Errors[i].Sentences[0] < out.Errors[j].Sentences[0] })
	if fatal != nil {
		return fatal
	}
	return context.Cause(ctx)
}

func (r *Runner) request(p *prompts.Prompt, in check.Input, items []prompts.Item) (llm.Request, error) {
	data := &prompts.Data{Article: in.Article.Name, Items: items, Glossary: glossaryLines(in.Glossary), HasSource: in.Source != nil}
	m, err := p.Render(data)
	if err != nil {
		return llm.Request{}, err
	}
	return llm.Request{Prompt: p.Name, Version: p.Version, System: m.System, User: m.User, Schema: p.Schema,
		Validate: p.Validate}, nil
}

// chunks packs consecutive items into requests of at most ChunkTokens of
// sentence data; an item larger than that goes alone.
func (r *Runner) chunks(items []prompts.Item) [][]prompts.Item {
	budget := r.ChunkTokens
	if budget <= 0 {
		budget = DefaultChunkTokens
	}
	var out [][]prompts.Item
	var cur []prompts.Item
	used := 0
	for _, it := range items {
		b, _ := json.Marshal(it)
		n := r.Client.CountTokens(string(b))
		if len(cur) > 0 && used+n > budget {
			out = append(out, cur)
			cur, used = nil, 0
		}
		cur = append(cur, it)
		used += n
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
