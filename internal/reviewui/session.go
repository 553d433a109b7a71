package reviewui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/fix"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/mtcheck/mtcheck/internal/review"
)

// Config describes a review session.
type Config struct {
	// Input is the article with its references, source and glossary.
	Input check.Input
	Opts  check.Options
	// Refs and Source name the evidence in the report.
	Refs   []string
	Source string
	// Path is the article's file; Target the file saving writes: the
	// article itself (the default), or -o FILE.
	Path, Target string
	// Runner, when set, is the LLM: it reviews the flagged sentences and
	// proposes corrections in the background while the page is open.
	Runner *review.Runner
	Tool   report.Tool
}

// Decisions the editor can make about a proposal.
const (
	Accepted = "accepted"
	Rejected = "rejected"
	Edited   = "edited"
)

type decision struct {
	what  string
	final string
	// edited is the correction made by hand (what is written and logged).
	edited *fix.Proposal
}

func (d decision) key() string { return d.what + "\x00" + d.final }

// Session is one article under review: its check result, the proposals
// (offline at once, the LLM's as they arrive), the editor's decisions and
// the saves. All of it is guarded by mu.
type Session struct {
	cfg      Config
	original string // the article as read

	mu        sync.Mutex
	res       *check.Result
	props     []*fix.Proposal // ordered as fix.Order orders them
	ids       map[*fix.Proposal]string
	byID      map[string]*fix.Proposal
	perSent   map[int]int // proposals made per sentence, for stable IDs
	decisions map[string]decision
	// logged is what the decision log has for each proposal (its last
	// decision key; "skipped" once logged undecided).
	logged  map[string]string
	version int
	// progress is the LLM's work as the page shows it.
	progress string
	working  bool
	saved    *report.ReviewSaved
	// written is what the last save wrote (the target must still hold it
	// for the next save).
	written string
	// restore holds decisions of an earlier session, kept in its draft,
	// waiting for their proposal (an LLM one may come later).
	restore  map[string]draftDecision
	restored int
	changed  chan struct{} // closed and replaced at every change
	llmDone  chan struct{}
}

// NewSession checks the article and makes the offline proposals.
func NewSession(cfg Config) (*Session, error) {
	if cfg.Path == "" {
		cfg.Path = cfg.Input.Article.Name
	}
	if cfg.Target == "" {
		cfg.Target = cfg.Path
	}
	s := &Session{cfg: cfg, original: cfg.Input.Article.Text, ids: map[*fix.Proposal]string{}, byID: map[string]*fix.Proposal{},
		perSent: map[int]int{}, decisions: map[string]decision{}, logged: map[string]string{}, changed: make(chan struct{})}
	if err := s.loadDraft(); err != nil {
		return nil, err
	}
	s.res = check.Run(cfg.Input, cfg.Opts)
	props := fix.Offline(s.res)
	v := fix.NewVerifier(cfg.Input, s.res, cfg.Opts)
	for _, p := range props {
		v.Verify(p)
	}
	s.add(props)
	return s, nil
}

// add gives new proposals their IDs (stable: the nth proposal made for a
// sentence is sN-n whatever comes later) and files them in order.
func (s *Session) add(ps []*fix.Proposal) {
	for _, p := range ps {
		id := fix.ID(p.Sentence, s.perSent[p.Sentence])
		s.perSent[p.Sentence]++
		s.ids[p], s.byID[id] = id, p
		s.props = append(s.props, p)
		s.restoreDecision(id, p)
	}
	fix.Order(s.props)
}

// touch records a change and wakes the pages listening. Call with mu held.
func (s *Session) touch() {
	s.version++
	close(s.changed)
	s.changed = make(chan struct{})
}

// State is what a page polls or is sent: whether to re-render, what the
// LLM is doing, and how many decisions are unsaved.
type State struct {
	Version  int    `json:"version"`
	Unsaved  int    `json:"unsaved"`
	Progress string `json:"progress"`
	Working  bool   `json:"working"`
	Saved    bool   `json:"saved"`
}

// State returns the session's state and a channel closed at its next change.
func (s *Session) State() (State, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state(), s.changed
}

func (s *Session) state() State {
	return State{Version: s.version, Unsaved: s.unsaved(), Progress: s.progress, Working: s.working, Saved: s.saved != nil}
}

// unsaved counts the proposals whose decision differs from what was last
// saved.
func (s *Session) unsaved() int {
	n := 0
	for id := range s.byID {
		d, ok := s.decisions[id]
		was, logged := s.logged[id]
		switch {
		case ok && (!logged || was != d.key()):
			n++
		case !ok && logged && was != "skipped":
			n++ // undone since the save
		}
	}
	return n
}

// Render writes the review page (or, fragment, its main content).
func (s *Session) Render(w io.Writer, token string, fragment bool) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := report.FromResult(s.res, s.cfg.Refs, s.cfg.Source)
	best := map[*fix.Proposal]bool{}
	for _, p := range fix.Best(s.props) {
		best[p] = true
	}
	for _, p := range s.props {
		f.Sentences[p.Sentence].Proposals = append(f.Sentences[p.Sentence].Proposals, p.Report(s.ids[p], best[p]))
	}
	r := &report.Report{SchemaVersion: report.SchemaVersion, Tool: s.cfg.Tool, Files: []*report.File{f}, Errors: []report.FileError{}}
	r.Summarize()
	rv := &report.ReviewView{Token: token, Version: s.version, Unsaved: s.unsaved(), Progress: s.progress, Working: s.working,
		Saved: s.saved, Decisions: map[string]report.ReviewDecision{}}
	for id, d := range s.decisions {
		rv.Decisions[id] = report.ReviewDecision{Decision: d.what, Final: d.final}
	}
	return s.version, report.WriteHTML(w, r, report.HTMLOptions{Review: rv, Fragment: fragment,
		Title: f.Path + " · mtcheck review"})
}

// UserError is a request the session refuses, with the reason to show.
type UserError struct {
	Status int
	Msg    string
}

func (e *UserError) Error() string { return e.Msg }

func userErr(status int, format string, a ...any) error {
	return &UserError{status, fmt.Sprintf(format, a...)}
}

// Decide records the editor's decision about a proposal: accept, reject,
// edit (text is the corrected sentence) or undo. Accepting or editing one
// proposal of a sentence withdraws any other chosen for it.
func (s *Session) Decide(id, what, text string) (State, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.byID[id]
	if p == nil {
		return s.state(), userErr(404, "no proposal %q", id)
	}
	switch what {
	case "accept":
		if !p.OK() {
			return s.state(), userErr(409, "this proposal was refused by verification (%s): edit it instead", p.Rejected)
		}
		s.choose(id, decision{what: Accepted, final: p.Corrected})
	case "reject":
		s.decisions[id] = decision{what: Rejected, final: p.Original}
	case "edit":
		text = strings.Join(strings.Fields(text), " ")
		if text == "" {
			return s.state(), userErr(400, "the edited sentence is empty")
		}
		if text == p.Original {
			return s.state(), userErr(400, "the edit changes nothing: reject the proposal to keep the sentence")
		}
		doc := s.cfg.Input.Article
		e := &fix.Proposal{Sentence: p.Sentence, Source: "edited", Reason: "edited by hand", Original: p.Original, Corrected: text,
			Edits: fix.EditsFor(doc, doc.Sentences[p.Sentence], text), Confidence: 1}
		s.choose(id, decision{what: Edited, final: text, edited: e})
	case "undo":
		delete(s.decisions, id)
	default:
		return s.state(), userErr(400, "unknown decision %q (want accept, reject, edit or undo)", what)
	}
	s.touch()
	return s.state(), nil
}

// choose makes a proposal the sentence's correction. Call with mu held.
func (s *Session) choose(id string, d decision) {
	sent := s.byID[id].Sentence
	for other, od := range s.decisions {
		if other != id && s.byID[other].Sentence == sent && (od.what == Accepted || od.what == Edited) {
			delete(s.decisions, other)
		}
	}
	s.decisions[id] = d
}

// Saved is the outcome of a save.
type Saved struct {
	Message string              `json:"message"`
	Saved   *report.ReviewSaved `json:"saved"`
	State   State               `json:"state"`
}

// ErrChanged is returned when the file was changed by someone else since
// the review began (or since its last save).
var ErrChanged = errors.New("changed on disk")

// Save writes the article with the accepted and edited corrections,
// atomically, keeping the previous version as fix --write does, and
// appends the decisions made since the last save to the decision log.
func (s *Session) Save() (*Saved, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	target := s.cfg.Target
	doc := s.cfg.Input.Article
	// Never overwrite what someone else wrote meanwhile.
	expect := s.original
	if s.saved != nil {
		expect = s.written
	}
	if cur, err := os.ReadFile(target); err == nil && target == s.cfg.Path && string(cur) != expect {
		return nil, userErr(409, "%s was %s since the review began; nothing was written (start mtcheck review again to review the new text)", target, ErrChanged)
	} else if err != nil && !os.IsNotExist(err) {
		return nil, userErr(500, "%s: %v", target, err)
	}
	var chosen []*fix.Proposal
	var log []fix.Decision
	for _, p := range s.props {
		id := s.ids[p]
		d, ok := s.decisions[id]
		switch {
		case ok && d.what == Accepted:
			chosen = append(chosen, p)
		case ok && d.what == Edited:
			chosen = append(chosen, d.edited)
		}
		key := "skipped"
		if ok {
			key = d.key()
		}
		if was, logged := s.logged[id]; logged && was == key {
			continue
		}
		line := doc.Sentences[p.Sentence].Line
		switch {
		case !ok:
			log = append(log, fix.NewDecision(doc.Name, line, p, "skipped", p.Original))
		case d.what == Edited:
			log = append(log, fix.NewDecision(doc.Name, line, d.edited, Edited, d.final))
		default:
			log = append(log, fix.NewDecision(doc.Name, line, p, d.what, d.final))
		}
	}
	text := fix.Apply(s.original, fix.EditsOf(chosen))
	kept, err := fix.Write(target, text)
	if err != nil {
		return nil, userErr(500, "%v", err)
	}
	logPath := fix.LogPath(target)
	if err := fix.AppendLog(logPath, log); err != nil {
		return nil, userErr(500, "the article was written, but not the decision log: %v", err)
	}
	for _, p := range s.props {
		id := s.ids[p]
		if d, ok := s.decisions[id]; ok {
			s.logged[id] = d.key()
		} else {
			s.logged[id] = "skipped"
		}
	}
	s.written = text
	s.saved = &report.ReviewSaved{Path: target, Log: logPath, Corrections: len(chosen), Original: s.original, Text: text}
	msg := fmt.Sprintf("wrote %s (%d correction(s))", target, len(chosen))
	if len(chosen) == 0 {
		msg = fmt.Sprintf("%s: no correction accepted, nothing to change; the decisions are logged in %s", target, logPath)
	}
	if kept.N > 0 {
		s.saved.Kept = kept.Path
		msg += fmt.Sprintf("; the previous version is kept as %s (mtcheck diff %s@%d %s)", kept.Path, target, kept.N, target)
	}
	s.removeDraft()
	s.touch()
	return &Saved{Message: msg, Saved: s.saved, State: s.state()}, nil
}

func (s *Session) setProgress(msg string, working bool) {
	s.mu.Lock()
	s.progress, s.working = msg, working
	s.touch()
	s.mu.Unlock()
}

// StartLLM runs the LLM in the background, when the session has one: the
// reviewer on the flagged sentences (its findings join the page), then the
// fixer, whose proposals are verified and shown as each answer arrives.
// Wait waits for it to end (it ends early when ctx is cancelled).
func (s *Session) StartLLM(ctx context.Context) {
	s.llmDone = make(chan struct{})
	if s.cfg.Runner == nil {
		close(s.llmDone)
		return
	}
	s.setProgress("LLM: reviewing the flagged sentences…", true)
	go func() {
		defer close(s.llmDone)
		s.runLLM(ctx)
	}()
}

// Wait waits for the background LLM work to end.
func (s *Session) Wait() {
	if s.llmDone != nil {
		<-s.llmDone
	}
}

func (s *Session) runLLM(ctx context.Context) {
	in := s.cfg.Input
	r := *s.cfg.Runner
	stopped := func(err error) bool {
		var pe *llm.ProviderError
		switch {
		case ctx.Err() != nil:
			s.setProgress("LLM: stopped", false)
		case errors.As(err, &pe):
			s.setProgress("LLM: stopped: "+err.Error()+" (the offline proposals stand)", false)
		default:
			return false
		}
		return true
	}
	if r.Mode != "none" {
		// The reviewer notes its verdicts in the result as answers come:
		// it works on a copy, which replaces the page's result when done.
		s.mu.Lock()
		res := cloneResult(s.res)
		s.mu.Unlock()
		out, err := r.Review(ctx, in, res)
		s.mu.Lock()
		if out != nil {
			res.AddFindings(out.Findings)
			in.Article.Warnings = append(in.Article.Warnings, out.Warnings(in.Article, "reviewed")...)
		}
		s.res = res
		s.touch()
		s.mu.Unlock()
		if stopped(err) {
			return
		}
	}
	s.mu.Lock()
	res := cloneResult(s.res)
	s.mu.Unlock()
	targets := fix.Targets(res)
	v := fix.NewVerifier(in, res, s.cfg.Opts)
	total, done, made := len(targets), 0, 0
	var pmu sync.Mutex
	progress := func() string {
		return fmt.Sprintf("LLM: proposals for %d of %d sentences…", done, total)
	}
	s.setProgress(progress(), true)
	r.OnFix = func(f review.Fix) {
		ps := fix.FromLLM(in.Article, []review.Fix{f})
		s.mu.Lock()
		for _, p := range ps {
			v.Verify(p)
		}
		s.add(ps)
		made += len(ps)
		s.touch()
		s.mu.Unlock()
	}
	r.OnDone = func(ss []int) {
		pmu.Lock()
		done += len(ss)
		msg := progress()
		pmu.Unlock()
		s.setProgress(msg, true)
	}
	_, out, err := r.Fix(ctx, in, res, targets)
	if stopped(err) {
		return
	}
	msg := fmt.Sprintf("LLM: done · %d proposal(s) for %d sentence(s)", made, total)
	if out != nil && len(out.Errors) > 0 {
		msg += fmt.Sprintf(" · %d request(s) failed", len(out.Errors))
	}
	s.setProgress(msg, false)
}

// cloneResult copies a check result deeply enough that changing the copy's
// verdicts and findings leaves the original as it was.
func cloneResult(r *check.Result) *check.Result {
	c := *r
	c.Sentences = append([]check.SentenceResult(nil), r.Sentences...)
	for i := range c.Sentences {
		c.Sentences[i].Findings = append([]check.Finding(nil), c.Sentences[i].Findings...)
	}
	c.DocFindings = append([]check.Finding(nil), r.DocFindings...)
	return &c
}
