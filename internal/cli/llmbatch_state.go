package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/mtcheck/mtcheck/internal/fsutil"
	"github.com/mtcheck/mtcheck/internal/llm"
)

// batchState is what mtcheck keeps of a batch it created or was pointed at
// (--llm-batch-id), so that a later run picks it up: in the batch state
// directory, ID.json, with the answers downloaded beside it as
// ID.output.jsonl and ID.errors.jsonl.
type batchState struct {
	Version      int       `json:"version"`
	ID           string    `json:"id"`
	Endpoint     string    `json:"endpoint"`
	Model        string    `json:"model"`
	Created      time.Time `json:"created"`
	Status       string    `json:"status"`
	Total        int       `json:"total"`
	Completed    int       `json:"completed"`
	Failed       int       `json:"failed"`
	InputFileID  string    `json:"input_file_id,omitempty"`
	OutputFileID string    `json:"output_file_id,omitempty"`
	ErrorFileID  string    `json:"error_file_id,omitempty"`
	Errors       []string  `json:"errors,omitempty"`
	Downloaded   bool      `json:"downloaded"`
	// Adopted: named by --llm-batch-id, not created by this state's run;
	// its requests are known from its answers only.
	Adopted bool `json:"adopted,omitempty"`
	// Requests is the manifest: each request's custom_id and cache key.
	Requests []batchRequest `json:"requests,omitempty"`
}

type batchRequest struct {
	CustomID string `json:"custom_id"`
	Key      string `json:"key"`
}

func (s *batchState) ended() bool {
	return (&llm.BatchInfo{Status: s.Status}).Ended()
}

// update takes in what the provider says; it reports a change worth saving.
func (s *batchState) update(b *llm.BatchInfo) bool {
	changed := s.Status != b.Status || s.Completed != b.Completed || s.Failed != b.Failed || s.Total != b.Total ||
		s.OutputFileID != b.OutputFileID || s.ErrorFileID != b.ErrorFileID
	s.Status, s.Total, s.Completed, s.Failed = b.Status, b.Total, b.Completed, b.Failed
	s.OutputFileID, s.ErrorFileID, s.Errors = b.OutputFileID, b.ErrorFileID, b.Errors
	if s.InputFileID == "" {
		s.InputFileID = b.InputFileID
	}
	return changed
}

// progress is "in_progress, 120/400 requests done".
func (s *batchState) progress() string {
	out := s.Status
	if s.Total > 0 {
		out += fmt.Sprintf(", %d/%d requests done", s.Completed+s.Failed, s.Total)
		if s.Failed > 0 {
			out += fmt.Sprintf(" (%d failed)", s.Failed)
		}
	}
	return out
}

// batchStore is the directory of batch states.
type batchStore struct{ dir string }

// batchKeep is how long an ended batch's state is kept when no run used it
// up; providers delete batch files after about 30 days too.
const batchKeep = 30 * 24 * time.Hour

var batchIDRe = regexp.MustCompile(`^[A-Za-z0-9_-]{1,200}$`)

func (s batchStore) path(id string) string   { return filepath.Join(s.dir, id+".json") }
func (s batchStore) output(id string) string { return filepath.Join(s.dir, id+".output.jsonl") }
func (s batchStore) errors(id string) string { return filepath.Join(s.dir, id+".errors.jsonl") }

func (s batchStore) save(st *batchState) error {
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return err
	}
	st.Version = 1
	return fsutil.WriteAtomic(s.path(st.ID), func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode(st)
	})
}

func (s batchStore) remove(id string) {
	for _, p := range []string{s.output(id), s.errors(id), s.path(id)} {
		_ = os.Remove(p)
	}
}

// load reads the states of batches for this endpoint and model ("": any),
// oldest first; ended ones older than batchKeep are removed. An unreadable state
// is reported and left alone.
func (s batchStore) load(endpoint, model string, warn func(string)) []*batchState {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil
	}
	var out []*batchState
	for _, e := range ents {
		id, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || !batchIDRe.MatchString(id) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(s.dir, e.Name()))
		var st batchState
		if err == nil {
			err = json.Unmarshal(data, &st)
		}
		if err != nil || st.ID != id {
			warn(fmt.Sprintf("%s: not a batch state mtcheck can read; ignored", filepath.Join(s.dir, e.Name())))
			continue
		}
		if st.ended() && time.Since(st.Created) > batchKeep {
			s.remove(id)
			continue
		}
		if (endpoint == "" || st.Endpoint == endpoint) && (model == "" || st.Model == model) {
			out = append(out, &st)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out
}
