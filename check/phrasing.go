package check

import (
	"fmt"
	"hash/fnv"
	"strings"
)

// PhraseIndex answers how often word sequences occur in a reference corpus
// of good English (see corpus.BuildPhraseIndex). Words are lower-cased
// token norms.
type PhraseIndex interface {
	// Count returns how often the sequence (one to three words) occurs.
	Count(words ...string) int
	// Tokens is the number of words in the corpus.
	Tokens() int
	// Name says where the corpus is (its folder), for evidence.
	Name() string
}

// PhraseKey hashes a word sequence the way phrase indexes store it.
func PhraseKey(words ...string) uint64 {
	h := fnv.New64a()
	for i, w := range words {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(w))
	}
	return h.Sum64()
}

type phrasingCheck struct{}

func init() { register(phrasingCheck{}) }

func (phrasingCheck) Info() Info {
	return Info{ID: "phrasing", Title: "Word sequence the reference corpus does not support", Category: "fluency/awkward",
		Severity: Minor,
		Doc: `Runs with --corpus DIR (or corpus: in the config): a folder of well-written English (an
archive of the newsroom's own copy) indexed once into word, pair and triple counts. A pair of
words that are each common in the corpus but never occur together, although their frequencies
say they should, is flagged ("dips in the battle", "by the music school when"), and so is a
triple never seen although both of its pairs are frequent. The span is the unsupported
sequence; the evidence is the closest well-attested phrasing the corpus has (the same words
with a synonym, or with one word between them). It is conservative by design: words the corpus
barely knows, names and numbers are never judged, so ordinary sentences stay quiet even with a
small corpus.`}
}

// minWordCount: a word seen fewer times than this in the corpus is not
// known well enough to judge its company.
const minWordCount = 5

func (chk phrasingCheck) Run(c *Context) []Finding {
	ix := c.Phrases
	if ix == nil || ix.Tokens() == 0 {
		return nil
	}
	n := float64(ix.Tokens())
	var out []Finding
	for i, s := range c.Article.Sentences {
		ws := phraseWords(s.Tokens)
		flagged := -1 // last word index already in a finding
		for k := 1; k < len(ws); k++ {
			a, b := ws[k-1], ws[k]
			if k-1 <= flagged || !judgeable(a) || !judgeable(b) {
				continue
			}
			ca, cb := ix.Count(a.Norm), ix.Count(b.Norm)
			if ca < minWordCount || cb < minWordCount {
				continue
			}
			// A pair: never together, although independence predicts it.
			if ix.Count(a.Norm, b.Norm) == 0 && float64(ca)*float64(cb)/n >= 3 && (a.IsContent() || b.IsContent()) {
				out = append(out, chk.finding(c, i, s, a, b, []Token{a, b}, ix))
				flagged = k
				continue
			}
			// A triple: both pairs frequent, the triple never seen.
			if k >= 2 {
				z := ws[k-2]
				if k-2 <= flagged || !judgeable(z) {
					continue
				}
				cza, cab := ix.Count(z.Norm, a.Norm), ix.Count(a.Norm, b.Norm)
				if cza >= 3 && cab >= 3 && ix.Count(z.Norm, a.Norm, b.Norm) == 0 &&
					float64(cza)*float64(cab)/float64(max(ca, 1)) >= 3 && (z.IsContent() || b.IsContent()) {
					out = append(out, chk.finding(c, i, s, z, b, []Token{z, a, b}, ix))
					flagged = k
				}
			}
		}
	}
	return out
}

func (chk phrasingCheck) finding(c *Context, i int, s *Sentence, first, last Token, seq []Token, ix PhraseIndex) Finding {
	text := c.Article.Display(first.Start, last.End)
	f := c.finding(chk, i, first.Start, last.End, fmt.Sprintf("%s is not attested in the reference corpus", quote(text)))
	if alt := attested(seq, ix); alt != "" {
		f.Message = fmt.Sprintf("%s is not attested in the reference corpus, which has %s", quote(text), quote(alt))
		f.Evidence = &Evidence{Kind: "corpus", File: ix.Name(), Text: alt}
	}
	return f
}

// PhraseSequence is what a phrase index counts of a sentence: the norms of
// its words, with "" where a comma, colon, bracket or dash breaks the run.
func PhraseSequence(s *Sentence) []string {
	var out []string
	for _, t := range phraseWords(s.Tokens) {
		out = append(out, t.Norm)
	}
	return out
}

// phraseWords are the word tokens a phrase index knows: lower-case norms,
// punctuation dropped (a sentence boundary or comma still separates).
func phraseWords(ts []Token) []Token {
	var out []Token
	for _, t := range ts {
		if t.Kind == Punct {
			if strings.ContainsAny(t.Text, ",;:()\"“”—–") {
				out = append(out, Token{Kind: Punct})
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

// judgeable: a lower-case dictionary-like word (not a name, number or
// punctuation placeholder).
func judgeable(t Token) bool {
	return t.Kind == Word && !t.Cap && t.Norm != "" && isASCIIWord(t.Norm)
}

// attested finds the closest well-attested phrasing: the sequence with one
// word replaced by a synonym the corpus has in that company.
func attested(seq []Token, ix PhraseIndex) string {
	words := make([]string, len(seq))
	for i, t := range seq {
		words[i] = t.Norm
	}
	best, bestN := "", 2
	l := lexdb()
	for i, t := range seq {
		if t.Stop {
			continue
		}
		for _, g := range l.synGroup[t.Lemma] {
			for _, syn := range l.groups[g] {
				if syn == t.Lemma {
					continue
				}
				// The synonym as the corpus may inflect it.
				for _, w := range []string{syn, syn + "s", syn + "ing", syn + "ed", strings.TrimSuffix(syn, "e") + "ing"} {
					if w == t.Norm {
						continue
					}
					alt := append([]string(nil), words...)
					alt[i] = w
					if c := ix.Count(alt...); c > bestN || c == bestN && strings.Join(alt, " ") < best {
						best, bestN = strings.Join(alt, " "), c
					}
				}
			}
		}
	}
	return best
}
