package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/mtcheck/mtcheck/internal/fix"
	"github.com/mtcheck/mtcheck/internal/textdiff"
)

// lineReader reads answers without blocking Ctrl-C: a read runs in a
// goroutine and a cancelled context ends the wait.
type lineReader struct {
	lines chan string
	errs  chan error
}

func newLineReader(r io.Reader) *lineReader {
	lr := &lineReader{lines: make(chan string), errs: make(chan error, 1)}
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			lr.lines <- sc.Text()
		}
		err := sc.Err()
		if err == nil {
			err = io.EOF
		}
		lr.errs <- err
	}()
	return lr
}

func (lr *lineReader) read(ctx context.Context) (string, error) {
	select {
	case l := <-lr.lines:
		return strings.TrimSpace(l), nil
	case err := <-lr.errs:
		lr.errs <- err
		return "", err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// interact asks about each sentence's proposals and writes the accepted
// ones to target, logging every decision beside it.
func interact(ctx context.Context, sio IO, ff *fileFix, target string, style textdiff.Style) error {
	doc := ff.doc()
	in := newLineReader(sio.In)
	out := sio.Out
	var chosen []*fix.Proposal
	var log []fix.Decision
	record := func(p *fix.Proposal, what, final string) {
		log = append(log, fix.NewDecision(ff.path, doc.Sentences[p.Sentence].Line, p, what, final))
	}
	// Offer the verified proposals of each sentence, best first.
	bySentence := map[int][]*fix.Proposal{}
	var order []int
	for _, p := range ff.proposals {
		if !p.OK() {
			continue
		}
		if _, ok := bySentence[p.Sentence]; !ok {
			order = append(order, p.Sentence)
		}
		bySentence[p.Sentence] = append(bySentence[p.Sentence], p)
	}
	all, quit := false, false
	total := len(order)
	for n, si := range order {
		for k, p := range bySentence[si] {
			if quit {
				record(p, "skipped", p.Original)
				continue
			}
			if all {
				chosen = append(chosen, p)
				record(p, "accepted", p.Corrected)
				break
			}
			s := doc.Sentences[si]
			sr := ff.res.Sentences[si]
			fmt.Fprintf(out, "\n[%d/%d] %s:%d:%d sentence %d (score %.2f)\n", n+1, total, ff.path, s.Line, s.Col, si+1, sr.Score)
			for _, f := range sr.Findings {
				fmt.Fprintf(out, "    %s %s: %s\n", f.Severity, f.Check, f.Message)
			}
			if sr.Passage != nil {
				fmt.Fprintf(out, "    reference (%s:%d): %s\n", sr.Passage.File, sr.Passage.Line, sr.Passage.Text)
			}
			fmt.Fprintf(out, "    proposal (%s, confidence %.2f): %s\n", p.Source, p.Confidence, p.Reason)
			fmt.Fprintf(out, "    %s\n", textdiff.Render(p.Diff(), style))
			answered := false
			for !answered {
				fmt.Fprint(out, "Accept? [y]es [n]o [e]dit [a]ll remaining [q]uit: ")
				ans, err := in.read(ctx)
				if err != nil {
					// End of input or Ctrl-C: stop asking, keep what was accepted.
					fmt.Fprintln(out)
					quit = true
					record(p, "skipped", p.Original)
					break
				}
				switch strings.ToLower(ans) {
				case "y", "yes":
					chosen = append(chosen, p)
					record(p, "accepted", p.Corrected)
					answered = true
				case "n", "no":
					record(p, "rejected", p.Original)
					answered = true
				case "e", "edit":
					text, err := editSentence(ctx, sio, in, p.Corrected)
					if err != nil {
						fmt.Fprintf(out, "    %v\n", err)
						continue
					}
					if text == "" || text == p.Original {
						fmt.Fprintln(out, "    no change; asking again")
						continue
					}
					e := &fix.Proposal{Sentence: si, Source: "edited", Reason: "edited by hand", Original: p.Original, Corrected: text,
						Edits: fix.EditsFor(doc, s, text), Confidence: 1}
					fmt.Fprintf(out, "    %s\n", textdiff.Render(e.Diff(), style))
					chosen = append(chosen, e)
					record(e, "edited", text)
					answered = true
				case "a", "all":
					all = true
					chosen = append(chosen, p)
					record(p, "accepted", p.Corrected)
					answered = true
				case "q", "quit":
					quit = true
					record(p, "skipped", p.Original)
					answered = true
				default:
					fmt.Fprintln(out, "    y: accept this proposal · n: reject it (the next one for the sentence, if any, is shown) · e: edit it ($EDITOR, or type the sentence) · a: accept this and all remaining · q: stop, writing what was accepted")
				}
			}
			if quit || answered && len(chosen) > 0 && chosen[len(chosen)-1].Sentence == si {
				// Accepted (or stopped): no other proposal for this sentence.
				for _, rest := range bySentence[si][k+1:] {
					record(rest, "skipped", "")
				}
				break
			}
		}
	}
	fmt.Fprintf(out, "\n%d of %d sentence(s) corrected\n", len(chosen), total)
	if err := writeFixed(sio, ff, target, chosen); err != nil {
		return err
	}
	return fix.AppendLog(fix.LogPath(target), log)
}

// editSentence opens $VISUAL or $EDITOR on the sentence, or reads a typed
// line when neither is set.
func editSentence(ctx context.Context, sio IO, in *lineReader, text string) (string, error) {
	editor := firstNonEmpty(sio.getenv("VISUAL"), sio.getenv("EDITOR"))
	if editor == "" {
		fmt.Fprint(sio.Out, "Corrected sentence (empty to go back): ")
		l, err := in.read(ctx)
		return strings.Join(strings.Fields(l), " "), err
	}
	f, err := os.CreateTemp("", "mtcheck-sentence-*.txt")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	fmt.Fprintln(f, text)
	f.Close()
	cmd := exec.CommandContext(ctx, "sh", "-c", editor+` "$1"`, "sh", f.Name())
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("editor %q failed: %v", editor, err)
	}
	b, err := os.ReadFile(f.Name())
	if err != nil {
		return "", err
	}
	return strings.Join(strings.Fields(string(b)), " "), nil
}
