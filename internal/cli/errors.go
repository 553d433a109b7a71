package cli

import (
	"errors"
	"fmt"
)

// Exit codes.
const (
	ExitOK       = 0 // checked, and the quality gate (if any) passed
	ExitGate     = 1 // checked, and the quality gate failed
	ExitUsage    = 2 // usage, config or input error
	ExitProvider = 3 // the LLM provider failed after retries

	ExitInterrupted = 130 // stopped by Ctrl-C (128 + SIGINT, as shells report it)
	ExitTerminated  = 143 // stopped by SIGTERM (128 + SIGTERM); otherwise as ExitInterrupted
)

// UsageError is a mistake in the command line or configuration.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, a ...any) error { return &UsageError{fmt.Sprintf(format, a...)} }

// exitError carries an exit code decided by a command, with nothing more to
// print (the command has reported already).
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return ExitUsage
}
