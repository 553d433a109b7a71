package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/report"
	"github.com/mtcheck/mtcheck/internal/testutil"
)

// exampleReport checks the bundled example article against its reference,
// plus a reference-free second file, and returns the summarised report.
func exampleReport(t *testing.T) *report.Report {
	t.Helper()
	rd := &corpus.Reader{}
	ex := "../../corpus/examples/"
	art, err := rd.Load(ex+"odesa-call.txt", corpus.Article)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := rd.Load(ex+"odesa-call.ref.txt", corpus.Reference)
	if err != nil {
		t.Fatal(err)
	}
	md, err := rd.Load(ex+"kharkiv-bus.md", corpus.Article)
	if err != nil {
		t.Fatal(err)
	}
	r := &report.Report{SchemaVersion: report.SchemaVersion, Tool: report.Tool{Name: "mtcheck", Version: "test"}}
	f1 := report.FromResult(check.Run(check.Input{Article: art, Refs: []*check.Document{ref}}, check.Options{}), []string{ref.Name}, "")
	f2 := report.FromResult(check.Run(check.Input{Article: md}, check.Options{}), nil, "")
	f1.SetFingerprints()
	f2.SetFingerprints()
	f1.GateFailures = []string{"scored 79.66, below --fail-under 90"}
	r.Files = []*report.File{f1, f2}
	r.Errors = []report.FileError{{Path: "missing, odd: name.txt", Message: "no such file"}}
	r.Summarize()
	fu := 90.0
	r.Gate = &report.Gate{FailUnder: &fu, Failures: []string{"x"}, Passed: false}
	return r
}

func TestSARIFValidAgainstSchema(t *testing.T) {
	r := exampleReport(t)
	var buf bytes.Buffer
	if err := report.WriteSARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	if err := testutil.ValidateSARIF(buf.Bytes()); err != nil {
		t.Fatalf("SARIF output is not valid against the 2.1.0 schema: %v", err)
	}
	// The schema validates an invalid document as invalid (the check has teeth).
	var bad map[string]any
	json.Unmarshal(buf.Bytes(), &bad)
	bad["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)["level"] = "fatal"
	badJSON, _ := json.Marshal(bad)
	if testutil.ValidateSARIF(badJSON) == nil {
		t.Fatal("schema accepted level \"fatal\"")
	}

	// What GitHub code scanning needs: rules with descriptions, each result
	// pointing at its rule, a relative URI and a region, a fingerprint.
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string
						ShortDescription struct{ Text string }
						FullDescription  struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
				PartialFingerprints map[string]string
			}
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct{ Message struct{ Text string } }
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(check.Checks()) {
		t.Errorf("%d rules, want one per check (%d)", len(run.Tool.Driver.Rules), len(check.Checks()))
	}
	for _, rule := range run.Tool.Driver.Rules {
		c, ok := check.Lookup(rule.ID)
		if !ok || rule.FullDescription.Text != c.Info().Doc || rule.ShortDescription.Text != c.Info().Title {
			t.Errorf("rule %s does not carry the check's docs", rule.ID)
		}
	}
	want := 0
	for _, f := range r.Files {
		want += len(f.AllIssues())
	}
	if len(run.Results) != want || want == 0 {
		t.Fatalf("%d results, want %d", len(run.Results), want)
	}
	found := false
	for _, res := range run.Results {
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s points at rule %d", res.RuleID, res.RuleIndex)
		}
		loc := res.Locations[0].PhysicalLocation
		if strings.HasPrefix(loc.ArtifactLocation.URI, "/") || loc.Region.StartLine < 1 || len(res.PartialFingerprints[report.FingerprintVersion]) != 24 {
			t.Errorf("bad result %+v", res)
		}
		if res.RuleID == "wrong-entity" && loc.ArtifactLocation.URI == "../../corpus/examples/odesa-call.txt" &&
			loc.Region.StartLine == 5 && loc.Region.StartColumn == 1 && loc.Region.EndColumn == 6 && res.Level == "error" {
			found = true
		}
	}
	if !found {
		t.Error("the wrong-entity finding on “Putin” (5:1-6) is not in the SARIF results")
	}
	if inv := run.Invocations[0]; inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 {
		t.Errorf("the unreadable input is not a failed invocation notification: %+v", inv)
	}
}

func TestGitHubEscaping(t *testing.T) {
	for _, c := range []struct{ in, data, prop string }{
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},
		{"x: y, z", "x: y, z", "x%3A y%2C z"},
		{"%0A", "%250A", "%250A"},
	} {
		if got := report.GitHubEscapeData(c.in); got != c.data {
			t.Errorf("data %q → %q, want %q", c.in, got, c.data)
		}
		if got := report.GitHubEscapeProperty(c.in); got != c.prop {
			t.Errorf("property %q → %q, want %q", c.in, got, c.prop)
		}
	}
}

func TestGitHubCommands(t *testing.T) {
	r := exampleReport(t)
	// A message with %, a newline and colons; a path with a comma and colon.
	f := &report.File{Path: "news/a,b:c.txt", Sentences: []*report.Sentence{{Text: "x", Issues: []*report.Issue{{
		Check: "number-mismatch", Severity: check.Minor, Line: 3, Col: 7, EndLine: 3, EndCol: 9,
		Message: "“5%” where the reference has “50%”: check\nthe figure", Suggestion: "50%"}}}}}
	var buf bytes.Buffer
	g := report.NewGitHubStream(&buf)
	g.File(f)
	for _, e := range r.Errors {
		g.Error(e)
	}
	g.Finish(r)
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 commands, one per line, got %d:\n%s", len(lines), buf.String())
	}
	want := "::warning file=news/a%2Cb%3Ac.txt,line=3,col=7,endLine=3,endColumn=9,title=mtcheck number-mismatch (minor)::“5%25” where the reference has “50%25”: check%0Athe figure%0Asuggestion: 50%25"
	if lines[0] != want {
		t.Errorf("got  %s\nwant %s", lines[0], want)
	}
	if lines[1] != "::error file=missing%2C odd%3A name.txt,title=mtcheck input error::no such file" {
		t.Errorf("error command: %s", lines[1])
	}
	if !strings.HasPrefix(lines[2], "::notice title=mtcheck summary::2 files, 1 errors,") {
		t.Errorf("summary command: %s", lines[2])
	}
}

func TestJUnit(t *testing.T) {
	r := exampleReport(t)
	mean := 95.0
	r.Gate.FailUnderMean = &mean
	r.Gate.RunFailures = []string{"the run's mean score 85.1 is below --fail-under-mean 95"}
	var buf bytes.Buffer
	if err := report.WriteJUnit(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suite    struct {
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
				Error *struct {
					Message string `xml:"message,attr"`
				} `xml:"error"`
				Out string `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.String())
	}
	if doc.Tests != 4 || doc.Failures != 2 || doc.Errors != 1 {
		t.Fatalf("tests=%d failures=%d errors=%d, want 4, 2, 1", doc.Tests, doc.Failures, doc.Errors)
	}
	cs := doc.Suite.Cases
	if cs[0].Failure == nil || !strings.Contains(cs[0].Failure.Message, "below --fail-under 90") ||
		!strings.Contains(cs[0].Failure.Text, "odesa-call.txt:5:1: major wrong-entity") {
		t.Errorf("first file's case does not fail with its findings: %+v", cs[0])
	}
	if cs[1].Failure != nil || !strings.Contains(cs[1].Out, "score") {
		t.Errorf("second file's case should pass with its findings as output: %+v", cs[1])
	}
	if cs[2].Error == nil || cs[2].Error.Message != "no such file" {
		t.Errorf("unreadable input is not an error case: %+v", cs[2])
	}
	if cs[3].Failure == nil || !strings.Contains(cs[3].Failure.Message, "mean score") {
		t.Errorf("run gate case: %+v", cs[3])
	}
}

func TestTallyHistogramWorst(t *testing.T) {
	tl := report.NewTally()
	scores := []float64{100, 95, 95, 42.5, 10, 0, 99.99, 100, 61, 70, 80, 85, 90, 33, 12, 90}
	for i, s := range scores {
		f := &report.File{Path: string(rune('a' + i)), Score: s, References: []string{"r"}}
		if i == 0 {
			f.References = nil
			c := 0.001
			f.LLM = &report.LLMUsage{Requests: 2, PromptTokens: 100, CompletionTokens: 10, CostUSD: &c}
		}
		if i == 1 {
			f.LLM = &report.LLMUsage{Requests: 1, Cached: 1, PromptTokens: 50}
		}
		tl.Add(f)
	}
	s := tl.Summary()
	counts := []int{}
	for _, b := range s.Histogram {
		counts = append(counts, b.Files)
	}
	// 0,10..19,...: 0→bin0; 10,12→bin1; 33→3; 42.5→4; 61→6; 70→7; 80,85→8; 90,95,95,99.99,100,100→9
	want := []int{1, 2, 0, 1, 1, 0, 1, 1, 2, 7}
	for i := range want {
		if counts[i] != want[i] {
			t.Fatalf("histogram %v, want %v", counts, want)
		}
	}
	if len(s.Worst) != report.WorstFiles || s.Worst[0].Score != 0 || s.Worst[1].Score != 10 || s.Worst[9].Score != 90 || s.Worst[9].Path != "m" {
		t.Errorf("worst files %+v", s.Worst)
	}
	if s.ReferenceFree != 1 || s.LLM == nil || s.LLM.Requests != 3 || s.LLM.PromptTokens != 150 || s.LLM.Cached != 1 {
		t.Errorf("reference-free %d, llm %+v", s.ReferenceFree, s.LLM)
	}
	if report.NewTally().Summary().LLM != nil {
		t.Error("LLM usage reported for a run without LLM")
	}
	txt := report.SummaryText(s, false)
	for _, w := range []string{"score distribution (16 documents):", " 90–100 ████████████████████████████████████████ 7", "worst files:", "LLM: 3 request(s) (1 cached), 150 prompt + 10 completion tokens, $0.0010"} {
		if !strings.Contains(txt, w) {
			t.Errorf("summary text lacks %q:\n%s", w, txt)
		}
	}
}

func TestFingerprintStableAcrossLineShifts(t *testing.T) {
	a := report.Fingerprint("name-spelling", "Zelensky’s chief of staff,  Andri Yamak, said", "Andri Yamak", 0)
	b := report.Fingerprint("name-spelling", "zelensky's chief of staff, andri yamak, said", "andri  yamak", 0)
	if a != b {
		t.Error("fingerprint changes with case, quotes or spacing")
	}
	for _, c := range []string{
		report.Fingerprint("wrong-entity", "Zelensky's chief of staff, Andri Yamak, said", "Andri Yamak", 0),
		report.Fingerprint("name-spelling", "Zelensky's chief of staff, Andri Yamak, said it", "Andri Yamak", 0),
		report.Fingerprint("name-spelling", "Zelensky's chief of staff, Andri Yamak, said", "Yamak", 0),
		report.Fingerprint("name-spelling", "Zelensky's chief of staff, Andri Yamak, said", "Andri Yamak", 1),
	} {
		if c == a {
			t.Error("different findings share a fingerprint")
		}
	}
}

func TestMarkdownAndCSVSummary(t *testing.T) {
	r := exampleReport(t)
	var md bytes.Buffer
	if err := report.WriteSummaryMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"### mtcheck — ❌ quality gate failed", "| 2 | 1 | ", "`wrong-entity`", "<details><summary>Worst files</summary>"} {
		if !strings.Contains(md.String(), w) {
			t.Errorf("markdown lacks %q:\n%s", w, md.String())
		}
	}
	var csvBuf bytes.Buffer
	c, err := report.NewCSVStream(&csvBuf)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Files {
		c.File(f)
	}
	c.Finish(r)
	lines := strings.Split(strings.TrimSpace(csvBuf.String()), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "path,doc,id,score") || !strings.HasPrefix(lines[1], "../../corpus/examples/odesa-call.txt,,,79.66,") ||
		!strings.HasPrefix(lines[3], "TOTAL,") {
		t.Errorf("csv:\n%s", csvBuf.String())
	}
}
