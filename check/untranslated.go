package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foreignScripts are scripts that do not belong in English text.
var foreignScripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"CJK", unicode.Han}, {"Japanese", unicode.Hiragana}, {"Japanese", unicode.Katakana},
	{"Korean", unicode.Hangul}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek},
	{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"Thai", unicode.Thai},
	{"Devanagari", unicode.Devanagari}, {"Bengali", unicode.Bengali}, {"Tamil", unicode.Tamil},
	{"Georgian", unicode.Georgian}, {"Armenian", unicode.Armenian}, {"Persian", unicode.Arabic},
}

func scriptOf(r rune) string {
	// Latin and its extensions come first in Unicode: the common case is
	// answered without a table search.
	if r < 0x370 || !unicode.IsLetter(r) {
		return ""
	}
	for _, s := range foreignScripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	if unicode.Is(unicode.Latin, r) {
		return ""
	}
	// Any other script (Sinhala, Ethiopic, Khmer …), named by Unicode.
	for name, table := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(table, r) {
			return name
		}
	}
	return ""
}

// Function words of languages that are often left untranslated in Latin
// script. A sentence made of these and not of English ones was not translated.
var langStopwords = map[string]map[string]bool{
	"German":     setOf(strings.Fields("der die das und ist nicht mit von den dem des ein eine einer sich auf für auch wurde werden hat zu im es sie wir ich dass wird sind oder aber bei nach über noch nur schon")...),
	"French":     setOf(strings.Fields("de le la les et est des une un du dans pour que qui pas sur avec il elle nous sont été au aux ce cette mais ou donc très aussi leur en")...),
	"Spanish":    setOf(strings.Fields("de el la los las y es del una un en que por con para se no su al lo como más pero fue han ha dijo muy también sus")...),
	"Italian":    setOf(strings.Fields("il lo gli le e è di della una un che per con non si sono del al nel è stato anche come")...),
	"Portuguese": setOf(strings.Fields("de o os a as e é do da dos das um uma em que para com não se foi por mais como ao")...),
	"Dutch":      setOf(strings.Fields("de het een en is van dat niet met op voor zijn ook aan er maar om bij werd")...),
}

// foreignLanguage guesses whether a run of Latin-script words is a language
// other than English, by its share of each language's function words.
func foreignLanguage(ts []Token) string {
	words, en := 0, 0
	var counts langCounts
	for _, t := range ts {
		if t.Kind != Word {
			continue
		}
		words++
		if stopwords[t.Norm] {
			en++
		}
		counts.add(t.Norm)
	}
	if words < 5 {
		return ""
	}
	best, bestN := counts.best()
	if float64(bestN) >= 0.25*float64(words) && float64(en) < 0.12*float64(words) && bestN > en {
		return best
	}
	return ""
}

// stopwordLangs maps each function word of langStopwords to the languages
// (bits, in the order of langNames) that have it, so that counting a word
// is one lookup.
var langNames, stopwordLangs = func() ([]string, map[string]uint32) {
	var names []string
	for lang := range langStopwords {
		names = append(names, lang)
	}
	sort.Strings(names)
	if len(names) > len(langCounts{}) {
		panic("check: langCounts holds fewer languages than langStopwords")
	}
	m := map[string]uint32{}
	for i, lang := range names {
		for w := range langStopwords[lang] {
			m[w] |= 1 << i
		}
	}
	return names, m
}()

// langCounts counts function words per language of langStopwords.
type langCounts [8]int

func (c *langCounts) add(w string) {
	for bits, i := stopwordLangs[w], 0; bits != 0; bits, i = bits>>1, i+1 {
		if bits&1 != 0 {
			c[i]++
		}
	}
}

// best is the language with most function words (the first in
// alphabetical order on a tie) and their number; "" and 0 when none.
func (c *langCounts) best() (string, int) {
	best, n := "", 0
	for i, lang := range langNames {
		if c[i] > n {
			best, n = lang, c[i]
		}
	}
	return best, n
}

type untranslatedCheck struct{}

func init() { register(untranslatedCheck{}) }

func (untranslatedCheck) Info() Info {
	return Info{ID: "untranslated", Definite: true, Title: "Text left in the source language", Category: "non-translation",
		Severity: Major,
		Doc: `Flags text in a script that is not English (Chinese, Japanese, Korean, Cyrillic, Arabic,
Greek, Hebrew, Thai, Devanagari …) and Latin-script sentences whose function words are German,
French, Spanish, Italian, Portuguese or Dutch rather than English. A fragment is major; a
sentence that is mostly untranslated is critical. A short gloss in parentheses after an English
name ("Xinhua (新华社)") is minor. With a reference, words of another language standing for
English ones are flagged too ("infarto" / "heart attack", "die Zinsen" / "interest rates",
"panne de signalisation" / "signal failure"): a run of words the dictionary lacks, or another
language's function word among words that render nothing of the passage, where the passage has
ordinary English (or a name, when the sentence says it with such a function word: "voor
Kerstmis" / "before Christmas"); a word within a slip of a passage or dictionary word is a misspelling instead,
unless the Spanish, Portuguese, French or Dutch dictionary has it ("mayores" is no slip of
"mayors", nor "candidato", with that language's last vowel, of "candidate"), and two words side by side that one of those dictionaries has are a phrase of it
however close each is to an English word ("personas mayores", "cordas vocais"), as are two
lower-case words side by side that no dictionary here has ("centrul istoric" / "historic
centre": two slips in a row are far rarer than a phrase left in its language). French and Dutch
list many English loans, so a word only they have counts only beside another word of theirs.
Phrases English borrows whole ("film noir", "tour de force") are English, and so are compounds
the dictionary lacks of two words or of a prefix and a common word ("cyberattack", "reboot"; not
"de" and the rare "prem", Turkish "deprem"). A lower-case word with
letters English never writes ("creștere"; not the accents English borrows, "café", "naïve"), or
with those accents but in no English list even without them and in a foreign dictionary
("grève", "sécurité"), is flagged wherever it stands (and, where no difference of the alignment
accounts for it, a word only a Spanish or Portuguese dictionary has, no slip of an English word:
"This puente will …"), unless a reference has it, even without its accents ("złoty" /
"zloty"). Works without a reference.`}
}

func (chk untranslatedCheck) Run(c *Context) []Finding {
	var out []Finding
	doc := c.Article
	for _, s := range doc.Sentences {
		letters := 0
		type run struct {
			start, end int
			script     string
			n          int
		}
		var runs []run
		for off, r := range doc.plain[s.Start:s.End] {
			// A vowel sign or other mark belongs to the letter before it
			// ("ශ්‍රී"): it extends a run of another script.
			if n := len(runs); n > 0 && unicode.Is(unicode.M, r) && runs[n-1].end == s.Start+off {
				runs[n-1].end += utf8.RuneLen(r)
				continue
			}
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			sc := scriptOf(r)
			if sc == "" {
				continue
			}
			pos := s.Start + off
			w := len(string(r))
			if n := len(runs); n > 0 && runs[n-1].script == sc && onlyGlue(doc.plain[runs[n-1].end:pos]) {
				runs[n-1].end = pos + w
				runs[n-1].n++
				continue
			}
			runs = append(runs, run{pos, pos + w, sc, 1})
		}
		foreign := 0
		for _, r := range runs {
			foreign += r.n
		}
		for _, r := range runs {
			f := c.finding(chk, s.Index, r.start, r.end, fmt.Sprintf("%s text left untranslated: %s", r.script, quote(doc.Display(r.start, r.end))))
			// The reference passage, when there is one, is the translation
			// the editor needs.
			f.Evidence = c.passageEvidence(s.Index)
			switch {
			case foreign*2 > letters:
				f.Severity = Critical
				f.Message = fmt.Sprintf("the sentence is mostly untranslated %s text", r.script)
			case inParens(doc.plain, r.start, r.end):
				f.Severity = Minor
				f.Message = fmt.Sprintf("%s gloss in parentheses: %s", r.script, quote(doc.Display(r.start, r.end)))
			}
			out = append(out, f)
		}
		if len(runs) == 0 {
			if lang := foreignLanguage(s.Tokens); lang != "" {
				f := c.finding(chk, s.Index, s.Start, s.End, fmt.Sprintf("the sentence appears to be %s, not English", lang))
				f.Severity, f.Evidence = Critical, c.passageEvidence(s.Index)
				out = append(out, f)
			} else if frs := foreignFragments(s.Tokens); len(frs) > 0 {
				for _, fr := range frs {
					start, end := fr.ts[0].Start, fr.ts[len(fr.ts)-1].End
					f := c.finding(chk, s.Index, start, end, fmt.Sprintf("%s text left untranslated: %s", fr.lang, quote(doc.Display(start, end))))
					f.Evidence = c.passageEvidence(s.Index)
					out = append(out, f)
				}
			} else {
				fw := chk.foreignWords(c, s.Index)
				out = append(out, fw...)
				out = append(out, chk.lexiconWords(c, s.Index, fw)...)
			}
		}
	}
	return out
}

// onlyGlue: between two runs of one script there is only space and
// punctuation, so they are one stretch of untranslated text.
func onlyGlue(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) && r < 0x80 {
			return false
		}
	}
	return len(s) < 12
}

func inParens(plain string, start, end int) bool {
	before := strings.TrimRightFunc(plain[:start], isSpace)
	after := strings.TrimLeftFunc(plain[end:], isSpace)
	return (strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（")) &&
		(strings.HasPrefix(after, ")") || strings.HasPrefix(after, "）"))
}

// Language reports whether a document reads as English. It returns "" for
// English (or text too short to tell) and otherwise a short description such
// as "CJK script" or "German", for warnings about references and
// sources given the wrong way round.
func Language(d *Document) string {
	letters, latin := 0, 0
	scripts := map[string]int{}
	for _, r := range d.plain {
		if r < utf8.RuneSelf {
			// Fast path for the common case: an ASCII letter is Latin.
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				letters++
				latin++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if sc := scriptOf(r); sc != "" {
			scripts[sc]++
		} else if unicode.Is(unicode.Latin, r) {
			latin++
		}
	}
	if letters < 20 {
		return ""
	}
	best, bestN := "", 0
	for sc, n := range scripts {
		if n > bestN || n == bestN && sc < best {
			best, bestN = sc, n
		}
	}
	if bestN*2 > letters {
		return best + " script"
	}
	var all []Token
	for _, s := range d.Sentences {
		all = append(all, s.Tokens...)
		if len(all) > 2000 {
			break
		}
	}
	return foreignLanguage(all)
}

// latinLoans are foreign words English uses as its own ("et al.", "per
// se", "de facto", "status quo").
var latinLoans = setOf(strings.Fields("et al per se vice versa ad hoc de facto jure quo status via bona fide ipso persona non grata vis-à-vis vis-a-vis capita")...)

type fragment struct {
	lang string
	ts   []Token
}

// foreignFragments finds runs of three or more words in a Latin-script
// language other than English inside an English sentence ("he said que la
// situación es grave"): every word of the run is either another language's
// function word (and no English one) or no English word at all, at least
// two are function words of one language, and no punctuation breaks it.
func foreignFragments(ws []Token) []fragment {
	foreignish := func(t Token) bool {
		if t.Kind != Word || stopwords[t.Norm] || latinLoans[t.Norm] {
			return false
		}
		if isForeignStopword(t.Norm) {
			return true
		}
		return !isWord(t.Norm) && !isWord(t.Lemma) && !lexdb().names[t.Norm]
	}
	var out []fragment
	for k := 0; k < len(ws); {
		if !foreignish(ws[k]) {
			k++
			continue
		}
		e := k
		for e < len(ws) && foreignish(ws[e]) {
			e++
		}
		// Particles before a name ("von der Leyen", "de la Cruz") are not
		// a fragment: the run needs a lower-case word of its own.
		lowerWord := false
		for _, t := range ws[k:e] {
			if !t.Cap && !isForeignStopword(t.Norm) {
				lowerWord = true
			}
		}
		if e-k >= 3 && lowerWord {
			var counts langCounts
			for _, t := range ws[k:e] {
				counts.add(t.Norm)
			}
			if best, n := counts.best(); n >= 2 {
				out = append(out, fragment{best, ws[k:e]})
			}
		}
		k = e
	}
	return out
}

// isForeignStopword reports whether w is a function word of langStopwords.
func isForeignStopword(w string) bool { return stopwordLangs[w] != 0 }

// sameLanguageWord names the languages that have the function word stop
// and whose lexicons have the word w ("Dutch or French"), or "".
func sameLanguageWord(stop, w string) string {
	var langs []string
	for bits, i := stopwordLangs[stop], 0; bits != 0; bits, i = bits>>1, i+1 {
		if bits&1 == 0 {
			continue
		}
		for _, l := range foreignLexicons() {
			if l.lang == langNames[i] && l.has(w) {
				langs = append(langs, l.lang)
			}
		}
	}
	return strings.Join(langs, " or ")
}

// lexiconWords finds a long lower-case word that no English dictionary has,
// a Spanish or Portuguese one does, and no English word is one slip from
// ("aproximadamente"), however the sentence aligns: it is that
// language's, not a misspelling. French and Dutch list too many English
// loans to say so alone; shorter words are too often near English ones.
func (chk untranslatedCheck) lexiconWords(c *Context, i int, found []Finding) []Finding {
	var out []Finding
	ws := c.pairs[i].a
	covered := func(start, end int) bool {
		return slices.ContainsFunc(found, func(f Finding) bool { return f.Start <= start && end <= f.End }) ||
			slices.ContainsFunc(out, func(f Finding) bool { return f.Start <= start && end <= f.End })
	}
	// Another language's function word before a word of that language's
	// dictionary that English lacks ("euros en liquide").
	for k := 0; k+1 < len(ws); k++ {
		fw, w := ws[k], ws[k+1]
		if fw.Cap || stopwords[fw.Norm] || !isForeignStopword(fw.Norm) || w.Kind != Word || w.Cap || englishWord(w) ||
			inLoanPhrase(ws, k) || covered(fw.Start, w.End) {
			continue
		}
		lang := sameLanguageWord(fw.Norm, w.Norm)
		if lang == "" {
			continue
		}
		f := c.finding(chk, i, fw.Start, w.End, fmt.Sprintf("%s looks left untranslated: %s words, not English ones", quote(c.Article.Display(fw.Start, w.End)), lang))
		f.Evidence = c.passageEvidence(i)
		out = append(out, f)
	}
	for k, t := range ws {
		if covered(t.Start, t.End) {
			continue
		}
		if t.Kind != Word || t.Cap || len(t.Norm) < 7 || strings.Contains(t.Norm, "-") || englishWord(t) ||
			lexiconLanguages(t.Norm)&^loanHeavyLexicons == 0 || dictionaryNeighbour(t.Norm) != "" || inLoanPhrase(ws, k) {
			continue
		}
		if _, known := c.names.known[t.Norm]; known {
			continue
		}
		f := c.finding(chk, i, t.Start, t.End, fmt.Sprintf("%s looks left untranslated: a %s word, not an English one", quote(t.Text), lexiconLanguageNames(t.Norm)))
		f.Evidence = c.passageEvidence(i)
		out = append(out, f)
	}
	return out
}

// foreignWords finds words of another language standing for English ones:
// a run of words that are not English (nor names the references know) in a
// difference whose passage side is ordinary English ("infarto" / "heart
// attack", "Kakaopreise" / "Cocoa prices", "pescado contaminado" /
// "contaminated fish"). A run is foreign only when one of its words is no
// misspelling of a passage word, so "goverment" stays a spelling slip.
// Without a reference, a lower-case word with letters English does not use
// ("całokształt") that the dictionary lacks is foreign too.
func (chk untranslatedCheck) foreignWords(c *Context, i int) []Finding {
	p := c.pairs[i]
	// A word of a loan phrase ("de facto", "per se") is English; "de" on
	// its own is not.
	loan := func(k int) bool {
		return strings.Contains(p.a[k].Norm, "-") && latinLoans[p.a[k].Norm] || inLoanPhrase(p.a, k) ||
			latinLoans[p.a[k].Norm] && (k > 0 && latinLoans[p.a[k-1].Norm] || k+1 < len(p.a) && latinLoans[p.a[k+1].Norm])
	}
	foreignAt := func(k int) bool {
		t := p.a[k]
		// Acronyms and hyphenated names ("CPC", "Hong Kong-Macau") are names.
		if t.Kind != Word || stopwords[t.Norm] || loan(k) || isAllCaps(t.Text) || t.Cap && strings.Contains(t.Norm, "-") {
			return false
		}
		if _, known := c.names.known[t.Norm]; known {
			return false
		}
		// English by its parts ("may" + "ores") counts for less than a
		// foreign dictionary's word ("mayores").
		return foreignFunctionAt(p.a, k) || !lexdb().names[t.Norm] && (!englishWord(t) ||
			!inDictionary(t) && !t.Cap && foreignByLexicon(p, k) || !t.Cap && rareLoan(t) && !namedInRefs(c, []Token{t}))
	}
	report := func(ts []Token, other string) Finding {
		start, end := ts[0].Start, ts[len(ts)-1].End
		text := c.Article.Display(start, end)
		f := c.finding(chk, i, start, end, fmt.Sprintf("%s looks left untranslated", quote(text)))
		if other != "" {
			f.Message = fmt.Sprintf("%s looks left untranslated; the reference has %s", quote(text), quote(other))
			f.Suggestion = other
		}
		f.Evidence = c.passageEvidence(i)
		return f
	}
	var out []Finding
	// A lower-case word with letters English never writes ("creștere")
	// that the references have in no form, not even without its accents
	// ("złoty" / "zloty"): another language's, wherever it stands and
	// however loose the rest.
	// So is one with the accents English borrows ("grève", "forêt",
	// "sécurité") that no English list has even without them and a foreign
	// dictionary has: "café" and "naïve" are English.
	lettered := map[int]bool{}
	for k, t := range p.a {
		folded := foldAccents(t.Norm)
		accented := !nonEnglishLetters(t.Text) && folded != t.Norm && lexdb().words[folded] == 0 && !isWord(t.Norm) && lexiconLanguages(t.Norm) != 0
		if !t.Cap && (nonEnglishLetters(t.Text) || accented) && foreignAt(k) && !isForeignStopword(t.Norm) && !inAnyRef(c, t) {
			lettered[k] = true
			out = append(out, report([]Token{t}, ""))
		}
	}
	if p.align == nil {
		return out
	}
	for _, r := range p.regions {
		// A word for a word or a short phrase for a short phrase: in a
		// long rephrased stretch, nothing says which words stand for which.
		if r.emptyA() || r.A1-r.A0 > 6 || r.B1-r.B0 > 5 {
			continue
		}
		// Most differences are English on both sides: look no further.
		candidate := false
		for k := r.A0; k < r.A1 && !candidate; k++ {
			candidate = foreignAt(k) && !lettered[k]
		}
		if !candidate {
			continue
		}
		// What the passage has there: its side of the difference, or, when
		// a shared word splits the difference ("tormenta tropical" /
		// "tropical storm"), the unmatched words just around it.
		var other []Token
		for j := max(0, r.B0-3); j < min(len(p.b), r.B1+3); j++ {
			if j >= r.B0 && j < r.B1 || p.matchB[j] < 0 {
				other = append(other, p.b[j])
			}
		}
		// English words, not a name — unless the sentence says it with
		// another language's function word ("voor Kerstmis" / "before
		// Christmas"): a phrase of that language, name and all.
		if len(other) == 0 || len(other) > 5 || !plainEnglish(other) && !(len(other) <= 3 && functionWordIn(p.a, r) && wordsOnly(other)) {
			continue
		}
		// A name against a name ("La Silla" / "Paranal", "El Paso" /
		// "Tucson") is wrong-entity's, whatever its function word.
		// So is a name before the same capitalised word on both sides
		// ("the Xiang River" / "the Gan River"), whatever the dictionary
		// says of "Gan".
		// And a name where the passage has a pronoun or a description
		// ("Telvaro said" / "the company said").
		if capitalisedRun(p.a[r.A0:r.A1]) && (properNameIn(other) || !r.emptyB() && capitalisedRun(p.b[r.B0:r.B1]) &&
			r.A1 < len(p.a) && r.B1 < len(p.b) && p.a[r.A1].Cap && p.matchA[r.A1] == r.B1 || entityDescription(other)) {
			continue
		}
		if fn, strange := foreignPhrase(p, r, other, loan); fn && strange {
			// Another language's function word among words that render
			// nothing the passage has ("panne de signalisation" / "signal
			// failure"): the words are that language's, whatever the
			// dictionary says of each alone.
			out = append(out, report(p.a[r.A0:r.A1], joinTokens(p.ref, focusOther(p, r.A0, other))))
			continue
		}
		for k := r.A0; k < r.A1; {
			if !foreignAt(k) {
				k++
				continue
			}
			e := k
			for e < r.A1 && foreignAt(e) {
				e++
			}
			// A capitalised word one slip from a name of the passage is
			// that name misspelt ("Holup" / "Holub"), name-spelling's.
			// A capitalised run that says something is a name ("In a
			// statement, Telvaro said …").
			// Not one with "the" before it ("the Bundesamt said") or letters
			// English does not use.
			if e-k == 1 && p.a[k].Cap && nearPassageName(p, p.a[k:e]) ||
				e-k == 1 && p.a[k].Cap && e < len(p.a) && reportingVerbs[p.a[e].Norm] && (k == 0 || p.a[k-1].Norm != "the") && !nonEnglishLetters(p.a[k].Text) {
				k = e
				continue
			}
			// A word of another language's dictionary that English has too
			// ("personas" beside "mayores") belongs to the run when the
			// passage has nothing for it either.
			var langs uint8
			for x := k; x < e; x++ {
				langs |= lexiconLanguages(p.a[x].Norm)
			}
			widen := func(x int) bool {
				t := p.a[x]
				return langs != 0 && t.Kind == Word && !t.Cap && p.matchA[x] < 0 && !stopwords[t.Norm] &&
					lexiconLanguages(t.Norm)&langs != 0
			}
			for k > r.A0 && widen(k-1) {
				k--
			}
			for e < r.A1 && widen(e) {
				e++
			}
			// Two words or more that a foreign dictionary has, and nothing
			// else: a phrase of that language, however near each word is to
			// an English one ("cordas vocais" / "vocal cords").
			inLexicon, lexicalWords := 0, 0
			for x := k; x < e; x++ {
				if !foreignFunctionAt(p.a, x) {
					lexicalWords++
					if lexiconLanguages(p.a[x].Norm) != 0 {
						inLexicon++
					}
				}
			}
			phrase := inLexicon >= 2 && inLexicon == lexicalWords
			// Words the passage has there beyond one for each of the run's.
			extra := len(other) - (e - k)
			stranger := false // a word that is no slip of a passage word
			function, lexical := 0, 0
			for x := k; x < e; x++ {
				t := p.a[x]
				if foreignFunctionAt(p.a, x) {
					function++
					continue
				}
				lexical++
				// A long word one letter from an English word is a slip
				// ("jounalists", "defaet"); short words are all near some
				// word ("lundi", "lungi").
				// A word of another language's dictionary is no slip
				// ("mayores", not "mayors").
				// The slip must be of a common word or of a passage word:
				// "obligasi" standing for "bonds" is no slip of the rare
				// "obligati".
				// A capital inside the sentence is no slip of a common word
				// ("Rentner" / "pensioners" is no "renter").
				nb := dictionaryNeighbour(t.Norm)
				inPassage := slices.ContainsFunc(p.b, func(u Token) bool { return u.Norm == nb })
				// Nor, of a word the passage does not have, a word of any
				// foreign dictionary with another letter in it ("amendes" /
				// "penalties" is no "amended"; "donnate" is a slip of
				// "donate").
				// Word for word, a letter changed makes a slip of the word the
				// passage has there (or one of its synonyms), or of a word
				// with an English ending ("adviced"): not of another word
				// ("bandara" / "airport" is no "bandana", "helger" /
				// "weekends" no "helper").
				substituted := letterDifference(t.Norm, nb) > 0 && letterDifference(nb, t.Norm) > 0
				unrelated := len(other) == 1 && e-k == 1 && substituted && !englishEnding(t.Norm) && !synonyms(lemma(nb), other[0].Lemma) &&
					!typingSlip(t.Norm, nb)
				slip := len(t.Norm) >= 6 && nb != "" && (lexdb().words[nb] == 1 && !(t.Cap && x > 0) && !(substituted && lexiconLanguages(t.Norm) != 0) && !unrelated || inPassage) &&
					!phrase && !foreignByLexicon(p, x)
				// A capitalised word inside the sentence may be a name the
				// reference leaves out; it counts only word for word
				// ("Wartung" / "maintenance"), as a long compound against a
				// phrase ("Arbeitslosenquote" / "unemployment rate"), or
				// with letters English does not use ("März" / "March").
				// Against a name of the passage that is no English word it is
				// a name too ("Mato Grosso" / "Minas Gerais"; not
				// "Finanzministerium" / "Finance Ministry").
				// So is a name the references have in another form, or one
				// made from a name of the passage ("Kestrian" / "Kestria").
				name := t.Cap && x > 0 && !nonEnglishLetters(t.Text) && (extra > 2 || extra > 0 && len([]rune(t.Norm)) < 9 || properNameIn(p.b[r.B0:r.B1]) ||
					namedInRefs(c, []Token{t}) || derivedFromPassageName(p, t))
				// Against a long rephrasing a rare English word is likelier
				// than a foreign one.
				loose := extra > 3
				// A lower-case word with letters English does not use is
				// another language's, however close to the passage's word
				// ("finał" / "final") — unless without them it is a rare
				// English loan from that language ("złoty" / "zloty").
				// Only a common word the passage has: "œuvre", "ångström",
				// "sumō" are English spellings.
				folded := foldAccents(t.Norm)
				foreignLetters := !t.Cap && nonEnglishLetters(t.Text) && lexdb().words[folded] == 1 &&
					slices.ContainsFunc(other, func(u Token) bool { return u.Norm == folded })
				// Near a passage word, a word of a foreign dictionary is that
				// language's unless a typist's slip explains it ("hospitais" /
				// "hospitals" is Portuguese; "hospitsls" a slip).
				near := nearPassageWord(t, other) && !(lexiconLanguages(t.Norm) != 0 && !typistSlipOf(t, other))
				if len(t.Norm) >= 3 && !slip && !name && (phrase || !loose && !near) || foreignLetters {
					stranger = true
				}
			}
			// Another language's function word beside a word English does
			// not have ("ministres de la", "die Zinsen") is foreign too. So
			// are two lower-case words or more that English lacks side by
			// side, however near each is to an English word: two slips in a
			// row are far rarer than a phrase left in its language
			// ("centrul istoric" / "historic centre").
			lower := 0
			for x := k; x < e; x++ {
				if !foreignFunctionAt(p.a, x) && !p.a[x].Cap && len(p.a[x].Norm) >= 3 {
					lower++
				}
			}
			if stranger || function > 0 && lexical > 0 || lower >= 2 && lower == lexical {
				out = append(out, report(p.a[k:e], joinTokens(p.ref, focusOther(p, k, other))))
			}
			k = e
		}
	}
	// And, where no difference of the alignment accounts for it, a word
	// only a Spanish or Portuguese dictionary has that is no slip of an
	// English word, however loose the rest ("the old puente over the
	// river").
	for k, t := range p.a {
		if t.Cap || lettered[k] || len(t.Norm) < 5 || lexdb().words[t.Norm] != 0 || lexdb().words[t.Lemma] != 0 ||
			lexiconLanguages(t.Norm)&^loanHeavyLexicons == 0 || dictionaryNeighbour(t.Norm) != "" ||
			!foreignAt(k) || isForeignStopword(t.Norm) || inAnyRef(c, t) ||
			slices.ContainsFunc(out, func(f Finding) bool { return f.Start <= t.Start && t.End <= f.End }) {
			continue
		}
		out = append(out, report([]Token{t}, ""))
	}
	return out
}

// functionWordIn: the sentence's side of r holds another language's
// function word.
func functionWordIn(ts []Token, r region) bool {
	for k := r.A0; k < r.A1; k++ {
		if foreignFunctionAt(ts, k) {
			return true
		}
	}
	return false
}

// wordsOnly: ws are words, no number among them.
func wordsOnly(ws []Token) bool {
	return !slices.ContainsFunc(ws, func(u Token) bool { return u.Kind != Word })
}

var ligatures = strings.NewReplacer("œ", "oe", "æ", "ae")

// typistSlipOf: t is one of the words with its accents or ligatures
// written otherwise, or one typing slip from it: a letter added, dropped,
// swapped with its neighbour, or replaced by a vowel for a vowel or a key
// beside it.
func typistSlipOf(t Token, ws []Token) bool {
	for _, u := range ws {
		// The same word with accents or a ligature ("œuvre" / "oeuvre").
		if ligatures.Replace(foldAccents(t.Norm)) == ligatures.Replace(foldAccents(u.Norm)) {
			return true
		}
		// A word of a foreign dictionary that differs in its last vowel
		// has that language's ending, no slip ("candidato" / "candidate").
		if n := len(t.Norm); n == len(u.Norm) && n > 1 && t.Norm[:n-1] == u.Norm[:n-1] && lexiconLanguages(t.Norm) != 0 {
			continue
		}
		if editDistance(t.Norm, u.Norm) == 1 && (len(t.Norm) != len(u.Norm) || letterDifference(t.Norm, u.Norm) == 0 || typingSlip(t.Norm, u.Norm)) {
			return true
		}
	}
	return false
}

// typingSlip: a and b, of one length, differ in one letter that a typist
// or a speller swaps: two vowels ("distrect" / "district") or two keys side
// by side ("goverbment"); "helger" / "helper" is neither.
func typingSlip(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for x := 0; x < len(a); x++ {
		if a[x] != b[x] {
			return strings.IndexByte("aeiouy", a[x]) >= 0 && strings.IndexByte("aeiouy", b[x]) >= 0 || adjacentKeys(a[x], b[x])
		}
	}
	return false
}

// adjacentKeys: x and y stand side by side on a QWERTY keyboard.
func adjacentKeys(x, y byte) bool {
	rows := []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}
	pos := func(c byte) (int, int) {
		for r, row := range rows {
			if i := strings.IndexByte(row, c); i >= 0 {
				return r, i
			}
		}
		return -1, -1
	}
	rx, cx := pos(x)
	ry, cy := pos(y)
	if rx < 0 || ry < 0 {
		return false
	}
	// Rows are staggered: a key touches the two above and below it.
	switch ry - rx {
	case 0:
		return cy-cx == 1 || cx-cy == 1
	case 1:
		return cy == cx || cy == cx-1
	case -1:
		return cy == cx || cy == cx+1
	}
	return false
}

// capitalisedRun: every word of ts is capitalised ("La Silla").
func capitalisedRun(ts []Token) bool {
	for _, t := range ts {
		if t.Kind == Word && !t.Cap {
			return false
		}
	}
	return len(ts) > 0
}

// englishEnding: w ends as English inflects or derives ("-ed", "-ing",
// "-ly", "-tion", "-ment", "-ness").
func englishEnding(w string) bool {
	for _, suf := range []string{"ed", "ing", "ly", "tion", "tions", "ment", "ments", "ness"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// focusOther narrows the passage's words against a foreign run starting at
// sentence token k to what translates it: not words the sentence has
// already ("personas desaparecidas" is "missing people", not "missing
// people on Sunday" when the sentence opens "On Sunday"), and of what is
// left the stretch nearest where the run stands in the passage.
func focusOther(p *pair, k int, other []Token) []Token {
	// A word counts as the sentence's when it has it as often as the
	// passage does ("Doctors said …" does not render "family doctors").
	var left []Token
	for _, u := range other {
		if !p.inSentence(u) || countSame(p.a, u) < countSame(p.b, u) {
			left = append(left, u)
		}
	}
	if len(left) == 0 {
		return other
	}
	// Where the run stands in the passage: after the match of the word
	// before it.
	at := -1
	if k > 0 && p.matchA[k-1] >= 0 {
		at = p.b[p.matchA[k-1]].End
	}
	var runs [][]Token
	for x, u := range left {
		if x > 0 && tokenIndex(p.b, u)-tokenIndex(p.b, left[x-1]) == 1 {
			runs[len(runs)-1] = append(runs[len(runs)-1], u)
			continue
		}
		runs = append(runs, []Token{u})
	}
	// The run with the most content words, and of those the nearest.
	best := runs[0]
	for _, run := range runs[1:] {
		cr, cb := contentCount(run), contentCount(best)
		if cr > cb || cr == cb && at >= 0 && abs(run[0].Start-at) < abs(best[0].Start-at) {
			best = run
		}
	}
	return best
}

// tokenIndex returns the position of token t in ts (by its offset), or -1.
func tokenIndex(ts []Token, t Token) int {
	return slices.IndexFunc(ts, func(u Token) bool { return u.Start == t.Start })
}

// foreignByLexicon: a foreign dictionary has the word at k. The French and
// Dutch dictionaries hold many recent English loans ("influencer",
// "lockdown", "chatbot") that the English one lacks, so a word only they
// have counts only beside another word of the same language the passage
// has nothing for ("directeur général").
func foreignByLexicon(p *pair, k int) bool {
	langs := lexiconLanguages(p.a[k].Norm)
	if langs&^loanHeavyLexicons != 0 {
		return true
	}
	if langs == 0 {
		return false
	}
	// Without an alignment nothing says which words the passage lacks.
	for _, x := range []int{k - 1, k + 1} {
		if x >= 0 && x < len(p.a) && x < len(p.matchA) && p.matchA[x] < 0 && p.a[x].Kind == Word && !p.a[x].Cap &&
			!stopwords[p.a[x].Norm] && !inDictionary(p.a[x]) && lexiconLanguages(p.a[x].Norm)&langs != 0 {
			return true
		}
	}
	return false
}

// rareLoan: a word only the larger English list has, that a Spanish or
// Portuguese dictionary has too ("piscina", "médicos"): standing where the
// passage has a plain English word ("swimming pool", "doctors"), it is
// that language's word left in, not a rare English one — unless the
// reference uses it too ("dengue").
func rareLoan(t Token) bool {
	// The commonest list any form is on: "arrears" is common, though its
	// lemma "arrear" is only on the larger list.
	level := uint8(0)
	for _, w := range []string{t.Norm, t.Lemma, foldAccents(t.Norm)} {
		if lv := lexdb().words[w]; lv > 0 && (level == 0 || lv < level) {
			level = lv
		}
	}
	return level == 2 && lexiconLanguages(t.Norm)&^loanHeavyLexicons != 0
}

// inDictionary: the English dictionary has the word, its lemma, or the word
// without its accents ("café", "rosé", "première").
func inDictionary(t Token) bool {
	return isWord(t.Norm) || isWord(t.Lemma) || englishAccents(t) && isWord(foldAccents(t.Norm))
}

// entityDescription: ws is a pronoun, or holds a definite description
// ("the company", "his government"): a way to refer to a person or body
// that a name may stand for. Not a bare plural ("opposition lawmakers",
// "carmakers"), which another language's word may render.
func entityDescription(ws []Token) bool {
	if len(ws) == 1 && (personalPronouns[ws[0].Norm] || ws[0].Norm == "it" || ws[0].Norm == "they") {
		return true
	}
	for x := 1; x < len(ws); x++ {
		if definiteDescription(ws, x) {
			return true
		}
	}
	return false
}

// properNameIn: a capitalised word of ws is no English word.
func properNameIn(ws []Token) bool {
	for _, u := range ws {
		if u.Cap && !u.Stop && !inDictionary(u) {
			return true
		}
	}
	return false
}

// plainEnglish: the passage side of a difference is English words, not a
// name or a number.
func plainEnglish(ws []Token) bool {
	content := false
	for _, u := range ws {
		if monthsDays[u.Norm] {
			content = true
			continue
		}
		if u.Kind != Word || u.Cap && lexdb().names[u.Norm] || !englishWord(u) {
			return false
		}
		content = content || u.IsContent()
	}
	return content
}

// nearPassageWord: t is within a slip of the pen of one of the words.
func nearPassageWord(t Token, ws []Token) bool {
	for _, u := range ws {
		// Within a quarter of the letters, or a third when the letters are
		// nearly the same ones shuffled or doubled ("ecomony", "rythym",
		// "beaurocracy"), not other letters ("enflasyon" / "inflation").
		d := editDistance(t.Norm, u.Norm)
		if d <= max(1, len(u.Norm)/4) || d <= len(u.Norm)/3 && letterDifference(t.Norm, u.Norm) <= 1 {
			return true
		}
	}
	return false
}

// letterDifference counts the letters of a that b does not have, as a
// multiset.
func letterDifference(a, b string) int {
	count := map[rune]int{}
	for _, r := range b {
		count[r]++
	}
	n := 0
	for _, r := range a {
		if count[r] > 0 {
			count[r]--
		} else {
			n++
		}
	}
	return n
}

// englishAccents: the word's accents are those English borrows with its
// loans ("café", "naïve"); "finał" is no "final".
func englishAccents(t Token) bool { return !nonEnglishLetters(t.Text) }

// nonEnglishLetters: the word has letters English spelling does not use
// (ą, ł, ß, ø …); accents English borrows (é, è, ï, ç, ñ, ó) do not count.
func nonEnglishLetters(w string) bool {
	for _, r := range w {
		if r >= 0x80 && unicode.IsLetter(r) && !strings.ContainsRune("éèêëïîôçàâüáíóúñ", unicode.ToLower(r)) {
			return true
		}
	}
	return false
}

// foreignPhrase reports whether the sentence side of a difference holds a
// function word of another language (not a loan phrase's), and whether all
// its content words are strangers to the passage's words there.
func foreignPhrase(p *pair, r region, other []Token, loan func(int) bool) (function, strange bool) {
	// Most differences hold no foreign function word: say so cheaply.
	if !functionWordIn(p.a, r) {
		return false, false
	}
	content := 0
	for k := r.A0; k < r.A1; k++ {
		t := p.a[k]
		switch {
		case t.Kind != Word:
			return false, false
		case foreignFunctionAt(p.a, k) && !loan(k):
			function = true
		case t.IsContent():
			if p.matchA[k] >= 0 || nearPassageWord(t, other) || t.Cap && k > 0 {
				return function, false
			}
			content++
		}
	}
	return function, content > 0
}

// englishWord: the dictionary knows the word or its lemma, or the word is
// made of English by English rules: every part of a hyphenated compound
// ("small-mass", "pre-sale", "2.5-metre"), or a known word with an English
// suffix ("intelligentization", "leggedness").
func englishWord(t Token) bool {
	if isWord(t.Norm) || isWord(t.Lemma) || englishAccents(t) && isWord(foldAccents(t.Norm)) || compoundOfWords(t.Norm) {
		return true
	}
	parts := strings.Split(t.Text, "-")
	for i, part := range strings.Split(t.Norm, "-") {
		// A name joined on ("prices-Chinanews", "pro-Kremlin") is no word
		// of another language; a capitalised word of a foreign dictionary
		// is ("anti-Gaspillage", "ley-Mordaza").
		if i > 0 && i < len(parts) && parts[i] != "" && unicode.IsUpper([]rune(parts[i])[0]) && lexiconLanguages(part) == 0 {
			continue
		}
		if part != "" && !englishForm(part) && !englishPrefixes[part] && !englishOnlyEnding(part) && strings.Trim(part, "0123456789.,") != "" {
			return false
		}
	}
	return true
}

// englishOnlyEnding: a learned word with an ending only English gives it
// ("andrological", "sinicization"; Spanish -ológico,
// -ización, French -ologique, -isation, German -ologisch, -isierung),
// though the dictionary lacks the word.
func englishOnlyEnding(w string) bool {
	if len(w) < 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	for _, end := range learnedEndings {
		if strings.HasSuffix(w, end) {
			// A slip of a dictionary word with the same ending and opening
			// ("metereological") is a misspelling, not a rare word
			// ("andrological" is no "anthological").
			for _, d := range wordsEndingIn()[end] {
				if abs(len(d)-len(w)) <= 2 && d[:3] == w[:3] && editDistance(d, w) <= 2 {
					return false
				}
			}
			return true
		}
	}
	return false
}

var learnedEndings = []string{"ologically", "ological", "ologists", "ologist", "izations", "ization"}

// wordsEndingIn lists the dictionary's words by learned ending, built once.
var wordsEndingIn = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for w := range lexdb().words {
		for _, end := range learnedEndings {
			if strings.HasSuffix(w, end) {
				out[end] = append(out[end], w)
				break
			}
		}
	}
	return out
})

// slipOfCommonWord: head is no common word and w is one slip from a common
// word: "econ" + "omits" is "economists" misspelt, not a compound.
func slipOfCommonWord(head, w string) bool {
	if lexdb().words[head] == 1 {
		return false
	}
	nb := dictionaryNeighbour(w)
	return nb != "" && lexdb().words[nb] == 1
}

var englishPrefixes = setOf("de", "pre", "post", "anti", "non", "co", "re", "ex", "sub", "multi", "inter", "semi", "mid", "self", "vice", "pro",
	"cyber", "eco", "micro", "mega", "tele", "bio", "geo", "nano", "euro", "petro", "narco", "crypto", "e")

// compoundOfWords: an English word the dictionary lacks, made of two it has
// or of a prefix and one ("lockdowns", "chatbot", "livestreamed",
// "cyberattack").
func compoundOfWords(w string) bool {
	for i := 1; i < len(w)-2; i++ {
		if w[i] >= 0x80 || w[i-1] >= 0x80 {
			return false
		}
		head, rest := w[:i], w[i:]
		// A function word ends no compound but a particle ("dip" + "into"
		// is Italian "dipinto"; "payout", "setback" are English).
		if stopwords[rest] && !compoundParticles[rest] {
			continue
		}
		// A short or rare rest makes a compound only with a word before
		// it, not a prefix ("de" + "prem" is Turkish "deprem").
		common := lexdb().words[rest] == 1 || lexdb().words[lemma(rest)] == 1
		if englishPrefixes[head] && (common || len(rest) >= 5) && (isWord(rest) || isWord(lemma(rest))) ||
			len(head) >= 3 && lexdb().words[head] == 1 && !slipOfCommonWord(head, w) && (isWord(rest) || isWord(lemma(rest))) {
			return true
		}
	}
	return false
}

// compoundParticles end English compounds ("payout", "setback", "handover").
var compoundParticles = setOf("out", "up", "off", "over", "by", "down", "in", "on", "back", "away", "under", "about", "through")

// accentFolder maps the letters that are no base letter and a mark, so
// that decomposing leaves them whole ("ø", "ł", "đ", "ß").
var accentFolder = strings.NewReplacer("ø", "o", "ł", "l", "đ", "d", "ı", "i", "œ", "oe", "æ", "ae", "ß", "ss")

// foldAccents drops the diacritics of a word in the Latin script: "złoty"
// is the dictionary's "zloty", and "Đắk Lắk" (lower-cased) is "dak lak" —
// every mark Unicode decomposes into, however many a letter stacks, and
// the letters listed above. Words in other scripts are left as they are.
func foldAccents(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			var b strings.Builder
			for _, r := range norm.NFD.String(w) {
				switch {
				case unicode.Is(unicode.Mn, r):
				case unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r):
					return w
				default:
					b.WriteRune(r)
				}
			}
			return accentFolder.Replace(b.String())
		}
	}
	return w
}

var englishSuffixes = []string{"ization", "isation", "ation", "ness", "ment", "ity", "ical", "ic", "ism", "ist", "ists", "ize", "ise", "ly", "er", "ers", "ous", "ive", "able", "less", "ful", "ship", "hood", "wise"}

func englishForm(w string) bool {
	if isWord(w) || isWord(lemma(w)) {
		return true
	}
	for _, suf := range englishSuffixes {
		if base := strings.TrimSuffix(w, suf); len(base) >= 4 && base != w && (isWord(base) || isWord(lemma(base)) || isWord(base+"e")) {
			return true
		}
	}
	return false
}

// distinctiveFunction are function words of other languages that English
// dictionaries list only as names or abbreviations: beside words that render
// nothing in the passage, they mark the words as foreign.
var distinctiveFunction = setOf("de", "la", "le", "les", "des", "du", "el", "los", "las", "der", "das", "und", "que", "il", "della", "del", "em", "da", "en")

// foreignFunctionAt: ts[k] is a foreign function word, or German "die"
// before a capitalised noun ("die Zinsen"; "patients die of sepsis" is
// English).
func foreignFunctionAt(ts []Token, k int) bool {
	return foreignFunction(ts[k]) || ts[k].Norm == "die" && k+1 < len(ts) && ts[k+1].Cap
}

// loanPhrases are phrases of other languages English uses as its own.
var loanPhrases = [][]string{}

func init() {
	for _, ph := range strings.Split(`tour de force|coup de grâce|coup de grace|coup d'état|coup d'etat|raison d'être|
fait accompli|de rigueur|en route|en masse|en bloc|en passant|en suite|en vogue|en famille|en plein air|en garde|à la carte|a la carte|laissez faire|crème brûlée|creme brulee|
el niño|el nino|la niña|la nina|joie de vivre|savoir faire|déjà vu|deja vu|bête noire|cause célèbre|femme fatale|
force majeure|pièce de résistance|hors d'oeuvre|nom de guerre|cordon sanitaire|enfant terrible|esprit de corps|
mea culpa|modus operandi|quid pro quo|sine qua non|alma mater|pro bono|in situ|ad infinitum|vox pop|
film noir|haute couture|haute cuisine|art nouveau|art deco|pro forma|bon appétit|bon appetit|carte blanche|
nouveau riche|prima donna|dolce vita|al fresco|al dente|a cappella|à la mode|cul de sac|papier mâché|
crème fraîche|pain au chocolat|moules frites|patatas bravas|in vitro|in vivo|post mortem|habeas corpus`, "|") {
		loanPhrases = append(loanPhrases, strings.Fields(strings.TrimSpace(ph)))
	}
}

// inLoanPhrase: ts[k] is a word of a loan phrase ("tour de force").
func inLoanPhrase(ts []Token, k int) bool {
	for _, ph := range loanPhrases {
		for i, w := range ph {
			if w != ts[k].Norm || k-i < 0 || k-i+len(ph) > len(ts) {
				continue
			}
			all := true
			for j := range ph {
				all = all && ts[k-i+j].Norm == ph[j]
			}
			if all {
				return true
			}
		}
	}
	return false
}

// foreignFunction: a function word of another language that is no English
// word ("de", "und", "za"), unlike "per", "con" or "van".
func foreignFunction(t Token) bool {
	return isForeignStopword(t.Norm) && !stopwords[t.Norm] && !isAllCaps(t.Text) && (!isWord(t.Norm) || distinctiveFunction[t.Norm])
}

// derivedFromPassageName: the capitalised word is made from a name of the
// passage by an ending ("Kestrian" from "Kestria", "Valdorans" from
// "Valdora").
func derivedFromPassageName(p *pair, t Token) bool {
	for _, u := range p.b {
		if u.Cap && !u.Stop && len(u.Norm) >= 5 && len(t.Norm) > len(u.Norm) && strings.HasPrefix(t.Norm, u.Norm) && len(t.Norm)-len(u.Norm) <= 4 {
			return true
		}
	}
	return false
}

// inAnyRef: a reference has the word, or the word without its accents.
func inAnyRef(c *Context, t Token) bool {
	folded := foldAccents(t.Norm)
	for _, d := range c.Refs {
		for _, s := range d.Sentences {
			for _, u := range s.words {
				if u.Norm == t.Norm || foldAccents(u.Norm) == folded {
					return true
				}
			}
		}
	}
	return false
}
