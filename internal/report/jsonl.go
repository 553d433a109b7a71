package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Record is one line of the JSONL format: a checked file, an input that
// could not be checked, or the summary that ends a run.
type Record struct {
	// Type is "file", "error" or "summary".
	Type string `json:"type"`
	// Seq is the input's position in the run's full list of inputs (before
	// sharding), which orders merged results as a single run would.
	Seq   int       `json:"seq"`
	Input *InputKey `json:"input,omitempty"`
	// Settings is a hash of the settings that decide a file's result
	// (checks, severities, threshold, glossary, ignore rules); --resume
	// reuses only records made with the same settings.
	Settings string     `json:"settings,omitempty"`
	File     *File      `json:"file,omitempty"`
	Error    *FileError `json:"error,omitempty"`

	SchemaVersion string   `json:"schema_version,omitempty"`
	Tool          *Tool    `json:"tool,omitempty"`
	Summary       *Summary `json:"summary,omitempty"`
	Gate          *Gate    `json:"gate,omitempty"`
	LLM           *LLM     `json:"llm,omitempty"`
}

// InputKey identifies what a record was made from: the input path, a hash
// of its content (with its references and source), and for a corpus file
// that holds several documents, which one of how many.
type InputKey struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256,omitempty"`
	Part   int    `json:"part"`
	Parts  int    `json:"parts"`
}

// JSONLWriter writes records, one JSON object per line.
type JSONLWriter struct{ w io.Writer }

// NewJSONLWriter writes records to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter { return &JSONLWriter{w} }

// Write writes one record as a single line with one Write call, so a line
// is never interleaved with another writer's and a crash leaves at most
// one incomplete line.
func (j *JSONLWriter) Write(rec *Record) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return err
	}
	_, err := j.w.Write(buf.Bytes())
	return err
}

// ErrTruncated reports a last line with no newline: a run that was killed
// while writing it.
var ErrTruncated = errors.New("last line is incomplete")

// ScanJSONL calls fn for each line of r with the line's byte offset. A last
// line without a newline is not passed to fn; ScanJSONL then returns
// ErrTruncated along with the offset where that line starts.
func ScanJSONL(r io.Reader, fn func(off int64, line []byte) error) (end int64, err error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var off int64
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			if len(bytes.TrimSpace(line)) > 0 {
				if ferr := fn(off, line); ferr != nil {
					return off, ferr
				}
			}
			off += int64(len(line))
			continue
		}
		if err == io.EOF {
			if len(bytes.TrimSpace(line)) > 0 {
				return off, ErrTruncated
			}
			return off + int64(len(line)), nil
		}
		if err != nil {
			return off, err
		}
	}
}

// DecodeRecord parses one JSONL line.
func DecodeRecord(line []byte) (*Record, error) {
	rec := &Record{}
	if err := json.Unmarshal(line, rec); err != nil {
		return nil, err
	}
	switch rec.Type {
	case "file":
		if rec.File == nil || rec.Input == nil {
			return nil, fmt.Errorf("file record without file or input")
		}
	case "error":
		if rec.Error == nil {
			return nil, fmt.Errorf("error record without error")
		}
	case "summary":
	default:
		return nil, fmt.Errorf("unknown record type %q", rec.Type)
	}
	return rec, nil
}
