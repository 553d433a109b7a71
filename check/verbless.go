package check

import (
	"fmt"
	"strings"
)

type verblessCheck struct{}

func init() { register(verblessCheck{}) }

func (verblessCheck) Info() Info {
	return Info{ID: "missing-verb", Title: "Subject followed by an object: the verb is missing", Category: CatGrammar,
		Severity: Major, Definite: true,
		Doc: `Flags a sentence whose subject runs straight into what can only follow its verb, with
no verb between them: a determiner and its noun ("The city council a budget of 3.2 million euros
on Tuesday.", "Voters in Switzerland a proposal to raise the retirement age."), a subject
pronoun and its verb ("The prime minister he would visit Warsaw next week."), or "that" and a
clause ("The ministry that temperatures could fall below minus 20."): MT drops the main verb
when it cannot render it. Only the opening of a sentence is read, up to its first verb, comma
or clause word; an opening adverbial ("In Vienna the ambassador …", "The next day she …"), a
relative clause followed by the main verb ("Most residents the authorities spoke to supported
…", "The man he met was …", "The report that the committee published was …") and a topic put
first ("The icebergs I photographed, some were very young") are left alone. Works without a
reference.`}
}

// objectStarters open a noun phrase that, straight after the subject, can
// only be an object whose verb is missing.
var objectStarters = setOf("a", "an", "the", "its", "their", "his", "her")

// clauseBreaks end the opening stretch the check reads: after them a noun
// may be followed by a determiner for other reasons.
var clauseBreaks = setOf("that", "which", "who", "whom", "whose", "when", "where", "while", "as", "if", "because",
	"than", "to", "said", "says", "say", "and", "or", "but")

func (chk verblessCheck) Run(c *Context) []Finding {
	var out []Finding
	for i, s := range c.Article.Sentences {
		ws := s.words
		if len(ws) < 6 || ws[0].Kind != Word || !ws[0].Cap {
			continue
		}
		// "The more unequal the society, …": a comparison, not a subject;
		// "In Vienna the ambassador …": an adverbial before the subject.
		if ws[0].Norm == "the" && (ws[1].Norm == "more" || ws[1].Norm == "less" || graded(ws[1].Norm)) || allPrepositions[ws[0].Norm] ||
			canBe(ws[0], 'r') && !canBe(ws[0], 'n') {
			continue
		}
		for k := 0; k+2 < len(ws); k++ {
			t, next, after := ws[k], ws[k+1], ws[k+2]
			// The opening stretch ends at a verb, a comma or a clause word.
			// An inflected verb form ("voted", "fined", "takes") is the verb.
			inflected := t.Norm != t.Lemma && canBe(t, 'v')
			// A sentence that opens with a verb ("Save half the cost") is
			// an order or has lost its subject (missing-subject's).
			// After a subject pronoun, a word that can be a verb is one ("I
			// think this …").
			if inflected || k == 0 && canBe(t, 'v') || canBe(t, 'v') && (!canBe(t, 'n') || k > 0 && subjectPronouns[ws[k-1].Norm]) || finiteAux[t.Norm] || clauseBreaks[t.Norm] ||
				commaBetween(s, t, next) || t.Kind == Number || monthsDays[t.Norm] || timeNouns[t.Lemma] {
				break
			}
			if k == 0 || !t.IsContent() || allPrepositions[t.Norm] || predeterminers[t.Norm] {
				continue
			}
			// After the subject, what can only start another clause or an
			// object: a determiner and its noun ("The city council a
			// budget"), a subject and its verb ("The prime minister he
			// would visit"), or "that" and a clause ("The ministry that
			// temperatures could fall").
			object := objectStarters[next.Norm] && after.IsContent() && after.Kind == Word
			subject := subjectPronouns[next.Norm] && (finiteAux[after.Norm] || after.Norm != after.Lemma && canBe(after, 'v')) && canBe(t, 'n') && !canBe(t, 'r')
			complement := next.Norm == "that" && !canBe(after, 'v') && (determiners[after.Norm] || after.Kind == Number || subjectPronouns[after.Norm] || after.IsContent()) && canBe(t, 'n')
			if !object && !subject && !complement {
				if clauseBreaks[next.Norm] {
					break
				}
				continue
			}
			// A noun that is also a verb may be the verb ("the firm plans a
			// …", "the firm claims that …"); not before a subject ("The
			// prime minister he would …") nor after a determiner ("The
			// coach his team …").
			if canBe(t, 'v') && !subject && !determiners[ws[k-1].Norm] {
				break
			}
			// Two verbs further on: the words after the subject were a
			// relative clause ("Most residents the authorities spoke to
			// supported the plan", "The man he met was …", "The report that
			// the committee published was …"), and the sentence has its
			// verb. One is the clause's own ("The coach his team had
			// played its best match").
			from := k + 2
			if subject {
				from = k + 1
			}
			if g := verbGroups(s, ws[from:]); g >= 2 || g == 0 && !object || g == 1 && topicThenClause(s, ws[from:]) {
				break
			}
			f := c.finding(chk, i, t.End, next.Start, fmt.Sprintf("no verb between %s and %s: the sentence's verb is missing", quote(c.Article.Display(ws[0].Start, t.End)), quote(next.Text+" "+after.Text)))
			out = append(out, f)
			break
		}
	}
	return out
}

// allPrepositions take a noun phrase: "across the Danube", "between the
// two towns".
var allPrepositions = setOf("of", "in", "on", "at", "by", "to", "from", "with", "without", "into", "onto", "for",
	"about", "across", "against", "along", "among", "around", "before", "after", "behind", "below", "beneath",
	"beside", "between", "beyond", "during", "despite", "except", "inside", "near", "off", "outside", "over",
	"past", "since", "through", "throughout", "toward", "towards", "under", "until", "upon", "via", "within", "like")

// predeterminers come before a determiner ("half the cost", "all the
// delegates").
var predeterminers = setOf("half", "all", "both", "twice", "such", "quite", "what", "rather", "many")

// timeNouns open adverbials after which a subject comes ("This week the
// council …").
var timeNouns = setOf("week", "month", "year", "today", "yesterday", "tomorrow", "morning", "evening", "night",
	"weekend", "season", "time", "decade", "century", "afternoon", "day", "hour", "minute", "moment", "summer",
	"winter", "spring", "autumn", "period", "era")

func commaBetween(s *Sentence, t, next Token) bool {
	for _, x := range s.Tokens {
		if x.Start >= t.End && x.End <= next.Start && x.Kind == Punct {
			return true
		}
	}
	return false
}

// finiteLater: the words hold a finite verb — an auxiliary or an inflected
// verb form not after "to" — in the same clause: before a comma or a word
// that opens another clause ("after", "which", "because" …).
func finiteLater(s *Sentence, ws []Token) bool {
	for k, t := range ws {
		if k > 0 && (commaBetween(s, ws[k-1], t) || clauseBreaks[t.Norm] && t.Norm != "to" || subordinators[t.Norm]) {
			return false
		}
		if finiteAux[t.Norm] || t.Norm != t.Lemma && canBe(t, 'v') && (k == 0 || ws[k-1].Norm != "to") {
			return true
		}
	}
	return false
}

// verbGroups counts the finite verb groups in ws, in the clause they open: an
// auxiliary and the verb forms after it are one group ("had played",
// "would not cut"), up to a comma or a word that opens another clause.
func verbGroups(s *Sentence, ws []Token) int {
	n, in := 0, false
	for k, t := range ws {
		// "and" may join two verbs of one clause ("can divide and
		// corrupt societies dates back …"): it does not end the clause.
		if k > 0 && (commaBetween(s, ws[k-1], t) || clauseBreaks[t.Norm] && !groupJoiners[t.Norm] && !canBe(t, 'v') || subordinators[t.Norm]) {
			break
		}
		// Not after "to" (an infinitive) nor after a determiner ("its best
		// match": an adjective).
		finite := finiteAux[t.Norm] || t.Norm != t.Lemma && canBe(t, 'v') && (k == 0 || ws[k-1].Norm != "to" && !determiners[ws[k-1].Norm])
		// A plural noun is a verb form too ("grain exports", "the talks"):
		// an -s form that can be a noun counts as a verb only with
		// something after it for the verb to take ("dates back", "plans a").
		if finite && !finiteAux[t.Norm] && strings.HasSuffix(t.Norm, "s") && canBe(t, 'n') &&
			(k+1 == len(ws) || commaBetween(s, t, ws[k+1]) || !(determiners[ws[k+1].Norm] || allPrepositions[ws[k+1].Norm] || canBe(ws[k+1], 'r') || ws[k+1].Kind == Number)) {
			finite = false
		}
		switch {
		case in && (finite || canBe(t, 'v') || groupAdverbs[t.Norm]):
			// still the same group
		case finite:
			n, in = n+1, true
		default:
			in = false
		}
	}
	return n
}

// topicThenClause: the words are a clause that ends at a comma, after which
// another clause with its own verb says something of it ("The icebergs I
// photographed, some were very young"): a spoken way of putting a topic
// first, not a lost verb. A bare attribution after the comma ("…, the
// ministry said") is no such clause.
func topicThenClause(s *Sentence, ws []Token) bool {
	for k := 1; k < len(ws); k++ {
		if !commaBetween(s, ws[k-1], ws[k]) {
			continue
		}
		rest := ws[k:]
		for j := 0; j < len(rest) && j < 4; j++ {
			if reportingVerbs[rest[j].Norm] && len(rest) <= 5 {
				return false
			}
		}
		return verbGroups(s, rest) >= 1
	}
	return false
}

var groupJoiners = setOf("to", "that", "and", "or")

// groupAdverbs stand inside a verb group: "would not cut", "has also said".
var groupAdverbs = setOf("not", "never", "also", "already", "still", "just", "n't", "yet", "then")

var subordinators = setOf("after", "before", "since", "until", "although", "though", "unless", "whether", "once")
