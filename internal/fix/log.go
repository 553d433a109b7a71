package fix

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/mtcheck/mtcheck/internal/fsutil"
)

// Decision is one line of the decision log that `fix -i` and the review
// page write beside the article: what was proposed and what the editor did
// with it.
type Decision struct {
	Time       string  `json:"time"`
	File       string  `json:"file"`
	Line       int     `json:"line"`
	Sentence   int     `json:"sentence"`
	Source     string  `json:"source"`
	Reason     string  `json:"reason"`
	Confidence float64 `json:"confidence"`
	Original   string  `json:"original"`
	Proposed   string  `json:"proposed"`
	// Decision is accepted, rejected, edited or skipped (never decided).
	Decision string `json:"decision"`
	// Final is the sentence as written.
	Final string `json:"final"`
}

// LogPath is the decision log of an article written to target.
func LogPath(target string) string { return target + ".mtcheck-log.jsonl" }

// NewDecision records a decision about a proposal of doc's sentence.
func NewDecision(file string, line int, p *Proposal, what, final string) Decision {
	return Decision{Time: time.Now().UTC().Format(time.RFC3339), File: file, Line: line, Sentence: p.Sentence + 1,
		Source: p.Source, Reason: p.Reason, Confidence: p.Confidence, Original: p.Original, Proposed: p.Corrected,
		Decision: what, Final: final}
}

// AppendLog adds decisions to a log file, one JSON object a line. The file
// is rewritten atomically, so a reader never sees half a line.
func AppendLog(path string, log []Decision) error {
	if len(log) == 0 {
		return nil
	}
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("%s: %v", path, unwrap(err))
	}
	return fsutil.WriteAtomic(filepath.Clean(path), func(w io.Writer) error {
		if _, err := w.Write(old); err != nil {
			return err
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, d := range log {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return nil
	})
}
