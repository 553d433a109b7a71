// Command mtcheck checks machine-translated articles against reference
// phrasing. All logic lives in internal/cli and the library packages.
package main

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"github.com/mtcheck/mtcheck/internal/cli"
)

func main() {
	ctx, caught := interruptible()
	code := cli.Main(ctx, os.Args, cli.StdIO())
	os.Exit(exitCode(code, caught()))
}

// stopSignals end a run cleanly: Ctrl-C at a terminal, and SIGTERM from a
// scheduler (Kubernetes, a CI runner's timeout, systemd) stopping the job.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// interruptible returns a context cancelled by the first stop signal, and a
// function that reports which signal that was (nil while none came). The
// run then stops as after Ctrl-C: the report has what was done and a
// --resume file can go on from there. The first signal also restores the
// default handling, so a second one ends the process at once.
func interruptible() (context.Context, func() os.Signal) {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, stopSignals...)
	var got atomic.Value
	go func() {
		s := <-sigs
		got.Store(s)
		signal.Reset(stopSignals...)
		cancel()
	}()
	return ctx, func() os.Signal {
		s, _ := got.Load().(os.Signal)
		return s
	}
}

// exitCode reports a run stopped by SIGTERM as 143 (128 + 15), as shells
// do, and one stopped by Ctrl-C as 130.
func exitCode(code int, sig os.Signal) int {
	if code == cli.ExitInterrupted && sig == syscall.SIGTERM {
		return cli.ExitTerminated
	}
	return code
}
