package llm_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	openai "github.com/sashabaranov/go-openai"
)

const key = "sk-test-0123456789abcdef"

var schema = json.RawMessage(`{"type":"object","properties":{"ok":{"type":"boolean"}},"required":["ok"],"additionalProperties":false}`)

func request() llm.Request {
	return llm.Request{Prompt: "reviewer", Version: "v1", System: "Answer in JSON.", User: "Is it fine?", Schema: schema,
		Validate: func(b []byte) error {
			var v struct{ OK *bool }
			if err := json.Unmarshal(b, &v); err != nil || v.OK == nil {
				return errors.New(`want {"ok": true|false}`)
			}
			return nil
		}}
}

type fixture struct {
	srv    *llmtest.Server
	sleeps []time.Duration
	mu     sync.Mutex
}

func setup(t *testing.T, mod func(*llm.Config)) (*fixture, *llm.Client) {
	t.Helper()
	f := &fixture{srv: llmtest.New()}
	t.Cleanup(f.srv.Close)
	f.srv.Key = key
	cfg := llm.Config{BaseURL: f.srv.URL, APIKey: key, Model: "gpt-4.1-mini", NoCache: true,
		Sleep: func(ctx context.Context, d time.Duration) error {
			f.mu.Lock()
			f.sleeps = append(f.sleeps, d)
			f.mu.Unlock()
			return ctx.Err()
		},
		Jitter: func() float64 { return 0 }}
	if mod != nil {
		mod(&cfg)
	}
	c, err := llm.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return f, c
}

func ok() llmtest.Reply {
	return llmtest.Reply{Content: `{"ok": true}`, PromptTokens: 100, CompletionTokens: 10}
}

func TestRequestShape(t *testing.T) {
	f, c := setup(t, nil)
	f.srv.Models = []string{"gpt-4.1-mini"}
	f.srv.Enqueue(ok())
	a, err := c.Do(context.Background(), request())
	if err != nil {
		t.Fatal(err)
	}
	if string(a.JSON) != `{"ok": true}` || a.Cached {
		t.Errorf("answer %s cached=%v", a.JSON, a.Cached)
	}
	reqs := f.srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	r := reqs[0]
	if r.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer "+key {
		t.Errorf("path %s auth %q", r.Path, r.Header.Get("Authorization"))
	}
	q := r.Request
	if q.Model != "gpt-4.1-mini" || len(q.Messages) != 2 || q.Messages[0].Role != "system" || q.Messages[1].Content != "Is it fine?" {
		t.Errorf("request %+v", q)
	}
	if q.ResponseFormat == nil || q.ResponseFormat.Type != openai.ChatCompletionResponseFormatTypeJSONSchema ||
		q.ResponseFormat.JSONSchema.Name != "reviewer" || !q.ResponseFormat.JSONSchema.Strict {
		t.Errorf("response_format %+v", q.ResponseFormat)
	}
	//lint:ignore SA1019 the client sends max_tokens to non-reasoning models on purpose.
	if !strings.Contains(string(r.Body), `"temperature":1e-45`) || q.MaxTokens != 4096 || q.Seed == nil {
		t.Errorf("parameters: %s", r.Body)
	}
	u := c.Usage()
	if u.Requests != 1 || u.PromptTokens != 100 || u.CompletionTokens != 10 || !u.CostKnown {
		t.Errorf("usage %+v", u)
	}
	if want := (100*0.40 + 10*1.60) / 1e6; u.Cost < want*0.999 || u.Cost > want*1.001 {
		t.Errorf("cost %v, want %v", u.Cost, want)
	}
}

func TestReasoningModelParameters(t *testing.T) {
	for _, model := range []string{"o4-mini", "gpt-5-mini", "o3"} {
		f, c := setup(t, func(c *llm.Config) { c.Model = model })
		f.srv.Enqueue(ok())
		if _, err := c.Do(context.Background(), request()); err != nil {
			t.Fatalf("%s: %v", model, err)
		}
		q := f.srv.Requests()[0]
		//lint:ignore SA1019 checks that the deprecated field is not sent.
		if q.Request.MaxTokens != 0 || q.Request.MaxCompletionTokens != 4096 || strings.Contains(string(q.Body), "temperature") {
			t.Errorf("%s: %s", model, q.Body)
		}
	}
	if !llm.IsReasoningModel("openai/o3-mini") || llm.IsReasoningModel("gpt-4.1") || llm.IsReasoningModel("llama3.1") {
		t.Error("IsReasoningModel")
	}
}

func TestRetriesHonourRetryAfter(t *testing.T) {
	f, c := setup(t, nil)
	rl := llmtest.Error(429, "requests", "rate_limit_exceeded", "Rate limit reached for gpt-4.1-mini on requests per min (RPM): Limit 3, Used 3.")
	rl.Header["Retry-After"] = "7"
	f.srv.Enqueue(rl,
		llmtest.Reply{Status: 500, Body: "<html><body>Internal Server Error</body></html>"},
		llmtest.Reply{Status: 503, Body: "upstream connect error or disconnect/reset before headers"},
		ok())
	if _, err := c.Do(context.Background(), request()); err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{7 * time.Second, 1 * time.Second, 2 * time.Second} // Retry-After, then 2s and 4s halved (no jitter)
	if len(f.sleeps) != 3 || f.sleeps[0] != want[0] || f.sleeps[1] != want[1] || f.sleeps[2] != want[2] {
		t.Errorf("sleeps %v, want %v", f.sleeps, want)
	}
	if u := c.Usage(); u.Retries != 3 || u.Requests != 1 {
		t.Errorf("usage %+v", u)
	}
}

func TestJitterSpreadsRetries(t *testing.T) {
	f, c := setup(t, func(c *llm.Config) { c.Jitter = func() float64 { return 0.5 } })
	f.srv.Enqueue(llmtest.Reply{Status: 502, Body: "bad gateway"}, ok())
	if _, err := c.Do(context.Background(), request()); err != nil {
		t.Fatal(err)
	}
	if len(f.sleeps) != 1 || f.sleeps[0] != 750*time.Millisecond {
		t.Errorf("sleeps %v, want [750ms]", f.sleeps)
	}
}

func TestFatalStatusesAreNotRetried(t *testing.T) {
	for _, tc := range []struct {
		name  string
		mod   func(*llm.Config, *llmtest.Server)
		reply *llmtest.Reply
		want  string
	}{
		{"bad key", func(c *llm.Config, s *llmtest.Server) { c.APIKey = "sk-wrong-key-abcdefgh" }, nil, "refused the API key (HTTP 401"},
		{"unknown model", func(c *llm.Config, s *llmtest.Server) { c.Model = "gpt-9"; s.Models = []string{"gpt-4.1-mini"} }, nil, `check the model name "gpt-9"`},
		{"wrong base URL", func(c *llm.Config, s *llmtest.Server) { c.BaseURL = s.Root() }, nil, "answered 404 Not Found"},
		{"forbidden", nil, &llmtest.Reply{Status: 403, Body: `{"error":{"message":"Project does not have access","type":"invalid_request_error"}}`}, "denied access (HTTP 403"},
		{"bad request", nil, &llmtest.Reply{Status: 400, Body: `{"error":{"message":"messages too long","type":"invalid_request_error"}}`}, "rejected the request (HTTP 400: messages too long)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := llmtest.New()
			defer srv.Close()
			srv.Key = key
			cfg := llm.Config{BaseURL: srv.URL, APIKey: key, NoCache: true, Sleep: func(context.Context, time.Duration) error { return nil }}
			if tc.mod != nil {
				tc.mod(&cfg, srv)
			}
			if tc.reply != nil {
				srv.Enqueue(*tc.reply)
			}
			c, err := llm.New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Do(context.Background(), request())
			var pe *llm.ProviderError
			if !errors.As(err, &pe) || !pe.Fatal {
				t.Fatalf("err = %v, want a fatal ProviderError", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("message %q lacks %q", err, tc.want)
			}
			if strings.Contains(err.Error(), cfg.APIKey) || strings.Contains(err.Error(), "wrong-key") {
				t.Errorf("the key leaks into the message: %q", err)
			}
			if n := len(srv.Requests()); n != 1 {
				t.Errorf("%d requests, want 1 (no retry)", n)
			}
		})
	}
}

func TestGivesUpAfterRetries(t *testing.T) {
	f, c := setup(t, func(c *llm.Config) { c.MaxRetries = 2 })
	for range 3 {
		f.srv.Enqueue(llmtest.Reply{Status: 503, Body: "Service Unavailable"})
	}
	_, err := c.Do(context.Background(), request())
	var pe *llm.ProviderError
	if !errors.As(err, &pe) || pe.Fatal || pe.Status != 503 || !strings.Contains(err.Error(), "gave up after 3 attempts") {
		t.Fatalf("err = %v", err)
	}
	if n := len(f.srv.Requests()); n != 3 {
		t.Errorf("%d requests, want 3", n)
	}
}

func TestTimeoutIsRetriedThenReported(t *testing.T) {
	f, c := setup(t, func(c *llm.Config) { c.Timeout = 40 * time.Millisecond; c.MaxRetries = 1 })
	f.srv.Enqueue(llmtest.Reply{Content: `{"ok":true}`, Delay: 5 * time.Second}, llmtest.Reply{Content: `{"ok":true}`, Delay: 5 * time.Second})
	_, err := c.Do(context.Background(), request())
	var pe *llm.ProviderError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "gave no answer within 40ms") {
		t.Fatalf("err = %v", err)
	}
	if n := len(f.srv.Requests()); n != 2 {
		t.Errorf("%d requests, want 2", n)
	}
}

func TestCancelStopsAtOnce(t *testing.T) {
	f, c := setup(t, nil)
	f.srv.Enqueue(llmtest.Reply{Content: `{"ok":true}`, Delay: 10 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for len(f.srv.Requests()) == 0 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	if _, err := c.Do(ctx, request()); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestRepairOnce(t *testing.T) {
	f, c := setup(t, nil)
	f.srv.Enqueue(llmtest.Reply{Content: `{"ok": "yes"`}, ok())
	if _, err := c.Do(context.Background(), request()); err != nil {
		t.Fatal(err)
	}
	reqs := f.srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	m := reqs[1].Request.Messages
	if len(m) != 4 || m[2].Role != "assistant" || m[2].Content != `{"ok": "yes"` || !strings.Contains(m[3].Content, "could not be used: the answer holds no JSON object") {
		t.Errorf("repair messages %+v", m)
	}
	if u := c.Usage(); u.Repairs != 1 {
		t.Errorf("usage %+v", u)
	}

	f.srv.Enqueue(llmtest.Reply{Content: `{"ok": "yes"}`}, llmtest.Reply{Content: `{"fine": 1}`})
	_, err := c.Do(context.Background(), llm.Request{Prompt: "reviewer", Version: "v2", System: "s json", User: "u", Schema: schema, Validate: request().Validate})
	var ae *llm.AnswerError
	if !errors.As(err, &ae) || !strings.Contains(err.Error(), `want {"ok"`) {
		t.Fatalf("err = %v, want AnswerError", err)
	}
}

func TestTolerantParsing(t *testing.T) {
	f, c := setup(t, func(c *llm.Config) { c.ResponseFormat = llm.FormatText })
	f.srv.Enqueue(llmtest.Reply{Content: "Here is my review:\n```json\n{\"ok\": false}\n```\nLet me know!"},
		llmtest.Reply{Content: `Sure. {"ok": true} — done {not json}`})
	for _, want := range []string{`{"ok": false}`, `{"ok": true}`} {
		a, err := c.Do(context.Background(), llm.Request{Prompt: "p", Version: want, System: "s", User: "u", Schema: schema, Validate: request().Validate})
		if err != nil || string(a.JSON) != want {
			t.Errorf("got %s, %v; want %s", a.JSON, err, want)
		}
	}
	if f.srv.Requests()[0].Request.ResponseFormat != nil {
		t.Error("text mode sent a response_format")
	}
}

func TestTruncated(t *testing.T) {
	f, c := setup(t, nil)
	f.srv.Enqueue(llmtest.Reply{Content: `{"ok": tr`, FinishReason: "length"})
	if _, err := c.Do(context.Background(), request()); !errors.Is(err, llm.ErrTruncated) {
		t.Fatalf("err = %v, want ErrTruncated", err)
	}
}

func TestResponseFormatFallsBack(t *testing.T) {
	f, c := setup(t, nil)
	f.srv.NoJSONSchema = true
	f.srv.Enqueue(llmtest.Reply{}, ok(), ok()) // the first is refused before its reply is used
	f.srv.Respond = func(*openai.ChatCompletionRequest) llmtest.Reply { return ok() }
	if _, err := c.Do(context.Background(), request()); err != nil {
		t.Fatal(err)
	}
	r := request()
	r.User = "another question"
	if _, err := c.Do(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	reqs := f.srv.Requests()
	var types []string
	for _, q := range reqs {
		types = append(types, string(q.Request.ResponseFormat.Type))
	}
	if strings.Join(types, ",") != "json_schema,json_object,json_object" {
		t.Errorf("formats %v", types)
	}
	if c.Usage().Retries != 0 {
		t.Error("a format fallback counted as a retry")
	}
}

func TestCacheAcrossClients(t *testing.T) {
	dir := t.TempDir()
	f, c1 := setup(t, func(c *llm.Config) { c.NoCache = false; c.CacheDir = dir })
	f.srv.Respond = func(*openai.ChatCompletionRequest) llmtest.Reply { return ok() }
	if _, err := c1.Do(context.Background(), request()); err != nil {
		t.Fatal(err)
	}
	c2, _ := llm.New(llm.Config{BaseURL: f.srv.URL, APIKey: key, Model: "gpt-4.1-mini", CacheDir: dir})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := c2.Do(context.Background(), request())
			if err != nil || !a.Cached || string(a.JSON) != `{"ok": true}` {
				t.Errorf("cached answer: %v %v", a, err)
			}
		}()
	}
	wg.Wait()
	if n := len(f.srv.Requests()); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
	if u := c2.Usage(); u.Cached != 4 || u.Requests != 0 {
		t.Errorf("usage %+v", u)
	}
	// Another prompt version or model is another key.
	r := request()
	r.Version = "v2"
	c2.Do(context.Background(), r)
	c3, _ := llm.New(llm.Config{BaseURL: f.srv.URL, APIKey: key, Model: "gpt-4.1", CacheDir: dir})
	c3.Do(context.Background(), request())
	if n := len(f.srv.Requests()); n != 3 {
		t.Errorf("%d requests, want 3", n)
	}
	// Nothing in the cache holds the key.
	if llm.GrepDir(dir, key) {
		t.Error("the API key is in the cache")
	}
}

func TestBudget(t *testing.T) {
	f, c := setup(t, func(c *llm.Config) { c.MaxTokens = 20 })
	f.srv.Respond = func(*openai.ChatCompletionRequest) llmtest.Reply { return ok() }
	_, err := c.Do(context.Background(), request())
	var be *llm.BudgetError
	if !errors.As(err, &be) || !strings.Contains(err.Error(), "--max-tokens 20 reached") {
		t.Fatalf("err = %v", err)
	}
	if len(f.srv.Requests()) != 0 {
		t.Error("a request over budget was sent")
	}
	// Cost: the first request fits, the second would not.
	f2, c2 := setup(t, func(c *llm.Config) { c.MaxCost = 0.00006 })
	f2.srv.Respond = func(*openai.ChatCompletionRequest) llmtest.Reply { return ok() } // 100 in, 10 out: $0.000056
	if _, err := c2.Do(context.Background(), request()); err != nil {
		t.Fatal(err)
	}
	r := request()
	r.User = "again"
	if _, err := c2.Do(context.Background(), r); !errors.As(err, &be) || !strings.Contains(err.Error(), "--max-cost") {
		t.Fatalf("err = %v", err)
	}
	if len(f2.srv.Requests()) != 1 {
		t.Error("over-budget request sent")
	}
	if _, err := llm.New(llm.Config{Model: "llama3.1", MaxCost: 1}); err == nil || !strings.Contains(err.Error(), "llm.prices") {
		t.Errorf("max-cost without a price: %v", err)
	}
	if _, err := llm.New(llm.Config{Model: "llama3.1", MaxCost: 1, Prices: map[string]llm.Price{"llama3.1": {}}}); err != nil {
		t.Errorf("configured price: %v", err)
	}
}

func TestDryRun(t *testing.T) {
	f, c := setup(t, func(c *llm.Config) { c.DryRun = true })
	if _, err := c.Do(context.Background(), request()); !errors.Is(err, llm.ErrDryRun) {
		t.Fatalf("err = %v", err)
	}
	if len(f.srv.Requests()) != 0 {
		t.Error("dry run sent a request")
	}
	p := c.Planned()
	if len(p) != 1 || p[0].PromptTokens < 10 || p[0].EstimatedCost <= 0 || !p[0].CostKnown {
		t.Errorf("planned %+v", p)
	}
}

func TestConcurrencyLimit(t *testing.T) {
	var in, peak atomic.Int32
	f, c := setup(t, func(c *llm.Config) { c.Concurrency = 2 })
	f.srv.Respond = func(*openai.ChatCompletionRequest) llmtest.Reply {
		n := in.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(15 * time.Millisecond)
		in.Add(-1)
		return ok()
	}
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := request()
			r.User = strings.Repeat("x", i+1)
			if _, err := c.Do(context.Background(), r); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if peak.Load() != 2 {
		t.Errorf("peak concurrency %d, want 2", peak.Load())
	}
}

func TestAzure(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Key = key
	srv.Enqueue(ok())
	c, err := llm.New(llm.Config{APIType: "azure", BaseURL: srv.Root(), APIKey: key, Model: "gpt-4.1-mini", Deployment: "mt-review", NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Do(context.Background(), request()); err != nil {
		t.Fatal(err)
	}
	r := srv.Requests()[0]
	if r.Path != "/openai/deployments/mt-review/chat/completions" || r.Query != "api-version="+llm.DefaultAzureAPIVersion || r.Header.Get("api-key") != key {
		t.Errorf("azure request %s?%s", r.Path, r.Query)
	}
	if _, err := llm.New(llm.Config{APIType: "azure"}); err == nil {
		t.Error("azure without an endpoint accepted")
	}
}

func TestLocalServerWithoutKey(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Enqueue(ok())
	c, _ := llm.New(llm.Config{BaseURL: srv.URL, Model: "llama3.1:8b", NoCache: true})
	if _, err := c.Do(context.Background(), request()); err != nil {
		t.Fatal(err)
	}
	if h := srv.Requests()[0].Header.Get("Authorization"); h != "" {
		t.Errorf("Authorization %q sent without a key", h)
	}
	if u := c.Usage(); u.CostKnown {
		t.Error("a local model has a known cost")
	}
}
