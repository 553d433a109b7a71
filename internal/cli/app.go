package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// Version is set at build time with -ldflags "-X github.com/mtcheck/mtcheck/internal/cli.Version=v1.2.3".
var Version = ""

// IO is what a command may touch outside itself, so tests can run commands
// with buffers, a fake terminal and a fixed environment.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
	// IsTerminal reports whether a writer is an interactive terminal.
	IsTerminal func(w io.Writer) bool
	Getenv     func(string) string
}

// StdIO is the process's real streams and environment.
func StdIO() IO {
	return IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.Getenv,
		IsTerminal: func(w io.Writer) bool {
			f, ok := w.(*os.File)
			return ok && term.IsTerminal(int(f.Fd()))
		}}
}

func (s IO) getenv(k string) string {
	if s.Getenv == nil {
		return ""
	}
	return s.Getenv(k)
}

func (s IO) isTerminal(w io.Writer) bool { return s.IsTerminal != nil && s.IsTerminal(w) }

// Main runs mtcheck with the given arguments (args[0] is the program name)
// and returns the exit code. No panic escapes it.
func Main(ctx context.Context, args []string, sio IO) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(sio.Err, "mtcheck: internal error: %v (please report this with the command that caused it)\n", r)
			code = ExitUsage
		}
	}()
	app := newApp(sio)
	err := app.RunContext(ctx, intersperse(app, args))
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "mtcheck") {
		msg = "mtcheck: " + msg
	}
	fmt.Fprintln(sio.Err, msg)
	return exitCode(err)
}

func newApp(sio IO) *cli.App {
	app := &cli.App{
		Name:  "mtcheck",
		Usage: "check machine-translated articles against reference phrasing",
		Description: `mtcheck compares a translated article with reference phrasing (a human translation, or
other good English text on the same story) and, when given, the source text. It flags the
suspect sentences and spans with the reason and the evidence, and scores each sentence and
the whole document. The checks run offline: no API key, no network.

Examples:
   mtcheck check --ref story.ref.txt story.txt
   mtcheck check --ref a.ref.txt --ref b.ref.txt --format json story.txt
   mtcheck explain name-spelling`,
		Version:         versionString(),
		Reader:          sio.In,
		Writer:          sio.Out,
		ErrWriter:       sio.Err,
		HideHelpCommand: true,
		// Exit codes are decided in Main, never by the library.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return &UsageError{err.Error()}
		},
		Commands: []*cli.Command{checkCommand(sio), mergeCommand(sio), fixCommand(sio), reviewCommand(sio), diffCommand(sio), evalCommand(sio), calibrateCommand(sio),
			promptsCommand(sio), batchCommand(sio), initCommand(sio), configCommand(sio), explainCommand(sio), versionCommand(sio)},
	}
	for _, c := range app.Commands {
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return &UsageError{err.Error()} }
	}
	return app
}

func versionString() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// intersperse lets flags follow the file arguments ("mtcheck check a.txt
// --ref b.txt"), which urfave/cli v2 does not allow by itself: the flags of
// the named command are moved ahead of its positional arguments. "--" ends
// the flags as usual.
func intersperse(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	var cmd *cli.Command
	ci := -1
	for i, a := range args[1:] {
		if strings.HasPrefix(a, "-") {
			continue
		}
		cmd, ci = app.Command(a), i+1
		break
	}
	if cmd == nil || len(cmd.Subcommands) > 0 {
		return args // a command with subcommands parses its own flags
	}
	takesValue := map[string]bool{}
	known := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			known[n] = true
			takesValue[n] = !isBool
		}
	}
	var flags, pos []string
	rest := args[ci+1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			pos = append(pos, rest[i+1:]...)
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			pos = append(pos, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		if strings.IndexByte(name, '=') >= 0 {
			flags = append(flags, a)
			continue
		}
		flags = append(flags, a)
		if known[name] && takesValue[name] && i+1 < len(rest) {
			flags = append(flags, rest[i+1])
			i++
		}
	}
	out := append([]string{}, args[:ci+1]...)
	out = append(out, flags...)
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out
}
