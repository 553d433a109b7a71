package check

import (
	"strings"
	"testing"
)

func sentenceTexts(d *Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestSegmentNewsEnglish(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations and titles", "Dr. Ana Ruiz of the U.S. State Department met Gov. Kay Ivey on Feb. 12. They talked.",
			[]string{"Dr. Ana Ruiz of the U.S. State Department met Gov. Kay Ivey on Feb. 12.", "They talked."}},
		{"U.S. at the end of a sentence", "Sanctions were lifted in the U.S. The talks resume today.",
			[]string{"Sanctions were lifted in the U.S.", "The talks resume today."}},
		{"U.S. before a name", "U.S. President Joe Biden spoke.", []string{"U.S. President Joe Biden spoke."}},
		{"initials", "George W. Bush and J. K. Rowling were not there. Nobody was.",
			[]string{"George W. Bush and J. K. Rowling were not there.", "Nobody was."}},
		{"numbers and money", "Prices rose 3.5% to $1.2bn in No. 5 district. Shares fell 0.4 points.",
			[]string{"Prices rose 3.5% to $1.2bn in No. 5 district.", "Shares fell 0.4 points."}},
		{"quotes", `"We will win," he said. "Will we?" she asked. "Yes!" He left.`,
			[]string{`"We will win," he said.`, `"Will we?" she asked.`, `"Yes!"`, "He left."}},
		{"nested and curly quotes", "“He told me: ‘Never again.’” The room fell silent.",
			[]string{"“He told me: ‘Never again.’”", "The room fell silent."}},
		{"ellipsis", "The plan... was dropped. Then nothing… Silence followed.",
			[]string{"The plan... was dropped.", "Then nothing…", "Silence followed."}},
		{"times", "He left at 5 p.m. The crowd cheered.", []string{"He left at 5 p.m.", "The crowd cheered."}},
		{"dates", "The vote is on May 8th. It was moved from Sept. 3 in 2023.",
			[]string{"The vote is on May 8th.", "It was moved from Sept. 3 in 2023."}},
		{"question and exclamation", "Why now? Because it matters! Yes.", []string{"Why now?", "Because it matters!", "Yes."}},
		{"lowercase after period is not a boundary", "Use e.g. this one and i.e. that one.", []string{"Use e.g. this one and i.e. that one."}},
		{"headline and byline lines", "Strike halts buses in capital\nBy Jane Doe, Staff Writer\nKYIV, Feb. 12 — Buses stopped. Trains ran.",
			[]string{"Strike halts buses in capital", "By Jane Doe, Staff Writer", "KYIV, Feb. 12 — Buses stopped.", "Trains ran."}},
		{"CJK full stops", "这是第一句。这是第二句！", []string{"这是第一句。", "这是第二句！"}},
		{"parenthesis", "He won (by a wide margin). Then he left.", []string{"He won (by a wide margin).", "Then he left."}},
		{"decimal at line start", "3.5 million people voted. Turnout rose.", []string{"3.5 million people voted.", "Turnout rose."}},
		{"sentence starting with a number", "The toll rose to 9. 10 more are missing.", []string{"The toll rose to 9.", "10 more are missing."}},
		{"Inc. mid-sentence", "Acme Inc. said profits rose.", []string{"Acme Inc. said profits rose."}},
		{"stray closing quote merges", "He said it was over. \"", []string{"He said it was over. \""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(Parse("t", tc.in, ParseOptions{}))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestSegmentParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a paragraph per line keeps line breaks even after a comma",
			"The strong sunlight is so piercing,\nWe can see the moon,\nand the stars",
			[]string{"The strong sunlight is so piercing,", "We can see the moon,", "and the stars"}},
		{"hard-wrapped paragraphs are joined",
			"Wrapped paragraph lines continue on the next\nline because they are hard-wrapped at a width of\nabout fifty characters. Then a new sentence.\n\nNext paragraph.",
			[]string{"Wrapped paragraph lines continue on the next line because they are hard-wrapped at a width of about fifty characters.", "Then a new sentence.", "Next paragraph."}},
		{"short headline over a byline stays apart in a blank-line file",
			"Strike halts buses\nBy Jane Doe\n\nBuses stopped today.",
			[]string{"Strike halts buses", "By Jane Doe", "Buses stopped today."}},
		{"wrapped line continues in lower case",
			"The minister, who was\nvisiting, spoke.\n\nEnd.",
			[]string{"The minister, who was visiting, spoke.", "End."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(Parse("t", tc.in, ParseOptions{}))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestMarkdownIsMaskedWithoutMovingText(t *testing.T) {
	in := "# Strike halts **buses** in the capital\n\n" +
		"> A [quoted](http://example.com/x) line.\n\n" +
		"- first item without punct\n" +
		"1. second *item* here.\n\n" +
		"| Col A | Col B |\n|---|---|\n| one | two |\n\n" +
		"```\ncode is skipped.\n```\n" +
		"Text with `code` and <b>html</b> and ![alt text](img.png) and snake_case_word.\n\n" +
		"[ref]: http://example.com\n"
	d := Parse("t.md", in, ParseOptions{})
	want := []string{"Strike halts buses in the capital", "A quoted line.", "first item without punct",
		"second item here.", "Col A Col B", "one two", "Text with code and html and alt text and snake_case_word."}
	if got := sentenceTexts(d); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
	// Every token's offsets point at the same text in the original.
	for _, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if in[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at %d:%d is %q in the original", tok.Text, tok.Start, tok.End, in[tok.Start:tok.End])
			}
		}
	}
	// "buses" sits inside ** markers: its column counts the markers.
	for _, tok := range d.Sentences[0].Tokens {
		if tok.Text == "buses" {
			if p := d.Position(tok.Start); p.Line != 1 || p.Col != 18 {
				t.Errorf("buses at %d:%d, want 1:18", p.Line, p.Col)
			}
		}
	}
}

func TestPositionsCRLFAndBOM(t *testing.T) {
	in := "\uFEFFFirst line here.\r\nSecond — with “quotes” here.\r\n"
	d := Parse("t", in, ParseOptions{})
	if len(d.Sentences) != 2 {
		t.Fatalf("got %q", sentenceTexts(d))
	}
	if s := d.Sentences[0]; s.Line != 1 || s.Col != 1 || in[s.Start:s.Start+5] != "First" {
		t.Errorf("first sentence at %d:%d offset %d", s.Line, s.Col, s.Start)
	}
	s := d.Sentences[1]
	if s.Line != 2 || s.Col != 1 || s.Text != "Second — with “quotes” here." {
		t.Errorf("second sentence at %d:%d %q", s.Line, s.Col, s.Text)
	}
	var q Token
	for _, tok := range s.Tokens {
		if tok.Text == "quotes" {
			q = tok
		}
	}
	// Columns count characters: "Second — with “" is 15 of them.
	if p := d.Position(q.Start); p.Line != 2 || p.Col != 16 {
		t.Errorf("quotes at %d:%d, want 2:16", p.Line, p.Col)
	}
}

func TestLongRunWithoutPunctuationIsCutAndWarned(t *testing.T) {
	in := strings.Repeat("word ", 1000)
	d := Parse("t", in, ParseOptions{MaxSentenceWords: 100})
	if len(d.Sentences) != 10 {
		t.Fatalf("got %d sentences, want 10", len(d.Sentences))
	}
	for _, s := range d.Sentences {
		if n := len(wordTokens(s.Tokens)); n > 100 {
			t.Errorf("sentence of %d words", n)
		}
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "without sentence punctuation") {
		t.Errorf("warnings %q", d.Warnings)
	}
	if d.Words != 1000 {
		t.Errorf("words %d", d.Words)
	}
}

func TestTokens(t *testing.T) {
	for in, want := range map[string]string{
		"Zelensky’s U.S.-led $1.2bn plan, a 30-day truce of 1,300 troops (3.5%) didn't start.": "Zelensky’s/zelensky U.S./us -/- led/led $1.2bn/$1.2bn plan/plan ,/, a/a 30-day/30-day truce/truce of/of 1,300/1,300 troops/troops (/( 3.5%/3.5% )/) did/did n't/not start/start ./.",
		// An acronym that lost its last full stop is the acronym; a
		// dotted initial before a name is not ("J. Smith").
		"U.S officials met J. Smith and the U.K. envoy.": "U.S/us officials/officials met/met J/j ./. Smith/smith and/and the/the U.K./uk envoy/envoy ./.",
		// Contractions split into their words; a hyphen next to a function
		// word or a contraction is a dash.
		"I’m sure it's LIGO-which can't fail; Zelensky's well-known state-of-the-art plan won't.": "I/i ’m/am sure/sure it/it 's/is LIGO/ligo -/- which/which ca/can n't/not fail/fail ;/; Zelensky's/zelensky well-known/well-known state/state -/- of/of -/- the/the -/- art/art plan/plan wo/will n't/not ./.",
	} {
		d := Parse("t", in, ParseOptions{})
		var got []string
		for _, tok := range d.Sentences[0].Tokens {
			got = append(got, tok.Text+"/"+tok.Norm)
			if in[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q is %q in the text", tok.Text, in[tok.Start:tok.End])
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
		}
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{"talks": "talk", "talked": "talk", "talking": "talk", "agreed": "agre",
		"agree": "agre", "stopped": "stop", "cities": "city", "said": "say", "rose": "ris", "rise": "ris", "denied": "deny",
		"news": "news", "bus": "bus", "crisis": "crisis"} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}
