package fix

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/review"
)

func example(t *testing.T) (check.Input, *check.Result) {
	t.Helper()
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join("../../corpus/examples", p))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	g, _ := check.ParseGlossary("glossary.txt", read("glossary.txt"))
	in := check.Input{Article: check.Parse("odesa-call.txt", read("odesa-call.txt"), check.ParseOptions{}),
		Refs:     []*check.Document{check.Parse("odesa-call.ref.txt", read("odesa-call.ref.txt"), check.ParseOptions{})},
		Glossary: g}
	return in, check.Run(in, check.Options{})
}

func TestOfflineProposals(t *testing.T) {
	in, res := example(t)
	ps := Offline(res)
	v := NewVerifier(in, res, check.Options{})
	got := map[int]*Proposal{}
	for _, p := range ps {
		v.Verify(p)
		got[p.Sentence] = p
	}
	want := map[int]string{
		1: "KYIV, May 9 — Ukrainian President Volodymyr Zelensky described the call with European leaders as \"frank\" when he visited a music school in Odesa on Thursday.",
		2: "The call included European Commission President Ursula von der Leyen and the prime ministers of Poland and the three Baltic states, his office said.",
		3: "Zelensky's chief of staff, Andriy Yermak, said the leaders had agreed to speed up deliveries of air defence systems before the winter.",
		6: "According to the presidential office, the talks lasted two hours and covered the reconstruction of 30 damaged schools in the region.",
	}
	for i, w := range want {
		p := got[i]
		if p == nil {
			t.Errorf("no proposal for sentence %d", i+1)
			continue
		}
		if p.Corrected != w {
			t.Errorf("sentence %d corrected to\n%q\nwant\n%q", i+1, p.Corrected, w)
		}
		if !p.OK() || p.Confidence <= 0.5 || p.ScoreAfter <= p.ScoreBefore {
			t.Errorf("sentence %d: rejected %q, confidence %v, score %v -> %v", i+1, p.Rejected, p.Confidence, p.ScoreBefore, p.ScoreAfter)
		}
		// The edits applied to the file give the corrected sentence.
		after := check.Parse("x", Apply(in.Article.Text, p.Edits), check.ParseOptions{})
		if after.Sentences[i].Text != w {
			t.Errorf("sentence %d in the edited file: %q", i+1, after.Sentences[i].Text)
		}
	}
	if p := got[2]; p != nil && !strings.Contains(p.Reason, "wrong-entity: “Putin” → “The call”, as the reference passage has it") {
		t.Errorf("reason %q", p.Reason)
	}
	if got[7] != nil {
		t.Errorf("a proposal for untranslated text: %+v", got[7])
	}
}

// A word left in another language, whose English the passage has, gets
// that English offline.
func TestOfflineProposalForForeignWord(t *testing.T) {
	in := check.Input{
		Article: check.Parse("a.txt", "The drug lowered the risk of a second infarto by 23 percent, the team said.", check.ParseOptions{}),
		Refs:    []*check.Document{check.Parse("r.txt", "The drug lowered the risk of a second heart attack by 23 percent, the team said.", check.ParseOptions{})},
	}
	res := check.Run(in, check.Options{})
	ps := Offline(res)
	if len(ps) != 1 {
		t.Fatalf("%d proposals, want 1", len(ps))
	}
	v := NewVerifier(in, res, check.Options{})
	v.Verify(ps[0])
	if want := "The drug lowered the risk of a second heart attack by 23 percent, the team said."; ps[0].Corrected != want || !ps[0].OK() {
		t.Errorf("corrected to %q (rejected %q), want %q", ps[0].Corrected, ps[0].Rejected, want)
	}
}

func TestVerificationRejects(t *testing.T) {
	in, res := example(t)
	v := NewVerifier(in, res, check.Options{})
	s := func(i int) string { return in.Article.Sentences[i].Text }
	for _, tc := range []struct {
		name      string
		sentence  int
		corrected string
		want      string
	}{
		{"new name", 2, strings.Replace(s(2), "Putin", "Macron", 1), "introduces “Macron”, found in no reference"},
		{"new number", 6, strings.Replace(s(6), "13", "31", 1), "introduces “31”"},
		{"quotation without cause", 1, strings.NewReplacer("Voldymir", "Volodymyr", `"frank"`, `"candid"`).Replace(s(1)), "changes the quotation “frank”"},
		{"rewrite", 2, strings.Replace(strings.Replace(s(2), "Putin", "The call", 1), "his office said", "according to a short note that was released by his office late at night", 1), "words outside the flagged spans"},
		{"no better", 6, strings.Replace(s(6), "damaged", "ruined", 1), "does not score better"},
		{"no change", 3, s(3), "changes nothing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := FromLLM(in.Article, []review.Fix{{Sentence: tc.sentence, Corrected: tc.corrected, Explanation: "x", Confidence: 0.9}})
			v.Verify(ps[0])
			if !strings.Contains(ps[0].Rejected, tc.want) {
				t.Errorf("rejected %q, want %q", ps[0].Rejected, tc.want)
			}
		})
	}
	ps := FromLLM(in.Article, []review.Fix{{Sentence: 2, Corrected: strings.Replace(s(2), "Putin", "The call", 1), Confidence: 0.9}})
	v.Verify(ps[0])
	if !ps[0].OK() || ps[0].Confidence != 0.91 {
		t.Errorf("good fix: rejected %q, confidence %v", ps[0].Rejected, ps[0].Confidence)
	}
}

func TestEditsKeepMarkup(t *testing.T) {
	text := "# Headline\n\nThe **bus\nstrike** ended in Kiev on   Monday, [officials](http://x) said.\n"
	d := check.Parse("a.md", text, check.ParseOptions{})
	s := d.Sentences[1]
	if s.Text != "The bus strike ended in Kiev on Monday, officials said." {
		t.Fatalf("display %q", s.Text)
	}
	edits := EditsFor(d, s, "The bus strike ended in Kyiv on Monday, city officials said.")
	got := Apply(text, edits)
	want := "# Headline\n\nThe **bus\nstrike** ended in Kyiv on   Monday, [city officials](http://x) said.\n"
	if got != want {
		t.Errorf("edited file\n%q\nwant\n%q", got, want)
	}
}

func TestVersions(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "story.txt")
	if kept, err := Write(p, "one\n"); err != nil || kept.N != 0 {
		t.Fatalf("first write: %v %v", kept, err)
	}
	if kept, _ := Write(p, "one\n"); kept.N != 0 {
		t.Error("an unchanged write kept a version")
	}
	for i, c := range []string{"two\n", "three\n"} {
		kept, err := Write(p, c)
		if err != nil || kept.N != i+1 || kept.Path != filepath.Join(dir, ".mtcheck", "versions", "story.txt", []string{"1.txt", "2.txt"}[i]) {
			t.Fatalf("write %d: %+v %v", i, kept, err)
		}
	}
	vs, _ := Versions(p)
	if len(vs) != 2 {
		t.Fatalf("versions %+v", vs)
	}
	for spec, want := range map[string]string{p + "@1": "one\n", p + "@2": "two\n", p + "@prev": "two\n", p: "three\n"} {
		f, err := Resolve(spec)
		if err != nil {
			t.Fatalf("Resolve(%s): %v", spec, err)
		}
		if b, _ := os.ReadFile(f); string(b) != want {
			t.Errorf("%s reads %q, want %q", spec, b, want)
		}
	}
	if _, err := Resolve(p + "@7"); err == nil || !strings.Contains(err.Error(), "has versions 1 to 2") {
		t.Errorf("Resolve(@7): %v", err)
	}
	if _, err := Resolve(filepath.Join(dir, "other.txt@1")); err == nil || !strings.Contains(err.Error(), "no kept versions") {
		t.Errorf("Resolve without versions: %v", err)
	}
}
