package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Document is one text (article, reference or source) split into sentences.
type Document struct {
	// Name is how the caller refers to the text (usually its path).
	Name string
	// Text is the original text, byte for byte.
	Text string
	// plain has the same length as Text, with markup, a BOM and control
	// characters replaced by spaces, so offsets into it are offsets into Text.
	plain     string
	Sentences []*Sentence
	// Words is the number of word tokens in the document (MQM's evaluation word count).
	Words int
	// Warnings are problems with the text that did not stop it being checked.
	Warnings   []string
	lineStarts []int
	hasBOM     bool
}

// Sentence is a segment of a Document with its position and tokens.
type Sentence struct {
	Index int
	// Start and End are byte offsets into Document.Text.
	Start, End int
	// Line and Col are 1-based; Col counts characters (runes), not bytes.
	Line, Col int
	// Para is the 0-based paragraph the sentence belongs to.
	Para int
	// Text is what a reader sees: markup removed, white space collapsed.
	Text   string
	Tokens []Token
	// words are the Tokens without punctuation, shared by the checks: read
	// only (its capacity is clipped, so an append copies).
	words []Token
	doc   *Document
}

// Doc returns the document the sentence belongs to.
func (s *Sentence) Doc() *Document { return s.doc }

// Pos is a 1-based line and character column.
type Pos struct{ Line, Col int }

// Position turns a byte offset into a 1-based line and column counted in runes.
// A BOM at the start of the file does not count as a column.
func (d *Document) Position(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(d.Text) {
		off = len(d.Text)
	}
	i := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	start := d.lineStarts[i]
	if i == 0 && d.hasBOM && off >= 3 {
		start = 3
	}
	return Pos{Line: i + 1, Col: utf8.RuneCountInString(d.Text[start:off]) + 1}
}

// Display returns the text between two byte offsets as a reader sees it:
// markup removed and runs of white space collapsed to one space.
func (d *Document) Display(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end > len(d.plain) {
		end = len(d.plain)
	}
	if start >= end {
		return ""
	}
	return collapseSpace(d.plain[start:end])
}

func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// needsCollapse reports whether collapseSpace would change s: white space
// at either end, two in a row, or any but a plain space.
func needsCollapse(s string) bool {
	prev := ' ' // white space at the start is dropped
	for _, r := range s {
		if isSpace(r) && (r != ' ' || prev == ' ') {
			return true
		}
		prev = r
	}
	return prev == ' ' && s != ""
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x2007, 0x202F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200B
}

// ParseOptions tunes Parse.
type ParseOptions struct {
	// MaxSentenceWords splits longer runs of text without sentence punctuation
	// into pieces of this many words (0 means DefaultMaxSentenceWords).
	MaxSentenceWords int
}

// DefaultMaxSentenceWords bounds a sentence so that one unpunctuated line of a
// megabyte cannot make alignment or the checks quadratic.
const DefaultMaxSentenceWords = 200

// Parse splits text into paragraphs, sentences and tokens. It never fails:
// anything odd about the text is recorded in Warnings.
func Parse(name, text string, opt ParseOptions) *Document {
	if opt.MaxSentenceWords <= 0 {
		opt.MaxSentenceWords = DefaultMaxSentenceWords
	}
	d := &Document{Name: name, Text: text}
	d.hasBOM = strings.HasPrefix(text, "\uFEFF")
	d.lineStarts = append(d.lineStarts, 0)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
	d.plain = maskMarkup(text)
	long := 0
	for pi, p := range paragraphs(d.Text, d.plain) {
		for _, sp := range splitSentences(d.plain, p.start, p.end) {
			pieces := limitWords(d.plain, sp, opt.MaxSentenceWords)
			if len(pieces) > 1 {
				long++
			}
			for _, piece := range pieces {
				d.addSentence(piece.start, piece.end, pi)
			}
		}
	}
	if long > 0 {
		first := d.Position(d.Sentences[0].Start)
		for _, s := range d.Sentences {
			if len(s.words) >= opt.MaxSentenceWords {
				first = Pos{s.Line, s.Col}
				break
			}
		}
		d.Warnings = append(d.Warnings, fmt.Sprintf("line %d: %d run(s) of more than %d words without sentence punctuation; checked in pieces of %d words",
			first.Line, long, opt.MaxSentenceWords, opt.MaxSentenceWords))
	}
	return d
}

func (d *Document) addSentence(start, end, para int) {
	start, end = trimSpan(d.plain, start, end)
	if start >= end {
		return
	}
	toks := tokenize(d.plain, start, end)
	words := slices.Clip(wordTokens(toks))
	if len(words) == 0 {
		return
	}
	p := d.Position(start)
	s := &Sentence{Index: len(d.Sentences), Start: start, End: end, Line: p.Line, Col: p.Col,
		Para: para, Text: collapseSpace(d.plain[start:end]), Tokens: toks, words: words, doc: d}
	d.Words += len(words)
	d.Sentences = append(d.Sentences, s)
}

func trimSpan(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !isSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// DisplayOffset maps a byte offset of the original text to a byte offset in
// Display(base, …): where the text at off appears in what a reader sees of the
// text starting at base.
func (d *Document) DisplayOffset(base, off int) int {
	if off <= base {
		return 0
	}
	if off > len(d.plain) {
		off = len(d.plain)
	}
	n := len(collapseSpace(d.plain[base:off]))
	if n > 0 {
		if r, _ := utf8.DecodeLastRuneInString(d.plain[base:off]); isSpace(r) {
			n++
		}
	}
	return n
}
