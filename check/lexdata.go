package check

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ../internal/lexgen -out lexdata

// Lexical data derived from SCOWL and WordNet (see lexdata/NOTICE), loaded
// on first use.
//
// newsSynonymsData holds the curated news synonyms (synonyms.txt).
//
//go:embed synonyms.txt
var newsSynonymsData string

//go:embed lexdata/*.gz
var lexFS embed.FS

type lexData struct {
	words    map[string]uint8 // lower-case word → 1 (common) or 2 (larger list)
	names    map[string]bool  // lower-cased capitalised entries (places, names)
	synGroup map[string][]int32
	groups   [][]string // synonym groups by id
	antonyms map[string][]string
	lemmas   map[string]string
	pos      map[string]string // lemma → parts of speech it can take: n, v, a, r
}

var (
	lexOnce sync.Once
	lex     *lexData
)

func lexdb() *lexData {
	lexOnce.Do(func() {
		l := &lexData{words: map[string]uint8{}, names: map[string]bool{}, synGroup: map[string][]int32{},
			antonyms: map[string][]string{}, lemmas: map[string]string{}, pos: map[string]string{}}
		eachLine("words.txt.gz", func(s string) {
			if k := strings.IndexByte(s, '\t'); k > 0 {
				l.words[s[:k]] = s[k+1] - '0'
			}
		})
		eachLine("names.txt.gz", func(s string) { l.names[strings.ToLower(s)] = true })
		g := int32(0)
		eachLine("synonyms.txt.gz", func(s string) {
			ws := strings.Fields(s)
			for _, w := range ws {
				l.synGroup[w] = append(l.synGroup[w], g)
			}
			l.groups = append(l.groups, ws)
			g++
		})
		// The curated news synonyms join as groups of their own.
		for _, line := range strings.Split(newsSynonymsData, "\n") {
			if ws := strings.Fields(line); len(ws) > 1 && !strings.HasPrefix(line, "#") {
				for _, w := range ws {
					l.synGroup[w] = append(l.synGroup[w], g)
				}
				l.groups = append(l.groups, ws)
				g++
			}
		}
		eachLine("antonyms.txt.gz", func(s string) {
			if f := strings.Fields(s); len(f) == 2 && !samePlaceVerbs[f[0]+" "+f[1]] {
				l.antonyms[f[0]] = append(l.antonyms[f[0]], f[1])
				l.antonyms[f[1]] = append(l.antonyms[f[1]], f[0])
			}
		})
		eachLine("lemmas.txt.gz", func(s string) {
			if f := strings.Fields(s); len(f) == 2 {
				if _, ok := l.lemmas[f[0]]; !ok {
					l.lemmas[f[0]] = f[1]
				}
			}
		})
		eachLine("pos.txt.gz", func(s string) {
			if k := strings.IndexByte(s, '\t'); k > 0 {
				l.pos[s[:k]] = s[k+1:]
			}
		})
		lex = l
	})
	return lex
}

func eachLine(name string, fn func(string)) {
	data, err := lexFS.ReadFile("lexdata/" + name)
	if err != nil {
		panic("mtcheck: embedded lexical data missing: " + name)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		panic("mtcheck: embedded lexical data corrupt: " + name)
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		fn(sc.Text())
	}
}

// isWord reports a lower-case word of the dictionary.
func isWord(w string) bool { return lexdb().words[w] > 0 }

// lemma finds the dictionary form of a lower-case word form: an irregular
// form from WordNet's exception lists, else the first inflection-stripped
// candidate the dictionary knows ("hugging" → "hug", "cities" → "city"),
// else the word itself. Derivations stay ("leader", "finally").
func lemma(w string) string {
	l := lexdb()
	if b, ok := l.lemmas[w]; ok {
		// "offer" and "hinder" are words of their own, whose first reading
		// is a noun or verb, not comparatives of "off" and "hind".
		if w == b+"er" && (strings.HasPrefix(l.pos[w], "n") || strings.HasPrefix(l.pos[w], "v")) {
			return w
		}
		return b
	}
	if len(w) <= 3 || invariant[w] {
		return w
	}
	try := func(c string) bool { return len(c) >= 2 && l.words[c] > 0 }
	type rule struct{ suf, rep string }
	for _, r := range []rule{{"ies", "y"}, {"ied", "y"}, {"sses", "ss"}, {"ches", "ch"}, {"shes", "sh"}, {"xes", "x"},
		{"s", ""}, {"ing", ""}, {"ed", ""}} {
		if !strings.HasSuffix(w, r.suf) || r.suf == "s" && strings.HasSuffix(w, "ss") {
			continue
		}
		base := w[:len(w)-len(r.suf)]
		cands := []string{base + r.rep}
		if r.suf == "ing" || r.suf == "ed" {
			// hoped → hope, called → call, stopped → stop; a consonant is
			// doubled only after a single vowel ("stopped", not "beatting").
			cands = []string{base + "e", base}
			if n := len(base); n >= 3 && base[n-1] == base[n-2] && isVowelByte(base[n-3]) && (n < 4 || !isVowelByte(base[n-4])) {
				cands = append(cands, base[:n-1])
			}
		}
		// Of an -ed or -ing form, the verb: "crossed" is "cross", not the
		// noun "crosse"; "passed" "pass", not "passe".
		if r.suf == "ing" || r.suf == "ed" {
			for _, c := range cands {
				if try(c) && c != w && strings.IndexByte(l.pos[c], 'v') >= 0 {
					return c
				}
			}
		}
		for _, c := range cands {
			if try(c) && c != w {
				return c
			}
		}
	}
	return w
}

// synonyms reports whether two lemmas share one of their frequent WordNet
// senses.
func synonyms(a, b string) bool {
	if a == b {
		return true
	}
	l := lexdb()
	ga, gb := l.synGroup[a], l.synGroup[b]
	for _, x := range ga {
		for _, y := range gb {
			if x == y {
				return true
			}
		}
	}
	return false
}

// wordnetAntonyms reports whether two lemmas are WordNet antonyms.
// samePlaceVerbs are WordNet's opposites of posture that news uses alike
// for where a thing is ("Peru lies on" / "sits on the Ring of Fire").
var samePlaceVerbs = setOf("lie sit", "lie stand", "sit stand")

func wordnetAntonyms(a, b string) bool {
	for _, x := range lexdb().antonyms[a] {
		if x == b {
			return true
		}
	}
	return false
}

// canBe reports whether a token can be the part of speech tag (n, v, a,
// r), as its own form ("signed" the adjective) or as its lemma ("sign").
func canBe(t Token, tag byte) bool {
	l := lexdb()
	return strings.IndexByte(l.pos[t.Norm], tag) >= 0 || strings.IndexByte(l.pos[t.Lemma], tag) >= 0
}

func isVowelByte(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// verbKind holds a verb's senses and the acts they are kinds of
// (lexdata/verbkinds.txt.gz, from WordNet).
type verbKind struct{ senses, kinds []string }

var (
	verbKindsOnce sync.Once
	verbKindsMap  map[string]verbKind
)

// sameKindOfAct reports whether two verb lemmas name the same kind of act:
// synonyms, or a sense of one that is a sense, or the direct hypernym, of
// a sense of the other ("warn" / "inform", "blame" / "criticize"); not two
// sides of one event ("teach" / "learn") nor acts that are merely alike
// ("sell" / "buy").
func sameKindOfAct(a, b string) bool {
	if synonyms(a, b) {
		return true
	}
	verbKindsOnce.Do(func() {
		verbKindsMap = map[string]verbKind{}
		eachLine("verbkinds.txt.gz", func(s string) {
			if f := strings.Split(s, "\t"); len(f) == 3 {
				verbKindsMap[f[0]] = verbKind{strings.Fields(f[1]), strings.Fields(f[2])}
			}
		})
	})
	x, y := verbKindsMap[a], verbKindsMap[b]
	shared := func(p, q []string) bool {
		return slices.ContainsFunc(p, func(s string) bool { return slices.Contains(q, s) })
	}
	return shared(x.senses, y.senses) || shared(x.senses, y.kinds) || shared(x.kinds, y.senses)
}
