package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	"github.com/mtcheck/mtcheck/internal/testutil"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"mtcheck": main})
}

// TestScripts runs the end-to-end tests in testdata/script: each .txtar file
// runs the real binary on files it carries, and asserts output and exit codes.
// Run with -update to rewrite the golden sections after an intended change.
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs("../../corpus/examples")
	if err != nil {
		t.Fatal(err)
	}
	ciExamples, err := filepath.Abs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			// Each script gets its own fake LLM endpoint; OPENAI_* point at it.
			srv := llmtest.New()
			srv.Key = "sk-test-key-0123456789"
			srv.Respond = (&llmtest.Rules{}).Respond
			env.Defer(srv.Close)
			env.Values[fakeLLM{}] = srv
			env.Setenv("OPENAI_API_KEY", srv.Key)
			env.Setenv("OPENAI_BASE_URL", srv.URL)
			env.Setenv("EXAMPLES", examples)
			env.Setenv("CIEXAMPLES", ciExamples)
			env.Setenv("NO_COLOR", "")
			env.Setenv("HOME", env.WorkDir)
			env.Setenv("XDG_CACHE_HOME", filepath.Join(env.WorkDir, ".cache"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"llm":      llmCmd,
			"waitfile": waitfileCmd,
			"fetch":    fetchCmd,
			// copies N SRC DST writes N copies of SRC, to DST formatted with
			// the copy's number (DST holds a %d): a corpus of many inputs.
			"copies": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 3 {
					ts.Fatalf("usage: copies N src dst-with-%%d")
				}
				n, err := strconv.Atoi(args[0])
				if err != nil {
					ts.Fatalf("copies: %v", err)
				}
				data := []byte(ts.ReadFile(args[1]))
				for i := 0; i < n; i++ {
					p := ts.MkAbs(fmt.Sprintf(args[2], i))
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						ts.Fatalf("copies: %v", err)
					}
					if err := os.WriteFile(p, data, 0o644); err != nil {
						ts.Fatalf("copies: %v", err)
					}
				}
			},
			// mkfile PATH BYTES writes a file of BYTES bytes of words with no
			// sentence punctuation and no newline (a large or runaway input).
			"mkfile": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: mkfile path bytes")
				}
				n, err := strconv.Atoi(args[1])
				if err != nil {
					ts.Fatalf("mkfile: %v", err)
				}
				buf := make([]byte, n)
				for i := range buf {
					buf[i] = "word "[i%5]
				}
				if err := os.WriteFile(ts.MkAbs(args[0]), buf, 0o644); err != nil {
					ts.Fatalf("mkfile: %v", err)
				}
			},
			// sarifvalid FILE checks FILE against the official SARIF 2.1.0 schema.
			"sarifvalid": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: sarifvalid FILE")
				}
				err := testutil.ValidateSARIF([]byte(ts.ReadFile(args[0])))
				if neg != (err != nil) {
					ts.Fatalf("sarifvalid %s: %v", args[0], err)
				}
			},
			// yamlscript FILE PATH OUT [FROM=TO]... writes the shell script at
			// the YAML path PATH of FILE (a CI workflow, a Kubernetes job) to
			// OUT, with each FROM replaced by TO, so that tests run the
			// commands the examples ship.
			"yamlscript": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 3 {
					ts.Fatalf("usage: yamlscript FILE PATH OUT [FROM=TO]...")
				}
				p, err := yaml.PathString(args[1])
				ts.Check(err)
				var script string
				ts.Check(p.Read(strings.NewReader(ts.ReadFile(args[0])), &script))
				if script == "" {
					ts.Fatalf("yamlscript: nothing at %s in %s", args[1], args[0])
				}
				for _, r := range args[3:] {
					from, to, _ := strings.Cut(r, "=")
					if !strings.Contains(script, from) {
						ts.Fatalf("yamlscript: %q is not in the script:\n%s", from, script)
					}
					script = strings.ReplaceAll(script, from, to)
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(script+"\n"), 0o755))
			},
			// cutjsonl FILE N keeps the first N lines of FILE and half of the
			// next one, as a run killed while writing leaves it.
			"cutjsonl": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: cutjsonl FILE N")
				}
				n, err := strconv.Atoi(args[1])
				if err != nil {
					ts.Fatalf("cutjsonl: %v", err)
				}
				lines := strings.SplitAfter(ts.ReadFile(args[0]), "\n")
				if n >= len(lines) {
					ts.Fatalf("cutjsonl: %s has only %d lines", args[0], len(lines))
				}
				out := strings.Join(lines[:n], "") + lines[n][:len(lines[n])/2]
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(out), 0o644))
			},
			// exitcode N CMD ARGS... runs CMD and requires exit status N; its
			// stdout and stderr stay available to the next assertions.
			"exitcode": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: exitcode N command [args...]")
				}
				want, err := strconv.Atoi(args[0])
				if err != nil {
					ts.Fatalf("exitcode: %v", err)
				}
				got := 0
				if err := ts.Exec(args[1], args[2:]...); err != nil {
					var ee *exec.ExitError
					if !errors.As(err, &ee) {
						ts.Fatalf("exitcode: %v", err)
					}
					got = ee.ExitCode()
				}
				if got != want {
					ts.Fatalf("exit status %d, want %d", got, want)
				}
			},
		},
	})
}

type fakeLLM struct{}

// llmCmd scripts the fake LLM endpoint of a test script:
//
//	llm rules FILE        answer by the rules in FILE (llmtest.Rules as JSON)
//	llm reply STATUS BODY [HEADER=VALUE...]   answer the next request so
//	llm requests N        assert that N requests came since the last reset
//	llm reset             forget the requests received and the replies queued
//	llm dump FILE         write the requests' messages to FILE
//	llm chat N            assert that N chat completions were asked for directly
//	llm batches N         assert that N batches were created
//	llm batch polls N | expire N | fail MSG | normal
//	                      how the next batches go (see llmtest.BatchOptions)
func llmCmd(ts *testscript.TestScript, neg bool, args []string) {
	srv := ts.Value(fakeLLM{}).(*llmtest.Server)
	if len(args) == 0 {
		ts.Fatalf("usage: llm rules|reply|requests|reset|dump|chat|batches|batch ...")
	}
	switch args[0] {
	case "rules":
		r, err := llmtest.LoadRules(ts.MkAbs(args[1]))
		ts.Check(err)
		srv.Respond = r.Respond
	case "reply":
		st, err := strconv.Atoi(args[1])
		ts.Check(err)
		rep := llmtest.Reply{Status: st, Body: args[2], Header: map[string]string{}}
		for _, h := range args[3:] {
			k, v, _ := strings.Cut(h, "=")
			rep.Header[k] = v
		}
		srv.Enqueue(rep)
	case "requests":
		want, err := strconv.Atoi(args[1])
		ts.Check(err)
		if got := len(srv.Requests()); (got == want) == neg {
			ts.Fatalf("the fake LLM got %d request(s), want %d", got, want)
		}
	case "reset":
		srv.Reset()
	case "chat", "batches":
		want, err := strconv.Atoi(args[1])
		ts.Check(err)
		got := srv.Count("POST", "/v1/chat/completions")
		if args[0] == "batches" {
			got = len(srv.Batches())
		}
		if (got == want) == neg {
			ts.Fatalf("the fake LLM got %d %s, want %d", got, args[0], want)
		}
	case "batch":
		n := 0
		if len(args) > 2 && args[1] != "fail" {
			var err error
			n, err = strconv.Atoi(args[2])
			ts.Check(err)
		}
		switch args[1] {
		case "polls":
			srv.Batch.Polls = n
		case "expire":
			srv.Batch.Expire, srv.Batch.Answered = true, n
		case "fail":
			srv.Batch.Fail = strings.Join(args[2:], " ")
		case "normal":
			srv.Batch = llmtest.BatchOptions{}
		default:
			ts.Fatalf("llm batch: unknown setting %q", args[1])
		}
	case "dump":
		var b strings.Builder
		for i, r := range srv.Requests() {
			fmt.Fprintf(&b, "### request %d %s\n", i+1, r.Path)
			for _, m := range r.Request.Messages {
				fmt.Fprintf(&b, "=== %s\n%s\n", m.Role, m.Content)
			}
		}
		ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(b.String()), 0o644))
	default:
		ts.Fatalf("llm: unknown subcommand %q", args[0])
	}
}
