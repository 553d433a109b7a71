package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/check"
)

func TestExcerptCaretsCountWideCharacters(t *testing.T) {
	text := "他说 the Kiev talks went well."
	start := strings.Index(text, "Kiev")
	line, m := excerpt(text, start, start+4, 150)
	if line.text != text {
		t.Fatalf("short text cut: %q", line.text)
	}
	// Two wide characters and a space before "the": 2+2+1+4 columns.
	if m.col != 9 || m.width != 4 {
		t.Errorf("caret at col %d width %d, want 9 and 4", m.col, m.width)
	}
}

func TestExcerptWindowsLongSentences(t *testing.T) {
	text := strings.Repeat("a ", 200) + "SPAN" + strings.Repeat(" b", 200)
	start := strings.Index(text, "SPAN")
	line, m := excerpt(text, start, start+4, 60)
	if !strings.HasPrefix(line.text, "…") || !strings.HasSuffix(line.text, "…") {
		t.Errorf("window not marked as cut: %q", line.text)
	}
	if got := line.text[m.bstart:m.bend]; got != "SPAN" {
		t.Errorf("span in window is %q", got)
	}
	if n := len([]rune(line.text)); n > 64 {
		t.Errorf("window of %d runes", n)
	}
}

func TestPlural(t *testing.T) {
	if plural(1, "file") != "1 file" || plural(2, "file") != "2 files" || plural(0, "sentence") != "0 sentences" {
		t.Error("plural")
	}
}

// In the editor's order the worst sentence comes first, and within a
// sentence its most severe finding, whatever its column; --sort position
// keeps the file's order.
func TestTextOrdersMostSevereFirst(t *testing.T) {
	minorEarly := &Issue{Check: "divergence", Severity: check.Minor, Line: 1, Col: 1, Start: 0, End: 3, Span: "Two", Message: "early minor"}
	majorLate := &Issue{Check: "number-mismatch", Severity: check.Major, Line: 1, Col: 9, Start: 8, End: 10, Span: "21", Message: "late major"}
	other := &Issue{Check: "spelling", Severity: check.Major, Line: 2, Col: 1, Start: 30, End: 33, Span: "Teh", Message: "other sentence"}
	r := &Report{Files: []*File{{Path: "a.txt", Sentences: []*Sentence{
		{Index: 1, Line: 2, Col: 1, Start: 30, End: 50, Text: "Teh match ended.", Score: 0.5, Issues: []*Issue{other}},
		{Index: 0, Line: 1, Col: 1, Start: 0, End: 29, Text: "Two goals in 21 minutes won it.", Score: 0.2, Issues: []*Issue{minorEarly, majorLate}},
	}}}}
	order := func(sort string) (major, minor, other int) {
		var b bytes.Buffer
		if err := WriteText(&b, r, TextOptions{Sort: sort}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		return strings.Index(out, "late major"), strings.Index(out, "early minor"), strings.Index(out, "other sentence")
	}
	if major, minor, other := order("score"); !(major >= 0 && major < minor && minor < other) {
		t.Errorf("score order: late major at %d, early minor at %d, other sentence at %d; want major, minor, other", major, minor, other)
	}
	if major, minor, other := order("position"); !(minor >= 0 && minor < major && major < other) {
		t.Errorf("position order: early minor at %d, late major at %d, other sentence at %d; want file order", minor, major, other)
	}
}
