package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/check"
)

// A defect in the checks that panics on one article fails that article
// with one line on stderr naming it, exit code 2; the other articles of the
// run are still checked and reported, and no stack trace is printed.
func TestPanicInChecksFailsOneFile(t *testing.T) {
	saved := runChecks
	defer func() { runChecks = saved }()
	runChecks = func(in check.Input, opts check.Options) (*check.Result, error) {
		if strings.Contains(in.Article.Name, "boom") {
			panic("runtime error: index out of range [0] with length 0")
		}
		return saved(in, opts)
	}
	wrapped := runChecks
	runChecks = guardChecks(wrapped)

	dir := t.TempDir()
	for name, text := range map[string]string{
		"boom.txt": "The minister signed the agreement in Vienna on Monday.\n",
		"fine.txt": "The talks in Geneva lasted nine hours on Tuesday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	sio := IO{In: strings.NewReader(""), Out: &out, Err: &errb, Getenv: func(string) string { return "" },
		IsTerminal: func(io.Writer) bool { return false }}
	code := Main(context.Background(), []string{"mtcheck", "check", "--format", "json", filepath.Join(dir, "boom.txt"), filepath.Join(dir, "fine.txt")}, sio)
	if code != ExitUsage {
		t.Errorf("exit code %d, want %d", code, ExitUsage)
	}
	stderr := strings.TrimSpace(errb.String())
	if strings.Count(stderr, "\n") != 0 || !strings.Contains(stderr, "boom.txt") || !strings.Contains(stderr, "internal error") {
		t.Errorf("stderr should be one line naming boom.txt and the internal error, got:\n%s", stderr)
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, ".go:") {
		t.Errorf("a stack trace reached the user:\n%s", stderr)
	}
	if !strings.Contains(out.String(), "fine.txt") {
		t.Errorf("the other file was not reported:\n%s", out.String())
	}
}
