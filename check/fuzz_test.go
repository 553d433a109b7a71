package check

import (
	"os"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", "Hello.", "Dr. Smith went to the U.S. on Feb. 12. He left.", "# Title\n\n- item\n- *other* [x](y)\n",
	"\uFEFFa\r\nb\r\n", "“Quote,” he said… Then?! «Да».", "这是第一句。第二句！", "3.5% of $1.2bn, No. 5 — 30-day",
	"```\ncode\n", "[unclosed](", "**", "\xff\xfe bad", "a\x00b", "_x_ __y__ ~~z~~ `c` <b>t</b>",
}

func checkDocInvariants(t *testing.T, text string, d *Document) {
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.Start < prevEnd || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("sentence %d at [%d,%d) overlaps or leaves the text (len %d, previous end %d)", i, s.Start, s.End, len(text), prevEnd)
		}
		prevEnd = s.End
		if s.Text != d.Display(s.Start, s.End) {
			t.Fatalf("sentence %d text %q is not its display %q", i, s.Text, d.Display(s.Start, s.End))
		}
		if p := d.Position(s.Start); p.Line != s.Line || p.Col != s.Col || p.Line < 1 || p.Col < 1 {
			t.Fatalf("sentence %d position %d:%d vs %+v", i, s.Line, s.Col, p)
		}
		for _, tok := range s.Tokens {
			if tok.Start < s.Start || tok.End > s.End || tok.Start >= tok.End {
				t.Fatalf("token %q [%d,%d) outside sentence [%d,%d)", tok.Text, tok.Start, tok.End, s.Start, s.End)
			}
			if utf8.ValidString(text) && text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %q is %q in the text", tok.Text, text[tok.Start:tok.End])
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	if b, err := os.ReadFile("../corpus/examples/kharkiv-bus.md"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Parse("f", text, ParseOptions{MaxSentenceWords: 20})
		checkDocInvariants(t, text, d)
	})
}

func FuzzAlign(f *testing.F) {
	for i := range fuzzSeeds {
		f.Add(fuzzSeeds[i], fuzzSeeds[len(fuzzSeeds)-1-i])
	}
	f.Add("The talks lasted nine hours. Delegates agreed.", "Delegates agreed on an exchange. The talks in Geneva lasted nine hours.")
	f.Add("Volkswagen will cut 4,000 jobs at its plant, the company said, blaming weak demand for cars in Europe and rising costs.",
		"Blaming weak European demand for electric cars, Volkswagen said it would cut 4,000 jobs at its Zwickau plant.")
	f.Add("The Heritage Council kept die Zinsen at a six-day low, and the claims were frivolous in Paris in Paris.",
		"The Arts Council of Ireland did not keep interest rates at a nine-day high; the claims were not frivolous.")
	f.Add("Japan beat Germany 2-1 at 18:45, up 35%, and the minister has been criticised by the opposition, said on Monday.",
		"Germany beat Japan 2-1 at 6:45 pm, down 35%; the minister has criticised the opposition, Ingrid Solberg said. She left at 45°C.")
	f.Add("Scholz, the French president, said 12 000 staff at -5°C, 24/11/2023 and 2:16:05 and he and fishermen.",
		"French President Emmanuel Macron said 12,000 staff, 2023-02-11, 2-3% and 9/11. Macron said he left.")
	// A reference sentence the article splits in two (splitShared).
	f.Add("Tomas Wendt, a spokesman for the union, demanded an inquiry. He said the company had cut its budget, adding that it would not say more.",
		"Union spokesman Jonas Krell called for an inquiry and said the company had cut its budget by a fifth, adding that it would say no more.")
	// A modal without its verb, a subject lost after "that", a role swap
	// around a reworded verb, a trailing clause left out.
	f.Add("The bridge should by May. He told them on Friday that would reopen it. The hospital had cautioned the ministry. It needed time to find the source of the outbreak.",
		"The bridge is expected to be finished by May. He told them on Friday that the council would reopen it. The ministry had warned the hospital. It needed time to find the source before it could name the farms.")
	// A lower-case opening verb, a lost subject after a conjunction, after
	// "that" and after an attribution, an infinitive without its verb, a
	// doubled "had", a French word with English accents, a name-based
	// compound and an opposite in a loose rewording.
	f.Add("fined the firm on the 8th. The beach closed after spilled fuel, said on Thursday, citing a grève. Exports are expected to 44 billion, and costs had had forced Lisbon-based lenders that would invest. He said no longer expected mild asthma.",
		"Regulators fined the firm. The beach was shut after a tanker spilled fuel, the council said, citing a strike. Exports should reach 44 billion, and costs had forced lenders headquartered in Lisbon, which said it would invest. He said he no longer expected severe asthma.")
	f.Fuzz(func(t *testing.T, article, ref string) {
		a := Parse("a", article, ParseOptions{MaxSentenceWords: 20})
		r := Parse("r", ref, ParseOptions{MaxSentenceWords: 20})
		al := Align(a, []*Document{r}, AlignOptions{})
		if len(al) != len(a.Sentences) {
			t.Fatalf("%d alignments for %d sentences", len(al), len(a.Sentences))
		}
		for _, x := range al {
			if x == nil {
				continue
			}
			if x.Similarity < 0 || x.Similarity > 1.0000001 || len(x.Sents) == 0 {
				t.Fatalf("bad alignment %+v", x)
			}
			for _, j := range x.Sents {
				if j < 0 || j >= len(r.Sentences) {
					t.Fatalf("passage sentence %d of %d", j, len(r.Sentences))
				}
			}
		}
		// The whole pipeline must hold too: findings inside the article.
		res := Run(Input{Article: a, Refs: []*Document{r}, Source: r}, Options{})
		for _, fd := range res.Findings() {
			if fd.Start < 0 || fd.End > len(article) || fd.Start > fd.End {
				t.Fatalf("finding %s at [%d,%d) outside the text (len %d)", fd.Check, fd.Start, fd.End, len(article))
			}
		}
		if res.Score < 0 || res.Score > 100 {
			t.Fatalf("score %v", res.Score)
		}
	})
}
