package eval

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Span is an expert's error span in a segment's target text (byte offsets
// of the text with its <v>…</v> markers removed).
type Span struct {
	Start, End int
	Category   string
	Severity   string
	Rater      string
}

// Segment is one system's translation of one source segment, with its
// ratings.
type Segment struct {
	System, Doc string
	SegID       int
	Source      string
	Target      string
	Spans       []Span
	// Penalty is the MQM penalty averaged over the raters of the segment.
	Penalty float64
	raters  map[string]float64
}

// Label buckets a segment the way the development benchmarks do: bad (a
// penalty of 5 or more, about one major error), ok (1 or less), mid.
func (s *Segment) Label() string {
	switch {
	case s.Penalty >= 5:
		return "bad"
	case s.Penalty <= 1:
		return "ok"
	}
	return "mid"
}

// Ratings are the segments of a ratings file by system.
type Ratings struct {
	Segments []*Segment
}

// Systems lists the systems in the ratings, sorted.
func (r *Ratings) Systems() []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range r.Segments {
		if !seen[s.System] {
			seen[s.System] = true
			out = append(out, s.System)
		}
	}
	sort.Strings(out)
	return out
}

// penalty is the MQM weight of one annotation: major 5 (non-translation 25),
// minor 1 (minor punctuation 0.1), neutral and no-error 0, critical 25.
func penalty(category, severity string) float64 {
	sev := strings.ToLower(strings.TrimSpace(severity))
	cat := strings.ToLower(strings.TrimSpace(category))
	switch {
	case strings.HasPrefix(cat, "non-translation"):
		return 25
	case sev == "critical":
		return 25
	case sev == "major":
		return 5
	case sev == "minor" && strings.HasPrefix(cat, "fluency/punctuation"):
		return 0.1
	case sev == "minor":
		return 1
	}
	return 0
}

// qualityControl reports rows that are not ratings of a system's output: a
// missing rater or severity, or a system marked as a control item.
func qualityControl(system, rater, severity string) bool {
	s := strings.ToLower(system)
	return rater == "" || severity == "" || strings.HasPrefix(s, "qc") || strings.HasPrefix(s, "bad")
}

// ReadMQM reads ratings in the TSV layout of the WMT MQM releases: a header
// with the columns system, doc, doc_id, seg_id, rater, source, target,
// category, severity (in any order; others are ignored), one row per error
// annotation (a segment without errors has a row with category and
// severity "No-error"), the error span marked in target by <v>…</v>.
// Several raters of one segment are averaged.
func ReadMQM(path string) (*Ratings, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, unwrap(err))
	}
	defer f.Close()
	return parseMQM(path, f)
}

func unwrap(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func parseMQM(name string, rd io.Reader) (*Ratings, error) {
	r := csv.NewReader(bufio.NewReader(rd))
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: no header line: %v", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))] = i
	}
	for _, need := range []string{"system", "doc", "seg_id", "rater", "target", "category", "severity"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s: the header has no %q column (want system, doc, doc_id, seg_id, rater, source, target, category, severity)", name, need)
		}
	}
	get := func(rec []string, k string) string {
		if i, ok := col[k]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	type key struct {
		system, doc string
		seg         int
	}
	segs := map[key]*Segment{}
	var order []key
	line := 1
	for {
		rec, err := r.Read()
		line++
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		system, rater, severity := get(rec, "system"), get(rec, "rater"), get(rec, "severity")
		if qualityControl(system, rater, severity) {
			continue
		}
		segID, err := strconv.Atoi(strings.TrimSpace(get(rec, "seg_id")))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: seg_id %q is not a number", name, line, get(rec, "seg_id"))
		}
		target, span, hasSpan := stripMarks(get(rec, "target"))
		k := key{system, get(rec, "doc"), segID}
		s := segs[k]
		if s == nil {
			source, _, _ := stripMarks(get(rec, "source"))
			s = &Segment{System: system, Doc: k.doc, SegID: segID, Source: source, Target: target, raters: map[string]float64{}}
			segs[k] = s
			order = append(order, k)
		}
		category := get(rec, "category")
		s.raters[rater] += penalty(category, severity)
		if hasSpan && penalty(category, severity) > 0 {
			s.Spans = append(s.Spans, Span{Start: span[0], End: span[1], Category: category, Severity: strings.ToLower(severity), Rater: rater})
		}
	}
	out := &Ratings{}
	for _, k := range order {
		s := segs[k]
		for _, p := range s.raters {
			s.Penalty += p
		}
		s.Penalty /= float64(len(s.raters))
		out.Segments = append(out.Segments, s)
	}
	sort.SliceStable(out.Segments, func(i, j int) bool {
		a, b := out.Segments[i], out.Segments[j]
		if a.System != b.System {
			return a.System < b.System
		}
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		return a.SegID < b.SegID
	})
	if len(out.Segments) == 0 {
		return nil, fmt.Errorf("%s: no ratings", name)
	}
	return out, nil
}

// stripMarks removes <v> and </v> and returns where the marked span is.
func stripMarks(s string) (string, [2]int, bool) {
	i := strings.Index(s, "<v>")
	j := strings.Index(s, "</v>")
	if i < 0 || j < i {
		return strings.NewReplacer("<v>", "", "</v>", "").Replace(s), [2]int{}, false
	}
	text := s[:i] + s[i+3:j] + s[j+4:]
	return text, [2]int{i, j - 3}, true
}
