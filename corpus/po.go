package corpus

import (
	"fmt"
	"strconv"
	"strings"
)

// poEntry is a PO entry being read.
type poEntry struct {
	ctx, id, plural *fieldBuilder
	strs            map[int]*fieldBuilder
}

func (e *poEntry) empty() bool { return e.id == nil && e.ctx == nil && len(e.strs) == 0 }

// parsePO reads a gettext PO file: each entry's msgstr is checked against
// its msgid as the source (msgstr[n] of a plural entry against msgid or
// msgid_plural). The header entry, obsolete (#~) entries and untranslated
// entries are skipped. The whole file is one document; findings point at
// the msgstr line and name the entry by its msgid.
func parsePO(path, text string) (*SegmentFile, error) {
	sf := newSegmentFile(path, "entry", text)
	doc := &SegmentDoc{}
	sf.Docs = []*SegmentDoc{doc}
	e := &poEntry{}
	var cur *fieldBuilder
	index := 0
	flush := func() {
		defer func() { e, cur = &poEntry{}, nil }()
		if e.id == nil || len(e.strs) == 0 {
			return
		}
		id := e.id.field()
		if id.Text == "" && e.ctx == nil {
			return // the header
		}
		index++
		for n := 0; n < len(e.strs); n++ {
			b := e.strs[n]
			if b == nil {
				continue
			}
			src := id
			if n > 0 && e.plural != nil {
				src = e.plural.field()
			}
			s := &Segment{ID: id.Text, Index: index, Target: b.field(), Source: &src}
			if n > 0 {
				s.ID = fmt.Sprintf("%s [%d]", id.Text, n)
			}
			if sf.keep(s) {
				doc.Segs = append(doc.Segs, s)
			}
		}
	}
	off := 0
	for ln, line := range strings.SplitAfter(text, "\n") {
		start := off
		off += len(line)
		trimmed := strings.TrimSpace(line)
		lead := len(line) - len(strings.TrimLeft(line, " \t\uFEFF"))
		switch {
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "#"):
			if len(e.strs) > 0 {
				flush()
			}
			cur = nil
		case strings.HasPrefix(trimmed, `"`):
			if cur == nil {
				return nil, &InputError{sf.Path, fmt.Sprintf("line %d: a string continues no msgid or msgstr", ln+1)}
			}
			if err := decodePOString(cur, trimmed, start+lead); err != nil {
				return nil, &InputError{sf.Path, fmt.Sprintf("line %d: %v", ln+1, err)}
			}
		default:
			kw, rest, _ := strings.Cut(trimmed, " ")
			rest = strings.TrimLeft(rest, " \t")
			at := start + lead + len(trimmed) - len(rest)
			b := newFieldBuilder()
			switch {
			case kw == "msgctxt":
				if !e.empty() {
					flush()
				}
				e.ctx = b
			case kw == "msgid":
				if len(e.strs) > 0 || e.id != nil {
					flush()
				}
				e.id = b
			case kw == "msgid_plural":
				e.plural = b
			case kw == "msgstr" || strings.HasPrefix(kw, "msgstr["):
				n := 0
				if kw != "msgstr" {
					v, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(kw, "msgstr["), "]"))
					if err != nil {
						return nil, &InputError{sf.Path, fmt.Sprintf("line %d: bad keyword %q", ln+1, kw)}
					}
					n = v
				}
				if e.strs == nil {
					e.strs = map[int]*fieldBuilder{}
				}
				e.strs[n] = b
			default:
				return nil, &InputError{sf.Path, fmt.Sprintf("line %d: cannot read %q (not a PO keyword)", ln+1, clipID(kw))}
			}
			cur = b
			if err := decodePOString(b, rest, at); err != nil {
				return nil, &InputError{sf.Path, fmt.Sprintf("line %d: %v", ln+1, err)}
			}
		}
	}
	flush()
	sf.finish()
	return sf, nil
}

// decodePOString decodes one quoted C string at file offset at into fb.
func decodePOString(fb *fieldBuilder, q string, at int) error {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return fmt.Errorf("want a quoted string")
	}
	i := 1
	for i < len(q)-1 {
		if q[i] != '\\' {
			i = fb.addLiteral(q, i, at)
			continue
		}
		if i+1 >= len(q)-1 {
			return fmt.Errorf("string ends in a backslash")
		}
		n := 2
		dec := ""
		switch c := q[i+1]; c {
		case 'n', 'r', 't', 'v', 'f', 'a', 'b':
			dec = " "
		case 'x':
			j := i + 2
			for j < len(q)-1 && j < i+4 && strings.IndexByte("0123456789abcdefABCDEF", q[j]) >= 0 {
				j++
			}
			v, _ := strconv.ParseUint(q[i+2:j], 16, 8)
			dec, n = string(rune(v)), j-i
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i + 1
			for j < len(q)-1 && j < i+4 && q[j] >= '0' && q[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(q[i+1:j], 8, 8)
			dec, n = string(rune(v)), j-i
		default:
			dec = string(c)
		}
		fb.addDecoded(dec, at+i, at+i+n)
		i += n
	}
	return nil
}
