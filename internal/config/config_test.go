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

func TestLLMSection(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	os.WriteFile(p, []byte("llm:\n  model: gpt-4.1\n  base_url: http://localhost:11434/v1\n  max_cost: 0.5\n  cache_dir: cache\n  prompts: /abs/prompts\n  prices:\n    llama3.1: {input: 0, output: 0}\n  azure:\n    deployment: mt\n"), 0o644)
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	l := c.LLM
	if l.Model != "gpt-4.1" || l.MaxCost != 0.5 || l.CacheDir != filepath.Join(dir, "cache") || l.Prompts != "/abs/prompts" ||
		l.Azure.Deployment != "mt" || len(l.Prices) != 1 {
		t.Errorf("llm section %+v", l)
	}
	os.WriteFile(p, []byte("llm:\n  api_key: sk-123\n"), 0o644)
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "api_key") {
		t.Errorf("an api_key in the file is accepted: %v", err)
	}
}

func TestSetCheckValuesKeepsTheRest(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	orig := "# team settings\ncheck:\n  disable: [divergence]   # too noisy for us\n  threshold: 0.4  # old\ngate:\n  fail_under: 90\n"
	if err := os.WriteFile(p, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	th := 0.27
	if err := SetCheckValues(p, &th, map[string]string{"addition": "minor"}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	want := "# team settings\ncheck:\n  disable: [divergence]   # too noisy for us\n  threshold: 0.27  # old\n  severity:\n    addition: minor\ngate:\n  fail_under: 90\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	c, err := Load(p)
	if err != nil || *c.Check.Threshold != 0.27 || c.Check.Severity["addition"] != "minor" || *c.Gate.FailUnder != 90 {
		t.Errorf("reloaded %+v, %v", c, err)
	}
	// A new file is created.
	q := filepath.Join(t.TempDir(), FileName)
	if err := SetCheckValues(q, &th, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(q); string(got) != "check:\n  threshold: 0.27\n" {
		t.Errorf("new file %q", got)
	}
}

func TestSetCheckValuesUpdatesAnExistingSeverityBlock(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	orig := "check:\n  severity:\n    omission: minor\n    addition: major\n  threshold: 0.4\ngate:\n  fail_under: 80\n"
	if err := os.WriteFile(p, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := SetCheckValues(p, nil, map[string]string{"addition": "minor", "numbers": "critical"}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	want := "check:\n  severity:\n    omission: minor\n    addition: minor\n    numbers: critical\n  threshold: 0.4\ngate:\n  fail_under: 80\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
