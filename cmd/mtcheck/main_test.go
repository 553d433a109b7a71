package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

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
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLES", examples)
			env.Setenv("NO_COLOR", "")
			env.Setenv("HOME", env.WorkDir)
			env.Setenv("XDG_CACHE_HOME", filepath.Join(env.WorkDir, ".cache"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
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
