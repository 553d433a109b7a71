package check

import "strings"

// Who did what, read from the subjects of the verbs a sentence shares with
// its passage. Two shapes reverse the roles where the words around them are
// reworded too loosely for exchanges to see the swap:
//
//   - two verbs whose subjects have changed places: "Looters said police
//     had damaged two graves" for "Looters had damaged two graves, police
//     said";
//   - one verb whose subject the passage has on its object side, and whose
//     passage subject the sentence has there: "the central bank respected
//     his independence" for "he respected the independence of the central
//     bank".
//
// A change of voice ("was criticised by the minister") moves the subject
// to the other side too, so a verb with a "be" or a "by" near it on either
// side is left alone, and so are verbs whose two sides may be exchanged
// (symmetricLemmas: "met", "played").

// roleSwap is a verb (or two) whose subjects are reversed: the sentence's
// stretch a[a0:a1] and the passage's b[b0:b1], and what the finding says.
type roleSwap struct {
	move
	msg string
}

// sharedVerb is a verb of the sentence (index k) and the same verb in the
// passage (index j), each with its subject's head (sa, sb).
type sharedVerb struct{ k, j, sa, sb int }

func roleSwaps(p *pair) []roleSwap {
	if len(p.a) > 80 || len(p.b) > 120 {
		return nil
	}
	var vs []sharedVerb
	for k, t := range p.a {
		if !finiteVerbAt(p.a, k) || symmetricLemmas[t.Lemma] {
			continue
		}
		j := -1
		for jj, u := range p.b {
			if u.Lemma == t.Lemma && finiteVerbAt(p.b, jj) {
				if j >= 0 {
					j = -2 // the passage has it twice
					break
				}
				j = jj
			}
		}
		if j < 0 {
			continue
		}
		sa, sb := subjectHead(p.a, p.sent.doc.Text, k), subjectHead(p.b, p.ref.Text, j)
		if sa < 0 || sb < 0 || passiveNear(p.a, k) || passiveNear(p.b, j) {
			continue
		}
		vs = append(vs, sharedVerb{k, j, sa, sb})
	}
	var out []roleSwap
	out = append(out, rewordedSwaps(p)...)
	for x, v := range vs {
		if sameReferent(p.a[v.sa], p.b[v.sb]) {
			continue
		}
		// Two verbs, their subjects exchanged.
		for _, w := range vs[x+1:] {
			if sameReferent(p.a[v.sa], p.b[w.sb]) && sameReferent(p.a[w.sa], p.b[v.sb]) && !sameReferent(p.a[v.sa], p.a[w.sa]) {
				out = append(out, roleSwap{move{min(v.sa, w.sa), max(v.k, w.k) + 1, min(v.sb, w.sb), max(v.j, w.j) + 1},
					"“" + p.a[v.sa].Text + "” and “" + p.a[w.sa].Text + "” have changed roles: in the reference “" + p.b[v.sb].Text + "” " +
						p.b[v.j].Text + " and “" + p.b[w.sb].Text + "” " + p.b[w.j].Text})
			}
		}
		// A verb of saying: who said it is named in what the passage
		// says was said, and the passage's speaker in the sentence's
		// ("The authorities said they were cooperating with Morvane
		// Lines" / "Morvane Lines said it was cooperating with the
		// authorities").
		if reportingVerbs[p.a[v.k].Norm] && inReport(p.b, v.j, p.a[v.sa]) && inReport(p.a, v.k, p.b[v.sb]) {
			speaker := nameAround(p.ref.plain, p.b, v.sb, v.sb+1)
			out = append(out, roleSwap{move{v.sa, v.k + 1, v.sb, v.j + 1},
				"who " + p.a[v.k].Text + " it is reversed: the reference has " + quote(joinTokens(p.ref, speaker)+" "+p.b[v.j].Text) +
					", and " + quote(p.a[v.sa].Text) + " in what was said"})
			continue
		}
		// One verb: its subject on the passage's object side, and the
		// passage's subject on the sentence's.
		if directObject(p.a, v.k) && directObject(p.b, v.j) && after(p.b, v.j, p.a[v.sa]) && after(p.a, v.k, p.b[v.sb]) {
			out = append(out, roleSwap{move{v.sa, objectEnd(p.a, v.k), v.sb, objectEnd(p.b, v.j)},
				"who " + p.a[v.k].Text + " whom is reversed: the reference has " + quote(joinTokens(p.ref, p.b[v.sb:objectEnd(p.b, v.j)]))})
		}
	}
	return out
}

// finiteVerbAt: token k is a verb in a clause of its own — an inflected
// form ("said", "respected") or one after an auxiliary — not a gerund.
func finiteVerbAt(ts []Token, k int) bool {
	t := ts[k]
	if t.Kind != Word || t.Cap || t.Stop || !canBe(t, 'v') {
		return false
	}
	if k == 0 || determiners[ts[k-1].Norm] || allPrepositions[ts[k-1].Norm] {
		return false
	}
	// An -ing form after "be" is its progressive ("were asking").
	if strings.HasSuffix(t.Norm, "ing") {
		return progressive(ts, k)
	}
	return pastVerbForm(t) || auxiliary(ts[k-1]) && ts[k-1].Norm != "to"
}

// progressive: token k, an -ing form, follows a finite "be" ("was
// asking", "are not taking").
func progressive(ts []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if ts[j].Lemma == "be" && ts[j].Norm != "being" && ts[j].Norm != "been" && ts[j].Norm != "be" {
			return true
		}
		if ts[j].Norm != "not" && !strings.HasSuffix(ts[j].Norm, "ly") {
			return false
		}
	}
	return false
}

// subjectHead is the index of the head of verb k's subject: the word
// before it, past auxiliaries, "not" and adverbs, if it is a name, a
// pronoun or a noun and nothing but spaces stands between; or -1.
func subjectHead(ts []Token, text string, k int) int {
	j := k - 1
	for j >= 0 && (auxiliary(ts[j]) || ts[j].Norm == "not" || ts[j].Norm == "also" || strings.HasSuffix(ts[j].Norm, "ly") && canBe(ts[j], 'r')) {
		j--
	}
	if j < 0 || strings.TrimSpace(text[ts[j].End:ts[j+1].Start]) != "" {
		return -1
	}
	t := ts[j]
	switch {
	case subjectPronouns[t.Norm] || t.Norm == "it":
		return j
	case t.Kind != Word || t.Stop || possessive(t):
		return -1
	case t.Cap || canBe(t, 'n'):
		return j
	}
	return -1
}

// pronounPerson groups a pronoun's forms: "he", "him", "his".
var pronounPerson = map[string]string{"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she",
	"they": "they", "them": "they", "their": "they", "it": "it", "its": "it", "we": "we", "us": "we", "our": "we", "i": "i", "me": "i", "my": "i"}

// sameReferent: the two words name the same thing as far as the words go —
// the same word, or forms of one pronoun.
func sameReferent(x, y Token) bool {
	if px, py := pronounPerson[x.Norm], pronounPerson[y.Norm]; px != "" || py != "" {
		return px == py
	}
	return x.Norm == y.Norm || x.Lemma == y.Lemma
}

// directObject: verb k is followed by its object, not a preposition or an
// adverb ("ended without an agreement").
func directObject(ts []Token, k int) bool {
	if k+1 >= len(ts) {
		return false
	}
	t := ts[k+1]
	return determiners[t.Norm] || possessives[t.Norm] || pronounPerson[t.Norm] != "" || !t.Stop && !allPrepositions[t.Norm] && (t.Cap || canBe(t, 'n') || canBe(t, 'a'))
}

// inReport: a word naming what w names stands in what verb k reports,
// within twelve words and before a relative — not a pronoun, which may
// stand for anyone.
func inReport(ts []Token, k int, w Token) bool {
	if pronounPerson[w.Norm] != "" {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+12; j++ {
		if relativizers[ts[j].Norm] {
			return false
		}
		if ts[j].Kind == Word && sameReferent(ts[j], w) {
			return true
		}
	}
	return false
}

// objectReach is how far past its verb an object's words are looked for.
const objectReach = 6

// after: a word naming what w names follows verb k within its object
// (objectReach words, before a comma's clause or another verb).
func after(ts []Token, k int, w Token) bool {
	for j := k + 1; j < len(ts) && j <= k+objectReach; j++ {
		if finiteVerbAt(ts, j) || relativizers[ts[j].Norm] {
			return false
		}
		if ts[j].Kind == Word && sameReferent(ts[j], w) {
			return true
		}
	}
	return false
}

// objectEnd: the end of verb k's object — its first noun or name past
// the verb, within objectReach words.
func objectEnd(ts []Token, k int) int {
	for j := k + 1; j < len(ts) && j <= k+objectReach; j++ {
		if ts[j].IsContent() && (ts[j].Cap || canBe(ts[j], 'n')) {
			return j + 1
		}
	}
	return k + 1
}

// passiveNear: verb k is passive or its agent is named ("was damaged",
// "got hurt", "damaged by"), so its subject may be on either side.
func passiveNear(ts []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && auxiliary(ts[j]) && !strings.HasSuffix(ts[k].Norm, "ing"); j-- {
		if ts[j].Lemma == "be" || ts[j].Lemma == "get" {
			return true
		}
	}
	for j := k + 1; j < len(ts) && j <= k+objectReach; j++ {
		if ts[j].Norm == "by" {
			return true
		}
	}
	return false
}

// rewordedSwaps: a verb the sentence words otherwise ("warned" for
// "informed", "blamed" for "criticised"), the passage's one verb of the
// kind that the sentence does not render either, with each side's subject
// on the other's object side ("the public had warned the company" / "the
// company had informed the public"). The two verbs must name the same kind
// of act (sameKindOfAct), so verbs that tell one event from either side
// ("hired" / "joined", "taught" / "learned") are left alone.
func rewordedSwaps(p *pair) []roleSwap {
	type verb struct{ k, s int }
	candidates := func(ts []Token, match []int, text string) []verb {
		var out []verb
		for k, t := range ts {
			if match[k] >= 0 || !finiteVerbAt(ts, k) || symmetricLemmas[t.Lemma] || reportingVerbs[t.Norm] ||
				!directObject(ts, k) || passiveNear(ts, k) {
				continue
			}
			if s := subjectHead(ts, text, k); s >= 0 {
				out = append(out, verb{k, s})
			}
		}
		return out
	}
	as, bs := candidates(p.a, p.matchA, p.sent.doc.Text), candidates(p.b, p.matchB, p.ref.Text)
	var out []roleSwap
	for _, v := range as {
		var found []verb
		for _, w := range bs {
			if sameKindOfAct(p.a[v.k].Lemma, p.b[w.k].Lemma) && !sameReferent(p.a[v.s], p.b[w.s]) &&
				after(p.b, w.k, p.a[v.s]) && after(p.a, v.k, p.b[w.s]) {
				found = append(found, w)
			}
		}
		if len(found) != 1 {
			continue
		}
		w := found[0]
		// The passage's subject whole when it is a name ("Fair Plate").
		lo := w.s + 1 - len(nameAround(p.ref.plain, p.b, w.s, w.s+1))
		out = append(out, roleSwap{move{v.s, objectEnd(p.a, v.k), w.s, objectEnd(p.b, w.k)},
			"who " + p.a[v.k].Text + " whom is reversed: the reference has " + quote(joinTokens(p.ref, p.b[lo:objectEnd(p.b, w.k)]))})
	}
	return out
}
