package check

import (
	"fmt"
	"slices"
	"strings"
)

type grammarCheck struct{}

func init() { register(grammarCheck{}) }

func (grammarCheck) Info() Info {
	return Info{ID: "missing-subject", Title: "Sentence starts with its verb: the subject is missing", Category: CatGrammar,
		Severity: Major, Definite: true,
		Doc: `Flags a sentence of the article that opens with a finite verb (in lower case too where it
opens the text or a paragraph after one that ended its sentence) — a past-tense form, an
auxiliary, a present form before its object ("Said the talks would resume.", "Has not
published the report.", "Puts the bill at …"), or a present form of a word that is only a verb
before "to" ("Expects to transfer …") — where English
needs a subject, also after an adverb ("Also launched a campaign …", "Later said …"); a past
form that is also an adjective counts when an object, "that" or a preposition follows it ("Said
on Tuesday they …", "Told reporters …"). MT drops subjects when
the source language leaves them implied. Questions, participle openings ("Founded in 1990, the
firm …", "Helped by strong sales, …", "Based on the evidence the court …"; but "Led to the
resignation of the minister." has neither comma nor verb after it, and "Jumped 31% on the news,
while …" a conjunction after its comma), inverted sentences ("Included in the package are …")
and short headline-like lines are left alone. Also a reported clause that has lost its subject: a reporting verb followed straight by an auxiliary ("The board
said would not extend the deadline", or by an adverb and a past form, "said no longer expected";
not in a relative clause without "that": "a move the
ministry said would help"), and an adverbial clause without a subject: a conjunction followed
straight by a finite verb ("…, although fell nine votes short", "after raised its forecast",
"before was arrested", "next week after repaired a bridge", "after cut its forecast", "in
Bangkok, where inundated more than 60,000 homes"), not a
reduced clause ("when asked the question", "if confirmed this week", "once repaired") nor an
adverb ("has since removed", "the day before was"); "who" or "which" before a verb of saying and
an auxiliary or modal, the relative the subject of the saying and what was said left without one
("transport unions who said would push up fares"; not "the man who witnesses said would"); and an
attribution after the last comma with no one saying it ("…, said on Monday.", or before a
participle clause, "…, said on Thursday, citing …"; not "…, said the ministry"); and a clause after an opening phrase, a purpose or an adverb closed by a comma that
starts with its verb or its auxiliary and verb ("In the meantime, has banned …", "To ease the
shortage, has flown …", "Meanwhile, will close …", "According to him, was losing …"), or,
after an opening clause with its own subject and verb, with its auxiliary and verb ("While the
work is under way, will perform …"), or after
a time phrase with no comma, a past verb before a number, a name, a possessive or an article
("On Sunday beat Rovers 3-1", "On Saturday won the cup"). Works without a reference. With one,
also "that" or a conjunction straight before an auxiliary where the passage has a subject
between them ("told a festival that ⟨Thornleigh⟩ would keep …"; also a conjunction or a verb of
saying before a past verb the passage has there, "after ⟨a tanker⟩ spilled fuel", "said ⟨she⟩
hoped", "as ⟨voters angered by rising prices⟩ turned"; not after "and" or "but", nor
where the sentence has the subject's words elsewhere), and, however loosely the rest is worded,
"that" and an auxiliary after a verb of saying or finding where the passage has a subject before
the same auxiliary, or before its only auxiliary the sentence does not render ("said on the 8th
that would invest" / "announced it would put", "warned that could drop" / "cautioning that they
might fall"; not a
demonstrative, "said this would be a mistake").`}
}

// Auxiliaries and modals that cannot open a statement.
var finiteAux = setOf("has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should",
	"can", "may", "might", "must", "did", "does", "do")

func (chk grammarCheck) Run(c *Context) []Finding {
	var out []Finding
	for i, s := range c.Article.Sentences {
		ws := s.words
		if len(ws) < 5 || strings.HasSuffix(strings.TrimRight(s.Text, "\"”’'»)"), "?") {
			continue
		}
		// Only a capitalised opening at the start of the text: a line that
		// continues a sentence from the line before starts in lower case —
		// not a paragraph after one that ended its sentence, which has lost
		// its subject with its capital ("stepped down as chairman on …").
		if !ws[0].Cap && !c.paragraphOpening(i) || s.Tokens[0].Kind == Punct {
			continue
		}
		// An adverb before the verb hides nothing: "Also launched a
		// campaign …", "Later said …" (not "Also, …", nor "Still images").
		if openingAdverbs[ws[0].Norm] && !commaBetween(s, ws[0], ws[1]) && !ws[1].Cap && len(ws) > 5 {
			ws = ws[1:]
		}
		// "On the regional exchange, climbed 12% in June": a phrase of
		// place or time, then a verb where its subject should be.
		if f, ok := chk.verbAfterOpeningPhrase(c, i, s, ws); ok {
			out = append(out, f)
			continue
		}
		first := ws[0]
		saidFirst := reportsPronoun(first, ws[1]) || attributing[first.Norm] && !ws[1].Cap
		// A participle that may open a phrase before the subject ("Led by
		// …, the team", "Based on the evidence the court ruled") has lost
		// its subject when no comma and no verb follow: "Led to the
		// resignation of the minister."
		lone := adjunctParticiples[first.Norm] && first.Norm != "born" && allPrepositions[ws[1].Norm] && ws[1].Norm != "by" && !commaWithin(s.Tokens, len(s.Tokens)) &&
			!finiteLater(s, ws[1:])
		if !startsVerbally(first, ws[1], ws[2:], func() bool { return commaWithin(s.Tokens, 15) }) && !saidFirst && !lone {
			continue
		}
		// "Founded in 1990, the firm …", "Asked about it, he said …",
		// "Helped by strong sales of …, the carmaker …" — but "Had sought
		// an eight-year term, arguing …" has lost its subject all the same.
		// "Had it not been for the rain, …", "Had the council acted
		// sooner, …": an inverted condition, its subject after the verb.
		// (Without the comma that ends the condition, "Were the only sector
		// to rise." has lost its subject.)
		if finiteAux[first.Norm] && (subjectPronouns[ws[1].Norm] || ws[1].Norm == "it" || ws[1].Norm == "there" || ws[1].Norm == "you" || determiners[ws[1].Norm]) &&
			commaWithin(s.Tokens, 12) {
			continue
		}
		// "Said, however, that …": a reporting verb opening the sentence
		// has lost who said it, whatever comma follows.
		if commaWithin(s.Tokens, 6) && !auxThenVerb(ws) && !saidFirst && !conjunctionAfterComma(s, ws, 6) || ws[1].Norm == "by" && !finiteAux[first.Norm] || participleClause(s, ws) {
			continue
		}
		// "Blacklisted companies have …": a participle before its noun.
		if next := ws[1]; !finiteAux[first.Norm] && next.IsContent() && next.Kind == Word && !pronounObjects[next.Norm] && (canBe(next, 'n') || canBe(next, 'a')) {
			continue
		}
		// "Included in the package are new rules": the subject comes after
		// "be", inverted.
		// A reporting verb is inverted only before a preposition ("Added
		// to the list were …"); before anything else the "be" is in what
		// was said ("Said the evidence was …", "Said, however, that the
		// process was …").
		if !finiteAux[first.Norm] && !reportsPronoun(first, ws[1]) && (!attributing[first.Norm] || allPrepositions[ws[1].Norm]) && beforeVerb(ws[1:], "be") {
			continue
		}
		f := c.finding(chk, i, first.Start, first.End, fmt.Sprintf("the sentence starts with the verb %s: %s", quote(first.Text), verbRole(first)))
		out = append(out, f)
	}
	out = append(out, chk.attributionWithoutSubject(c)...)
	out = append(out, chk.subordinateWithoutSubject(c)...)
	out = append(out, chk.reportedByRelative(c)...)
	out = append(out, chk.subjectHole(c)...)
	out = append(out, chk.thatWithoutSubject(c)...)
	// The reference says it the same way: the words are the original's,
	// not a subject the translation lost ("a move that Canadian and
	// Mexican officials warned could disrupt …").
	out = slices.DeleteFunc(out, c.passageSaysAlike)
	// A reported clause is compared from the word before its reporting
	// verb (reportedWithoutSubject).
	return append(out, chk.reportedWithoutSubject(c)...)
}

// paragraphOpening: sentence i opens the text or a paragraph after one
// whose last sentence ends with its full stop, question or exclamation mark.
func (c *Context) paragraphOpening(i int) bool {
	ss := c.Article.Sentences
	if i == 0 {
		return true
	}
	if ss[i-1].Para == ss[i].Para {
		return false
	}
	prev := strings.TrimRight(ss[i-1].Text, "\"”’'») ")
	return strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, "?")
}

// reportsPronoun: a reporting verb opens the sentence before the subject
// of what was said ("Said she had wept with joy", "Told reporters he …" is
// startsVerbally's): who said it is missing.
func reportsPronoun(first, next Token) bool {
	return attributing[first.Norm] && (subjectPronouns[next.Norm] || next.Norm == "it")
}

// conjunctionAfterComma: the first comma within n words of the start is
// followed by a conjunction, not by a subject: "Jumped 31% on the news,
// while Telvia's shares slipped" has lost its subject; "Founded in 1990,
// the firm …" has not.
func conjunctionAfterComma(s *Sentence, ws []Token, n int) bool {
	for x := 1; x < len(ws) && x <= n; x++ {
		if commaBetween(s, ws[x-1], ws[x]) {
			w := ws[x].Norm
			return w == "while" || w == "whereas" || w == "and" || w == "but" || w == "although" || w == "though"
		}
	}
	return false
}

// auxThenVerb: the sentence opens with an auxiliary and a verb form ("Had
// sought", "Was cooperating", "Has been"), not an inverted condition ("Had
// it not been for …").
func auxThenVerb(ws []Token) bool {
	if !finiteAux[ws[0].Norm] || len(ws) < 2 {
		return false
	}
	v := ws[1]
	return v.Norm == "been" || pastVerbForm(v) && strings.IndexByte(lexdb().pos[v.Norm], 'n') < 0 || strings.HasSuffix(v.Norm, "ing") && canBe(v, 'v')
}

// verbAfterOpeningPhrase: the sentence opens with a prepositional phrase
// closed by a comma ("On the regional exchange in Santa Irene,"), and the
// clause after it starts with a past verb before its object or a number
// ("climbed 12% in June", "said it would …"): the clause has no subject.
func (chk grammarCheck) verbAfterOpeningPhrase(c *Context, i int, s *Sentence, ws []Token) (Finding, bool) {
	// "To support local staff, …", "Meanwhile, …": a purpose or an adverb
	// opens the sentence as a phrase does.
	purpose := ws[0].Norm == "to" && canBe(ws[1], 'v')
	// "While the work is under way, will perform …": an opening clause
	// with its own subject and verb, then a main clause with neither.
	clause := clauseOpenersWithSubject[ws[0].Norm] || subordinators[ws[0].Norm] || ws[0].Norm == "while"
	if !allPrepositions[ws[0].Norm] && ws[0].Norm != "according" && !purpose && !clause && !(openingAdverbs[ws[0].Norm] && commaBetween(s, ws[0], ws[1])) {
		return Finding{}, false
	}
	// "On Saturday won 2-0": a time phrase with no comma, then a past
	// verb before its object or a number.
	if f, ok := chk.verbAfterTimePhrase(c, i, s, ws); ok {
		return f, true
	}
	finite := false
	for k := 1; k+1 < len(ws) && k <= 10; k++ {
		if purpose && k == 1 {
			continue // the verb of "To support …"
		}
		if !commaBetween(s, ws[k-1], ws[k]) {
			// A verb in the opening phrase: it was a clause, not a phrase
			// — as it should be after a conjunction.
			if finiteAux[ws[k].Norm] || ws[k].Norm != ws[k].Lemma && canBe(ws[k], 'v') && !canBe(ws[k], 'n') && !strings.HasSuffix(ws[k].Norm, "ing") {
				if !clause || k == 1 {
					return Finding{}, false
				}
			}
			finite = finite || clause && k > 1 && mayBeFinite(ws, k)
			continue
		}
		// A conjunction opening a clause with no verb ("If confirmed, …",
		// "Once repaired, …") leaves its subject to the main clause; one
		// that is also a preposition ("After the vote, …") opened a
		// phrase.
		if clause && !finite && !allPrepositions[ws[0].Norm] {
			return Finding{}, false
		}
		v, next := ws[k], ws[k+1]
		if clause && finite && !finiteAux[v.Norm] {
			return Finding{}, false // only "will perform", "has sold" after a clause
		}
		// An auxiliary and its verb: "In the meantime, has prohibited …".
		if finiteAux[v.Norm] && !v.Cap && (pastVerbForm(next) || modals[v.Norm] && canBe(next, 'v') && next.Norm == next.Lemma ||
			v.Lemma == "be" && strings.HasSuffix(next.Norm, "ing") && canBe(next, 'v') && !canBe(next, 'n')) {
			return c.finding(chk, i, v.Start, next.End, fmt.Sprintf("the clause after the opening phrase starts with %s: its subject is missing", quote(v.Text+" "+next.Text))), true
		}
		if !pastVerbForm(v) || adjunctParticiples[v.Norm] || strings.ContainsAny(lexdb().pos[v.Norm], "na") && !attributing[v.Norm] {
			return Finding{}, false
		}
		if next.Kind != Number && !determiners[next.Norm] && !possessives[next.Norm] && next.Norm != "that" && !subjectPronouns[next.Norm] && next.Norm != "it" {
			return Finding{}, false
		}
		// "In 2010, backed by investors, the firm …": a participle
		// phrase between commas.
		if at := slices.IndexFunc(s.Tokens, func(t Token) bool { return t.Start == v.Start }); at < 0 || commaWithin(s.Tokens[at:], 4) {
			return Finding{}, false
		}
		return c.finding(chk, i, v.Start, v.End, fmt.Sprintf("the clause after the opening phrase starts with the verb %s: %s", quote(v.Text), verbRole(v))), true
	}
	return Finding{}, false
}

// verbAfterTimePhrase: a time phrase opens the sentence with no comma ("On
// Saturday", "In March", "Last week" is no phrase of this kind) and a past
// verb follows straight on, before a number, a name, a possessive or an
// article: "On Saturday won 2-0", "On Sunday beat Rovers", "In March raised
// its forecast", "On Saturday won the cup". A time phrase is followed by
// its clause's subject.
func (chk grammarCheck) verbAfterTimePhrase(c *Context, i int, s *Sentence, ws []Token) (Finding, bool) {
	if !allPrepositions[ws[0].Norm] || len(ws) < 4 {
		return Finding{}, false
	}
	k := 1
	if ws[k].Norm == "the" {
		k++
	}
	if t := ws[k]; !(monthsDays[t.Norm] || t.Kind == Number || timeNouns[t.Lemma]) || commaBetween(s, ws[k], ws[k+1]) {
		return Finding{}, false
	}
	if k+2 >= len(ws) {
		return Finding{}, false
	}
	v, next := ws[k+1], ws[k+2]
	past := pastVerbForm(v) && v.Norm != v.Lemma || unchangedPasts[v.Norm]
	if v.Cap || !past || adjunctParticiples[v.Norm] {
		return Finding{}, false
	}
	if next.Kind != Number && !possessives[next.Norm] && next.Norm != "that" && !next.Cap && next.Norm != "the" && next.Norm != "a" && next.Norm != "an" {
		return Finding{}, false
	}
	return c.finding(chk, i, v.Start, v.End, fmt.Sprintf("the clause after the opening phrase starts with the verb %s: %s", quote(v.Text), verbRole(v))), true
}

// attributionWithoutSubject finds an attribution at the end of a sentence,
// after a comma, that has lost who said it: "…, said on Monday." (the
// subject may follow the verb: "…, said the ministry", "…, said Smith";
// where it stood before it, "…, the ministry said on Monday", the verb is no
// first word after the comma).
func (chk grammarCheck) attributionWithoutSubject(c *Context) []Finding {
	var out []Finding
	for i, s := range c.Article.Sentences {
		ws := s.words
		end := len(ws) // the attribution runs to the end, or to a participle clause after it
		for k := len(ws) - 1; k > 2; k-- {
			if !commaBetween(s, ws[k-1], ws[k]) {
				continue
			}
			// "…, said on Thursday, citing a shortage of housing": a
			// participle clause may follow the attribution.
			if end == len(ws) && strings.HasSuffix(ws[k].Norm, "ing") && canBe(ws[k], 'v') && !ws[k].Cap {
				end = k
				continue
			}
			if !attributing[ws[k].Norm] {
				break
			}
			rest, subjectless := ws[k+1:end], true
			for _, t := range rest {
				if t.Cap && !monthsDays[t.Norm] || t.Kind == Word && !t.Stop && !timeNouns[t.Lemma] && !timeNouns[t.Norm] && !monthsDays[t.Norm] && !attributionMedia[t.Lemma] && !canBe(t, 'r') {
					subjectless = false
				}
			}
			// "…, the superintendent, Mark Ellison, said on Wednesday": the
			// comma closes a name in apposition, the subject.
			if subjectless && !appositionBefore(s, ws, k) {
				out = append(out, c.finding(chk, i, ws[k].Start, ws[k].End, fmt.Sprintf("%s ends the sentence with no one saying it: who said it is missing", quote(ws[k].Text))))
			}
			break
		}
	}
	return out
}

// attributing verbs end a sentence as its attribution ("…, said on Monday").
var attributing = setOf("said", "says", "added", "told", "stated", "announced", "reported", "explained", "noted", "warned")

// attributionMedia are where a thing was said: "…, she said in a statement".
var attributionMedia = setOf("statement", "interview", "conference", "briefing", "release", "report", "speech",
	"address", "post", "email", "letter", "video", "message", "broadcast", "television", "radio", "news")

// openingAdverbs may stand before the verb of a sentence with a subject
// ("The ministry also launched …"), and so before a verb that lost it.
var openingAdverbs = setOf("also", "later", "then", "subsequently", "recently", "earlier", "previously", "meanwhile", "separately")

// adverbialOpeners open an adverbial clause, which needs its own subject.
var adverbialOpeners = setOf("although", "though", "because", "after", "when", "while", "since", "before", "if",
	"unless", "until", "whereas", "whether", "where")

// pastOnly are irregular simple-past forms that are never participles: no
// reduced clause ("when asked", "although tired") begins with one.
var pastOnly = setOf("fell", "rose", "grew", "took", "gave", "saw", "went", "came", "became", "began", "drew",
	"drove", "flew", "knew", "threw", "wrote", "spoke", "broke", "chose", "froze", "stole", "rode", "rang",
	"sang", "sank", "swam", "wore", "tore", "shook", "forgot", "ate", "hid", "arose", "forbade", "undertook",
	"overtook", "withdrew", "underwent", "foresaw", "shrank", "sprang")

// reportedByRelative: "who" or "which" said something whose clause has no
// subject: the relative is the subject of the verb of saying, so an
// auxiliary or modal straight after it has none ("transport unions who
// said would push up bus fares", "a tax, which said could reduce …"; not
// "who police said would", whose reported clause has the relative for its
// subject). Works without a reference.
func (chk grammarCheck) reportedByRelative(c *Context) []Finding {
	var out []Finding
	for i, s := range c.Article.Sentences {
		ws := s.words
		for k := 2; k+1 < len(ws); k++ {
			rel, said, v := ws[k-2], ws[k-1], ws[k]
			if (rel.Norm != "who" && rel.Norm != "which") || !reportedBy[said.Norm] || !(finiteAux[v.Norm] || modals[v.Norm]) || v.Cap ||
				commaBetween(s, said, v) {
				continue
			}
			f := c.finding(chk, i, said.End, v.Start, fmt.Sprintf("%s %s has no subject: %s is the subject of %s", quote(said.Text), quote(v.Text), quote(rel.Text), quote(said.Text)))
			out = append(out, f)
			break
		}
	}
	return out
}

// timeDeterminers make a time noun an adverbial of its clause ("next week",
// "last month", "this year"), not a subject ("the week after saw …").
var timeDeterminers = setOf("next", "last", "this", "every", "each", "on", "in")

// bothObjects are verbs whose passive keeps an object, so that a reduced
// clause may run into a determiner ("when asked the question, he …").
var bothObjects = setOf("asked", "told", "given", "shown", "offered", "granted", "sent", "promised", "awarded",
	"handed", "paid", "denied", "charged", "called", "named", "elected", "appointed", "considered", "declared")

// subordinateWithoutSubject finds an adverbial clause that has lost its
// subject: a subordinating conjunction followed straight by a finite verb
// ("although fell just nine votes short", "after raised its forecast",
// "because is expected"). Reduced clauses keep a participle and no object
// ("when asked", "although founded in 1990", "if needed"); "as is
// customary" and "than was expected" are comparisons.
func (chk grammarCheck) subordinateWithoutSubject(c *Context) []Finding {
	var out []Finding
	for i, s := range c.Article.Sentences {
		ws := s.words
		// "When did the crisis begin?": a question inverts.
		if strings.Contains(s.Text, "?") {
			continue
		}
		for k := 1; k < len(ws); k++ {
			sub, v := ws[k-1], ws[k]
			if !adverbialOpeners[sub.Norm] || v.Cap || commaBetween(s, sub, v) {
				continue
			}
			// The clause opens the sentence or follows a comma.
			opens := k == 1 || commaBetween(s, ws[k-2], sub)
			if !opens {
				// The word is an adverb, not a conjunction, after an
				// auxiliary ("has since removed"), a time noun ("the day
				// before was") or an adverb of time ("never before had",
				// "rarely since has"), and "before", "since" and "after"
				// end a clause before an auxiliary ("what has changed since
				// is", "what happened after was").
				prev := ws[k-2]
				pastForm := pastVerbForm(prev)
				// ("next week after repaired a bridge": a time said of the
				// main clause, not the subject "the week after".)
				timeSubject := timeNouns[prev.Norm] && !(k >= 3 && (timeDeterminers[ws[k-3].Norm] || ws[k-3].Kind == Number))
				if finiteAux[prev.Norm] || adverbBeforeConjunction[prev.Norm] || timeSubject ||
					pastForm && finiteAux[v.Norm] && (sub.Norm == "since" || sub.Norm == "before" || sub.Norm == "after") {
					continue
				}
				// "asked when was the last time …": a question reported
				// with its inversion kept.
				if (sub.Norm == "when" || sub.Norm == "where") && askingVerbs[prev.Lemma] {
					continue
				}
				// "Spectators who arrived after missed …", "What happened
				// after came …": the word ends a relative clause.
				if pastForm && (sub.Norm == "after" || sub.Norm == "before" || sub.Norm == "since") && k >= 3 &&
					(relativizers[ws[k-3].Norm] || ws[k-3].Norm == "what" || k >= 4 && (relativizers[ws[k-4].Norm] || ws[k-4].Norm == "what")) {
					continue
				}
			}
			if k+1 >= len(ws) || commaBetween(s, v, ws[k+1]) || coordinators[ws[k+1].Norm] {
				continue // "though broke, the club …", "though broke and in debt"
			}
			// A simple past that is no participle, or an auxiliary. "Broke",
			// "rose" and "fell" are also an adjective and nouns ("Although
			// broke at the time", "While rose sales soar"): a verb there
			// only before an object or a measure.
			// So is a past the same as its base before a possessive ("after
			// cut its forecast").
			// ("where" before an auxiliary may invert its subject: "the town
			// where is based the factory".)
			finite := finiteAux[v.Norm] && sub.Norm != "where" || pastOnly[v.Norm] && (!pastHomographs[v.Norm] || verbFollows(ws[k+1])) ||
				unchangedPasts[v.Norm] && possessives[ws[k+1].Norm] && !opens
			// Another past form is finite when an object follows it ("after
			// raised its forecast", "after lost its biggest client"); not
			// before a time ("if confirmed this week", "when overloaded the
			// first time") or a noun ("after raised beds"), and not for
			// verbs whose passive keeps an object ("when asked the
			// question").
			irregular := pastVerbForm(v) && !strings.HasSuffix(v.Norm, "ed")
			if !finite && pastVerbForm(v) && !bothObjects[v.Norm] && !adjunctParticiples[v.Norm] {
				next := ws[k+1]
				// A clause that opens the sentence, a reported clause or a
				// coordinated one may run into the main clause's subject
				// with its comma left out ("Once completed the bridge will
				// …", "said if approved the law would …"), and a passive
				// there keeps its complement ("Though dubbed the people's
				// princess, …", "After fined the maximum, …"): read as a
				// verb with its own object only before a possessive closed
				// by a comma ("After raised its forecast, the company …").
				// So are irregular participles anywhere ("when taught a
				// trade", "when done the right way"; "after lost its
				// biggest client" has lost its subject).
				opening := opens || ws[k-2].Norm == "that" || reportedBy[ws[k-2].Norm] || coordinators[ws[k-2].Norm]
				if sub.Norm == "where" {
					// "Bangkok, where inundated more than 60,000 homes":
					// "where" opens a clause with its own subject, and a
					// reduced one has no object ("where needed").
					finite = objectDeterminers[next.Norm] || next.Kind == Number || shareHedges[next.Norm] || next.Norm == "more"
				} else if opening || irregular {
					finite = possessives[next.Norm] && (!opening || objectThenComma(s, ws, k+1))
				} else {
					// After its main clause: before an object ("after raised
					// its forecast"), not a time ("if confirmed this week"),
					// a manner ("when managed the right way") or a noun
					// ("after raised beds"); a gerund with its own object
					// ("after admitted stealing £2.4 million"), not one
					// seen being done ("if spotted throwing a flare").
					after := ""
					if k+2 < len(ws) {
						after = ws[k+2].Norm
					}
					gerund := strings.HasSuffix(next.Norm, "ing") && next.Lemma != next.Norm && canBe(next, 'v') && !perceived[v.Norm] &&
						k+2 < len(ws) && (objectDeterminers[after] || ws[k+2].Kind == Number)
					finite = gerund || objectDeterminers[next.Norm] && ordinalWords[after] == 0 && !timeModifiers[after] && !timeNouns[after] && !mannerWords[after] &&
						!strings.HasSuffix(after, "est")
				}
			}
			if !finite {
				continue
			}
			f := c.finding(chk, i, v.Start, v.End, fmt.Sprintf("the clause %s %s … has no subject", quote(sub.Text), quote(v.Text)))
			out = append(out, f)
			break
		}
	}
	return out
}

// pastVerbForm: a past tense or participle of a verb, regular ("raised") or
// among the irregular forms ("lost", "taken"); not a gerund ("winning",
// whose doubled consonant puts it among the irregular forms) nor a third
// person ("sets").
func pastVerbForm(t Token) bool {
	return canBe(t, 'v') && (strings.HasSuffix(t.Norm, "ed") ||
		lexdb().lemmas[t.Norm] != "" && !strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ing"))
}

// unchangedPasts are verbs whose past and participle are their base form
// ("after it set aside funds", "had had forecast").
var unchangedPasts = setOf("set", "put", "cut", "hit", "let", "cost", "shut", "spread", "quit", "bet", "hurt", "cast",
	"split", "burst", "broadcast", "forecast", "upset", "bid", "offset", "undercut", "reset", "beat", "read")

// possessives open the object of an active verb ("raised its forecast").
var possessives = setOf("its", "their", "his", "her", "our", "my", "your")

// perceived are verbs whose passive is followed by what was seen being done
// ("if caught using a phone").
var perceived = setOf("caught", "spotted", "seen", "heard", "found", "filmed", "photographed", "pictured", "recorded",
	"observed", "noticed", "witnessed", "detected")

// mannerWords follow "the" in a phrase of manner or degree after a
// participle ("when done the right way", "affected the most").
var mannerWords = setOf("right", "wrong", "same", "most", "least", "best", "worst", "traditional", "usual", "old", "hard")

// pastHomographs are simple pasts that are also adjectives or nouns.
var pastHomographs = setOf("broke", "rose", "fell", "saw", "spoke")

// verbFollows: the word can follow a simple past of pastHomographs: an
// object, a measure or an adverb ("although fell just nine votes short",
// "rose 5 percent", "broke the record").
func verbFollows(t Token) bool {
	return objectDeterminers[t.Norm] || t.Kind == Number || strings.HasSuffix(t.Norm, "ly") || pastAdverbs[t.Norm]
}

var pastAdverbs = setOf("just", "only", "nearly", "almost", "about", "more", "less", "short", "to", "by", "back", "down", "up")

// askingVerbs report a question: "asked when …", "did not know when …".
var askingVerbs = setOf("ask", "wonder", "know", "explain", "question", "tell", "say", "decide", "unclear", "clear")

// objectThenComma: the words from k on are a short noun phrase closed by a
// comma, with no verb before it.
func objectThenComma(s *Sentence, ws []Token, k int) bool {
	for x := k; x < len(ws) && x < k+8; x++ {
		if finiteAux[ws[x].Norm] || x > k && ws[x].Norm != ws[x].Lemma && canBe(ws[x], 'v') && !canBe(ws[x], 'n') {
			return false
		}
		if x+1 < len(ws) && commaBetween(s, ws[x], ws[x+1]) {
			return true
		}
	}
	return false
}

// adverbBeforeConjunction are adverbs that make "before", "since" or "once"
// an adverb too: "never before", "long since", "only after", "all at once".
var adverbBeforeConjunction = setOf("ever", "never", "long", "only", "rarely", "seldom", "just", "shortly", "soon",
	"all", "not", "even", "at", "right", "immediately", "ago", "earlier", "later")

// coordinators join clauses; a clause after one may open with a reduced
// clause of its own ("but once completed the bridge will …").
var coordinators = setOf("and", "but", "or", "so", "yet", "nor")

// objectDeterminers open the object of a finite verb ("after raised its
// forecast").
var objectDeterminers = setOf("the", "a", "an", "its", "their", "his", "her", "our")

// timeModifiers open a time phrase after a reduced clause ("if approved
// the same day", "when contacted the next morning").
var timeModifiers = setOf("same", "next", "following", "previous")

// reportedWithoutSubject finds a reported clause that has lost its subject:
// a reporting verb followed straight by an auxiliary ("The board said would
// not extend …", "said does not expect"). "What he said was true" is a
// clause as subject, not a report, and so is "the journalist who she said
// had been threatened".
func (chk grammarCheck) reportedWithoutSubject(c *Context) []Finding {
	var out []Finding
	for i, s := range c.Article.Sentences {
		ws := s.words
		for k := 1; k+1 < len(ws); k++ {
			if !reportedBy[ws[k].Norm] {
				continue
			}
			// The reported clause may follow a day: "said on Tuesday would
			// not …" ("said last week would be difficult" has its subject).
			// Only after "said"/"says": "The measures announced on Tuesday
			// will …" is a participle, its noun the subject.
			a := k + 1
			if (ws[k].Norm == "said" || ws[k].Norm == "says") && a+1 < len(ws) && ws[a].Norm == "on" &&
				(monthsDays[ws[a+1].Norm] || ws[a+1].Kind == Number && a+2 < len(ws) && monthsDays[ws[a+2].Norm]) {
				a += 2
				for a < len(ws) && a <= k+5 && (timeNouns[ws[a].Norm] || timeNouns[ws[a].Lemma] || monthsDays[ws[a].Norm] || ws[a].Kind == Number) {
					a++
				}
			}
			// An adverb before the verb: "said no longer expected", "said
			// also planned" — a past form counts after one, where it can
			// only be the verb ("said expected profits would …" has its
			// subject).
			adverb := false
			if a+1 < len(ws) && ws[a].Norm == "no" && ws[a+1].Norm == "longer" {
				a, adverb = a+2, true
			} else if a < len(ws) && preVerbAdverbs[ws[a].Norm] {
				a, adverb = a+1, true
			}
			if a >= len(ws) || !finiteAux[ws[a].Norm] && !(adverb && pastVerbForm(ws[a])) || commaBetween(s, ws[k], ws[a]) {
				continue
			}
			// "What all the data I have shown you says is …": the verb is
			// in a clause that is itself the subject, however long — one
			// that opens the sentence or a clause, with no "and" or "but"
			// between ("… explain what the plan involved but said would
			// be …" has lost its subject).
			relative := false
			for x := k - 1; x >= 0 && !relative; x-- {
				if x < k-4 && (ws[x].Norm == "and" || ws[x].Norm == "but" || ws[x].Norm == "or") {
					break
				}
				opens := x == 0 || commaBetween(s, ws[x-1], ws[x])
				relative = (ws[x].Norm == "what" || ws[x].Norm == "whatever") && (x >= k-4 || opens) ||
					x >= k-4 && (ws[x].Norm == "all" || ws[x].Norm == "as" || relativizers[ws[x].Norm] && !commaBetween(s, ws[x], ws[k]))
			}
			// A longer subject between "that" and the verb, a noun phrase
			// with no verb in it ("a move that Canadian and Mexican
			// officials warned could …").
			for x := k - 5; x >= 0 && x >= k-8 && !relative; x-- {
				relative = relativizers[ws[x].Norm] && !commaBetween(s, ws[x], ws[k]) && nounPhrase(ws[x+1:k])
			}
			// The reference says it the same way from the word before the
			// reporting verb to the auxiliary: "a move she said would cut"
			// has "said would cut" too, but not "move said would".
			if relative || contactRelative(s, ws, k) || c.passageHasRun(i, ws[k-1:a+1]) {
				continue
			}
			f := c.finding(chk, i, ws[a].Start, ws[a].End, fmt.Sprintf("%s %s: %s", quote(ws[k].Text), quote(ws[a].Text), verbRole(ws[a])))
			out = append(out, f)
			break
		}
	}
	return out
}

// nounPhrase: ws holds no verb — no auxiliary, no form that can only be a
// verb's, no relative word.
func nounPhrase(ws []Token) bool {
	for _, t := range ws {
		if finiteAux[t.Norm] || relativizers[t.Norm] || canBe(t, 'v') && !canBe(t, 'n') && !canBe(t, 'a') && !t.Cap {
			return false
		}
	}
	return true
}

// modifiedSubject: a noun phrase and a participle or preposition that
// modifies it ("voters angered by rising rice prices", "officials in the
// capital"): a subject the way news writes one.
func modifiedSubject(ws []Token) bool {
	for m := 1; m+1 < len(ws) && m <= 4; m++ {
		head, next := ws[m-1], ws[m]
		if !nounPhrase(ws[:m]) || !(canBe(head, 'n') || head.Cap || subjectPronouns[head.Norm]) || head.Stop {
			continue
		}
		if (pastVerbForm(next) || strings.HasSuffix(next.Norm, "ing")) && canBe(next, 'v') || prepositions[next.Norm] {
			return !slices.ContainsFunc(ws[m:], func(t Token) bool { return finiteAux[t.Norm] || relativizers[t.Norm] })
		}
	}
	return false
}

// appositionBefore: the words before the comma at ws[k] are a name set off
// by commas after a noun ("the superintendent, Mark Ellison, said"): from
// the comma before, up to four capitalised words; or a description set
// off after a name ("Grace Mensah, the head of the commission, said").
func appositionBefore(s *Sentence, ws []Token, k int) bool {
	// "…, Grace Mensah, the head of the electoral commission, said": a
	// description in apposition after the name.
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		if commaBetween(s, ws[j-1], ws[j]) {
			// One who can say it: "the head of …", not "the largest
			// seizure this year".
			if determiners[ws[j].Norm] && nounPhrase(ws[j:k]) && ws[j-1].Cap && ws[j-1].Kind == Word &&
				slices.ContainsFunc(ws[j:k], func(u Token) bool { return roleNouns[u.Norm] || roleNouns[u.Lemma] }) {
				return true
			}
			break
		}
	}
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if !ws[j].Cap {
			return false
		}
		if commaBetween(s, ws[j-1], ws[j]) {
			return ws[j-1].Kind == Word && (canBe(ws[j-1], 'n') || ws[j-1].Cap)
		}
	}
	return false
}

// passageSaysAlike: the aligned passage has the three words around the
// finding's first word (the word before, it, the word after) in a row, and
// at the start of a sentence where the finding's word opens one.
func (c *Context) passageSaysAlike(f Finding) bool {
	p := c.pairs[f.Sentence]
	if p == nil || p.align == nil {
		return false
	}
	ws := p.a
	k := slices.IndexFunc(ws, func(t Token) bool { return t.Start == f.Start })
	if k < 0 {
		return false
	}
	return passageRun(p, ws[max(0, k-1):min(len(ws), k+2)], k == 0)
}

// passageHasRun: the passage aligned with sentence i has the words ws in a
// row.
func (c *Context) passageHasRun(i int, ws []Token) bool {
	p := c.pairs[i]
	return p != nil && p.align != nil && passageRun(p, ws, false)
}

// passageRun: the passage of p has the words ws in a row — at the start
// of one of its sentences if opening.
func passageRun(p *pair, ws []Token, opening bool) bool {
	for j := 0; j+len(ws) <= len(p.b); j++ {
		same := !opening || opensSentence(p.ref.plain, p.b, j)
		for x := 0; x < len(ws) && same; x++ {
			same = p.b[j+x].Norm == ws[x].Norm
		}
		if same {
			return true
		}
	}
	return false
}

// contactRelative: the reporting verb at k is in a relative clause without
// "that", its subject right after the noun the clause describes ("a move the
// defence ministry said would help", "the plan she said would cost"); after
// a preposition or a conjunction ("after the company said would") the
// subject is the clause's own.
func contactRelative(s *Sentence, ws []Token, k int) bool {
	// A comma ends the clause: "for six years, saying …" is no "the years
	// they said".
	if k > 0 && commaBetween(s, ws[k-1], ws[k]) {
		return false
	}
	noun := func(x int) bool {
		t := ws[x]
		// Not a verb form whose lemma is a noun too ("vetoed the bill",
		// "…, saying she …"); "the hearing", "the building" are nouns.
		verbForm := strings.HasSuffix(t.Norm, "ed") && canBe(t, 'v') ||
			strings.HasSuffix(t.Norm, "ing") && !(x > 0 && determiners[ws[x-1].Norm])
		return t.Kind == Word && !t.Stop && !prepositions[t.Norm] && canBe(t, 'n') && !commaBetween(s, t, ws[x+1]) && !verbForm
	}
	// The clause's subject right after the noun: a pronoun, a bare plural
	// or a quantifier ("the man police said was responsible", "the crash
	// many predicted"); not a name, which follows its noun in apposition
	// ("the carrier SkyPol said will not resume …" has lost its subject).
	if k >= 2 && noun(k-2) && !ws[k-2].Cap {
		u := ws[k-1]
		if subjectPronouns[u.Norm] || bareSubjects[u.Norm] || !u.Cap && strings.HasSuffix(u.Norm, "s") && canBe(u, 'n') && !canBe(u, 'v') {
			return true
		}
	}
	for d := k - 1; d >= max(1, k-4); d-- {
		if determiners[ws[d].Norm] && ws[d].Norm != "more" && ws[d].Norm != "about" {
			return noun(d - 1)
		}
	}
	return false
}

// bareSubjects stand as a subject without a determiner.
var bareSubjects = setOf("police", "people", "many", "most", "some", "few", "others", "officials", "experts", "analysts")

// relativizers open a relative clause whose subject they are: "the
// journalist who she said had been threatened".
var relativizers = setOf("who", "whom", "which", "that")

// reportedBy are the reporting verbs a reported clause follows.
var reportedBy = setOf("said", "says", "added", "announced", "stated", "warned", "insisted", "argued", "claimed", "confirmed",
	"signalled", "signaled", "indicated", "suggested", "hinted", "saying", "adding", "insisting", "arguing", "claiming")

// startsVerbally: a past-tense verb form or a finite auxiliary, and not a
// word that is also a noun or adjective in its own right — unless what
// follows is no noun for it to qualify ("Said on Tuesday", "Announced
// that", "Told reporters" against "Raised beds", "Left wing") and no comma
// soon after closes an introductory phrase ("Based on the evidence, …").
func startsVerbally(t, next Token, rest []Token, commaSoon func() bool) bool {
	if finiteAux[t.Norm] {
		return true
	}
	if t.Lemma == t.Norm || !canBe(t, 'v') {
		return false
	}
	// "Puts the repair bill at …": a present verb before its object (a
	// plural noun is followed by no determiner, but for a relative clause
	// without "that", with its verb: "Talks the two sides held …").
	if (t.Norm == t.Lemma+"s" || t.Norm == t.Lemma+"es") && strings.IndexByte(lexdb().pos[t.Lemma], 'v') >= 0 &&
		(next.Norm == "the" || next.Norm == "a" || next.Norm == "an" || possessives[next.Norm]) && !commaSoon() {
		return !slices.ContainsFunc(rest, func(u Token) bool { return finiteAux[u.Norm] || pastVerbForm(u) && u.Norm != u.Lemma })
	}
	// "Expects to transfer …": a present form of a word that is only a
	// verb, before "to" and a verb ("Plans to build …" may be a noun).
	if (t.Norm == t.Lemma+"s" || t.Norm == t.Lemma+"es") && lexdb().pos[t.Lemma] == "v" && next.Norm == "to" &&
		len(rest) > 0 && canBe(rest[0], 'v') && !commaSoon() {
		return true
	}
	// "Mimicking the old films, …" opens with a gerund, no past form.
	past := pastVerbForm(t)
	// "Left", "Police", "Shares": forms that are nouns or adjectives too.
	if strings.ContainsAny(lexdb().pos[t.Norm], "na") {
		return past && !adjunctParticiples[t.Norm] && (prepositions[next.Norm] || next.Norm == "that" || determiners[next.Norm] || pronounObjects[next.Norm]) && !commaSoon()
	}
	return past
}

// determiners (and quantity words) follow a verb, not an adjective; so do
// object pronouns and the usual objects of reporting verbs.
var determiners = setOf("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "more", "about")
var pronounObjects = setOf("him", "them", "us", "me", "reporters", "journalists")

// adjunctParticiples open a phrase before the subject ("Based on the
// evidence the court …", "Hidden in the attic was a painting …").
var adjunctParticiples = setOf("based", "compared", "located", "situated", "born", "faced", "coupled", "combined",
	"armed", "backed", "led", "driven", "hidden", "included", "attached", "buoyed", "hampered", "spurred", "fuelled",
	"fueled", "prompted", "given", "left", "found", "seen", "known", "set", "placed", "built", "made")

// verbRole says what a verb without its subject has lost.
func verbRole(t Token) string {
	if finiteAux[t.Norm] {
		return "its subject is missing"
	}
	return "who did it is missing"
}

// participleClause: the sentence opens with a past participle and a
// longer phrase closed by a comma with no finite verb in it, and a subject
// with its verb follows the comma ("Promoted to the top flight last season, Castellon
// will …", "Relegated to the second division last year, the club has …").
func participleClause(s *Sentence, ws []Token) bool {
	if finiteAux[ws[0].Norm] || !pastVerbForm(ws[0]) {
		return false
	}
	for x := 1; x+1 < len(ws) && x <= 12; x++ {
		if finiteAux[ws[x].Norm] {
			return false
		}
		if commaBetween(s, ws[x], ws[x+1]) {
			// A subject and its verb, within a few words: not an
			// apposition ("…, the highest daily figure since …").
			// "Said, however, that the process was …": after a reporting
			// verb, "that" opens what was said, not a subject.
			n := ws[x+1]
			if !(n.Cap || determiners[n.Norm] || possessives[n.Norm] || subjectPronouns[n.Norm]) || n.Norm == "that" && attributing[ws[0].Norm] {
				return false
			}
			for y := x + 2; y < len(ws) && y <= x+5; y++ {
				if finiteAux[ws[y].Norm] || pastVerbForm(ws[y]) && !canBe(ws[y], 'a') || unchangedPasts[ws[y].Norm] {
					return true
				}
			}
			return false
		}
	}
	return false
}

func commaWithin(ts []Token, n int) bool {
	words := 0
	for x, t := range ts {
		if t.Kind == Punct {
			// A colon inside a time or a score ("2:03:58", "3:1") is none.
			inNumber := t.Text == ":" && x > 0 && x+1 < len(ts) && ts[x-1].Kind == Number && ts[x+1].Kind == Number &&
				ts[x-1].End == t.Start && t.End == ts[x+1].Start
			if (t.Text == "," || t.Text == ":" || t.Text == ";") && !inNumber {
				return true
			}
			continue
		}
		words++
		if words > n {
			return false
		}
	}
	return false
}

// beforeVerb: the first verb of ws is a form of the lemma.
func beforeVerb(ws []Token, lemma string) bool {
	for _, t := range ws {
		if t.Lemma == lemma {
			return true
		}
		if finiteAux[t.Norm] || t.Norm != t.Lemma && canBe(t, 'v') {
			return false
		}
	}
	return false
}

// subjectHole: where the passage has a subject between a word that opens a
// clause and its auxiliary ("told a festival that ⟨Thornleigh⟩ would keep
// …", "because ⟨the ministry⟩ had"), or between a conjunction or a verb of
// saying and a past verb ("after ⟨a tanker⟩ spilled", "said ⟨she⟩ hoped"),
// the sentence has the same two words side by side, so that "that" can
// only read as a relative. Not after "and" or "but", whose clauses may
// share a subject, nor where the sentence has the subject's words
// elsewhere, nor in a relative clause without "that" ("a move she said
// would cut").
func (chk grammarCheck) subjectHole(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil || p.shared() {
			continue
		}
		for _, r := range p.regions {
			if !r.emptyA() || r.emptyB() || r.B1-r.B0 > 8 || r.A0 == 0 || r.A0 >= len(p.a) || r.B0 == 0 || r.B1 >= len(p.b) {
				continue
			}
			prev, at := p.a[r.A0-1], p.a[r.A0]
			// An auxiliary, or a past verb the passage has there too, after
			// a conjunction or a verb of saying or thinking ("after ⟨a
			// tanker⟩ spilled fuel", "said ⟨she⟩ hoped"); after "as",
			// "after", "before" or "until" a past form may open a reduced
			// clause, but then the passage has no subject between them.
			opens := subjectOpeners[prev.Norm] && finiteAux[at.Norm] ||
				(subjectOpeners[prev.Norm] || clauseOpeners[prev.Norm] || reportedBy[prev.Norm] || thinkingVerbs[prev.Norm]) &&
					(pastVerbForm(at) || finiteAux[at.Norm]) && p.b[r.B1].Norm == at.Norm
			// Not a relative clause without "that" ("a move she said would
			// cut").
			if p.matchA[r.A0-1] != r.B0-1 || p.matchA[r.A0] != r.B1 || !opens || at.Cap ||
				reportedBy[prev.Norm] && contactRelative(p.sent, p.a, r.A0-1) {
				continue
			}
			bs := p.b[r.B0:r.B1]
			if !(len(bs) <= 4 && nounPhrase(bs) || modifiedSubject(bs)) || !anyNounOrVerb(bs, p) || strings.TrimSpace(c.Article.plain[prev.End:at.Start]) != "" {
				continue
			}
			// The subject the passage has: its last word a noun, a name or
			// a subject pronoun, and no word of it in the sentence.
			head := bs[len(bs)-1]
			if !(subjectPronouns[head.Norm] || head.Norm == "it" || head.Cap || canBe(head, 'n')) || slices.ContainsFunc(bs, func(t Token) bool { return t.IsContent() && p.inSentence(t) }) {
				continue
			}
			f := c.finding(chk, i, prev.End, at.Start, fmt.Sprintf("%s %s has no subject, where the reference has %s", quote(prev.Text), quote(at.Text), quote(joinTokens(p.ref, bs))))
			f.Evidence, f.Suggestion = c.passageEvidence(i), joinTokens(p.ref, bs)
			out = append(out, f)
			break
		}
	}
	return out
}

// thatWithoutSubject: a verb of saying or finding, then "that" and an
// auxiliary ("the ministry said that would invest"), where the passage has
// a subject before the same auxiliary ("it would invest", "the company
// would invest") and the sentence has that subject nowhere: the "that" of a
// reported clause, whose subject is lost. However loosely the rest is
// reworded; not where the passage's subject is a demonstrative ("said this
// would be a mistake"), whose "that" the sentence may say.
func (chk grammarCheck) thatWithoutSubject(c *Context) []Finding {
	var out []Finding
	for i := range c.Article.Sentences {
		p := c.pairs[i]
		if p.align == nil {
			continue
		}
		for k := 1; k+1 < len(p.a); k++ {
			that, aux := p.a[k], p.a[k+1]
			if that.Norm != "that" || !finiteAux[aux.Norm] || aux.Cap {
				continue
			}
			// The verb, past a time it was said ("said on the 8th that").
			verb := false
			for x := k - 1; x >= 0 && x >= k-5 && !verb; x-- {
				t := p.a[x]
				if reportedBy[t.Norm] || thinkingVerbs[t.Norm] || complementVerbs[t.Lemma] && canBe(t, 'v') {
					verb = true
				} else if !(t.Stop || t.Kind == Number || monthsDays[t.Norm] || timeNouns[t.Lemma] || ordinalWords[t.Norm] > 0 || ordinalToken(t)) {
					break
				}
			}
			if !verb {
				continue
			}
			// The passage's auxiliary: the one matched, or else its only
			// auxiliary the sentence does not render, after a subject ("warned
			// that could drop" / "cautioning that they might fall").
			j := p.matchA[k+1]
			if j < 1 || p.b[j].Norm != aux.Norm {
				j = -1
				for x := 1; x < len(p.b); x++ {
					if finiteAux[p.b[x].Norm] && p.matchB[x] < 0 && !p.b[x].Cap && (subjectPronouns[p.b[x-1].Norm] || p.b[x-1].Norm == "it") {
						if j >= 0 {
							j = -1
							break
						}
						j = x
					}
				}
				if j < 1 {
					continue
				}
			}
			subj := p.b[j-1]
			// ("that" is a relativizer, "this" a determiner.)
			if subj.Kind != Word || relativizers[subj.Norm] || determiners[subj.Norm] ||
				!(subjectPronouns[subj.Norm] || subj.Norm == "it" || canBe(subj, 'n') && !subj.Stop) || p.matchB[j-1] >= 0 ||
				!subjectPronouns[subj.Norm] && subj.Norm != "it" && p.inSentence(subj) {
				continue
			}
			f := c.finding(chk, i, that.End, aux.Start, fmt.Sprintf("%s %s has no subject, where the reference has %s", quote(that.Text), quote(aux.Text), quote(joinTokens(p.ref, p.b[j-1:j+1]))))
			f.Evidence = c.passageEvidence(i)
			out = append(out, f)
			break
		}
	}
	return out
}

// ordinalToken: a day of the month or a rank in digits ("8th").
func ordinalToken(t Token) bool {
	f, ok := parseNumberToken(t)
	return ok && f.ordinal
}

// complementVerbs take a clause with "that" ("ruled that …").
var complementVerbs = setOf("rule", "say", "find", "show", "warn", "announce", "confirm", "insist", "argue", "claim",
	"report", "conclude", "decide", "agree", "promise", "pledge", "acknowledge", "admit", "deny", "estimate")

// subjectOpeners open a clause whose subject follows them; unlike
// clauseOpeners, not "as", "after", "before" or "until", which also open
// reduced clauses with no subject ("as had been expected").
var subjectOpeners = setOf("that", "because", "although", "though", "whereas", "if", "unless", "when", "while", "since", "once")
