package check

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/internal/bloom"
)

//go:generate go run ../internal/foreigngen -out lexdata

// The lexicons of four languages MT leaves words of most often in English
// output, derived from their Hunspell dictionaries (see lexdata/NOTICE and
// internal/foreigngen). Each is a Bloom filter of the dictionary's stems and
// the suffix rules that lead an inflected form back to one ("mayores" →
// "mayor", "vocais" → "vocal").
var foreignLexiconFiles = []struct{ lang, file string }{
	{"Spanish", "foreign-es.gz"}, {"Portuguese", "foreign-pt.gz"}, {"French", "foreign-fr.gz"}, {"Dutch", "foreign-nl.gz"},
}

// loanHeavyLexicons are the bits of lexiconLanguages for French and Dutch,
// whose dictionaries list many English loans.
const loanHeavyLexicons uint8 = 1<<2 | 1<<3

type suffixRule struct {
	strip string
	cond  []condElem // matched against the end of the stem
}

// condElem is one position of a Hunspell affix condition: any letter, a
// letter of a set, or a letter outside one.
type condElem struct {
	any, neg bool
	set      string
}

type foreignLexicon struct {
	lang   string
	stems  *bloom.Filter
	byAdd  map[string][]suffixRule // rules by the ending they add
	maxAdd int                     // longest ending, in bytes
}

var (
	foreignLexOnce sync.Once
	foreignLexs    []*foreignLexicon
)

func foreignLexicons() []*foreignLexicon {
	foreignLexOnce.Do(func() {
		for _, f := range foreignLexiconFiles {
			data, err := lexFS.ReadFile("lexdata/" + f.file)
			if err == nil {
				var l *foreignLexicon
				if l, err = readForeignLexicon(f.lang, data); err == nil {
					foreignLexs = append(foreignLexs, l)
					continue
				}
			}
			panic("mtcheck: embedded lexical data corrupt: " + f.file + ": " + err.Error())
		}
	})
	return foreignLexs
}

func readForeignLexicon(lang string, gz []byte) (*foreignLexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head, err := br.ReadString('\n')
	if err != nil {
		return nil, err
	}
	var version, hashes, nrules int
	var bits uint64
	if _, err := fmt.Sscanf(head, "mtcheck-foreign %d %d %d %d\n", &version, &bits, &hashes, &nrules); err != nil || version != 1 {
		return nil, fmt.Errorf("bad header %q", head)
	}
	l := &foreignLexicon{lang: lang, byAdd: map[string][]suffixRule{}}
	for range nrules {
		line, err := br.ReadString('\n')
		if err != nil {
			return nil, err
		}
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("bad rule %q", line)
		}
		l.byAdd[f[1]] = append(l.byAdd[f[1]], suffixRule{strip: f[0], cond: parseCond(f[2])})
		l.maxAdd = max(l.maxAdd, len(f[1]))
	}
	bitsData, err := io.ReadAll(br)
	if err != nil {
		return nil, err
	}
	if l.stems, err = bloom.FromBytes(bitsData, bits, hashes); err != nil {
		return nil, err
	}
	return l, nil
}

func parseCond(s string) []condElem {
	if s == "." {
		return nil
	}
	var out []condElem
	for i := 0; i < len(s); {
		switch {
		case s[i] == '.':
			out = append(out, condElem{any: true})
			i++
		case s[i] == '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				j = len(s) - i
			}
			set := s[i+1 : i+j]
			neg := strings.HasPrefix(set, "^")
			out = append(out, condElem{neg: neg, set: strings.TrimPrefix(set, "^")})
			i += j + 1
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			out = append(out, condElem{set: s[i : i+n]})
			i += n
		}
	}
	return out
}

// condHolds: the condition matches the end of stem.
func condHolds(cond []condElem, stem string) bool {
	end := len(stem)
	for k := len(cond) - 1; k >= 0; k-- {
		if end == 0 {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(stem[:end])
		end -= n
		c := cond[k]
		if !c.any && strings.ContainsRune(c.set, r) == c.neg {
			return false
		}
	}
	return true
}

// has: w (lower case) is a stem of the dictionary or an inflection of one.
func (l *foreignLexicon) has(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	if l.stems.Has(w) {
		return true
	}
	for n := 1; n <= min(l.maxAdd, len(w)-1); n++ {
		if !utf8.RuneStart(w[len(w)-n]) {
			continue
		}
		for _, r := range l.byAdd[w[len(w)-n:]] {
			stem := w[:len(w)-n] + r.strip
			if utf8.RuneCountInString(stem) >= 3 && condHolds(r.cond, stem) && l.stems.Has(stem) {
				return true
			}
		}
	}
	return false
}

// lexiconLanguages returns, as bits in the order of foreignLexiconFiles,
// the languages whose dictionary has the lower-case word w.
// lexiconLanguageNames names the languages whose lexicons have w ("Spanish
// or Portuguese").
func lexiconLanguageNames(w string) string {
	var names []string
	for _, l := range foreignLexicons() {
		if l.has(w) {
			names = append(names, l.lang)
		}
	}
	return strings.Join(names, " or ")
}

func lexiconLanguages(w string) uint8 {
	var bits uint8
	for i, l := range foreignLexicons() {
		if l.has(w) {
			bits |= 1 << i
		}
	}
	return bits
}
