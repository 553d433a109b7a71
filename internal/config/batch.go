package config

import (
	_ "embed"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/parser"
)

// InputsConfig says which files a run takes from directories and globs.
type InputsConfig struct {
	// Exclude lists globs of files not to check (** matches any number of
	// directories; a pattern without a slash matches the file name).
	Exclude []string `yaml:"exclude"`
}

// PairingConfig says where each article's references and source are.
type PairingConfig struct {
	// References and Sources are file patterns relative to the article's
	// directory: {name} is the article's name without extension, {ext} its
	// extension; defaults "{name}.ref*.{ext}" and "{name}.src*.{ext}".
	References []string `yaml:"references"`
	Sources    []string `yaml:"sources"`
	// RefDirs and SourceDir hold files at the articles' relative paths
	// (relative to this file's directory when not absolute).
	RefDirs   []string `yaml:"ref_dirs"`
	SourceDir string   `yaml:"source_dir"`
}

// IgnoreRule drops findings of a check (or "*" for every check) in files
// matching Path or in sentences matching Text. Reason is required: an
// ignore rule nobody can explain is a bug waiting.
type IgnoreRule struct {
	Check  string `yaml:"check"`
	Path   string `yaml:"path"`
	Text   string `yaml:"text"`
	Reason string `yaml:"reason"`
	// Line is where the rule starts in the file, for messages.
	Line int `yaml:"-"`
	// TextRE is Text compiled (case-insensitive).
	TextRE *regexp.Regexp `yaml:"-"`
}

// RunConfig tunes how a run uses the machine.
type RunConfig struct {
	// Jobs is the number of files checked at once (default: the CPUs).
	Jobs int `yaml:"jobs"`
}

func (c *Config) resolveBatchPaths(base string) {
	for i, d := range c.Pairing.RefDirs {
		if !filepath.IsAbs(d) {
			c.Pairing.RefDirs[i] = filepath.Join(base, d)
		}
	}
	if d := c.Pairing.SourceDir; d != "" && !filepath.IsAbs(d) {
		c.Pairing.SourceDir = filepath.Join(base, d)
	}
}

// validateBatch checks what the YAML decoder cannot, naming the line.
func (c *Config) validateBatch(data []byte) error {
	file, _ := parser.ParseBytes(data, 0)
	line := func(path string) int {
		p, err := yaml.PathString(path)
		if err != nil || file == nil {
			return 0
		}
		n, err := p.FilterFile(file)
		if err != nil || n == nil {
			return 0
		}
		return n.GetToken().Position.Line
	}
	fail := func(path, format string, a ...any) error {
		return fmt.Errorf("[%d] %s: %s", line(path), strings.TrimPrefix(path, "$."), fmt.Sprintf(format, a...))
	}
	for i := range c.Ignore {
		r := &c.Ignore[i]
		at := fmt.Sprintf("$.ignore[%d]", i)
		r.Line = line(at)
		if strings.TrimSpace(r.Check) == "" {
			return fail(at, "an ignore rule needs a check (a check ID, or \"*\" for all)")
		}
		if r.Path == "" && r.Text == "" {
			return fail(at, "an ignore rule needs a path (file glob) or a text (regular expression)")
		}
		if strings.TrimSpace(r.Reason) == "" {
			return fail(at, "an ignore rule needs a reason: say why these findings do not matter")
		}
		if r.Text != "" {
			re, err := regexp.Compile("(?i)" + r.Text)
			if err != nil {
				return fail(at+".text", "not a regular expression: %v", err)
			}
			r.TextRE = re
		}
	}
	if g := c.Gate.MaxFlagged; g != nil && (*g < 0 || *g > 1) {
		return fail("$.gate.max_flagged", "%v: want a ratio from 0 to 1", *g)
	}
	if c.Run.Jobs < 0 {
		return fail("$.run.jobs", "%d: want a positive number", c.Run.Jobs)
	}
	return nil
}

// Starter is the commented configuration `mtcheck init` writes.
//
//go:embed starter.yaml
var Starter string
