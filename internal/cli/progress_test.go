package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
)

func runWith(t *testing.T, stderrTTY bool, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	sio := IO{In: strings.NewReader(""), Out: &out, Err: &errb, Getenv: func(string) string { return "" },
		IsTerminal: func(w io.Writer) bool { return stderrTTY && w == io.Writer(&errb) }}
	code := Main(context.Background(), append([]string{"mtcheck"}, args...), sio)
	return out.String(), errb.String(), code
}

func TestProgressBarOnlyOnATerminal(t *testing.T) {
	ex := "../../corpus/examples/"
	args := []string{"check", "--format", "json", ex + "odesa-call.txt", ex + "kharkiv-bus.md"}
	_, stderr, code := runWith(t, true, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"files 2/2", "22 sentences, 9 flagged (40.9%) ETA"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("progress bar lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "LLM") {
		t.Error("LLM usage shown without an LLM")
	}
	_, stderr, _ = runWith(t, false, args...)
	if strings.Contains(stderr, "files 2/2") || strings.Contains(stderr, "\x1b[") {
		t.Errorf("progress drawn when standard error is not a terminal:\n%s", stderr)
	}
	if !strings.HasPrefix(stderr, "2 files checked") {
		t.Errorf("want only the summary on standard error, got:\n%s", stderr)
	}
	_, stderr, _ = runWith(t, true, append(args, "--no-progress")...)
	if strings.Contains(stderr, "files 2/2") {
		t.Error("--no-progress drew a bar")
	}
}

func TestProgressLLMUsage(t *testing.T) {
	pr := &progress{}
	pr.sentences.Store(10)
	pr.flagged.Store(1)
	if got := pr.line(); got != " 10 sentences, 1 flagged (10.0%)" {
		t.Errorf("line %q", got)
	}
	pr.hasLLM.Store(true)
	pr.tokens.Store(123456)
	pr.costMicro.Store(56000)
	if got := pr.line(); !strings.HasSuffix(got, ", LLM 123k tokens $0.06") {
		t.Errorf("line %q", got)
	}
}

// An interrupted run (Ctrl-C cancels the context) exits 130, says how far
// it got, reports what was done and leaves no temporary file.
func TestInterruptedRun(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	sio := IO{In: strings.NewReader(""), Out: &out, Err: &errb, Getenv: func(string) string { return "" }}
	ex := "../../corpus/examples/"
	code := Main(ctx, []string{"mtcheck", "check", "--format", "json", "-o", dir + "/r.json", "--resume", dir + "/run.jsonl",
		ex + "odesa-call.txt", ex + "kharkiv-bus.md"}, sio)
	if code != ExitInterrupted {
		t.Errorf("exit %d, want %d", code, ExitInterrupted)
	}
	if !strings.Contains(errb.String(), "mtcheck: interrupted: 0 of 2 inputs checked, and reported; run the same command again to go on from where it stopped (--resume "+dir+"/run.jsonl)") {
		t.Errorf("stderr: %s", errb.String())
	}
	if data, err := os.ReadFile(dir + "/r.json"); err != nil || !strings.Contains(string(data), `"files": 0,`) {
		t.Errorf("the report of an interrupted run: %v\n%s", err, data)
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
