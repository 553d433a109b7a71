package report

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/internal/textdiff"
)

// The page's template, style sheet and script are embedded, and the CSS and
// JS are inlined into every page: a report is one file that works offline,
// from a CI artifact store, and by e-mail.
//
//go:embed html/page.tmpl html/page.css html/page.js
var htmlFS embed.FS

var (
	pageCSS  = mustRead("html/page.css")
	pageJS   = mustRead("html/page.js")
	pageTmpl = template.Must(template.New("page.tmpl").Funcs(template.FuncMap{
		"pct":   func(x float64) string { return fmt.Sprintf("%.0f", x*100) },
		"score": func(x float64) string { return fmt.Sprintf("%.2f", x) },
		"add":   func(a, b int) int { return a + b },
	}).ParseFS(htmlFS, "html/page.tmpl"))
)

func mustRead(name string) string {
	b, err := htmlFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// HTMLOptions tunes the HTML writer.
type HTMLOptions struct {
	// Title is the page title (default: "mtcheck report" and the file name
	// for one article).
	Title string
	// Review, when set, renders the review page of `mtcheck review`: the
	// same view with controls for each proposal and the session's state.
	Review *ReviewView
	// Fragment renders only the page's main content (the review page
	// replaces it when the session changes).
	Fragment bool
}

// ReviewView is the state of a review session that its page shows.
type ReviewView struct {
	// Token is the session token every request must carry.
	Token string
	// Version counts the changes of the session's state (new findings and
	// proposals, decisions, saves): the page refreshes when it moves.
	Version int
	// Decisions are the editor's, by proposal ID.
	Decisions map[string]ReviewDecision
	// Unsaved counts decisions made since the last save.
	Unsaved int
	// Progress describes the LLM's work (empty without an LLM); Working
	// is true while it goes on.
	Progress string
	Working  bool
	// Saved is the last save, if any.
	Saved *ReviewSaved
}

// ReviewDecision is what the editor did with a proposal: accepted,
// rejected or edited (Final is then the sentence as edited).
type ReviewDecision struct {
	Decision string `json:"decision"`
	Final    string `json:"final,omitempty"`
}

// ReviewSaved is a save of the reviewed article.
type ReviewSaved struct {
	Path string `json:"path"`
	// Kept is the previous version kept (empty when there was none).
	Kept string `json:"kept,omitempty"`
	Log  string `json:"log"`
	// Corrections counts the sentences corrected.
	Corrections int `json:"corrections"`
	// Original and Text are the article before the review and as saved.
	Original string `json:"-"`
	Text     string `json:"-"`
}

// CSP is the Content-Security-Policy of an HTML page: nothing may be
// loaded, and only the page's own script and style (by hash) run, so text
// that escaped escaping still could not act. connect is added to
// connect-src ('self' for the review page's requests; "" for none).
func CSP(connect string) string {
	h := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	c := "'none'"
	if connect != "" {
		c = connect
	}
	return "default-src 'none'; style-src " + h(pageCSS) + "; script-src " + h(pageJS) +
		"; img-src data:; connect-src " + c + "; base-uri 'none'; form-action 'none'"
}

// WriteHTML writes the report as one self-contained HTML page: per article
// the score and counts, the text with the findings highlighted by severity,
// a panel with each finding's check, message, reference passage and
// proposed corrections as word diffs, filters, and the reference side by
// side; for several articles an index sorted by score with a histogram.
// Every text from the report is escaped.
func WriteHTML(w io.Writer, r *Report, opt HTMLOptions) error {
	v := buildView(r, opt)
	name := "page"
	if opt.Fragment {
		name = "main"
	}
	return pageTmpl.ExecuteTemplate(w, name, v)
}

type htmlView struct {
	Title   string
	CSP     string
	CSS     template.CSS
	JS      template.JS
	R       *Report
	Batch   bool
	Index   []*htmlFile
	Hist    []histBar
	HistMax int
	Files   []*htmlFile
	Review  *ReviewView
	Saved   []savedBlock
}

type htmlFile struct {
	N                    int
	ID                   string
	F                    *File
	Critical, Major, Min int
	Checks               []checkCount
	Sents                []*htmlSent
	Doc                  []*htmlIssue
	Bin                  int
	BinFirst             bool
	Proposals            int
	Review               bool
}

type checkCount struct {
	ID string
	N  int
}

type htmlSent struct {
	ID     string
	N      int
	S      *Sentence
	Segs   []seg
	Issues []*htmlIssue
	Props  []*htmlProp
	// Target: the sentence itself is a stop for j/k (it has proposals but
	// no span to stop on).
	Target bool
	// Decided says what the editor did (review page): ✔ accepted,
	// ✎ edited, ✘ rejected; Chosen is the accepted or edited correction.
	Decided string
	Chosen  template.HTML
}

// seg is a run of a sentence's text covered by the same findings.
type seg struct {
	Text  string
	IDs   string // finding IDs, space-separated; empty for plain text
	Sev   string // the most severe
	Icon  string
	Label string
	// Target is the finding that starts here (a stop for Tab and j/k).
	Target string
	Caret  bool // an insertion point (start == end)
}

type htmlIssue struct {
	ID   string
	I    *Issue
	Sev  string
	Icon string
	// ShowEvidence: the evidence says more than the sentence's reference
	// passage, which the details show anyway.
	ShowEvidence bool
}

type htmlProp struct {
	Review    bool
	P         *Proposal
	Diff      template.HTML
	Decision  string
	Final     string
	FinalDiff template.HTML
}

type histBar struct {
	Bin        int
	Lo, Hi     int
	N          int
	X, Y, H, W float64
	Anchor     string
}

type savedBlock struct {
	Where string
	Diff  template.HTML
}

func sevIcon(sev string) string {
	switch sev {
	case "critical":
		return "‼"
	case "major":
		return "▲"
	}
	return "△"
}

func buildView(r *Report, opt HTMLOptions) *htmlView {
	v := &htmlView{Title: opt.Title, CSP: CSP(""), CSS: template.CSS(pageCSS), JS: template.JS(pageJS), R: r,
		Batch: len(r.Files) > 1, Review: opt.Review}
	if v.Title == "" {
		v.Title = "mtcheck report"
		if len(r.Files) == 1 {
			v.Title = r.Files[0].Path + " · mtcheck"
		}
	}
	if opt.Review != nil {
		v.CSP = CSP("'self'")
		if opt.Review.Saved != nil {
			for _, b := range textdiff.Document(opt.Review.Saved.Original, opt.Review.Saved.Text) {
				v.Saved = append(v.Saved, savedBlock{Where: blockWhere(b), Diff: template.HTML(textdiff.HTML(b.Ops))})
			}
		}
	}
	for i, f := range r.Files {
		v.Files = append(v.Files, buildFile(i+1, f, opt.Review))
	}
	if v.Batch {
		v.Index = append([]*htmlFile(nil), v.Files...)
		sort.SliceStable(v.Index, func(i, j int) bool { return v.Index[i].F.Score < v.Index[j].F.Score })
		v.Hist, v.HistMax = scoreBars(v.Index)
	}
	return v
}

func blockWhere(b textdiff.Block) string {
	span := func(l, n int) string {
		if n <= 1 {
			return fmt.Sprintf("line %d", l)
		}
		return fmt.Sprintf("lines %d–%d", l, l+n-1)
	}
	return span(b.NewLine, b.NewLines)
}

// scoreBars bins the scores in tens as the batch summary does (90–100
// holds 100) and lays the bars out in the SVG's 300×120 box. Each bar links
// to the first file of its bin in the index.
func scoreBars(files []*htmlFile) ([]histBar, int) {
	var counts [10]int
	for _, f := range files {
		b := binOf(f.F.Score)
		f.Bin = b
		if counts[b] == 0 {
			f.BinFirst = true
		}
		counts[b]++
	}
	most := 1
	for _, c := range counts {
		most = max(most, c)
	}
	var bars []histBar
	const left, width, bottom, height = 24.0, 27.0, 100.0, 84.0
	for b, c := range counts {
		h := height * float64(c) / float64(most)
		bars = append(bars, histBar{Bin: b, Lo: b * 10, Hi: b*10 + 10, N: c, X: left + float64(b)*width + 2, W: width - 4,
			H: h, Y: bottom - h, Anchor: fmt.Sprintf("bin-%d", b)})
	}
	return bars, most
}

func buildFile(n int, f *File, rv *ReviewView) *htmlFile {
	hf := &htmlFile{N: n, ID: fmt.Sprintf("file-%d", n), F: f, Review: rv != nil}
	checks := map[string]int{}
	count := func(is *Issue) {
		switch is.Severity.String() {
		case "critical":
			hf.Critical++
		case "major":
			hf.Major++
		default:
			hf.Min++
		}
		checks[is.Check]++
	}
	k := 0
	newIssue := func(is *Issue) *htmlIssue {
		k++
		count(is)
		sev := is.Severity.String()
		return &htmlIssue{ID: fmt.Sprintf("f%d-%d", n, k), I: is, Sev: sev, Icon: sevIcon(sev)}
	}
	for _, s := range f.Sentences {
		hs := &htmlSent{ID: fmt.Sprintf("f%d-s%d", n, s.Index+1), N: s.Index + 1, S: s}
		for _, is := range s.Issues {
			hi := newIssue(is)
			ev := is.Evidence
			hi.ShowEvidence = ev != nil && !(ev.Kind == "reference" && s.Alignment != nil && ev.Text == s.Alignment.Text)
			hs.Issues = append(hs.Issues, hi)
		}
		hs.Segs = segments(s.Text, hs.Issues)
		for _, p := range s.Proposals {
			hp := &htmlProp{Review: rv != nil, P: p, Diff: template.HTML(textdiff.HTML(textdiff.Words(p.Original, p.Corrected)))}
			if rv != nil {
				if d, ok := rv.Decisions[p.ID]; ok {
					hp.Decision, hp.Final = d.Decision, d.Final
					if d.Decision == "edited" {
						hp.FinalDiff = template.HTML(textdiff.HTML(textdiff.Words(p.Original, d.Final)))
					}
				}
			}
			hs.Props = append(hs.Props, hp)
			hf.Proposals++
		}
		hs.Target = len(hs.Props) > 0 && len(hs.Issues) == 0
		if rv != nil {
			hs.decided()
		}
		hf.Sents = append(hf.Sents, hs)
	}
	for _, is := range f.Issues {
		hi := newIssue(is)
		hi.ShowEvidence = is.Evidence != nil
		hf.Doc = append(hf.Doc, hi)
	}
	for id, c := range checks {
		hf.Checks = append(hf.Checks, checkCount{id, c})
	}
	sort.Slice(hf.Checks, func(i, j int) bool { return hf.Checks[i].ID < hf.Checks[j].ID })
	return hf
}

// decided sums up the editor's decisions about a sentence's proposals.
func (hs *htmlSent) decided() {
	rejected := 0
	for _, hp := range hs.Props {
		switch hp.Decision {
		case "accepted":
			hs.Decided, hs.Chosen = "✔ accepted", hp.Diff
			return
		case "edited":
			hs.Decided, hs.Chosen = "✎ edited", hp.FinalDiff
			return
		case "rejected":
			rejected++
		}
	}
	if rejected > 0 && rejected == len(hs.Props) {
		hs.Decided = "✘ rejected"
	}
}

// span locates an issue in its sentence's text: by the offsets the report
// was built with, else by searching for the span (a report read back from
// JSON). ok is false when it cannot be placed.
func (is *Issue) spanIn(text string) (int, int, bool) {
	a, b := is.textStart, is.textEnd
	if a == 0 && b == 0 && is.Span != "" {
		k := strings.Index(text, is.Span)
		if k < 0 {
			return 0, 0, false
		}
		a, b = k, k+len(is.Span)
	}
	if a < 0 || b > len(text) || a > b || !utf8.RuneStart(byte(at(text, a))) || !utf8.RuneStart(byte(at(text, b))) {
		return 0, 0, false
	}
	return a, b, true
}

// at is text[i], or 0 at the end (a rune start).
func at(text string, i int) byte {
	if i >= len(text) {
		return 0
	}
	return text[i]
}

var sevRank = map[string]int{"minor": 1, "major": 2, "critical": 3}

// segments cuts a sentence at every span boundary, so overlapping findings
// each keep their highlight: a run covered by several carries all their IDs
// and shows the most severe. Insertion points become carets.
func segments(text string, issues []*htmlIssue) []seg {
	type span struct {
		a, b int
		is   *htmlIssue
	}
	var spans []span
	cuts := map[int]bool{0: true, len(text): true}
	for _, hi := range issues {
		a, b, ok := hi.I.spanIn(text)
		if !ok {
			// Unplaced: a caret at the start keeps the finding reachable.
			a, b = 0, 0
		}
		spans = append(spans, span{a, b, hi})
		cuts[a], cuts[b] = true, true
	}
	var pos []int
	for c := range cuts {
		pos = append(pos, c)
	}
	sort.Ints(pos)
	var out []seg
	started := map[*htmlIssue]bool{}
	carets := func(at int) {
		for _, sp := range spans {
			if sp.a == at && sp.b == at {
				out = append(out, seg{IDs: sp.is.ID, Sev: sp.is.Sev, Icon: sp.is.Icon, Label: label(sp.is), Target: sp.is.ID, Caret: true})
			}
		}
	}
	for i := 0; i+1 < len(pos); i++ {
		a, b := pos[i], pos[i+1]
		carets(a)
		s := seg{Text: text[a:b]}
		var ids, labels []string
		for _, sp := range spans {
			if sp.a <= a && b <= sp.b && sp.a < sp.b {
				ids = append(ids, sp.is.ID)
				labels = append(labels, label(sp.is))
				if sevRank[sp.is.Sev] > sevRank[s.Sev] {
					s.Sev = sp.is.Sev
				}
				if !started[sp.is] {
					started[sp.is] = true
					if s.Target == "" {
						s.Target = sp.is.ID
					}
				}
			}
		}
		if len(ids) > 0 {
			s.IDs, s.Icon, s.Label = strings.Join(ids, " "), sevIcon(s.Sev), strings.Join(labels, "; ")
		}
		out = append(out, s)
	}
	if len(text) == 0 {
		carets(0)
	} else {
		carets(len(text))
	}
	return out
}

func label(hi *htmlIssue) string {
	return hi.Sev + " " + hi.I.Check + ": " + hi.I.Message
}
