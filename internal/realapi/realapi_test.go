//go:build realapi

package realapi

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/internal/cli"
)

const (
	article = "../../corpus/examples/odesa-call.txt"
	ref     = "../../corpus/examples/odesa-call.ref.txt"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	key := os.Getenv("OPENAI_API_KEY")
	if key == "" {
		t.Skip("OPENAI_API_KEY is not set")
	}
	if m := os.Getenv("MTCHECK_MODEL"); m != "" {
		args = append([]string{args[0], "--model", m}, args[1:]...)
	}
	var out, errb bytes.Buffer
	sio := cli.IO{In: strings.NewReader(""), Out: &out, Err: &errb, Getenv: os.Getenv}
	code = cli.Main(context.Background(), append([]string{"mtcheck"}, args...), sio)
	for _, s := range []string{out.String(), errb.String()} {
		if strings.Contains(s, key) {
			t.Fatal("the API key appears in the output")
		}
	}
	return code, out.String(), errb.String()
}

// noKeyIn fails if any file under dir holds the API key.
func noKeyIn(t *testing.T, dir string) {
	key := os.Getenv("OPENAI_API_KEY")
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, _ := os.ReadFile(p); bytes.Contains(b, []byte(key)) {
				t.Errorf("%s holds the API key", p)
			}
		}
		return nil
	})
}

// The LLM reviews every sentence of the example: its answer parses, its
// findings are located in the text, and usage is counted.
func TestReviewExample(t *testing.T) {
	cache := t.TempDir()
	code, out, errs := run(t, "check", "--llm", "--llm-review", "all", "--cache-dir", cache, "--format", "json", "--ref", ref, article)
	if code != 0 && code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Files []struct {
			Sentences []struct {
				Text   string
				Issues []struct {
					Check, Detector string
					Start, End      int
					Confirmed       bool `json:"confirmed_by_llm"`
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, out)
	}
	llmFindings := 0
	for _, s := range rep.Files[0].Sentences {
		for _, f := range s.Issues {
			if f.Detector == "llm" || f.Confirmed {
				llmFindings++
				if f.End < f.Start {
					t.Errorf("LLM finding with a bad span: %+v", f)
				}
			}
		}
	}
	t.Logf("LLM findings: %d; stderr: %s", llmFindings, errs)
	if llmFindings == 0 {
		t.Error("the LLM found nothing in an article with eight planted errors")
	}
	noKeyIn(t, cache)
	// The same run again is answered from the cache.
	if code, _, errs = run(t, "check", "--llm", "--llm-review", "all", "--cache-dir", cache, "--format", "json", "--ref", ref, article); code > 1 {
		t.Fatalf("second run: exit %d: %s", code, errs)
	}
}

// fix proposes LLM corrections and writes the corrected article.
func TestFixExample(t *testing.T) {
	dir := t.TempDir()
	fixed := filepath.Join(dir, "fixed.txt")
	code, out, errs := run(t, "fix", "--cache-dir", filepath.Join(dir, "cache"), "--ref", ref, "-o", fixed, article)
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errs, out)
	}
	b, err := os.ReadFile(fixed)
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile(article)
	if bytes.Equal(b, orig) {
		t.Error("nothing was corrected")
	}
	if !regexp.MustCompile(`llm: .* [1-9][0-9]* request`).MatchString(out) {
		t.Error("the LLM was not asked")
	}
	t.Logf("%s", out)
	noKeyIn(t, dir)
}
