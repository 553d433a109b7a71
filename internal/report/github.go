package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/check"
)

// GitHub workflow commands (https://docs.github.com/actions/reference/workflow-commands-for-github-actions):
// ::error file=F,line=L,col=C,endLine=..,endColumn=..,title=T::MESSAGE.
// The message escapes %, CR and LF; property values also escape : and ,.
var (
	ghData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// GitHubEscapeData escapes a workflow command's message.
func GitHubEscapeData(s string) string { return ghData.Replace(s) }

// GitHubEscapeProperty escapes a workflow command's property value.
func GitHubEscapeProperty(s string) string { return ghProperty.Replace(s) }

// GitHubStream writes findings as GitHub Actions workflow commands, which
// the runner turns into annotations on the pull request: major and
// critical findings as errors, minor ones as warnings.
type GitHubStream struct {
	w   io.Writer
	err error
}

// NewGitHubStream writes workflow commands to w (standard output of a step).
func NewGitHubStream(w io.Writer) *GitHubStream { return &GitHubStream{w: w} }

type ghProp struct{ k, v string }

func (g *GitHubStream) command(name string, props []ghProp, msg string) {
	if g.err != nil {
		return
	}
	var b strings.Builder
	b.WriteString("::" + name)
	for i, p := range props {
		if i == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte(',')
		}
		b.WriteString(p.k + "=" + GitHubEscapeProperty(p.v))
	}
	b.WriteString("::" + GitHubEscapeData(msg) + "\n")
	_, g.err = io.WriteString(g.w, b.String())
}

// File writes one annotation per finding.
func (g *GitHubStream) File(f *File) error {
	for _, is := range f.AllIssues() {
		level := "warning"
		if is.Severity >= check.Major {
			level = "error"
		}
		props := []ghProp{{"file", f.Path}, {"line", strconv.Itoa(max(1, is.Line))}, {"col", strconv.Itoa(max(1, is.Col))}}
		if is.EndLine > 0 {
			props = append(props, ghProp{"endLine", strconv.Itoa(is.EndLine)}, ghProp{"endColumn", strconv.Itoa(max(1, is.EndCol))})
		}
		title := fmt.Sprintf("mtcheck %s (%s)", is.Check, is.Severity)
		if f.Doc != "" {
			title += " in " + f.Doc
		}
		props = append(props, ghProp{"title", title})
		g.command(level, props, issueText(is))
	}
	for _, msg := range f.GateFailures {
		g.command("error", []ghProp{{"file", f.Path}, {"title", "mtcheck quality gate"}}, msg)
	}
	return g.err
}

// Error writes an unreadable input as an error annotation.
func (g *GitHubStream) Error(e FileError) error {
	g.command("error", []ghProp{{"file", e.Path}, {"title", "mtcheck input error"}}, e.Message)
	return g.err
}

// Finish writes run-level gate failures and a notice with the totals.
func (g *GitHubStream) Finish(r *Report) error {
	s := r.Summary
	mean := "n/a"
	if s.MeanScore != nil {
		mean = fmt.Sprintf("%.2f", *s.MeanScore)
	}
	if r.Gate != nil {
		for _, msg := range r.Gate.RunFailures {
			g.command("error", []ghProp{{"title", "mtcheck quality gate"}}, msg)
		}
	}
	g.command("notice", []ghProp{{"title", "mtcheck summary"}}, fmt.Sprintf("%d files, %d errors, %d sentences, %d flagged (%s), mean score %s; %d critical, %d major, %d minor",
		s.Files, s.Errors, s.Sentences, s.Flagged, pct(s.FlaggedRatio), mean, s.Issues["critical"], s.Issues["major"], s.Issues["minor"]))
	return g.err
}
