package check

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maskMarkup returns a copy of text of exactly the same length in which
// Markdown syntax, a BOM, control characters and invalid UTF-8 are replaced by
// spaces. Because nothing moves, every offset found in the masked text is an
// offset into the original: one mechanism serves plain text and Markdown.
//
// Line-level markup (headings, list markers, block quotes, tables, fences,
// rules, link definitions) is masked a line at a time; inline markup
// (emphasis, code ticks, links, images, HTML tags, escapes) inside each line.
// Masking plain text as Markdown is harmless: the characters masked are ones
// the checks ignore anyway.
func maskMarkup(text string) string {
	b := []byte(text)
	// Invalid UTF-8, BOMs and control characters other than \n become spaces.
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b[i] = ' '
		case r == '\uFEFF' || r == '\u200B' || r == '\u2060':
			fill(b, i, i+n)
		case r < 0x20 && r != '\n', r == 0x7F:
			b[i] = ' '
		case r >= 0x80 && r < 0xA0:
			fill(b, i, i+n)
		}
		i += n
	}
	inFence := false
	fenceMark := ""
	prevBlank := true
	for start := 0; start < len(b); {
		end := start
		for end < len(b) && b[end] != '\n' {
			end++
		}
		line := string(b[start:end])
		trimmed := strings.TrimSpace(line)
		switch {
		case inFence:
			fill(b, start, end)
			if strings.HasPrefix(trimmed, fenceMark) {
				inFence = false
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			inFence, fenceMark = true, trimmed[:3]
			fill(b, start, end)
		case reLinkDef.MatchString(line), reRule.MatchString(line), reTableSep.MatchString(line):
			fill(b, start, end)
		case !prevBlank && reSetext.MatchString(line):
			fill(b, start, end)
		default:
			maskLine(b, start, end)
		}
		prevBlank = strings.TrimSpace(string(b[start:end])) == ""
		start = end + 1
	}
	return string(b)
}

var (
	reLinkDef  = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+`)
	reRule     = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\r?$`)
	reTableSep = regexp.MustCompile(`^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t\r]*$`)
	reSetext   = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t\r]*$`)
	reHeading  = regexp.MustCompile(`^ {0,3}#{1,6}(?:[ \t]+|$)`)
	reQuote    = regexp.MustCompile(`^ {0,3}(?:>[ \t]?)+`)
	reList     = regexp.MustCompile(`^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+`)
	reHTMLTag  = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->|<(?:https?|mailto|ftp):[^>\s]*>`)
	reFootnote = regexp.MustCompile(`\[\^[^\]\s]+\]`)
)

// Line kinds that always start a paragraph of their own, so a heading or a
// list item never runs into the text around it.
func isBlockStart(line string) bool {
	return reHeading.MatchString(line) || reList.MatchString(line) || reQuote.MatchString(line) ||
		strings.HasPrefix(strings.TrimSpace(line), "|")
}

// isHeadingLine reports a line that is a paragraph on its own (also ends one).
func isHeadingLine(line string) bool {
	return reHeading.MatchString(line) || strings.HasPrefix(strings.TrimSpace(line), "|")
}

func maskLine(b []byte, start, end int) {
	line := string(b[start:end])
	off := 0
	if m := reQuote.FindStringIndex(line); m != nil {
		fill(b, start, start+m[1])
		off = m[1]
	}
	if m := reHeading.FindStringIndex(line[off:]); m != nil {
		fill(b, start+off, start+off+m[1])
		// closing hashes: "## Title ##"
		t := strings.TrimRight(line, " \t\r")
		j := len(t)
		for j > off && t[j-1] == '#' {
			j--
		}
		if j < len(t) && j > off && (t[j-1] == ' ' || t[j-1] == '\t') {
			fill(b, start+j, start+len(t))
		}
	} else if m := reList.FindStringIndex(line[off:]); m != nil {
		fill(b, start+off, start+off+m[1])
	}
	if strings.HasPrefix(strings.TrimSpace(line), "|") {
		for i := start; i < end; i++ {
			if b[i] == '|' && (i == start || b[i-1] != '\\') {
				b[i] = ' '
			}
		}
	}
	maskInline(b, start, end)
}

func fill(b []byte, start, end int) {
	for i := start; i < end && i < len(b); i++ {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
}

func maskInline(b []byte, start, end int) {
	seg := string(b[start:end])
	for _, m := range reHTMLTag.FindAllStringIndex(seg, -1) {
		fill(b, start+m[0], start+m[1])
	}
	for _, m := range reFootnote.FindAllStringIndex(seg, -1) {
		fill(b, start+m[0], start+m[1])
	}
	// Links and images: [text](url), [text][ref], ![alt](url).
	for i := start; i < end; i++ {
		if b[i] != '[' || (i > start && b[i-1] == '\\') {
			continue
		}
		close := matchBracket(b, i, end, '[', ']')
		if close < 0 || close+1 >= end {
			continue
		}
		var tail int
		switch b[close+1] {
		case '(':
			tail = matchBracket(b, close+1, end, '(', ')')
		case '[':
			tail = matchBracket(b, close+1, end, '[', ']')
		default:
			continue
		}
		if tail < 0 {
			continue
		}
		if i > start && b[i-1] == '!' {
			b[i-1] = ' '
		}
		b[i] = ' '
		fill(b, close, tail+1)
		i = close
	}
	for i := start; i < end; i++ {
		c := b[i]
		switch c {
		case '\\':
			if i+1 < end && strings.IndexByte("\\`*_{}[]()#+-.!|~<>", b[i+1]) >= 0 {
				b[i] = ' '
				i++
			}
		case '`':
			b[i] = ' '
		case '*', '~':
			// A run of emphasis markers touching a word on one side is markup;
			// a lone "*" between spaces is left alone.
			j := i
			for j < end && b[j] == c {
				j++
			}
			before := i > start && !isSpaceByte(b[i-1])
			after := j < end && !isSpaceByte(b[j])
			if (before || after) && (c == '*' || j-i >= 2) {
				fill(b, i, j)
			}
			i = j - 1
		case '_':
			j := i
			for j < end && b[j] == '_' {
				j++
			}
			before := i > start && isWordByte(b[i-1])
			after := j < end && isWordByte(b[j])
			// Intraword underscores (snake_case) stay; flanking ones are emphasis.
			if before != after {
				fill(b, i, j)
			}
			i = j - 1
		}
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isWordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func matchBracket(b []byte, open, end int, o, c byte) int {
	depth := 0
	for i := open; i < end; i++ {
		switch b[i] {
		case '\\':
			i++
		case o:
			depth++
		case c:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
