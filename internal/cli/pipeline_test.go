package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	openai "github.com/sashabaranov/go-openai"
)

// With a reviewer, the LLM's concurrency limit decides how many requests
// are in flight, not -j: with -j 1 and --llm-concurrency 4, four requests
// wait on the endpoint at once, for separate files and for the documents
// of one segment corpus file alike. The limit is never passed.
func TestLLMRequestsInFlightFollowTheLLMLimit(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	var mu sync.Mutex
	inFlight, most := 0, 0
	rules := &llmtest.Rules{}
	srv.Respond = func(req *openai.ChatCompletionRequest) llmtest.Reply {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		time.Sleep(100 * time.Millisecond) // long enough for the others to arrive
		mu.Lock()
		inFlight--
		mu.Unlock()
		return rules.Respond(req)
	}
	dir := t.TempDir()
	art, _ := os.ReadFile("../../corpus/examples/odesa-call.txt")
	ref, _ := os.ReadFile("../../corpus/examples/odesa-call.ref.txt")
	var tsv strings.Builder
	tsv.WriteString("doc\ttarget\treference\n")
	arts := strings.Split(strings.TrimSpace(string(art)), "\n")
	refs := strings.Split(strings.TrimSpace(string(ref)), "\n")
	for i := 0; i < 8; i++ {
		name := filepath.Join(dir, "files", fmt.Sprintf("a%d", i))
		os.MkdirAll(filepath.Dir(name), 0o755)
		os.WriteFile(name+".txt", art, 0o644)
		os.WriteFile(name+".ref.txt", ref, 0o644)
		for k := range arts {
			if k < len(refs) {
				fmt.Fprintf(&tsv, "d%d\t%s\t%s\n", i, arts[k], refs[k])
			}
		}
	}
	os.WriteFile(filepath.Join(dir, "corpus.tsv"), []byte(tsv.String()), 0o644)
	for _, input := range []string{filepath.Join(dir, "files"), filepath.Join(dir, "corpus.tsv")} {
		mu.Lock()
		most = 0
		mu.Unlock()
		srv.Reset()
		sio, _, errb := llmIO(false)
		code := Main(context.Background(), []string{"mtcheck", "check", "--llm", "--no-cache", "--base-url", srv.URL,
			"-j", "1", "--llm-concurrency", "4", "-q", input}, sio)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", input, code, errb.String())
		}
		if n := len(srv.Requests()); n < 8 {
			t.Fatalf("%s: %d requests, want at least 8", input, n)
		}
		if most != 4 {
			t.Errorf("%s: at most %d request(s) in flight, want 4", filepath.Base(input), most)
		}
	}
}
