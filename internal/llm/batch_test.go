package llm_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	openai "github.com/sashabaranov/go-openai"
)

func labelled(label, user string) llm.Request {
	r := request()
	r.Label, r.User = label, user
	return r
}

// plan collects the batch lines of requests, as a run's planning pass does.
func plan(t *testing.T, c *llm.Client, reqs ...llm.Request) []llm.BatchLine {
	t.Helper()
	var mu sync.Mutex
	var lines []llm.BatchLine
	p := c.Planner(func(l llm.BatchLine) { mu.Lock(); lines = append(lines, l); mu.Unlock() })
	for _, r := range reqs {
		if _, err := p.Do(context.Background(), r); err != nil && !errors.Is(err, llm.ErrDryRun) {
			t.Fatal(err)
		}
	}
	return lines
}

// The whole round: the planner's lines are what Do would send; they run as
// a batch; the client then answers from the batch without sending, at the
// batch price, validates and caches; what the batch could not do goes out
// synchronously.
func TestBatchRound(t *testing.T) {
	f, c := setup(t, func(cfg *llm.Config) { cfg.NoCache = false; cfg.CacheDir = t.TempDir() })
	f.srv.Respond = func(req *openai.ChatCompletionRequest) llmtest.Reply {
		switch u := req.Messages[1].Content; {
		case len(req.Messages) > 2: // a repair
			return llmtest.Reply{Content: `{"ok": false}`, PromptTokens: 200, CompletionTokens: 10}
		case u == "bad":
			return llmtest.Reply{Content: `{"fine": 1}`, PromptTokens: 100, CompletionTokens: 10}
		case u == "long":
			return llmtest.Reply{Content: `{"ok":`, FinishReason: "length", PromptTokens: 100, CompletionTokens: 10}
		case u == "boom":
			return llmtest.Error(500, "server_error", "", "The model had an error processing your request.")
		}
		return llmtest.Reply{Content: `{"ok": true}`, PromptTokens: 1000, CompletionTokens: 100}
	}
	// One request is answered already: the cache keeps it out of the batch.
	if _, err := c.Do(context.Background(), labelled("cached.txt#1", "cached")); err != nil {
		t.Fatal(err)
	}
	f.srv.Reset()
	reqs := []llm.Request{labelled("a.txt#1", "fine"), labelled("a.txt#2", "bad"), labelled("b.txt#1", "long"),
		labelled("b.txt#2", "boom"), labelled("c.txt#1", "cached"), labelled("d.txt#1", "fine")}
	lines := plan(t, c, reqs...)
	if len(f.srv.Requests()) != 0 {
		t.Fatal("the planner sent requests")
	}
	if len(lines) != 5 {
		t.Fatalf("%d lines, want 5 (the cached one left out)", len(lines))
	}
	// A line is the request Do would send, named by label and key.
	var item openai.BatchChatCompletionRequest
	if err := json.Unmarshal(lines[0].Line, &item); err != nil {
		t.Fatal(err)
	}
	if item.Method != "POST" || item.URL != "/v1/chat/completions" || item.Body.Model != "gpt-4.1-mini" || item.Body.Seed == nil ||
		item.Body.ResponseFormat == nil || item.Body.ResponseFormat.Type != "json_schema" || item.Body.Messages[1].Content != "fine" {
		t.Errorf("line %s", lines[0].Line)
	}
	if !strings.HasPrefix(item.CustomID, "a.txt#1@") || llm.KeyOfCustomID(item.CustomID) != llm.ShortKey(lines[0].Key) {
		t.Errorf("custom_id %q, key %s", item.CustomID, lines[0].Key)
	}
	if lines[0].PromptTokens < 10 || lines[0].EstimatedCost <= 0 || !lines[0].CostKnown {
		t.Errorf("estimates %+v", lines[0])
	}
	// The same request twice (a.txt#1 and d.txt#1) makes two lines: the
	// run keeps one of them, as mtcheck check does.
	var data bytes.Buffer
	seen := map[string]bool{}
	for _, l := range lines {
		if seen[l.Key] {
			continue
		}
		seen[l.Key] = true
		data.Write(append(l.Line, '\n'))
	}
	ctx := context.Background()
	b, err := c.SubmitBatch(ctx, "mtcheck.jsonl", data.Bytes(), map[string]string{"tool": "mtcheck"})
	if err != nil {
		t.Fatal(err)
	}
	for !b.Ended() {
		if b, err = c.Batch(ctx, b.ID); err != nil {
			t.Fatal(err)
		}
	}
	if b.Status != "completed" || b.Total != 4 || b.Completed != 3 || b.Failed != 1 {
		t.Fatalf("batch %+v", b)
	}
	dir := t.TempDir()
	a := llm.NewBatchAnswers()
	defer a.Close()
	for _, id := range []string{b.OutputFileID, b.ErrorFileID} {
		p := filepath.Join(dir, id)
		if err := c.DownloadFile(ctx, id, p); err != nil {
			t.Fatal(err)
		}
		if _, err := a.Read(b.ID, p); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range lines {
		a.Expect(l.Key, b.ID, "never answered")
	}
	c.UseBatchAnswers(a)
	before := c.Usage()
	f.srv.Reset()
	ctxA, track := llm.Track(ctx)
	ans, err := c.Do(ctxA, reqs[0])
	if err != nil || string(ans.JSON) != `{"ok": true}` || ans.Cached {
		t.Fatalf("answer %v %v", ans, err)
	}
	u := track.Usage()
	if u.Requests != 1 || u.Batched != 1 || u.PromptTokens != 1000 || math.Abs(u.Cost-(1000*0.40+100*1.60)/1e6*0.5) > 1e-12 {
		t.Errorf("usage of a batch answer: %+v", u)
	}
	// An invalid answer gets its repair request, sent at once.
	if ans, err := c.Do(ctx, reqs[1]); err != nil || string(ans.JSON) != `{"ok": false}` {
		t.Errorf("repaired: %v %v", ans, err)
	}
	// An answer cut off is reported as such, so the caller splits it.
	if _, err := c.Do(ctx, reqs[2]); !errors.Is(err, llm.ErrTruncated) {
		t.Errorf("truncated: %v", err)
	}
	// A request that failed in the batch is not sent again now.
	var be *llm.BatchError
	if _, err := c.Do(ctx, reqs[3]); !errors.As(err, &be) || be.Batch != b.ID || !strings.Contains(err.Error(), "HTTP 500: The model had an error") {
		t.Errorf("failed in the batch: %v", err)
	}
	// The same request again (another file) is answered again, not paid again.
	if ans, err := c.Do(ctx, reqs[5]); err != nil || !ans.Cached {
		t.Errorf("second use: %v %v", ans, err)
	}
	if n := f.srv.Count("POST", "/v1/chat/completions"); n != 1 {
		t.Errorf("%d direct requests, want 1 (the repair)", n)
	}
	after := c.Usage()
	if d := after.Batched - before.Batched; d != 3 {
		t.Errorf("%d batch answers used, want 3", d)
	}
	// A request the batches know nothing of is sent as usual.
	if _, err := c.Do(ctx, labelled("e.txt#1", "new")); err != nil || f.srv.Count("POST", "/v1/chat/completions") != 2 {
		t.Errorf("a follow-up: %v", err)
	}
}

// A batch line's body is, byte for byte, the request Do sends.
func TestBatchLineIsTheRequest(t *testing.T) {
	for _, model := range []string{"gpt-4.1-mini", "o4-mini"} {
		f, c := setup(t, func(cfg *llm.Config) { cfg.Model = model })
		f.srv.Enqueue(ok())
		req := labelled("a.txt#1", "Is this fine?")
		if _, err := c.Do(context.Background(), req); err != nil {
			t.Fatal(err)
		}
		sent := f.srv.Requests()[0].Body
		lines := plan(t, c, req)
		var item struct {
			Body json.RawMessage `json:"body"`
		}
		if err := json.Unmarshal(lines[0].Line, &item); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(bytes.TrimSpace(sent), item.Body) {
			t.Errorf("%s: sent\n%s\nbatch line body\n%s", model, sent, item.Body)
		}
	}
}

// A request sent but not answered (the batch expired or was cancelled) and
// one withheld for the budget fail with their reasons.
func TestBatchAnswersMissing(t *testing.T) {
	f, c := setup(t, nil)
	lines := plan(t, c, labelled("a#1", "one"), labelled("a#2", "two"))
	a := llm.NewBatchAnswers()
	a.Expect(lines[0].Key, "batch_x", "batch batch_x expired before this request ran")
	a.Withhold(lines[1].Key, &llm.BudgetError{Msg: "--max-cost reached"})
	c.UseBatchAnswers(a)
	var be *llm.BatchError
	if _, err := c.Do(context.Background(), labelled("a#1", "one")); !errors.As(err, &be) || be.Msg != "batch batch_x expired before this request ran" {
		t.Errorf("expired: %v", err)
	}
	var bud *llm.BudgetError
	if _, err := c.Do(context.Background(), labelled("a#2", "two")); !errors.As(err, &bud) {
		t.Errorf("withheld: %v", err)
	}
	if u := c.Usage(); u.OverBudget != 1 || u.Failed != 1 || len(f.srv.Requests()) != 0 {
		t.Errorf("usage %+v, %d requests", u, len(f.srv.Requests()))
	}
}

// Batch API calls are retried as chat requests are, and a server without
// the Batch API is named as such.
func TestBatchAPIErrors(t *testing.T) {
	f, c := setup(t, nil)
	f.srv.FailAPI("POST", "/v1/files", llmtest.Error(429, "rate_limit_exceeded", "", "slow down"))
	f.srv.FailAPI("POST", "/v1/batches", llmtest.Reply{Status: 502, Body: "bad gateway"})
	f.srv.Respond = func(*openai.ChatCompletionRequest) llmtest.Reply { return ok() }
	lines := plan(t, c, labelled("a#1", "one"))
	b, err := c.SubmitBatch(context.Background(), "in.jsonl", lines[0].Line, nil)
	if err != nil || b.Status != "validating" {
		t.Fatalf("%v %+v", err, b)
	}
	if len(f.sleeps) != 2 || c.Usage().Retries != 2 {
		t.Errorf("sleeps %v, usage %+v", f.sleeps, c.Usage())
	}
	_, err = c.Batch(context.Background(), "batch_nope")
	var pe *llm.ProviderError
	if !errors.As(err, &pe) || !pe.Fatal || !strings.Contains(err.Error(), "batch batch_nope: ") || !strings.Contains(err.Error(), "404 Not Found: No batch found") ||
		strings.Contains(err.Error(), "model") {
		t.Errorf("unknown batch: %v", err)
	}
	f.srv.FailAPI("POST", "/v1/files", llmtest.Reply{Status: 404, Body: "404 page not found"})
	_, err = c.SubmitBatch(context.Background(), "in.jsonl", lines[0].Line, nil)
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "does the endpoint offer the Batch API?") {
		t.Errorf("no Batch API: %v", err)
	}
}
