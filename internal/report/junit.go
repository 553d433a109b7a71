package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Properties []junitProperty `xml:"properties>property"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Failure   *junitProblem `xml:"failure"`
	Error     *junitProblem `xml:"error"`
	SystemOut *junitText    `xml:"system-out"`
}

// junitText is element text written as CDATA, so that line breaks stay
// line breaks for the people reading it in a CI page.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// WriteJUnit writes the report as JUnit XML: a test case per checked file,
// failing when the file fails the quality gate (the findings are its body);
// an error case per unreadable input; and, when a gate on the whole run
// (mean score, flagged ratio) is set, a case for it.
func WriteJUnit(w io.Writer, r *Report) error {
	suite := junitSuite{Name: "mtcheck"}
	s := r.Summary
	if s.MeanScore != nil {
		suite.Properties = append(suite.Properties, junitProperty{"mean_score", fmt.Sprintf("%.2f", *s.MeanScore)})
	}
	suite.Properties = append(suite.Properties, junitProperty{"sentences", fmt.Sprint(s.Sentences)},
		junitProperty{"flagged", fmt.Sprint(s.Flagged)}, junitProperty{"tool_version", r.Tool.Version})
	for _, f := range r.Files {
		c := junitCase{Name: f.Label(), Classname: "mtcheck", File: f.Path}
		var b strings.Builder
		fmt.Fprintf(&b, "score %.2f/100 · %d sentences, %d flagged\n", f.Score, len(f.Sentences), f.Flagged)
		for _, is := range f.AllIssues() {
			fmt.Fprintf(&b, "%s:%d:%d: %s %s: %s\n", f.Path, is.Line, is.Col, is.Severity, is.Check, strings.ReplaceAll(issueText(is), "\n", "\n    "))
		}
		if len(f.GateFailures) > 0 {
			c.Failure = &junitProblem{Message: strings.Join(f.GateFailures, "; "), Type: "quality-gate", Text: b.String()}
			suite.Failures++
		} else {
			c.SystemOut = &junitText{b.String()}
		}
		suite.Cases = append(suite.Cases, c)
	}
	for _, e := range r.Errors {
		suite.Cases = append(suite.Cases, junitCase{Name: e.Path, Classname: "mtcheck", File: e.Path,
			Error: &junitProblem{Message: e.Message, Type: "input-error"}})
		suite.Errors++
	}
	if g := r.Gate; g != nil && (g.FailUnderMean != nil || g.MaxFlagged != nil) {
		c := junitCase{Name: "quality gate (whole run)", Classname: "mtcheck"}
		if len(g.RunFailures) > 0 {
			c.Failure = &junitProblem{Message: strings.Join(g.RunFailures, "; "), Type: "quality-gate"}
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, c)
	}
	suite.Tests = len(suite.Cases)
	doc := junitSuites{Name: "mtcheck", Tests: suite.Tests, Failures: suite.Failures, Errors: suite.Errors, Suites: []junitSuite{suite}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
