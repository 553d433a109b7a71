package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is a word, number or punctuation mark with its byte offsets in the
// document.
type Token struct {
	Start, End int
	Text       string
	// Norm is lower-cased with typographic quotes folded and a possessive
	// removed ("Zelensky’s" → "zelensky"); Stem is Norm lightly stemmed.
	Norm, Stem string
	Kind       TokenKind
	// Cap: the token starts with a capital letter.
	Cap bool
	// Stop: a function word ("the", "of", "was"), not content.
	Stop bool
}

// IsContent reports a word or number that carries meaning.
func (t Token) IsContent() bool { return t.Kind != Punct && !t.Stop }

func tokenize(plain string, start, end int) []Token {
	var toks []Token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(plain[i:end])
		switch {
		case isSpace(r):
			i += n
		case isWordRune(r) || isCurrency(r) && i+n < end && isDigitAt(plain, i+n, end):
			j := scanWord(plain, i, end)
			toks = append(toks, newToken(plain[i:j], i, j))
			i = j
		default:
			j := i + n
			// Ellipses and dash runs are one mark.
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(plain[j:end])
				if r2 != r || r == '"' || r == '\'' {
					break
				}
				j += n2
			}
			toks = append(toks, Token{Start: i, End: j, Text: plain[i:j], Norm: foldQuotes(plain[i:j]), Kind: Punct})
			toks[len(toks)-1].Stem = toks[len(toks)-1].Norm
			i = j
		}
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isCurrency(r rune) bool {
	return r == '$' || r == '€' || r == '£' || r == '¥' || r == '₹' || r == '₽'
}

func isDigitAt(s string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return r >= '0' && r <= '9'
}

// scanWord reads a word from i: letters and digits joined by an apostrophe
// (don't, Zelensky’s), a hyphen (30-day, well-known), a period inside
// decimals (3.5) and digit-group commas (1,300); a dotted acronym (U.S.,
// a.m.) with its final period; a leading currency sign and a trailing % on a
// number.
func scanWord(s string, i, end int) int {
	if j := acronymEnd(s, i, end); j > i {
		return j
	}
	j := i
	r, n := utf8.DecodeRuneInString(s[j:end])
	numeric := unicode.IsDigit(r) || isCurrency(r)
	if isCurrency(r) {
		j += n
	}
	for j < end {
		r, n = utf8.DecodeRuneInString(s[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		if j+n >= end || j == i {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[j+n : end])
		prev, _ := utf8.DecodeLastRuneInString(s[i:j])
		ok := (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next) ||
			(r == '-' || r == '‐' || r == '‑') && isWordRune(prev) && isWordRune(next) ||
			r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(next) ||
			r == ',' && unicode.IsDigit(prev) && isThousands(s, j+n, end)
		if !ok {
			break
		}
		j += n
	}
	if numeric && j < end && s[j] == '%' {
		j++
	}
	return j
}

// acronymEnd returns the end of a dotted acronym of two or more single
// letters ("U.S.", "a.m."), or i when there is none.
func acronymEnd(s string, i, end int) int {
	j, pairs := i, 0
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if !unicode.IsLetter(r) || j+n >= end || s[j+n] != '.' {
			break
		}
		j += n + 1
		pairs++
	}
	if pairs >= 2 {
		return j
	}
	return i
}

func isThousands(s string, i, end int) bool {
	if i+3 > end {
		return false
	}
	for k := i; k < i+3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return i+3 == end || s[i+3] < '0' || s[i+3] > '9'
}

func newToken(text string, start, end int) Token {
	t := Token{Start: start, End: end, Text: text}
	first, _ := utf8.DecodeRuneInString(text)
	t.Cap = unicode.IsUpper(first)
	t.Norm = normWord(text)
	t.Kind = Word
	if unicode.IsDigit(first) || isCurrency(first) {
		t.Kind = Number
	}
	t.Stop = t.Kind == Word && stopwords[t.Norm]
	t.Stem = stem(t.Norm)
	return t
}

func foldQuotes(s string) string {
	if !strings.ContainsAny(s, "’‘“”") {
		return s
	}
	return strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
}

func normWord(s string) string {
	s = strings.ToLower(foldQuotes(s))
	if strings.HasSuffix(s, "'s") && len(s) > 3 {
		s = s[:len(s)-2]
	}
	if strings.Count(s, ".") > 0 && isDottedAcronym(s) {
		s = strings.ReplaceAll(s, ".", "")
	}
	return s
}

func isDottedAcronym(s string) bool {
	for i, r := range s {
		if i%2 == 1 && r != '.' || i%2 == 0 && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
