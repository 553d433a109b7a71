// Package synth generates a synthetic corpus for benchmarks: news-style
// articles of about 30 sentences, each with a reference translation that
// words the same facts a little differently, and errors planted in some
// article sentences (numbers, names, negations, untranslated text, dropped
// words). The text comes from word lists in this file; the output is the
// same for the same seed.
package synth

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	people = []string{"Olena Kovalenko", "Andriy Melnyk", "Iryna Bondarenko", "Taras Shevchuk", "Mykola Tkachenko",
		"Oksana Kravets", "Dmytro Lysenko", "Halyna Moroz", "Serhiy Marchuk", "Natalia Boyko", "Yuriy Savchenko",
		"Viktoria Hrytsenko", "Bohdan Pavlenko", "Larysa Ostapenko", "Roman Zinchenko", "Sofia Danylyuk"}
	titles = []string{"Mayor", "Governor", "Minister", "Deputy Minister", "council member", "spokesperson",
		"chief engineer", "head of the regional health department", "director of the port"}
	places = []string{"Lviv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Vinnytsia", "Poltava", "Chernihiv",
		"Sumy", "Rivne", "Ternopil", "Uzhhorod", "Mykolaiv", "Kherson", "Izmail", "Lutsk"}
	orgs = []string{"the city council", "the regional administration", "the energy ministry", "the port authority",
		"the state railway", "the central bank", "the health ministry", "the grid operator", "the national police"}
	things = []string{"schools", "hospitals", "bridges", "power lines", "water pipes", "bus routes", "grain silos",
		"shelters", "rail lines", "heating plants", "roads", "apartment blocks"}
	units    = []string{"million hryvnias", "tonnes", "kilometres", "households", "people", "trains", "percent"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	verbs    = []struct{ a, b string }{{"repaired", "fixed"}, {"built", "constructed"}, {"inspected", "checked"},
		{"reopened", "opened again"}, {"funded", "paid for"}, {"closed", "shut"}, {"replaced", "renewed"}}
	says = []struct{ a, b string }{{"said", "said"}, {"told reporters", "told journalists"}, {"wrote on Telegram", "said on Telegram"},
		{"announced", "said"}}
	cyrillic = []string{"він сказав", "за словами мера", "у вівторок", "на жаль", "як повідомляється", "наразі"}
	numWords = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)

// Options tune a corpus.
type Options struct {
	Articles  int
	Sentences int     // per article, about
	ErrorRate float64 // share of sentences with a planted error
	Seed      uint64
}

// Planted is an error put into an article.
type Planted struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Kind string `json:"kind"`
	Was  string `json:"was"`
	Now  string `json:"now"`
}

type gen struct {
	r *rand.Rand
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// pair is one sentence as the reference says it and as the article says it.
type pair struct {
	ref, art string
	// facts the article sentence can get wrong: a number, a name
	num, name string
}

func (g *gen) sentence() pair {
	place, person, org, thing := g.pick(places), g.pick(people), g.pick(orgs), g.pick(things)
	n := 2 + g.r.IntN(95)
	num := fmt.Sprint(n)
	v := verbs[g.r.IntN(len(verbs))]
	s := says[g.r.IntN(len(says))]
	title := g.pick(titles)
	month, day := g.pick(months), g.pick(weekdays)
	unit := g.pick(units)
	switch g.r.IntN(8) {
	case 0:
		return pair{
			ref: fmt.Sprintf("Workers in %s have %s %s %s since %s, %s %s %s.", place, v.a, num, thing, month, title, person, s.a),
			art: fmt.Sprintf("Since %s, workers in %s have %s %s %s, %s %s %s.", month, place, v.b, num, thing, title, person, s.b),
			num: num, name: person}
	case 1:
		return pair{
			ref: fmt.Sprintf("%s approved %s %s for %s in %s on %s.", capital(org), num, unit, thing, place, day),
			art: fmt.Sprintf("On %s %s approved %s %s for %s in %s.", day, org, num, unit, thing, place),
			num: num}
	case 2:
		return pair{
			ref:  fmt.Sprintf("%s %s %s that the work in %s would not stop before %s.", capital(title), person, s.a, place, month),
			art:  fmt.Sprintf("%s %s %s that the work in %s would not stop until %s.", capital(title), person, s.b, place, month),
			name: person}
	case 3:
		w := numWords[2+g.r.IntN(9)]
		return pair{
			ref: fmt.Sprintf("About %s %s in %s were without power on %s evening.", num, unit, place, day),
			art: fmt.Sprintf("On %s evening about %s %s in %s had no power, and %s teams were sent.", day, num, unit, place, w),
			num: num}
	case 4:
		return pair{
			ref: fmt.Sprintf("Residents of %s said the %s had been damaged in the storm.", place, thing),
			art: fmt.Sprintf("Residents of %s said the %s were damaged in the storm.", place, thing)}
	case 5:
		return pair{
			ref: fmt.Sprintf("%s has asked %s for %s more %s.", capital(place), org, num, thing),
			art: fmt.Sprintf("%s asked %s for %s more %s.", capital(place), org, num, thing),
			num: num}
	case 6:
		other := g.pick(people)
		return pair{
			ref:  fmt.Sprintf("%s met %s in %s to discuss the %s.", person, other, place, thing),
			art:  fmt.Sprintf("In %s, %s met %s to discuss the %s.", place, person, other, thing),
			name: person}
	}
	return pair{
		ref: fmt.Sprintf("The repairs are expected to cost %s %s, according to %s.", num, unit, org),
		art: fmt.Sprintf("According to %s, the repairs are expected to cost %s %s.", org, num, unit),
		num: num}
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// plant puts one error into an article sentence and says what it did.
func (g *gen) plant(p pair) (string, string, string, string) {
	art := p.art
	kinds := []string{"untranslated", "repetition"}
	if p.num != "" {
		kinds = append(kinds, "number", "number")
	}
	if p.name != "" {
		kinds = append(kinds, "name")
	}
	if strings.Contains(art, " not ") {
		kinds = append(kinds, "negation")
	}
	switch k := kinds[g.r.IntN(len(kinds))]; k {
	case "number":
		wrong := swapDigits(p.num)
		return strings.Replace(art, " "+p.num+" ", " "+wrong+" ", 1), k, p.num, wrong
	case "name":
		first, last, _ := strings.Cut(p.name, " ")
		wrong := first + " " + misspell(last)
		return strings.Replace(art, p.name, wrong, 1), k, p.name, wrong
	case "negation":
		return strings.Replace(art, " not ", " ", 1), k, "not", ""
	case "untranslated":
		c := g.pick(cyrillic)
		return strings.TrimSuffix(art, ".") + ", " + c + ".", k, "", c
	default:
		words := strings.Fields(art)
		i := 1 + g.r.IntN(len(words)-2)
		w := strings.Trim(words[i], ",.")
		words[i] = w + " " + w + " " + words[i]
		return strings.Join(words, " "), "repetition", "", w + " " + w
	}
}

func swapDigits(n string) string {
	if len(n) == 2 && n[0] != n[1] {
		return string([]byte{n[1], n[0]})
	}
	return n + "0"
}

func misspell(s string) string {
	if len(s) < 5 {
		return s + "o"
	}
	b := []byte(s)
	i := 2 + len(s)/3
	b[i], b[i+1] = b[i+1], b[i]
	return string(b)
}

// Article is one generated article with its reference.
type Article struct {
	Name          string
	Text, Ref     string
	Planted       []Planted
	SentenceCount int
}

// Generate makes article i of a corpus (the same i and seed give the same
// article, so corpora of any size share their first articles).
func Generate(i int, o Options) Article {
	g := &gen{r: rand.New(rand.NewPCG(o.Seed, uint64(i)))}
	n := o.Sentences
	if n <= 0 {
		n = 30
	}
	n = n - 3 + g.r.IntN(7)
	name := fmt.Sprintf("a%05d.txt", i)
	place := g.pick(places)
	head := fmt.Sprintf("%s works to repair %s before winter", place, g.pick(things))
	var art, ref []string
	art = append(art, head)
	ref = append(ref, head)
	a := Article{Name: name, SentenceCount: n + 1}
	for k := 0; k < n; k++ {
		p := g.sentence()
		s := p.art
		if g.r.Float64() < o.ErrorRate {
			var kind, was, now string
			s, kind, was, now = g.plant(p)
			a.Planted = append(a.Planted, Planted{File: name, Line: 2*len(art) + 1, Kind: kind, Was: was, Now: now})
		}
		art = append(art, s)
		ref = append(ref, p.ref)
	}
	a.Text = strings.Join(art, "\n\n") + "\n"
	a.Ref = strings.Join(ref, "\n\n") + "\n"
	return a
}

// Write writes a corpus of o.Articles articles into dir: NAME.txt with
// NAME.ref.txt beside it (the pairing mtcheck finds by itself), in
// subdirectories of 1,000 articles, and .planted.jsonl listing the planted
// errors (a hidden file, so that checking dir does not read it).
func Write(dir string, o Options) (sentences, planted int, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	pf, err := os.Create(filepath.Join(dir, ".planted.jsonl"))
	if err != nil {
		return 0, 0, err
	}
	defer pf.Close()
	enc := json.NewEncoder(pf)
	for i := 0; i < o.Articles; i++ {
		a := Generate(i, o)
		sub := filepath.Join(dir, fmt.Sprintf("part%03d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return 0, 0, err
			}
		}
		base := filepath.Join(sub, strings.TrimSuffix(a.Name, ".txt"))
		if err := os.WriteFile(base+".txt", []byte(a.Text), 0o644); err != nil {
			return 0, 0, err
		}
		if err := os.WriteFile(base+".ref.txt", []byte(a.Ref), 0o644); err != nil {
			return 0, 0, err
		}
		for _, p := range a.Planted {
			p.File = filepath.ToSlash(filepath.Join(filepath.Base(sub), a.Name))
			if err := enc.Encode(p); err != nil {
				return 0, 0, err
			}
		}
		sentences += a.SentenceCount
		planted += len(a.Planted)
	}
	return sentences, planted, nil
}
