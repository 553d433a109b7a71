package textdiff

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Kind is what a diff segment does.
type Kind int8

const (
	Equal Kind = iota
	Delete
	Insert
)

// Op is one segment of a diff: text kept, removed or added.
type Op struct {
	Kind Kind
	Text string
}

// Words diffs a and b word by word. Concatenating the Equal and Delete texts
// gives a; the Equal and Insert texts give b.
func Words(a, b string) []Op {
	if a == b {
		if a == "" {
			return nil
		}
		return []Op{{Equal, a}}
	}
	ta, tb := tokens(a), tokens(b)
	ra, rb, table, ok := encode(ta, tb)
	if !ok {
		return tidy([]Op{{Delete, a}, {Insert, b}})
	}
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	var ops []Op
	for _, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(table[fromRune(r)])
		}
		ops = append(ops, Op{kindOf(d.Type), sb.String()})
	}
	return tidy(ops)
}

func kindOf(t diffmatchpatch.Operation) Kind {
	switch t {
	case diffmatchpatch.DiffDelete:
		return Delete
	case diffmatchpatch.DiffInsert:
		return Insert
	}
	return Equal
}

// Tokens are encoded as runes from runeBase up, skipping the surrogate
// range, which Go strings cannot hold.
const (
	runeBase  = 0x100
	surrogate = 0xD800
	gap       = 0x800
	maxTokens = utf8.MaxRune - runeBase - gap
)

func toRune(i int) rune {
	r := rune(i) + runeBase
	if r >= surrogate {
		r += gap
	}
	return r
}

func fromRune(r rune) int {
	if r >= surrogate+gap {
		r -= gap
	}
	return int(r - runeBase)
}

func encode(ta, tb []string) ([]rune, []rune, []string, bool) {
	ids := map[string]rune{}
	var table []string
	enc := func(ts []string) []rune {
		out := make([]rune, len(ts))
		for i, t := range ts {
			r, ok := ids[t]
			if !ok {
				r = toRune(len(table))
				ids[t] = r
				table = append(table, t)
			}
			out[i] = r
		}
		return out
	}
	ra, rb := enc(ta), enc(tb)
	return ra, rb, table, len(table) <= maxTokens
}

// tokens splits s into words (letters, digits and marks, with inner
// apostrophes and hyphens), runs of white space, and single other characters.
func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
		case isWord(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWord(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWord(r3) {
						j += n2
						continue
					}
				}
				break
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‐' || r == '‑' || r == '.' || r == ','
}

// tidy merges neighbouring segments of a kind, orders a deletion before its
// insertion, and folds white space that sits alone between two changes into
// both of them, so "[-a-] [-b-]{+c+}" reads "[-a b-]{+c+}".
func tidy(ops []Op) []Op {
	var out []Op
	for i := 0; i < len(ops); i++ {
		op := ops[i]
		if op.Text == "" {
			continue
		}
		if op.Kind == Equal && strings.TrimSpace(op.Text) == "" && len(out) > 0 && out[len(out)-1].Kind != Equal &&
			i+1 < len(ops) && ops[i+1].Kind != Equal {
			out = append(out, Op{Delete, op.Text}, Op{Insert, op.Text})
			continue
		}
		out = append(out, op)
	}
	// Gather each run of changes into one deletion then one insertion.
	var res []Op
	for i := 0; i < len(out); {
		if out[i].Kind == Equal {
			if n := len(res); n > 0 && res[n-1].Kind == Equal {
				res[n-1].Text += out[i].Text
			} else {
				res = append(res, out[i])
			}
			i++
			continue
		}
		var del, ins strings.Builder
		for ; i < len(out) && out[i].Kind != Equal; i++ {
			if out[i].Kind == Delete {
				del.WriteString(out[i].Text)
			} else {
				ins.WriteString(out[i].Text)
			}
		}
		d, s := del.String(), ins.String()
		// Text common to both ends of the change is not a change.
		p := commonPrefix(d, s)
		if p > 0 {
			res = appendEqual(res, d[:p])
			d, s = d[p:], s[p:]
		}
		q := commonSuffix(d, s)
		tail := d[len(d)-q:]
		d, s = d[:len(d)-q], s[:len(s)-q]
		if d != "" {
			res = append(res, Op{Delete, d})
		}
		if s != "" {
			res = append(res, Op{Insert, s})
		}
		if tail != "" {
			res = appendEqual(res, tail)
		}
	}
	return res
}

func appendEqual(ops []Op, s string) []Op {
	if n := len(ops); n > 0 && ops[n-1].Kind == Equal {
		ops[n-1].Text += s
		return ops
	}
	return append(ops, Op{Equal, s})
}

// commonPrefix and commonSuffix work on whole tokens, so a shared first
// letter never splits a word.
func commonPrefix(a, b string) int {
	ta, tb := tokens(a), tokens(b)
	n := 0
	for i := 0; i < len(ta) && i < len(tb) && ta[i] == tb[i]; i++ {
		n += len(ta[i])
	}
	return n
}

func commonSuffix(a, b string) int {
	ta, tb := tokens(a), tokens(b)
	n := 0
	for i, j := len(ta)-1, len(tb)-1; i >= 0 && j >= 0 && ta[i] == tb[j]; i, j = i-1, j-1 {
		n += len(ta[i])
	}
	return n
}

// Old and New rebuild the two texts from a diff.
func Old(ops []Op) string { return join(ops, Insert) }
func New(ops []Op) string { return join(ops, Delete) }

func join(ops []Op, skip Kind) string {
	var b strings.Builder
	for _, op := range ops {
		if op.Kind != skip {
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// Changed reports whether the diff has any deletion or insertion.
func Changed(ops []Op) bool {
	for _, op := range ops {
		if op.Kind != Equal {
			return true
		}
	}
	return false
}

// WordCount is the number of words in s, as the diff counts them.
func WordCount(s string) int {
	n := 0
	for _, t := range tokens(s) {
		r, _ := utf8.DecodeRuneInString(t)
		if isWord(r) {
			n++
		}
	}
	return n
}
