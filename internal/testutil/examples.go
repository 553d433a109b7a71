// Package testutil holds helpers for tests only; no command imports it.
package testutil

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mtcheck/mtcheck/check"
)

// Examples is the directory of the example corpus, found from the test's
// working directory (a package directory inside the module).
func Examples(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "corpus", "examples")
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatal("testutil: no go.mod above the working directory")
		}
		dir = up
	}
}

// ReadExample reads a file of the example corpus.
func ReadExample(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(Examples(tb), name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// ExampleInput is the example article NAME (e.g. "odesa-call.txt") with its
// reference (odesa-call.ref.txt) and the example glossary, ready to check.
func ExampleInput(tb testing.TB, name string) check.Input {
	tb.Helper()
	ext := filepath.Ext(name)
	ref := name[:len(name)-len(ext)] + ".ref" + ext
	g, err := check.ParseGlossary("glossary.txt", ReadExample(tb, "glossary.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return check.Input{Article: check.Parse(name, ReadExample(tb, name), check.ParseOptions{}),
		Refs:     []*check.Document{check.Parse(ref, ReadExample(tb, ref), check.ParseOptions{})},
		Glossary: g}
}
