// Command fitmodel fits the sentence-scoring model of package check on rated
// benchmark data and writes its coefficients to check/model.go.
//
// Data: one or more directories in the layout of mtcheck's development
// benchmarks — gold.jsonl (one record per line of each translated article:
// file, doc, line, label ok/mid/bad) beside NAME.SYSTEM.en.txt articles and
// NAME.ref.en.txt references. Each article is checked exactly as
// `mtcheck check --ref NAME.ref.en.txt ARTICLE` would, and each sentence's
// features are collected.
//
// Model: the probability that a sentence holds a major error is
// σ(b + w·x); a line is bad when any of its sentences is (noisy-OR), which
// is how a line with several sentences is fitted against its one label.
// Mid lines are left out of the fit. L2-regularised, fitted by gradient
// descent on standardised features; the committed weights are on raw
// features. Five-fold cross-validation by document reports what to expect
// on unseen articles.
//
// Usage:
//
//	go run ./internal/fitmodel -write ../shared/bench/wmt23-news-dev ../shared/bench/ted-dev
//
// -dump FILE writes every sentence's features, text and aligned passage, for
// trying new signals before building them (scripts/explore-signals.py).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/internal/eval"
)

type goldLine struct {
	File  string `json:"file"`
	Doc   string `json:"doc"`
	Line  int    `json:"line"`
	Label string `json:"label"`
}

// line is one rated line: its sentences' features and its label.
type line struct {
	set   int
	doc   string
	label string
	sents []check.Features
	// flaggedByRule: a finding flags the line whatever the score.
	flaggedByRule bool
}

func main() {
	write := flag.Bool("write", false, "write check/model.go")
	l2 := flag.Float64("l2", 2, "L2 regularisation strength")
	llmWeight := flag.Float64("llm-weight", 3, "weight of LLM findings, per major error (no benchmark data to fit it)")
	llmClear := flag.Float64("llm-clear", -2, "weight of a sentence the LLM reviewed and found clean")
	faTargets := flag.String("fa", "0.20,0.15", "false-alarm ceilings per set, in the order given, for the threshold")
	dumpPath := flag.String("dump", "", "write each sentence's text, passage, label and features to this JSONL file")
	flag.Parse()
	if *dumpPath != "" {
		f, err := os.Create(*dumpPath)
		if err != nil {
			log.Fatal(err)
		}
		w := bufio.NewWriter(f)
		dump = json.NewEncoder(w)
		defer func() {
			if err := w.Flush(); err != nil {
				log.Fatal(err)
			}
			if err := f.Close(); err != nil {
				log.Fatal(err)
			}
		}()
	}
	if flag.NArg() == 0 {
		log.Fatal("usage: fitmodel [-write] BENCH_DIR...")
	}
	var lines []*line
	for set, dir := range flag.Args() {
		ls, err := loadSet(set, dir)
		if err != nil {
			log.Fatal(err)
		}
		lines = append(lines, ls...)
	}
	var ceilings []float64
	for _, s := range strings.Split(*faTargets, ",") {
		var v float64
		fmt.Sscan(s, &v)
		ceilings = append(ceilings, v)
	}

	// Cross-validated scores, by document folds.
	cv := make([]lineScores, len(lines))
	for fold := 0; fold < 5; fold++ {
		var train []*line
		for _, l := range lines {
			if foldOf(l.doc) != fold {
				train = append(train, l)
			}
		}
		m := fit(train, *l2)
		for i, l := range lines {
			if foldOf(l.doc) == fold {
				cv[i] = lineScore(m, l)
			}
		}
	}
	full := fit(lines, *l2)
	// The benchmarks hold no LLM findings: the LLM reviewer's weight is a
	// prior (a major LLM finding counts like a name swap), to be revised
	// with `mtcheck eval` on rated data reviewed by an LLM.
	full.Weights[check.FeatLLM] = *llmWeight
	full.Weights[check.FeatLLMClear] = *llmClear
	scores := make([]lineScores, len(lines))
	for i, l := range lines {
		scores[i] = lineScore(full, l)
	}
	// The threshold is chosen on the cross-validated scores: what unseen
	// articles will look like, not what the fit has already seen.
	full.Threshold = pickThreshold(lines, cv, ceilings)
	if os.Getenv("FIT_CURVE") != "" {
		for th := 0.2; th < 0.9; th += 0.05 {
			fmt.Printf("th %.2f", th)
			for set := range flag.Args() {
				r, fa := rates(lines, cv, set, th)
				fmt.Printf("   set%d R %.3f FA %.3f", set, r, fa)
			}
			fmt.Println()
		}
	}
	fmt.Printf("threshold %.3f\n", full.Threshold)
	for set, dir := range flag.Args() {
		a := auc(lines, cv, set)
		r, fa := rates(lines, cv, set, full.Threshold)
		a2 := auc(lines, scores, set)
		r2, fa2 := rates(lines, scores, set, full.Threshold)
		fmt.Printf("%-20s cross-validated AUC %.3f R %.3f FA %.3f | fitted on all: AUC %.3f R %.3f FA %.3f\n",
			filepath.Base(dir), a, r, fa, a2, r2, fa2)
	}
	fmt.Printf("bias %.4f\n", full.Bias)
	for k, n := range check.FeatureNames {
		fmt.Printf("  %-14s %+.4f\n", n, full.Weights[k])
	}
	if *write {
		if err := writeModel("check/model.go", full, flag.Args()); err != nil {
			log.Fatal(err)
		}
		fmt.Println("wrote check/model.go")
	}
}

func foldOf(doc string) int {
	h := fnv.New32a()
	h.Write([]byte(doc))
	return int(h.Sum32() % 5)
}

// dump, when set (-dump FILE), receives one JSON record per sentence: what
// the model is fitted on, for exploring new signals outside Go.
var dump *json.Encoder

type dumpRecord struct {
	Set      int            `json:"set"`
	Doc      string         `json:"doc"`
	File     string         `json:"file"`
	Line     int            `json:"line"`
	Label    string         `json:"label"`
	Text     string         `json:"text"`
	Passage  string         `json:"passage"`
	Features check.Features `json:"f"`
}

func loadSet(set int, dir string) ([]*line, error) {
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	byFile := map[string][]goldLine{}
	var files []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var g goldLine
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, err
		}
		if _, ok := byFile[g.File]; !ok {
			files = append(files, g.File)
		}
		byFile[g.File] = append(byFile[g.File], g)
	}
	sort.Strings(files)
	rd := &corpus.Reader{}
	var out []*line
	for _, file := range files {
		gs := byFile[file]
		art, err := rd.Load(filepath.Join(dir, file), corpus.Article)
		if err != nil {
			return nil, err
		}
		ref, err := rd.Load(filepath.Join(dir, gs[0].Doc+".ref.en.txt"), corpus.Reference)
		if err != nil {
			return nil, err
		}
		res := check.Run(check.Input{Article: art, Refs: []*check.Document{ref}}, check.Options{})
		byLine := map[int]*line{}
		for _, g := range gs {
			byLine[g.Line] = &line{set: set, doc: g.Doc, label: g.Label}
		}
		for _, sr := range res.Sentences {
			l := byLine[sr.Sentence.Line]
			if l == nil {
				continue
			}
			if dump != nil {
				passage := ""
				if sr.Passage != nil {
					passage = sr.Passage.Text
				}
				if err := dump.Encode(dumpRecord{set, l.doc, file, sr.Sentence.Line, l.label, sr.Sentence.Text, passage, sr.Features}); err != nil {
					return nil, err
				}
			}
			l.sents = append(l.sents, sr.Features)
			if sr.ForcedFlag() {
				l.flaggedByRule = true
			}
		}
		for _, g := range gs {
			if l := byLine[g.Line]; len(l.sents) > 0 {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// fit maximises the noisy-OR likelihood of the bad/ok lines.
func fit(lines []*line, l2 float64) check.Model {
	const n = check.NumFeatures
	var mu, sd [n]float64
	count := 0.0
	for _, l := range lines {
		for _, f := range l.sents {
			for k := range f {
				mu[k] += f[k]
			}
			count++
		}
	}
	for k := range mu {
		mu[k] /= count
	}
	for _, l := range lines {
		for _, f := range l.sents {
			for k := range f {
				sd[k] += (f[k] - mu[k]) * (f[k] - mu[k])
			}
		}
	}
	for k := range sd {
		sd[k] = math.Sqrt(sd[k] / count)
		if sd[k] < 1e-9 {
			sd[k] = 1 // a constant feature (never seen): its weight stays 0
		}
	}
	// Unverified sentences take the mean of the aligned ones for the
	// features that need a passage (see check.Model.Impute).
	var impute check.Features
	aligned := 0.0
	for _, l := range lines {
		for _, f := range l.sents {
			if f[check.FeatUnverified] == 0 {
				for k := range f {
					impute[k] += f[k]
				}
				aligned++
			}
		}
	}
	for k := range impute {
		impute[k] /= math.Max(aligned, 1)
	}
	for _, l := range lines {
		for s, f := range l.sents {
			if f[check.FeatUnverified] == 1 {
				for _, k := range []int{check.FeatMissA, check.FeatMissB, check.FeatMoves, check.FeatChrF} {
					f[k] = impute[k]
				}
				l.sents[s] = f
			}
		}
	}
	var w [n]float64
	b := 0.0
	var train []*line
	for _, l := range lines {
		if l.label == "bad" || l.label == "ok" {
			train = append(train, l)
		}
	}
	lr := 0.5
	for it := 0; it < 2000; it++ {
		var gw [n]float64
		gb := 0.0
		for _, l := range train {
			ps := make([]float64, len(l.sents))
			q := 1.0
			for s, f := range l.sents {
				z := b
				for k := range f {
					z += w[k] * (f[k] - mu[k]) / sd[k]
				}
				ps[s] = sigmoid(z)
				q *= 1 - ps[s]
			}
			for s, f := range l.sents {
				var g float64 // d(-loglik)/dz_s
				if l.label == "bad" {
					g = -q * ps[s] / math.Max(1-q, 1e-12)
				} else {
					g = ps[s]
				}
				for k := range f {
					gw[k] += g * (f[k] - mu[k]) / sd[k]
				}
				gb += g
			}
		}
		m := float64(len(train))
		for k := range w {
			w[k] -= lr * (gw[k]/m + l2*w[k]/m)
			// A finding can only count against a sentence: on noisy
			// references a check may correlate with good lines, but a
			// model that rewards findings would be absurd to its users.
			if k >= check.FeatDivergence && k != check.FeatLLMClear && w[k] < 0 {
				w[k] = 0
			}
		}
		b -= lr * gb / m
	}
	// Back to raw features: z = b + Σ w_k (x_k - mu_k)/sd_k. Model.Score
	// returns 1 − σ(z), so its bias and weights are z's.
	var model check.Model
	model.Impute = impute
	model.Bias = b
	for k := range w {
		model.Weights[k] = w[k] / sd[k]
		model.Bias -= w[k] * mu[k] / sd[k]
	}
	return model
}

// lineScores are a line's lowest sentence score (what score.py ranks by)
// and the lowest among its aligned sentences (what the threshold flags).
type lineScores struct{ min, aligned float64 }

func lineScore(m check.Model, l *line) lineScores {
	s := lineScores{1, 1}
	for _, f := range l.sents {
		v := m.Score(f)
		s.min = math.Min(s.min, v)
		if f[check.FeatUnverified] == 0 {
			s.aligned = math.Min(s.aligned, v)
		}
	}
	return s
}

func auc(lines []*line, scores []lineScores, set int) float64 {
	var bad, ok []float64
	for i, l := range lines {
		if l.set != set {
			continue
		}
		switch l.label {
		case "bad":
			bad = append(bad, scores[i].min)
		case "ok":
			ok = append(ok, scores[i].min)
		}
	}
	return eval.AUC(bad, ok)
}

func rates(lines []*line, scores []lineScores, set int, th float64) (recall, fa float64) {
	var bad, badF, ok, okF float64
	for i, l := range lines {
		if l.set != set {
			continue
		}
		// As check.Run decides: an unverified sentence is flagged only by a
		// finding, so the threshold applies to the aligned sentences.
		flagged := l.flaggedByRule || scores[i].aligned < th
		switch l.label {
		case "bad":
			bad++
			if flagged {
				badF++
			}
		case "ok":
			ok++
			if flagged {
				okF++
			}
		}
	}
	return badF / math.Max(bad, 1), okF / math.Max(ok, 1)
}

// pickThreshold returns the highest threshold (most recall) whose false-alarm
// rate stays under each set's ceiling.
func pickThreshold(lines []*line, scores []lineScores, ceilings []float64) float64 {
	best := 0.01
	for th := 0.01; th < 0.99; th += 0.005 {
		okAll := true
		for set, c := range ceilings {
			if _, fa := rates(lines, scores, set, th); fa > c {
				okAll = false
			}
		}
		if okAll {
			best = th
		}
	}
	return math.Round(best*1000) / 1000
}

func writeModel(path string, m check.Model, dirs []string) error {
	var b strings.Builder
	b.WriteString("// Code generated by internal/fitmodel; DO NOT EDIT.\n\npackage check\n\n")
	var names []string
	for _, d := range dirs {
		names = append(names, filepath.Base(d))
	}
	fmt.Fprintf(&b, "// defaultModel was fitted on the development benchmarks (%s) with\n", strings.Join(names, ", "))
	b.WriteString("// go run ./internal/fitmodel -write; see that command for the method.\n")
	b.WriteString("var defaultModel = Model{\n")
	fmt.Fprintf(&b, "\tBias:      %.6f,\n", m.Bias)
	fmt.Fprintf(&b, "\tThreshold: %.3f,\n", m.Threshold)
	b.WriteString("\tWeights: Features{\n")
	for k, n := range check.FeatureNames {
		fmt.Fprintf(&b, "\t\t%.6f, // %s\n", m.Weights[k], n)
	}
	b.WriteString("\t},\n\tImpute: Features{\n")
	for k, n := range check.FeatureNames {
		fmt.Fprintf(&b, "\t\t%.6f, // %s\n", m.Impute[k], n)
	}
	b.WriteString("\t},\n}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}
