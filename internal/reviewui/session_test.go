package reviewui

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/fix"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	"github.com/mtcheck/mtcheck/internal/review"
	"github.com/mtcheck/mtcheck/internal/testutil"
	"github.com/mtcheck/mtcheck/prompts"
	openai "github.com/sashabaranov/go-openai"
)

// newSession copies the example article into a temporary directory and
// opens a review session on it.
func newSession(t *testing.T, runner *review.Runner) (*Session, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte(testutil.ReadExample(t, "odesa-call.txt")), 0o644); err != nil {
		t.Fatal(err)
	}
	return openSession(t, path, runner), path
}

func openSession(t *testing.T, path string, runner *review.Runner) *Session {
	t.Helper()
	in := testutil.ExampleInput(t, "odesa-call.txt")
	d, err := (&corpus.Reader{}).Load(path, corpus.Article)
	if err != nil {
		t.Fatal(err)
	}
	in.Article = d
	s, err := NewSession(Config{Input: in, Refs: []string{"odesa-call.ref.txt"}, Path: path, Runner: runner})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// verified returns the verified proposals of three different sentences.
func verified(t *testing.T, s *Session) (a, b, c *fix.Proposal) {
	t.Helper()
	var ps []*fix.Proposal
	seen := map[int]bool{}
	for _, p := range s.props {
		if p.OK() && !seen[p.Sentence] {
			seen[p.Sentence] = true
			ps = append(ps, p)
		}
	}
	if len(ps) < 3 {
		t.Fatalf("the example has %d sentences with verified proposals; the test needs 3", len(ps))
	}
	return ps[0], ps[1], ps[2]
}

type logLine struct {
	Sentence int    `json:"sentence"`
	Source   string `json:"source"`
	Decision string `json:"decision"`
	Proposed string `json:"proposed"`
	Final    string `json:"final"`
}

func readLog(t *testing.T, path string) []logLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []logLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l logLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("log line %q: %v", sc.Text(), err)
		}
		out = append(out, l)
	}
	return out
}

func TestSaveWritesKeepsAndLogs(t *testing.T) {
	s, path := newSession(t, nil)
	original := s.original
	a, b, c := verified(t, s)
	edited := strings.Replace(c.Original, " ", "  EDITED ", 1)
	for _, d := range []struct {
		p          *fix.Proposal
		what, text string
	}{{a, "accept", ""}, {b, "reject", ""}, {c, "edit", edited}} {
		if _, err := s.Decide(s.ids[d.p], d.what, d.text); err != nil {
			t.Fatalf("%s %s: %v", d.what, s.ids[d.p], err)
		}
	}
	if st, _ := s.State(); st.Unsaved != 3 {
		t.Errorf("unsaved %d, want 3", st.Unsaved)
	}
	res, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	// The file holds exactly the accepted and the edited corrections.
	doc := s.cfg.Input.Article
	want := fix.Apply(original, append(append([]fix.Edit{}, a.Edits...), fix.EditsFor(doc, doc.Sentences[c.Sentence], strings.Join(strings.Fields(edited), " "))...))
	got, _ := os.ReadFile(path)
	if string(got) != want {
		t.Errorf("saved article:\n%s\nwant:\n%s", got, want)
	}
	after := check.Parse("x", string(got), check.ParseOptions{})
	if after.Sentences[b.Sentence].Text != b.Original {
		t.Errorf("the rejected sentence changed: %q", after.Sentences[b.Sentence].Text)
	}
	if after.Sentences[a.Sentence].Text != a.Corrected {
		t.Errorf("the accepted sentence is %q, want %q", after.Sentences[a.Sentence].Text, a.Corrected)
	}
	// The previous version is kept as fix --write keeps it.
	kept, _ := os.ReadFile(filepath.Join(filepath.Dir(path), ".mtcheck", "versions", "story.txt", "1.txt"))
	if string(kept) != original || res.Saved.Kept == "" || res.Saved.Corrections != 2 {
		t.Errorf("kept version %q (%d bytes), saved %+v", res.Saved.Kept, len(kept), res.Saved)
	}
	// Every proposal is logged once: the three decisions, the rest skipped.
	log := readLog(t, path+".mtcheck-log.jsonl")
	if len(log) != len(s.props) {
		t.Fatalf("%d log lines for %d proposals", len(log), len(s.props))
	}
	by := map[int]logLine{}
	for _, l := range log {
		by[l.Sentence] = l
	}
	if l := by[a.Sentence+1]; l.Decision != "accepted" || l.Final != a.Corrected {
		t.Errorf("log of the accepted proposal: %+v", l)
	}
	if l := by[b.Sentence+1]; l.Decision != "rejected" || l.Final != b.Original {
		t.Errorf("log of the rejected proposal: %+v", l)
	}
	if l := by[c.Sentence+1]; l.Decision != "edited" || l.Source != "edited" || l.Final != strings.Join(strings.Fields(edited), " ") {
		t.Errorf("log of the edited proposal: %+v", l)
	}
	skipped := 0
	for _, l := range log {
		if l.Decision == "skipped" {
			skipped++
		}
	}
	if skipped != len(s.props)-3 {
		t.Errorf("%d skipped, want %d", skipped, len(s.props)-3)
	}
	if st, _ := s.State(); st.Unsaved != 0 || !st.Saved {
		t.Errorf("after saving: %+v", st)
	}

	// A second save after changing one decision: the first save's text is
	// kept as version 2, and only the change is logged.
	if _, err := s.Decide(s.ids[b], "accept", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(); err != nil {
		t.Fatal(err)
	}
	kept2, _ := os.ReadFile(filepath.Join(filepath.Dir(path), ".mtcheck", "versions", "story.txt", "2.txt"))
	if string(kept2) != want {
		t.Error("the second save did not keep the first save's text")
	}
	log2 := readLog(t, path+".mtcheck-log.jsonl")
	if len(log2) != len(log)+1 || log2[len(log2)-1].Decision != "accepted" || log2[len(log2)-1].Sentence != b.Sentence+1 {
		t.Errorf("second save logged %+v", log2[len(log):])
	}
}

func TestSaveRefusesAFileChangedMeanwhile(t *testing.T) {
	s, path := newSession(t, nil)
	a, _, _ := verified(t, s)
	if _, err := s.Decide(s.ids[a], "accept", ""); err != nil {
		t.Fatal(err)
	}
	other := "Someone else's text.\n"
	os.WriteFile(path, []byte(other), 0o644)
	_, err := s.Save()
	var ue *UserError
	if !errors.As(err, &ue) || ue.Status != 409 || !strings.Contains(err.Error(), "changed on disk") {
		t.Fatalf("save over a changed file: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != other {
		t.Error("the changed file was overwritten")
	}
	if _, err := os.Stat(path + ".mtcheck-log.jsonl"); err == nil {
		t.Error("a refused save wrote the log")
	}
}

func TestDecideRules(t *testing.T) {
	s, _ := newSession(t, nil)
	a, _, _ := verified(t, s)
	// A second, LLM-like proposal for the same sentence, and a refused one.
	alt := &fix.Proposal{Sentence: a.Sentence, Source: "llm", Original: a.Original, Corrected: a.Corrected + " Indeed.", Confidence: 0.5}
	bad := &fix.Proposal{Sentence: a.Sentence, Source: "llm", Original: a.Original, Corrected: "Nonsense.", Rejected: "introduces “Nonsense”"}
	s.add([]*fix.Proposal{alt, bad})
	if _, err := s.Decide(s.ids[a], "accept", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Decide(s.ids[alt], "accept", ""); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.decisions[s.ids[a]]; ok {
		t.Error("accepting a second proposal of a sentence left the first accepted")
	}
	for _, c := range []struct {
		id, what, text string
		status         int
	}{
		{s.ids[bad], "accept", "", 409},
		{s.ids[a], "edit", "   ", 400},
		{s.ids[a], "edit", a.Original, 400},
		{s.ids[a], "maybe", "", 400},
		{"s99-1", "accept", "", 404},
	} {
		_, err := s.Decide(c.id, c.what, c.text)
		var ue *UserError
		if !errors.As(err, &ue) || ue.Status != c.status {
			t.Errorf("%s %s %q: %v, want status %d", c.what, c.id, c.text, err, c.status)
		}
	}
	// A refused proposal can still be edited by hand.
	if _, err := s.Decide(s.ids[bad], "edit", "Something sensible."); err != nil {
		t.Errorf("editing a refused proposal: %v", err)
	}
	if _, err := s.Decide(s.ids[bad], "undo", ""); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.decisions[s.ids[bad]]; ok {
		t.Error("undo left the decision")
	}
}

// Stopped with unsaved decisions, a session keeps them; the next session on
// the unchanged article takes them up; a save removes the draft.
func TestDraftKeepsUnsavedDecisions(t *testing.T) {
	s, path := newSession(t, nil)
	a, b, c := verified(t, s)
	s.Decide(s.ids[a], "accept", "")
	s.Decide(s.ids[b], "reject", "")
	s.Decide(s.ids[c], "edit", "A sentence written by hand.")
	draftPath, n, err := s.WriteDraft()
	if err != nil || n != 3 || draftPath != DraftPath(path) {
		t.Fatalf("draft %q with %d decisions: %v", draftPath, n, err)
	}
	s2 := openSession(t, path, nil)
	if s2.Restored() != 3 {
		t.Fatalf("restored %d decisions, want 3", s2.Restored())
	}
	for _, p := range []*fix.Proposal{a, b, c} {
		if got, want := s2.decisions[s.ids[p]], s.decisions[s.ids[p]]; got.key() != want.key() {
			t.Errorf("%s restored as %+v, want %+v", s.ids[p], got, want)
		}
	}
	if _, err := s2.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(draftPath); !os.IsNotExist(err) {
		t.Error("the draft outlived the save")
	}
	// A draft made on other text is not used.
	s3 := openSession(t, path, nil)
	s3.Decide(s3.ids[s3.props[0]], "reject", "")
	s3.WriteDraft()
	os.WriteFile(path, []byte("Different text now.\n"), 0o644)
	if s4 := openSession(t, path, nil); s4.Restored() != 0 {
		t.Errorf("restored %d decisions onto a changed article", s4.Restored())
	}
}

func fakeLLM(t *testing.T, rules *llmtest.Rules, delay time.Duration) *review.Runner {
	t.Helper()
	srv := llmtest.New()
	t.Cleanup(srv.Close)
	srv.Key = "k"
	srv.Respond = func(req *openai.ChatCompletionRequest) llmtest.Reply {
		r := rules.Respond(req)
		r.Delay = delay
		return r
	}
	c, err := llm.New(llm.Config{BaseURL: srv.URL, APIKey: "k", NoCache: true, MaxRetries: -1})
	if err != nil {
		t.Fatal(err)
	}
	return &review.Runner{Client: c, Prompts: prompts.Builtin(), Mode: review.All, ChunkTokens: 120}
}

// With an LLM the offline proposals are there at once; the reviewer's
// findings and the fixer's verified proposals join as they arrive.
func TestLLMProposalsArrive(t *testing.T) {
	rules := &llmtest.Rules{
		Review: []llmtest.ReviewRule{{Span: "ninth trip of Zelensky", Category: "fluency/grammar", Severity: "major", Explanation: "word order"}},
		Fix: []llmtest.FixRule{{From: "ninth trip of Zelensky", To: "ninth trip by Zelensky", Explanation: "the usual word order", Confidence: 0.9},
			{From: "13 damaged", To: "31 damaged", Explanation: "a made-up number", Confidence: 0.9}}}
	s, _ := newSession(t, fakeLLM(t, rules, 20*time.Millisecond))
	offline := len(s.props)
	st0, changed := s.State()
	s.StartLLM(context.Background())
	// Pages render while the LLM works (go test -race watches this).
	stop := make(chan struct{})
	rendered := make(chan struct{})
	go func() {
		defer close(rendered)
		for {
			select {
			case <-stop:
				return
			default:
				s.Render(io.Discard, "t", true)
			}
		}
	}()
	defer func() { close(stop); <-rendered }()
	select {
	case <-changed:
	case <-time.After(10 * time.Second):
		t.Fatal("no change announced when the LLM started")
	}
	s.Wait()
	st, _ := s.State()
	if st.Working || !strings.HasPrefix(st.Progress, "LLM: done") || st.Version <= st0.Version {
		t.Errorf("state after the LLM: %+v", st)
	}
	var llmProps []*fix.Proposal
	for _, p := range s.props {
		if p.Source == "llm" {
			llmProps = append(llmProps, p)
		}
	}
	if len(s.props) <= offline || len(llmProps) == 0 {
		t.Fatalf("%d proposals after the LLM, %d before", len(s.props), offline)
	}
	var word, number *fix.Proposal
	for _, p := range llmProps {
		switch {
		case strings.Contains(p.Corrected, "trip by Zelensky"):
			word = p
		case strings.Contains(p.Corrected, "31 damaged"):
			number = p
		}
	}
	if word == nil || !word.OK() {
		t.Errorf("the word-order fix of the LLM finding: %+v", word)
	}
	if number == nil || number.OK() || !strings.Contains(number.Rejected, "31") {
		t.Errorf("the made-up number was not refused: %+v", number)
	}
	// IDs stay stable: offline proposals keep theirs.
	for id, p := range s.byID {
		if s.ids[p] != id {
			t.Errorf("proposal %s filed as %s", s.ids[p], id)
		}
	}
}

// Saving with nothing accepted changes nothing and keeps no version, but
// logs the rejections.
func TestSaveWithNothingAccepted(t *testing.T) {
	s, path := newSession(t, nil)
	a, _, _ := verified(t, s)
	s.Decide(s.ids[a], "reject", "")
	res, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != s.original || res.Saved.Kept != "" || !strings.Contains(res.Message, "nothing to change") {
		t.Errorf("save with nothing accepted: %+v, message %q", res.Saved, res.Message)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), ".mtcheck", "versions")); err == nil {
		t.Error("a version was kept of an unchanged file")
	}
	if log := readLog(t, path+".mtcheck-log.jsonl"); len(log) != len(s.props) {
		t.Errorf("%d log lines for %d proposals", len(log), len(s.props))
	}
}
