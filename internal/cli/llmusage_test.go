package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
)

// The progress bar shows the LLM tokens and cost of the files reviewed so
// far, from the usage recorded for each file.
// llmIO is the IO of a run against a fake endpoint: buffers for the
// output, an API key, and standard error a terminal when tty is set.
func llmIO(tty bool) (IO, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	sio := IO{In: strings.NewReader(""), Out: &out, Err: &errb,
		Getenv:     func(k string) string { return map[string]string{"OPENAI_API_KEY": "sk-test"}[k] },
		IsTerminal: func(w io.Writer) bool { return tty && w == io.Writer(&errb) }}
	return sio, &out, &errb
}

func TestProgressShowsLLMUsage(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Respond = (&llmtest.Rules{}).Respond
	sio, _, errb := llmIO(true)
	ex := "../../corpus/examples/"
	code := Main(context.Background(), []string{"mtcheck", "check", "--llm", "--no-cache", "--base-url", srv.URL, "--format", "json",
		ex + "odesa-call.txt", ex + "kharkiv-bus.md"}, sio)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if n := len(srv.Requests()); n != 2 {
		t.Fatalf("%d requests, want 2", n)
	}
	if !regexp.MustCompile(`files 2/2 .* 22 sentences, 9 flagged \(40\.9%\), LLM [1-9][0-9]* tokens \$0\.00 ETA`).MatchString(errb.String()) {
		t.Errorf("the bar lacks the LLM usage:\n%s", errb.String())
	}
}

// With --format html the fixer is asked for proposals too: its requests
// count in the files' usage, which the summary totals.
func TestHTMLProposalsCountInFileUsage(t *testing.T) {
	srv := llmtest.New()
	defer srv.Close()
	srv.Respond = (&llmtest.Rules{}).Respond
	sio, _, errb := llmIO(false)
	ex := "../../corpus/examples/"
	code := Main(context.Background(), []string{"mtcheck", "check", "--llm", "--no-cache", "--base-url", srv.URL, "--format", "html",
		"-o", filepath.Join(t.TempDir(), "r.html"), ex + "odesa-call.txt", ex + "kharkiv-bus.md"}, sio)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	n := len(srv.Requests())
	if n != 4 {
		t.Fatalf("%d requests, want 4 (a review and a correction per file)", n)
	}
	if want := fmt.Sprintf("LLM: %d request(s) (0 cached)", n); !strings.Contains(errb.String(), want) {
		t.Errorf("the summary lacks %q:\n%s", want, errb.String())
	}
}
