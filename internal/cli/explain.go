package cli

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/urfave/cli/v2"
)

func explainCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "describe a check, or list all checks",
		ArgsUsage: "[CHECK-ID]",
		Description: `Prints a check's title, MQM category, default severity and documentation.
Without an ID, lists every check.

Examples:
   mtcheck explain
   mtcheck explain wrong-entity`,
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return usagef("explain takes one CHECK-ID")
			}
			if c.NArg() == 0 {
				for _, chk := range check.Checks() {
					in := chk.Info()
					fmt.Fprintf(sio.Out, "%-15s %-8s %-24s %s\n", in.ID, in.Severity, in.Category, in.Title)
				}
				return nil
			}
			id := c.Args().First()
			chk, ok := check.Lookup(id)
			if !ok {
				return usagef("explain: unknown check %q (known: %s)", id, strings.Join(check.CheckIDs(), ", "))
			}
			in := chk.Info()
			needs := "no (runs without a reference)"
			if in.NeedsRef {
				needs = "yes"
			}
			fmt.Fprintf(sio.Out, "%s: %s\n\ncategory:  %s\nseverity:  %s (default)\nreference: %s\n\n%s\n", in.ID, in.Title, in.Category, in.Severity, needs, in.Doc)
			return nil
		},
	}
}
