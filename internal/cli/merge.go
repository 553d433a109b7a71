package cli

import (
	"errors"
	"fmt"
	"os"
	"sort"

	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/urfave/cli/v2"
)

func mergeCommand(sio IO) *cli.Command {
	names := map[string]bool{"format": true, "output": true, "fail-under": true, "fail-on": true, "sort": true, "color": true,
		"quiet": true, "config": true, "fail-under-mean": true, "max-flagged": true, "baseline": true, "summary-csv": true,
		"summary-md": true, "no-gate": true}
	var flags []cli.Flag
	for _, f := range checkCommand(sio).Flags {
		if names[f.Names()[0]] {
			flags = append(flags, f)
		}
	}
	return &cli.Command{
		Name:      "merge",
		Usage:     "combine the JSONL results of shards (or runs) into one report",
		ArgsUsage: "RESULTS.jsonl...",
		Description: `Reads the JSONL results written by mtcheck check --format jsonl (or --resume) on
several machines, each with --shard K/N, and writes one report in any format with the
same summary and quality gate as a single run over all the inputs. Results are put back
in the order of a single run; an input found in several files counts once (the last
file wins).

Exit status as for check: 0 passed, 1 the gate failed, 2 an input error in any shard
or an unreadable results file.

Examples:
   mtcheck merge shard-*.jsonl
   mtcheck merge --format sarif -o mtcheck.sarif --summary-md summary.md --fail-under-mean 90 results/*.jsonl`,
		Flags:  flags,
		Action: func(c *cli.Context) error { return runMerge(c, sio) },
	}
}

type mergeRef struct {
	seq, part, file int
	off             int64
	n               int
}

func runMerge(c *cli.Context, sio IO) error {
	cfg, err := parseReportFlags(c)
	if err != nil {
		return err
	}
	if err := applyConfigFile(c, cfg); err != nil {
		return err
	}
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return usagef("merge: no results file given (try: mtcheck merge shard-*.jsonl)")
	}
	// First pass: where each record is. Only offsets stay in memory.
	latest := map[string]mergeRef{}
	settings := map[string]bool{}
	files := make([]*os.File, len(paths))
	for i, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return usagef("%s: %v", p, unwrapErr(err))
		}
		defer f.Close()
		files[i] = f
		_, err = report.ScanJSONL(f, func(off int64, line []byte) error {
			rec, err := report.DecodeRecord(line)
			if err != nil {
				return fmt.Errorf("byte %d: %v", off, err)
			}
			key := ""
			switch rec.Type {
			case "file":
				key = fmt.Sprintf("f\x00%s\x00%d", rec.Input.Path, rec.Input.Part)
				settings[rec.Settings] = true
			case "error":
				key = "e\x00" + rec.Error.Path
			default:
				return nil
			}
			latest[key] = mergeRef{seq: rec.Seq, part: partOf(rec), file: i, off: off, n: len(line)}
			return nil
		})
		if errors.Is(err, report.ErrTruncated) {
			fmt.Fprintf(sio.Err, "mtcheck: warning: %s: the last line is incomplete (an interrupted run); ignored\n", p)
		} else if err != nil {
			return usagef("%s: not mtcheck JSONL results: %v", p, err)
		}
	}
	if len(settings) > 1 {
		fmt.Fprintf(sio.Err, "mtcheck: warning: the results were made with %d different settings (checks, thresholds, glossary or ignore rules)\n", len(settings))
	}
	refs := make([]mergeRef, 0, len(latest))
	for _, r := range latest {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool {
		a, b := refs[i], refs[j]
		if a.seq != b.seq {
			return a.seq < b.seq
		}
		if a.part != b.part {
			return a.part < b.part
		}
		if a.file != b.file {
			return a.file < b.file
		}
		return a.off < b.off
	})
	sk, err := newSink(sio, cfg, 0)
	if err != nil {
		return err
	}
	for _, r := range refs {
		buf := make([]byte, r.n)
		if _, err := files[r.file].ReadAt(buf, r.off); err != nil {
			sk.abort()
			return usagef("%s: %v", paths[r.file], err)
		}
		rec, err := report.DecodeRecord(buf)
		if err != nil {
			sk.abort()
			return usagef("%s: %v", paths[r.file], err)
		}
		sk.add(rec)
	}
	return sk.finish()
}

func partOf(rec *report.Record) int {
	if rec.Input != nil {
		return rec.Input.Part
	}
	return 0
}
