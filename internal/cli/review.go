package cli

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"runtime"

	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/mtcheck/mtcheck/internal/reviewui"
	"github.com/urfave/cli/v2"
)

func reviewCommand(sio IO) *cli.Command {
	return &cli.Command{
		Name:      "review",
		Usage:     "review an article's proposed corrections in the browser, and save the result",
		ArgsUsage: "FILE",
		Description: `Checks FILE as mtcheck check does and serves its review page on this machine: the
article with its findings highlighted, the evidence for each, and the proposed corrections
as word diffs, each with Accept, Reject and Edit. Save writes the corrected article
atomically, keeps the previous version in .mtcheck/versions/ (as fix --write does) and
appends every decision to FILE.mtcheck-log.jsonl; the page then shows the whole article's
changes.

The server listens on 127.0.0.1 on a free port and prints the page's address, which holds a
random session token that every request must carry. Keys on the page: j/k next/previous
finding, a accept, r reject, e edit, u undo, s save, ? help.

Offline proposals are there at once; with an LLM set up (OPENAI_API_KEY, or --base-url for
a local server; --no-llm turns it off) its findings and proposals arrive as they are ready.
Ctrl-C stops the server: a save in progress completes, and unsaved decisions are kept in
.mtcheck/review/FILE.json, taken up again by the next review of the unchanged article.

Exit status: 0 stopped, 2 a usage or input error.

Examples:
   mtcheck review --ref story.ref.txt story.txt
   mtcheck review --ref story.ref.txt --glossary terms.txt --open story.txt
   mtcheck review --ref story.ref.txt -o story.fixed.txt story.txt
   mtcheck review --ref story.ref.txt --listen 0.0.0.0:8080 --allow-remote story.txt`,
		Flags: append([]cli.Flag{
			&cli.StringSliceFlag{Name: "ref", Aliases: []string{"r"}, Usage: "reference text `FILE` (repeatable)"},
			&cli.StringFlag{Name: "source", Aliases: []string{"s"}, Usage: "source-language text `FILE`"},
			&cli.StringFlag{Name: "glossary", Aliases: []string{"g"}, Usage: "glossary `FILE` of preferred terms and variants to avoid"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "save the corrected article to `FILE` instead of FILE itself"},
			&cli.StringFlag{Name: "listen", Value: reviewui.DefaultListen, Usage: "serve on `ADDR` (HOST:PORT; port 0 picks a free one)"},
			&cli.BoolFlag{Name: "allow-remote", Usage: "allow --listen on an address other machines can reach (the page can change files)"},
			&cli.BoolFlag{Name: "open", Usage: "open the page in the browser ($BROWSER, or the system's)"},
			&cli.BoolFlag{Name: "no-llm", Usage: "offline proposals only, even with an LLM set up"},
			&cli.StringFlag{Name: "max-size", Value: "16MB", Usage: "largest input file read"},
			&cli.StringFlag{Name: "config", EnvVars: []string{"MTCHECK_CONFIG"}, Usage: "read settings from `FILE` instead of the nearest .mtcheck.yaml"},
		}, llmFlags()...),
		Action: func(c *cli.Context) error { return runReview(c, sio) },
	}
}

func runReview(c *cli.Context, sio IO) error {
	files := c.Args().Slice()
	switch {
	case len(files) != 1:
		return usagef("review: give one FILE (try: mtcheck review --ref REF.txt ARTICLE.txt)")
	case files[0] == "-":
		return usagef("review: cannot save corrections to standard input: give a FILE")
	case c.Bool("dry-run"):
		return usagef("--dry-run does not go with review (try: mtcheck fix --dry-run)")
	}
	path := files[0]
	listen, allowRemote := c.String("listen"), c.Bool("allow-remote")
	if err := reviewui.CheckListen(listen, allowRemote); err != nil {
		return usagef("%v", err)
	}
	run, lr, err := fixSetup(c, sio, "LLM proposals")
	if err != nil {
		return err
	}
	if err := run.loadShared(files); err != nil {
		return err
	}
	d, err := run.rd.Load(path, corpus.Article)
	if err != nil {
		fmt.Fprintf(sio.Err, "mtcheck: %v\n", err)
		return &exitError{ExitUsage}
	}
	in := run.shared
	in.Article = d
	rc := reviewui.Config{Input: in, Opts: run.cfg.opts, Refs: run.refNames, Source: run.sourceName, Path: path,
		Target: firstNonEmpty(c.String("output"), path), Tool: report.Tool{Name: "mtcheck", Version: versionString()}}
	if lr != nil {
		rc.Runner = lr.runner
	}
	sess, err := reviewui.NewSession(rc)
	if err != nil {
		return usagef("%v", err)
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return usagef("cannot listen on %s: %v", listen, err)
	}
	srv := reviewui.NewServer(sess, ln, reviewui.NewToken(), allowRemote)
	srv.Logf = func(format string, a ...any) { fmt.Fprintf(sio.Err, "mtcheck: "+format+"\n", a...) }
	if n := sess.Restored(); n > 0 {
		fmt.Fprintf(sio.Err, "mtcheck: took up %d unsaved decision(s) from %s\n", n, reviewui.DraftPath(path))
	}
	fmt.Fprintf(sio.Out, "mtcheck review: %s\n    %s\n(Ctrl-C stops the server)\n", path, srv.URL())
	if c.Bool("open") {
		if err := openBrowser(sio, srv.URL()); err != nil {
			fmt.Fprintf(sio.Err, "mtcheck: could not open a browser (%v): open the address above\n", err)
		}
	}
	ctx := c.Context
	sess.StartLLM(ctx)
	serr := srv.Serve(ctx)
	sess.Wait()
	draft, n, derr := sess.WriteDraft()
	switch {
	case derr != nil:
		fmt.Fprintf(sio.Err, "mtcheck: %d unsaved decision(s) could not be kept: %v\n", n, derr)
	case n > 0:
		fmt.Fprintf(sio.Err, "mtcheck: review stopped; %d unsaved decision(s) kept in %s (mtcheck review takes them up again)\n", n, draft)
	default:
		fmt.Fprintln(sio.Err, "mtcheck: review stopped; nothing unsaved")
	}
	if lr != nil {
		fmt.Fprintln(sio.Err, lr.finish(ctx).Line())
	}
	if serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return usagef("review server: %v", serr)
	}
	if derr != nil {
		return &exitError{ExitUsage}
	}
	return nil
}

// openBrowser opens a URL with $BROWSER, or the system's way.
func openBrowser(sio IO, url string) error {
	var cmd *exec.Cmd
	switch b := sio.getenv("BROWSER"); {
	case b != "":
		cmd = exec.Command("sh", "-c", b+` "$1"`, "sh", url)
	case runtime.GOOS == "darwin":
		cmd = exec.Command("open", url)
	case runtime.GOOS == "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() // reap it; the browser lives on its own
	return nil
}
