package report

import (
	"fmt"
	"io"
)

// Segment locates a sentence of a segment corpus in its file: a row of a
// TSV or JSONL corpus, a unit of an XLIFF file, an entry of a PO file.
type Segment struct {
	// Kind is "row", "unit" or "entry".
	Kind string `json:"kind"`
	// ID is the row's id, the unit's id, or the PO entry's msgid.
	ID string `json:"id"`
	// Index is the 1-based position of the row, unit or entry in its file.
	Index int `json:"index"`
}

func segmentNote(is *Issue, s *Sentence) string {
	seg := is.Segment
	if seg == nil && s != nil {
		seg = s.Segment
	}
	if seg == nil {
		return ""
	}
	return fmt.Sprintf(" [%s %s]", seg.Kind, clip(seg.ID, 40))
}

// Stream is a writer that renders files one at a time, as a run checks
// them, so that nothing but totals needs to stay in memory.
type Stream interface {
	// File writes one checked file.
	File(f *File) error
	// Error writes an input that could not be checked.
	Error(e FileError) error
	// Finish writes what ends the report: r carries the summary, the gate
	// and the errors, but no files.
	Finish(r *Report) error
}

// TextStream writes the text format file by file.
type TextStream struct{ t *textWriter }

// NewTextStream starts a text report on w.
func NewTextStream(w io.Writer, opt TextOptions) *TextStream {
	return &TextStream{&textWriter{w: w, opt: opt}}
}

// File writes one file's findings and summary line.
func (s *TextStream) File(f *File) error {
	s.t.file(f)
	return s.t.err
}

// Error does nothing: unreadable inputs are reported on standard error as
// they happen, and counted in the totals.
func (s *TextStream) Error(FileError) error { return nil }

// Finish writes the totals, the summary and the gate.
func (s *TextStream) Finish(r *Report) error {
	s.t.finish(r)
	return s.t.err
}
