package textdiff

import (
	"fmt"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

type lineOp struct {
	kind Kind
	text string // the line with its "\n", if it had one
}

// lineDiff diffs two texts line by line.
func lineDiff(a, b string) []lineOp {
	dmp := diffmatchpatch.New()
	ra, rb, table := dmp.DiffLinesToRunes(a, b)
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCharsToLines(diffs, table)
	var out []lineOp
	for _, d := range diffs {
		for _, l := range splitLines(d.Text) {
			out = append(out, lineOp{kindOf(d.Type), l})
		}
	}
	return out
}

func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// hunk is a run of changed lines with context, in lineOp indexes.
type hunk struct{ lo, hi int }

func hunks(ops []lineOp, context int) []hunk {
	var out []hunk
	for i := 0; i < len(ops); i++ {
		if ops[i].kind == Equal {
			continue
		}
		lo := max(0, i-context)
		j := i
		// Extend over changes separated by at most 2*context equal lines.
		for {
			for j < len(ops) && ops[j].kind != Equal {
				j++
			}
			k := j
			for k < len(ops) && ops[k].kind == Equal && k-j < 2*context+1 {
				k++
			}
			if k < len(ops) && ops[k].kind != Equal {
				j = k
				continue
			}
			break
		}
		hi := min(len(ops), j+context)
		if n := len(out); n > 0 && lo <= out[n-1].hi {
			out[n-1].hi = hi
		} else {
			out = append(out, hunk{lo, hi})
		}
		i = j
	}
	return out
}

// Unified returns a unified diff (3 lines of context) from a to b, with
// "a/NAME" and "b/NAME" headers so `git apply` and `patch -p1` accept it.
// It is empty when the texts are equal.
func Unified(oldName, newName, a, b string) string {
	if a == b {
		return ""
	}
	ops := lineDiff(a, b)
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", prefixed("a/", oldName), prefixed("b/", newName))
	// Line numbers of each op in a and b.
	na, nb := make([]int, len(ops)+1), make([]int, len(ops)+1)
	for i, op := range ops {
		na[i+1], nb[i+1] = na[i], nb[i]
		if op.kind != Insert {
			na[i+1]++
		}
		if op.kind != Delete {
			nb[i+1]++
		}
	}
	for _, h := range hunks(ops, 3) {
		la, lb := na[h.hi]-na[h.lo], nb[h.hi]-nb[h.lo]
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(na[h.lo], la), hunkRange(nb[h.lo], lb))
		for _, op := range ops[h.lo:h.hi] {
			mark := " "
			switch op.kind {
			case Delete:
				mark = "-"
			case Insert:
				mark = "+"
			}
			sb.WriteString(mark + op.text)
			if !strings.HasSuffix(op.text, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
	}
	return sb.String()
}

func prefixed(p, name string) string {
	if name == "/dev/null" {
		return name
	}
	return p + strings.TrimPrefix(name, "./")
}

// hunkRange formats a hunk's start and length as unified diffs do: the
// start is 1-based, and for an empty range it is the line before.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// Block is a changed stretch of a document: the lines it covers in each
// version (1-based; a length of 0 is an insertion or deletion point) and
// the word diff of its text.
type Block struct {
	OldLine, OldLines int
	NewLine, NewLines int
	Ops               []Op
}

// Document diffs two versions of a document: changed lines are grouped
// into blocks, and each block is diffed word by word, so a reader sees
// which words changed and where in the file.
func Document(a, b string) []Block {
	if a == b {
		return nil
	}
	ops := lineDiff(a, b)
	var out []Block
	la, lb := 0, 0
	for i := 0; i < len(ops); {
		if ops[i].kind == Equal {
			la++
			lb++
			i++
			continue
		}
		blk := Block{OldLine: la + 1, NewLine: lb + 1}
		var old, nw strings.Builder
		for ; i < len(ops) && ops[i].kind != Equal; i++ {
			if ops[i].kind == Delete {
				old.WriteString(ops[i].text)
				blk.OldLines++
				la++
			} else {
				nw.WriteString(ops[i].text)
				blk.NewLines++
				lb++
			}
		}
		blk.Ops = Words(old.String(), nw.String())
		out = append(out, blk)
	}
	return out
}
