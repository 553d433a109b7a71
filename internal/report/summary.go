package report

import (
	"math"
	"sort"
)

// BatchSummary is the part of the summary made for runs over many files:
// the score distribution, the worst files, counts per check and severity,
// and what the run spent on an LLM.
type BatchSummary struct {
	// FlaggedRatio is flagged sentences over all sentences (0..1).
	FlaggedRatio float64 `json:"flagged_ratio"`
	// ReferenceFree counts files checked without any reference.
	ReferenceFree int `json:"reference_free"`
	// ByCheckSeverity counts findings per check ID and severity.
	ByCheckSeverity map[string]map[string]int `json:"by_check_severity"`
	// Histogram is the distribution of document scores in ten bins.
	Histogram []Bin `json:"histogram"`
	// Worst lists the lowest-scoring files, worst first (at most WorstFiles).
	Worst []WorstFile `json:"worst"`
	// Ignored counts findings dropped by ignore rules.
	Ignored int `json:"ignored,omitempty"`
	// Baseline counts findings known from the baseline (not reported) and
	// new ones, when --baseline is used.
	Baseline *BaselineCount `json:"baseline,omitempty"`
	// LLM totals the model usage of the run; absent when no LLM was used.
	LLM *LLMUsage `json:"llm,omitempty"`
}

// Bin counts documents whose score falls in [From, To) (the last bin
// includes 100).
type Bin struct {
	From  float64 `json:"from"`
	To    float64 `json:"to"`
	Files int     `json:"files"`
}

// WorstFile is one entry of the worst-files list.
type WorstFile struct {
	Path      string  `json:"path"`
	Doc       string  `json:"doc,omitempty"`
	Score     float64 `json:"score"`
	Sentences int     `json:"sentences"`
	Flagged   int     `json:"flagged"`
	Issues    int     `json:"issues"`
}

// BaselineCount is what --baseline did.
type BaselineCount struct {
	Path  string `json:"path"`
	Known int    `json:"known"`
	New   int    `json:"new"`
}

// Add adds another usage to u (a run's total from its files' usage).
func (u *LLMUsage) Add(o *LLMUsage) {
	if o == nil {
		return
	}
	u.Requests += o.Requests
	u.Cached += o.Cached
	u.Retries += o.Retries
	u.Repairs += o.Repairs
	u.Failed += o.Failed
	u.OverBudget += o.OverBudget
	u.Batched += o.Batched
	u.PromptTokens += o.PromptTokens
	u.CompletionTokens += o.CompletionTokens
	if o.CostUSD != nil {
		if u.CostUSD == nil {
			u.CostUSD = new(float64)
		}
		*u.CostUSD += *o.CostUSD
	}
}

// WorstFiles is how many files the worst-files list keeps.
const WorstFiles = 10

// Tally accumulates a summary file by file, keeping only totals, so a run
// over any number of files summarises in constant memory.
type Tally struct {
	s        Summary
	total    float64
	hist     [10]int
	worst    []WorstFile
	llm      LLMUsage
	hasLLM   bool
	baseline *BaselineCount
}

// NewTally starts an empty summary.
func NewTally() *Tally {
	return &Tally{s: Summary{Issues: map[string]int{"critical": 0, "major": 0, "minor": 0}, ByCheck: map[string]int{},
		BatchSummary: BatchSummary{ByCheckSeverity: map[string]map[string]int{}}}}
}

// Add counts one checked file.
func (t *Tally) Add(f *File) {
	s := &t.s
	s.Files++
	s.Sentences += len(f.Sentences)
	s.Flagged += f.Flagged
	s.Unverified += f.Unverified
	s.Words += f.Words
	s.Ignored += f.Ignored
	if len(f.References) == 0 {
		s.ReferenceFree++
	}
	issues := f.AllIssues()
	for _, is := range issues {
		sev := is.Severity.String()
		s.Issues[sev]++
		s.ByCheck[is.Check]++
		m := s.ByCheckSeverity[is.Check]
		if m == nil {
			m = map[string]int{}
			s.ByCheckSeverity[is.Check] = m
		}
		m[sev]++
	}
	t.total += f.Score
	if s.MinScore == nil || f.Score < *s.MinScore {
		v := f.Score
		s.MinScore = &v
	}
	t.hist[binOf(f.Score)]++
	if f.LLM != nil {
		t.hasLLM = true
		t.llm.Add(f.LLM)
	}
	if len(issues) > 0 || f.Score < 100 {
		t.addWorst(WorstFile{Path: f.Path, Doc: f.Doc, Score: f.Score, Sentences: len(f.Sentences), Flagged: f.Flagged, Issues: len(issues)})
	}
}

// addWorst keeps the WorstFiles lowest scores; among equal scores the file
// added first stays first, so the list does not depend on timing when files
// are added in a fixed order.
func (t *Tally) addWorst(w WorstFile) {
	if len(t.worst) == WorstFiles && w.Score >= t.worst[len(t.worst)-1].Score {
		return
	}
	i := sort.Search(len(t.worst), func(i int) bool { return t.worst[i].Score > w.Score })
	t.worst = append(t.worst, WorstFile{})
	copy(t.worst[i+1:], t.worst[i:])
	t.worst[i] = w
	if len(t.worst) > WorstFiles {
		t.worst = t.worst[:WorstFiles]
	}
}

func binOf(score float64) int {
	b := int(math.Floor(score / 10))
	return max(0, min(9, b))
}

// AddError counts an input that could not be checked.
func (t *Tally) AddError() { t.s.Errors++ }

// SetBaseline records what a baseline suppressed.
func (t *Tally) SetBaseline(b *BaselineCount) { t.baseline = b }

// Summary returns the totals so far.
func (t *Tally) Summary() Summary {
	s := t.s
	if s.Files > 0 {
		m := float64(int(t.total/float64(s.Files)*100+0.5)) / 100
		s.MeanScore = &m
	}
	if s.Sentences > 0 {
		s.FlaggedRatio = math.Round(float64(s.Flagged)/float64(s.Sentences)*1e4) / 1e4
	}
	s.Histogram = make([]Bin, len(t.hist))
	for i, n := range t.hist {
		s.Histogram[i] = Bin{From: float64(10 * i), To: float64(10 * (i + 1)), Files: n}
	}
	s.Worst = append([]WorstFile{}, t.worst...)
	if t.hasLLM {
		u := t.llm
		if u.CostUSD != nil {
			c := math.Round(*u.CostUSD*1e6) / 1e6
			u.CostUSD = &c
		}
		s.LLM = &u
	}
	if t.baseline != nil {
		b := *t.baseline
		s.Baseline = &b
	}
	return s
}

// Label is how a file is named in messages: its path, with the document
// within a segment corpus after a '#'.
func (f *File) Label() string {
	if f.Doc != "" {
		return f.Path + "#" + f.Doc
	}
	return f.Path
}

// Label is as File.Label.
func (w WorstFile) Label() string {
	if w.Doc != "" {
		return w.Path + "#" + w.Doc
	}
	return w.Path
}
