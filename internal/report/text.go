package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// TextOptions tunes the text writer.
type TextOptions struct {
	Color bool
	// Sort is "score" (worst sentences first, the editor's order) or
	// "position" (file order, the compiler's order).
	Sort string
	// Quiet prints only the summary lines.
	Quiet bool
}

const (
	ansiReset   = "\x1b[0m"
	ansiBold    = "\x1b[1m"
	ansiDim     = "\x1b[2m"
	ansiRed     = "\x1b[31m"
	ansiYellow  = "\x1b[33m"
	ansiMagenta = "\x1b[35m"
	ansiGreen   = "\x1b[32m"
	ansiCyan    = "\x1b[36m"
)

type textWriter struct {
	w   io.Writer
	opt TextOptions
	err error
}

func (t *textWriter) printf(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, a...)
	}
}

func (t *textWriter) paint(code, s string) string {
	if !t.opt.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

func sevColor(sev string) string {
	switch sev {
	case "critical":
		return ansiBold + ansiMagenta
	case "major":
		return ansiBold + ansiRed
	}
	return ansiYellow
}

// WriteText writes the report for a person: each finding as
// file:line:col: severity check: message, the sentence with the span marked,
// the evidence and the suggestion; then a summary line per file and for the
// run.
func WriteText(w io.Writer, r *Report, opt TextOptions) error {
	t := &textWriter{w: w, opt: opt}
	for _, f := range r.Files {
		t.file(f)
	}
	t.finish(r)
	return t.err
}

// finish writes what follows the files: the run's totals and summary (when
// there are several files or errors) and the gate.
func (t *textWriter) finish(r *Report) {
	if r.Summary.Files > 1 || r.Summary.Errors > 0 {
		t.total(r)
	}
	if r.Summary.Files > 1 {
		t.printf("%s", SummaryText(r.Summary, t.opt.Color))
	}
	if r.LLM != nil {
		t.printf("%s\n", t.paint(ansiDim, r.LLM.Line()))
	}
	if r.Gate != nil {
		if r.Gate.Passed {
			t.printf("%s\n", t.paint(ansiGreen, "quality gate passed"))
		} else {
			for _, msg := range r.Gate.Failures {
				t.printf("%s %s\n", t.paint(ansiBold+ansiRed, "quality gate failed:"), msg)
			}
		}
	}
}

type located struct {
	is   *Issue
	sent *Sentence
}

func (t *textWriter) file(f *File) {
	for _, w := range f.Warnings {
		t.printf("%s: %s %s\n", f.Path, t.paint(ansiYellow, "warning:"), w)
	}
	if !t.opt.Quiet {
		var items []located
		for _, s := range f.Sentences {
			for _, is := range s.Issues {
				items = append(items, located{is, s})
			}
		}
		for _, is := range f.Issues {
			items = append(items, located{is, nil})
		}
		score := func(l located) float64 {
			if l.sent == nil {
				return 2 // document-level findings after the sentences
			}
			return l.sent.Score
		}
		// Worst sentence first, and within a sentence its most severe
		// finding first (then in reading order); --sort position keeps the
		// file's order.
		sentStart := func(l located) int {
			if l.sent == nil {
				return -1
			}
			return l.sent.Start
		}
		sort.SliceStable(items, func(i, j int) bool {
			a, b := items[i], items[j]
			if t.opt.Sort != "position" {
				if sa, sb := score(a), score(b); sa != sb {
					return sa < sb
				}
				if sa, sb := sentStart(a), sentStart(b); sa != sb {
					return sa < sb
				}
				if a.is.Severity != b.is.Severity {
					return a.is.Severity > b.is.Severity
				}
			}
			if a.is.Start != b.is.Start {
				return a.is.Start < b.is.Start
			}
			return a.is.Severity > b.is.Severity
		})
		for _, it := range items {
			t.issue(f, it)
		}
	}
	t.printf("%s\n", t.fileSummary(f))
	for _, msg := range f.GateFailures {
		t.printf("%s: %s %s\n", f.Label(), t.paint(ansiBold+ansiRed, "gate:"), msg)
	}
}

func (t *textWriter) issue(f *File, it located) {
	is := it.is
	sev := is.Severity.String()
	confirmed := ""
	if is.ConfirmedByLLM {
		confirmed = t.paint(ansiDim, " (confirmed by the LLM)")
	}
	t.printf("%s:%d:%d: %s %s: %s%s%s\n", f.Path, is.Line, is.Col, t.paint(sevColor(sev), sev), t.paint(ansiCyan, is.Check), is.Message, segmentNote(is, it.sent), confirmed)
	if it.sent != nil {
		start, end := is.textStart, is.textEnd
		if start == 0 && end == 0 {
			if k := strings.Index(it.sent.Text, is.Span); k >= 0 && is.Span != "" {
				start, end = k, k+len(is.Span)
			}
		}
		line, marks := excerpt(it.sent.Text, start, end, 150)
		if t.opt.Color {
			line = colorSpan(line, marks, sevColor(sev))
			t.printf("    %s\n", line.text)
		} else {
			t.printf("    %s\n", line.text)
			if marks.width > 0 || start == end {
				t.printf("    %s%s\n", strings.Repeat(" ", marks.col), strings.Repeat("^", max(1, marks.width)))
			}
		}
	}
	if ev := is.Evidence; ev != nil {
		where := ev.File
		if ev.Line > 0 {
			where = fmt.Sprintf("%s:%d", ev.File, ev.Line)
		}
		label := ev.Kind + ":"
		if where != "" {
			label = ev.Kind + " (" + where + "):"
		}
		t.printf("    %s %s\n", t.paint(ansiDim, label), clip(ev.Text, 300))
	}
	if is.Suggestion != "" {
		t.printf("    %s %s\n", t.paint(ansiDim, "suggestion:"), t.paint(ansiGreen, is.Suggestion))
	}
}

func (t *textWriter) fileSummary(f *File) string {
	counts := map[string]int{}
	for _, is := range f.AllIssues() {
		counts[is.Severity.String()]++
	}
	var parts []string
	for _, sev := range []string{"critical", "major", "minor"} {
		if counts[sev] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[sev], sev))
		}
	}
	found := "no issues found"
	if len(parts) > 0 {
		found = strings.Join(parts, ", ")
	}
	ref := ""
	if len(f.References) == 0 {
		ref = " (no reference: reference-free checks only)"
	}
	return fmt.Sprintf("%s: score %.2f/100 · %s, %d flagged, %d unverified · %s%s",
		f.Label(), f.Score, plural(len(f.Sentences), "sentence"), f.Flagged, f.Unverified, found, ref)
}

func (t *textWriter) total(r *Report) {
	s := r.Summary
	mean := "n/a"
	if s.MeanScore != nil {
		mean = fmt.Sprintf("%.2f", *s.MeanScore)
	}
	t.printf("%s checked, %d could not be read · %s, %d flagged · mean score %s · %d critical, %d major, %d minor\n",
		plural(s.Files, "file"), s.Errors, plural(s.Sentences, "sentence"), s.Flagged, mean, s.Issues["critical"], s.Issues["major"], s.Issues["minor"])
}

type excerptLine struct{ text string }

type markPos struct {
	col, width int // display columns
	bstart     int // byte offsets of the span in the excerpt text
	bend       int
}

// excerpt cuts a window of at most max runes around text[start:end] and
// reports where the span sits in it, in display columns (wide characters
// count two) for the caret line and in bytes for colouring.
func excerpt(text string, start, end, maxRunes int) (excerptLine, markPos) {
	if start < 0 || end > len(text) || start > end {
		start, end = 0, 0
	}
	lo, hi := 0, len(text)
	if utf8.RuneCountInString(text) > maxRunes {
		spanRunes := utf8.RuneCountInString(text[start:end])
		ctx := max(20, (maxRunes-spanRunes)/2)
		lo = backRunes(text, start, ctx)
		hi = fwdRunes(text, end, ctx)
	}
	prefix, suffix := "", ""
	if lo > 0 {
		prefix = "…"
	}
	if hi < len(text) {
		suffix = "…"
	}
	out := prefix + text[lo:hi] + suffix
	bstart := len(prefix) + start - lo
	bend := len(prefix) + end - lo
	return excerptLine{out}, markPos{col: displayWidth(out[:bstart]), width: displayWidth(out[bstart:bend]), bstart: bstart, bend: bend}
}

func colorSpan(l excerptLine, m markPos, code string) excerptLine {
	if m.bend <= m.bstart {
		return l
	}
	return excerptLine{l.text[:m.bstart] + code + "\x1b[4m" + l.text[m.bstart:m.bend] + ansiReset + l.text[m.bend:]}
}

func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return i
}

func fwdRunes(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return i
}

func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r) || r == 0x200B:
		case width.LookupRune(r).Kind() == width.EastAsianWide || width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			w += 2
		default:
			w++
		}
	}
	return w
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
