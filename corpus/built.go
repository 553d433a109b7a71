package corpus

import (
	"fmt"
	"sort"
	"strings"

	"github.com/mtcheck/mtcheck/check"
)

// Built is one document of a segment corpus assembled for checking: the
// targets make the article, each reference column a reference, the
// sources the source. Each segment is a paragraph of its own, so no
// sentence crosses two segments, and every offset of the assembled texts
// leads back to the corpus file.
type Built struct {
	File    *SegmentFile
	Doc     *SegmentDoc
	Article *check.Document
	Refs    []*check.Document
	Source  *check.Document
	places  map[*check.Document][]place
}

type place struct {
	start int // offset of the segment's text in the assembled document
	seg   *Segment
	f     Field
}

// Build assembles a document of the corpus.
func (sf *SegmentFile) Build(d *SegmentDoc) (*Built, error) {
	b := &Built{File: sf, Doc: d, places: map[*check.Document][]place{}}
	nrefs := 0
	for _, s := range d.Segs {
		nrefs = max(nrefs, len(s.Refs))
	}
	assemble := func(name string, role Role, pick func(*Segment) *Field) (*check.Document, error) {
		var sb strings.Builder
		var ps []place
		for _, s := range d.Segs {
			f := pick(s)
			if f == nil || strings.TrimSpace(f.Text) == "" {
				continue
			}
			if sb.Len() > 0 {
				sb.WriteString("\n\n")
			}
			ps = append(ps, place{sb.Len(), s, *f})
			// A line break inside a segment would end its paragraph: same
			// length, so offsets do not move.
			sb.WriteString(strings.Map(func(r rune) rune {
				if r == '\n' || r == '\r' || r == '\t' {
					return ' '
				}
				return r
			}, f.Text))
		}
		if len(ps) == 0 {
			return nil, nil
		}
		doc, err := ParseText(name, sb.String(), role)
		if err != nil {
			return nil, err
		}
		b.places[doc] = ps
		return doc, nil
	}
	var err error
	if b.Article, err = assemble(sf.Path, Article, func(s *Segment) *Field { return &s.Target }); err != nil {
		return nil, err
	}
	if b.Article == nil {
		return nil, &InputError{sf.Path, "has no target text to check"}
	}
	for k := 0; k < nrefs; k++ {
		name := sf.Path
		if k > 0 {
			name = fmt.Sprintf("%s (reference %d)", sf.Path, k+1)
		}
		ref, err := assemble(name, Reference, func(s *Segment) *Field {
			if k < len(s.Refs) {
				return &s.Refs[k]
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if ref != nil {
			b.Refs = append(b.Refs, ref)
		}
	}
	if b.Source, err = assemble(sf.Path, Source, func(s *Segment) *Field { return s.Source }); err != nil {
		return nil, err
	}
	return b, nil
}

// Origin maps an offset of one of the assembled documents to the corpus
// file and the segment it falls in.
func (b *Built) Origin(d *check.Document, off int) (fileOff int, seg *Segment, ok bool) {
	ps := b.places[d]
	if len(ps) == 0 {
		return 0, nil, false
	}
	i := sort.Search(len(ps), func(i int) bool { return ps[i].start > off }) - 1
	i = max(i, 0)
	p := ps[i]
	local := max(0, min(off-p.start, len(p.f.Text)))
	return p.f.Map.FileOffset(local), p.seg, true
}

// LineOrigin maps a 1-based line of an assembled document to the line of
// the corpus file where that segment's text starts.
func (b *Built) LineOrigin(d *check.Document, line int) (int, bool) {
	ps := b.places[d]
	i := (line - 1) / 2 // one segment per line, a blank line between
	if i < 0 || i >= len(ps) {
		return 0, false
	}
	l, _ := b.File.Position(ps[i].f.Map.FileOffset(0))
	return l, true
}

// DocByName finds the assembled reference or source document that evidence
// or an alignment names.
func (b *Built) DocByName(kind, name string) *check.Document {
	if kind == "source" {
		return b.Source
	}
	for _, r := range b.Refs {
		if r.Name == name {
			return r
		}
	}
	return nil
}
