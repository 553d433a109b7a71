// Command mtcheck checks machine-translated articles against reference
// phrasing. All logic lives in internal/cli and the library packages.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/mtcheck/mtcheck/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args, cli.StdIO())
	stop()
	os.Exit(code)
}
