package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/fix"
	"github.com/mtcheck/mtcheck/internal/llm"
	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/mtcheck/mtcheck/internal/textdiff"
	"github.com/urfave/cli/v2"
)

func fixCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:      "fix",
		Usage:     "propose verified corrections of flagged sentences, and apply them",
		ArgsUsage: "FILE...",
		Description: `Checks each FILE as mtcheck check does, then proposes a correction for each flagged
sentence: offline ones (glossary terms, name spellings, and the reference's wording for a
diverging span when the alignment is confident) and, when an LLM is set up (OPENAI_API_KEY,
or --base-url for a local server), the LLM's. Every proposal is verified before it is
offered: the offline checks are run again on the corrected sentence, and a proposal that
adds names or numbers found in no evidence, changes a quotation without cause, rewrites
far more than the flagged spans, or scores no better is shown as rejected, with the reason.

By default the proposals are printed as word diffs. --write applies the best proposal of
each sentence to FILE (the previous version is kept in .mtcheck/versions/ beside it; compare
any two with mtcheck diff FILE@1 FILE), -o writes the corrected article elsewhere, --patch
prints a unified diff, and -i asks about each proposal.

Exit status: 0 done, 2 a usage or input error, 3 the LLM provider failed.

Examples:
   mtcheck fix --ref story.ref.txt story.txt
   mtcheck fix --ref story.ref.txt --glossary terms.txt --write story.txt
   mtcheck fix --ref story.ref.txt --patch story.txt | git apply
   mtcheck fix --ref story.ref.txt -i story.txt
   mtcheck fix --no-llm --ref story.ref.txt -o story.fixed.txt story.txt`,
		Flags: append([]cli.Flag{
			&cli.StringSliceFlag{Name: "ref", Aliases: []string{"r"}, Usage: "reference text `FILE` (repeatable)"},
			&cli.StringFlag{Name: "source", Aliases: []string{"s"}, Usage: "source-language text `FILE`"},
			&cli.StringFlag{Name: "glossary", Aliases: []string{"g"}, Usage: "glossary `FILE` of preferred terms and variants to avoid"},
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Usage: "apply the best proposal of each sentence to FILE, keeping its previous version"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the corrected article to `FILE` instead"},
			&cli.BoolFlag{Name: "patch", Usage: "print a unified diff of the corrections (for patch or git apply)"},
			&cli.BoolFlag{Name: "interactive", Aliases: []string{"i"}, Usage: "ask about each proposal: accept, reject, edit, accept all, quit"},
			&cli.BoolFlag{Name: "no-llm", Usage: "offline proposals only, even with an LLM set up"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: text or json"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour diffs: auto, always, never"},
			&cli.StringFlag{Name: "max-size", Value: "16MB", Usage: "largest input file read"},
			&cli.StringFlag{Name: "config", EnvVars: []string{"MTCHECK_CONFIG"}, Usage: "read settings from `FILE` instead of the nearest .mtcheck.yaml"},
		}, llmFlags()...),
		Action: func(c *cli.Context) error { return runFix(c, sio) },
	}
}

// fileFix is one article with its proposals.
type fileFix struct {
	path      string
	in        check.Input
	res       *check.Result
	proposals []*fix.Proposal
	flagged   int
	after     float64 // score with the best proposals applied
}

func (f *fileFix) doc() *check.Document { return f.in.Article }

// best returns the best verified proposal of each sentence, in order.
func (f *fileFix) best() []*fix.Proposal { return fix.Best(f.proposals) }

func runFix(c *cli.Context, sio IO) error {
	files := c.Args().Slice()
	if len(files) == 0 {
		return usagef("fix: no FILE given (try: mtcheck fix --ref REF.txt ARTICLE.txt)")
	}
	format := strings.ToLower(c.String("format"))
	if format != "text" && format != "json" {
		return usagef("--format %q: want text or json", c.String("format"))
	}
	out, write, patch, inter := c.String("output"), c.Bool("write"), c.Bool("patch"), c.Bool("interactive")
	switch {
	case out != "" && len(files) > 1:
		return usagef("-o writes one article: give one FILE, or use --write")
	case out != "" && write:
		return usagef("--write and -o: choose one (--write replaces FILE, -o writes elsewhere)")
	case patch && (inter || write || out != ""):
		return usagef("--patch prints the corrections; it does not go with --write, -o or -i")
	case patch && format == "json":
		return usagef("--patch prints a unified diff; it does not go with --format json")
	case inter && !interactiveOK(sio):
		return usagef("-i needs a terminal: standard input and output must be a TTY (use --write, -o or --patch in scripts)")
	case (write || inter && out == "") && contains(files, "-"):
		return usagef("cannot write corrections back to standard input: use -o FILE")
	}
	colorMode := c.String("color")
	if colorMode != "auto" && colorMode != "always" && colorMode != "never" {
		return usagef("--color %q: want auto, always or never", colorMode)
	}
	run, lr, err := fixSetup(c, sio, "LLM fixes")
	if err != nil {
		return err
	}
	if lr == nil && c.Bool("dry-run") {
		return usagef("--dry-run shows LLM requests, and no LLM is set up")
	}
	if err := run.loadShared(files); err != nil {
		return err
	}
	ctx := c.Context
	color := useColor(colorMode, sio, sio.Out)
	style := textdiff.StylePlain
	if color {
		style = textdiff.StyleANSI
	}
	var results []*fileFix
	inputErrors := 0
	for _, path := range files {
		ff, err := proposeFixes(ctx, run, lr, path)
		if err != nil {
			fmt.Fprintf(sio.Err, "mtcheck: %v\n", err)
			inputErrors++
			continue
		}
		results = append(results, ff)
		if lr != nil && lr.dryRun {
			continue
		}
		switch {
		case inter:
			target := firstNonEmpty(out, path)
			if err := interact(ctx, sio, ff, target, style); err != nil {
				return err
			}
		case patch:
			fmt.Fprint(sio.Out, textdiff.Unified(ff.path, ff.path, ff.doc().Text, fix.Apply(ff.doc().Text, fix.EditsOf(ff.best()))))
		case format == "text":
			printProposals(sio.Out, ff, style)
		}
		if write || out != "" {
			if err := writeFixed(sio, ff, firstNonEmpty(out, path), ff.best()); err != nil {
				fmt.Fprintf(sio.Err, "mtcheck: %v\n", err)
				inputErrors++
			}
		}
	}
	var info *report.LLM
	if lr != nil {
		if lr.dryRun {
			lr.printPlan(sio)
			return nil
		}
		info = lr.finish(ctx)
		if format == "text" && !patch && !inter {
			fmt.Fprintln(sio.Out, info.Line())
		}
	}
	if format == "json" {
		if err := writeFixJSON(sio.Out, results, info); err != nil {
			return usagef("writing the report: %v", err)
		}
	}
	if lr != nil {
		if err := lr.exit(ctx, sio); err != nil {
			return err
		}
	}
	if inputErrors > 0 {
		return &exitError{ExitUsage}
	}
	return nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// interactiveOK: -i needs a person at a terminal. MTCHECK_FORCE_TTY=1
// vouches for one (for scripted sessions and tests).
func interactiveOK(sio IO) bool {
	if sio.getenv("MTCHECK_FORCE_TTY") != "" {
		return true
	}
	f, ok := sio.In.(*os.File)
	return ok && sio.isTerminal(f) && sio.isTerminal(sio.Out)
}

// proposeFixes checks an article and gathers verified proposals.
func proposeFixes(ctx context.Context, run *checkRun, lr *llmRun, path string) (*fileFix, error) {
	d, err := run.rd.Load(path, corpus.Article)
	if err != nil {
		return nil, err
	}
	in := run.shared
	in.Article = d
	res := check.Run(in, run.cfg.opts)
	ff := &fileFix{path: d.Name, in: in, res: res}
	if lr != nil && lr.runner.Mode != "none" && lr.failed() == nil && ctx.Err() == nil {
		_ = lr.reviewHook(ctx, in, res)
	}
	ff.proposals = gatherProposals(ctx, lr, in, res, run.cfg.opts)
	for _, sr := range res.Sentences {
		if sr.Flagged {
			ff.flagged++
		}
	}
	ff.after = scoreWith(ff, ff.best(), run.cfg.opts)
	return ff, nil
}

// gatherProposals makes the proposals for a checked article: the LLM
// fixer's (when lr is set) and the offline ones, verified and ordered.
func gatherProposals(ctx context.Context, lr *llmRun, in check.Input, res *check.Result, opts check.Options) []*fix.Proposal {
	var props []*fix.Proposal
	if lr != nil {
		props = lr.fixes(ctx, in, res)
	}
	props = append(props, fix.Offline(res)...)
	v := fix.NewVerifier(in, res, opts)
	for _, p := range props {
		v.Verify(p)
	}
	fix.Order(props)
	return props
}

// fixes asks the LLM fixer to correct the sentences that are flagged or
// have an LLM finding.
func (lr *llmRun) fixes(ctx context.Context, in check.Input, res *check.Result) []*fix.Proposal {
	if lr.failed() != nil || ctx.Err() != nil {
		return nil
	}
	d := in.Article
	fixes, out, err := lr.runner.Fix(ctx, in, res, fix.Targets(res))
	var pe *llm.ProviderError
	lr.mu.Lock()
	if errors.As(err, &pe) && lr.fatal == nil {
		lr.fatal = err
	}
	lr.mu.Unlock()
	if out != nil {
		d.Warnings = append(d.Warnings, out.Warnings(d, "corrected by the LLM")...)
	}
	return fix.FromLLM(d, fixes)
}

// scoreWith is the article's offline MQM score with proposals applied.
func scoreWith(ff *fileFix, ps []*fix.Proposal, opts check.Options) float64 {
	in := ff.in
	in.Article = check.Parse(ff.doc().Name, fix.Apply(ff.doc().Text, fix.EditsOf(ps)), check.ParseOptions{})
	return check.Run(in, opts).Score
}

func printProposals(w io.Writer, ff *fileFix, style textdiff.Style) {
	doc := ff.doc()
	for _, warn := range doc.Warnings {
		fmt.Fprintf(w, "%s: warning: %s\n", ff.path, warn)
	}
	last := -1
	for _, p := range ff.proposals {
		s := doc.Sentences[p.Sentence]
		if p.Sentence != last {
			last = p.Sentence
			sr := ff.res.Sentences[p.Sentence]
			var fs []string
			for _, f := range sr.Findings {
				fs = append(fs, f.Severity.String()+" "+f.Check)
			}
			fmt.Fprintf(w, "%s:%d:%d: sentence %d (score %.2f): %s\n", ff.path, s.Line, s.Col, p.Sentence+1, sr.Score, strings.Join(fs, ", "))
		}
		if p.OK() {
			fmt.Fprintf(w, "    %s · confidence %.2f: %s\n", p.Source, p.Confidence, p.Reason)
		} else {
			fmt.Fprintf(w, "    rejected (%s): %s\n", p.Source, p.Rejected)
			if p.Reason != "" {
				fmt.Fprintf(w, "      its reason: %s\n", p.Reason)
			}
		}
		fmt.Fprintf(w, "      %s\n", textdiff.Render(p.Diff(), style))
	}
	best := ff.best()
	rejected := 0
	for _, p := range ff.proposals {
		if !p.OK() {
			rejected++
		}
	}
	fmt.Fprintf(w, "%s: %d flagged sentence(s) · %d proposal(s), %d rejected · score %.2f → %.2f with the %d best\n",
		ff.path, ff.flagged, len(ff.proposals), rejected, ff.res.Score, ff.after, len(best))
}

// writeFixed writes the article with the chosen proposals applied.
func writeFixed(sio IO, ff *fileFix, target string, chosen []*fix.Proposal) error {
	text := fix.Apply(ff.doc().Text, fix.EditsOf(chosen))
	kept, err := fix.Write(target, text)
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("wrote %s (%d correction(s))", target, len(chosen))
	if len(chosen) == 0 {
		msg = fmt.Sprintf("%s: nothing to correct", target)
	}
	if kept.N > 0 {
		msg += fmt.Sprintf("; the previous version is kept as %s (mtcheck diff %s@%d %s)", kept.Path, target, kept.N, target)
	}
	fmt.Fprintf(sio.Err, "mtcheck: %s\n", msg)
	return nil
}

// JSON output of mtcheck fix.
type fixReport struct {
	SchemaVersion string          `json:"schema_version"`
	Tool          report.Tool     `json:"tool"`
	Files         []fixFileReport `json:"files"`
	LLM           *report.LLM     `json:"llm,omitempty"`
}

type fixFileReport struct {
	Path       string        `json:"path"`
	Score      float64       `json:"score"`
	ScoreAfter float64       `json:"score_after"`
	Flagged    int           `json:"flagged"`
	Proposals  []fixProposal `json:"proposals"`
	Warnings   []string      `json:"warnings"`
}

// fixProposal is a proposal with where its sentence is.
type fixProposal struct {
	Sentence int `json:"sentence"`
	Line     int `json:"line"`
	Col      int `json:"col"`
	*report.Proposal
}

func writeFixJSON(w io.Writer, results []*fileFix, info *report.LLM) error {
	r := fixReport{SchemaVersion: report.SchemaVersion, Tool: report.Tool{Name: "mtcheck", Version: versionString()}, Files: []fixFileReport{}, LLM: info}
	for _, ff := range results {
		fr := fixFileReport{Path: ff.path, Score: ff.res.Score, ScoreAfter: ff.after, Flagged: ff.flagged, Proposals: []fixProposal{},
			Warnings: append([]string{}, ff.doc().Warnings...)}
		for i, rp := range fix.Reports(ff.proposals) {
			s := ff.doc().Sentences[ff.proposals[i].Sentence]
			fr.Proposals = append(fr.Proposals, fixProposal{Sentence: s.Index + 1, Line: s.Line, Col: s.Col, Proposal: rp})
		}
		r.Files = append(r.Files, fr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
