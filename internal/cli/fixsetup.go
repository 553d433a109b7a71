package cli

import (
	"fmt"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/review"
	"github.com/urfave/cli/v2"
)

// fixSetup reads what fix and review share: the input size limit, the
// check settings (flags, then .mtcheck.yaml) and the LLM, when one is set
// up and --no-llm is not given (what names what goes without it).
func fixSetup(c *cli.Context, sio IO, what string) (*checkRun, *llmRun, error) {
	maxBytes, err := parseSize(c.String("max-size"))
	if err != nil {
		return nil, nil, usagef("--max-size: %v", err)
	}
	cfg := &checkConfig{refs: c.StringSlice("ref"), source: c.String("source"), glossary: c.String("glossary"),
		opts: check.Options{FlagThreshold: check.DefaultFlagThreshold}}
	if err := applyConfigFile(c, cfg); err != nil {
		return nil, nil, err
	}
	fc, err := loadConfig(c)
	if err != nil {
		return nil, nil, err
	}
	var lr *llmRun
	if !c.Bool("no-llm") {
		if ok, why := llmConfigured(c, sio, fc); ok {
			if lr, err = newLLMRun(c, sio, fc, review.Flagged); err != nil {
				return nil, nil, err
			}
		} else {
			fmt.Fprintf(sio.Err, "mtcheck: %s are off (%s); offline proposals only\n", what, why)
		}
	}
	return &checkRun{sio: sio, cfg: cfg, rd: &corpus.Reader{Stdin: sio.In, MaxBytes: maxBytes}}, lr, nil
}
