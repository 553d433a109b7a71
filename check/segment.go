package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type span struct{ start, end int }

// paragraphs splits the masked text into paragraphs.
//
// A file without blank lines is one paragraph per line: that is how MT output
// and segment-per-line corpora come, and joining their lines would merge
// segments. In a file with blank lines, blank lines separate paragraphs and a
// single newline is a soft wrap when the line before it does not end a sentence
// and either the next line continues in lower case or the line is as long as
// hard-wrapped text is (so a short headline above a byline stays apart).
// Headings, list items, quotes and table rows always stand alone.
func paragraphs(text, plain string) []span {
	type line struct {
		start, end int
		blank      bool
		block      bool // starts a block of its own (list item, heading, quote, row)
		heading    bool // is a paragraph on its own
	}
	var lines []line
	hasBlank := false
	for start := 0; start <= len(plain); {
		end := strings.IndexByte(plain[start:], '\n')
		if end < 0 {
			end = len(plain)
		} else {
			end += start
		}
		orig := text[start:end]
		l := line{start: start, end: end, blank: strings.TrimFunc(plain[start:end], isSpace) == "",
			block: isBlockStart(orig), heading: isHeadingLine(orig)}
		if l.blank && end < len(plain) {
			hasBlank = true
		}
		lines = append(lines, l)
		if end == len(plain) {
			break
		}
		start = end + 1
	}
	var out []span
	cur := span{-1, -1}
	flush := func() {
		if cur.start >= 0 {
			out = append(out, cur)
		}
		cur = span{-1, -1}
	}
	// Longest line of the current block, for the wrap-width test.
	blockMax := func(i int) int {
		m := 0
		for j := i; j < len(lines) && !lines[j].blank; j++ {
			if n := utf8.RuneCountInString(plain[lines[j].start:lines[j].end]); n > m {
				m = n
			}
		}
		for j := i - 1; j >= 0 && !lines[j].blank; j-- {
			if n := utf8.RuneCountInString(plain[lines[j].start:lines[j].end]); n > m {
				m = n
			}
		}
		return m
	}
	for i, l := range lines {
		if l.blank {
			flush()
			continue
		}
		if cur.start >= 0 {
			prev := lines[i-1]
			soft := hasBlank && !l.block && !prev.heading && softWrap(plain[prev.start:prev.end], plain[l.start:l.end], blockMax(i))
			if !soft {
				flush()
			}
		}
		if cur.start < 0 {
			cur.start = l.start
		}
		cur.end = l.end
		if l.heading {
			flush()
		}
	}
	flush()
	return out
}

// endsSentence: s ends with a full stop, a question or an exclamation mark,
// or one of them inside closing quotes or brackets.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"”’'») "))
	return strings.ContainsRune(".!?…。！？", r)
}

func softWrap(prev, next string, max int) bool {
	p := strings.TrimRightFunc(prev, isSpace)
	n := strings.TrimLeftFunc(next, isSpace)
	if p == "" || n == "" {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(p); last == ':' || endsSentence(p) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(n)
	if unicode.IsLower(first) {
		return true
	}
	width := utf8.RuneCountInString(p)
	return width >= 50 && float64(width) >= 0.6*float64(max)
}

// splitSentences finds sentence boundaries in plain[start:end].
func splitSentences(plain string, start, end int) []span {
	var out []span
	sStart := start
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(plain[i:end])
		if !isTerminal(r) {
			i += n
			continue
		}
		// A run of terminal marks ("?!", "...", "。").
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(plain[j:end])
			if !isTerminal(r2) {
				break
			}
			j += n2
		}
		// Closing quotes and brackets belong to the sentence they close.
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(plain[j:end])
			if !isCloser(r2) {
				break
			}
			j += n2
		}
		if isBoundary(plain, start, end, sStart, i, j, r) {
			out = append(out, span{sStart, j})
			sStart = j
		}
		i = j
	}
	if sStart < end {
		out = append(out, span{sStart, end})
	}
	return mergeFragments(plain, out)
}

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '」', '』', '）':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '「', '『', '（', '¿', '¡':
		return true
	}
	return false
}

// isBoundary decides whether the terminal run plain[i:j] (first mark r) ends a
// sentence that began at sStart.
func isBoundary(plain string, pStart, pEnd, sStart, i, j int, r rune) bool {
	// CJK full stops end a sentence with or without a following space.
	if r == '。' || r == '！' || r == '？' {
		return true
	}
	if j >= pEnd {
		return true
	}
	// Must be followed by white space: "3.5", "U.S.-led", "example.com" are not ends.
	next, _ := utf8.DecodeRuneInString(plain[j:pEnd])
	if !isSpace(next) {
		return false
	}
	k := j
	for k < pEnd {
		r2, n2 := utf8.DecodeRuneInString(plain[k:pEnd])
		if !isSpace(r2) {
			break
		}
		k += n2
	}
	if k >= pEnd {
		return true
	}
	nextWord := wordAt(plain, k, pEnd)
	if !startsSentence(plain, k, pEnd) {
		return false
	}
	run := plain[i:j]
	if strings.HasPrefix(run, ".") && !strings.HasPrefix(run, "..") {
		prev := wordBefore(plain, sStart, i)
		switch abbrevKind(prev) {
		case abbrevTitle:
			return false
		case abbrevWeak:
			return isSentenceStarter(nextWord)
		case abbrevNumberPrefix:
			return !startsWithDigit(nextWord)
		}
	}
	return true
}

// startsSentence: what follows a boundary must look like the start of a
// sentence: a capital, a digit, a letter of an uncased script, or an opening
// quote or bracket before one of those. A lower-case word continues the
// sentence ("e.g. this", "The plan... was dropped", "'Go!' he said").
func startsSentence(plain string, k, end int) bool {
	for k < end {
		r, n := utf8.DecodeRuneInString(plain[k:end])
		switch {
		case isOpener(r) || r == '—' || r == '–' || r == '-' || r == '*' || r == '_':
			k += n
			continue
		case unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r):
			return true
		case unicode.IsLetter(r):
			return !unicode.IsLower(r)
		case r == '$' || r == '€' || r == '£' || r == '¥' || r == '#' || r == '@':
			return true
		}
		return false
	}
	return false
}

func wordAt(plain string, k, end int) string {
	for k < end {
		r, n := utf8.DecodeRuneInString(plain[k:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		k += n
	}
	j := k
	for j < end {
		r, n := utf8.DecodeRuneInString(plain[j:end])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '’') {
			break
		}
		j += n
	}
	return strings.TrimRight(plain[k:j], ".")
}

// wordBefore returns the token that ends at i (the period excluded), including
// inner periods, so "U.S" and "a.m" come back whole.
func wordBefore(plain string, sStart, i int) string {
	j := i
	for j > sStart {
		r, n := utf8.DecodeLastRuneInString(plain[sStart:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		j -= n
	}
	return plain[j:i]
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

type abbrev int

const (
	abbrevNone abbrev = iota
	abbrevTitle
	abbrevWeak
	abbrevNumberPrefix
)

// Titles and words that are always followed by more of the sentence.
var titleAbbrevs = setOf("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
	"Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Rev", "Hon", "Pres", "Supt", "Det",
	"Insp", "Atty", "Amb", "Brig", "St", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Fr",
	"vs", "v", "cf", "approx", "ca", "viz", "e.g", "i.e", "Sens", "Reps", "Govs", "Gens")

// Abbreviations that may also end a sentence: they end it only when a typical
// sentence opener follows ("in the U.S. The talks", not "U.S. President").
var weakAbbrevs = setOf("Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "plc", "Bros", "etc", "al",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "p.m", "a.m", "P.M", "A.M",
	"dept", "Dept", "est", "Est", "Univ", "Assn", "Ave", "Blvd", "Rd", "Hwy", "Jr", "Sr", "Sec", "ft", "km",
	"lb", "lbs", "oz", "min", "max", "Calif", "Mass", "Wash", "Fla", "Ariz", "Penn", "Conn", "Ind", "Ill",
	"Mich", "Minn", "Wis", "Okla", "Ore", "Tenn", "Colo", "Ky", "La", "Md", "Mo", "Neb", "Nev", "Va")

func abbrevKind(w string) abbrev {
	if w == "" {
		return abbrevNone
	}
	if w == "No" || w == "Nos" || w == "no" || w == "Art" || w == "Vol" || w == "vol" || w == "pp" || w == "p" || w == "Fig" || w == "fig" || w == "Nr" {
		return abbrevNumberPrefix
	}
	if titleAbbrevs[w] {
		return abbrevTitle
	}
	if weakAbbrevs[w] {
		return abbrevWeak
	}
	// Dotted acronyms (U.S, U.N, E.U, a.m) may end a sentence.
	if strings.Contains(w, ".") {
		return abbrevWeak
	}
	// A single capital is an initial: "George W. Bush", "J. K. Rowling".
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return abbrevWeak
	}
	return abbrevNone
}

var sentenceStarters = setOf("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And",
	"In", "On", "At", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "There",
	"When", "While", "After", "Before", "As", "If", "However", "Meanwhile", "Officials", "Police", "Some",
	"Many", "Most", "Last", "Earlier", "Later", "According", "Since", "Although", "Yet", "So", "Now",
	"Then", "Also", "Both", "No", "Not", "What", "Who", "Why", "How", "Where", "Mr", "Mrs", "Ms", "Dr",
	"For", "From", "By", "With", "Under", "Over", "During", "One", "Two", "Three", "Each", "Every", "All",
	"Such", "Still", "Even", "Only", "Among", "Despite", "Without", "Following", "Asked", "Speaking")

func isSentenceStarter(w string) bool { return sentenceStarters[w] }

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// mergeFragments joins a piece with no letters or digits (a stray quote or
// dash left after a boundary) to the sentence before it.
func mergeFragments(plain string, spans []span) []span {
	var out []span
	for _, s := range spans {
		if len(out) > 0 && !hasWordChar(plain[s.start:s.end]) {
			out[len(out)-1].end = s.end
			continue
		}
		out = append(out, s)
	}
	if len(out) > 1 && !hasWordChar(plain[out[0].start:out[0].end]) {
		out[1].start = out[0].start
		out = out[1:]
	}
	return out
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// limitWords cuts a span with more than max words into pieces of max words,
// at word boundaries.
func limitWords(plain string, sp span, max int) []span {
	words := 0
	inWord := false
	pieceStart := sp.start
	var out []span
	for i := sp.start; i < sp.end; {
		r, n := utf8.DecodeRuneInString(plain[i:sp.end])
		if isSpace(r) {
			if inWord && words == max {
				out = append(out, span{pieceStart, i})
				pieceStart = i
				words = 0
			}
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
		i += n
	}
	return append(out, span{pieceStart, sp.end})
}
