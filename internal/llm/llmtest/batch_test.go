package llmtest_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	openai "github.com/sashabaranov/go-openai"
)

func client(srv *llmtest.Server, key string) *openai.Client {
	cfg := openai.DefaultConfig(key)
	cfg.BaseURL = srv.URL
	return openai.NewClientWithConfig(cfg)
}

func chatLine(id, model, text string) openai.BatchLineItem {
	return openai.BatchChatCompletionRequest{CustomID: id, Method: "POST", URL: openai.BatchEndpointChatCompletions,
		Body: openai.ChatCompletionRequest{Model: model, Messages: []openai.ChatCompletionMessage{{Role: "user", Content: text}}}}
}

func submit(t *testing.T, c *openai.Client, lines ...openai.BatchLineItem) openai.BatchResponse {
	t.Helper()
	ctx := context.Background()
	req := openai.UploadBatchFileRequest{FileName: "in.jsonl", Lines: lines}
	f, err := c.UploadBatchFile(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if f.Purpose != "batch" || f.Bytes != len(req.MarshalJSONL()) || !strings.HasPrefix(f.ID, "file-") {
		t.Fatalf("file %+v", f)
	}
	b, err := c.CreateBatch(ctx, openai.CreateBatchRequest{InputFileID: f.ID, Endpoint: openai.BatchEndpointChatCompletions,
		Metadata: map[string]any{"tool": "test"}})
	if err != nil {
		t.Fatal(err)
	}
	if b.Status != "validating" || b.InputFileID != f.ID || b.CompletionWindow != "24h" {
		t.Fatalf("batch %+v", b.Batch)
	}
	return b
}

func statuses(t *testing.T, c *openai.Client, id string) ([]string, openai.Batch) {
	t.Helper()
	var seen []string
	for i := 0; i < 20; i++ {
		b, err := c.RetrieveBatch(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, b.Status)
		switch b.Status {
		case "completed", "failed", "expired", "cancelled":
			return seen, b.Batch
		}
	}
	t.Fatalf("batch %s never ended: %v", id, seen)
	return nil, openai.Batch{}
}

type outLine struct {
	CustomID string `json:"custom_id"`
	Response *struct {
		StatusCode int             `json:"status_code"`
		Body       json.RawMessage `json:"body"`
	} `json:"response"`
	Error *struct{ Code, Message string } `json:"error"`
}

func content(t *testing.T, c *openai.Client, id *string) []outLine {
	t.Helper()
	if id == nil {
		return nil
	}
	raw, err := c.GetFileContent(context.Background(), *id)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var out []outLine
	sc := bufio.NewScanner(raw)
	for sc.Scan() {
		var l outLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		out = append(out, l)
	}
	return out
}

// A batch goes validating, in_progress, finalizing, completed; its output
// file has a chat completion per request, keyed by custom_id and not in
// input order, and failed requests go to the error file.
func TestBatchCompletes(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Key = "sk-k"
	srv.Batch.Polls = 2
	srv.Respond = func(req *openai.ChatCompletionRequest) llmtest.Reply {
		if req.Messages[0].Content == "fail" {
			return llmtest.Error(500, "server_error", "", "the model had an error")
		}
		return llmtest.Reply{Content: "re: " + req.Messages[0].Content}
	}
	c := client(srv, "sk-k")
	b := submit(t, c, chatLine("a", "m", "one"), chatLine("b", "m", "fail"), chatLine("c", "m", "three"))
	seen, fin := statuses(t, c, b.ID)
	if got := strings.Join(seen, " "); got != "validating in_progress in_progress finalizing finalizing completed" {
		t.Errorf("statuses: %s", got)
	}
	if fin.RequestCounts != (openai.BatchRequestCounts{Total: 3, Completed: 2, Failed: 1}) || fin.CompletedAt == nil {
		t.Errorf("batch %+v", fin)
	}
	out := content(t, c, fin.OutputFileID)
	if len(out) != 2 || out[0].CustomID != "c" || out[1].CustomID != "a" {
		t.Fatalf("output %+v", out)
	}
	var cc openai.ChatCompletionResponse
	if err := json.Unmarshal(out[0].Response.Body, &cc); err != nil || cc.Choices[0].Message.Content != "re: three" || cc.Usage.PromptTokens == 0 {
		t.Errorf("answer %s", out[0].Response.Body)
	}
	errs := content(t, c, fin.ErrorFileID)
	if len(errs) != 1 || errs[0].CustomID != "b" || errs[0].Response.StatusCode != 500 || !strings.Contains(string(errs[0].Response.Body), "the model had an error") {
		t.Errorf("errors %+v", errs)
	}
	if srv.Count("POST", "/v1/chat/completions") != 0 || len(srv.Batches()) != 1 {
		t.Error("a batch made direct requests, or was not listed")
	}
}

// The input file is checked as the real API checks it: a bad line fails the
// whole batch, with the line number.
func TestBatchFailsValidation(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Respond = func(*openai.ChatCompletionRequest) llmtest.Reply { return llmtest.Reply{Content: "x"} }
	c := client(srv, "")
	b := submit(t, c, chatLine("a", "m", "one"), chatLine("a", "m", "two"), chatLine("c", "other", "three"))
	_, fin := statuses(t, c, b.ID)
	if fin.Status != "failed" || fin.Errors == nil || len(fin.Errors.Data) != 2 {
		t.Fatalf("batch %+v", fin)
	}
	if e := fin.Errors.Data[0]; e.Code != "duplicate_custom_id" || e.Line == nil || *e.Line != 2 {
		t.Errorf("error %+v", e)
	}
	if e := fin.Errors.Data[1]; e.Code != "mismatched_model" || *e.Line != 3 {
		t.Errorf("error %+v", e)
	}
	srv.Batch.Fail = "Enqueued token limit reached for m."
	b = submit(t, c, chatLine("a", "m", "one"))
	if _, fin = statuses(t, c, b.ID); fin.Status != "failed" || fin.Errors.Data[0].Message != srv.Batch.Fail {
		t.Errorf("batch %+v", fin)
	}
}

// An expired batch answers some requests; the rest are batch_expired in
// the error file. A cancelled one goes cancelling, then cancelled.
func TestBatchExpiresAndCancels(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Respond = func(*openai.ChatCompletionRequest) llmtest.Reply { return llmtest.Reply{Content: "x"} }
	srv.Batch = llmtest.BatchOptions{Expire: true, Answered: 1}
	c := client(srv, "")
	b := submit(t, c, chatLine("a", "m", "one"), chatLine("b", "m", "two"))
	_, fin := statuses(t, c, b.ID)
	if fin.Status != "expired" || fin.ExpiredAt == nil {
		t.Fatalf("batch %+v", fin)
	}
	out, errs := content(t, c, fin.OutputFileID), content(t, c, fin.ErrorFileID)
	if len(out) != 1 || out[0].CustomID != "a" || len(errs) != 1 || errs[0].Error == nil || errs[0].Error.Code != "batch_expired" {
		t.Errorf("output %+v, errors %+v", out, errs)
	}
	srv.Batch = llmtest.BatchOptions{Polls: 5}
	b = submit(t, c, chatLine("a", "m", "one"))
	cb, err := c.CancelBatch(context.Background(), b.ID)
	if err != nil || cb.Status != "cancelling" {
		t.Fatalf("cancel: %v %+v", err, cb.Batch)
	}
	if seen, _ := statuses(t, c, b.ID); strings.Join(seen, " ") != "cancelled" {
		t.Errorf("statuses after cancel: %v", seen)
	}
	if _, err := c.CancelBatch(context.Background(), b.ID); err == nil {
		t.Error("a cancelled batch was cancelled again")
	}
}

// What the real API refuses: a wrong key, a batch file not named .jsonl, an
// unknown file or batch, a window other than 24h. Faults can be scripted.
func TestBatchAPIRefuses(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Key = "sk-right"
	ctx := context.Background()
	var ae *openai.APIError
	if _, err := client(srv, "sk-wrong").CreateFileBytes(ctx, openai.FileBytesRequest{Name: "a.jsonl", Bytes: []byte("{}"), Purpose: openai.PurposeBatch}); !errors.As(err, &ae) || ae.HTTPStatusCode != 401 {
		t.Errorf("wrong key: %v", err)
	}
	c := client(srv, "sk-right")
	if _, err := c.CreateFileBytes(ctx, openai.FileBytesRequest{Name: "a.json", Bytes: []byte("{}"), Purpose: openai.PurposeBatch}); !errors.As(err, &ae) || !strings.Contains(ae.Message, "Must be .jsonl") {
		t.Errorf("not .jsonl: %v", err)
	}
	if _, err := c.GetFileContent(ctx, "file-nope"); !errors.As(err, &ae) || ae.HTTPStatusCode != 404 {
		t.Errorf("unknown file: %v", err)
	}
	if _, err := c.RetrieveBatch(ctx, "batch_nope"); !errors.As(err, &ae) || ae.HTTPStatusCode != 404 {
		t.Errorf("unknown batch: %v", err)
	}
	f, _ := c.CreateFileBytes(ctx, openai.FileBytesRequest{Name: "a.jsonl", Bytes: []byte("{}"), Purpose: openai.PurposeBatch})
	if _, err := c.CreateBatch(ctx, openai.CreateBatchRequest{InputFileID: f.ID, Endpoint: openai.BatchEndpointChatCompletions, CompletionWindow: "1h"}); !errors.As(err, &ae) || ae.HTTPStatusCode != 400 {
		t.Errorf("1h window: %v", err)
	}
	srv.FailAPI("POST", "/v1/files", llmtest.Reply{Status: 503, Body: "<html>down</html>"})
	var re *openai.RequestError
	if _, err := c.CreateFileBytes(ctx, openai.FileBytesRequest{Name: "a.jsonl", Bytes: []byte("{}"), Purpose: openai.PurposeBatch}); !errors.As(err, &re) || re.HTTPStatusCode != 503 {
		t.Errorf("scripted fault: %v", err)
	}
	raw, err := c.GetFileContent(ctx, f.ID)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(raw)
	if !bytes.Equal(data, []byte("{}")) {
		t.Errorf("content %q", data)
	}
}
