package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/check"
)

// SARIFSchema is the URI of the SARIF 2.1.0 JSON schema the output follows.
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
	// ColumnKind: columns count Unicode code points, as mtcheck's do.
	ColumnKind string         `json:"columnKind"`
	Properties map[string]any `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifMessage   `json:"shortDescription"`
	FullDescription      sarifMessage   `json:"fullDescription"`
	Help                 sarifMessage   `json:"help"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	BaselineState       string            `json:"baselineState,omitempty"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion  `json:"deletedRegion"`
	InsertedContent sarifMessage `json:"insertedContent"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

// sarifLevel maps MQM severities to SARIF levels: critical and major
// errors fail code scanning's default threshold, minor ones warn.
func sarifLevel(s check.Severity) string {
	if s >= check.Major {
		return "error"
	}
	return "warning"
}

// WriteSARIF writes the report as a SARIF 2.1.0 log with one run: a rule
// per check (its documentation from `mtcheck explain`), a result per
// finding with a stable partial fingerprint, and unreadable inputs as tool
// execution notifications. GitHub code scanning accepts it.
func WriteSARIF(w io.Writer, r *Report) error {
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{Name: r.Tool.Name, Version: r.Tool.Version, Rules: []sarifRule{}}},
		Results: []sarifResult{}, ColumnKind: "unicodeCodePoints"}
	ruleIndex := map[string]int{}
	for _, c := range check.Checks() {
		in := c.Info()
		ruleIndex[in.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, ruleOf(in))
	}
	baseline := r.Gate != nil && r.Gate.Baseline != ""
	for _, f := range r.Files {
		loc := sarifArtifact{URI: sarifURI(f.Path)}
		if !filepath.IsAbs(f.Path) && f.Path != "<stdin>" {
			loc.URIBaseID = "%SRCROOT%"
		}
		for _, is := range f.AllIssues() {
			idx, ok := ruleIndex[is.Check]
			if !ok {
				// A finding from another detector with its own ID.
				idx = len(run.Tool.Driver.Rules)
				ruleIndex[is.Check] = idx
				run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, ruleOf(check.Info{ID: is.Check, Title: is.Check,
					Category: is.Category, Severity: is.Severity, Doc: "Findings reported by the " + is.Detector + " detector."}))
			}
			reg := sarifRegion{StartLine: max(1, is.Line), StartColumn: max(1, is.Col)}
			if is.EndLine > 0 {
				reg.EndLine, reg.EndColumn = is.EndLine, max(1, is.EndCol)
			}
			res := sarifResult{RuleID: is.Check, RuleIndex: idx, Level: sarifLevel(is.Severity), Message: sarifMessage{Text: issueText(is)},
				Locations:  []sarifLocation{{sarifPhysical{ArtifactLocation: loc, Region: &reg}}},
				Properties: map[string]any{"severity": is.Severity.String(), "category": is.Category, "detector": is.Detector, "span": is.Span}}
			if is.Fingerprint != "" {
				res.PartialFingerprints = map[string]string{FingerprintVersion: is.Fingerprint}
			}
			if baseline {
				res.BaselineState = "new"
			}
			if f.Doc != "" {
				res.Properties["doc"] = f.Doc
			}
			if is.Segment != nil {
				res.Properties["segment"] = is.Segment
			}
			if is.Suggestion != "" && is.EndLine > 0 {
				res.Properties["suggestion"] = is.Suggestion
				res.Fixes = []sarifFix{{Description: sarifMessage{Text: "Replace with “" + is.Suggestion + "”"},
					ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: loc,
						Replacements: []sarifReplacement{{DeletedRegion: reg, InsertedContent: sarifMessage{Text: is.Suggestion}}}}}}}
			}
			run.Results = append(run.Results, res)
		}
	}
	inv := sarifInvocation{ExecutionSuccessful: len(r.Errors) == 0}
	for _, e := range r.Errors {
		n := sarifNotification{Level: "error", Message: sarifMessage{Text: e.Path + ": " + e.Message}}
		if e.Path != "" {
			n.Locations = []sarifLocation{{sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(e.Path)}}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	run.Invocations = []sarifInvocation{inv}
	props := map[string]any{"summary": map[string]any{"files": r.Summary.Files, "errors": r.Summary.Errors, "sentences": r.Summary.Sentences,
		"flagged": r.Summary.Flagged, "mean_score": r.Summary.MeanScore, "min_score": r.Summary.MinScore}}
	if r.Gate != nil {
		props["gate"] = r.Gate
	}
	run.Properties = props
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func ruleOf(in check.Info) sarifRule {
	doc := in.Doc
	if doc == "" {
		doc = in.Title
	}
	help := "**" + in.Title + "**\n\n" + doc + "\n\nMQM category: `" + in.Category + "`; default severity: " + in.Severity.String() +
		". Run `mtcheck explain " + in.ID + "` for details."
	return sarifRule{ID: in.ID, Name: pascal(in.ID), ShortDescription: sarifMessage{Text: in.Title},
		FullDescription: sarifMessage{Text: doc}, Help: sarifMessage{Text: doc, Markdown: help},
		DefaultConfiguration: sarifConfig{Level: sarifLevel(in.Severity)},
		Properties:           map[string]any{"tags": []string{"translation-quality", in.Category}, "category": in.Category, "severity": in.Severity.String()}}
}

// issueText is a finding's message with its evidence and suggestion, for
// formats that show one block of text per finding.
func issueText(is *Issue) string {
	var b strings.Builder
	b.WriteString(is.Message)
	if ev := is.Evidence; ev != nil {
		where := ev.File
		if ev.Line > 0 {
			where += ":" + strconv.Itoa(ev.Line)
		}
		b.WriteString("\n" + ev.Kind + " (" + where + "): " + clip(ev.Text, 300))
	}
	if is.Suggestion != "" {
		b.WriteString("\nsuggestion: " + is.Suggestion)
	}
	return b.String()
}

func pascal(id string) string {
	var b strings.Builder
	for _, p := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == '/' }) {
		b.WriteString(strings.ToUpper(p[:1]) + p[1:])
	}
	return b.String()
}

// sarifURI turns a path into a URI reference: relative paths stay relative
// (to the repository root, for code scanning), with forward slashes and
// percent-encoding; absolute ones become file URIs.
func sarifURI(p string) string {
	if p == "<stdin>" {
		return "stdin"
	}
	slash := filepath.ToSlash(filepath.Clean(p))
	if filepath.IsAbs(p) {
		return (&url.URL{Scheme: "file", Path: slash}).String()
	}
	return (&url.URL{Path: slash}).String()
}
