package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Field is one text of a segment (its target, source or a reference) with
// where each part of it sits in the corpus file: escapes, entities and
// inline tags are decoded or left out of Text, and Map still leads every
// byte of Text back to the file.
type Field struct {
	Text string
	Map  OffsetMap
}

// OffsetMap maps byte offsets in a decoded text to byte offsets in the file
// it was decoded from: a list of runs, each mapping its stretch of text to
// the file one to one, starting where the previous run ends.
type OffsetMap []Run

// Run starts a stretch of text at Text that sits in the file at File.
type Run struct{ Text, File int }

// FileOffset maps an offset in the decoded text to the file.
func (m OffsetMap) FileOffset(off int) int {
	if len(m) == 0 {
		return 0
	}
	i := sort.Search(len(m), func(i int) bool { return m[i].Text > off }) - 1
	if i < 0 {
		i = 0
	}
	return m[i].File + off - m[i].Text
}

// fieldBuilder accumulates decoded text and its map.
type fieldBuilder struct {
	b   strings.Builder
	m   OffsetMap
	end int // file offset just after the last byte added, -1 at start
}

func newFieldBuilder() *fieldBuilder { return &fieldBuilder{end: -1} }

// add appends text whose bytes sit at consecutive file offsets from file.
func (f *fieldBuilder) add(text string, file int) {
	if text == "" {
		return
	}
	if f.end != file {
		f.m = append(f.m, Run{f.b.Len(), file})
	}
	f.b.WriteString(text)
	f.end = file + len(text)
}

// addDecoded appends text that came from a longer or shorter stretch of
// the file (an escape or entity) at file..fileEnd.
func (f *fieldBuilder) addDecoded(text string, file, fileEnd int) {
	if text == "" {
		return
	}
	f.m = append(f.m, Run{f.b.Len(), file})
	f.b.WriteString(text)
	f.end = -1
	if len(text) == fileEnd-file {
		f.end = fileEnd
	}
}

// addLiteral adds the bytes of the quoted string q from i up to the next
// backslash or the closing quote, and returns where it stopped.
func (f *fieldBuilder) addLiteral(q string, i, at int) int {
	j := i
	for j < len(q)-1 && q[j] != '\\' {
		j++
	}
	f.add(q[i:j], at+i)
	return j
}

func (f *fieldBuilder) field() Field { return Field{Text: f.b.String(), Map: f.m} }

// Segment is one translation unit of a corpus: a TSV or JSONL row, an
// XLIFF unit (or segment of a 2.0 unit), a PO entry.
type Segment struct {
	// ID is the row's id (its row number when it has none), the unit's
	// id, or the PO entry's msgid.
	ID string
	// Index is the 1-based position of the row, unit or entry in the file.
	Index  int
	Target Field
	Source *Field
	Refs   []Field
}

// SegmentDoc is the segments that make one document.
type SegmentDoc struct {
	// ID names the document: the doc column, an XLIFF file's original
	// (when the file has several), a row's id (when rows are not grouped).
	ID   string
	Segs []*Segment
}

// SegmentFile is a segment corpus read from one file.
type SegmentFile struct {
	Path string
	// Unit is what one segment is called: "row", "unit" or "entry".
	Unit     string
	Docs     []*SegmentDoc
	Warnings []string
	data     string
	lines    []int

	empty      int
	firstEmpty string
}

// Position turns a byte offset of the file into a 1-based line and a
// column counted in characters.
func (sf *SegmentFile) Position(off int) (line, col int) {
	off = max(0, min(off, len(sf.data)))
	i := sort.Search(len(sf.lines), func(i int) bool { return sf.lines[i] > off }) - 1
	i = max(i, 0)
	return i + 1, utf8.RuneCountInString(sf.data[sf.lines[i]:off]) + 1
}

func newSegmentFile(path, unit, data string) *SegmentFile {
	sf := &SegmentFile{Path: DisplayName(path), Unit: unit, data: data, lines: []int{0}}
	for i := 0; i < len(data); i++ {
		if data[i] == '\n' {
			sf.lines = append(sf.lines, i+1)
		}
	}
	return sf
}

// LoadSegments reads a segment corpus: TSV, JSONL, XLIFF or PO by kind.
func (r *Reader) LoadSegments(path string, kind Kind) (*SegmentFile, error) {
	text, err := r.ReadText(path)
	if err != nil {
		return nil, err
	}
	return ParseSegments(path, text, kind)
}

// ParseSegments parses the text of a segment corpus read from path.
func ParseSegments(path, text string, kind Kind) (*SegmentFile, error) {
	var sf *SegmentFile
	var err error
	switch kind {
	case SegmentTSV:
		sf, err = parseTSV(path, text)
	case SegmentJSONL:
		sf, err = parseSegmentJSONL(path, text)
	case XLIFF:
		sf, err = parseXLIFF(path, text)
	case PO:
		sf, err = parsePO(path, text)
	default:
		return nil, &InputError{DisplayName(path), "is not a segment corpus"}
	}
	if err != nil {
		return nil, err
	}
	n := 0
	for _, d := range sf.Docs {
		n += len(d.Segs)
	}
	if n == 0 {
		return nil, &InputError{sf.Path, "has no translated segments to check"}
	}
	return sf, nil
}

// segmentTable groups rows into documents: by their doc value when the
// corpus has one (documents in order of first appearance), otherwise one
// document per row.
type segmentTable struct {
	sf      *SegmentFile
	grouped bool
	byDoc   map[string]*SegmentDoc
}

func (t *segmentTable) add(doc string, s *Segment) {
	if !t.grouped {
		t.sf.Docs = append(t.sf.Docs, &SegmentDoc{ID: s.ID, Segs: []*Segment{s}})
		return
	}
	d := t.byDoc[doc]
	if d == nil {
		d = &SegmentDoc{ID: doc}
		t.byDoc[doc] = d
		t.sf.Docs = append(t.sf.Docs, d)
	}
	d.Segs = append(d.Segs, s)
}

var columnNames = map[string]string{"id": "id", "segid": "id", "seg_id": "id", "source": "source", "src": "source",
	"target": "target", "tgt": "target", "mt": "target", "hyp": "target", "translation": "target",
	"reference": "reference", "ref": "reference", "doc": "doc", "docid": "doc", "doc_id": "doc", "document": "doc"}

// parseTSV reads a tab-separated corpus with a header row naming the
// columns id, source, target, reference and doc (target required; a few
// common aliases such as src, tgt, mt, ref, docid are accepted). Cells are
// taken as they are: no quoting, no escapes.
func parseTSV(path, text string) (*SegmentFile, error) {
	sf := newSegmentFile(path, "row", text)
	lines := strings.SplitAfter(text, "\n")
	off := 0
	col := map[string]int{}
	t := &segmentTable{sf: sf, byDoc: map[string]*SegmentDoc{}}
	row := 0
	for ln, line := range lines {
		start := off
		off += len(line)
		line = strings.TrimRight(line, "\r\n")
		if ln == 0 {
			line = strings.TrimPrefix(line, "\uFEFF")
			for i, h := range strings.Split(line, "\t") {
				if c, ok := columnNames[strings.ToLower(strings.TrimSpace(h))]; ok {
					col[c] = i
				}
			}
			if _, ok := col["target"]; !ok {
				return nil, &InputError{sf.Path, "line 1: the header row names no target column (want id, source, target, reference, doc; tab-separated)"}
			}
			_, t.grouped = col["doc"]
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		row++
		cells := strings.Split(line, "\t")
		cellOff := make([]int, len(cells))
		o := start
		for i, c := range cells {
			cellOff[i] = o
			o += len(c) + 1
		}
		get := func(k string) (Field, bool) {
			i, ok := col[k]
			if !ok || i >= len(cells) {
				return Field{}, false
			}
			return Field{Text: cells[i], Map: OffsetMap{{0, cellOff[i]}}}, true
		}
		if i := col["target"]; i >= len(cells) {
			return nil, &InputError{sf.Path, fmt.Sprintf("line %d: %d cells, but the target is column %d", ln+1, len(cells), i+1)}
		}
		s := &Segment{Index: row, ID: strconv.Itoa(row)}
		if f, ok := get("id"); ok && strings.TrimSpace(f.Text) != "" {
			s.ID = strings.TrimSpace(f.Text)
		}
		s.Target, _ = get("target")
		if f, ok := get("source"); ok && strings.TrimSpace(f.Text) != "" {
			s.Source = &f
		}
		if f, ok := get("reference"); ok && strings.TrimSpace(f.Text) != "" {
			s.Refs = []Field{f}
		}
		doc, _ := get("doc")
		if !sf.keep(s) {
			continue
		}
		t.add(strings.TrimSpace(doc.Text), s)
	}
	sf.finish()
	return sf, nil
}

// keep drops segments with an empty target (untranslated), counting them
// for one warning.
func (sf *SegmentFile) keep(s *Segment) bool {
	if strings.TrimSpace(s.Target.Text) != "" {
		return true
	}
	if sf.empty == 0 {
		sf.firstEmpty = s.ID
	}
	sf.empty++
	return false
}

func (sf *SegmentFile) finish() {
	if sf.empty > 0 {
		sf.Warnings = append(sf.Warnings, fmt.Sprintf("%d %s(s) without target text were not checked (the first: %s)", sf.empty, sf.Unit, clipID(sf.firstEmpty)))
	}
}

func clipID(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:40]) + "…"
	}
	return s
}

// parseSegmentJSONL reads one JSON object per line with the keys id,
// source, target, reference (a string, or references: a list) and doc.
func parseSegmentJSONL(path, text string) (*SegmentFile, error) {
	sf := newSegmentFile(path, "row", text)
	t := &segmentTable{sf: sf, byDoc: map[string]*SegmentDoc{}}
	off := 0
	row := 0
	for ln, line := range strings.SplitAfter(text, "\n") {
		start := off
		off += len(line)
		if strings.TrimSpace(line) == "" {
			continue
		}
		row++
		vals, err := jsonFields(line, start)
		if err != nil {
			return nil, &InputError{sf.Path, fmt.Sprintf("line %d: %v", ln+1, err)}
		}
		tgt, ok := vals["target"]
		if !ok || tgt.str == nil {
			return nil, &InputError{sf.Path, fmt.Sprintf("line %d: no \"target\" string", ln+1)}
		}
		if row == 1 {
			_, t.grouped = vals["doc"]
		}
		s := &Segment{Index: row, ID: strconv.Itoa(row), Target: *tgt.str}
		if v, ok := vals["id"]; ok && v.scalar != "" {
			s.ID = v.scalar
		}
		if v, ok := vals["source"]; ok && v.str != nil && strings.TrimSpace(v.str.Text) != "" {
			s.Source = v.str
		}
		for _, k := range []string{"reference", "references"} {
			if v, ok := vals[k]; ok {
				if v.str != nil && strings.TrimSpace(v.str.Text) != "" {
					s.Refs = append(s.Refs, *v.str)
				}
				s.Refs = append(s.Refs, v.list...)
			}
		}
		if !sf.keep(s) {
			continue
		}
		t.add(vals["doc"].scalar, s)
	}
	sf.finish()
	return sf, nil
}

type jsonValue struct {
	str    *Field  // a string value, mapped
	list   []Field // a list of strings
	scalar string  // a string or number, as text
}

// jsonFields decodes a flat JSON object and maps each string value back to
// its bytes in the file (the line starts at file offset base).
func jsonFields(line string, base int) (map[string]jsonValue, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object")
	}
	out := map[string]jsonValue{}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := kt.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		end := int(dec.InputOffset())
		start := end - len(raw)
		var v jsonValue
		switch {
		case len(raw) > 0 && raw[0] == '"':
			f, err := decodeJSONString(line[start:end], base+start)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", key, err)
			}
			v.str, v.scalar = &f, f.Text
		case len(raw) > 0 && raw[0] == '[':
			// A list of strings: map each element.
			ld := json.NewDecoder(bytes.NewReader(raw))
			ld.Token()
			for ld.More() {
				var el json.RawMessage
				if err := ld.Decode(&el); err != nil {
					return nil, err
				}
				e := int(ld.InputOffset())
				if len(el) == 0 || el[0] != '"' {
					return nil, fmt.Errorf("%s: want a list of strings", key)
				}
				f, err := decodeJSONString(string(el), base+start+e-len(el))
				if err != nil {
					return nil, fmt.Errorf("%s: %v", key, err)
				}
				if strings.TrimSpace(f.Text) != "" {
					v.list = append(v.list, f)
				}
			}
		default:
			v.scalar = scalarString(raw)
		}
		out[key] = v
	}
	return out, nil
}

// decodeJSONString decodes a quoted JSON string that sits at file offset
// at, mapping each decoded byte to the file.
func decodeJSONString(q string, at int) (Field, error) {
	var want string
	if err := json.Unmarshal([]byte(q), &want); err != nil {
		return Field{}, err
	}
	fb := newFieldBuilder()
	i := 1
	for i < len(q)-1 {
		if q[i] != '\\' {
			i = fb.addLiteral(q, i, at)
			continue
		}
		n := 2
		var dec string
		switch q[i+1] {
		case 'n', 'r', 't':
			dec = " " // a line break inside a segment is a space to the checker
		case 'b', 'f':
			dec = " "
		case 'u':
			n = 6
			r, _ := strconv.ParseUint(q[i+2:i+6], 16, 32)
			if r >= 0xD800 && r < 0xDC00 && i+12 <= len(q) && q[i+6] == '\\' && q[i+7] == 'u' {
				lo, _ := strconv.ParseUint(q[i+8:i+12], 16, 32)
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
				n = 12
			}
			dec = string(rune(r))
		default:
			dec = q[i+1 : i+2]
		}
		fb.addDecoded(dec, at+i, at+i+n)
		i += n
	}
	f := fb.field()
	if strings.NewReplacer("\n", " ", "\r", " ", "\t", " ", "\b", " ", "\f", " ").Replace(want) != f.Text {
		// Should not happen; keep the text right and point at the string.
		return Field{Text: want, Map: OffsetMap{{0, at + 1}}}, nil
	}
	return f, nil
}
