// Package llmtest is an in-process fake of the OpenAI chat completions API
// (and of the Files and Batch APIs that run chat completions in bulk) on
// loopback, for tests. It checks what the real API checks (the path, the
// Authorization header, the model, the messages, response_format, the
// parameters reasoning models refuse), records every request for golden
// prompt tests, and answers from a script of replies and faults or, when the
// script is empty, from a Respond function.
package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Server is a fake OpenAI-compatible endpoint.
type Server struct {
	srv *httptest.Server
	// URL is the base URL to give a client, ending in /v1.
	URL string
	// Key is the API key expected as "Authorization: Bearer KEY" (or the
	// api-key header for Azure paths); empty means no key is expected, as
	// with a local server.
	Key string
	// Models lists the models that exist; empty accepts any.
	Models []string
	// NoJSONSchema makes the server refuse json_schema response formats, as
	// endpoints without structured outputs do.
	NoJSONSchema bool
	// Respond answers requests the script does not.
	Respond func(req *openai.ChatCompletionRequest) Reply
	// CountTokens, when set, counts the tokens reported as usage (the
	// default is an estimate from the lengths).
	CountTokens func(text string) int

	// Batch shapes how batches go (see BatchOptions).
	Batch BatchOptions

	mu       sync.Mutex
	script   []Reply
	requests []Recorded
	// The Files and Batch APIs' state.
	files    map[string]*file
	batches  map[string]*batch
	batchIDs []string
	ids      int
	faults   []apiFault
}

// Recorded is a request the server received.
type Recorded struct {
	Method, Path, Query string
	Header              http.Header
	Body                []byte
	// Request is the decoded body (zero when it did not decode).
	Request openai.ChatCompletionRequest
}

// Reply is one scripted answer.
type Reply struct {
	// Status defaults to 200.
	Status int
	Header map[string]string
	// Body, when set, is sent as it is (an HTML error page, a truncated
	// body); otherwise a chat completion with Content is sent.
	Body         string
	Content      string
	FinishReason string // default "stop"
	// Delay holds the answer back; the server gives up when the client does.
	Delay time.Duration
	// PromptTokens and CompletionTokens are reported as usage (default: an
	// estimate from the lengths).
	PromptTokens, CompletionTokens int
}

// New starts a server. Close it when done.
func New() *Server {
	s := &Server{}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	s.URL = s.srv.URL + "/v1"
	return s
}

// Root is the server's address without /v1 (the Azure resource endpoint).
func (s *Server) Root() string { return s.srv.URL }

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// Enqueue adds replies to the script; each request takes the first one left.
func (s *Server) Enqueue(r ...Reply) {
	s.mu.Lock()
	s.script = append(s.script, r...)
	s.mu.Unlock()
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Recorded(nil), s.requests...)
}

// Reset forgets the requests received and the replies left in the script.
func (s *Server) Reset() {
	s.mu.Lock()
	s.requests, s.script = nil, nil
	s.mu.Unlock()
}

// Error is a reply with an OpenAI error body.
func Error(status int, typ, code, msg string) Reply {
	b, _ := json.Marshal(map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": code}})
	return Reply{Status: status, Body: string(b), Header: map[string]string{"Content-Type": "application/json"}}
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec := Recorded{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body}
	_ = json.Unmarshal(body, &rec.Request)
	s.mu.Lock()
	s.requests = append(s.requests, rec)
	s.mu.Unlock()
	if strings.HasPrefix(r.URL.Path, "/v1/files") || strings.HasPrefix(r.URL.Path, "/v1/batches") {
		s.handleAPI(w, r, body)
		return
	}
	write(w, r, s.chat(r, body, &rec.Request))
}

// chat answers one chat completion: a request to /v1/chat/completions, or
// a line of a batch (r is nil then: the line was checked already).
func (s *Server) chat(r *http.Request, body []byte, req *openai.ChatCompletionRequest) Reply {
	s.mu.Lock()
	var rep *Reply
	if len(s.script) > 0 {
		rep = &s.script[0]
		s.script = s.script[1:]
	}
	s.mu.Unlock()

	if r != nil {
		if e := s.validate(r, body, req); e != nil {
			return *e
		}
	} else if e := s.validateBody(body, req, false); e != nil {
		return *e
	}
	if rep == nil {
		if s.Respond == nil {
			return Error(500, "server_error", "", "llmtest: no reply scripted")
		}
		x := s.Respond(req)
		rep = &x
	}
	return s.complete(*rep, req)
}

// validate refuses what the real API refuses, with its error shapes.
func (s *Server) validate(r *http.Request, body []byte, req *openai.ChatCompletionRequest) *Reply {
	azure := strings.HasPrefix(r.URL.Path, "/openai/deployments/")
	switch {
	case r.Method != http.MethodPost:
		e := Error(405, "invalid_request_error", "", "method not allowed")
		return &e
	case azure && strings.HasSuffix(r.URL.Path, "/chat/completions") && r.URL.Query().Get("api-version") != "":
	case r.URL.Path != "/v1/chat/completions":
		e := Error(404, "invalid_request_error", "", "Invalid URL (POST "+r.URL.Path+")")
		return &e
	}
	if e := s.authorize(r, azure); e != nil {
		return e
	}
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		e := Error(400, "invalid_request_error", "", "Content-Type must be application/json")
		return &e
	}
	return s.validateBody(body, req, azure)
}

// authorize checks the API key as the real API does.
func (s *Server) authorize(r *http.Request, azure bool) *Reply {
	if s.Key != "" {
		ok := r.Header.Get("Authorization") == "Bearer "+s.Key
		if azure {
			ok = r.Header.Get("api-key") == s.Key
		}
		if !ok {
			e := Error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: "+mask(r.Header.Get("Authorization"))+". You can find your API key at https://platform.openai.com/account/api-keys.")
			return &e
		}
	}
	return nil
}

// validateBody checks a chat completion request's body.
func (s *Server) validateBody(body []byte, req *openai.ChatCompletionRequest, azure bool) *Reply {
	if !json.Valid(body) {
		e := Error(400, "invalid_request_error", "", "We could not parse the JSON body of your request.")
		return &e
	}
	bad := func(msg string) *Reply { e := Error(400, "invalid_request_error", "", msg); return &e }
	if req.Model == "" {
		return bad("you must provide a model parameter")
	}
	if len(s.Models) > 0 && !azure {
		found := false
		for _, m := range s.Models {
			found = found || m == req.Model
		}
		if !found {
			e := Error(404, "invalid_request_error", "model_not_found", fmt.Sprintf("The model `%s` does not exist or you do not have access to it.", req.Model))
			return &e
		}
	}
	if len(req.Messages) == 0 {
		return bad("[] is too short - 'messages'")
	}
	all := ""
	for i, m := range req.Messages {
		switch m.Role {
		case "system", "user", "assistant", "developer":
		default:
			return bad(fmt.Sprintf("Invalid value: '%s'. Supported values are: 'system', 'assistant', 'user'. ('messages[%d].role')", m.Role, i))
		}
		if m.Content == "" {
			return bad(fmt.Sprintf("Invalid 'messages[%d].content': empty", i))
		}
		all += m.Content
	}
	reasoning := strings.HasPrefix(req.Model, "o") || strings.HasPrefix(req.Model, "gpt-5")
	//lint:ignore SA1019 the fake rejects the deprecated field for reasoning models, as the real API does.
	if reasoning && req.MaxTokens > 0 {
		return bad("Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.")
	}
	if reasoning && req.Temperature != 0 && req.Temperature != 1 {
		return bad("Unsupported value: 'temperature' does not support this value with this model. Only the default (1) value is supported.")
	}
	if f := req.ResponseFormat; f != nil {
		switch f.Type {
		case openai.ChatCompletionResponseFormatTypeJSONSchema:
			if s.NoJSONSchema {
				return bad("Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.")
			}
			if f.JSONSchema == nil || f.JSONSchema.Name == "" || f.JSONSchema.Schema == nil {
				return bad("Missing required parameter: 'response_format.json_schema'.")
			}
			raw, err := json.Marshal(f.JSONSchema.Schema)
			var obj map[string]any
			if err != nil || json.Unmarshal(raw, &obj) != nil || obj["type"] != "object" {
				return bad("Invalid schema for response_format: the root must be an object schema.")
			}
		case openai.ChatCompletionResponseFormatTypeJSONObject:
			if !strings.Contains(strings.ToLower(all), "json") {
				return bad("'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.")
			}
		case openai.ChatCompletionResponseFormatTypeText:
		default:
			return bad(fmt.Sprintf("Invalid value: '%s'. Supported values are: 'json_object', 'json_schema', and 'text'.", f.Type))
		}
	}
	return nil
}

func mask(auth string) string {
	k := strings.TrimPrefix(auth, "Bearer ")
	if len(k) < 8 {
		return "***"
	}
	return k[:3] + strings.Repeat("*", len(k)-7) + k[len(k)-4:]
}

func (s *Server) complete(rep Reply, req *openai.ChatCompletionRequest) Reply {
	if rep.Body != "" || rep.Status >= 300 {
		return rep
	}
	fr := rep.FinishReason
	if fr == "" {
		fr = "stop"
	}
	pt, ct := rep.PromptTokens, rep.CompletionTokens
	if pt == 0 {
		pt = s.promptTokens(req)
	}
	if ct == 0 {
		ct = len(rep.Content)/4 + 1
		if s.CountTokens != nil {
			ct = s.CountTokens(rep.Content)
		}
	}
	resp := map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": 1700000000, "model": req.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": fr,
			"message": map[string]any{"role": "assistant", "content": rep.Content}}},
		"usage": map[string]any{"prompt_tokens": pt, "completion_tokens": ct, "total_tokens": pt + ct},
	}
	b, _ := json.Marshal(resp)
	rep.Body = string(b)
	if rep.Header == nil {
		rep.Header = map[string]string{}
	}
	rep.Header["Content-Type"] = "application/json"
	return rep
}

// promptTokens is the usage of a request's messages: with CountTokens, as
// OpenAI counts chat messages (4 tokens of framing each, 3 for the reply).
func (s *Server) promptTokens(req *openai.ChatCompletionRequest) int {
	if s.CountTokens == nil {
		n := 0
		for _, m := range req.Messages {
			n += len(m.Content)/4 + 4
		}
		return n
	}
	n := 3
	for _, m := range req.Messages {
		n += 4 + s.CountTokens(m.Content)
	}
	return n
}

func write(w http.ResponseWriter, r *http.Request, rep Reply) {
	if rep.Delay > 0 {
		t := time.NewTimer(rep.Delay)
		defer t.Stop()
		select {
		case <-r.Context().Done():
			return
		case <-t.C:
		}
	}
	for k, v := range rep.Header {
		w.Header().Set(k, v)
	}
	st := rep.Status
	if st == 0 {
		st = 200
	}
	w.WriteHeader(st)
	io.WriteString(w, rep.Body)
}
