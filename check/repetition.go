package check

import (
	"fmt"
	"strings"
)

// Words that English legitimately doubles ("had had", "that that").
var okDoubles = setOf("had", "that", "is", "do", "very", "no", "bye", "so", "ha", "knock", "far", "again", "more", "many", "long")

type repetitionCheck struct{}
type truncationCheck struct{}

func init() {
	register(repetitionCheck{})
	register(truncationCheck{})
}

func (repetitionCheck) Info() Info {
	return Info{ID: "repetition", Definite: true, Title: "Repeated word, phrase or sentence", Category: CatGrammar, Severity: Major,
		Doc: `Flags the degenerate output MT systems produce in a loop: a phrase of one to six words
repeated three or more times in a row ("the talks, the talks, the talks"), a word doubled by
mistake ("the the"; minor), a phrase of two to four words said twice ("in Paris in Paris"),
and a sentence of the article that repeats an earlier one word for word while the references
do not repeat it. Doubles English allows ("had had", "that that") are flagged only when the
reference passage has the word once. Works without a reference.`}
}

func (chk repetitionCheck) Run(c *Context) []Finding {
	var out []Finding
	doc := c.Article
	seen := map[string]int{}
	for _, s := range doc.Sentences {
		ws := s.words
		covered := -1
		// Loops: an n-gram repeated 3+ times back to back.
		for k := 0; k < len(ws); k++ {
			if k <= covered {
				continue
			}
			for n := 1; n <= 6 && k+3*n <= len(ws); n++ {
				reps := 1
				for k+(reps+1)*n <= len(ws) && equalNorms(ws[k:k+n], ws[k+reps*n:k+(reps+1)*n]) {
					reps++
				}
				if reps >= 3 && !(n == 1 && ws[k].Kind == Number) && !refRepeats(c, s.Index, ws[k:k+n], reps) {
					end := k + reps*n
					f := c.finding(chk, s.Index, ws[k].Start, ws[end-1].End,
						fmt.Sprintf("%s is repeated %d times", quote(doc.Display(ws[k].Start, ws[k+n-1].End)), reps))
					f.Suggestion = doc.Display(ws[k].Start, ws[k+n-1].End)
					out = append(out, f)
					covered = end - 1
					break
				}
			}
		}
		// Doubled words.
		for k := 1; k < len(ws); k++ {
			if k <= covered {
				continue
			}
			a, b := ws[k-1], ws[k]
			// "had had" renders a simple past as often as not: only the
			// other doubles are checked against the reference.
			// Not before a participle, though: "she had had nearly
			// withdrawn" has one "had" too many.
			// Nor where the reference has one "had" before the same verb
			// ("had had forecast" / "had forecast").
			if a.Norm != b.Norm || a.Kind != Word || okDoubles[a.Norm] && (a.Norm == "had" && !participleAfter(ws, k+1) && !singleBefore(c.pairs[s.Index], ws, k) ||
				a.Norm != "had" && !extraCopy(c.pairs[s.Index], k-1, 1)) {
				continue
			}
			if sep := doc.plain[a.End:b.Start]; strings.TrimSpace(sep) != "" {
				continue // "Go, go" or "well - well" are deliberate
			}
			f := c.finding(chk, s.Index, a.Start, b.End, fmt.Sprintf("%s is doubled", quote(a.Text)))
			f.Severity, f.Suggestion = Minor, a.Text
			out = append(out, f)
		}
		// Phrases of two to four words said twice back to back ("in Paris
		// in Paris"), unless the reference says them twice too.
		for k := 0; k < len(ws); k++ {
			for n := 4; n >= 2; n-- {
				if k <= covered || k+2*n > len(ws) || !equalNorms(ws[k:k+n], ws[k+n:k+2*n]) || saysTwice(c.pairs[s.Index], ws[k:k+n]) {
					continue
				}
				// Set off by a comma it may be rhetoric ("we will fight, we
				// will fight"), unless the reference says it once.
				// Only a phrase of lower-case words whose second copy ends its
				// own stretch ("through the night, through the night, and"):
				// not "In New York, New York City officials", "the boy, the
				// boy's mother".
				if sep := doc.plain[ws[k+n-1].End:ws[k+n].Start]; strings.TrimSpace(sep) != "" && (!saysOnce(c.pairs[s.Index], ws[k:k+n]) || !commaStutter(doc.plain, ws, k, n)) {
					continue
				}
				phrase := doc.Display(ws[k].Start, ws[k+n-1].End)
				f := c.finding(chk, s.Index, ws[k].Start, ws[k+2*n-1].End, fmt.Sprintf("%s is said twice", quote(phrase)))
				f.Suggestion = phrase
				out = append(out, f)
				covered = k + 2*n - 1
				break
			}
		}
		// A sentence repeated verbatim.
		key := strings.ToLower(s.Text)
		if len(ws) >= 5 {
			if first, ok := seen[key]; ok && !repeatedInRefs(c, ws) {
				f := c.finding(chk, s.Index, s.Start, s.End, fmt.Sprintf("the sentence repeats sentence %d (line %d) word for word", first+1, doc.Sentences[first].Line))
				out = append(out, f)
			} else if !ok {
				seen[key] = s.Index
			}
		}
	}
	return out
}

// extraCopy: of two copies of a phrase at ws[k:k+n] and ws[k+n:k+2n],
// the reference passage renders one and not the other, and does not say the
// phrase twice: a double English allows ("that that") that the original
// did not have.
func extraCopy(p *pair, k, n int) bool {
	if p == nil || p.align == nil || p.align.Similarity < 0.5 || saysTwice(p, p.a[k:k+n]) {
		return false
	}
	return (p.matchA[k] < 0) != (p.matchA[k+n] < 0)
}

// singleBefore: ws[k] and ws[k-1] are a doubled "had" before a past form
// ("had had forced", or a verb whose past is its base form, "had had
// forecast"), not before a noun ("had had cost overruns"), and the
// reference passage has "had" once before that verb.
func singleBefore(p *pair, ws []Token, k int) bool {
	if p == nil || p.align == nil || k+1 >= len(ws) || !unchangedPasts[ws[k+1].Norm] && !pastVerbForm(ws[k+1]) {
		return false
	}
	if unchangedPasts[ws[k+1].Norm] && k+2 < len(ws) && ws[k+2].Kind == Word && canBe(ws[k+2], 'n') && !ws[k+2].Stop && !allPrepositions[ws[k+2].Norm] {
		return false
	}
	for j := 1; j+1 < len(p.b); j++ {
		if p.b[j].Norm == ws[k].Norm && p.b[j+1].Norm == ws[k+1].Norm && p.b[j-1].Norm != ws[k].Norm {
			return true
		}
	}
	return false
}

// commaStutter: the phrase ws[k:k+n], said again after a comma, is of
// lower-case words and its second copy is followed by punctuation.
func commaStutter(text string, ws []Token, k, n int) bool {
	for _, t := range ws[k : k+2*n] {
		if t.Cap || possessive(t) {
			return false
		}
	}
	end := ws[k+2*n-1].End
	rest := strings.TrimLeft(text[end:], " ")
	return rest == "" || strings.ContainsAny(rest[:1], ",.;:!?")
}

// saysOnce: the reference passage has the phrase exactly once.
func saysOnce(p *pair, phrase []Token) bool {
	return p != nil && p.align != nil && phraseCount(p.b, phrase) == 1
}

// phraseCount counts the phrase's occurrences in ts.
func phraseCount(ts, phrase []Token) int {
	n := 0
	for j := 0; j+len(phrase) <= len(ts); j++ {
		if equalNorms(phrase, ts[j:j+len(phrase)]) {
			n++
		}
	}
	return n
}

// saysTwice: the reference passage has the phrase twice back to back, so a
// doubled phrase is the original's.
func saysTwice(p *pair, phrase []Token) bool {
	for j := 0; j+2*len(phrase) <= len(p.b); j++ {
		if equalNorms(phrase, p.b[j:j+len(phrase)]) && equalNorms(phrase, p.b[j+len(phrase):j+2*len(phrase)]) {
			return true
		}
	}
	return false
}

// refRepeats: the reference passage repeats the phrase as often ("ding,
// ding, ding"), so the repetition is the original's.
func refRepeats(c *Context, i int, phrase []Token, reps int) bool {
	return phraseCount(c.pairs[i].b, phrase) >= reps
}

func equalNorms(a, b []Token) bool {
	for i := range a {
		if a[i].Norm != b[i].Norm {
			return false
		}
	}
	return true
}

// repeatedInRefs: a reference that repeats the same sentence (a refrain, a
// standfirst) makes the repetition legitimate.
func repeatedInRefs(c *Context, ws []Token) bool {
	for _, r := range c.Refs {
		n := 0
		for _, s := range r.Sentences {
			if equalWords(s.words, ws) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

func equalWords(a, b []Token) bool {
	return len(a) == len(b) && equalNorms(a, b)
}

// Words a complete English sentence does not end on.
var danglingEnds = setOf(strings.Fields(`the a an of to in on at by for with from and or but that which who whose
as than into onto about after before between during his her their its our your my this these those
is are was were be been has have had will would should could can may might must not very`)...)

func (truncationCheck) Info() Info {
	return Info{ID: "truncated", Title: "Sentence cut off", Category: CatOmission, Severity: Major,
		Doc: `Flags a sentence that stops mid-phrase: it ends on an article, preposition, conjunction or
auxiliary ("…talks with the") with no closing punctuation. With a reference, the words the
passage goes on with are given as evidence and the finding is major; without one it is minor,
since a headline or a list item may end that way on purpose.`}
}

func (chk truncationCheck) Run(c *Context) []Finding {
	var out []Finding
	for i, s := range c.Article.Sentences {
		ws := s.words
		if len(ws) < 4 {
			continue
		}
		last := s.Tokens[len(s.Tokens)-1]
		if last.Kind == Punct {
			if strings.ContainsAny(last.Text, ".!?…。！？\"”’)") {
				continue
			}
		}
		end := ws[len(ws)-1]
		if !danglingEnds[end.Norm] {
			continue
		}
		f := c.finding(chk, i, end.Start, end.End, fmt.Sprintf("the sentence stops after %s, mid-phrase", quote(end.Text)))
		p := c.pairs[i]
		if p.align != nil {
			f.Evidence = c.passageEvidence(i)
			if r := p.regions; len(r) > 0 && r[len(r)-1].A1 == len(p.a) && !r[len(r)-1].emptyB() {
				tail := p.b[r[len(r)-1].B0:r[len(r)-1].B1]
				f.Message = fmt.Sprintf("the sentence stops after %s; the reference goes on %s", quote(end.Text), quote(joinTokens(p.ref, tail)))
			}
		} else {
			f.Severity = Minor
		}
		out = append(out, f)
	}
	return out
}

// participleAfter: ws[k:] opens with a past participle, after adverbs or
// not ("had had nearly withdrawn", "had had agreed to", "had had been"),
// that is no adjective before its noun ("had had only limited success",
// "had had broken ribs").
func participleAfter(ws []Token, k int) bool {
	// Past "not" and "yet" too: "orders had had not yet recovered".
	for k < len(ws) && (preVerbAdverbs[ws[k].Norm] || ws[k].Norm == "not" || ws[k].Norm == "yet" || strings.HasSuffix(ws[k].Norm, "ly") && canBe(ws[k], 'r')) {
		k++
	}
	if k >= len(ws) || ws[k].Kind != Word {
		return false
	}
	if ws[k].Norm == "been" {
		return true
	}
	// (Not a past that is its base form: "the losses the company had had
	// cost it its rating".)
	if !pastVerbForm(ws[k]) || ws[k].Norm == ws[k].Lemma {
		return false
	}
	if k+1 < len(ws) {
		next := ws[k+1]
		if next.Kind == Word && canBe(next, 'n') && !next.Stop && !allPrepositions[next.Norm] {
			return false
		}
	}
	return true
}
