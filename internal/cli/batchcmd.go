package cli

import (
	"fmt"

	"github.com/mtcheck/mtcheck/internal/review"
	"github.com/urfave/cli/v2"
)

// batchCommand lists and cancels the Batch API batches of `check
// --llm-batch`.
func batchCommand(sio IO) *cli.Command {
	names := map[string]bool{"base-url": true, "api-type": true, "model": true, "cache-dir": true, "config": true}
	var flags []cli.Flag
	for _, f := range checkCommand(sio).Flags {
		if names[f.Names()[0]] {
			flags = append(flags, f)
		}
	}
	// setup reads the endpoint settings as check does; the model does not
	// matter here but for the state directory.
	setup := func(c *cli.Context) (*llmBatch, error) {
		fc, err := loadConfig(c)
		if err != nil {
			return nil, err
		}
		if ok, why := llmConfigured(c, sio, fc); !ok {
			return nil, usagef("batch needs an LLM endpoint: %s", why)
		}
		lr, err := newLLMRun(c, sio, fc, review.Flagged)
		if err != nil {
			return nil, err
		}
		return newLLMBatch(c, sio, lr)
	}
	return &cli.Command{
		Name:  "batch",
		Usage: "list or cancel the Batch API batches of check --llm-batch",
		Description: `check --llm-batch keeps the state of each batch it submits in the LLM cache directory
(batches/), so that an interrupted run picks its batches up again. batch list shows them,
with the status of those at this endpoint refreshed from the provider; batch cancel asks the
provider to stop batches (answers that came before are kept, and the next check --llm-batch
sends the rest in a new batch).

Examples:
   mtcheck batch list
   mtcheck batch cancel batch_67a1f0c2`,
		Subcommands: []*cli.Command{
			{Name: "list", Usage: "list the batches mtcheck keeps state for", Flags: flags,
				Action: func(c *cli.Context) error {
					b, err := setup(c)
					if err != nil {
						return err
					}
					cfg := b.lr.client.Config()
					states := b.store.load("", "", func(msg string) { fmt.Fprintf(sio.Err, "mtcheck: warning: %s\n", msg) })
					if len(states) == 0 {
						fmt.Fprintf(sio.Out, "no batches (state directory %s)\n", b.store.dir)
						return nil
					}
					for _, st := range states {
						if st.Endpoint == cfg.BaseURL && !st.ended() {
							info, err := b.lr.client.Batch(c.Context, st.ID)
							if err != nil {
								return providerExit(sio, err)
							}
							if st.update(info) {
								if err := b.store.save(st); err != nil {
									return usagef("%v", err)
								}
							}
						}
						what := fmt.Sprintf("%d request(s)", len(st.Requests))
						if st.Adopted {
							what = "picked up by --llm-batch-id"
						}
						fmt.Fprintf(sio.Out, "%s  %s  %s  %s  created %s  %s\n", st.ID, st.progress(), st.Model, st.Endpoint,
							st.Created.Local().Format("2006-01-02 15:04"), what)
					}
					return nil
				}},
			{Name: "cancel", Usage: "ask the provider to stop batches", ArgsUsage: "ID...", Flags: flags,
				Action: func(c *cli.Context) error {
					if c.NArg() == 0 {
						return usagef("batch cancel: want one or more batch IDs (see mtcheck batch list)")
					}
					b, err := setup(c)
					if err != nil {
						return err
					}
					for _, id := range c.Args().Slice() {
						if !batchIDRe.MatchString(id) {
							return usagef("batch cancel %q: not a batch ID (such as batch_abc123)", id)
						}
						info, err := b.lr.client.CancelBatch(c.Context, id)
						if err != nil {
							return providerExit(sio, err)
						}
						fmt.Fprintf(sio.Out, "%s: %s\n", id, info.Status)
					}
					return nil
				}},
		},
	}
}

// providerExit reports an endpoint failure and exits 3.
func providerExit(sio IO, err error) error {
	fmt.Fprintf(sio.Err, "mtcheck: %v\n", err)
	return &exitError{ExitProvider}
}
