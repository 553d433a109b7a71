// Command foreigngen derives mtcheck's compact lexicons of four languages
// from their Hunspell dictionaries as Debian packages them (hunspell-es,
// hunspell-pt-pt, hunspell-fr-classical, hunspell-nl), so that a word left in
// one of them ("personas mayores", "cordas vocais") is told from an English
// misspelling. For each language it writes check/lexdata/foreign-LL.gz:
//
//	mtcheck-foreign 1 <bits> <hashes> <rules>
//	<strip>\t<add>\t<condition>          one line per suffix rule
//	<bloom filter bits>                  (bits/8 bytes)
//
// The Bloom filter holds the dictionary's lower-case stems; the suffix rules
// (the .aff file's SFX lines, without their flags) lead an inflected word
// back to its stems. Only what a membership test needs is kept: the lists
// cannot be read back out of the filter.
//
// Regenerate with: apt-get install hunspell-es hunspell-pt-pt
// hunspell-fr-classical hunspell-nl && go generate ./check
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/mtcheck/mtcheck/internal/bloom"
)

// BitsPerStem sets the filter's false-positive rate: with 16 bits and 11
// hashes a stem test errs about once in 2,000; a word is tested against a
// handful of candidate stems.
const BitsPerStem = 16

var languages = []struct{ code, dict string }{
	{"es", "es_ES"}, {"pt", "pt_PT"}, {"fr", "fr"}, {"nl", "nl"},
}

func main() {
	dir := flag.String("hunspell", "/usr/share/hunspell", "Hunspell dictionaries")
	out := flag.String("out", "lexdata", "output directory")
	flag.Parse()
	for _, l := range languages {
		aff, err := readAff(filepath.Join(*dir, l.dict+".aff"))
		if err != nil {
			log.Fatal(err)
		}
		stems, err := readStems(filepath.Join(*dir, l.dict+".dic"), aff)
		if err != nil {
			log.Fatal(err)
		}
		f := bloom.New(len(stems)*BitsPerStem, 11)
		for _, s := range stems {
			f.Add(s)
		}
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "mtcheck-foreign 1 %d %d %d\n", f.Bits(), f.Hashes(), len(aff.rules))
		for _, r := range aff.rules {
			fmt.Fprintf(&buf, "%s\t%s\t%s\n", r.strip, r.add, r.cond)
		}
		buf.Write(f.Bytes())
		write(filepath.Join(*out, "foreign-"+l.code+".gz"), buf.Bytes())
		log.Printf("%s: %d stems, %d suffix rules", l.code, len(stems), len(aff.rules))
	}
}

type rule struct{ strip, add, cond string }

type affix struct {
	long  bool // two-character flags
	taboo []string
	rules []rule
}

func readAff(path string) (*affix, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a := &affix{}
	seen := map[rule]bool{}
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		f := strings.Fields(lines[i])
		switch {
		case len(f) >= 2 && f[0] == "FLAG":
			a.long = f[1] == "long"
		case len(f) >= 2 && f[0] == "FORBIDDENWORD":
			a.taboo = append(a.taboo, f[1])
		case len(f) >= 4 && f[0] == "SFX" && (f[2] == "Y" || f[2] == "N"):
			var n int
			fmt.Sscan(f[3], &n)
			for j := 1; j <= n && i+j < len(lines); j++ {
				g := strings.Fields(lines[i+j])
				if len(g) < 5 {
					continue
				}
				r := rule{strip: zero(g[2]), add: zero(strings.SplitN(g[3], "/", 2)[0]), cond: g[4]}
				if lower(r.add) && lower(r.strip) && !seen[r] {
					seen[r] = true
					a.rules = append(a.rules, r)
				}
			}
			i += n
		}
	}
	sort.Slice(a.rules, func(i, j int) bool {
		x, y := a.rules[i], a.rules[j]
		return x.add+"\t"+x.strip+"\t"+x.cond < y.add+"\t"+y.strip+"\t"+y.cond
	})
	return a, nil
}

func zero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

// lower: lower-case letters only (a stem or an affix of ordinary words).
func lower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (a *affix) flags(s string) []string {
	var out []string
	if a.long {
		rs := []rune(s)
		for i := 0; i+1 < len(rs); i += 2 {
			out = append(out, string(rs[i:i+2]))
		}
		return out
	}
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// readStems: the dictionary's lower-case entries of three letters or more.
// Entries that stand only with an affix or inside compounds are stems all
// the same: an inflected form reaches them through the rules.
func readStems(path string, a *affix) ([]string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		if first { // the entry count
			first = false
			continue
		}
		line := sc.Text()
		if k := strings.IndexAny(line, " \t"); k >= 0 {
			line = line[:k]
		}
		stem, fl, _ := strings.Cut(line, "/")
		if forbidden(a.flags(fl), a.taboo) || len([]rune(stem)) < 3 || !lower(stem) {
			continue
		}
		seen[stem] = true
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []string
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out, nil
}

func forbidden(flags, taboo []string) bool {
	return slices.ContainsFunc(flags, func(f string) bool { return slices.Contains(taboo, f) })
}

func write(path string, data []byte) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
