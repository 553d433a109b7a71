package corpus

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Inline elements whose content is native code (XLIFF 1.2's ph, bpt, ept,
// it; sub holds text inside them), not text to check.
var xliffCode = map[string]bool{"ph": true, "bpt": true, "ept": true, "it": true, "sub": true}

// parseXLIFF reads XLIFF 1.2 (<trans-unit>) and 2.0 (<unit><segment>):
// the target of each unit is checked, its source is the source. Inline
// markup (g, x, bx, ex, ph, bpt, ept, it, mrk in 1.2; ph, pc, sc, ec, sm,
// em, mrk in 2.0) is kept out of the text, and every character keeps its
// position in the file. Each <file> element is a document.
func parseXLIFF(path, text string) (*SegmentFile, error) {
	sf := newSegmentFile(path, "unit", text)
	dec := xml.NewDecoder(strings.NewReader(text))
	var (
		version         string
		stack           []string
		doc             *SegmentDoc
		unitID, segID   string
		unitIndex, segN int
		cur             *fieldBuilder
		curRole         string
		capDepth        int
		skip            int
		src, tgt        *Field
		files           int
	)
	emit := func() {
		if tgt == nil {
			tgt = &Field{} // untranslated: counted by keep
		}
		id := unitID
		if segN > 1 {
			id = unitID + "/" + segID
		}
		s := &Segment{ID: id, Index: unitIndex, Target: *tgt, Source: src}
		src, tgt = nil, nil
		if !sf.keep(s) {
			return
		}
		if doc == nil {
			doc = &SegmentDoc{}
			sf.Docs = append(sf.Docs, doc)
		}
		doc.Segs = append(doc.Segs, s)
	}
	for {
		off := int(dec.InputOffset())
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, &InputError{sf.Path, fmt.Sprintf("line %d: not well-formed XML: %s", se.Line, se.Msg)}
			}
			return nil, &InputError{sf.Path, "cannot read XML: " + err.Error()}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, name)
			if cur != nil {
				switch {
				case xliffCode[name]:
					skip++
				case name == "cp" && skip == 0:
					if r, err := strconv.ParseUint(attr(t, "hex"), 16, 32); err == nil {
						cur.addDecoded(string(rune(r)), off, int(dec.InputOffset()))
					}
				}
				continue
			}
			switch name {
			case "xliff":
				version = attr(t, "version")
			case "file":
				files++
				doc = &SegmentDoc{ID: attr(t, "original")}
				if doc.ID == "" {
					doc.ID = attr(t, "id")
				}
				sf.Docs = append(sf.Docs, doc)
			case "trans-unit", "unit":
				unitIndex++
				unitID, segN = attr(t, "id"), 0
				if unitID == "" {
					unitID = strconv.Itoa(unitIndex)
				}
				src, tgt = nil, nil
			case "segment":
				segN++
				segID = attr(t, "id")
				if segID == "" {
					segID = strconv.Itoa(segN)
				}
				src, tgt = nil, nil
			case "source", "target":
				if parent == "trans-unit" || parent == "segment" {
					cur, curRole, capDepth, skip = newFieldBuilder(), name, len(stack), 0
				}
			}
		case xml.EndElement:
			name := t.Name.Local
			depth := len(stack)
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if cur != nil {
				if depth == capDepth {
					f := cur.field()
					if curRole == "target" {
						tgt = &f
					} else {
						src = &f
					}
					cur = nil
				} else if xliffCode[name] {
					skip--
				}
				continue
			}
			switch name {
			case "trans-unit", "segment":
				emit()
			case "file":
				doc = nil
			}
		case xml.CharData:
			if cur != nil && skip == 0 {
				mapCharData(cur, text[off:dec.InputOffset()], off)
			}
		}
	}
	if version == "" {
		return nil, &InputError{sf.Path, "is not an XLIFF file (no <xliff> root element with a version)"}
	}
	if files <= 1 {
		for _, d := range sf.Docs {
			d.ID = ""
		}
	}
	sf.finish()
	return sf, nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

var xmlEntities = map[string]string{"lt": "<", "gt": ">", "amp": "&", "quot": `"`, "apos": "'"}

// mapCharData decodes raw XML character data (entities, CDATA sections,
// line ends) found at file offset at into fb, keeping the map.
func mapCharData(fb *fieldBuilder, raw string, at int) {
	i := 0
	for i < len(raw) {
		switch {
		case strings.HasPrefix(raw[i:], "<![CDATA["):
			body := raw[i+9:]
			end := strings.Index(body, "]]>")
			if end < 0 {
				end = len(body)
			}
			fb.add(body[:end], at+i+9)
			i += 9 + end + 3
		case raw[i] == '&':
			semi := strings.IndexByte(raw[i:], ';')
			if semi < 0 {
				fb.add(raw[i:i+1], at+i)
				i++
				continue
			}
			ent := raw[i+1 : i+semi]
			dec, ok := xmlEntities[ent]
			if !ok && strings.HasPrefix(ent, "#") {
				num, base := ent[1:], 10
				if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
					num, base = num[1:], 16
				}
				if r, err := strconv.ParseUint(num, base, 32); err == nil {
					dec, ok = string(rune(r)), true
				}
			}
			if !ok {
				dec = raw[i : i+semi+1]
			}
			fb.addDecoded(dec, at+i, at+i+semi+1)
			i += semi + 1
		case raw[i] == '\r':
			n := 1
			if i+1 < len(raw) && raw[i+1] == '\n' {
				n = 2
			}
			fb.addDecoded("\n", at+i, at+i+n)
			i += n
		default:
			j := i + 1
			for j < len(raw) && raw[j] != '&' && raw[j] != '\r' && raw[j] != '<' {
				j++
			}
			fb.add(raw[i:j], at+i)
			i = j
		}
	}
}
