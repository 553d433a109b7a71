package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glossary lists preferred terms, the variants to avoid, and source-language
// terms with their required rendering.
//
// The file format is one entry per line; blank lines and lines starting with
// "#" are ignored, and " #" starts a comment at the end of a line:
//
//	Kyiv = Kiev, Kiew            preferred term = variants to avoid
//	Andriy Yermak                a known name (its spelling is the reference)
//	基辅 -> Kyiv                  a source term and the term it must become
type Glossary struct {
	Name    string
	Entries []GlossaryEntry
}

// GlossaryEntry is one line of a glossary.
type GlossaryEntry struct {
	Term     string
	Variants []string
	Source   string
	Line     int
	Note     string
}

// ParseGlossary reads the glossary format; errors name the line.
func ParseGlossary(name, text string) (*Glossary, error) {
	g := &Glossary{Name: name}
	text = strings.TrimPrefix(text, "\uFEFF")
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(strings.TrimSuffix(raw, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		note := ""
		if k := strings.Index(line, " #"); k >= 0 {
			note = strings.TrimSpace(line[k+2:])
			line = strings.TrimSpace(line[:k])
		}
		e := GlossaryEntry{Line: i + 1, Note: note}
		switch {
		case strings.Contains(line, "->"):
			parts := strings.SplitN(line, "->", 2)
			e.Source, e.Term = strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
			if e.Source == "" || e.Term == "" {
				return nil, fmt.Errorf("%s:%d: a source entry needs a term on both sides of \"->\"", name, i+1)
			}
		case strings.Contains(line, "="):
			parts := strings.SplitN(line, "=", 2)
			e.Term = strings.TrimSpace(parts[0])
			for _, v := range strings.Split(parts[1], ",") {
				if v = strings.TrimSpace(v); v != "" {
					e.Variants = append(e.Variants, v)
				}
			}
			if e.Term == "" || len(e.Variants) == 0 {
				return nil, fmt.Errorf("%s:%d: expected \"TERM = VARIANT, VARIANT\"", name, i+1)
			}
			for _, v := range e.Variants {
				if strings.EqualFold(v, e.Term) {
					return nil, fmt.Errorf("%s:%d: variant %q is the term itself", name, i+1, v)
				}
			}
		default:
			e.Term = line
		}
		if !hasWordChar(e.Term) {
			return nil, fmt.Errorf("%s:%d: term %q has no letters or digits", name, i+1, e.Term)
		}
		g.Entries = append(g.Entries, e)
	}
	return g, nil
}

// phraseMatch finds the token sequences of ts whose norms equal the words of
// phrase, case-insensitively. It returns [start, end) token index pairs.
func phraseMatch(ts []Token, phrase string) [][2]int {
	words := wordTokens(tokenize(phrase, 0, len(phrase)))
	if len(words) == 0 {
		return nil
	}
	var out [][2]int
	for i := 0; i+len(words) <= len(ts); i++ {
		ok := true
		for k, w := range words {
			if ts[i+k].Norm != w.Norm {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, [2]int{i, i + len(words)})
			i += len(words) - 1
		}
	}
	return out
}

// matchCase renders term in the case pattern of what it replaces: ALL CAPS
// stays all caps, and a capital at the start of a sentence stays.
func matchCase(term, found string) string {
	if isAllCaps(found) && utf8.RuneCountInString(found) > 1 {
		return strings.ToUpper(term)
	}
	r, _ := utf8.DecodeRuneInString(found)
	t, n := utf8.DecodeRuneInString(term)
	if unicode.IsUpper(r) && unicode.IsLower(t) {
		return string(unicode.ToUpper(t)) + term[n:]
	}
	return term
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// surfaceEnd is where the glossary phrase ending at token j-1 ends in the
// text: a possessive the phrase does not have stays outside ("Kiev’s" → "Kiev").
func surfaceEnd(ts []Token, j int) int {
	last := ts[j-1]
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(last.Text, suf) && len(last.Text) > len(suf)+1 {
			return last.End - len(suf)
		}
	}
	return last.End
}

type glossaryCheck struct{}

func init() { register(glossaryCheck{}) }

func (glossaryCheck) Info() Info {
	return Info{ID: "glossary", Definite: true, Title: "Term differs from the glossary", Category: CatTerminology, Severity: Major,
		Doc: `Flags a variant the glossary says to avoid ("Kiev" where the glossary has "Kyiv = Kiev"),
a glossary term written in the wrong case ("kyiv"), and, when the source is given, a source
term listed in the glossary ("基辅 -> Kyiv") whose rendering never appears in the article.
Matching is by whole words and ignores case; the suggestion keeps the case of the text it
replaces (KIEV → KYIV). Variants are major; a wrong case is minor.

Glossary format, one entry per line ("#" starts a comment):
    Kyiv = Kiev, Kiew        preferred term = variants to avoid
    Andriy Yermak            a known name: the name checks take its spelling as correct
    基辅 -> Kyiv              source term -> required rendering`}
}

func (g glossaryCheck) Run(c *Context) []Finding {
	if c.Glossary == nil {
		return nil
	}
	var out []Finding
	doc := c.Article
	for _, s := range doc.Sentences {
		words := s.words
		for ei := range c.Glossary.Entries {
			e := &c.Glossary.Entries[ei]
			ev := &Evidence{Kind: "glossary", File: c.Glossary.Name, Line: e.Line, Text: glossaryLine(e)}
			for _, v := range e.Variants {
				for _, m := range phraseMatch(words, v) {
					start, end := words[m[0]].Start, surfaceEnd(words, m[1])
					found := doc.Text[start:end]
					f := c.finding(g, s.Index, start, end, fmt.Sprintf("%s is to be avoided: the glossary has %s", quote(found), quote(e.Term)))
					f.Evidence, f.Suggestion = ev, matchCase(e.Term, found)
					out = append(out, f)
				}
			}
			if !hasUpper(e.Term) {
				continue
			}
			for _, m := range phraseMatch(words, e.Term) {
				start, end := words[m[0]].Start, surfaceEnd(words, m[1])
				found := doc.Text[start:end]
				if found == e.Term || isAllCaps(found) || strings.Contains(found, "\n") {
					continue
				}
				f := c.finding(g, s.Index, start, end, fmt.Sprintf("%s is written %s in the glossary", quote(found), quote(e.Term)))
				f.Severity, f.Evidence, f.Suggestion = Minor, ev, e.Term
				out = append(out, f)
			}
		}
	}
	if c.Source != nil {
		for ei := range c.Glossary.Entries {
			e := &c.Glossary.Entries[ei]
			if e.Source == "" || !strings.Contains(c.Source.Text, e.Source) {
				continue
			}
			found := false
			for _, s := range doc.Sentences {
				if len(phraseMatch(s.words, e.Term)) > 0 {
					found = true
					break
				}
			}
			if !found {
				f := c.finding(g, -1, 0, 0, fmt.Sprintf("the source has %s, which the glossary renders %s, but the article never says %s", quote(e.Source), quote(e.Term), quote(e.Term)))
				f.Evidence = &Evidence{Kind: "glossary", File: c.Glossary.Name, Line: e.Line, Text: glossaryLine(e)}
				out = append(out, f)
			}
		}
	}
	return out
}

func glossaryLine(e *GlossaryEntry) string {
	switch {
	case e.Source != "":
		return e.Source + " -> " + e.Term
	case len(e.Variants) > 0:
		return e.Term + " = " + strings.Join(e.Variants, ", ")
	}
	return e.Term
}
