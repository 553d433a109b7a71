package check

import (
	"fmt"
	"sort"
	"strings"
)

// Info describes a check: what `mtcheck explain` prints and what every finding
// of the check carries.
type Info struct {
	ID       string
	Title    string
	Category string
	Severity Severity // default severity; a finding may be raised or lowered
	// NeedsRef: the check compares with a reference and is skipped without one.
	NeedsRef bool
	// Definite: the check's findings stand on their own evidence (a doubled
	// word, an unknown word, text in another script), so any finding of it
	// flags its sentence; the findings of comparative checks flag only when
	// major and made against a close passage.
	Definite bool
	Doc      string
}

// Check is one kind of test. A check reads the context and returns findings;
// it never prints and never decides pass or fail.
type Check interface {
	Info() Info
	Run(c *Context) []Finding
}

var registry []Check

func register(c Check) { registry = append(registry, c) }

// Checks returns every built-in check, ordered by ID.
func Checks() []Check {
	out := append([]Check(nil), registry...)
	sort.Slice(out, func(i, j int) bool { return out[i].Info().ID < out[j].Info().ID })
	return out
}

// Lookup finds a check by ID.
func Lookup(id string) (Check, bool) {
	for _, c := range registry {
		if c.Info().ID == id {
			return c, true
		}
	}
	return nil, false
}

// CheckIDs lists the IDs of the built-in checks.
func CheckIDs() []string {
	var ids []string
	for _, c := range Checks() {
		ids = append(ids, c.Info().ID)
	}
	return ids
}

// Input is what one run checks: an article, its references (any number,
// possibly none), the source text and a glossary (both optional).
type Input struct {
	Article  *Document
	Refs     []*Document
	Source   *Document
	Glossary *Glossary
	// Phrases, when set, is an index of a corpus of good English the
	// phrasing check compares word sequences with.
	Phrases PhraseIndex
}

// Context is shared by the checks of one run: the input, the alignment and
// the per-sentence word correspondences, computed once.
type Context struct {
	Input
	Align []*Alignment
	pairs []*pair
	names *nameIndex
	// parallel: the reference reads as a translation of the article (most of
	// its sentences have a counterpart), so missing content is an omission
	// rather than material the article never meant to cover.
	parallel []bool
	// genders caches the gender the references give a name (personGender).
	genders map[string][2]string
	// refWords holds, per reference sentence, its words' norms, lemmas and
	// stems (namedInRefs), built when first needed.
	refWords []map[string]bool
	// refNumbers holds the quantities of every reference sentence
	// (numberInRefs), built when first needed.
	refNumbers []numFact
	// srcNumbers holds the source's numbers (sourceNumbers), built when
	// first needed.
	srcNumbers map[string]bool
}

func (c *Context) finding(chk Check, sent int, start, end int, msg string) Finding {
	in := chk.Info()
	return Finding{Check: in.ID, Category: in.Category, Severity: in.Severity, Sentence: sent,
		Start: start, End: end, Message: msg, Detector: "offline"}
}

// passageEvidence is the aligned reference passage of sentence i.
func (c *Context) passageEvidence(i int) *Evidence {
	a := c.Align[i]
	if a == nil {
		return nil
	}
	return c.refEvidence(a.Ref, a.Sents[0], a.Sents[len(a.Sents)-1])
}

func (c *Context) refEvidence(ref, first, last int) *Evidence {
	d := c.Refs[ref]
	s0, s1 := d.Sentences[first], d.Sentences[last]
	return &Evidence{Kind: "reference", File: d.Name, Line: s0.Line, Text: d.Display(s0.Start, s1.End)}
}

func quote(s string) string { return "“" + s + "”" }

func joinTokens(d *Document, ts []Token) string {
	if len(ts) == 0 {
		return ""
	}
	return d.Display(ts[0].Start, ts[len(ts)-1].End)
}

// Options selects checks and tunes the run.
type Options struct {
	// Disable lists check IDs not to run.
	Disable []string
	// Severity overrides the default severity of checks by ID.
	Severity map[string]Severity
	// FlagThreshold: a sentence whose score is below it is flagged
	// (0 means DefaultFlagThreshold).
	FlagThreshold float64
	Align         AlignOptions
	// Model replaces the built-in scoring model (calibration, evaluation).
	Model *Model
}

// Validate reports unknown check IDs.
func (o Options) Validate() error {
	for _, id := range o.Disable {
		if _, ok := Lookup(id); !ok {
			return fmt.Errorf("unknown check %q (known: %s)", id, strings.Join(CheckIDs(), ", "))
		}
	}
	for id := range o.Severity {
		if _, ok := Lookup(id); !ok {
			return fmt.Errorf("unknown check %q (known: %s)", id, strings.Join(CheckIDs(), ", "))
		}
	}
	return nil
}
