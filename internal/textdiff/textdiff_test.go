package textdiff

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestWordsPlain(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"Putin included the prime ministers.", "The call included the prime ministers.",
			"[-Putin-]{+The call+} included the prime ministers."},
		{"chief of staff, Andri Yamak, said", "chief of staff, Andriy Yermak, said",
			"chief of staff, [-Andri Yamak-]{+Andriy Yermak+}, said"},
		{"They agreed on 13 points.", "They agreed on 30 points.", "They agreed on [-13-]{+30+} points."},
		// A shared first letter does not split a word.
		{"in Kiev today", "in Kyiv today", "in [-Kiev-]{+Kyiv+} today"},
		{"a b c", "a b c", "a b c"},
		{"", "new text", "{+new text+}"},
		{"old text", "", "[-old text-]"},
		{"the bus strike ended", "the strike on the bus ended", "the [-bus -]strike{+ on the bus+} ended"},
	} {
		ops := Words(tc.a, tc.b)
		if got := Plain(ops); got != tc.want {
			t.Errorf("Words(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
		if Old(ops) != tc.a || New(ops) != tc.b {
			t.Errorf("Words(%q, %q) does not rebuild both texts: %q / %q", tc.a, tc.b, Old(ops), New(ops))
		}
	}
}

func TestWordsRebuildsAnyText(t *testing.T) {
	pairs := [][2]string{
		{"„Wir werden gewinnen“, sagte er — 3,5 % mehr.", "\"We will win,\" he said — 3.5% more."},
		{"基辅 说 。", "Kyiv said."},
		{"line one\nline two\n", "line one\nline 2\nline three\n"},
		{"don't stop", "do not stop"},
	}
	for _, p := range pairs {
		ops := Words(p[0], p[1])
		if Old(ops) != p[0] || New(ops) != p[1] {
			t.Errorf("Words(%q, %q): rebuilt %q / %q", p[0], p[1], Old(ops), New(ops))
		}
		for i := 1; i < len(ops); i++ {
			if ops[i].Kind == ops[i-1].Kind {
				t.Errorf("Words(%q, %q): two %v segments in a row: %#v", p[0], p[1], ops[i].Kind, ops)
			}
		}
	}
}

func TestRenderers(t *testing.T) {
	ops := Words("Troops <left> Kiev.", "Troops <left> Kyiv & more.")
	if got, want := HTML(ops), `<span class="mtcheck-diff">Troops &lt;left&gt; <del>Kiev</del><ins>Kyiv &amp; more</ins>.</span>`; got != want {
		t.Errorf("HTML = %q, want %q", got, want)
	}
	a := ANSI(ops)
	if !strings.Contains(a, ansiDel+"Kiev"+ansiReset) || !strings.Contains(a, ansiIns+"Kyiv & more"+ansiReset) {
		t.Errorf("ANSI = %q: want the deletion red and the insertion green", a)
	}
	// Colour never spans a line break.
	m := ANSI([]Op{{Insert, "one\ntwo"}})
	if m != ansiIns+"one"+ansiReset+"\n"+ansiIns+"two"+ansiReset {
		t.Errorf("ANSI over a line break = %q", m)
	}
}

const article = `Kyiv, Ukraine — President Voldymir Zelensky spoke on Tuesday.

Putin included the prime ministers of Poland.

He said nine people were hurt.

The talks will go on next week.

Officials did not comment.

A later statement followed.
`

func TestUnifiedAppliesWithGit(t *testing.T) {
	edited := strings.Replace(article, "Voldymir", "Volodymyr", 1)
	edited = strings.Replace(edited, "Putin included", "The call included", 1)
	edited = strings.Replace(edited, "A later statement followed.\n", "A later statement followed.", 1)
	p := Unified("story.txt", "story.txt", article, edited)
	if !strings.HasPrefix(p, "--- a/story.txt\n+++ b/story.txt\n@@ -1,") {
		t.Fatalf("unexpected header:\n%s", p)
	}
	if !strings.Contains(p, "-Putin included the prime ministers of Poland.\n+The call included the prime ministers of Poland.\n") {
		t.Errorf("hunk missing:\n%s", p)
	}
	if !strings.Contains(p, "\\ No newline at end of file") {
		t.Errorf("no end-of-file marker:\n%s", p)
	}
	if got := applyGo(t, article, p); got != edited {
		t.Errorf("applying the patch gives\n%q\nwant\n%q", got, edited)
	}
	for _, tool := range [][]string{{"git", "apply"}, {"patch", "-p1", "-s"}} {
		if _, err := exec.LookPath(tool[0]); err != nil {
			t.Logf("%s not installed: skipped", tool[0])
			continue
		}
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "story.txt"), []byte(article), 0o644)
		os.WriteFile(filepath.Join(dir, "fix.patch"), []byte(p), 0o644)
		cmd := exec.Command(tool[0], append(tool[1:], "fix.patch")...)
		if tool[0] == "patch" {
			cmd = exec.Command(tool[0], append(tool[1:], "-i", "fix.patch")...)
		}
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s rejects the patch: %v\n%s\n%s", tool[0], err, out, p)
		}
		got, _ := os.ReadFile(filepath.Join(dir, "story.txt"))
		if string(got) != edited {
			t.Errorf("%s produced\n%q\nwant\n%q", tool[0], got, edited)
		}
	}
	if Unified("a", "b", article, article) != "" {
		t.Error("equal texts give a non-empty patch")
	}
}

// applyGo applies a unified diff produced by Unified, checking every
// context and deleted line, so the hunk ranges are verified without tools.
func applyGo(t *testing.T, text, patch string) string {
	t.Helper()
	src := splitLines(text)
	var out []string
	pos := 0
	lines := strings.SplitAfter(patch, "\n")
	for i := 2; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasPrefix(l, "@@ ") {
			continue
		}
		spec := strings.SplitN(strings.TrimPrefix(strings.Fields(l)[1], "-"), ",", 2)
		a0, _ := strconv.Atoi(spec[0])
		if len(spec) == 1 || spec[1] != "0" {
			a0-- // 1-based start line; an empty range names the line before
		}
		for pos < a0 {
			out = append(out, src[pos])
			pos++
		}
		for i+1 < len(lines) && lines[i+1] != "" && !strings.HasPrefix(lines[i+1], "@@ ") {
			i++
			l := lines[i]
			body := l[1:]
			if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\\ No newline") {
				body = strings.TrimSuffix(body, "\n")
				i++
			}
			switch l[0] {
			case ' ', '-':
				if pos >= len(src) || src[pos] != body {
					t.Fatalf("patch line %q does not match source line %d %q", l, pos+1, src[min(pos, len(src)-1)])
				}
				pos++
				if l[0] == ' ' {
					out = append(out, body)
				}
			case '+':
				out = append(out, body)
			}
		}
	}
	out = append(out, src[pos:]...)
	return strings.Join(out, "")
}

func TestDocumentBlocks(t *testing.T) {
	edited := strings.Replace(article, "nine people", "10 people", 1)
	blocks := Document(article, edited)
	if len(blocks) != 1 {
		t.Fatalf("got %d blocks, want 1: %#v", len(blocks), blocks)
	}
	b := blocks[0]
	if b.OldLine != 5 || b.NewLine != 5 || b.OldLines != 1 || b.NewLines != 1 {
		t.Errorf("block at %d+%d / %d+%d, want line 5, one line each", b.OldLine, b.OldLines, b.NewLine, b.NewLines)
	}
	if got := Plain(b.Ops); got != "He said [-nine-]{+10+} people were hurt.\n" {
		t.Errorf("block diff %q", got)
	}
	if Document(article, article) != nil {
		t.Error("equal texts have blocks")
	}
}

func TestWordCount(t *testing.T) {
	if n := WordCount("Zelensky's chief of staff, Andriy Yermak, said 3.5%."); n != 8 {
		t.Errorf("WordCount = %d, want 8", n)
	}
}
