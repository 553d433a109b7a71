package reviewui

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/mtcheck/mtcheck/internal/fix"
	"github.com/mtcheck/mtcheck/internal/fsutil"
)

// A session stopped with unsaved decisions (Ctrl-C) keeps them in a draft
// beside the article; the next review of the same, unchanged article takes
// them up again, each with its proposal (matched by sentence, source and
// corrected text, since an LLM's proposals may come in another order).

type draftDecision struct {
	Sentence  int    `json:"sentence"`
	Source    string `json:"source"`
	Corrected string `json:"corrected"`
	Decision  string `json:"decision"`
	Final     string `json:"final,omitempty"`
}

type draft struct {
	// Article is the SHA-256 of the article the decisions were made on.
	Article   string          `json:"article"`
	Decisions []draftDecision `json:"decisions"`
}

// DraftPath is where unsaved decisions are kept when a session stops:
// beside the article, in .mtcheck/review/NAME.json.
func DraftPath(article string) string {
	return filepath.Join(filepath.Dir(article), ".mtcheck", "review", filepath.Base(article)+".json")
}

func draftKey(sentence int, source, corrected string) string {
	return fmt.Sprintf("%d\x00%s\x00%s", sentence, source, corrected)
}

func sum(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Restored counts the decisions restored from an earlier session's draft.
func (s *Session) Restored() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.restored
}

// restoreDecision applies a draft decision waiting for this proposal.
// Call with mu held.
func (s *Session) restoreDecision(id string, p *fix.Proposal) {
	k := draftKey(p.Sentence, p.Source, p.Corrected)
	dd, ok := s.restore[k]
	if !ok {
		return
	}
	delete(s.restore, k)
	d := decision{what: dd.Decision, final: dd.Final}
	switch dd.Decision {
	case Accepted:
		if !p.OK() {
			return
		}
	case Edited:
		doc := s.cfg.Input.Article
		d.edited = &fix.Proposal{Sentence: p.Sentence, Source: "edited", Reason: "edited by hand", Original: p.Original,
			Corrected: dd.Final, Edits: fix.EditsFor(doc, doc.Sentences[p.Sentence], dd.Final), Confidence: 1}
	case Rejected:
	default:
		return
	}
	s.decisions[id] = d
	s.restored++
}

// loadDraft reads the draft of an earlier session. A draft made on other
// text (the article changed since) is left alone and not used.
func (s *Session) loadDraft() error {
	b, err := os.ReadFile(DraftPath(s.cfg.Path))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	var d draft
	if err := json.Unmarshal(b, &d); err != nil {
		return fmt.Errorf("%s: %v (remove it to start afresh)", DraftPath(s.cfg.Path), err)
	}
	if d.Article != sum(s.original) {
		return nil
	}
	s.restore = map[string]draftDecision{}
	for _, dd := range d.Decisions {
		s.restore[draftKey(dd.Sentence, dd.Source, dd.Corrected)] = dd
	}
	return nil
}

// WriteDraft keeps the unsaved decisions, when there are any, and returns
// the draft's path and how many it holds; with none, an old draft is
// removed. Decisions made after a save are on a changed article: the draft
// records them, but a new session does not take them up.
func (s *Session) WriteDraft() (string, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.unsaved()
	if n == 0 {
		s.removeDraft()
		return "", 0, nil
	}
	d := draft{Article: sum(s.original), Decisions: []draftDecision{}}
	for _, p := range s.props {
		if dec, ok := s.decisions[s.ids[p]]; ok {
			d.Decisions = append(d.Decisions, draftDecision{Sentence: p.Sentence, Source: p.Source, Corrected: p.Corrected,
				Decision: dec.what, Final: dec.final})
		}
	}
	for _, dd := range s.restore {
		d.Decisions = append(d.Decisions, dd) // restored proposals that did not come this time
	}
	path := DraftPath(s.cfg.Path)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", 0, err
	}
	err := fsutil.WriteAtomic(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(d)
	})
	return path, n, err
}

func (s *Session) removeDraft() {
	_ = os.Remove(DraftPath(s.cfg.Path))
	s.restore = nil
}
