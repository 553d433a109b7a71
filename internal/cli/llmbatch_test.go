package cli

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
)

// Ctrl-C while a batch runs leaves it running, keeps its state, says how to
// pick it up, and the same command then does, without a second batch.
func TestBatchSurvivesCtrlC(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Respond = (&llmtest.Rules{}).Respond
	srv.Batch.Polls = 1 << 30
	cache := t.TempDir()
	ex := "../../corpus/examples/"
	args := []string{"mtcheck", "check", "--llm-batch", "--llm-batch-poll", "1ms", "--base-url", srv.URL, "--cache-dir", cache,
		"-q", ex + "odesa-call.txt", ex + "kharkiv-bus.md"}
	run := func(ctx context.Context) (string, string, int) {
		sio, out, errb := llmIO(false)
		code := Main(ctx, args, sio)
		return out.String(), errb.String(), code
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for len(srv.Batches()) == 0 || srv.Count("GET", "/v1/batches/") < 3 {
			time.Sleep(time.Millisecond)
		}
		cancel() // Ctrl-C while mtcheck polls
	}()
	out, stderr, code := run(ctx)
	if code != ExitInterrupted {
		t.Fatalf("exit %d, want %d: %s", code, ExitInterrupted, stderr)
	}
	ids := srv.Batches()
	if len(ids) != 1 || srv.BatchStatus(ids[0]) != "validating" {
		t.Fatalf("batches %v: want one, still running", ids)
	}
	want := regexp.MustCompile(`mtcheck: interrupted: batch ` + ids[0] + ` keeps running at the provider \(validating\)\n` +
		`mtcheck: run the same command again to pick up the answers \(the batches' state is in .*\), or add --llm-batch-id ` + ids[0] + ` on another machine\n$`)
	if !want.MatchString(stderr) || out != "" {
		t.Errorf("stdout %q, stderr:\n%s", out, stderr)
	}
	if _, err := os.Stat(filepath.Join(cache, "batches", ids[0]+".json")); err != nil {
		t.Errorf("no state kept: %v", err)
	}
	srv.Batch.Polls = 1
	out, stderr, code = run(context.Background())
	if code != 0 || len(srv.Batches()) != 1 || srv.Count("POST", "/v1/chat/completions") != 0 {
		t.Fatalf("exit %d, %d batches, %d direct requests: %s", code, len(srv.Batches()), srv.Count("POST", "/v1/chat/completions"), stderr)
	}
	if !strings.Contains(stderr, "0 by earlier batches, 2 in batches still running, 0 to send") || !strings.Contains(out, "2 by batch") {
		t.Errorf("stdout %s\nstderr %s", out, stderr)
	}
	// Used up: its state is gone.
	if _, err := os.Stat(filepath.Join(cache, "batches", ids[0]+".json")); !os.IsNotExist(err) {
		t.Errorf("state left after use: %v", err)
	}
}
