package check

import (
	"strings"
	"sync"
	"sync/atomic"
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
	// Lemma is the dictionary form of a lower-case English word ("hugging"
	// → "hug"), Norm otherwise.
	Lemma string
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
			toks = appendWord(toks, plain[i:j], i)
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
			t := punctToken(plain[i:j], i)
			t.Norm, t.Stem, t.Lemma = foldQuotes(t.Text), foldQuotes(t.Text), foldQuotes(t.Text)
			toks = append(toks, t)
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
	// A capital acronym that lost its last full stop ("U.S officials"):
	// one dotted capital, then a capital that ends the word.
	if pairs == 1 && unicode.IsUpper(rune(s[i])) && j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if unicode.IsUpper(r) {
			k := j + n
			next, _ := utf8.DecodeRuneInString(s[k:end])
			if k == end || !isWordRune(next) && next != '.' && next != '-' {
				return k
			}
		}
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
	if w, ok := wordCache.Load(text); ok {
		t := w.(Token)
		t.Start, t.End, t.Text = start, end, text
		return t
	}
	t := Token{Start: start, End: end, Text: text}
	first, _ := utf8.DecodeRuneInString(text)
	t.Cap = unicode.IsUpper(first)
	t.Norm = normWord(text)
	t.Kind = Word
	if unicode.IsDigit(first) || isCurrency(first) {
		t.Kind = Number
	}
	// An acronym is a name, whatever function word it spells: "US",
	// "U.S.", "WHO", "IT".
	t.Stop = t.Kind == Word && stopwords[t.Norm] && !(len(t.Norm) >= 2 && isAllCaps(text))
	// A name with its accents and without them is one name ("Đắk Lắk" /
	// "Dak Lak", "Erdoğan" / "Erdogan"): the stem matches them. (Not a
	// word in lower case: "finał" for "final" is Polish left untranslated.)
	t.Stem = stem(t.Norm)
	if t.Cap {
		t.Stem = stem(foldAccents(t.Norm))
	}
	t.Lemma = t.Norm
	if t.Kind == Word && isASCIIWord(t.Norm) {
		t.Lemma = lemma(t.Norm)
	}
	if wordCacheSize.Add(1) <= maxWordCache {
		wordCache.Store(text, t)
	}
	return t
}

// wordCache remembers the analysis of each word form (norm, stem, lemma):
// a corpus repeats its vocabulary, and the lemmatiser's lookups are the
// costly part of tokenising. It stops growing at maxWordCache forms.
var (
	wordCache     sync.Map
	wordCacheSize atomic.Int64
)

const maxWordCache = 500_000

// contractions maps the clitic of a contraction to the word it stands for,
// so "don't" matches "do not" and "I'm" matches "I am".
var contractions = map[string]string{"n't": "not", "'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would"}

// Pronouns whose "'s" is "is" (or "us"), not a possessive.
var cliticS = map[string]string{"it": "is", "he": "is", "she": "is", "that": "is", "there": "is", "what": "is",
	"who": "is", "here": "is", "where": "is", "how": "is", "let": "us"}

// Hosts of "n't" that change form: "can't" is "ca" + "n't".
var negHosts = map[string]string{"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}

// appendWord adds the tokens of a scanned word: usually one, but a
// contraction becomes its parts ("don't" → "do" "n't") and a hyphen used as
// a dash ("LIGO-which", "Bang-maybe") splits the words it joins.
func appendWord(toks []Token, text string, start int) []Token {
	if parts := dashParts(text); parts != nil {
		off := 0
		for i, p := range parts {
			if i > 0 {
				toks = append(toks, punctToken("-", start+off))
				off++
			}
			toks = appendWord(toks, p, start+off)
			off += len(p)
		}
		return toks
	}
	folded := foldQuotes(text)
	lower := strings.ToLower(folded)
	if k := strings.LastIndexByte(lower, '\''); k > 0 {
		host, clitic := lower[:k], lower[k:]
		// "n't" starts one letter before the apostrophe.
		if clitic == "'t" && strings.HasSuffix(host, "n") && len(host) > 1 {
			host, clitic = host[:len(host)-1], "n't"
		}
		exp, ok := contractions[clitic]
		if !ok && clitic == "'s" {
			exp, ok = cliticS[host]
		}
		if ok {
			cut := bytesBefore(text, utf8.RuneCountInString(host))
			h := newToken(text[:cut], start, start+cut)
			if full, ok := negHosts[h.Norm]; ok && clitic == "n't" {
				h.Norm, h.Stem, h.Lemma = full, full, full
				h.Stop = stopwords[full]
			}
			c := newToken(text[cut:], start+cut, start+len(text))
			c.Norm, c.Stem, c.Lemma, c.Stop = exp, exp, exp, true
			return append(toks, h, c)
		}
	}
	return append(toks, newToken(text, start, start+len(text)))
}

// bytesBefore returns the byte length of the first n runes of s (n counts
// runes of the quote-folded string, whose apostrophes may be one byte where
// s has three).
func bytesBefore(s string, n int) int {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return i
}

// dashParts splits "word-word" where one side is a function word or a
// contraction, which is a dash written as a hyphen, not a compound
// ("LIGO-which", "multiverse-each", "don't-maybe");
// nil when the word stays whole ("well-known", "30-day", "front-line").
func dashParts(text string) []string {
	if !strings.Contains(text, "-") || strings.ContainsAny(text[:1], "0123456789$€£¥") {
		return nil
	}
	parts := strings.Split(text, "-")
	for _, p := range parts {
		if p == "" {
			return nil
		}
	}
	// A verb and its particle make a noun ("a break-in in 1991", "the
	// sell-off", "a stand-in").
	if first := strings.ToLower(parts[0]); len(parts) == 2 && compoundParticles[strings.ToLower(parts[1])] && !stopwords[first] &&
		strings.IndexByte(lexdb().pos[lemma(first)], 'v') >= 0 {
		return nil
	}
	for _, p := range parts {
		w := strings.ToLower(foldQuotes(p))
		if stopwords[w] || strings.Contains(w, "'") {
			return parts
		}
	}
	return nil
}

func punctToken(text string, start int) Token {
	return Token{Start: start, End: start + len(text), Text: text, Norm: text, Stem: text, Lemma: text, Kind: Punct}
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
