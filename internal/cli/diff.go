package cli

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/fix"
	"github.com/mtcheck/mtcheck/internal/textdiff"
	"github.com/urfave/cli/v2"
)

func diffCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "word diff between two versions of an article",
		ArgsUsage: "OLD NEW",
		Description: `Shows the words that differ between two versions of an article, grouped by line:
deletions in red and insertions in green on a terminal, [-removed-]{+added+} otherwise
(as git diff --word-diff=plain). A version is a file, or FILE@N for the Nth version that
mtcheck fix --write kept (in .mtcheck/versions/ beside the file), or FILE@prev for the
latest kept one.

Exit status: 0, or with --exit-code 1 when the versions differ; 2 a usage or input error.

Examples:
   mtcheck diff story.txt@1 story.txt
   mtcheck diff story.txt@prev story.txt
   mtcheck diff --format unified draft.txt story.txt | git apply --check
   mtcheck diff --format html story.txt@1 story.txt > changes.html`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "word", Usage: "word (per line, coloured on a terminal), unified, or html"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour word diffs: auto, always, never"},
			&cli.BoolFlag{Name: "exit-code", Usage: "exit 1 when the versions differ"},
		},
		Action: func(c *cli.Context) error { return runDiff(c, sio) },
	}
}

func runDiff(c *cli.Context, sio IO) error {
	args := c.Args().Slice()
	if len(args) != 2 {
		return usagef("diff: want two versions, OLD and NEW (e.g. mtcheck diff story.txt@1 story.txt)")
	}
	format := c.String("format")
	if format != "word" && format != "unified" && format != "html" {
		return usagef("--format %q: want word, unified or html", format)
	}
	mode := c.String("color")
	if mode != "auto" && mode != "always" && mode != "never" {
		return usagef("--color %q: want auto, always or never", mode)
	}
	rd := &corpus.Reader{Stdin: sio.In}
	var texts [2]string
	for i, spec := range args {
		path, err := fix.Resolve(spec)
		if err != nil {
			return usagef("%v", err)
		}
		if texts[i], err = rd.ReadText(path); err != nil {
			return usagef("%v", err)
		}
	}
	old, nw := texts[0], texts[1]
	switch format {
	case "unified":
		fmt.Fprint(sio.Out, textdiff.Unified(args[0], args[1], old, nw))
	case "html":
		var b strings.Builder
		b.WriteString("<div class=\"mtcheck-diff\">\n")
		for _, blk := range textdiff.Document(old, nw) {
			fmt.Fprintf(&b, "<p data-old-line=\"%d\" data-new-line=\"%d\">%s</p>\n", blk.OldLine, blk.NewLine, textdiff.HTML(blk.Ops))
		}
		b.WriteString("</div>\n")
		fmt.Fprint(sio.Out, b.String())
	default:
		style := textdiff.StylePlain
		if useColor(mode, sio, sio.Out) {
			style = textdiff.StyleANSI
		}
		for _, blk := range textdiff.Document(old, nw) {
			fmt.Fprintf(sio.Out, "@@ %s:%s %s:%s @@\n", args[0], lineRange(blk.OldLine, blk.OldLines), args[1], lineRange(blk.NewLine, blk.NewLines))
			text := textdiff.Render(blk.Ops, style)
			fmt.Fprint(sio.Out, text)
			if !strings.HasSuffix(text, "\n") {
				fmt.Fprintln(sio.Out)
			}
		}
	}
	if c.Bool("exit-code") && old != nw {
		return &exitError{ExitGate}
	}
	return nil
}

func lineRange(start, n int) string {
	if n <= 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d-%d", start, start+n-1)
}
