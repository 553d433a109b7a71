package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/mtcheck/mtcheck/internal/report"
)

// journal is the --resume file: results are appended to it as they come,
// one JSONL line per checked document, and a later run with the same file
// reuses the results of inputs whose path, content (with references and
// source) and settings are unchanged.
type journal struct {
	path string
	mu   sync.Mutex
	app  *os.File // appends
	rd   *os.File // reads reused records
	w    *report.JSONLWriter
	done map[string][]lineRef // path \x00 sha256 → one line per part
}

type lineRef struct {
	off   int64
	n     int
	part  int
	parts int
}

// openJournal reads what an earlier run left in path (if anything) and
// opens it for appending. A last line cut short by an interrupted run is
// removed, and that input is checked again.
func openJournal(path, settings string, warn func(string)) (*journal, error) {
	j := &journal{path: path, done: map[string][]lineRef{}}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, usagef("--resume %s: %v", path, unwrapErr(err))
	}
	bad := 0
	end, err := report.ScanJSONL(f, func(off int64, line []byte) error {
		rec, err := report.DecodeRecord(line)
		if err != nil {
			bad++
			return nil
		}
		if rec.Type != "file" || rec.Settings != settings || rec.Input.SHA256 == "" {
			return nil
		}
		k := rec.Input.Path + "\x00" + rec.Input.SHA256
		j.done[k] = append(j.done[k], lineRef{off, len(line), rec.Input.Part, rec.Input.Parts})
		return nil
	})
	if errors.Is(err, report.ErrTruncated) {
		warn(fmt.Sprintf("%s: the last line is incomplete (an interrupted run); removed, and that input is checked again", path))
		if err := f.Truncate(end); err != nil {
			f.Close()
			return nil, usagef("--resume %s: %v", path, unwrapErr(err))
		}
	} else if err != nil {
		f.Close()
		return nil, usagef("--resume %s: %v", path, unwrapErr(err))
	}
	if bad > 0 {
		warn(fmt.Sprintf("%s: %d line(s) are not mtcheck results; ignored", path, bad))
	}
	if _, err := f.Seek(0, io.SeekEnd); err != nil {
		f.Close()
		return nil, usagef("--resume %s: %v", path, unwrapErr(err))
	}
	rd, err := os.Open(path)
	if err != nil {
		f.Close()
		return nil, usagef("--resume %s: %v", path, unwrapErr(err))
	}
	j.app, j.rd, j.w = f, rd, report.NewJSONLWriter(f)
	return j, nil
}

// lookup returns the stored records of an input, when every part of it is
// there (the last record of each part wins).
func (j *journal) lookup(path, sha string) ([]*report.Record, error) {
	if j == nil {
		return nil, nil
	}
	refs := j.done[path+"\x00"+sha]
	if len(refs) == 0 {
		return nil, nil
	}
	parts := refs[len(refs)-1].parts
	byPart := map[int]lineRef{}
	for _, r := range refs {
		if r.parts == parts {
			byPart[r.part] = r
		}
	}
	if len(byPart) != parts {
		return nil, nil
	}
	out := make([]*report.Record, 0, parts)
	for p := 1; p <= parts; p++ {
		r, ok := byPart[p]
		if !ok {
			return nil, nil
		}
		buf := make([]byte, r.n)
		if _, err := j.rd.ReadAt(buf, r.off); err != nil {
			return nil, err
		}
		rec, err := report.DecodeRecord(buf)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, nil
}

// append writes one record, whole, at the end of the journal.
func (j *journal) append(rec *report.Record) error {
	if j == nil {
		return nil
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.w.Write(rec)
}

func (j *journal) close() error {
	if j == nil {
		return nil
	}
	j.rd.Close()
	return j.app.Close()
}

func unwrapErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
