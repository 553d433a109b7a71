package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"golang.org/x/time/rate"
)

// Request is one question to the model: a rendered prompt and the schema of
// its answer.
type Request struct {
	// Prompt and Version name the template the messages came from; both
	// enter the cache key.
	Prompt, Version string
	System, User    string
	// Schema is the JSON Schema of the answer, sent as response_format.
	Schema json.RawMessage
	// Validate checks an answer (a JSON object) against the schema and
	// whatever else makes it usable; an error gets one repair request.
	Validate func(answer []byte) error
	// Label says what the request is about (the file and chunk); it names
	// the request in a batch and is no part of what is sent.
	Label string
}

// Answer is a validated answer.
type Answer struct {
	JSON   []byte
	Cached bool
}

// Planned is a request a dry run would have sent.
type Planned struct {
	Prompt, Version string
	System, User    string
	PromptTokens    int
	// EstimatedCompletionTokens and EstimatedCost are guesses made before
	// sending; CostKnown is false for a model with no price.
	EstimatedCompletionTokens int
	EstimatedCost             float64
	CostKnown                 bool
	Cached                    bool
}

// Usage is what a run has used so far.
type Usage struct {
	// Requests answered by the endpoint (retries and repairs included),
	// answers served from the cache, retries after failures, repair
	// requests, requests that failed for good, and requests not sent for
	// the budget.
	Requests, Cached, Retries, Repairs, Failed, OverBudget int
	// Batched counts the Requests answered through the Batch API.
	Batched                        int
	PromptTokens, CompletionTokens int64
	// Cost in US dollars; CostKnown is false when the model has no price.
	Cost      float64
	CostKnown bool
}

// Client talks to one endpoint and model for a whole run. It is safe for
// concurrent use.
type Client struct {
	cfg      Config
	api      *openai.Client
	cache    *cache
	sem      chan struct{}
	rpm, tpm *rate.Limiter
	price    Price
	priced   bool
	endpoint string
	mode     atomic.Int32 // 0 json_schema, 1 json_object, 2 text

	mu       sync.Mutex
	usage    Usage
	reserved int64
	planned  []Planned
	// batch, when set, plans requests for the Batch API or answers them
	// from downloaded batches (see batch.go).
	batch *batchMode
}

// New makes a client. It does not contact the endpoint.
func New(cfg Config) (*Client, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.withDefaults()
	c := &Client{cfg: cfg, sem: make(chan struct{}, cfg.Concurrency)}
	c.price, c.priced = lookupPrice(cfg.Prices, cfg.Model)
	c.usage.CostKnown = c.priced
	var oc openai.ClientConfig
	if cfg.APIType == "azure" {
		oc = openai.DefaultAzureConfig(cfg.APIKey, cfg.BaseURL)
		oc.APIVersion = cfg.APIVersion
		dep := cfg.Deployment
		if dep == "" {
			dep = cfg.Model
		}
		oc.AzureModelMapperFunc = func(string) string { return dep }
		c.endpoint = "azure " + cfg.BaseURL + " " + dep + " " + cfg.APIVersion
	} else {
		oc = openai.DefaultConfig(cfg.APIKey)
		oc.BaseURL = cfg.BaseURL
		c.endpoint = cfg.BaseURL
	}
	base := cfg.HTTPClient.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	hc := *cfg.HTTPClient
	hc.Transport = &transport{base: base}
	oc.HTTPClient = &hc
	c.api = openai.NewClientWithConfig(oc)
	switch cfg.ResponseFormat {
	case FormatJSONObject:
		c.mode.Store(1)
	case FormatText:
		c.mode.Store(2)
	}
	if cfg.RPM > 0 {
		c.rpm = rate.NewLimiter(rate.Limit(float64(cfg.RPM)/60), 1)
	}
	if cfg.TPM > 0 {
		c.tpm = rate.NewLimiter(rate.Limit(float64(cfg.TPM)/60), cfg.TPM)
	}
	if !cfg.NoCache {
		dir := cfg.CacheDir
		if dir == "" {
			dir = DefaultCacheDir()
		}
		if dir != "" {
			ch, err := openCache(dir)
			if err != nil {
				return nil, err
			}
			c.cache = ch
		}
	}
	return c, nil
}

// Model is the model the client asks.
func (c *Client) Model() string { return c.cfg.Model }

// Config returns the client's settings with defaults filled in.
func (c *Client) Config() Config { return c.cfg }

// Usage returns what the run has used so far.
func (c *Client) Usage() Usage {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.usage
}

// Planned returns the requests a dry run planned, in the order planned.
func (c *Client) Planned() []Planned {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Planned(nil), c.planned...)
}

// CountTokens counts text in the client model's tokens.
func (c *Client) CountTokens(text string) int { return CountTokens(c.cfg.Model, text) }

// params are the request parameters that decide an answer.
type params struct {
	Temperature     float64 `json:"temperature"`
	MaxOutputTokens int     `json:"max_output_tokens"`
	Seed            int     `json:"seed"`
}

const seed = 1

func (c *Client) params() params {
	t := c.cfg.Temperature
	if IsReasoningModel(c.cfg.Model) {
		t = -1 // not sent
	}
	return params{Temperature: t, MaxOutputTokens: c.cfg.MaxOutputTokens, Seed: seed}
}

// Do asks the model and returns a validated answer, from the cache when the
// same request was answered before.
func (c *Client) Do(ctx context.Context, req Request) (*Answer, error) {
	key := cacheKey("mtcheck-llm-cache/1", c.endpoint, c.cfg.Model, req.Prompt, req.Version, req.System, req.User, c.params())
	if e, ok := c.cache.get(key); ok {
		if js, err := c.check(req, e.Content); err == nil {
			c.count(ctx, func(u *Usage) { u.Cached++ })
			if c.cfg.DryRun {
				c.mu.Lock()
				c.planned = append(c.planned, Planned{Prompt: req.Prompt, Version: req.Version, System: req.System, User: req.User,
					PromptTokens: int(e.Usage.Prompt), Cached: true, CostKnown: true})
				c.mu.Unlock()
			}
			return &Answer{JSON: js, Cached: true}, nil
		}
	}
	msgs := []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: req.System},
		{Role: openai.ChatMessageRoleUser, Content: req.User},
	}
	content, err := c.first(ctx, req, key, msgs)
	if err != nil {
		return nil, err
	}
	js, verr := c.check(req, content)
	if verr != nil {
		c.count(ctx, func(u *Usage) { u.Repairs++ })
		msgs = append(msgs,
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: content},
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: repairMessage(verr)})
		content, err = c.send(ctx, req, msgs)
		if err != nil {
			return nil, err
		}
		if js, verr = c.check(req, content); verr != nil {
			c.fail(ctx)
			return nil, &AnswerError{verr}
		}
	}
	e := &cacheEntry{Key: key, Model: c.cfg.Model, Prompt: req.Prompt, Version: req.Version, Content: string(js), FinishReason: "stop"}
	_ = c.cache.put(e) // a cache that cannot be written only costs a request next time
	return &Answer{JSON: js}, nil
}

func repairMessage(err error) string {
	return "Your answer could not be used: " + err.Error() + ". Reply again with only the corrected JSON object, " +
		"following the required format exactly and answering only for the sentence ids you were given."
}

func (c *Client) check(req Request, content string) ([]byte, error) {
	js, err := extractJSON(content)
	if err != nil {
		return nil, err
	}
	if req.Validate != nil {
		if err := req.Validate(js); err != nil {
			return nil, err
		}
	}
	return js, nil
}

// send makes one request, with retries, and returns the answer's text.
func (c *Client) send(ctx context.Context, req Request, msgs []openai.ChatCompletionMessage) (string, error) {
	var contents []string
	for _, m := range msgs {
		contents = append(contents, m.Content)
	}
	promptTok := messageTokens(c.cfg.Model, contents...)
	estOut := c.estimateOutput(promptTok)
	if c.cfg.DryRun {
		c.mu.Lock()
		p := Planned{Prompt: req.Prompt, Version: req.Version, System: req.System, User: req.User, PromptTokens: promptTok,
			EstimatedCompletionTokens: estOut, CostKnown: c.priced}
		p.EstimatedCost = c.price.Cost(int64(promptTok), int64(estOut))
		c.planned = append(c.planned, p)
		c.mu.Unlock()
		return "", ErrDryRun
	}
	if err := c.reserve(ctx, promptTok, estOut); err != nil {
		return "", err
	}
	defer c.release(promptTok + estOut)
	select {
	case c.sem <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-c.sem }()
	if c.rpm != nil {
		if err := c.rpm.Wait(ctx); err != nil {
			return "", ctxErr(ctx, err)
		}
	}
	if c.tpm != nil {
		if err := c.tpm.WaitN(ctx, min(promptTok+estOut, c.cfg.TPM)); err != nil {
			return "", ctxErr(ctx, err)
		}
	}
	var content string
	err := c.call(ctx, "", c.cfg.Timeout, func(actx context.Context) error {
		mode := c.mode.Load()
		resp, err := c.api.CreateChatCompletion(actx, c.build(req, msgs, mode))
		if err != nil {
			if statusOf(err) == http.StatusBadRequest && mode < 2 && c.cfg.ResponseFormat == FormatAuto && mentionsFormat(err) {
				// The endpoint does not take this response_format: step
				// down (json_schema, JSON mode, plain text).
				c.mode.CompareAndSwap(mode, mode+1)
				return errStepDown
			}
			return err
		}
		pt, ct := int64(resp.Usage.PromptTokens), int64(resp.Usage.CompletionTokens)
		cost := c.price.Cost(pt, ct)
		c.count(ctx, func(u *Usage) {
			u.Requests++
			u.PromptTokens += pt
			u.CompletionTokens += ct
			u.Cost += cost
		})
		content, err = answerText(resp)
		return err
	})
	return content, err
}

// answerText is the text of a chat completion's first choice.
func answerText(resp openai.ChatCompletionResponse) (string, error) {
	if len(resp.Choices) == 0 {
		return "", nil // an empty answer: invalid, so repaired
	}
	ch := resp.Choices[0]
	if ch.FinishReason == openai.FinishReasonLength {
		return "", ErrTruncated
	}
	if ch.Message.Refusal != "" && ch.Message.Content == "" {
		return "refused: " + ch.Message.Refusal, nil
	}
	return ch.Message.Content, nil
}

// errStepDown: try again at once, with the next response format.
var errStepDown = errors.New("response format refused")

// call runs one API call with retries: a timeout per attempt; on 429, 5xx
// and network errors, backoff with jitter or the wait Retry-After asks for;
// other statuses end it with a fatal *ProviderError. An error f returns
// that does not come from the endpoint (ErrTruncated) ends it as it is.
// what names the call in messages ("" for chat completions).
func (c *Client) call(ctx context.Context, what string, timeout time.Duration, f func(actx context.Context) error) error {
	for attempt := 0; ; attempt++ {
		info := &attemptInfo{}
		actx, cancel := context.WithTimeout(context.WithValue(ctx, attemptKey{}, info), timeout)
		err := f(actx)
		cancel()
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, errStepDown):
			attempt-- // not a failure
			continue
		case errors.Is(err, ErrTruncated):
			return err
		}
		status := statusOf(err)
		if !retryable(status) {
			c.fail(ctx)
			return &ProviderError{Status: status, Msg: c.describeCall(what, err, status, actx), Attempts: attempt + 1, Fatal: true}
		}
		if attempt >= c.cfg.MaxRetries {
			c.fail(ctx)
			return &ProviderError{Status: status, Attempts: attempt + 1,
				Msg: fmt.Sprintf("%s (gave up after %d attempts)", c.describeCall(what, err, status, actx), attempt+1)}
		}
		delay := c.backoff(attempt)
		if info.retryAfter > 0 {
			if info.retryAfter > c.cfg.MaxRetryAfter {
				c.fail(ctx)
				return &ProviderError{Status: status, Attempts: attempt + 1,
					Msg: fmt.Sprintf("%s; the endpoint asks to wait %s before retrying, longer than the %s allowed", c.describeCall(what, err, status, actx), info.retryAfter, c.cfg.MaxRetryAfter)}
			}
			delay = info.retryAfter
		}
		c.count(ctx, func(u *Usage) { u.Retries++ })
		if err := c.cfg.Sleep(ctx, delay); err != nil {
			return ctxErr(ctx, err)
		}
	}
}

// describeCall is describe for a named call: a Batch or Files API call
// that an endpoint without those APIs answers with 404.
func (c *Client) describeCall(what string, err error, status int, actx context.Context) string {
	if what == "" {
		return c.describe(err, status, actx)
	}
	var ae *openai.APIError
	switch {
	case (status == http.StatusNotFound || status == http.StatusMethodNotAllowed) && !errors.As(err, &ae):
		// Not an OpenAI error body: the path itself is unknown.
		return fmt.Sprintf("%s: %s answered HTTP %d (%s): does the endpoint offer the Batch API? OpenAI's does; most local servers do not",
			what, c.cfg.BaseURL, status, c.redact(clipLine(apiMessage(err), 200)))
	case status == http.StatusNotFound:
		return fmt.Sprintf("%s: %s answered 404 Not Found: %s", what, c.cfg.BaseURL, c.redact(clipLine(apiMessage(err), 200)))
	}
	return what + ": " + c.describe(err, status, actx)
}

func (c *Client) fail(ctx context.Context) { c.count(ctx, func(u *Usage) { u.Failed++ }) }

func ctxErr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

func (c *Client) build(req Request, msgs []openai.ChatCompletionMessage, mode int32) openai.ChatCompletionRequest {
	s := seed
	creq := openai.ChatCompletionRequest{Model: c.cfg.Model, Messages: msgs, Seed: &s}
	if IsReasoningModel(c.cfg.Model) {
		creq.MaxCompletionTokens = c.cfg.MaxOutputTokens
	} else {
		//lint:ignore SA1019 max_tokens is what OpenAI-compatible servers (Ollama, vLLM, older Azure API versions) read; reasoning models get max_completion_tokens above.
		creq.MaxTokens = c.cfg.MaxOutputTokens
		creq.Temperature = float32(c.cfg.Temperature)
		if creq.Temperature == 0 {
			// go-openai leaves out a zero temperature (the server default,
			// 1, would apply): this is its documented way to send 0.
			creq.Temperature = math.SmallestNonzeroFloat32
		}
	}
	switch mode {
	case 0:
		creq.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{Name: schemaName(req.Prompt), Schema: req.Schema, Strict: true}}
	case 1:
		creq.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return creq
}

var nonName = regexp.MustCompile(`[^A-Za-z0-9_-]`)

func schemaName(prompt string) string {
	n := nonName.ReplaceAllString(prompt, "_")
	if n == "" {
		n = "answer"
	}
	return n
}

func (c *Client) estimateOutput(promptTok int) int {
	c.mu.Lock()
	ratio := 0.4
	if c.usage.PromptTokens > 0 {
		ratio = float64(c.usage.CompletionTokens) / float64(c.usage.PromptTokens)
	}
	c.mu.Unlock()
	return min(c.cfg.MaxOutputTokens, int(ratio*float64(promptTok))+16)
}

// reserve books a request's estimated tokens against the budget, so that
// concurrent requests cannot together overrun it.
func (c *Client) reserve(ctx context.Context, promptTok, estOut int) error {
	err := c.book(promptTok, estOut)
	if err != nil {
		trackerOf(ctx).add(func(u *Usage) { u.OverBudget++ })
	}
	return err
}

func (c *Client) book(promptTok, estOut int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := int64(promptTok + estOut)
	used := c.usage.PromptTokens + c.usage.CompletionTokens + c.reserved
	if c.cfg.MaxTokens > 0 && used+n > c.cfg.MaxTokens {
		c.usage.OverBudget++
		return &BudgetError{fmt.Sprintf("--max-tokens %d reached: %d tokens used or in flight, the next request needs about %d", c.cfg.MaxTokens, used, n)}
	}
	if c.cfg.MaxCost > 0 {
		cost := c.usage.Cost + c.price.Cost(c.reserved, 0) + c.price.Cost(int64(promptTok), int64(estOut))
		if cost > c.cfg.MaxCost {
			c.usage.OverBudget++
			return &BudgetError{fmt.Sprintf("--max-cost $%.4g reached: $%.4f spent, the next request would take it to about $%.4f", c.cfg.MaxCost, c.usage.Cost, cost)}
		}
	}
	c.reserved += n
	return nil
}

func (c *Client) release(n int) {
	c.mu.Lock()
	c.reserved -= int64(n)
	c.mu.Unlock()
}

func (c *Client) backoff(attempt int) time.Duration {
	d := c.cfg.BackoffBase << min(attempt, 20)
	if d > c.cfg.BackoffMax || d <= 0 {
		d = c.cfg.BackoffMax
	}
	// Equal jitter: half fixed, half random, so clients that failed together
	// do not retry together.
	return d/2 + time.Duration(c.cfg.Jitter()*float64(d/2))
}

func statusOf(err error) int {
	var ae *openai.APIError
	if errors.As(err, &ae) {
		return ae.HTTPStatusCode
	}
	var re *openai.RequestError
	if errors.As(err, &re) {
		return re.HTTPStatusCode
	}
	return 0
}

func retryable(status int) bool {
	return status == 0 || status == http.StatusTooManyRequests || status == http.StatusRequestTimeout ||
		status == http.StatusConflict || status >= 500
}

func mentionsFormat(err error) bool {
	m := strings.ToLower(err.Error())
	for _, w := range []string{"response_format", "json_schema", "json_object", "response format", "structured output"} {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// describe says what went wrong in words a user can act on, without the key.
func (c *Client) describe(err error, status int, actx context.Context) string {
	msg := c.redact(clipLine(apiMessage(err), 200))
	where := c.cfg.BaseURL
	switch status {
	case 0:
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(actx.Err(), context.DeadlineExceeded) {
			return fmt.Sprintf("%s gave no answer within %s", where, c.cfg.Timeout)
		}
		var ue *url.Error
		var ne net.Error
		if errors.As(err, &ue) || errors.As(err, &ne) {
			return fmt.Sprintf("cannot reach %s: %s", where, c.redact(clipLine(rootCause(err).Error(), 200)))
		}
		return "the request failed: " + c.redact(clipLine(err.Error(), 200))
	case http.StatusUnauthorized:
		return fmt.Sprintf("%s refused the API key (HTTP 401: %s): check OPENAI_API_KEY", where, msg)
	case http.StatusForbidden:
		return fmt.Sprintf("%s denied access (HTTP 403: %s): the key may not have access to model %q", where, msg, c.cfg.Model)
	case http.StatusNotFound:
		return fmt.Sprintf("%s answered 404 Not Found (%s): check the model name %q and the base URL (it usually ends in /v1)", where, msg, c.modelName())
	case http.StatusBadRequest:
		return fmt.Sprintf("%s rejected the request (HTTP 400: %s)", where, msg)
	}
	if msg == "" {
		msg = http.StatusText(status)
	}
	return fmt.Sprintf("%s answered HTTP %d: %s", where, status, msg)
}

// apiMessage is the message of an error answer: the OpenAI error body's,
// or the body itself.
func apiMessage(err error) string {
	var ae *openai.APIError
	var re *openai.RequestError
	switch {
	case errors.As(err, &ae):
		return ae.Message
	case errors.As(err, &re):
		if msg := strings.TrimSpace(string(re.Body)); msg != "" || re.Err == nil {
			return msg
		}
		return re.Err.Error()
	}
	return ""
}

func (c *Client) modelName() string {
	if c.cfg.APIType == "azure" && c.cfg.Deployment != "" {
		return c.cfg.Deployment + " (Azure deployment)"
	}
	return c.cfg.Model
}

func rootCause(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

var keyLike = regexp.MustCompile(`\b(sk|ak|key)-[A-Za-z0-9_*\-]{6,}`)

// redact removes the API key, and anything shaped like one (endpoints echo
// part of a bad key), from a message.
func (c *Client) redact(s string) string {
	if c.cfg.APIKey != "" {
		s = strings.ReplaceAll(s, c.cfg.APIKey, "[redacted]")
	}
	return keyLike.ReplaceAllString(s, "[redacted]")
}

func clipLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		s = s[:n] + "…"
	}
	return s
}

// attemptInfo carries what the transport saw of a response that go-openai
// does not report: the Retry-After header.
type attemptInfo struct{ retryAfter time.Duration }

type attemptKey struct{}

type transport struct{ base http.RoundTripper }

func (t *transport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if resp != nil {
		if info, ok := r.Context().Value(attemptKey{}).(*attemptInfo); ok {
			info.retryAfter = retryAfter(resp.Header, time.Now())
		}
	}
	return resp, err
}

// retryAfter reads Retry-After (seconds or an HTTP date) or OpenAI's
// retry-after-ms.
func retryAfter(h http.Header, now time.Time) time.Duration {
	if v := h.Get("Retry-After-Ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 {
			return time.Duration(ms * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}
