package cli

import (
	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/report"
)

// remapSegments moves the positions of a file checked from an assembled
// segment document back to the corpus file: offsets, lines and columns of
// sentences and findings, the lines of evidence and alignments, and the
// row, unit or entry each sentence came from.
func remapSegments(f *report.File, b *corpus.Built, doc string) {
	sf := b.File
	f.Doc = doc
	seen := map[*check.Evidence]bool{}
	line := func(kind, name string, l int) int {
		if d := b.DocByName(kind, name); d != nil {
			if fl, ok := b.LineOrigin(d, l); ok {
				return fl
			}
		}
		return l
	}
	evidence := func(ev *check.Evidence) {
		if ev == nil || seen[ev] || ev.Kind == "glossary" {
			return
		}
		seen[ev] = true
		ev.Line = line(ev.Kind, ev.File, ev.Line)
	}
	span := func(start, end int) (int, int, *report.Segment) {
		fs, seg, ok := b.Origin(b.Article, start)
		if !ok {
			return start, end, nil
		}
		fe := fs
		if end > start {
			e, eseg, _ := b.Origin(b.Article, end-1)
			if eseg == seg {
				fe = e + 1
			}
		}
		return fs, fe, &report.Segment{Kind: sf.Unit, ID: seg.ID, Index: seg.Index}
	}
	issue := func(is *report.Issue, own bool) {
		var seg *report.Segment
		is.Start, is.End, seg = span(is.Start, is.End)
		is.Line, is.Col = sf.Position(is.Start)
		is.EndLine, is.EndCol = sf.Position(is.End)
		if own {
			is.Segment = seg
		}
		evidence(is.Evidence)
	}
	for _, s := range f.Sentences {
		s.Start, s.End, s.Segment = span(s.Start, s.End)
		s.Line, s.Col = sf.Position(s.Start)
		if a := s.Alignment; a != nil {
			a.Line = line("reference", a.Reference, a.Line)
		}
		for _, is := range s.Issues {
			issue(is, false)
		}
	}
	for _, is := range f.Issues {
		issue(is, true)
	}
}
