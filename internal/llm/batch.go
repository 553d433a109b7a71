package llm

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mtcheck/mtcheck/internal/fsutil"
	openai "github.com/sashabaranov/go-openai"
)

// The Batch API runs chat completions in bulk, within 24 hours, at half the
// price of synchronous requests. A run uses it in three steps: a Planner
// collects the requests the run would send (as BatchLines, exactly what
// Do would send); they are uploaded and run as one or more batches; then
// the client, given the answers (UseBatchAnswers), serves Do from them as
// it would from the cache, validating each, and sends synchronously only
// what a batch cannot do: a repair after an invalid answer, the halves of
// an answer cut off at the output limit.

// BatchDiscount is the Batch API's price as a share of the standard one.
const BatchDiscount = 0.5

// Limits of one batch (OpenAI's: 50,000 requests, a 200 MB input file; a
// smaller file keeps the upload, which is held in memory, modest).
const (
	MaxBatchRequests = 50000
	MaxBatchBytes    = 100 << 20
)

// BatchEndpoint is the endpoint the batches run.
const BatchEndpoint = string(openai.BatchEndpointChatCompletions)

// shortKey is how much of a request's cache key its batch custom_id
// carries (96 bits): enough to find the request again from the answer
// alone, on another machine.
const shortKey = 24

// BatchLine is a request as a line of a batch input file.
type BatchLine struct {
	// Key is the request's cache key; CustomID names it in the batch: its
	// label (file and chunk) and the start of the key.
	Key, CustomID, Label string
	Prompt, Version      string
	// Line is the JSON line, without the newline.
	Line []byte
	// PromptTokens is counted offline; the completion tokens and the cost
	// (at batch prices) are estimates.
	PromptTokens, EstimatedCompletionTokens int
	EstimatedCost                           float64
	CostKnown                               bool
}

// ShortKey is the part of a cache key that custom_ids carry.
func ShortKey(key string) string { return key[:min(len(key), shortKey)] }

// CustomID names a request in a batch: "LABEL@KEY", with the label
// clipped to keep the ID short.
func CustomID(label, key string) string {
	if len(label) > 200 {
		label = "…" + label[len(label)-200:]
	}
	return label + "@" + ShortKey(key)
}

// KeyOfCustomID is the short key a custom_id carries ("" if none).
func KeyOfCustomID(id string) string {
	i := strings.LastIndexByte(id, '@')
	if i < 0 || len(id)-i-1 != shortKey {
		return ""
	}
	return id[i+1:]
}

type batchMode struct {
	collect func(BatchLine)
	answers *BatchAnswers
}

// Planner returns a client like c (same endpoint, model, parameters and
// cache) whose Do sends nothing: a request not in the cache is handed to
// collect as a BatchLine, and Do returns ErrDryRun for it. Cached answers
// are returned as usual, so they are never sent again.
func (c *Client) Planner(collect func(BatchLine)) *Client {
	p := &Client{cfg: c.cfg, api: c.api, cache: c.cache, sem: c.sem, price: c.price, priced: c.priced, endpoint: c.endpoint,
		batch: &batchMode{collect: collect}}
	p.cfg.DryRun = false
	p.mode.Store(c.mode.Load())
	p.usage.CostKnown = c.priced
	return p
}

// UseBatchAnswers makes Do answer from the downloaded batches (see
// BatchAnswers) before it sends anything.
func (c *Client) UseBatchAnswers(a *BatchAnswers) { c.batch = &batchMode{answers: a} }

// BatchPrice is the price of the model through the Batch API, and whether
// it is known.
func (c *Client) BatchPrice() (Price, bool) {
	return Price{c.price.Input * BatchDiscount, c.price.Output * BatchDiscount}, c.priced
}

// first gets the first answer to a request: planned for a batch, taken
// from a batch's answers, or sent.
func (c *Client) first(ctx context.Context, req Request, key string, msgs []openai.ChatCompletionMessage) (string, error) {
	if b := c.batch; b != nil {
		if b.collect != nil {
			b.collect(c.batchLine(req, key, msgs))
			return "", ErrDryRun
		}
		if content, err, ok := b.answers.answer(ctx, c, key); ok {
			return content, err
		}
	}
	return c.send(ctx, req, msgs)
}

func (c *Client) batchLine(req Request, key string, msgs []openai.ChatCompletionMessage) BatchLine {
	id := CustomID(req.Label, key)
	item := openai.BatchChatCompletionRequest{CustomID: id, Body: c.build(req, msgs, c.mode.Load()), Method: "POST",
		URL: openai.BatchEndpointChatCompletions}
	pt := messageTokens(c.cfg.Model, req.System, req.User)
	out := c.estimateOutput(pt)
	price, known := c.BatchPrice()
	return BatchLine{Key: key, CustomID: id, Label: req.Label, Prompt: req.Prompt, Version: req.Version,
		Line: item.MarshalBatchLineItem(), PromptTokens: pt, EstimatedCompletionTokens: out,
		EstimatedCost: price.Cost(int64(pt), int64(out)), CostKnown: known}
}

// BatchError is a request a batch did not answer: it failed there, or the
// batch ended without running it. Running again sends it in a new batch.
type BatchError struct {
	Batch, Msg string
}

func (e *BatchError) Error() string { return e.Msg }

// BatchAnswers are the answers of downloaded batches, found by request.
// The answer files stay on disk; only where each answer is stays in
// memory. It is safe for concurrent use.
type BatchAnswers struct {
	// Hint ends the message of a request that failed in a batch (what to
	// do about it).
	Hint string

	mu    sync.Mutex
	lines map[string]answerRef // short key → the answer (or error) line
	// expected are requests sent in a batch, with what to say if no line
	// answers them; withheld are requests not sent, with the reason.
	expected map[string]*BatchError
	withheld map[string]error
	used     map[string]bool
	files    map[string]*os.File
}

type answerRef struct {
	batch, path string
	off         int64
	n           int
	ok          bool // an answer (HTTP 200), not an error
}

// NewBatchAnswers starts an empty set.
func NewBatchAnswers() *BatchAnswers {
	return &BatchAnswers{lines: map[string]answerRef{}, expected: map[string]*BatchError{}, withheld: map[string]error{},
		used: map[string]bool{}, files: map[string]*os.File{}}
}

// Expect records a request sent in batch id; if no answer line comes for
// it, Do fails it with msg.
func (a *BatchAnswers) Expect(key, batch, msg string) {
	a.mu.Lock()
	a.expected[ShortKey(key)] = &BatchError{batch, msg}
	a.mu.Unlock()
}

// Withhold records a request left out of the batches (over the budget):
// Do returns err for it.
func (a *BatchAnswers) Withhold(key string, err error) {
	a.mu.Lock()
	a.withheld[ShortKey(key)] = err
	a.mu.Unlock()
}

// batchLine is a line of a batch output or error file.
type batchOutLine struct {
	CustomID string `json:"custom_id"`
	Response *struct {
		StatusCode int             `json:"status_code"`
		Body       json.RawMessage `json:"body"`
	} `json:"response"`
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Read indexes a downloaded output or error file of batch id. An answer is
// preferred to an error for the same request.
func (a *BatchAnswers) Read(batch, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	r := bufio.NewReaderSize(f, 1<<16)
	var off int64
	for {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var l batchOutLine
			if json.Unmarshal(line, &l) == nil {
				if k := KeyOfCustomID(l.CustomID); k != "" {
					ref := answerRef{batch: batch, path: path, off: off, n: len(line), ok: l.Response != nil && l.Response.StatusCode == 200}
					a.mu.Lock()
					if old, dup := a.lines[k]; !dup || !old.ok {
						a.lines[k] = ref
					}
					a.mu.Unlock()
					n++
				}
			}
		}
		off += int64(len(line))
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// Count is how many of the requests named by their short keys batch has
// a line for, and how many of those are answers.
func (a *BatchAnswers) Count(batch string, keys map[string]bool) (lines, answers int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for k := range keys {
		if ref, ok := a.lines[k]; ok && ref.batch == batch {
			lines++
			if ref.ok {
				answers++
			}
		}
	}
	return lines, answers
}

// Answered reports whether a request has an answer (not an error).
func (a *BatchAnswers) Answered(key string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.lines[ShortKey(key)].ok
}

// Close closes the answer files.
func (a *BatchAnswers) Close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, f := range a.files {
		f.Close()
	}
	a.files = map[string]*os.File{}
}

func (a *BatchAnswers) read(ref answerRef) (*batchOutLine, error) {
	a.mu.Lock()
	f, ok := a.files[ref.path]
	if !ok {
		var err error
		if f, err = os.Open(ref.path); err != nil {
			a.mu.Unlock()
			return nil, err
		}
		a.files[ref.path] = f
	}
	a.mu.Unlock()
	buf := make([]byte, ref.n)
	if _, err := f.ReadAt(buf, ref.off); err != nil {
		return nil, err
	}
	var l batchOutLine
	if err := json.Unmarshal(buf, &l); err != nil {
		return nil, err
	}
	return &l, nil
}

// answer serves a request from the batches: ok is false when the batches
// know nothing of it (a follow-up request, sent as usual).
func (a *BatchAnswers) answer(ctx context.Context, c *Client, key string) (string, error, bool) {
	if a == nil {
		return "", nil, false
	}
	k := ShortKey(key)
	a.mu.Lock()
	ref, found := a.lines[k]
	expected := a.expected[k]
	withheld := a.withheld[k]
	again := a.used[k]
	a.used[k] = true
	a.mu.Unlock()
	switch {
	case withheld != nil:
		var be *BudgetError
		if errors.As(withheld, &be) {
			c.count(ctx, func(u *Usage) { u.OverBudget++ })
		}
		return "", withheld, true
	case !found && expected != nil:
		c.fail(ctx)
		return "", expected, true
	case !found:
		return "", nil, false
	}
	l, err := a.read(ref)
	if err != nil {
		c.fail(ctx)
		return "", &BatchError{ref.batch, fmt.Sprintf("batch %s: cannot read its answer: %v", ref.batch, err)}, true
	}
	if !ref.ok {
		c.fail(ctx)
		return "", &BatchError{ref.batch, fmt.Sprintf("batch %s: %s%s", ref.batch, c.redact(clipLine(l.failure(), 200)), a.Hint)}, true
	}
	var resp openai.ChatCompletionResponse
	if err := json.Unmarshal(l.Response.Body, &resp); err != nil {
		c.fail(ctx)
		return "", &BatchError{ref.batch, fmt.Sprintf("batch %s: the answer is not a chat completion: %v", ref.batch, err)}, true
	}
	if again {
		// The same request twice in one run: answered once, used twice.
		c.count(ctx, func(u *Usage) { u.Cached++ })
	} else {
		pt, ct := int64(resp.Usage.PromptTokens), int64(resp.Usage.CompletionTokens)
		price, _ := c.BatchPrice()
		cost := price.Cost(pt, ct)
		c.count(ctx, func(u *Usage) {
			u.Requests++
			u.Batched++
			u.PromptTokens += pt
			u.CompletionTokens += ct
			u.Cost += cost
		})
	}
	content, err := answerText(resp)
	return content, err, true
}

// failure says why a line holds no answer.
func (l *batchOutLine) failure() string {
	if l.Error != nil {
		return strings.TrimSpace(l.Error.Code + ": " + l.Error.Message)
	}
	if l.Response == nil {
		return "no answer"
	}
	var body struct {
		Error struct{ Message string } `json:"error"`
	}
	msg := strings.TrimSpace(string(l.Response.Body))
	if json.Unmarshal(l.Response.Body, &body) == nil && body.Error.Message != "" {
		msg = body.Error.Message
	}
	return fmt.Sprintf("HTTP %d: %s", l.Response.StatusCode, msg)
}

// BatchInfo is what the provider says of a batch.
type BatchInfo struct {
	ID, Status                             string
	InputFileID, OutputFileID, ErrorFileID string
	Total, Completed, Failed               int
	// Errors are the reasons a batch failed validation ("line 3: …").
	Errors []string
}

// Ended reports a batch that will not change any more.
func (b *BatchInfo) Ended() bool {
	switch b.Status {
	case "completed", "failed", "expired", "cancelled":
		return true
	}
	return false
}

func batchInfo(b openai.Batch) *BatchInfo {
	bi := &BatchInfo{ID: b.ID, Status: b.Status, InputFileID: b.InputFileID, Total: b.RequestCounts.Total,
		Completed: b.RequestCounts.Completed, Failed: b.RequestCounts.Failed}
	if b.OutputFileID != nil {
		bi.OutputFileID = *b.OutputFileID
	}
	if b.ErrorFileID != nil {
		bi.ErrorFileID = *b.ErrorFileID
	}
	if b.Errors != nil {
		for _, e := range b.Errors.Data {
			msg := e.Message
			if e.Line != nil {
				msg = fmt.Sprintf("line %d: %s", *e.Line, msg)
			}
			if e.Code != "" {
				msg += " (" + e.Code + ")"
			}
			bi.Errors = append(bi.Errors, msg)
		}
	}
	return bi
}

// transferTimeout bounds an upload or download attempt.
func (c *Client) transferTimeout() time.Duration { return max(c.cfg.Timeout, 10*time.Minute) }

// SubmitBatch uploads an input file (JSONL of BatchLines) and creates a
// batch that runs it within 24 hours.
func (c *Client) SubmitBatch(ctx context.Context, name string, data []byte, metadata map[string]string) (*BatchInfo, error) {
	var file openai.File
	err := c.call(ctx, "uploading the batch input", c.transferTimeout(), func(actx context.Context) error {
		var err error
		file, err = c.api.CreateFileBytes(actx, openai.FileBytesRequest{Name: name, Bytes: data, Purpose: openai.PurposeBatch})
		return err
	})
	if err != nil {
		return nil, err
	}
	meta := map[string]any{}
	for k, v := range metadata {
		meta[k] = v
	}
	return c.batchCall(ctx, "creating the batch", func(actx context.Context) (openai.BatchResponse, error) {
		return c.api.CreateBatch(actx, openai.CreateBatchRequest{InputFileID: file.ID, Endpoint: openai.BatchEndpointChatCompletions,
			CompletionWindow: "24h", Metadata: meta})
	})
}

// Batch asks the provider how a batch is going.
func (c *Client) Batch(ctx context.Context, id string) (*BatchInfo, error) {
	return c.batchCall(ctx, "batch "+id, func(actx context.Context) (openai.BatchResponse, error) { return c.api.RetrieveBatch(actx, id) })
}

// CancelBatch asks the provider to stop a batch.
func (c *Client) CancelBatch(ctx context.Context, id string) (*BatchInfo, error) {
	return c.batchCall(ctx, "cancelling batch "+id, func(actx context.Context) (openai.BatchResponse, error) { return c.api.CancelBatch(actx, id) })
}

func (c *Client) batchCall(ctx context.Context, what string, f func(context.Context) (openai.BatchResponse, error)) (*BatchInfo, error) {
	var b openai.BatchResponse
	err := c.call(ctx, what, c.cfg.Timeout, func(actx context.Context) error {
		var err error
		b, err = f(actx)
		return err
	})
	if err != nil {
		return nil, err
	}
	return batchInfo(b.Batch), nil
}

// DownloadFile writes a file's content (a batch's output or errors) to
// path, whole or not at all.
func (c *Client) DownloadFile(ctx context.Context, id, path string) error {
	return c.call(ctx, "downloading file "+id, c.transferTimeout(), func(actx context.Context) error {
		raw, err := c.api.GetFileContent(actx, id)
		if err != nil {
			return err
		}
		defer raw.Close()
		return fsutil.WriteAtomic(path, func(w io.Writer) error {
			_, err := io.Copy(w, raw)
			return err
		})
	})
}
