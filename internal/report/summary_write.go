package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

const histWidth = 40

// SummaryText renders the run summary for a person: flagged share, the
// score distribution as a text histogram, the worst files, findings per
// check and severity, and LLM usage when there was any.
func SummaryText(s Summary, color bool) string {
	var b strings.Builder
	paint := func(code, x string) string {
		if !color {
			return x
		}
		return code + x + ansiReset
	}
	fmt.Fprintf(&b, "flagged %s of %d sentences", pct(s.FlaggedRatio), s.Sentences)
	if s.ReferenceFree > 0 {
		fmt.Fprintf(&b, " · %d file(s) checked without a reference (reference-free checks only)", s.ReferenceFree)
	}
	if s.Ignored > 0 {
		fmt.Fprintf(&b, " · %d finding(s) ignored by config", s.Ignored)
	}
	if bl := s.Baseline; bl != nil {
		fmt.Fprintf(&b, " · baseline %s: %d known finding(s) not reported, %d new", bl.Path, bl.Known, bl.New)
	}
	b.WriteString("\n")
	if s.Files > 0 {
		fmt.Fprintf(&b, "score distribution (%d documents):\n", s.Files)
		histogram(&b, s.Histogram, "  ", func(bar string, n int) string {
			return paint(ansiCyan, bar+strings.Repeat("·", histWidth-n))
		})
	}
	if len(s.Worst) > 0 {
		b.WriteString("worst files:\n")
		for _, w := range s.Worst {
			fmt.Fprintf(&b, "  %6.2f  %s  (%d sentences, %d flagged, %d findings)\n", w.Score, w.Label(), w.Sentences, w.Flagged, w.Issues)
		}
	}
	if rows := checkRows(s); len(rows) > 0 {
		fmt.Fprintf(&b, "findings by check:\n  %-16s %8s %8s %8s\n", "check", "critical", "major", "minor")
		for _, r := range rows {
			fmt.Fprintf(&b, "  %-16s %8d %8d %8d\n", r.check, r.n[0], r.n[1], r.n[2])
		}
	}
	if s.LLM != nil {
		fmt.Fprintf(&b, "LLM: %s\n", llmLine(s.LLM))
	}
	return b.String()
}

// histogram writes one bar per bin, highest scores first down to the
// lowest score, the longest bar histWidth characters wide.
func histogram(b *strings.Builder, bins []Bin, indent string, style func(bar string, n int) string) {
	most, lowest := 0, len(bins)-1
	for i, h := range bins {
		most = max(most, h.Files)
		if h.Files > 0 {
			lowest = min(lowest, i)
		}
	}
	// Empty bins below the lowest score say nothing.
	for i := len(bins) - 1; i >= lowest; i-- {
		h := bins[i]
		n := 0
		if most > 0 {
			n = (h.Files*histWidth + most - 1) / most
		}
		fmt.Fprintf(b, "%s%3g–%-3g %s %d\n", indent, h.From, h.To, style(strings.Repeat("█", n), n), h.Files)
	}
}

func llmLine(u *LLMUsage) string {
	cost := "cost unknown"
	if u.CostUSD != nil {
		cost = fmt.Sprintf("$%.4f", *u.CostUSD)
	}
	cached := fmt.Sprintf("%d cached", u.Cached)
	if u.Batched > 0 {
		cached += fmt.Sprintf(", %d by batch", u.Batched)
	}
	return fmt.Sprintf("%d request(s) (%s), %d prompt + %d completion tokens, %s", u.Requests, cached, u.PromptTokens, u.CompletionTokens, cost)
}

func pct(r float64) string { return strconv.FormatFloat(r*100, 'f', 1, 64) + "%" }

type checkRow struct {
	check string
	n     [3]int // critical, major, minor
}

func checkRows(s Summary) []checkRow {
	var rows []checkRow
	for id, m := range s.ByCheckSeverity {
		rows = append(rows, checkRow{id, [3]int{m["critical"], m["major"], m["minor"]}})
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.n != b.n {
			return a.n[0] > b.n[0] || a.n[0] == b.n[0] && (a.n[1] > b.n[1] || a.n[1] == b.n[1] && a.n[2] > b.n[2])
		}
		return a.check < b.check
	})
	return rows
}

// WriteSummaryMarkdown writes the summary as GitHub-flavoured Markdown, fit
// for a pull-request comment or $GITHUB_STEP_SUMMARY.
func WriteSummaryMarkdown(w io.Writer, r *Report) error {
	s := r.Summary
	var b strings.Builder
	status := ""
	if r.Gate != nil {
		status = " — ✅ quality gate passed"
		if !r.Gate.Passed {
			status = " — ❌ quality gate failed"
		}
	}
	fmt.Fprintf(&b, "### mtcheck%s\n\n", status)
	mean, min := "n/a", "n/a"
	if s.MeanScore != nil {
		mean = fmt.Sprintf("%.2f", *s.MeanScore)
	}
	if s.MinScore != nil {
		min = fmt.Sprintf("%.2f", *s.MinScore)
	}
	b.WriteString("| files | errors | sentences | flagged | mean score | lowest score | critical | major | minor |\n")
	b.WriteString("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	fmt.Fprintf(&b, "| %d | %d | %d | %d (%s) | %s | %s | %d | %d | %d |\n\n", s.Files, s.Errors, s.Sentences, s.Flagged, pct(s.FlaggedRatio),
		mean, min, s.Issues["critical"], s.Issues["major"], s.Issues["minor"])
	if r.Gate != nil && len(r.Gate.Failures) > 0 {
		b.WriteString("**Gate failures**\n\n")
		for i, f := range r.Gate.Failures {
			if i == 20 {
				fmt.Fprintf(&b, "- … and %d more\n", len(r.Gate.Failures)-20)
				break
			}
			fmt.Fprintf(&b, "- %s\n", mdEscape(f))
		}
		b.WriteString("\n")
	}
	var notes []string
	if s.ReferenceFree > 0 {
		notes = append(notes, fmt.Sprintf("%d file(s) checked without a reference", s.ReferenceFree))
	}
	if s.Ignored > 0 {
		notes = append(notes, fmt.Sprintf("%d finding(s) ignored by config", s.Ignored))
	}
	if bl := s.Baseline; bl != nil {
		notes = append(notes, fmt.Sprintf("baseline `%s`: %d known finding(s) not reported, %d new", bl.Path, bl.Known, bl.New))
	}
	if s.LLM != nil {
		notes = append(notes, "LLM: "+llmLine(s.LLM))
	}
	for _, n := range notes {
		fmt.Fprintf(&b, "- %s\n", n)
	}
	if len(notes) > 0 {
		b.WriteString("\n")
	}
	if len(s.Worst) > 0 {
		b.WriteString("<details><summary>Worst files</summary>\n\n| score | file | sentences | flagged | findings |\n| ---: | --- | ---: | ---: | ---: |\n")
		for _, w := range s.Worst {
			fmt.Fprintf(&b, "| %.2f | `%s` | %d | %d | %d |\n", w.Score, strings.ReplaceAll(w.Label(), "`", "'"), w.Sentences, w.Flagged, w.Issues)
		}
		b.WriteString("\n</details>\n\n")
	}
	if rows := checkRows(s); len(rows) > 0 {
		b.WriteString("<details><summary>Findings by check</summary>\n\n| check | critical | major | minor |\n| --- | ---: | ---: | ---: |\n")
		for _, r := range rows {
			fmt.Fprintf(&b, "| `%s` | %d | %d | %d |\n", r.check, r.n[0], r.n[1], r.n[2])
		}
		b.WriteString("\n</details>\n\n")
	}
	if s.Files > 0 {
		b.WriteString("<details><summary>Score distribution</summary>\n\n```\n")
		histogram(&b, s.Histogram, "", func(bar string, _ int) string { return bar })
		b.WriteString("```\n\n</details>\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var mdEscaper = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`)

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// CSVStream writes one CSV row per checked document as the run goes, and a
// last row of totals (path "TOTAL").
type CSVStream struct {
	w *csv.Writer
}

var csvHeader = []string{"path", "doc", "id", "score", "words", "sentences", "flagged", "unverified", "critical", "major", "minor", "references", "gate"}

// NewCSVStream writes the header row.
func NewCSVStream(w io.Writer) (*CSVStream, error) {
	c := &CSVStream{csv.NewWriter(w)}
	if err := c.w.Write(csvHeader); err != nil {
		return nil, err
	}
	return c, nil
}

// File writes one document's row.
func (c *CSVStream) File(f *File) error {
	n := map[string]int{}
	for _, is := range f.AllIssues() {
		n[is.Severity.String()]++
	}
	gate := ""
	if len(f.GateFailures) > 0 {
		gate = "failed: " + strings.Join(f.GateFailures, "; ")
	}
	return c.w.Write([]string{csvSafe(f.Path), csvSafe(f.Doc), csvSafe(f.ID), fmt.Sprintf("%.2f", f.Score), strconv.Itoa(f.Words), strconv.Itoa(len(f.Sentences)),
		strconv.Itoa(f.Flagged), strconv.Itoa(f.Unverified), strconv.Itoa(n["critical"]), strconv.Itoa(n["major"]), strconv.Itoa(n["minor"]),
		csvSafe(strings.Join(f.References, ";")), csvSafe(gate)})
}

// Error writes nothing: the CSV lists checked documents.
func (c *CSVStream) Error(FileError) error { return nil }

// Finish writes the totals row.
func (c *CSVStream) Finish(r *Report) error {
	s := r.Summary
	mean := ""
	if s.MeanScore != nil {
		mean = fmt.Sprintf("%.2f", *s.MeanScore)
	}
	gate := ""
	if r.Gate != nil {
		gate = "passed"
		if !r.Gate.Passed {
			gate = "failed"
		}
	}
	if err := c.w.Write([]string{"TOTAL", "", "", mean, strconv.Itoa(s.Words), strconv.Itoa(s.Sentences), strconv.Itoa(s.Flagged),
		strconv.Itoa(s.Unverified), strconv.Itoa(s.Issues["critical"]), strconv.Itoa(s.Issues["major"]), strconv.Itoa(s.Issues["minor"]), "", gate}); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// csvSafe keeps a spreadsheet from running a cell as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
