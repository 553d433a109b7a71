package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameIndex knows the names attested by the references, the glossary and the
// Latin-script words of the source, and the words seen in lower case (so a
// capitalised common word is not taken for a name).
type nameIndex struct {
	known map[string]string // norm → surface form
	lower map[string]bool
}

func buildNames(c *Context) *nameIndex {
	ix := &nameIndex{known: map[string]string{}, lower: map[string]bool{}}
	docs := append([]*Document{c.Article}, c.Refs...)
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, t := range s.words {
				if t.Kind == Word && !t.Cap {
					ix.lower[t.Norm] = true
				}
			}
		}
	}
	for _, d := range c.Refs {
		for _, s := range d.Sentences {
			ws := s.words
			for k, t := range ws {
				if isNameToken(t, k == 0, ix) && !(k == 0 && commonOpening(t, ws[1:])) {
					if _, ok := ix.known[t.Norm]; !ok {
						ix.known[t.Norm] = strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s")
					}
				}
			}
		}
	}
	if c.Glossary != nil {
		for _, e := range c.Glossary.Entries {
			for _, t := range wordTokens(tokenize(e.Term, 0, len(e.Term))) {
				if t.Kind == Word {
					ix.known[t.Norm] = t.Text
				}
			}
		}
	}
	if c.Source != nil {
		for _, s := range c.Source.Sentences {
			for _, t := range s.words {
				if t.Kind == Word && t.Cap && isLatin(t.Text) {
					ix.known[t.Norm] = t.Text
				}
			}
		}
	}
	return ix
}

// isNameToken: a capitalised word that is not a function word and, at the
// start of a sentence, is not a common word seen in lower case elsewhere.
func isNameToken(t Token, initial bool, ix *nameIndex) bool {
	if t.Kind != Word || !t.Cap || t.Stop || len([]rune(t.Norm)) < 2 || honorifics[strings.TrimSuffix(t.Norm, ".")] {
		return false
	}
	// At the start of a sentence a capital says nothing: a word the
	// dictionary or the texts know in lower case is not a name there.
	// An acronym is a name there too ("US officials said …").
	if initial && !(len(t.Norm) >= 2 && isAllCaps(t.Text)) && (ix.lower[t.Norm] || isWord(t.Norm) && !lexdb().names[t.Norm] || numberCompound(t.Norm)) {
		return false
	}
	return !monthsDays[t.Norm]
}

// numberCompound: a number written as a hyphenated word ("fifty-eight"),
// which opens a sentence with a capital like any other word.
func numberCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, x := range parts {
		if _, ok := numberWords[x]; !ok && x != "one" {
			return false
		}
	}
	return true
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

var monthsDays = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays")

// Role nouns stand for a person or body without naming them: "the president
// said" for "Zelensky said" is a choice of wording, not a wrong entity.
var roleNouns = setOf(strings.Fields(`president minister chancellor premier leader spokesman spokeswoman
spokesperson official officials head chief king queen prince princess secretary governor mayor senator
general commander ambassador envoy chairman chairwoman chair director ceo founder player coach team
company firm government ministry country city capital authorities authority agency police army
military side party group delegation office court judge prosecutor lawmaker lawmakers leaders
counterpart host guest visitor man woman carmaker automaker airline bank lender insurer retailer
operator producer maker manufacturer startup club union regulator watchdog broadcaster network chain
opponent rival challenger successor predecessor deputy colleague partner boss owner manager`)...)

// honorifics go before a name without being one ("Mr Sanchez" / "Sanchez").
var honorifics = setOf("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx")

// editDistance is the Damerau–Levenshtein distance (adjacent swaps cost one).
//
// It keeps three rows, on the stack for words of up to 32 letters: names
// are compared by the thousand, and the full table was most of the
// checker's allocations.
func editDistance(a, b string) int {
	var xa, ya [32]rune
	x, y := appendRunes(xa[:0], a), appendRunes(ya[:0], b)
	n, m := len(x), len(y)
	var buf [3 * 33]int
	rows := buf[:]
	if m+1 > 33 {
		rows = make([]int, 3*(m+1))
	}
	prev2, prev, cur := rows[0:m+1], rows[m+1:2*(m+1)], rows[2*(m+1):3*(m+1)]
	for j := 0; j <= m; j++ {
		prev[j] = j
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		for j := 1; j <= m; j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// derivedEndings pairs the ending of a name with the endings of words made
// from it, which are related words, not misspellings: Israel/Israeli,
// Russia/Russian, Ukraine/Ukrainian, China/Chinese, Italy/Italian.
var derivedEndings = map[string]map[string]bool{
	"":   setOf("n", "an", "ian", "i", "s", "es", "ns", "ans", "ians", "ish", "ese", "ic", "ist", "ists", "ism", "ite", "ites"),
	"e":  setOf("ian", "ians", "an", "ans"),
	"a":  setOf("n", "an", "ns", "ans", "ian", "ians", "ese"),
	"y":  setOf("ian", "ians", "ic"),
	"o":  setOf("an", "ans", "ese"),
	"ia": setOf("ian", "ians", "an", "ans"),
}

func isDerivedForm(a, b string) bool {
	// The common prefix, in bytes, backed off to a rune boundary.
	k := 0
	for k < len(a) && k < len(b) && a[k] == b[k] {
		k++
	}
	for k > 0 && k < len(a) && !utf8.RuneStart(a[k]) {
		k--
	}
	if utf8.RuneCountInString(a[:k]) < 4 {
		return false
	}
	ra, rb := a[k:], b[k:]
	return derivedEndings[ra][rb] || derivedEndings[rb][ra]
}

// closeName returns the known name nearest to norm within the distance a
// transliteration slip makes (about one edit in three letters), or "".
func closeName(norm string, candidates map[string]string) (string, int) {
	best, bestD := "", 1<<30
	n := len([]rune(norm))
	for k, surface := range candidates {
		m := len([]rune(k))
		if abs(m-n) > 3 || k == norm {
			continue
		}
		limit := max(1, (max(n, m)+1)/3)
		if n <= 4 {
			limit = 1
		}
		d := editDistance(norm, k)
		if d > limit || isDerivedForm(norm, k) {
			continue
		}
		// Different first letters need a very close match (Jaroslav/Yaroslav
		// is one edit; Iran/Oman is two).
		if []rune(norm)[0] != []rune(k)[0] && d > 1 {
			continue
		}
		if d < bestD || d == bestD && surface < best {
			best, bestD = surface, d
		}
	}
	return best, bestD
}

// transliterated folds the spellings that rival transliterations of one
// name differ by: "y" or "i" after a vowel ("Sergey" / "Sergei", "Shoygu" /
// "Shoigu", "Mykhaylo" / "Mykhailo"), the vowels "y" and "i" that end it
// ("Dmitry" / "Dmitrii", "Zelensky" / "Zelenskyy" / "Zelenskiy", "Andriy" /
// "Andrii"), and "ya"/"ia"/"iya", "yu"/"iu" ("Yuliya" / "Yulia"). A
// consonant dropped or changed ("Voldymir", "Yamak") still differs. Such a
// variant is reported as a minor inconsistency with the reference, not a
// misspelling.
func transliterated(w string) string {
	w = foldAccents(w)
	w = strings.NewReplacer("ya", "ia", "yu", "iu", "yo", "io").Replace(w)
	w = strings.ReplaceAll(w, "iia", "ia")
	b := []byte(w)
	for i := 1; i < len(b); i++ {
		if b[i] == 'y' && isVowelByte(b[i-1]) {
			b[i] = 'i'
		}
	}
	w = string(b)
	if t := strings.TrimRight(w, "iy"); t != w && t != "" {
		w = t + "i"
	}
	return w
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type nameSpellingCheck struct{}
type wrongEntityCheck struct{}

func init() {
	register(nameSpellingCheck{})
	register(wrongEntityCheck{})
}

func (nameSpellingCheck) Info() Info {
	return Info{ID: "name-spelling", Title: "Name close to, but not, a name in the references", Category: CatSpelling,
		Severity: Major, NeedsRef: false,
		Doc: `Flags a capitalised name that appears in no reference, glossary entry or (Latin-script)
source word but is within a transliteration slip of one that does: "Voldymir" for
"Volodymyr", "Andri Yamak" for "Andriy Yermak". Names from the sentence's own reference
passage are preferred as suggestions. Related forms (Ukraine/Ukrainian, China/Chinese) are
not confused with misspellings. Adjacent flagged words are reported as one span. Without a
reference or glossary there is nothing to compare with and the check is silent.`}
}

func (chk nameSpellingCheck) Run(c *Context) []Finding {
	if len(c.names.known) == 0 {
		return nil
	}
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		passage := map[string]string{}
		for _, t := range p.b {
			if t.Kind == Word && t.Cap && !t.Stop {
				passage[t.Norm] = strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s")
			}
		}
		type hit struct {
			k          int
			suggestion string
		}
		var hits []hit
		for k, t := range p.a {
			// A short acronym ("U.S.", "WHO") has too few letters for a
			// spelling to be told from another name.
			if !isNameToken(t, k == 0, c.names) || c.names.lower[t.Norm] || openingWord(p.a, k, c.names) || isAllCaps(t.Text) && len(t.Norm) <= 3 {
				continue
			}
			if _, ok := c.names.known[t.Norm]; ok {
				continue
			}
			// "Marisol Quinteros" where the passage has "Marisol Quintero":
			// after the given name a surname has no plural.
			if base, ok := strings.CutSuffix(t.Norm, "s"); ok && k > 0 && !p.a[k-1].Stop && !isWord(t.Norm) && !isWord(base) && passage[base] != "" && givenNameBefore(p.b, p.a[k-1].Norm, base) {
				hits = append(hits, hit{k, passage[base]})
				continue
			}
			sug, _ := closeName(t.Norm, passage)
			if sug == "" {
				sug, _ = closeName(t.Norm, c.names.known)
			}
			// A place and its adjective ("France" / "French") are one name,
			// and so is a name with or without its accents ("Erdoğan" /
			// "Erdogan", "Škoda" / "Skoda"); a capital is its country's
			// ("Brasilia" / "Brazil").
			if sug != "" && (placeForm(t.Norm, strings.ToLower(sug)) || foldAccents(t.Norm) == foldAccents(strings.ToLower(sug)) ||
				countryOf(t.Norm) != "" && countryOf(t.Norm) == countryOf(strings.ToLower(sug)) ||
				aliasIn([]string{t.Norm}, []Token{{Norm: strings.ToLower(sug)}})) {
				continue
			}
			// An English word in a title against another form of it ("the
			// Action Plan to Strengthen …" / "for Strengthening …") is a
			// wording, not a misspelt name.
			if sug != "" && isWord(t.Norm) && (sameStem(t.Norm, strings.ToLower(sug)) || isDerivedForm(t.Norm, strings.ToLower(sug))) {
				continue
			}
			// At the start of a sentence a slip of a common word ("Polce"
			// for "Police") is a misspelling, which the spelling check
			// reports, not a name.
			if k == 0 && sug != "" && isWord(strings.ToLower(sug)) && !lexdb().names[strings.ToLower(sug)] {
				continue
			}
			if sug != "" {
				hits = append(hits, hit{k, sug})
			}
		}
		for h := 0; h < len(hits); {
			e := h + 1
			for e < len(hits) && hits[e].k == hits[e-1].k+1 {
				e++
			}
			first, last := p.a[hits[h].k], p.a[hits[e-1].k]
			end := last.End
			if strings.HasSuffix(last.Text, "'s") || strings.HasSuffix(last.Text, "’s") {
				end = surfaceEnd(p.a, hits[e-1].k+1)
			}
			var sugs []string
			for _, x := range hits[h:e] {
				sugs = append(sugs, x.suggestion)
			}
			found := c.Article.Display(first.Start, end)
			sug := strings.Join(sugs, " ")
			f := c.finding(chk, i, first.Start, end, fmt.Sprintf("%s is not in the references; did you mean %s?", quote(found), quote(sug)))
			f.Suggestion = sug
			f.Evidence = c.nameEvidence(i, sugs[0])
			variant := true
			for _, x := range hits[h:e] {
				variant = variant && transliterated(p.a[x.k].Norm) == transliterated(strings.ToLower(x.suggestion))
			}
			// A slip of a name the passage has, against it: it holds however
			// freely the rest is worded.
			f.pinned = true
			for _, x := range hits[h:e] {
				_, inPassage := passage[strings.ToLower(x.suggestion)]
				f.pinned = f.pinned && inPassage
			}
			if variant {
				f.Severity = Minor
				f.Message = fmt.Sprintf("%s is spelt %s in the references (another transliteration of the name)", quote(found), quote(sug))
			}
			out = append(out, f)
			h = e
		}
	}
	return out
}

// nameEvidence points at the passage, or failing that the first reference
// sentence or glossary entry, that has the name.
// givenNameBefore: the passage has the name given straight before the
// surname ("Marisol Quintero").
func givenNameBefore(ws []Token, given, surname string) bool {
	for j := 1; j < len(ws); j++ {
		if ws[j].Norm == surname && ws[j-1].Norm == given && ws[j-1].Cap {
			return true
		}
	}
	return false
}

func (c *Context) nameEvidence(i int, name string) *Evidence {
	norm := normWord(name)
	if p := c.pairs[i]; p.align != nil {
		for _, t := range p.b {
			if t.Norm == norm {
				return c.passageEvidence(i)
			}
		}
	}
	for ri, d := range c.Refs {
		for j, s := range d.Sentences {
			for _, t := range s.Tokens {
				if t.Norm == norm {
					return c.refEvidence(ri, j, j)
				}
			}
		}
	}
	if c.Glossary != nil {
		for k := range c.Glossary.Entries {
			e := &c.Glossary.Entries[k]
			if strings.Contains(strings.ToLower(e.Term), norm) {
				return &Evidence{Kind: "glossary", File: c.Glossary.Name, Line: e.Line, Text: glossaryLine(e)}
			}
		}
	}
	if c.Source != nil {
		for _, s := range c.Source.Sentences {
			for _, t := range s.Tokens {
				if t.Norm == norm {
					return &Evidence{Kind: "source", File: c.Source.Name, Line: s.Line, Text: s.Text}
				}
			}
		}
	}
	return nil
}

func (wrongEntityCheck) Info() Info {
	return Info{ID: "wrong-entity", Title: "Name where the reference has someone or something else", Category: CatMistranslation,
		Severity: Major, NeedsRef: true,
		Doc: `Flags a name in the sentence that its reference passage does not have, standing where the
passage has other content words: "Putin included von der Leyen" against "The call included von
der Leyen" (the subject changed), or "Macron said" against "Scholz said". A pronoun or a role
noun in the passage ("he said", "the president said") is a legitimate choice of wording and is
not flagged; nor is a name that is only misspelt (see name-spelling), an acronym or alias of the
passage's name ("WHO", "Moscow" for Russia), or a country's adjective. A country where the passage
names one other country that the sentence does not is a swap wherever a rephrasing moved it
("Ruth Chepngetich of Uganda" / "Kenya's Ruth Chepngetich"), and so is a person put for the
one the passage names by a title the sentence keeps ("Scholz, the French president" / "French
President Emmanuel Macron"). A title for a given name ("German Chancellor Scholz" / "Olaf
Scholz"), a parliament by its own name ("the Bundestag"), a compound whose name the passage has,
however it words the rest ("Lisbon-based" / "headquartered in Lisbon"), and a compound of common
words ("Low-cost") are no wrong entity. A name no
reference has, in a sentence that leaves out the name its passage has, is one however loosely the
rest is reworded ("produced by Jernvik, a steel company" / "made by the steel firm Stalmor"), and
so is an acronym for another ("the IEA" / "OPEC"). Some entities are written in lower case: a
currency for another ("against the euro" / "against the dollar"), and the field of a ministry
or minister for another ("trade minister" / "finance minister").`}
}

func (chk wrongEntityCheck) Run(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil {
			continue
		}
		before := len(out)
		var swapped []string // countries of the passage the sentence names another way, once
		for _, r := range p.regions {
			if !r.emptyA() && r.emptyB() {
				moved := chk.movedCountry(c, i, r, &swapped)
				if len(moved) == 0 {
					moved = chk.movedPerson(c, i, r)
				}
				out = append(out, moved...)
				continue
			}
			if r.emptyA() || r.emptyB() {
				continue
			}
			if f, ok := chk.kindSwap(c, i, r); ok {
				out = append(out, f)
				continue
			}
			bs := p.b[r.B0:r.B1]
			if abbreviates(p.a[r.A0:r.A1], bs) || initialsOf(bs, nameAround(c.Article.plain, p.a, r.A0, r.A1)) {
				continue // "UV" for "ultraviolet", "EU" for "European Union", and the other way
			}
			if titleForGivenName(p, r) {
				continue
			}
			other := false
			for _, t := range bs {
				if t.IsContent() && !isPronoun(t) && !roleNouns[t.Norm] {
					other = true
				}
			}
			if !other {
				continue
			}
			for k := r.A0; k < r.A1; k++ {
				t := p.a[k]
				// Names in another script are the untranslated check's; a
				// capitalised common word ("Medium", "Network" in a title) is
				// not a name.
				// The passage has the name: itself anywhere; in a compound
				// or by an alias ("Oslo-listed", "American") anywhere too,
				// unless it stands against another name — then only there:
				// "Chinese negotiators" for "the United States" is a swap,
				// whatever "Beijing" elsewhere in the passage stands for.
				where := p.b
				if slices.ContainsFunc(bs, func(u Token) bool {
					return u.Cap && !u.Stop && !roleNouns[u.Norm] && !isPronoun(u) && !monthsDays[u.Norm]
				}) {
					where = nameAround(p.ref.plain, p.b, r.B0, r.B1) // the whole name: "United" is of "United States"
				}
				if !isNameToken(t, k == 0, c.names) || !isLatin(t.Text) || slices.ContainsFunc(p.b, func(u Token) bool { return sameWord(t, u) }) ||
					slices.ContainsFunc(where, func(u Token) bool { return hyphenPart(t.Norm, u.Norm) }) || partsIn(t.Norm, where) || namePartsIn(t.Norm, p.b) || aliasInWords(t, p, where) ||
					slices.ContainsFunc(p.b, func(u Token) bool { return bodyAdjectives[u.Norm] == strings.TrimSuffix(t.Norm, "'s") }) {
					continue
				}
				// A capitalised common word is a name only inside a name
				// ("the Heritage Council" / "the Arts Council") standing
				// against another name, word for word: not in a long
				// rephrasing.
				// A title-cased headline has nothing but such words.
				// "44.6 degrees Celsius"; "Coach Kelvin Rivers" is a name.
				if openingWord(p.a, k, c.names) || unitNames[t.Norm] && k > 0 && (p.a[k-1].Kind == Number || p.a[k-1].Lemma == "degree") {
					continue
				}
				// An acronym against common words may stand for them ("IT
				// ministry" / "technology ministry"): only against a name, or
				// a people's adjective ("US" / "Russian"), is it a swap.
				if len(t.Norm) >= 2 && isAllCaps(t.Text) && !nameIn(p.b, r.B0, r.B1) && len(countriesIn(p.ref.plain, bs)) == 0 &&
					!slices.ContainsFunc(bs, func(u Token) bool { return len(u.Norm) >= 2 && isAllCaps(u.Text) && u.Norm != t.Norm }) {
					continue // "the IEA" against "OPEC" is a swap of acronyms
				}
				if commonWordName(t) && !(k > 0 && inName(p.a, k) && len(bs) <= 5 && r.A1-r.A0 <= 5 && nameIn(p.b, r.B0, r.B1) &&
					!titleCased(p.a) && !titleCased(p.b)) {
					continue
				}
				if _, known := c.names.known[t.Norm]; !known {
					// An unknown name close to a known one is a misspelling,
					// which name-spelling reports.
					if sug, _ := closeName(t.Norm, c.names.known); sug != "" {
						continue
					}
				}
				// Nor is a slip of the word standing in the passage
				// ("Rescers" / "Rescuers"): the spelling checks report it.
				// Nor is a slip of a common word opening the sentence
				// ("Archaelogists"), which spelling reports.
				if slipOf(t, bs) || k == 0 && len(t.Norm) >= 8 && !isWord(t.Norm) && !lexdb().names[t.Norm] && dictionaryNeighbour(t.Norm) != "" &&
					!nameIn(p.b, r.B0, r.B1) {
					continue
				}
				e := k + 1
				for e < r.A1 && isNameToken(p.a[e], false, c.names) && !p.inPassage(p.a[e]) {
					e++
				}
				start, end := p.a[k].Start, p.a[e-1].End
				name := c.Article.Display(start, end)
				msg := fmt.Sprintf("%s is not in the reference passage, which has %s here", quote(name), quote(joinTokens(p.ref, nameOf(p, r, bs))))
				// A country against words that name none: cite the country
				// the passage names instead ("Dutch" / "the German utility").
				if cs := countryOf(t.Norm); cs != "" && len(countriesIn(p.ref.plain, bs)) == 0 {
					if theirs, _ := otherCountry(c, p, cs); theirs != nil {
						msg = fmt.Sprintf("%s is not in the reference passage, which names %s instead", quote(name), quote(joinTokens(p.ref, theirs)))
					}
				}
				f := c.finding(chk, i, start, end, msg)
				f.Evidence = c.passageEvidence(i)
				out = append(out, f)
				k = e - 1
			}
		}
		// Where the regions found no swap of their own.
		if len(out) == before {
			if f, ok := chk.strangerForName(c, i); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// currencies are named in lower case but are entities all the same: "the
// peso weakened against the euro" for "against the dollar" names another.
var currencies = setOf("dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "pound", "pounds", "sterling",
	"peso", "pesos", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "won", "franc", "francs", "real", "reais",
	"lira", "rand", "krona", "krone", "kronor", "kroner", "zloty", "forint", "shekel", "shekels", "dinar", "dinars",
	"dirham", "dirhams", "riyal", "riyals", "ringgit", "baht", "dong", "rupiah", "hryvnia", "naira", "shilling",
	"shillings", "lev", "leu", "koruna", "bitcoin")

// portfolios name a government office by its field: "trade minister" for
// "finance minister" is another office, and so another person.
var portfolios = setOf("finance", "trade", "defence", "defense", "interior", "foreign", "health", "education", "justice",
	"agriculture", "energy", "transport", "labour", "labor", "economy", "environment", "culture", "tourism",
	"industry", "commerce", "housing", "home", "treasury", "security", "immigration", "fisheries", "infrastructure",
	"communications", "digital", "science", "sports", "sport", "youth", "welfare", "employment", "development", "water")

// offices are the words a portfolio names the field of.
var offices = setOf("minister", "ministers", "ministry", "ministries", "secretary", "secretaries", "department", "portfolio")

// kindSwap reports, word for word in a difference r, a currency where the
// passage has another, or the field of a ministry or minister where the
// passage has another field before the same office word.
func (chk wrongEntityCheck) kindSwap(c *Context, i int, r region) (Finding, bool) {
	p := c.pairs[i]
	if r.A1-r.A0 != 1 || r.B1-r.B0 != 1 {
		return Finding{}, false
	}
	a, b := p.a[r.A0], p.b[r.B0]
	office := func(ts []Token, k int) bool { return k < len(ts) && offices[ts[k].Norm] }
	swap := currencies[a.Norm] && currencies[b.Norm] && strings.TrimSuffix(a.Norm, "s") != strings.TrimSuffix(b.Norm, "s") ||
		portfolios[a.Norm] && portfolios[b.Norm] && office(p.a, r.A1) && office(p.b, r.B1) && !synonyms(a.Lemma, b.Lemma)
	if !swap || slices.ContainsFunc(p.b, func(u Token) bool { return sameWord(a, u) }) {
		return Finding{}, false
	}
	f := c.finding(chk, i, a.Start, a.End, fmt.Sprintf("%s where the reference has %s", quote(c.Article.Display(a.Start, a.End)), quote(b.Text)))
	f.Evidence, f.Suggestion = c.passageEvidence(i), b.Text
	return f, true
}

// monthAbbreviations are dates, not names ("10 Feb").
var monthAbbreviations = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// strangerForName: the sentence has a name no reference has, where its
// passage has a name the sentence does not render ("produced by Jernvik, a
// steel company" / "made by the steel firm Stalmor"): however loosely the
// rest is reworded, the sentence names someone else.
func (chk wrongEntityCheck) strangerForName(c *Context, i int) (Finding, bool) {
	p := c.pairs[i]
	if p.align == nil || p.shared() || p.align.Similarity < 0.3 {
		return Finding{}, false
	}
	// Countries are movedCountry's; acronyms may abbreviate the very name.
	missing := slices.DeleteFunc(unrenderedNames(c, p), func(j int) bool {
		u := p.b[j]
		return j == 0 || monthsDays[u.Norm] || countryOf(u.Norm) != "" || isAllCaps(u.Text)
	})
	if len(missing) == 0 {
		return Finding{}, false
	}
	for k := 1; k < len(p.a); k++ {
		t := p.a[k]
		if !isNameToken(t, false, c.names) || p.matchA[k] >= 0 || openingWord(p.a, k, c.names) || commonWordName(t) || isAllCaps(t.Text) ||
			monthsDays[t.Norm] || monthAbbreviations[strings.TrimSuffix(t.Norm, ".")] || countryOf(t.Norm) != "" || !isLatin(t.Text) {
			continue
		}
		name := nameAround(c.Article.plain, p.a, k, k+1)
		k = tokenIndex(p.a, name[0]) + len(name) - 1
		if namedInRefs(c, name) || nearPassageName(p, name) || slices.ContainsFunc(name, func(u Token) bool {
			_, known := c.names.known[u.Norm]
			return known || p.inPassage(u) || aliasInPassage(u, p) || commonWordName(u)
		}) {
			continue
		}
		if sug, _ := closeName(name[0].Norm, c.names.known); sug != "" {
			continue // a misspelling, name-spelling's
		}
		start, end := name[0].Start, name[len(name)-1].End
		theirs := nameAround(p.ref.plain, p.b, missing[0], missing[0]+1)
		f := c.finding(chk, i, start, end, fmt.Sprintf("%s is in no reference; the passage names %s, which the sentence does not", quote(c.Article.Display(start, end)), quote(joinTokens(p.ref, theirs))))
		// A name nowhere in the references for one the sentence leaves
		// out is evidence enough on its own, however loose the rest.
		f.Evidence, f.pinned = c.passageEvidence(i), true
		return f, true
	}
	return Finding{}, false
}

// movedCountry reports a country the sentence adds at r (a stretch with
// nothing against it) where the passage names one other country that the
// sentence does not: the country moved in a rephrasing and was swapped
// ("Ruth Chepngetich of Uganda" / "Kenya's Ruth Chepngetich").
func (chk wrongEntityCheck) movedCountry(c *Context, i int, r region, swapped *[]string) []Finding {
	p := c.pairs[i]
	added := countriesIn(c.Article.plain, p.a[r.A0:r.A1])
	if len(added) != 1 {
		return nil
	}
	theirs, other := otherCountry(c, p, added[0])
	if theirs == nil || slices.Contains(*swapped, other) {
		return nil
	}
	*swapped = append(*swapped, other)
	for k := r.A0; k < r.A1; k++ {
		name := nameAround(c.Article.plain, p.a, k, k+1)
		if !p.a[k].Cap || countryOf(p.a[k].Norm) == "" && countryOf(normsOf(name)) == "" {
			continue
		}
		start, end := name[0].Start, name[len(name)-1].End
		f := c.finding(chk, i, start, end, fmt.Sprintf("%s is not in the reference passage, which names %s instead", quote(c.Article.Display(start, end)), quote(joinTokens(p.ref, theirs))))
		// One country for another is evidence enough to flag.
		f.Evidence, f.pinned = c.passageEvidence(i), true
		return []Finding{f}
	}
	return nil
}

// movedPerson: the words r of the sentence, which stand against nothing in
// the passage, hold a person's name the passage has in no form, and the
// passage names one person the sentence does not render, elsewhere, by a
// title the sentence has: one person put for another in a rephrasing
// ("Scholz, the French president, said …" / "French President Emmanuel
// Macron said …"). Names that are English words, places and
// organisations' words are left alone.
func (chk wrongEntityCheck) movedPerson(c *Context, i int, r region) []Finding {
	p := c.pairs[i]
	// personal: a name of one to three words, none of them a title, the
	// last no English word unless a title stood before it ("President
	// Emmanuel Macron").
	personal := func(name []Token, titled bool) bool {
		last := name[len(name)-1]
		return len(name) <= 3 && (titled || !isWord(last.Norm)) && !peopleWord(last.Norm) && countryOf(normsOf(name)) == "" && countryOf(last.Norm) == "" &&
			!slices.ContainsFunc(name, func(t Token) bool { return !t.Cap || isAllCaps(t.Text) || roleNouns[t.Norm] || titleWords[t.Norm] })
	}
	var ours []Token
	for k := r.A0; k < r.A1 && ours == nil; k++ {
		t := p.a[k]
		if !t.Cap || t.Stop || p.inPassage(t) || aliasInPassage(t, p) {
			continue
		}
		name := nameAround(c.Article.plain, p.a, k, k+1)
		if personal(name, false) && !nearPassageName(p, name) && !slices.ContainsFunc(name, func(u Token) bool { return p.inPassage(u) }) {
			ours = name
		}
	}
	if ours == nil {
		return nil
	}
	var theirs []Token
	for j, u := range p.b {
		if p.matchB[j] >= 0 || !u.Cap || u.Stop || rendersName(p.a, p.ref.plain, p.b, j) {
			continue
		}
		name := nameAround(p.ref.plain, p.b, j, j+1)
		// A title and the words before it ("French President Emmanuel
		// Macron") are not the person's name.
		// The passage's person has a title the sentence renders, beside
		// another name ("the French president"): the one evidence that the
		// sentence's name stands for this person.
		t := slices.IndexFunc(name, func(t Token) bool {
			return personTitles[t.Norm] || titleWords[t.Norm] || honorifics[strings.TrimSuffix(t.Norm, ".")]
		})
		if t < 0 || t+1 >= len(name) || p.matchB[tokenIndex(p.b, name[t])] < 0 {
			continue
		}
		if name = name[t+1:]; !personal(name, true) {
			continue
		}
		if theirs != nil && name[0].Start != theirs[0].Start {
			return nil // two people the sentence does not name: no one-for-one swap
		}
		theirs = name
	}
	if theirs == nil {
		return nil
	}
	start, end := ours[0].Start, ours[len(ours)-1].End
	f := c.finding(chk, i, start, end, fmt.Sprintf("%s is not in the reference passage, which names %s instead", quote(c.Article.Display(start, end)), quote(joinTokens(p.ref, theirs))))
	f.Evidence, f.Suggestion = c.passageEvidence(i), joinTokens(p.ref, theirs)
	return []Finding{f}
}

// personTitles stand before a person's name ("President", "Coach").
var personTitles = setOf("president", "minister", "chancellor", "premier", "leader", "spokesman", "spokeswoman",
	"spokesperson", "official", "chief", "king", "queen", "prince", "princess", "secretary", "governor", "mayor",
	"senator", "general", "commander", "ambassador", "envoy", "chairman", "chairwoman", "director", "ceo", "founder",
	"coach", "judge", "prosecutor", "lawmaker", "pope", "cardinal", "bishop", "rabbi", "imam", "captain", "striker")

// otherCountry returns the name of the one country the passage names and
// the sentence does not, when the passage does not name country cs: the
// country cs stands for. Nil when the passage names cs or not exactly one
// other.
func otherCountry(c *Context, p *pair, cs string) ([]Token, string) {
	inSentence := countriesIn(c.Article.plain, p.a)
	var others []string
	for _, cb := range countriesIn(p.ref.plain, p.b) {
		if cb == cs {
			return nil, ""
		}
		if !slices.Contains(inSentence, cb) {
			others = append(others, cb)
		}
	}
	if len(others) != 1 {
		return nil, ""
	}
	for j, u := range p.b {
		name := nameAround(p.ref.plain, p.b, j, j+1)
		if !u.Cap || countryOf(u.Norm) != others[0] && countryOf(normsOf(name)) != others[0] {
			continue
		}
		// "Kenya's Ruth Chepngetich": the country, not the name after it.
		if x := slices.IndexFunc(name, possessive); x >= 0 && name[x].Start >= u.Start {
			name = name[:x+1]
		}
		return name, others[0]
	}
	return nil, ""
}

// nameOf is what to cite of the passage's side of a difference against a
// name: the name it holds, whole ("Copenhagen", not "Copenhagen, was
// published"), or all of it when it holds none.
func nameOf(p *pair, r region, bs []Token) []Token {
	for x, u := range bs {
		if u.Cap && u.Kind == Word && !u.Stop && !roleNouns[u.Norm] && !isPronoun(u) && !opensSentence(p.ref.plain, p.b, r.B0+x) {
			return nameAround(p.ref.plain, p.b, r.B0+x, r.B0+x+1)
		}
	}
	return bs
}

// abbreviates reports an acronym on one side whose letters start the words
// (or run through the word) on the other: "UV" / "ultraviolet light",
// "EU" / "European Union".
func abbreviates(as, bs []Token) bool {
	for _, t := range as {
		if !isAllCaps(t.Text) || len(t.Text) < 2 || len(t.Text) > 6 {
			continue
		}
		letters := strings.ToLower(t.Text)
		var initials strings.Builder
		for _, u := range bs {
			if u.Kind == Word {
				initials.WriteString(u.Norm[:1])
			}
		}
		if strings.Contains(initials.String(), letters) {
			return true
		}
		// The letters in order from the start of a word: "UV" in "an
		// ultraviolet", "DNA" in "deoxyribonucleic acid".
		for s, u := range bs {
			if u.Kind != Word || u.Norm[0] != letters[0] {
				continue
			}
			var joined strings.Builder
			for _, v := range bs[s:] {
				if v.Kind == Word {
					joined.WriteString(v.Norm)
				}
			}
			if inOrder(letters, joined.String()) {
				return true
			}
		}
	}
	return false
}

// inOrder: the letters of a occur in b in order, the first at b's start.
func inOrder(a, b string) bool {
	if a == "" || b == "" || a[0] != b[0] {
		return false
	}
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// titleCased: most of the content words are capitalised, as in a headline
// ("Oil Prices Fall as Demand Weakens").
func titleCased(ts []Token) bool {
	content, caps := 0, 0
	for _, t := range ts {
		if t.Kind == Word && !t.Stop {
			content++
			if t.Cap {
				caps++
			}
		}
	}
	return content >= 3 && 3*caps >= 2*content
}

// initialsOf: the acronym begins with the initials of the name's words,
// counting function words or not ("WHO" of "World Health Organization",
// "BOE" of "Bank of England", "TEPCO" of "Tokyo Electric Power Company";
// not "WTO").
func initialsOf(acronym []Token, name []Token) bool {
	var all, content strings.Builder
	for _, u := range name {
		if u.Kind == Word {
			all.WriteString(u.Norm[:1])
			if !u.Stop {
				content.WriteString(u.Norm[:1])
			}
		}
	}
	for _, t := range acronym {
		a := strings.ToLower(t.Text)
		if !isAllCaps(t.Text) || len(a) < 2 {
			continue
		}
		// The acronym may leave out a word that opens or closes the name
		// ("the Chinese PLA" for "the Chinese People's Liberation Army").
		for _, in := range []string{all.String(), content.String()} {
			if len(in) >= 2 && (a == in || strings.HasPrefix(a, in) && len(a) <= len(in)+2 ||
				len(a) >= 3 && len(in) <= len(a)+1 && (strings.HasSuffix(in, a) || strings.HasPrefix(in, a))) {
				return true
			}
		}
	}
	return false
}

// inName: token k is one of two or more capitalised words in a row.
func inName(ts []Token, k int) bool {
	return k > 0 && ts[k-1].Cap && !ts[k-1].Stop && k > 1 || k+1 < len(ts) && ts[k+1].Cap && !ts[k+1].Stop
}

// nameIn: ts[lo:hi] holds a name, or a capitalised word among others in a
// row, which is not a role ("President", "Prime Minister").
func nameIn(ts []Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		u := ts[k]
		// An acronym may abbreviate the very name ("MGTO"), and
		// "Washington-based" describes rather than names.
		if u.Cap && !u.Stop && !roleNouns[u.Norm] && !pronouns[u.Norm] && !isAllCaps(u.Text) && !strings.Contains(u.Norm, "-") &&
			(!commonWordName(u) || inName(ts, k)) {
			return true
		}
	}
	return false
}

// commonWordName: a capitalised word that is an ordinary dictionary word
// and not a known place or person name ("Medium", "Economy").
// openingWord: ws[k] is a dictionary word opening the sentence before a
// lower-case word, which is a name only if the references know it as one
// ("House prices rose", though House is a surname; not "Chile's central
// bank").
func openingWord(ws []Token, k int, ix *nameIndex) bool {
	_, known := ix.known[ws[k].Norm]
	return k == 0 && !known && commonOpening(ws[k], ws[1:])
}

// commonOpening: t, opening a sentence before the words rest, reads as a
// common word: the dictionary has it, it is no possessive, and a lower-case
// word follows that is no verb of the subject ("House prices rose"; not
// "China said", "Brown told", "Turkey has closed").
func commonOpening(t Token, rest []Token) bool {
	if !isWord(t.Norm) || len(t.Norm) >= 2 && isAllCaps(t.Text) || strings.ContainsAny(t.Text, "'’") || len(rest) == 0 || rest[0].Cap {
		return false
	}
	next := rest[0]
	return !finiteAux[next.Norm] && !reportedBy[next.Norm] && !pastVerbForm(next) && !(strings.HasSuffix(next.Norm, "s") && canBe(next, 'v') && !canBe(next, 'n'))
}

// unitNames are capitalised units of measure ("44.6 degrees Celsius" /
// "44.6C"), no entities.
var unitNames = setOf("celsius", "fahrenheit", "kelvin")

func commonWordName(t Token) bool {
	return isWord(t.Norm) && !lexdb().names[t.Norm]
}

// demonyms pairs places with the adjectives English makes of them
// irregularly; regular ones (Kenya/Kenyan, Brazil/Brazilian) are derived
// forms (isDerivedForm).
var demonyms = map[string]string{
	"finland": "finnish", "switzerland": "swiss", "england": "english", "france": "french",
	"netherlands": "dutch", "holland": "dutch", "britain": "british", "spain": "spanish",
	"denmark": "danish", "sweden": "swedish", "poland": "polish", "turkey": "turkish",
	"ireland": "irish", "wales": "welsh", "scotland": "scottish", "greece": "greek",
	"portugal": "portuguese", "iceland": "icelandic", "norway": "norwegian", "thailand": "thai",
	"philippines": "filipino", "peru": "peruvian", "china": "chinese", "japan": "japanese",
	"vietnam": "vietnamese", "afghanistan": "afghan", "uzbekistan": "uzbek", "kazakhstan": "kazakh",
	"czechia": "czech", "slovakia": "slovak", "cyprus": "cypriot", "madagascar": "malagasy",
	"lebanon": "lebanese", "sudan": "sudanese", "senegal": "senegalese", "taiwan": "taiwanese",
	"nepal": "nepali", "iraq": "iraqi", "israel": "israeli", "pakistan": "pakistani",
	"bangladesh": "bangladeshi", "yemen": "yemeni", "kuwait": "kuwaiti", "qatar": "qatari",
	"argentina": "argentine", "chile": "chilean", "ecuador": "ecuadorian", "venezuela": "venezuelan",
	"europe": "european", "africa": "african", "asia": "asian", "arabia": "arab",
	"germany": "german", "belgium": "belgian", "ghana": "ghanaian", "congo": "congolese",
	"mozambique": "mozambican", "panama": "panamanian", "honduras": "honduran", "myanmar": "burmese",
	"laos": "lao", "monaco": "monegasque", "salvador": "salvadoran",
}

// spacedApart: only white space stands between tokens x and y of the text
// (no comma, no dash): they can be words of one name.
func spacedApart(text string, x, y Token) bool {
	return x.End <= y.Start && strings.TrimFunc(text[x.End:y.Start], isSpace) == ""
}

// placeForm: the two words (lower case) are a place and its adjective or
// people, or forms of one name: "france" / "french", "kenya" / "kenyan".
func placeForm(x, y string) bool {
	return isDerivedForm(x, y) || demonyms[x] == y || demonyms[y] == x
}

// bodyAdjectives are the adjectives of the Sun, the Moon and the planets,
// made from another word than their names ("the lunar south pole" / "the
// Moon's south pole").
var bodyAdjectives = map[string]string{"lunar": "moon", "solar": "sun", "terrestrial": "earth", "martian": "mars",
	"venusian": "venus", "jovian": "jupiter", "saturnian": "saturn"}

// nameAliases are names written in several ways in news English.
var nameAliases = [][]string{
	{"america", "us", "usa", "united states", "washington"},
	{"britain", "uk", "united kingdom", "london"},
	{"eu", "european union", "brussels"},
	{"russia", "moscow", "kremlin"}, {"china", "beijing", "prc"}, {"ukraine", "kyiv", "kiev"},
	{"un", "united nations"}, {"nato", "alliance"}, {"macau", "macao"},
	// A country's parliament by its own name ("the Bundestag" / "Germany's
	// parliament").
	{"bundestag", "parliament", "legislature", "lawmakers"}, {"duma", "parliament", "legislature", "lawmakers"},
	{"knesset", "parliament", "legislature", "lawmakers"}, {"sejm", "parliament", "legislature", "lawmakers"},
	{"rada", "parliament", "legislature", "lawmakers"}, {"riksdag", "parliament", "legislature", "lawmakers"},
	{"storting", "parliament", "legislature", "lawmakers"}, {"folketing", "parliament", "legislature", "lawmakers"},
	{"eduskunta", "parliament", "legislature", "lawmakers"}, {"majlis", "parliament", "legislature", "lawmakers"},
}

// nameAround widens a[lo:hi] to the capitalised words around it: the whole
// name a word belongs to ("People's Liberation Army").
// The words must stand apart by white space only (text is the document's
// plain text): a comma ends the name ("the United Kingdom, Serbia").
func nameAround(text string, a []Token, lo, hi int) []Token {
	for lo > 0 && a[lo-1].Cap && a[lo-1].Kind == Word && !a[lo-1].Stop && spacedApart(text, a[lo-1], a[lo]) {
		lo--
	}
	for hi < len(a) && hi > 0 && a[hi].Cap && a[hi].Kind == Word && !a[hi].Stop && spacedApart(text, a[hi-1], a[hi]) {
		hi++
	}
	return a[lo:hi]
}

// rendersName: the words ws render a name in some form — the word
// itself or in a hyphenated compound ("China-Japan"), an acronym, or an
// alias or adjective of it ("US" or "American" for "United States").
// The name is from[j] (with the capitalised words around it: "United
// States"), in a document whose plain text is text. An acronym renders a
// one-word name only with three letters or more: "UN" is no "Ukraine".
func rendersName(ws []Token, text string, from []Token, j int) bool {
	u := from[j]
	for _, t := range ws {
		// "China" renders "Chinese", "Europe" "European"; "lunar" the
		// Moon.
		if sameWord(t, u) || hyphenPart(u.Norm, t.Norm) || t.Cap && u.Cap && placeForm(t.Norm, u.Norm) || bodyAdjectives[t.Norm] == strings.TrimSuffix(u.Norm, "'s") {
			return true
		}
		// "Irish-based" renders "Ireland".
		if t.Cap && u.Cap && strings.Contains(t.Norm, "-") {
			for _, part := range strings.Split(t.Norm, "-") {
				if part != "" && placeForm(part, u.Norm) {
					return true
				}
			}
		}
	}
	around := nameAround(text, from, j, j+1)
	if personByPart(ws, around, u) {
		return true
	}
	var whole []string
	for _, t := range around {
		whole = append(whole, t.Norm)
	}
	acronyms := ws
	if len(whole) <= 1 {
		acronyms = nil
		for _, t := range ws {
			if len(t.Text) >= 3 {
				acronyms = append(acronyms, t)
			}
		}
	}
	return abbreviates(acronyms, []Token{u}) || aliasIn([]string{u.Norm, strings.Join(whole, " ")}, ws)
}

// personByPart: the words ws name the person whose name (name, of two or
// three words) holds u by another part: by the surname alone ("Biden" for
// "Joe Biden", "Nishimura" for "Yasutoshi Nishimura"), or by a family name
// that opens the name ("Xi" for "Xi Jinping", "Kim" for "Kim Jong-un").
// Not a given name alone ("Andriy" for "Andriy Yermak"), nor a part of a
// place or company ("York" for "New York", "Robotics" for "Hanbit
// Robotics"): a surname is no English word, a given name left out is a
// name or no English word, and no word of a place's name ("New", "South").
func personByPart(ws, name []Token, u Token) bool {
	// A possessive ends a name: "Kazakhstan's Aigerim Nurlanova" is two.
	if possessive(u) {
		return false
	}
	if k := slices.IndexFunc(name, func(t Token) bool { return t.Start == u.Start }); k > 0 && slices.ContainsFunc(name[:k], possessive) {
		name = name[k:]
	}
	// Titles before the name are no part of it ("Prime Minister Fumio
	// Kishida"), nor the country or body they are of ("German Chancellor
	// Olaf Scholz", "NATO Secretary General Jens Stoltenberg").
	titled := false
	for len(name) > 0 && name[0].Start != u.Start && (roleNouns[name[0].Norm] || honorifics[strings.TrimSuffix(name[0].Norm, ".")] || titleWords[name[0].Norm] ||
		len(name) > 2 && (peopleWord(name[0].Norm) || countryOf(name[0].Norm) != "" || isAllCaps(name[0].Text)) && slices.ContainsFunc(name[1:], func(t Token) bool { return roleNouns[t.Norm] || titleWords[t.Norm] })) {
		titled = titled || roleNouns[name[0].Norm] || honorifics[strings.TrimSuffix(name[0].Norm, ".")]
		name = name[1:]
	}
	if len(name) < 2 || len(name) > 3 {
		return false
	}
	has := func(v Token) bool {
		return slices.ContainsFunc(ws, func(t Token) bool { return t.Cap && sameWord(t, v) })
	}
	k := slices.IndexFunc(name, func(t Token) bool { return t.Start == u.Start })
	last := name[len(name)-1]
	given := (!isWord(u.Norm) || lexdb().names[u.Norm]) && !placeModifiers[u.Norm]
	// (A surname that is an English word — "Cook", "Macron" — cannot be
	// told from a word of a place's or an event's name: "London Marathon";
	// unless a person's title stands before the name: "President Emmanuel
	// Macron".)
	surname := !isWord(last.Norm) && !peopleWord(last.Norm) || titled
	if k >= 0 && k < len(name)-1 && given && surname && has(last) {
		return true
	}
	// A family name that opens the name stands for it, however many parts
	// follow ("Kim" for "Kim Jong Un").
	return k > 0 && familyNamesFirst[name[0].Norm] && !isWord(u.Norm) && has(name[0])
}

// titleForGivenName: the sentence has a title where the passage has a
// given name, before the same surname ("German Chancellor Scholz" / "Olaf
// Scholz"): one person named two ways.
func titleForGivenName(p *pair, r region) bool {
	if r.A1 >= len(p.a) || r.B1 >= len(p.b) || p.matchA[r.A1] != r.B1 || !p.b[r.B1].Cap || isWord(p.b[r.B1].Norm) {
		return false
	}
	for _, u := range p.b[r.B0:r.B1] {
		if !u.Cap || u.Stop || roleNouns[u.Norm] || titleWords[u.Norm] {
			return false
		}
	}
	title := false
	for _, t := range p.a[r.A0:r.A1] {
		switch {
		case roleNouns[t.Norm] || titleWords[t.Norm]:
			title = true
		case t.Cap && (peopleWord(t.Norm) || countryOf(t.Norm) != "" || isAllCaps(t.Text)):
		default:
			return false
		}
	}
	return title
}

// titleWords open a title before a name ("Prime Minister", "Foreign
// Secretary").
var titleWords = setOf("prime", "foreign", "deputy", "vice", "chief", "interior", "defence", "defense", "finance",
	"secretary", "general", "acting", "former", "senior", "state")

// peopleWord: a word for a people or its language ("Chinese", "Swiss"),
// which ends a name of an organisation ("Deutsche Welle Chinese") rather
// than a person's.
func peopleWord(w string) bool {
	if strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") {
		return true
	}
	for _, d := range demonyms {
		if d == w {
			return true
		}
	}
	return false
}

// placeModifiers open the names of places ("New York", "South Africa").
var placeModifiers = setOf("new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "united",
	"upper", "lower", "great", "greater", "saint", "st", "san", "santa", "los", "las", "el", "port", "fort", "mount", "lake",
	"cape", "central", "saudi", "sri", "costa", "puerto", "hong", "kuala", "abu", "buenos", "rio", "sao", "são", "la", "le")

// familyNamesFirst are Chinese and Korean family names, which come first in
// the name ("Xi Jinping", "Kim Jong-un") and name the person alone.
var familyNamesFirst = setOf("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu",
	"zhu", "gao", "lin", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu", "dong", "xiao",
	"cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei", "xue",
	"ye", "yan", "pan", "du", "dai", "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou",
	"xiong", "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao", "meng", "wan", "duan",
	"lei", "qian", "yin", "xi", "kim", "lee", "park", "choi", "jung", "cho", "yoon", "jang", "lim", "oh", "seo", "shin",
	"kwon", "hwang", "ahn", "ryu", "hong", "moon", "ko")

// aliasInPassage: the passage names the same entity another way.
func aliasInPassage(t Token, p *pair) bool { return aliasInWords(t, p, p.b) }

// aliasInWords: the words ws (of the passage) name the entity sentence token
// t names, another way.
func aliasInWords(t Token, p *pair, ws []Token) bool {
	// The name the word belongs to: "Kingdom" is part of "United Kingdom".
	k := 0
	for k < len(p.a) && p.a[k].Start != t.Start {
		k++
	}
	// The name and its parts around the word: "the United States
	// Government" names the United States.
	names := []string{t.Norm}
	if k < len(p.a) {
		around := nameAround(p.sent.doc.plain, p.a, k, k+1)
		at := slices.IndexFunc(around, func(u Token) bool { return u.Start == t.Start })
		for lo := 0; lo <= at; lo++ {
			for hi := at + 1; hi <= len(around); hi++ {
				if hi-lo >= 2 {
					var words []string
					for _, u := range around[lo:hi] {
						words = append(words, u.Norm)
					}
					names = append(names, strings.Join(words, " "))
				}
			}
		}
	}
	return aliasIn(names, ws)
}

// aliasIn: the words ws name, another way, the entity one of the names
// (a word, or the words of a name joined by spaces) stands for: "US" for
// "america", "Britain" for "united kingdom".
func aliasIn(names []string, ws []Token) bool {
	text := ""
	for _, group := range nameAliases {
		in := false
		for _, a := range group {
			for _, n := range names {
				// The name, or an adjective of it ("American").
				in = in || a == n || placeForm(n, a)
			}
		}
		if !in {
			continue
		}
		if text == "" { // the words joined once, for the groups the name is in
			var words []string
			for _, u := range ws {
				words = append(words, u.Norm)
			}
			text = " " + strings.Join(words, " ") + " "
		}
		for _, a := range group {
			if strings.Contains(text, " "+a+" ") {
				return true
			}
			// Or an adjective of it: "American" for "the United States".
			for _, u := range ws {
				if u.Cap && placeForm(u.Norm, a) {
					return true
				}
			}
		}
	}
	return false
}

// slipOf: t is within a transliteration slip of one of the words ts.
func slipOf(t Token, ts []Token) bool {
	words := map[string]string{}
	for _, u := range ts {
		if u.Kind == Word {
			words[u.Norm] = u.Text
		}
	}
	sug, _ := closeName(t.Norm, words)
	return sug != ""
}
