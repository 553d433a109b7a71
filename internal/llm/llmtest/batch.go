package llmtest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// BatchOptions shape how the server's batches go. The zero value is a batch
// that validates, runs and completes, one status read per stage.
type BatchOptions struct {
	// Polls is how many status reads a batch stays validating, and then
	// in_progress and finalizing (default 1).
	Polls int
	// Fail makes batches fail validation with this message (as the real
	// API does when the enqueued token limit is reached).
	Fail string
	// Expire makes batches expire after answering the first Answered
	// requests; the others go to the error file as batch_expired.
	Expire   bool
	Answered int
}

// file is an uploaded or generated file.
type file struct {
	ID, Name, Purpose string
	Data              []byte
	Created           int64
}

// batch is a batch and how far it has gone.
type batch struct {
	b     map[string]any
	input string
	polls int // status reads in the current stage
	// finishing: the requests are being answered (the lock is not held).
	finishing bool
}

// apiFault is a reply scripted for a Files or Batch API call.
type apiFault struct {
	method, prefix string
	reply          Reply
}

// FailAPI makes the next request with this method whose path starts with
// prefix (e.g. "/v1/files", "/v1/batches/") get reply instead.
func (s *Server) FailAPI(method, prefix string, reply Reply) {
	s.mu.Lock()
	s.faults = append(s.faults, apiFault{method, prefix, reply})
	s.mu.Unlock()
}

// File returns the content of a stored file (an uploaded batch input, an
// output or error file) and whether it exists.
func (s *Server) File(id string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.files[id]
	if !ok {
		return nil, false
	}
	return f.Data, true
}

// Batches lists the IDs of the batches created, oldest first.
func (s *Server) Batches() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.batchIDs...)
}

// BatchStatus is a batch's status, or "" for an unknown batch.
func (s *Server) BatchStatus(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.batches[id]; ok {
		return b.b["status"].(string)
	}
	return ""
}

// Count is how many requests reached a path (exactly, or below it when
// the path ends in '/').
func (s *Server) Count(method, path string) int {
	n := 0
	for _, r := range s.Requests() {
		if r.Method == method && (r.Path == path || strings.HasSuffix(path, "/") && strings.HasPrefix(r.Path, path)) {
			n++
		}
	}
	return n
}

func (s *Server) nextID(prefix string) string {
	s.ids++
	return fmt.Sprintf("%s%06d", prefix, s.ids)
}

// handleAPI serves the Files and Batch APIs as OpenAI does.
func (s *Server) handleAPI(w http.ResponseWriter, r *http.Request, body []byte) {
	if e := s.authorize(r, false); e != nil {
		write(w, r, *e)
		return
	}
	s.mu.Lock()
	for i, f := range s.faults {
		if f.method == r.Method && strings.HasPrefix(r.URL.Path, f.prefix) {
			s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			s.mu.Unlock()
			write(w, r, f.reply)
			return
		}
	}
	s.mu.Unlock()
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/") // v1 files|batches [id [content|cancel]]
	var rep Reply
	switch {
	case parts[1] == "files" && len(parts) == 2 && r.Method == http.MethodPost:
		rep = s.upload(r, body)
	case parts[1] == "files" && len(parts) == 3 && r.Method == http.MethodGet:
		rep = s.withFile(parts[2], func(f *file) Reply { return jsonReply(200, fileObject(f)) })
	case parts[1] == "files" && len(parts) == 3 && r.Method == http.MethodDelete:
		rep = s.withFile(parts[2], func(f *file) Reply {
			delete(s.files, f.ID)
			return jsonReply(200, map[string]any{"id": f.ID, "object": "file", "deleted": true})
		})
	case parts[1] == "files" && len(parts) == 4 && parts[3] == "content" && r.Method == http.MethodGet:
		rep = s.withFile(parts[2], func(f *file) Reply {
			return Reply{Status: 200, Body: string(f.Data), Header: map[string]string{"Content-Type": "application/octet-stream"}}
		})
	case parts[1] == "batches" && len(parts) == 2 && r.Method == http.MethodPost:
		rep = s.createBatch(body)
	case parts[1] == "batches" && len(parts) == 2 && r.Method == http.MethodGet:
		s.mu.Lock()
		var data []any
		for i := len(s.batchIDs) - 1; i >= 0; i-- {
			data = append(data, s.batches[s.batchIDs[i]].b)
		}
		s.mu.Unlock()
		rep = jsonReply(200, map[string]any{"object": "list", "data": data, "has_more": false})
	case parts[1] == "batches" && len(parts) == 3 && r.Method == http.MethodGet:
		rep = s.withBatch(parts[2], func(b *batch) Reply { s.advance(b); return jsonReply(200, b.b) })
	case parts[1] == "batches" && len(parts) == 4 && parts[3] == "cancel" && r.Method == http.MethodPost:
		rep = s.withBatch(parts[2], func(b *batch) Reply {
			switch b.b["status"] {
			case "validating", "in_progress", "finalizing":
				b.b["status"], b.b["cancelling_at"] = "cancelling", now()
				return jsonReply(200, b.b)
			}
			return Error(409, "invalid_request_error", "", fmt.Sprintf("Cannot cancel a batch with status '%s'.", b.b["status"]))
		})
	default:
		rep = Error(404, "invalid_request_error", "", "Invalid URL ("+r.Method+" "+r.URL.Path+")")
	}
	write(w, r, rep)
}

func now() int64 { return time.Now().Unix() }

func jsonReply(status int, v any) Reply {
	b, _ := json.Marshal(v)
	return Reply{Status: status, Body: string(b), Header: map[string]string{"Content-Type": "application/json"}}
}

func fileObject(f *file) map[string]any {
	return map[string]any{"id": f.ID, "object": "file", "bytes": len(f.Data), "created_at": f.Created, "filename": f.Name,
		"purpose": f.Purpose, "status": "processed", "status_details": nil}
}

func (s *Server) withFile(id string, f func(*file) Reply) Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	x, ok := s.files[id]
	if !ok {
		return Error(404, "invalid_request_error", "", "No such File object: "+id)
	}
	return f(x)
}

func (s *Server) withBatch(id string, f func(*batch) Reply) Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.batches[id]
	if !ok {
		return Error(404, "invalid_request_error", "", "No batch found with id '"+id+"'.")
	}
	return f(b)
}

// maxFile is the Files API's limit for a batch input file.
const maxFile = 200 << 20

func (s *Server) upload(r *http.Request, body []byte) Reply {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		return Error(400, "invalid_request_error", "", "Invalid Content-Type header (expected multipart/form-data).")
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	f := &file{Created: now()}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Error(400, "invalid_request_error", "", "Could not parse multipart form: "+err.Error())
		}
		data, _ := io.ReadAll(p)
		switch p.FormName() {
		case "purpose":
			f.Purpose = string(data)
		case "file":
			f.Name, f.Data = p.FileName(), data
		}
	}
	switch {
	case f.Purpose == "":
		return Error(400, "invalid_request_error", "", "Missing required parameter: 'purpose'.")
	case f.Name == "":
		return Error(400, "invalid_request_error", "", "Missing required parameter: 'file'.")
	case f.Purpose != "batch" && f.Purpose != "fine-tune" && f.Purpose != "assistants" && f.Purpose != "user_data":
		return Error(400, "invalid_request_error", "", fmt.Sprintf("'%s' is not one of ['fine-tune', 'assistants', 'batch', 'user_data'] - 'purpose'", f.Purpose))
	case f.Purpose == "batch" && !strings.HasSuffix(f.Name, ".jsonl"):
		return Error(400, "invalid_request_error", "", "Invalid file format for Batch API. Must be .jsonl")
	case len(f.Data) > maxFile:
		return Error(413, "invalid_request_error", "", "File is too large.")
	}
	s.mu.Lock()
	f.ID = s.nextID("file-")
	if s.files == nil {
		s.files = map[string]*file{}
	}
	s.files[f.ID] = f
	s.mu.Unlock()
	return jsonReply(200, fileObject(f))
}

func (s *Server) createBatch(body []byte) Reply {
	var req struct {
		InputFileID      string         `json:"input_file_id"`
		Endpoint         string         `json:"endpoint"`
		CompletionWindow string         `json:"completion_window"`
		Metadata         map[string]any `json:"metadata"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return Error(400, "invalid_request_error", "", "We could not parse the JSON body of your request.")
	}
	switch req.Endpoint {
	case "/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/responses":
	default:
		return Error(400, "invalid_request_error", "", fmt.Sprintf("Invalid value: '%s'. Supported values are: '/v1/chat/completions', '/v1/completions', '/v1/embeddings' and '/v1/responses'.", req.Endpoint))
	}
	if req.CompletionWindow != "24h" {
		return Error(400, "invalid_request_error", "", fmt.Sprintf("Invalid value: '%s'. Supported values are: '24h'.", req.CompletionWindow))
	}
	for k, v := range req.Metadata {
		if sv, ok := v.(string); !ok || len(k) > 64 || len(sv) > 512 || len(req.Metadata) > 16 {
			return Error(400, "invalid_request_error", "", "Invalid 'metadata': at most 16 string values of up to 512 characters, keys of up to 64.")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.files[req.InputFileID]
	if !ok {
		return Error(400, "invalid_request_error", "", "Invalid 'input_file_id': '"+req.InputFileID+"'. No such file.")
	}
	if f.Purpose != "batch" {
		return Error(400, "invalid_request_error", "", "The input file must have purpose 'batch'.")
	}
	id := s.nextID("batch_")
	t := now()
	b := &batch{input: f.ID, b: map[string]any{"id": id, "object": "batch", "endpoint": req.Endpoint, "errors": nil,
		"input_file_id": f.ID, "completion_window": "24h", "status": "validating", "output_file_id": nil, "error_file_id": nil,
		"created_at": t, "in_progress_at": nil, "expires_at": t + 86400, "finalizing_at": nil, "completed_at": nil,
		"failed_at": nil, "expired_at": nil, "cancelling_at": nil, "cancelled_at": nil,
		"request_counts": map[string]int{"total": 0, "completed": 0, "failed": 0}, "metadata": req.Metadata}}
	if s.batches == nil {
		s.batches = map[string]*batch{}
	}
	s.batches[id] = b
	s.batchIDs = append(s.batchIDs, id)
	return jsonReply(200, b.b)
}

// advance moves a batch on by one status read: validating, in_progress,
// finalizing, then completed (or failed, expired, cancelled). The caller
// holds s.mu.
func (s *Server) advance(b *batch) {
	polls := max(1, s.Batch.Polls)
	st := b.b["status"].(string)
	if b.finishing {
		return
	}
	switch st {
	case "completed", "failed", "expired", "cancelled":
		return
	case "cancelling":
		b.b["status"], b.b["cancelled_at"] = "cancelled", now()
		return
	}
	b.polls++
	if b.polls < polls {
		return
	}
	b.polls = 0
	switch st {
	case "validating":
		lines, errs := s.checkInput(b)
		if s.Batch.Fail != "" {
			errs = append(errs, map[string]any{"code": "token_limit_exceeded", "message": s.Batch.Fail, "param": nil, "line": nil})
		}
		if len(errs) > 0 {
			b.b["status"], b.b["failed_at"] = "failed", now()
			b.b["errors"] = map[string]any{"object": "list", "data": errs}
			return
		}
		b.b["status"], b.b["in_progress_at"] = "in_progress", now()
		b.b["request_counts"] = map[string]int{"total": len(lines), "completed": 0, "failed": 0}
	case "in_progress":
		b.b["status"], b.b["finalizing_at"] = "finalizing", now()
	case "finalizing":
		s.finish(b)
	}
}

// inputLine is one request of a batch input file.
type inputLine struct {
	CustomID string          `json:"custom_id"`
	Method   string          `json:"method"`
	URL      string          `json:"url"`
	Body     json.RawMessage `json:"body"`
}

// checkInput validates the input file as the real API does before running
// a batch: one JSON request per line, unique custom_ids, POST to the
// batch's endpoint, one model.
func (s *Server) checkInput(b *batch) ([]inputLine, []any) {
	f := s.files[b.input]
	if f == nil {
		return nil, []any{map[string]any{"code": "invalid_file", "message": "The input file was deleted.", "line": nil}}
	}
	var lines []inputLine
	var errs []any
	bad := func(n int, code, msg string) {
		errs = append(errs, map[string]any{"code": code, "message": msg, "param": nil, "line": n})
	}
	seen := map[string]bool{}
	model := ""
	sc := bufio.NewScanner(bytes.NewReader(f.Data))
	sc.Buffer(nil, maxFile)
	n := 0
	for sc.Scan() {
		n++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var l inputLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			bad(n, "invalid_json_line", "This line is not parseable as valid JSON.")
			continue
		}
		var body struct {
			Model string `json:"model"`
		}
		switch {
		case l.CustomID == "":
			bad(n, "missing_required_parameter", "Missing required parameter: 'custom_id'.")
		case seen[l.CustomID]:
			bad(n, "duplicate_custom_id", "The custom_id for this request is a duplicate of another request. The custom_id parameter must be unique for each request in a batch.")
		case l.Method != "POST":
			bad(n, "invalid_method", "The method for this request must be POST.")
		case l.URL != b.b["endpoint"]:
			bad(n, "mismatched_endpoint", "The endpoint for this request does not match the batch endpoint.")
		case json.Unmarshal(l.Body, &body) != nil || body.Model == "":
			bad(n, "missing_required_parameter", "Missing required parameter: 'body.model'.")
		case model != "" && body.Model != model:
			bad(n, "mismatched_model", "The model for this request does not match the model of the other requests in the batch.")
		}
		seen[l.CustomID] = true
		if model == "" {
			model = body.Model
		}
		lines = append(lines, l)
	}
	if len(lines) == 0 && len(errs) == 0 {
		bad(0, "empty_file", "The input file is empty.")
	}
	return lines, errs
}

// finish answers the requests (the chat script and Respond decide each
// answer, as for a direct request) and writes the output and error files.
// Like the real service, it does not keep the input order. The caller holds
// s.mu, which is let go while the requests are answered.
func (s *Server) finish(b *batch) {
	lines, _ := s.checkInput(b)
	b.finishing = true
	s.mu.Unlock()
	type result struct {
		line []byte
		ok   bool
	}
	var results []result
	for i, l := range lines {
		rid := fmt.Sprintf("batch_req_%s_%d", b.b["id"], i+1)
		if s.Batch.Expire && i >= s.Batch.Answered {
			line, _ := json.Marshal(map[string]any{"id": rid, "custom_id": l.CustomID, "response": nil,
				"error": map[string]any{"code": "batch_expired", "message": "This request could not be executed before the completion window expired."}})
			results = append(results, result{line, false})
			continue
		}
		var req openai.ChatCompletionRequest
		_ = json.Unmarshal(l.Body, &req)
		rep := s.chat(nil, l.Body, &req)
		st := rep.Status
		if st == 0 {
			st = 200
		}
		var body any = rep.Body
		var js any
		if json.Unmarshal([]byte(rep.Body), &js) == nil {
			body = js
		}
		line, _ := json.Marshal(map[string]any{"id": rid, "custom_id": l.CustomID,
			"response": map[string]any{"status_code": st, "request_id": "req_" + rid, "body": body}, "error": nil})
		results = append(results, result{line, st < 300})
	}
	s.mu.Lock()
	b.finishing = false
	var out, errs bytes.Buffer
	done, failed := 0, 0
	for i := len(results) - 1; i >= 0; i-- { // reversed: answers come in any order
		r := results[i]
		if r.ok {
			out.Write(append(r.line, '\n'))
			done++
		} else {
			errs.Write(append(r.line, '\n'))
			failed++
		}
	}
	id := b.b["id"].(string)
	if out.Len() > 0 {
		f := &file{ID: s.nextID("file-"), Name: id + "_output.jsonl", Purpose: "batch_output", Data: out.Bytes(), Created: now()}
		s.files[f.ID] = f
		b.b["output_file_id"] = f.ID
	}
	if errs.Len() > 0 {
		f := &file{ID: s.nextID("file-"), Name: id + "_error.jsonl", Purpose: "batch_output", Data: errs.Bytes(), Created: now()}
		s.files[f.ID] = f
		b.b["error_file_id"] = f.ID
	}
	b.b["request_counts"] = map[string]int{"total": len(lines), "completed": done, "failed": failed}
	if s.Batch.Expire {
		b.b["status"], b.b["expired_at"] = "expired", now()
	} else {
		b.b["status"], b.b["completed_at"] = "completed", now()
	}
}
