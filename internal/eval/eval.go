package eval

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/check"
)

// Options choose what to evaluate.
type Options struct {
	// RefSystem is the system whose translations serve as the reference
	// (a human translation in the ratings). RefFile is a TSV with columns
	// doc, seg_id and reference instead. With neither, the system whose
	// name starts with "ref" or "human" and has the lowest penalty is used.
	RefSystem string
	RefFile   string
	// Systems limits the evaluation to these systems (default: all but
	// the reference).
	Systems []string
	// Source passes each document's source text to the checker.
	Source bool
	Check  check.Options
	// Review, when set, runs after the offline checks (the LLM reviewer);
	// the report then has metrics with and without it.
	Review func(ctx context.Context, in check.Input, res *check.Result) error
}

// Metrics measure scores and flags against the expert labels.
type Metrics struct {
	AUC     float64 `json:"auc"`
	Tau     float64 `json:"tau"`
	P       float64 `json:"precision"`
	R       float64 `json:"recall"`
	F1      float64 `json:"f1"`
	FA      float64 `json:"false_alarms"`
	SpanP   float64 `json:"span_precision"`
	SpanR   float64 `json:"span_recall"`
	Flagged int     `json:"flagged"`
}

// CheckStat is how often one check's findings fall on expert error spans.
type CheckStat struct {
	Check     string  `json:"check"`
	Findings  int     `json:"findings"`
	OnErrors  int     `json:"on_expert_spans"`
	Precision float64 `json:"precision"`
	// OnBadLines: the share of its findings in segments rated bad or mid.
	OnBadLines float64 `json:"on_bad_or_mid_segments"`
}

// Line is one rated segment with what the checker made of it.
type Line struct {
	System  string  `json:"system"`
	Doc     string  `json:"doc"`
	SegID   int     `json:"seg_id"`
	Label   string  `json:"label"`
	Penalty float64 `json:"penalty"`
	// Score is the lowest sentence score; Aligned the lowest among
	// sentences with a reference passage (the ones a threshold flags);
	// Forced: a finding flags the segment whatever the threshold.
	Score   float64 `json:"score"`
	Aligned float64 `json:"aligned_score"`
	Forced  bool    `json:"forced"`
	Flagged bool    `json:"flagged"`
	// The same with the LLM reviewer, when it ran.
	LLMScore   float64 `json:"llm_score,omitempty"`
	LLMAligned float64 `json:"-"`
	LLMForced  bool    `json:"-"`
	LLMFlagged bool    `json:"llm_flagged,omitempty"`
}

// Report is the outcome of an evaluation.
type Report struct {
	Ratings   string      `json:"ratings"`
	Reference string      `json:"reference"`
	Systems   []string    `json:"systems"`
	Segments  int         `json:"segments"`
	Bad       int         `json:"bad"`
	OK        int         `json:"ok"`
	Mid       int         `json:"mid"`
	Threshold float64     `json:"threshold"`
	Offline   Metrics     `json:"offline"`
	WithLLM   *Metrics    `json:"with_llm,omitempty"`
	LLMOnly   *Metrics    `json:"llm_findings_only,omitempty"`
	Checks    []CheckStat `json:"checks"`
	Lines     []Line      `json:"lines"`
}

// Evaluate runs the checker over the rated segments.
func Evaluate(ctx context.Context, name string, r *Ratings, opt Options) (*Report, error) {
	refSys, refs, err := references(r, opt)
	if err != nil {
		return nil, err
	}
	th := opt.Check.FlagThreshold
	if th <= 0 {
		th = check.DefaultFlagThreshold
	}
	rep := &Report{Ratings: name, Reference: refSys, Threshold: th}
	want := map[string]bool{}
	for _, s := range opt.Systems {
		want[s] = true
	}
	// Documents of each system, segments in order.
	type docKey struct{ system, doc string }
	docs := map[docKey][]*Segment{}
	var keys []docKey
	for _, s := range r.Segments {
		if s.System == refSys || len(want) > 0 && !want[s.System] {
			continue
		}
		k := docKey{s.System, s.Doc}
		if _, ok := docs[k]; !ok {
			keys = append(keys, k)
		}
		docs[k] = append(docs[k], s)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("no rated segments to evaluate (systems: %s)", strings.Join(r.Systems(), ", "))
	}
	seen := map[string]bool{}
	checks := map[string]*CheckStat{}
	var offSpans, llmSpans, llmOnly spanCount
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !seen[k.system] {
			seen[k.system] = true
			rep.Systems = append(rep.Systems, k.system)
		}
		segs := docs[k]
		var art, ref, src strings.Builder
		lineStart := make([]int, len(segs))
		for i, s := range segs {
			lineStart[i] = art.Len()
			art.WriteString(oneLine(s.Target) + "\n")
			r, ok := refs[refKey{s.Doc, s.SegID}]
			if !ok {
				r = refs[refKey{"", s.SegID}]
			}
			ref.WriteString(oneLine(r) + "\n")
			src.WriteString(oneLine(s.Source) + "\n")
		}
		in := check.Input{Article: check.Parse(k.system+"/"+k.doc, art.String(), check.ParseOptions{}),
			Refs: []*check.Document{check.Parse("reference/"+k.doc, ref.String(), check.ParseOptions{})}}
		if opt.Source {
			in.Source = check.Parse("source/"+k.doc, src.String(), check.ParseOptions{})
		}
		res := check.Run(in, opt.Check)
		lines := make([]Line, len(segs))
		for i, s := range segs {
			lines[i] = Line{System: s.System, Doc: s.Doc, SegID: s.SegID, Label: s.Label(), Penalty: s.Penalty, Score: 1, Aligned: 1}
		}
		collect := func(llm bool) {
			for _, sr := range res.Sentences {
				li := sr.Sentence.Line - 1
				if li < 0 || li >= len(lines) {
					continue
				}
				l := &lines[li]
				score, aligned, forced := &l.Score, &l.Aligned, &l.Forced
				flagged := &l.Flagged
				if llm {
					score, aligned, forced, flagged = &l.LLMScore, &l.LLMAligned, &l.LLMForced, &l.LLMFlagged
				}
				*score = math.Min(*score, sr.Score)
				if sr.Align != nil {
					*aligned = math.Min(*aligned, sr.Score)
				}
				*forced = *forced || sr.ForcedFlag()
				*flagged = *flagged || sr.Flagged
			}
		}
		collect(false)
		// each calls fn with every finding of the result, its segment and
		// whether it touches an expert's span.
		each := func(fn func(f check.Finding, seg *Segment, hit bool)) {
			for _, f := range res.Findings() {
				li, seg := segmentOf(lineStart, segs, f.Start)
				if seg != nil {
					fn(f, seg, onSpan(seg, f.Start-lineStart[li], f.End-lineStart[li]))
				}
			}
		}
		each(func(f check.Finding, seg *Segment, hit bool) {
			offSpans.finding(hit)
			st := checks[f.Check]
			if st == nil {
				st = &CheckStat{Check: f.Check}
				checks[f.Check] = st
			}
			st.Findings++
			if hit {
				st.OnErrors++
			}
			if seg.Label() != "ok" {
				st.OnBadLines++
			}
		})
		offSpans.recall(segs, res, lineStart, func(check.Finding) bool { return true })
		if opt.Review != nil {
			for i := range lines {
				lines[i].LLMScore, lines[i].LLMAligned = 1, 1
			}
			if err := opt.Review(ctx, in, res); err != nil {
				return nil, err
			}
			collect(true)
			each(func(f check.Finding, _ *Segment, hit bool) {
				llmSpans.finding(hit)
				if f.Detector == "llm" || f.Confirmed {
					llmOnly.finding(hit)
				}
			})
			llmSpans.recall(segs, res, lineStart, func(check.Finding) bool { return true })
			llmOnly.recall(segs, res, lineStart, func(f check.Finding) bool { return f.Detector == "llm" || f.Confirmed })
		}
		rep.Lines = append(rep.Lines, lines...)
	}
	for _, l := range rep.Lines {
		rep.Segments++
		switch l.Label {
		case "bad":
			rep.Bad++
		case "ok":
			rep.OK++
		default:
			rep.Mid++
		}
	}
	rep.Offline = measure(rep.Lines, false)
	rep.Offline.SpanP, rep.Offline.SpanR = offSpans.rates()
	if opt.Review != nil {
		m := measure(rep.Lines, true)
		m.SpanP, m.SpanR = llmSpans.rates()
		rep.WithLLM = &m
		o := Metrics{}
		o.SpanP, o.SpanR = llmOnly.rates()
		o.Flagged = llmOnly.findings
		rep.LLMOnly = &o
	}
	for _, st := range checks {
		st.Precision = float64(st.OnErrors) / float64(st.Findings)
		st.OnBadLines /= float64(st.Findings)
		rep.Checks = append(rep.Checks, *st)
	}
	sort.Slice(rep.Checks, func(i, j int) bool { return rep.Checks[i].Check < rep.Checks[j].Check })
	return rep, nil
}

func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// segmentOf finds the segment a byte offset of the joined article falls in.
func segmentOf(lineStart []int, segs []*Segment, off int) (int, *Segment) {
	i := sort.Search(len(lineStart), func(i int) bool { return lineStart[i] > off }) - 1
	if i < 0 {
		return -1, nil
	}
	return i, segs[i]
}

// onSpan: a finding [s, e) touches an expert's error span (an insertion
// point counts when it is within two bytes of one).
func onSpan(seg *Segment, s, e int) bool {
	for _, sp := range seg.Spans {
		if s == e {
			if s >= sp.Start-2 && s <= sp.End+2 {
				return true
			}
			continue
		}
		if s < sp.End && sp.Start < e {
			return true
		}
	}
	return false
}

type spanCount struct{ findings, hits, spans, found int }

func (c *spanCount) finding(hit bool) {
	c.findings++
	if hit {
		c.hits++
	}
}

// recall counts the experts' major and critical spans that a finding
// (selected by keep) touches.
func (c *spanCount) recall(segs []*Segment, res *check.Result, lineStart []int, keep func(check.Finding) bool) {
	fs := res.Findings()
	for i, seg := range segs {
		for _, sp := range seg.Spans {
			if sp.Severity != "major" && sp.Severity != "critical" {
				continue
			}
			c.spans++
			for _, f := range fs {
				if !keep(f) {
					continue
				}
				s, e := f.Start-lineStart[i], f.End-lineStart[i]
				if s == e && s >= sp.Start-2 && s <= sp.End+2 || s < sp.End && sp.Start < e {
					c.found++
					break
				}
			}
		}
	}
}

func (c *spanCount) rates() (p, r float64) {
	if c.findings > 0 {
		p = float64(c.hits) / float64(c.findings)
	}
	if c.spans > 0 {
		r = float64(c.found) / float64(c.spans)
	}
	return
}

func measure(lines []Line, llm bool) Metrics {
	var bad, ok, scores, pen []float64
	var pred, truth []bool
	fa, oks := 0, 0
	m := Metrics{}
	for _, l := range lines {
		score, flagged := l.Score, l.Flagged
		if llm {
			score, flagged = l.LLMScore, l.LLMFlagged
		}
		scores = append(scores, score)
		pen = append(pen, -l.Penalty)
		pred = append(pred, flagged)
		truth = append(truth, l.Label == "bad")
		if flagged {
			m.Flagged++
		}
		switch l.Label {
		case "bad":
			bad = append(bad, score)
		case "ok":
			ok = append(ok, score)
			oks++
			if flagged {
				fa++
			}
		}
	}
	m.AUC = AUC(bad, ok)
	m.Tau = KendallTauB(scores, pen)
	m.P, m.R, m.F1 = PRF(pred, truth)
	if oks > 0 {
		m.FA = float64(fa) / float64(oks)
	}
	return m
}

type refKey struct {
	doc string
	seg int
}

// references picks the reference translation of each segment.
func references(r *Ratings, opt Options) (string, map[refKey]string, error) {
	out := map[refKey]string{}
	if opt.RefFile != "" {
		f, err := os.Open(opt.RefFile)
		if err != nil {
			return "", nil, fmt.Errorf("%s: %v", opt.RefFile, unwrap(err))
		}
		defer f.Close()
		if err := readRefTSV(opt.RefFile, f, out); err != nil {
			return "", nil, err
		}
		return opt.RefFile, out, nil
	}
	sys := opt.RefSystem
	if sys == "" {
		best := math.Inf(1)
		pen := map[string][]float64{}
		for _, s := range r.Segments {
			l := strings.ToLower(s.System)
			if strings.HasPrefix(l, "ref") || strings.HasPrefix(l, "human") {
				pen[s.System] = append(pen[s.System], s.Penalty)
			}
		}
		for name, ps := range pen {
			m := 0.0
			for _, p := range ps {
				m += p
			}
			m /= float64(len(ps))
			if m < best || m == best && name < sys {
				sys, best = name, m
			}
		}
		if sys == "" {
			return "", nil, fmt.Errorf("no reference: the ratings have no system named ref… or human…; choose one with --ref-system (systems: %s) or give --ref FILE", strings.Join(r.Systems(), ", "))
		}
	}
	for _, s := range r.Segments {
		if s.System == sys {
			out[refKey{s.Doc, s.SegID}] = s.Target
		}
	}
	if len(out) == 0 {
		return "", nil, fmt.Errorf("--ref-system %q: no such system in the ratings (systems: %s)", sys, strings.Join(r.Systems(), ", "))
	}
	return sys, out, nil
}

// readRefTSV reads references from a TSV with a header naming seg_id and
// reference columns (and optionally doc).
func readRefTSV(name string, rd io.Reader, out map[refKey]string) error {
	r := csv.NewReader(rd)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: no header line", name)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	si, ok1 := col["seg_id"]
	ri, ok2 := col["reference"]
	if !ok1 || !ok2 {
		return fmt.Errorf("%s: the header needs seg_id and reference columns (and doc when documents share segment ids)", name)
	}
	di, hasDoc := col["doc"]
	line := 1
	for {
		rec, err := r.Read()
		line++
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if si >= len(rec) || ri >= len(rec) {
			return fmt.Errorf("%s:%d: too few columns", name, line)
		}
		seg, err := strconv.Atoi(strings.TrimSpace(rec[si]))
		if err != nil {
			return fmt.Errorf("%s:%d: seg_id %q is not a number", name, line, rec[si])
		}
		doc := ""
		if hasDoc && di < len(rec) {
			doc = rec[di]
		}
		out[refKey{doc, seg}] = rec[ri]
	}
}
