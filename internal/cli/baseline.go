package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"

	"github.com/mtcheck/mtcheck/internal/report"
)

// baseline holds the findings of a previous report, by file and
// fingerprint, so that a run reports and gates only what is new.
type baseline struct {
	path  string
	known map[string]map[string]int
	count report.BaselineCount
}

// loadBaseline reads a previous report: JSON (--format json) or JSONL
// (--format jsonl, --resume, shard results). Fingerprints are recomputed
// from the sentences, so any report since schema 1.0 works.
func loadBaseline(path string) (*baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, usagef("baseline %s: no such file", path)
		}
		return nil, usagef("baseline %s: %v", path, err)
	}
	defer f.Close()
	b := &baseline{path: path, known: map[string]map[string]int{}, count: report.BaselineCount{Path: path}}
	add := func(rf *report.File) {
		rf.SetFingerprints()
		m := b.known[rf.Label()]
		if m == nil {
			m = map[string]int{}
			b.known[rf.Label()] = m
		}
		for _, is := range rf.AllIssues() {
			m[is.Fingerprint]++
		}
	}
	br := bufio.NewReader(f)
	first, _ := br.Peek(4096)
	if rec, err := report.DecodeRecord(firstLine(first)); err == nil && rec != nil {
		_, err := report.ScanJSONL(br, func(_ int64, line []byte) error {
			rec, err := report.DecodeRecord(line)
			if err != nil {
				return err
			}
			if rec.Type == "file" {
				add(rec.File)
			}
			return nil
		})
		if err != nil && !errors.Is(err, report.ErrTruncated) {
			return nil, usagef("baseline %s: not a JSONL report: %v", path, err)
		}
		return b, nil
	}
	var rep struct {
		SchemaVersion string         `json:"schema_version"`
		Files         []*report.File `json:"files"`
	}
	if err := json.NewDecoder(br).Decode(&rep); err != nil && !errors.Is(err, io.EOF) || rep.SchemaVersion == "" {
		return nil, usagef("baseline %s: not an mtcheck JSON or JSONL report", path)
	}
	for _, rf := range rep.Files {
		add(rf)
	}
	return b, nil
}

func firstLine(b []byte) []byte {
	for i, c := range b {
		if c == '\n' {
			return b[:i]
		}
	}
	return b
}

// filter removes from f the findings the baseline has (each baseline
// finding excuses one finding with the same fingerprint in the same file).
func (b *baseline) filter(f *report.File) {
	if b == nil {
		return
	}
	m := b.known[f.Label()]
	keep := func(list []*report.Issue) []*report.Issue {
		out := list[:0]
		for _, is := range list {
			if m[is.Fingerprint] > 0 {
				m[is.Fingerprint]--
				b.count.Known++
				continue
			}
			b.count.New++
			out = append(out, is)
		}
		return out
	}
	for _, s := range f.Sentences {
		s.Issues = keep(s.Issues)
	}
	f.Issues = keep(f.Issues)
}
