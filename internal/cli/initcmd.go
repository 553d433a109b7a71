package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"

	"github.com/goccy/go-yaml"
	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/config"
	"github.com/mtcheck/mtcheck/internal/fsutil"
	"github.com/urfave/cli/v2"
)

func initCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:      "init",
		Usage:     "write a commented starter .mtcheck.yaml",
		ArgsUsage: "[DIR]",
		Description: `Writes .mtcheck.yaml with every setting, commented, into DIR (default: the working
directory). An existing file is kept unless --force is given; - prints to standard output.

Examples:
   mtcheck init
   mtcheck init - > .mtcheck.yaml.example`,
		Flags: []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "overwrite an existing .mtcheck.yaml"}},
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return usagef("init takes at most one DIR")
			}
			dir := c.Args().First()
			if dir == "-" {
				_, err := io.WriteString(sio.Out, config.Starter)
				return err
			}
			if dir == "" {
				dir = "."
			}
			path := filepath.Join(dir, config.FileName)
			if _, err := os.Stat(path); err == nil && !c.Bool("force") {
				return usagef("%s already exists; keep it, or overwrite it with mtcheck init --force", path)
			} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return usagef("%s: %v", path, unwrapErr(err))
			}
			if err := fsutil.WriteAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, config.Starter); return err }); err != nil {
				return usagef("%v", err)
			}
			fmt.Fprintf(sio.Out, "wrote %s; see the settings in effect with: mtcheck config\n", path)
			return nil
		},
	}
}

func configCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "print the settings in effect (defaults, .mtcheck.yaml, environment)",
		Description: `Prints, as YAML that mtcheck reads back, the configuration a run in the working
directory would use: the built-in defaults, overridden by the .mtcheck.yaml found (or given
with --config / MTCHECK_CONFIG), overridden by the environment (MTCHECK_JOBS). Flags given
to a command win over all of these.

Examples:
   mtcheck config
   mtcheck config --config ci/.mtcheck.yaml`,
		Flags: []cli.Flag{&cli.StringFlag{Name: "config", EnvVars: []string{"MTCHECK_CONFIG"}, Usage: "read settings from `FILE` instead of the nearest .mtcheck.yaml"}},
		Action: func(c *cli.Context) error {
			path := c.String("config")
			if path == "" {
				if wd, err := os.Getwd(); err == nil {
					path = config.Find(wd)
				}
			}
			fc := &config.Config{}
			source := "none found"
			if path != "" {
				var err error
				if fc, err = config.Load(path); err != nil {
					return usagef("config %v", err)
				}
				source = path
			}
			eff, err := effectiveConfig(fc, sio)
			if err != nil {
				return err
			}
			out, err := yaml.MarshalWithOptions(eff, yaml.IndentSequence(true))
			if err != nil {
				return err
			}
			fmt.Fprintf(sio.Out, "# settings in effect: built-in defaults < config file (%s) < environment\n%s", source, out)
			return nil
		},
	}
}

// effectiveConfig fills in what the file leaves unset with the defaults
// and applies the environment.
func effectiveConfig(fc *config.Config, sio IO) (*config.Config, error) {
	eff := *fc
	if eff.Check.Threshold == nil {
		v := check.DefaultFlagThreshold
		eff.Check.Threshold = &v
	}
	sev := map[string]string{}
	for _, c := range check.Checks() {
		in := c.Info()
		sev[in.ID] = in.Severity.String()
	}
	for id, s := range fc.Check.Severity {
		if _, ok := sev[id]; !ok {
			return nil, usagef("config: check.severity: unknown check %q", id)
		}
		sev[id] = s
	}
	eff.Check.Severity = sev
	if eff.Check.MinSeverity == "" {
		eff.Check.MinSeverity = "minor"
	}
	eff.Check.Enable = orEmpty(eff.Check.Enable)
	eff.Check.Disable = orEmpty(eff.Check.Disable)
	sort.Strings(eff.Check.Disable)
	eff.Inputs.Exclude = orEmpty(eff.Inputs.Exclude)
	if len(eff.Pairing.References) == 0 {
		eff.Pairing.References = corpus.DefaultRefPatterns
	}
	if len(eff.Pairing.Sources) == 0 {
		eff.Pairing.Sources = corpus.DefaultSourcePatterns
	}
	eff.Pairing.RefDirs = orEmpty(eff.Pairing.RefDirs)
	if eff.Ignore == nil {
		eff.Ignore = []config.IgnoreRule{}
	}
	if v := sio.getenv("MTCHECK_JOBS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return nil, usagef("MTCHECK_JOBS=%q: want a positive number", v)
		}
		eff.Run.Jobs = n
	}
	if eff.Run.Jobs == 0 {
		eff.Run.Jobs = runtime.NumCPU()
	}
	return &eff, nil
}

func orEmpty(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
