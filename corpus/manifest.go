package corpus

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// ReadManifest reads a manifest that lists the articles of a run with their
// references and source: JSON Lines (one object per line) or CSV with a
// header row, by extension (.csv is CSV; anything else JSON Lines). The
// fields are target (required), references (a list in JSON; in CSV, paths
// separated by ';'), source and id; "reference" is accepted for a single
// reference. Relative paths are relative to the manifest's directory. A bad
// row becomes an item with Err set, naming the manifest's line, and the
// other rows are kept. An unreadable manifest is an error.
func (r *Reader) ReadManifest(path string) ([]Item, error) {
	text, err := r.ReadText(path)
	if err != nil {
		return nil, err
	}
	base := filepath.Dir(path)
	resolve := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(base, filepath.FromSlash(p))
	}
	var items []Item
	add := func(line int, target string, refs []string, source, id string) {
		where := fmt.Sprintf("%s:%d", DisplayName(path), line)
		if strings.TrimSpace(target) == "" {
			items = append(items, Item{Path: where, Err: &InputError{where, "manifest row has no target"}})
			return
		}
		it := Item{Path: resolve(target), ID: id, Source: resolve(source)}
		it.Rel = filepath.Base(it.Path)
		it.Kind = KindOf(it.Path)
		for _, ref := range refs {
			if ref = strings.TrimSpace(ref); ref != "" {
				it.Refs = append(it.Refs, resolve(ref))
			}
		}
		if len(it.Refs) > 0 {
			it.Paired = "manifest"
		}
		items = append(items, it)
	}
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		cr := csv.NewReader(strings.NewReader(text))
		cr.FieldsPerRecord = -1
		header, err := cr.Read()
		if err != nil {
			return nil, &InputError{DisplayName(path), "manifest has no header row (want target,references,source,id)"}
		}
		col := map[string]int{}
		for i, h := range header {
			col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))] = i
		}
		if _, ok := col["target"]; !ok {
			return nil, &InputError{DisplayName(path), "manifest header has no target column (want target,references,source,id)"}
		}
		get := func(rec []string, k string) string {
			if i, ok := col[k]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		for {
			rec, err := cr.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			line, _ := cr.FieldPos(0)
			if err != nil {
				return nil, &InputError{DisplayName(path), "bad CSV: " + err.Error()}
			}
			refs := strings.Split(get(rec, "references"), ";")
			refs = append(refs, get(rec, "reference"))
			add(line, get(rec, "target"), refs, get(rec, "source"), get(rec, "id"))
		}
		return items, nil
	}
	for i, ln := range strings.Split(text, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		var row struct {
			Target     string          `json:"target"`
			References json.RawMessage `json:"references"`
			Reference  string          `json:"reference"`
			Source     string          `json:"source"`
			ID         json.RawMessage `json:"id"`
		}
		dec := json.NewDecoder(strings.NewReader(ln))
		dec.DisallowUnknownFields()
		where := fmt.Sprintf("%s:%d", DisplayName(path), i+1)
		if err := dec.Decode(&row); err != nil {
			items = append(items, Item{Path: where, Err: &InputError{where, "bad manifest row: " + err.Error()}})
			continue
		}
		refs, err := stringOrList(row.References)
		if err != nil {
			items = append(items, Item{Path: where, Err: &InputError{where, "references: want a path or a list of paths"}})
			continue
		}
		add(i+1, row.Target, append(refs, row.Reference), row.Source, scalarString(row.ID))
	}
	return items, nil
}

func stringOrList(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err == nil {
		return list, nil
	}
	var one string
	if err := json.Unmarshal(raw, &one); err != nil {
		return nil, err
	}
	return []string{one}, nil
}

// scalarString renders a JSON string or number as text ("" for null).
func scalarString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}
