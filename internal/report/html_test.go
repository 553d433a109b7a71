package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/testutil"
)

func exampleFile(t *testing.T) *File {
	t.Helper()
	in := testutil.ExampleInput(t, "odesa-call.txt")
	return FromResult(check.Run(in, check.Options{}), []string{"odesa-call.ref.txt"}, "")
}

// hostile is an article whose every text tries to break out of the page.
// (Complete HTML tags in an article are masked as markup before checking,
// so the article's own are left open; the paths, warnings, proposals and
// edits carry complete ones.)
const hostile = `He said 5 <7 & "talks" > 'y' were </style and <script on Monday.

Putin's office said 10 people came to </textarea <img src=x onerror=alert(1) the meeting.

The minister added &lt;blink&gt; that {{.Token}} was fine.
`

const hostileRef = `He said 5 <7 & "talks" > 'y' were over </script><script>alert(2)</script> on Monday.

The office said nine people came to the meeting.

The minister added that everything was fine.
`

func hostileReport(t *testing.T) *Report {
	t.Helper()
	in := check.Input{Article: check.Parse(`a"<script>.txt`, hostile, check.ParseOptions{}),
		Refs: []*check.Document{check.Parse(`ref'</style>.txt`, hostileRef, check.ParseOptions{})}}
	f := FromResult(check.Run(in, check.Options{}), []string{`ref'</style>.txt`}, "")
	f.Warnings = append(f.Warnings, `<script>alert("warn")</script><blink>`)
	s := f.Sentences[1]
	s.Proposals = []*Proposal{{ID: "s2-1", Source: "llm", Reason: `</script><svg onload=alert(4)>`, Original: s.Text,
		Corrected: strings.Replace(s.Text, "10", `<iframe src=//x><blink>`, 1), Confidence: 0.5}}
	r := &Report{SchemaVersion: SchemaVersion, Tool: Tool{Name: "mtcheck", Version: `v1"><script>`}, Files: []*File{f},
		Errors: []FileError{{Path: `<img src=x onerror=alert(5)>.txt`, Message: `bad </div> file`}}}
	r.Summarize()
	return r
}

func TestHTMLEscapesEverything(t *testing.T) {
	r := hostileReport(t)
	if len(r.Files[0].AllIssues()) == 0 {
		t.Fatal("the hostile article has no findings: the test would not exercise the highlights")
	}
	for _, review := range []*ReviewView{nil, {Token: `tok"en<`, Decisions: map[string]ReviewDecision{"s2-1": {Decision: "edited", Final: `</textarea><script>alert(6)</script>`}},
		Saved: &ReviewSaved{Path: `x"<b>.txt`, Log: "<i>log", Original: hostile, Text: strings.Replace(hostile, "10", "<blink>nine</blink>", 1)}}} {
		var buf bytes.Buffer
		if err := WriteHTML(&buf, r, HTMLOptions{Review: review}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		lower := strings.ToLower(out)
		for tag, want := range map[string]int{"<script": 1, "</script": 1, "<style": 1, "</style": 1, "<textarea": 0, "</textarea": 0,
			"<img": 0, "<iframe": 0, "<blink": 0, "<svg onload": 0, "<i>": 0} {
			if review != nil && (tag == "<textarea" || tag == "</textarea") {
				want = 1 // the one proposal's editor
			}
			if n := strings.Count(lower, tag); n != want {
				t.Errorf("review=%v: %q appears %d times, want %d", review != nil, tag, n, want)
			}
		}
		// (A highlight may cut a text: these are runs no finding cuts.)
		for _, esc := range []string{"5 &lt;7 &amp; &#34;talks&#34; &gt; &#39;y&#39; were &lt;/", "style and &lt;script",
			"&lt;/textarea &lt;img src=x onerror=alert(1) the meeting", "lt;blink&amp;gt", "&lt;iframe src=//x&gt;&lt;blink&gt;",
			"ref&#39;&lt;/style&gt;.txt", "a&#34;&lt;script&gt;.txt", "&lt;script&gt;alert(&#34;warn&#34;)", "&lt;img src=x onerror=alert(5)&gt;.txt"} {
			if !strings.Contains(out, esc) {
				t.Errorf("review=%v: escaped text %q missing", review != nil, esc)
			}
		}
		if review != nil && !strings.Contains(out, "&lt;/textarea&gt;&lt;script&gt;alert(6)") {
			t.Errorf("the edited text is not escaped")
		}
		if review != nil && !strings.Contains(out, `data-token="tok&#34;en&lt;"`) {
			t.Errorf("token attribute not escaped")
		}
	}
}

// The page's CSP allows exactly its own script and style, by hash: if the
// template changed a byte of either, the browser would refuse to run it.
func TestHTMLContentSecurityPolicyMatchesInlineCode(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, &Report{Files: []*File{exampleFile(t)}}, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	hash := func(s string) string {
		h := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
	}
	script := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindStringSubmatch(out)
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(out)
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(out)
	if script == nil || style == nil || csp == nil {
		t.Fatal("page lacks its script, style or CSP")
	}
	policy := html.UnescapeString(csp[1])
	for what, h := range map[string]string{"script-src " + hash(script[1]): "script", "style-src " + hash(style[1]): "style"} {
		if !strings.Contains(policy, what) {
			t.Errorf("CSP %q does not allow the page's %s (%s)", policy, h, what)
		}
	}
	if !strings.Contains(policy, "default-src 'none'") || !strings.Contains(policy, "connect-src 'none'") {
		t.Errorf("CSP %q allows loading", policy)
	}
	if regexp.MustCompile(`(?i)(src|href)="(https?:)?//`).MatchString(out) {
		t.Error("the page refers to an external resource")
	}
}

// Every finding of the example is highlighted in its sentence, over exactly
// its span, with its severity; the details list it with its check.
func TestHTMLHighlightsEveryFinding(t *testing.T) {
	f := exampleFile(t)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, &Report{Files: []*File{f}}, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	k := 0
	for _, s := range f.Sentences {
		for _, is := range s.Issues {
			k++
			id := "f1-" + strconv.Itoa(k)
			// The marks holding this finding, joined, are its span.
			re := regexp.MustCompile(`<mark class="hl[^"]*" data-f="([^"]*)"[^>]*>([^<]*)`)
			var text strings.Builder
			for _, m := range re.FindAllStringSubmatch(out, -1) {
				for _, x := range strings.Fields(m[1]) {
					if x == id {
						text.WriteString(m[2])
					}
				}
			}
			if got := html.UnescapeString(text.String()); got != is.Span {
				t.Errorf("finding %s (%s %q) highlights %q", id, is.Check, is.Span, got)
			}
			detail := regexp.MustCompile(`<article class="finding sev-` + is.Severity.String() + `" data-id="` + id + `" data-sev="` +
				is.Severity.String() + `" data-check="` + regexp.QuoteMeta(is.Check) + `"`)
			if !detail.MatchString(out) {
				t.Errorf("finding %s has no detail with its severity and check", id)
			}
		}
	}
	if k == 0 {
		t.Fatal("the example has no findings")
	}
}

func TestSegmentsOverlapAndInsertions(t *testing.T) {
	text := "one two three four"
	mk := func(id, sev string, a, b int) *htmlIssue {
		return &htmlIssue{ID: id, Sev: sev, Icon: sevIcon(sev), I: &Issue{Check: "c" + id, Span: text[a:b], textStart: a, textEnd: b}}
	}
	segs := segments(text, []*htmlIssue{mk("A", "minor", 4, 13), mk("B", "major", 8, 18), mk("C", "critical", 3, 3)})
	type got struct{ text, ids, sev, target string }
	var g []got
	for _, s := range segs {
		g = append(g, got{s.Text, s.IDs, s.Sev, s.Target})
	}
	want := []got{{"one", "", "", ""}, {"", "C", "critical", "C"}, {" ", "", "", ""}, {"two ", "A", "minor", "A"},
		{"three", "A B", "major", "B"}, {" four", "B", "major", ""}}
	if len(g) != len(want) {
		t.Fatalf("segments %+v\nwant %+v", g, want)
	}
	for i := range want {
		if g[i] != want[i] {
			t.Errorf("segment %d = %+v, want %+v", i, g[i], want[i])
		}
	}
	var all strings.Builder
	for _, s := range segs {
		all.WriteString(s.Text)
	}
	if all.String() != text {
		t.Errorf("segments rebuild %q", all.String())
	}
}

func TestHTMLBatchIndexAndHistogram(t *testing.T) {
	scores := []float64{97.5, 12, 55, 100, 91, 58.2}
	r := &Report{}
	for i, s := range scores {
		r.Files = append(r.Files, &File{Path: "doc" + strconv.Itoa(i+1) + ".txt", Score: s})
	}
	r.Summarize()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// The index lists the files worst first, each linking to its section.
	rows := regexp.MustCompile(`<tr(?: id="bin-(\d)")?><td class="num">([0-9.]+)</td><td><a href="#(file-\d+)">`).FindAllStringSubmatch(out, -1)
	if len(rows) != len(scores) {
		t.Fatalf("%d index rows, want %d", len(rows), len(scores))
	}
	sorted := append([]float64(nil), scores...)
	sort.Float64s(sorted)
	for i, row := range rows {
		if want := fmt.Sprintf("%.2f", sorted[i]); row[2] != want {
			t.Errorf("row %d has score %s, want %s", i, row[2], want)
		}
		if !strings.Contains(out, `<section class="article" id="`+row[3]+`"`) {
			t.Errorf("row %d links to missing %s", i, row[3])
		}
	}
	// One bar per non-empty band of ten, its height in proportion.
	bars := regexp.MustCompile(`<a href="#bin-(\d)" aria-label="(\d+) articles? scoring`).FindAllStringSubmatch(out, -1)
	want := map[string]string{"1": "1", "5": "2", "9": "3"}
	if len(bars) != len(want) {
		t.Fatalf("bars %v, want bands %v", bars, want)
	}
	for _, b := range bars {
		if want[b[1]] != b[2] {
			t.Errorf("band %s has %s files, want %s", b[1], b[2], want[b[1]])
		}
		if !strings.Contains(out, `<tr id="bin-`+b[1]+`">`) {
			t.Errorf("bar %s links to no row", b[1])
		}
	}
}
