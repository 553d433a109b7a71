package llm_test

import (
	"context"
	"math"
	"testing"

	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
)

// Each context's tracker counts its own requests (a retry, a repair, a
// cached answer), and the client the sum, while requests run concurrently.
func TestTrackerCountsPerContext(t *testing.T) {
	f, c := setup(t, func(cfg *llm.Config) { cfg.NoCache = false; cfg.CacheDir = t.TempDir() })
	f.srv.Enqueue(llmtest.Error(503, "server_error", "", "busy"), ok(),
		llmtest.Reply{Content: `{"fine": 1}`, PromptTokens: 40, CompletionTokens: 4}, ok())
	ctxA, a := llm.Track(context.Background())
	if _, err := c.Do(ctxA, request()); err != nil {
		t.Fatal(err)
	}
	ctxB, b := llm.Track(context.Background())
	req := request()
	req.User = "Is this other one fine?"
	if _, err := c.Do(ctxB, req); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Do(ctxB, request()); err != nil { // answered by the cache
		t.Fatal(err)
	}
	ua, ub, all := a.Usage(), b.Usage(), c.Usage()
	if ua.Requests != 1 || ua.Retries != 1 || ua.PromptTokens != 100 || ua.CompletionTokens != 10 || ua.Cached != 0 || ua.Cost <= 0 {
		t.Errorf("first context: %+v", ua)
	}
	if ub.Requests != 2 || ub.Repairs != 1 || ub.Cached != 1 || ub.PromptTokens != 140 || ub.CompletionTokens != 14 {
		t.Errorf("second context: %+v", ub)
	}
	if all.Requests != 3 || all.PromptTokens != 240 || all.Cached != 1 || math.Abs(all.Cost-(ua.Cost+ub.Cost)) > 1e-12 {
		t.Errorf("run: %+v", all)
	}
}
