package synth

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/internal/cli"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	openai "github.com/sashabaranov/go-openai"
)

var llmArticles = flag.Int("llm-articles", 200, "articles in BenchmarkLLMReview's corpus")

// BenchmarkLLMReview is `mtcheck check --llm --llm-concurrency 8 --no-cache`
// over 200 generated articles (-llm-articles N) against a fake endpoint that answers every
// request in 200 ms, for --llm-review flagged and all, and for the same
// articles as one TSV segment corpus. It reports the
// requests, the ideal wall time (requests ÷ 8 × 0.2 s), the measured wall
// time over the ideal (the target is at most 1.2), and the prompt tokens
// per 1,000 article words (counted with the o200k tokenizer, as OpenAI
// counts them). Run it alone, once:
//
//	go test -run '^$' -bench LLMReview -benchtime 1x ./internal/synth
func BenchmarkLLMReview(b *testing.B) {
	const concurrency, delay = 8, 200 * time.Millisecond
	articles := *llmArticles
	dir := b.TempDir()
	if _, _, err := Write(dir, Options{Articles: articles, Sentences: 30, ErrorRate: 0.08, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	// The same articles as one segment corpus (a TSV row per sentence, the
	// doc column grouping them), which must not be reviewed one document
	// at a time.
	var tsv strings.Builder
	tsv.WriteString("doc\tid\ttarget\treference\n")
	for i := 0; i < articles; i++ {
		a := Generate(i, Options{Sentences: 30, ErrorRate: 0.08, Seed: 1})
		refs := strings.Split(strings.TrimSpace(a.Ref), "\n\n")
		for k, t := range strings.Split(strings.TrimSpace(a.Text), "\n\n") {
			fmt.Fprintf(&tsv, "%s\t%d\t%s\t%s\n", a.Name, k+1, t, refs[k])
		}
	}
	tsvPath := filepath.Join(b.TempDir(), "corpus.tsv")
	if err := os.WriteFile(tsvPath, []byte(tsv.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	srv := llmtest.New()
	defer srv.Close()
	srv.CountTokens = func(s string) int { return llm.CountTokens("gpt-4.1-mini", s) }
	rules := &llmtest.Rules{}
	srv.Respond = func(req *openai.ChatCompletionRequest) llmtest.Reply {
		r := rules.Respond(req)
		r.Delay = delay
		return r
	}
	env := map[string]string{"OPENAI_API_KEY": "sk-bench"}
	sio := cli.IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard, Getenv: func(k string) string { return env[k] }}
	for _, bc := range []struct{ name, mode, input string }{{"flagged", "flagged", dir}, {"all", "all", dir}, {"flagged-tsv", "flagged", tsvPath}} {
		mode := bc.mode
		b.Run(bc.name, func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "report.json")
			for i := 0; i < b.N; i++ {
				srv.Reset()
				start := time.Now()
				code := cli.Main(context.Background(), []string{"mtcheck", "check", "--llm", "--llm-review", mode, "--no-cache",
					"--llm-concurrency", fmt.Sprint(concurrency), "--base-url", srv.URL, "--format", "json", "-o", out, bc.input}, sio)
				wall := time.Since(start)
				if code != 0 {
					b.Fatalf("exit %d", code)
				}
				var rep struct {
					Summary struct{ Words int } `json:"summary"`
					LLM     struct {
						Usage struct {
							Requests     int   `json:"requests"`
							PromptTokens int64 `json:"prompt_tokens"`
						} `json:"usage"`
					} `json:"llm"`
				}
				data, err := os.ReadFile(out)
				if err != nil {
					b.Fatal(err)
				}
				if err := json.Unmarshal(data, &rep); err != nil {
					b.Fatal(err)
				}
				reqs := len(srv.Requests())
				if reqs != rep.LLM.Usage.Requests || reqs == 0 {
					b.Fatalf("the server got %d requests, the report says %d", reqs, rep.LLM.Usage.Requests)
				}
				ideal := float64(reqs) / concurrency * delay.Seconds()
				b.ReportMetric(float64(reqs), "requests")
				b.ReportMetric(ideal, "ideal-s")
				b.ReportMetric(wall.Seconds(), "wall-s")
				b.ReportMetric(wall.Seconds()/ideal, "wall/ideal")
				b.ReportMetric(float64(rep.LLM.Usage.PromptTokens)*1000/float64(rep.Summary.Words), "prompt-tokens/1k-words")
			}
		})
	}
}
