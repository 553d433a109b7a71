// Package report holds the one model of a run's results and the writers that
// render it (text, JSON). Writers only render: the pass/fail decision is made
// before a report reaches them and travels in Report.Gate.
package report

import (
	"sort"

	"github.com/mtcheck/mtcheck/check"
)

// SchemaVersion is the version of the JSON layout. It changes only in ways
// documented in the README: a minor bump adds fields, a major one changes or
// removes them.
const SchemaVersion = "1.1"

// Report is everything one run found.
type Report struct {
	SchemaVersion string      `json:"schema_version"`
	Tool          Tool        `json:"tool"`
	Files         []*File     `json:"files"`
	Errors        []FileError `json:"errors"`
	Summary       Summary     `json:"summary"`
	Gate          *Gate       `json:"gate,omitempty"`
	// LLM is present when an LLM reviewed the articles.
	LLM *LLM `json:"llm,omitempty"`
}

// Tool identifies the program that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// File is the result for one article.
type File struct {
	Path string `json:"path"`
	// ID is the article's identifier from a manifest; Doc names the
	// document within a segment corpus (TSV, JSONL, XLIFF, PO) file.
	ID         string      `json:"id,omitempty"`
	Doc        string      `json:"doc,omitempty"`
	References []string    `json:"references"`
	Source     string      `json:"source,omitempty"`
	Score      float64     `json:"score"`
	Penalty    float64     `json:"penalty"`
	Words      int         `json:"words"`
	Flagged    int         `json:"flagged"`
	Unverified int         `json:"unverified"`
	Sentences  []*Sentence `json:"sentences"`
	// Issues are findings about the document rather than one sentence,
	// such as a reference sentence the article has no counterpart for.
	Issues   []*Issue `json:"issues"`
	Warnings []string `json:"warnings"`
	// Ignored counts findings dropped by ignore rules of the config.
	Ignored int `json:"ignored,omitempty"`
	// LLM is the model usage spent on this file, when an LLM was used.
	LLM *LLMUsage `json:"llm,omitempty"`
	// GateFailures says why this file fails the quality gate.
	GateFailures []string `json:"gate_failures,omitempty"`
}

// Sentence is one sentence of an article with its verdict.
type Sentence struct {
	Index     int        `json:"index"`
	Line      int        `json:"line"`
	Col       int        `json:"col"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Text      string     `json:"text"`
	Score     float64    `json:"score"`
	Flagged   bool       `json:"flagged"`
	Alignment *Alignment `json:"alignment"`
	Issues    []*Issue   `json:"issues"`
	// Segment is the row, unit or entry of a segment corpus the sentence
	// comes from.
	Segment *Segment `json:"segment,omitempty"`
	// Proposals are the corrections proposed for the sentence, best first
	// (HTML reports and the review page; omitted elsewhere).
	Proposals []*Proposal `json:"proposals,omitempty"`
}

// Alignment is the reference passage a sentence was compared with.
type Alignment struct {
	Reference  string  `json:"reference"`
	Line       int     `json:"line"`
	Text       string  `json:"text"`
	Similarity float64 `json:"similarity"`
}

// Issue is one finding.
type Issue struct {
	Check      string          `json:"check"`
	Category   string          `json:"category"`
	Severity   check.Severity  `json:"severity"`
	Line       int             `json:"line"`
	Col        int             `json:"col"`
	EndLine    int             `json:"end_line"`
	EndCol     int             `json:"end_col"`
	Start      int             `json:"start"`
	End        int             `json:"end"`
	Span       string          `json:"span"`
	Message    string          `json:"message"`
	Evidence   *check.Evidence `json:"evidence"`
	Suggestion string          `json:"suggestion,omitempty"`
	Detector   string          `json:"detector"`
	// ConfirmedByLLM: an offline finding the LLM reviewer reported too.
	ConfirmedByLLM bool `json:"confirmed_by_llm,omitempty"`
	// Fingerprint identifies the finding across runs (see Fingerprint).
	Fingerprint string `json:"fingerprint,omitempty"`
	// Segment: as for Sentence, for findings about the document.
	Segment *Segment `json:"segment,omitempty"`
	// textStart and textEnd locate the span in its sentence's Text (byte
	// offsets, end exclusive); both zero when unknown (a report read back
	// from JSON), and writers then search for Span instead.
	textStart, textEnd int
}

// FileError is an input that could not be checked.
type FileError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Summary totals the run.
type Summary struct {
	Files      int            `json:"files"`
	Errors     int            `json:"errors"`
	Sentences  int            `json:"sentences"`
	Flagged    int            `json:"flagged"`
	Unverified int            `json:"unverified"`
	Words      int            `json:"words"`
	Issues     map[string]int `json:"issues"`
	ByCheck    map[string]int `json:"by_check"`
	MinScore   *float64       `json:"min_score"`
	MeanScore  *float64       `json:"mean_score"`
	BatchSummary
}

// Gate records the quality gate and its outcome.
type Gate struct {
	FailUnder     *float64 `json:"fail_under,omitempty"`
	FailUnderMean *float64 `json:"fail_under_mean,omitempty"`
	FailOn        string   `json:"fail_on,omitempty"`
	MaxFlagged    *float64 `json:"max_flagged,omitempty"`
	Passed        bool     `json:"passed"`
	Failures      []string `json:"failures"`

	// RunFailures are the failures of gates on the whole run (mean score,
	// flagged ratio), also listed in Failures; a file's own failures are
	// in its File.GateFailures.
	RunFailures []string `json:"run_failures,omitempty"`
	// Baseline: only findings new since this report were gated.
	Baseline string `json:"baseline,omitempty"`
}

// FromResult converts a check result into a report file entry.
func FromResult(res *check.Result, refs []string, source string) *File {
	doc := res.Doc
	f := &File{Path: doc.Name, References: refs, Source: source, Score: res.Score, Penalty: res.Penalty,
		Words: doc.Words, Sentences: []*Sentence{}, Issues: []*Issue{}, Warnings: append([]string{}, doc.Warnings...)}
	if f.References == nil {
		f.References = []string{}
	}
	for _, sr := range res.Sentences {
		s := sr.Sentence
		rs := &Sentence{Index: s.Index, Line: s.Line, Col: s.Col, Start: s.Start, End: s.End, Text: s.Text,
			Score: sr.Score, Flagged: sr.Flagged, Issues: []*Issue{}}
		if sr.Passage != nil {
			rs.Alignment = &Alignment{Reference: sr.Passage.File, Line: sr.Passage.Line, Text: sr.Passage.Text,
				Similarity: round3(sr.Align.Similarity)}
		} else {
			f.Unverified++
		}
		if sr.Flagged {
			f.Flagged++
		}
		for _, fd := range sr.Findings {
			is := issueOf(doc, fd)
			is.textStart = doc.DisplayOffset(s.Start, fd.Start)
			is.textEnd = is.textStart + len(is.Span)
			if is.textEnd > len(rs.Text) {
				is.textStart, is.textEnd = 0, 0
			}
			rs.Issues = append(rs.Issues, is)
		}
		f.Sentences = append(f.Sentences, rs)
	}
	for _, fd := range res.DocFindings {
		f.Issues = append(f.Issues, issueOf(doc, fd))
	}
	return f
}

func issueOf(doc *check.Document, fd check.Finding) *Issue {
	p, e := doc.Position(fd.Start), doc.Position(fd.End)
	return &Issue{Check: fd.Check, Category: fd.Category, Severity: fd.Severity, Line: p.Line, Col: p.Col,
		EndLine: e.Line, EndCol: e.Col, Start: fd.Start, End: fd.End, Span: doc.Display(fd.Start, fd.End), Message: fd.Message,
		Evidence: fd.Evidence, Suggestion: fd.Suggestion, Detector: fd.Detector, ConfirmedByLLM: fd.Confirmed}
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// AllIssues lists every issue of a file, sentence issues and document issues,
// in position order.
func (f *File) AllIssues() []*Issue {
	var out []*Issue
	for _, s := range f.Sentences {
		out = append(out, s.Issues...)
	}
	out = append(out, f.Issues...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// Summarize fills in the summary from the files and errors.
func (r *Report) Summarize() {
	t := NewTally()
	for _, f := range r.Files {
		t.Add(f)
	}
	for range r.Errors {
		t.AddError()
	}
	r.Summary = t.Summary()
}
