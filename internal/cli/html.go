package cli

import (
	"context"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/fix"
	"github.com/mtcheck/mtcheck/internal/report"
)

// addProposals gives an HTML report its proposed corrections: the offline
// ones and, when check runs with --llm, the LLM fixer's, all verified as
// `mtcheck fix` verifies them.
func (r *checkRun) addProposals(ctx context.Context, in check.Input, res *check.Result, f *report.File) {
	fix.Attach(f, gatherProposals(ctx, r.llm, in, res, r.cfg.opts))
}
