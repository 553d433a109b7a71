package report

import (
	"strings"
	"testing"
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
