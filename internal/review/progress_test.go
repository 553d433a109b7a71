package review_test

import (
	"context"
	"sort"
	"sync"
	"testing"

	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	"github.com/mtcheck/mtcheck/internal/review"
	openai "github.com/sashabaranov/go-openai"
)

// OnFix hands over each correction as its chunk's answer arrives, and
// OnDone tells of every sentence asked about exactly once, whether its
// chunk was answered or failed, so a caller can show progress.
func TestFixReportsProgress(t *testing.T) {
	in, res := example(t, "")
	rules := &llmtest.Rules{Fix: []llmtest.FixRule{{From: "Putin", To: "The call", Explanation: "the reference has the call", Confidence: 0.9}}}
	srv := server(t, nil)
	targets := review.Select(res, review.Flagged)
	// The chunk holding the first sentence gets no usable answer, even when
	// asked to repair it: its sentences are done all the same.
	srv.Respond = func(req *openai.ChatCompletionRequest) llmtest.Reply {
		items, _ := llmtest.Items(req)
		for _, it := range items {
			if it.ID == targets[0]+1 {
				return llmtest.Reply{Content: "not json"}
			}
		}
		return rules.Respond(req)
	}
	r := runner(t, srv, 60)
	var mu sync.Mutex
	var arrived []review.Fix
	var done []int
	r.OnFix = func(f review.Fix) { arrived = append(arrived, f) }
	r.OnDone = func(ss []int) {
		mu.Lock()
		done = append(done, ss...)
		mu.Unlock()
	}
	fixes, out, err := r.Fix(context.Background(), in, res, targets)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Errors) == 0 {
		t.Fatal("no chunk failed: the test does not exercise a failed chunk")
	}
	for _, f := range fixes {
		if f.Sentence == targets[0] {
			t.Errorf("a correction of the failed sentence %d arrived", f.Sentence)
		}
	}
	if len(srv.Requests()) < 2 {
		t.Fatalf("%d requests: the chunk size should split the sentences", len(srv.Requests()))
	}
	if len(arrived) != len(fixes) || len(fixes) == 0 {
		t.Fatalf("OnFix got %d corrections, Fix returned %d", len(arrived), len(fixes))
	}
	sort.Ints(done)
	if len(done) != len(targets) {
		t.Fatalf("OnDone told of sentences %v, want %v", done, targets)
	}
	for i := range done {
		if done[i] != targets[i] {
			t.Fatalf("OnDone told of sentences %v, want %v", done, targets)
		}
	}
}
