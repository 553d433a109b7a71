package check

import (
	"fmt"
	"sort"
	"strings"
)

// Severity follows MQM: minor, major, critical.
type Severity int

const (
	Minor Severity = iota + 1
	Major
	Critical
)

func (s Severity) String() string {
	switch s {
	case Minor:
		return "minor"
	case Major:
		return "major"
	case Critical:
		return "critical"
	}
	return "none"
}

// Penalty is the MQM penalty weight of one finding of this severity.
func (s Severity) Penalty() float64 {
	switch s {
	case Minor:
		return 1
	case Major:
		return 5
	case Critical:
		return 25
	}
	return 0
}

// ParseSeverity reads "minor", "major" or "critical" (any case).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "minor":
		return Minor, nil
	case "major":
		return Major, nil
	case "critical":
		return Critical, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want minor, major or critical)", s)
}

// MarshalText makes severities appear as words in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity word.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// MQM error categories used by the checks.
const (
	CatMistranslation = "accuracy/mistranslation"
	CatOmission       = "accuracy/omission"
	CatAddition       = "accuracy/addition"
	CatUntranslated   = "accuracy/untranslated"
	CatSpelling       = "fluency/spelling"
	CatGrammar        = "fluency/grammar"
	CatRepetition     = "fluency/repetition"
	CatTerminology    = "terminology"
	CatLocale         = "locale-convention"
)

// Evidence is what a finding rests on: a reference passage, a glossary entry
// or a source passage, with where it came from.
type Evidence struct {
	Kind string `json:"kind"` // reference, glossary, source
	File string `json:"file"`
	Line int    `json:"line"`
	Text string `json:"text"`
}

// Finding is one suspected error.
type Finding struct {
	Check    string
	Category string
	Severity Severity
	// Sentence is the index of the sentence the finding is in, or -1 for a
	// finding about the document (content missing between sentences).
	Sentence int
	// Start and End are byte offsets into the document; Start == End marks
	// an insertion point (where missing content belongs).
	Start, End int
	Message    string
	Evidence   *Evidence
	// Suggestion is replacement text for the span, when the check knows one.
	Suggestion string
	// Detector is "offline" for the built-in checks.
	Detector string
	// Confirmed: an LLM reviewer reported the same error independently.
	Confirmed bool
	// pinned: the evidence is a word on each side, the sentence's standing
	// where the passage has its opposite, between matched words; it holds
	// however freely the rest of the passage is worded.
	pinned bool
}

// sortFindings orders findings by position, then check, and drops exact
// duplicates, so every writer sees the same stable list.
func sortFindings(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		return a.Check < b.Check
	})
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := out[len(out)-1]
			if p.Check == f.Check && p.Start == f.Start && p.End == f.End && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}
