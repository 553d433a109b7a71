package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseRejectsUnknownKeysWithLine(t *testing.T) {
	_, err := Parse([]byte("check:\n  threshold: 0.4\n  disabel: [x]\n"))
	if err == nil {
		t.Fatal("unknown key accepted")
	}
	if !strings.Contains(err.Error(), "[3:3]") || !strings.Contains(err.Error(), "disabel") {
		t.Errorf("error does not name line 3 and the key: %q", err)
	}
}

func TestParseTypeError(t *testing.T) {
	_, err := Parse([]byte("check:\n  threshold: abc\n"))
	if err == nil || !strings.Contains(err.Error(), "[2:") {
		t.Errorf("want a line-numbered type error, got %v", err)
	}
}

func TestParseValues(t *testing.T) {
	c, err := Parse([]byte("check:\n  threshold: 0.4\n  disable: [divergence]\n  severity:\n    addition: major\ngate:\n  fail_under: 90\n  fail_on: critical\n"))
	if err != nil {
		t.Fatal(err)
	}
	if *c.Check.Threshold != 0.4 || c.Check.Disable[0] != "divergence" || c.Check.Severity["addition"] != "major" ||
		*c.Gate.FailUnder != 90 || c.Gate.FailOn != "critical" {
		t.Errorf("decoded %+v", c)
	}
}

func TestFindWalksUpAndResolvesPaths(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if Find(deep) != "" {
		t.Fatal("found a config where there is none")
	}
	p := filepath.Join(root, FileName)
	if err := os.WriteFile(p, []byte("check:\n  glossary: terms.txt\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Find(deep); got != p {
		t.Fatalf("Find = %q, want %q", got, p)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.Check.Glossary != filepath.Join(root, "terms.txt") {
		t.Errorf("glossary path not resolved against the config's directory: %q", c.Check.Glossary)
	}
}
