package cli

import (
	"fmt"
	"math"
	"sync/atomic"
	"time"

	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress is the bar on standard error: inputs done of all, sentences,
// flagged, LLM tokens and cost when an LLM is used, and the time left.
type progress struct {
	p                  *mpb.Progress
	bar                *mpb.Bar
	sentences, flagged atomic.Int64
	tokens, costMicro  atomic.Int64
	hasLLM             atomic.Bool
}

// newProgress starts a bar for total inputs, or returns nil: the bar is
// drawn only when standard error is a terminal and the report is not itself
// being printed on a terminal as it goes.
func newProgress(sio IO, cfg *checkConfig, total int) *progress {
	if cfg.noProg || total == 0 || !sio.isTerminal(sio.Err) || sio.getenv("TERM") == "dumb" {
		return nil
	}
	streaming := cfg.format == "text" || cfg.format == "jsonl" || cfg.format == "github"
	if streaming && cfg.output == "" && sio.isTerminal(sio.Out) {
		return nil
	}
	pr := &progress{p: mpb.New(mpb.WithOutput(sio.Err), mpb.WithWidth(100), mpb.WithRefreshRate(150*time.Millisecond), mpb.WithAutoRefresh())}
	pr.bar = pr.p.AddBar(int64(total), mpb.BarWidth(20),
		mpb.PrependDecorators(decor.Name("files "), decor.CountersNoUnit("%d/%d")),
		mpb.AppendDecorators(decor.Any(func(decor.Statistics) string { return pr.line() }), decor.Name(" ETA "),
			decor.AverageETA(decor.ET_STYLE_GO)))
	return pr
}

func (pr *progress) line() string {
	s, f := pr.sentences.Load(), pr.flagged.Load()
	pct := 0.0
	if s > 0 {
		pct = 100 * float64(f) / float64(s)
	}
	out := fmt.Sprintf(" %d sentences, %d flagged (%.1f%%)", s, f, pct)
	if pr.hasLLM.Load() {
		out += fmt.Sprintf(", LLM %s tokens $%.2f", shortCount(pr.tokens.Load()), float64(pr.costMicro.Load())/1e6)
	}
	return out
}

// file counts one checked document.
func (pr *progress) file(f *report.File) {
	if pr == nil {
		return
	}
	pr.sentences.Add(int64(len(f.Sentences)))
	pr.flagged.Add(int64(f.Flagged))
	if f.LLM != nil {
		pr.hasLLM.Store(true)
		pr.tokens.Add(f.LLM.PromptTokens + f.LLM.CompletionTokens)
		if f.LLM.CostUSD != nil {
			pr.costMicro.Add(int64(math.Round(*f.LLM.CostUSD * 1e6)))
		}
	}
}

// input counts one input done (a file, or a corpus file of many documents).
func (pr *progress) input() {
	if pr != nil {
		pr.bar.Increment()
	}
}

// stop draws the last state and removes nothing: the bar stays as a record.
func (pr *progress) stop() {
	if pr == nil {
		return
	}
	if !pr.bar.Completed() {
		pr.bar.Abort(false)
	}
	pr.p.Wait()
}

func shortCount(n int64) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%.1fM", float64(n)/1e6)
	case n >= 1e4:
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}
