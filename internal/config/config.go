// Package config reads .mtcheck.yaml. Settings are layered: command-line
// flags win over environment variables (MTCHECK_*), which win over the file,
// which wins over the built-in defaults. The file is found with --config, or
// by walking up from the working directory. Unknown keys are errors with
// their line numbers, so a typo never silently does nothing.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/goccy/go-yaml"
)

// FileName is the name looked for in the working directory and its parents.
const FileName = ".mtcheck.yaml"

// Config is the file's content. Every field is optional; a nil pointer means
// "not set here".
type Config struct {
	Check CheckConfig `yaml:"check"`
	Gate  GateConfig  `yaml:"gate"`
	LLM   LLMConfig   `yaml:"llm"`
	// Batch runs: see batch.go.
	Inputs  InputsConfig  `yaml:"inputs"`
	Pairing PairingConfig `yaml:"pairing"`
	Ignore  []IgnoreRule  `yaml:"ignore"`
	Run     RunConfig     `yaml:"run"`
	// Corpus is a folder of good English text for the phrasing check.
	Corpus string `yaml:"corpus"`
}

// CheckConfig holds what `mtcheck check` does.
type CheckConfig struct {
	// Threshold: sentences scoring below it are flagged.
	Threshold *float64 `yaml:"threshold"`
	// Disable lists check IDs not to run.
	Disable []string `yaml:"disable"`
	// Enable, when set, lists the only check IDs to run.
	Enable []string `yaml:"enable"`
	// Severity overrides default severities by check ID.
	Severity map[string]string `yaml:"severity"`
	Glossary string            `yaml:"glossary"`
	// MinSeverity leaves findings below it out of the report.
	MinSeverity string `yaml:"min_severity"`
}

// GateConfig is the quality gate.
type GateConfig struct {
	FailUnder *float64 `yaml:"fail_under"`
	FailOn    string   `yaml:"fail_on"`
	// FailUnderMean gates the mean document score, MaxFlagged the share
	// of flagged sentences (0..1).
	FailUnderMean *float64 `yaml:"fail_under_mean"`
	MaxFlagged    *float64 `yaml:"max_flagged"`
}

// Find returns the config file that applies in dir: dir/.mtcheck.yaml or the
// nearest one above it, or "" when there is none.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and validates a config file. Relative paths in it are resolved
// against the file's directory.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: no such file", path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	base := filepath.Dir(path)
	if c.Check.Glossary != "" && !filepath.IsAbs(c.Check.Glossary) {
		c.Check.Glossary = filepath.Join(base, c.Check.Glossary)
	}
	c.LLM.resolve(base)
	c.resolveBatchPaths(base)
	if c.Corpus != "" && !filepath.IsAbs(c.Corpus) {
		c.Corpus = filepath.Join(base, c.Corpus)
	}
	return c, nil
}

// Parse decodes config text strictly.
func Parse(data []byte) (*Config, error) {
	c := &Config{}
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data), yaml.DisallowUnknownField())
	if err := dec.Decode(c); err != nil {
		return nil, errors.New(yaml.FormatError(err, false, false))
	}
	if err := c.validateBatch(data); err != nil {
		return nil, err
	}
	return c, nil
}
