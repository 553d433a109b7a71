package cli_test

// Browser tests: the HTML report and the review page in a real (headless)
// Chromium. They skip when no Chromium is installed, unless
// MTCHECK_BROWSER_TESTS=1 (as .ci/run sets it). Screenshots go to
// $MTCHECK_ARTIFACTS (default: a temporary directory).

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/internal/browser"
	"github.com/mtcheck/mtcheck/internal/cli"
	"github.com/mtcheck/mtcheck/internal/llm/llmtest"
	"github.com/mtcheck/mtcheck/internal/testutil"
	openai "github.com/sashabaranov/go-openai"
)

// syncBuffer is a buffer a command writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testIO(out, errw io.Writer, env map[string]string) cli.IO {
	return cli.IO{In: strings.NewReader(""), Out: out, Err: errw, Getenv: func(k string) string { return env[k] },
		IsTerminal: func(io.Writer) bool { return false }}
}

func run(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Main(context.Background(), append([]string{"mtcheck"}, args...), testIO(&out, &errb, env))
	return code, out.String(), errb.String()
}

// hostileArticle tries to break out of the page from the article's text.
const hostileArticle = `Officials said <script>window.pwned=1</script> the "talks" were </style and <script on Monday & 'Tuesday'.

Zelensky's office said 10 people came to </textarea <img src=x onerror=window.pwned=2 the school.
`

func setupFiles(t *testing.T) (dir string, files map[string]string) {
	t.Helper()
	dir = t.TempDir()
	files = map[string]string{
		"story.txt":   testutil.ReadExample(t, "odesa-call.txt"),
		"ref.txt":     testutil.ReadExample(t, "odesa-call.ref.txt"),
		"terms.txt":   testutil.ReadExample(t, "glossary.txt"),
		"kharkiv.md":  testutil.ReadExample(t, "kharkiv-bus.md"),
		"hostile.txt": hostileArticle,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Work there, with relative names, as a user would.
	t.Chdir(dir)
	return dir, files
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, p *browser.Page, js string) T {
	t.Helper()
	var v T
	if err := p.Eval(ctx, js, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func noErrors(t *testing.T, p *browser.Page) {
	t.Helper()
	if errs := p.Errors(); len(errs) > 0 {
		t.Errorf("the page reported errors: %v", errs)
	}
}

// jsonReport is what the tests need of `check --format json`.
type jsonReport struct {
	Files []struct {
		Path      string  `json:"path"`
		Score     float64 `json:"score"`
		Sentences []struct {
			Index     int `json:"index"`
			Alignment *struct {
				Text string `json:"text"`
			} `json:"alignment"`
			Issues []struct {
				Check    string `json:"check"`
				Severity string `json:"severity"`
				Span     string `json:"span"`
				Message  string `json:"message"`
			} `json:"issues"`
		} `json:"sentences"`
		Issues []json.RawMessage `json:"issues"`
	} `json:"files"`
}

func TestBrowserHTMLReport(t *testing.T) {
	b := browser.ForTest(t)
	ctx := ctxFor(t)
	dir, _ := setupFiles(t)
	arts := browser.ArtifactDir(t)
	args := []string{"check", "--ref", "ref.txt", "--glossary", "terms.txt", "story.txt", "kharkiv.md", "hostile.txt"}
	report := filepath.Join(dir, "report.html")
	if code, _, stderr := run(t, nil, append(args, "--format", "html", "-o", report)...); code != 0 {
		t.Fatalf("check --format html: exit %d: %s", code, stderr)
	}
	// The expectations come from the same run's JSON report.
	_, js, _ := run(t, nil, append(args, "--format", "json")...)
	var rep jsonReport
	must(t, json.Unmarshal([]byte(js), &rep))

	p, err := b.NewPage(ctx, 1280, 900)
	must(t, err)
	must(t, p.Navigate(ctx, "file://"+report))
	must(t, p.WaitFor(ctx, `document.body.dataset.ready === "1"`))

	// The untrusted text stayed text.
	if v := eval[any](t, ctx, p, `window.pwned === undefined ? null : window.pwned`); v != nil {
		t.Fatalf("text in the article ran as script: window.pwned = %v", v)
	}
	// (The sentences' text, without the highlights' icons.)
	hostileText := eval[string](t, ctx, p, `(() => { const ol = [...document.querySelectorAll(".article")].find(a => a.querySelector("h2").textContent.endsWith("hostile.txt")).querySelector(".sentences").cloneNode(true);
		ol.querySelectorAll(".ic, .sent-meta, .sent-details, .sent-ref").forEach(e => e.remove()); return ol.textContent; })()`)
	for _, lit := range []string{"</style and <script on Monday", "</textarea <img src=x onerror=window.pwned=2 the school"} {
		if !strings.Contains(strings.Join(strings.Fields(hostileText), " "), lit) {
			t.Errorf("the hostile article does not show %q as text: %q", lit, hostileText)
		}
	}

	// The index lists every file worst first, and the histogram has a bar
	// for each band of ten that has files.
	scores := eval[[]float64](t, ctx, p, `[...document.querySelectorAll("table.files tbody tr td:first-child")].map(td => parseFloat(td.textContent))`)
	if len(scores) != len(rep.Files) || !sort.Float64sAreSorted(scores) {
		t.Errorf("index scores %v for %d files: want all, ascending", scores, len(rep.Files))
	}
	bands := map[int]bool{}
	for _, f := range rep.Files {
		bands[min(9, int(f.Score/10))] = true
	}
	if n := eval[int](t, ctx, p, `document.querySelectorAll("svg rect.bar").length`); n != len(bands) {
		t.Errorf("%d histogram bars, want %d", n, len(bands))
	}
	must(t, p.Click(ctx, "table.files tbody tr:first-child a"))
	if h := eval[string](t, ctx, p, `location.hash`); !strings.HasPrefix(h, "#file-") {
		t.Errorf("the index link went to %q", h)
	}

	// Every finding of story.txt is highlighted once, with its severity.
	var story = rep.Files[0]
	for _, f := range rep.Files {
		if strings.HasSuffix(f.Path, "story.txt") {
			story = f
		}
	}
	want := map[string]int{}
	for _, s := range story.Sentences {
		for _, is := range s.Issues {
			want[is.Severity]++
		}
	}
	sec := `[...document.querySelectorAll(".article")].find(a => a.querySelector("h2").textContent.endsWith("story.txt"))`
	got := eval[map[string]int](t, ctx, p, `(() => { const out = {}; `+sec+`.querySelectorAll(".detail .finding").forEach(f => {
		const marks = [...document.querySelectorAll("mark.hl")].filter(m => m.dataset.f.split(" ").includes(f.dataset.id));
		if (marks.length) out[f.dataset.sev] = (out[f.dataset.sev] || 0) + 1; }); return out; })()`)
	if len(got) != len(want) {
		t.Errorf("highlighted findings by severity %v, want %v", got, want)
	}
	for sev, n := range want {
		if got[sev] != n {
			t.Errorf("highlighted findings by severity %v, want %v", got, want)
		}
	}
	// Severity reads without colour: a different underline and an icon.
	styles := eval[map[string][]string](t, ctx, p, `(() => { const out = {}; document.querySelectorAll("mark.hl[data-target]:not(.caret)").forEach(m => {
		const sev = [...m.classList].find(c => c.startsWith("sev-")); const cs = getComputedStyle(m);
		out[sev] = [cs.textDecorationStyle, m.querySelector("sup.ic").textContent, cs.backgroundColor]; }); return out; })()`)
	wantStyle := map[string][2]string{"sev-critical": {"double", "‼"}, "sev-major": {"solid", "▲"}, "sev-minor": {"dotted", "△"}}
	for sev, st := range styles {
		w, ok := wantStyle[sev]
		if !ok || st[0] != w[0] || st[1] != w[1] || st[2] == "rgba(0, 0, 0, 0)" {
			t.Errorf("%s highlights look like %v, want underline %s and icon %s on a background", sev, st, w[0], w[1])
		}
	}
	if len(styles) < 2 {
		t.Errorf("highlight styles %v: the example should show more than one severity", styles)
	}

	// Clicking a highlight opens its details: check, message, reference
	// passage, and the proposal as a word diff.
	var target struct {
		sentence int
		check    string
		span     string
		msg      string
		passage  string
	}
	for _, s := range story.Sentences {
		for _, is := range s.Issues {
			if is.Check == "name-spelling" && s.Alignment != nil && target.span == "" {
				target.sentence, target.check, target.span, target.msg, target.passage = s.Index+1, is.Check, is.Span, is.Message, s.Alignment.Text
			}
		}
	}
	if target.span == "" {
		t.Fatal("the example has no name-spelling finding in an aligned sentence")
	}
	mark := sec + `.querySelector("#" + ` + sec + `.id.replace("file-", "f") + "-s` + strconv.Itoa(target.sentence) + ` mark.hl[data-target]")`
	must(t, p.Eval(ctx, `window.__mark = `+mark+`; window.__mark.id = "the-mark"`, nil))
	must(t, p.Click(ctx, "#the-mark"))
	must(t, p.WaitFor(ctx, `document.querySelector("#panel-body .finding.current")`))
	panel := eval[map[string]string](t, ctx, p, `(() => { const b = document.getElementById("panel-body"); const f = b.querySelector(".finding.current");
		return {check: f.dataset.check, msg: f.querySelector(".msg").textContent, passage: b.querySelector(".passage p").textContent,
			del: [...b.querySelectorAll(".proposal .diff del")].map(d => d.textContent).join("|"),
			ins: [...b.querySelectorAll(".proposal .diff ins")].map(d => d.textContent).join("|"),
			title: document.getElementById("panel-title").textContent}; })()`)
	if panel["check"] != target.check || panel["msg"] != target.msg || !strings.Contains(panel["passage"], target.passage) {
		t.Errorf("panel %v, want check %s, message %q, passage %q", panel, target.check, target.msg, target.passage)
	}
	if !strings.Contains(panel["del"], target.span) || panel["ins"] == "" {
		t.Errorf("the proposal's diff deletes %q and inserts %q; want %q deleted", panel["del"], panel["ins"], target.span)
	}
	must(t, p.Screenshot(ctx, filepath.Join(arts, "report.png"), false))

	// Keyboard: Esc closes, j and k walk the findings in order.
	must(t, p.Press(ctx, "Escape", 0))
	if n := eval[int](t, ctx, p, `document.querySelectorAll("#panel-body .finding").length`); n != 0 {
		t.Error("Escape did not close the details")
	}
	stops := eval[[]string](t, ctx, p, `[...document.querySelectorAll("[data-target]")].filter(e => e.dataset.target && e.getClientRects().length).map(e => e.dataset.target)`)
	for i, want := range []int{0, 1, 2, 1} {
		key := "j"
		if i == 3 {
			key = "k"
		}
		must(t, p.Press(ctx, key, 0))
		if got := eval[string](t, ctx, p, `document.activeElement.dataset.target || ""`); got != stops[want] {
			t.Errorf("after %d key presses the focus is on %q, want %q", i+1, got, stops[want])
		}
	}
	if eval[int](t, ctx, p, `document.querySelectorAll("#panel-body .finding.current").length`) == 0 {
		t.Error("j did not open the finding's details")
	}
	// Focusing a highlight (as Tab does) opens it too; Esc closes it and
	// leaves the focus there.
	must(t, p.Press(ctx, "Escape", 0))
	must(t, p.Eval(ctx, `document.body.focus(); document.getElementById("the-mark").focus()`, nil))
	if eval[string](t, ctx, p, `(document.querySelector("#panel-body .finding.current") || {dataset: {}}).dataset.check || ""`) != target.check {
		t.Error("focusing a highlight did not open it")
	}
	must(t, p.Press(ctx, "Escape", 0))
	if n := eval[int](t, ctx, p, `document.querySelectorAll("#panel-body .finding").length`); n != 0 || eval[string](t, ctx, p, `document.activeElement.id`) != "the-mark" {
		t.Error("Escape did not close the details, or lost the focus")
	}
	// Tab goes on to the next highlight, and shows it.
	must(t, p.Press(ctx, "Tab", 0))
	next := eval[map[string]string](t, ctx, p, `({tag: document.activeElement.tagName, target: document.activeElement.dataset.target || "",
		shown: [...document.querySelectorAll("#panel-body .finding.current")].map(f => f.dataset.id).join(" "), ids: document.activeElement.dataset.f || ""})`)
	if next["tag"] != "MARK" || next["target"] == "" || next["target"] == eval[string](t, ctx, p, `document.getElementById("the-mark").dataset.target`) ||
		!strings.Contains(next["ids"], strings.Fields(next["shown"] + " ?")[0]) {
		t.Errorf("after Tab: %v", next)
	}

	// Filters: hiding a severity takes its highlights out of the text and
	// out of the j/k order.
	sev := eval[string](t, ctx, p, `[...document.getElementById("the-mark").classList].find(c => c.startsWith("sev-")).slice(4)`)
	must(t, p.Click(ctx, "#"+eval[string](t, ctx, p, sec+`.id`)+` input[data-filter=sev][value=`+sev+`]`))
	if !eval[bool](t, ctx, p, `document.getElementById("the-mark").classList.contains("off")`) {
		t.Errorf("unticking %s left its highlight on", sev)
	}
	if n := eval[int](t, ctx, p, `[...document.querySelectorAll("[data-target]")].filter(e => e.dataset.target && !e.classList.contains("off")).length`); n >= len(stops) {
		t.Errorf("%d stops with %s hidden, %d before", n, sev, len(stops))
	}
	must(t, p.Click(ctx, "#"+eval[string](t, ctx, p, sec+`.id`)+` input[data-filter=sev][value=`+sev+`]`))

	// Side by side: each sentence's reference passage beside it.
	must(t, p.Click(ctx, "#"+eval[string](t, ctx, p, sec+`.id`)+` input[data-view=side]`))
	side := eval[map[string]any](t, ctx, p, `(() => { const li = document.getElementById("the-mark").closest("li.sent");
		const t = li.querySelector(".sent-text").getBoundingClientRect(), r = li.querySelector(".sent-ref").getBoundingClientRect();
		return {visible: r.width > 0, right: r.left >= t.right - 1, top: Math.abs(r.top - t.top) < 40, text: li.querySelector(".sent-ref").textContent}; })()`)
	if side["visible"] != true || side["right"] != true || side["top"] != true || !strings.Contains(side["text"].(string), target.passage) {
		t.Errorf("side by side: %v", side)
	}
	must(t, p.Screenshot(ctx, filepath.Join(arts, "report-side-by-side.png"), false))
	must(t, p.Click(ctx, "#"+eval[string](t, ctx, p, sec+`.id`)+` input[data-view=side]`))
	must(t, p.Eval(ctx, `scrollTo(0, 0)`, nil))
	must(t, p.Screenshot(ctx, filepath.Join(arts, "report-full.png"), true))
	noErrors(t, p)

	// At phone width: nothing wider than the screen, and the details come
	// up from the bottom.
	ph, err := b.NewPage(ctx, 390, 844)
	must(t, err)
	must(t, ph.SetViewport(ctx, 390, 844, true))
	must(t, ph.Navigate(ctx, "file://"+report+"#file-1"))
	must(t, ph.WaitFor(ctx, `document.body.dataset.ready === "1"`))
	if w := eval[[]float64](t, ctx, ph, `[document.documentElement.scrollWidth, innerWidth]`); w[0] > w[1]+1 {
		t.Errorf("at phone width the page is %v px wide in a %v px screen", w[0], w[1])
	}
	must(t, ph.Eval(ctx, `document.querySelector("#file-1 mark.hl[data-target]").id = "m1"`, nil))
	must(t, ph.Click(ctx, "#m1"))
	must(t, ph.WaitFor(ctx, `document.getElementById("panel").classList.contains("open")`))
	time.Sleep(300 * time.Millisecond) // the sheet slides up
	if r := eval[[]float64](t, ctx, ph, `(() => { const r = document.getElementById("panel").getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; })()`); r[0] >= r[2] || r[1] > r[2]+1 {
		t.Errorf("the details panel is at %v, outside the screen", r)
	}
	must(t, ph.Screenshot(ctx, filepath.Join(arts, "report-phone.png"), false))
	noErrors(t, ph)
}

// reviewServer starts `mtcheck review` as a user would (in-process) and
// returns the page's address and a function that stops it like Ctrl-C and
// returns its exit code and standard error.
func reviewServer(t *testing.T, env map[string]string, args ...string) (string, func() (int, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- cli.Main(ctx, append([]string{"mtcheck", "review"}, args...), testIO(pw, &errb, env))
		pw.Close()
	}()
	urlc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if u := strings.TrimSpace(sc.Text()); strings.HasPrefix(u, "http://") {
				urlc <- u
			}
		}
	}()
	var url string
	select {
	case url = <-urlc:
	case code := <-done:
		t.Fatalf("mtcheck review exited %d: %s", code, errb.String())
	case <-time.After(60 * time.Second):
		t.Fatal("mtcheck review printed no address")
	}
	stopped := false
	stop := func() (int, string) {
		if stopped {
			return 0, errb.String()
		}
		stopped = true
		cancel()
		select {
		case code := <-done:
			return code, errb.String()
		case <-time.After(30 * time.Second):
			t.Fatal("mtcheck review did not stop")
		}
		return 0, ""
	}
	t.Cleanup(func() { stop() })
	return url, stop
}

// proposals lists the sentences with verified proposals on the review page.
func sentencesWithProposals(t *testing.T, ctx context.Context, p *browser.Page) []string {
	return eval[[]string](t, ctx, p, `[...document.querySelectorAll("#main li.sent")].filter(li => li.querySelector(".proposal:not(.refused)")).map(li => li.id)`)
}

// corrected reads a proposal's corrected sentence off its word diff.
const correctedJS = `(id) => { const d = document.querySelector('#main [data-proposal="' + id + '"] .diff').cloneNode(true);
	d.querySelectorAll("del").forEach(x => x.remove()); return d.textContent.trim(); }`

func TestBrowserReviewPage(t *testing.T) {
	b := browser.ForTest(t)
	ctx := ctxFor(t)
	dir, files := setupFiles(t)
	arts := browser.ArtifactDir(t)
	story := filepath.Join(dir, "story.txt")
	url, stop := reviewServer(t, nil, "--no-llm", "--ref", "ref.txt", "--glossary", "terms.txt", "story.txt")

	// Without the token the server refuses, in the browser too.
	bare, err := b.NewPage(ctx, 800, 600)
	must(t, err)
	must(t, bare.Navigate(ctx, strings.SplitN(url, "?", 2)[0]))
	if txt := eval[string](t, ctx, bare, `document.body.innerText`); !strings.Contains(txt, "needs the session token") {
		t.Errorf("the page without its token shows %q", txt)
	}

	p, err := b.NewPage(ctx, 1280, 900)
	must(t, err)
	must(t, p.Navigate(ctx, url))
	must(t, p.WaitFor(ctx, `document.body.dataset.ready === "1"`))
	sents := sentencesWithProposals(t, ctx, p)
	if len(sents) < 3 {
		t.Fatalf("the example has %d sentences with proposals; the test needs 3", len(sents))
	}
	propOf := func(sent string) string {
		return eval[string](t, ctx, p, `document.querySelector("#`+sent+` .proposal:not(.refused)").dataset.proposal`)
	}
	open := func(sent string) {
		t.Helper()
		must(t, p.Click(ctx, "#"+sent+" .sent-open"))
		must(t, p.WaitFor(ctx, `document.querySelector("#panel-body .proposal.current")`))
	}
	decided := func(id, want string) {
		t.Helper()
		if err := p.WaitFor(ctx, `(document.querySelector('#main [data-proposal="`+id+`"]') || {dataset: {}}).dataset.decision === "`+want+`"`); err != nil {
			t.Fatalf("proposal %s never became %s: %v", id, want, err)
		}
	}
	a, bb, c := propOf(sents[0]), propOf(sents[1]), propOf(sents[2])
	correctedA := eval[string](t, ctx, p, "("+correctedJS+")("+jsString(a)+")")
	originalB := eval[string](t, ctx, p, `document.querySelector("#`+sents[1]+` .sent-text").textContent.replace(/[‼▲△‸]/g, "")`)

	// Accept the first with the keyboard, reject the second with its button,
	// edit the third.
	open(sents[0])
	must(t, p.Press(ctx, "a", 0))
	decided(a, "accepted")
	open(sents[1])
	must(t, p.Click(ctx, `#panel-body .proposal.current [data-act="reject"]`))
	decided(bb, "rejected")
	open(sents[2])
	must(t, p.Press(ctx, "e", 0))
	must(t, p.WaitFor(ctx, `document.activeElement.tagName === "TEXTAREA"`))
	edited := "This sentence was rewritten by the editor, with “quotes” & <angle> brackets."
	must(t, p.Eval(ctx, `document.activeElement.select()`, nil))
	must(t, p.InsertText(ctx, edited))
	must(t, p.Press(ctx, "Enter", 2)) // Ctrl+Enter keeps the edit
	decided(c, "edited")
	if u := eval[string](t, ctx, p, `document.getElementById("unsaved").textContent`); u != "3 unsaved decisions" {
		t.Errorf("unsaved indicator says %q", u)
	}
	must(t, p.Eval(ctx, `document.activeElement.blur()`, nil))
	open(sents[0])
	must(t, p.Screenshot(ctx, filepath.Join(arts, "review.png"), false))

	// Save with s: the article, the kept version and the log on disk, and
	// the whole article's diff on the page.
	must(t, p.Press(ctx, "s", 0))
	must(t, p.WaitFor(ctx, `document.getElementById("saved")`))
	saved, err := os.ReadFile(story)
	must(t, err)
	text := string(saved)
	if !strings.Contains(text, correctedA) || !strings.Contains(text, edited) || !strings.Contains(text, strings.Join(strings.Fields(originalB), " ")) {
		t.Errorf("saved article lacks the accepted %q, the edited %q or the rejected original %q:\n%s", correctedA, edited, originalB, text)
	}
	kept, err := os.ReadFile(filepath.Join(dir, ".mtcheck", "versions", "story.txt", "1.txt"))
	if err != nil || string(kept) != files["story.txt"] {
		t.Errorf("the previous version was not kept as it was (%v)", err)
	}
	logb, err := os.ReadFile(story + ".mtcheck-log.jsonl")
	must(t, err)
	decisions := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(logb)), "\n") {
		var d struct {
			Sentence int    `json:"sentence"`
			Decision string `json:"decision"`
			Final    string `json:"final"`
		}
		must(t, json.Unmarshal([]byte(line), &d))
		decisions[strconv.Itoa(d.Sentence)] = d.Decision + ":" + d.Final
	}
	sentNo := func(id string) string { return strings.TrimPrefix(id[strings.LastIndex(id, "-")+1:], "s") }
	if d := decisions[sentNo(sents[0])]; d != "accepted:"+correctedA {
		t.Errorf("log of %s: %q", sents[0], d)
	}
	if d := decisions[sentNo(sents[1])]; !strings.HasPrefix(d, "rejected:") {
		t.Errorf("log of %s: %q", sents[1], d)
	}
	if d := decisions[sentNo(sents[2])]; d != "edited:"+edited {
		t.Errorf("log of %s: %q", sents[2], d)
	}
	diff := eval[map[string]string](t, ctx, p, `({del: [...document.querySelectorAll("#whole-diff del")].map(d => d.textContent).join("|"),
		ins: [...document.querySelectorAll("#whole-diff ins")].map(d => d.textContent).join("|")})`)
	if !strings.Contains(diff["ins"], "rewritten by the editor") || diff["del"] == "" {
		t.Errorf("the whole-article diff: %v", diff)
	}
	if u := eval[string](t, ctx, p, `document.getElementById("unsaved").textContent`); u != "no unsaved decisions" {
		t.Errorf("after saving the indicator says %q", u)
	}
	must(t, p.Screenshot(ctx, filepath.Join(arts, "review-saved.png"), false))

	// A request from the page without the token header is refused.
	status := eval[int](t, ctx, p, `fetch("/api/save", {method: "POST", headers: {"Content-Type": "application/json"}, body: "{}"}).then(r => r.status)`)
	if status != 403 {
		t.Errorf("a POST without the token got %d", status)
	}
	noErrors(t, p)

	code, stderr := stop()
	if code != 0 || !strings.Contains(stderr, "review stopped; nothing unsaved") {
		t.Errorf("stopping: exit %d, stderr %q", code, stderr)
	}
	if after, _ := os.ReadFile(story); string(after) != text {
		t.Error("the article changed after the save")
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// With an LLM, its proposals arrive on the open page as they are made,
// with progress shown, and without a reload.
func TestBrowserReviewPageLLM(t *testing.T) {
	b := browser.ForTest(t)
	ctx := ctxFor(t)
	setupFiles(t)
	srv := llmtest.New()
	t.Cleanup(srv.Close)
	srv.Key = "sk-test"
	rules := &llmtest.Rules{
		Review: []llmtest.ReviewRule{{Span: "ninth trip of Zelensky", Category: "fluency/grammar", Severity: "major", Explanation: "word order"}},
		Fix:    []llmtest.FixRule{{From: "ninth trip of Zelensky", To: "ninth trip by Zelensky", Explanation: "the usual word order", Confidence: 0.9}}}
	// The model answers only once the test has seen the page waiting.
	release := make(chan struct{})
	srv.Respond = func(req *openai.ChatCompletionRequest) llmtest.Reply {
		select {
		case <-release:
		case <-time.After(60 * time.Second):
		}
		return rules.Respond(req)
	}
	url, stop := reviewServer(t, map[string]string{"OPENAI_API_KEY": srv.Key}, "--base-url", srv.URL, "--llm-review", "all",
		"--no-cache", "--ref", "ref.txt", "story.txt")
	p, err := b.NewPage(ctx, 1280, 900)
	must(t, err)
	must(t, p.Navigate(ctx, url))
	must(t, p.WaitFor(ctx, `document.body.dataset.ready === "1"`))
	must(t, p.Eval(ctx, `window.__sameDocument = true`, nil))
	offline := eval[int](t, ctx, p, `document.querySelectorAll("#main [data-proposal]").length`)
	must(t, p.WaitFor(ctx, `document.getElementById("progress").textContent.startsWith("LLM:") && document.body.dataset.working === "1"`))
	if n := eval[int](t, ctx, p, `[...document.querySelectorAll("#main .proposal .src-tag")].filter(s => s.textContent === "llm").length`); n != 0 {
		t.Errorf("%d LLM proposals before the model answered", n)
	}
	close(release)
	must(t, p.WaitFor(ctx, `[...document.querySelectorAll("#main .proposal .src-tag")].some(s => s.textContent === "llm")`))
	must(t, p.WaitFor(ctx, `document.getElementById("progress").textContent.startsWith("LLM: done")`))
	if !eval[bool](t, ctx, p, `window.__sameDocument === true`) {
		t.Error("the page was reloaded")
	}
	if n := eval[int](t, ctx, p, `document.querySelectorAll("#main [data-proposal]").length`); n <= offline {
		t.Errorf("%d proposals after the LLM, %d before", n, offline)
	}
	if !eval[bool](t, ctx, p, `[...document.querySelectorAll("#main mark.hl")].some(m => m.textContent.startsWith("ninth trip of Zelensky"))`) {
		t.Error("the LLM's finding is not highlighted")
	}
	noErrors(t, p)
	if code, stderr := stop(); code != 0 || !strings.Contains(stderr, "llm: ") {
		t.Errorf("stopping: exit %d, stderr %q", code, stderr)
	}
}
