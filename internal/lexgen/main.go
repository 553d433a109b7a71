// Command lexgen derives mtcheck's compact lexical data from Debian's SCOWL
// word lists (packages wamerican, wbritish, wamerican-large, wbritish-large)
// and WordNet 3.0 (package wordnet-base). It writes gzipped text files to
// check/lexdata, which are embedded in the binary:
//
//	words.txt.gz     lower-case English words, a level per line: "word<TAB>1"
//	                 (1: in the size-50 lists, common; 2: only in size 70)
//	names.txt.gz     capitalised entries of the same lists (places, names)
//	synonyms.txt.gz  groups of common words sharing one of their three most
//	                 frequent WordNet senses, a group per line
//	antonyms.txt.gz  WordNet antonym pairs of common words, a pair per line
//	lemmas.txt.gz    irregular forms of common words and their lemma
//	pos.txt.gz       the parts of speech WordNet gives a common lemma (n v a r)
//	verbkinds.txt.gz the synsets of a common verb's four first senses and
//	                 their direct hypernyms
//
// Regenerate with: apt-get install wamerican wbritish wamerican-large
// wbritish-large wordnet-base && go generate ./check
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dict := flag.String("dict", "/usr/share/dict", "SCOWL word lists")
	wn := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database")
	out := flag.String("out", "lexdata", "output directory")
	flag.Parse()

	level := map[string]int{}
	names := map[string]bool{}
	add := func(file string, lv int) {
		for _, w := range readLines(filepath.Join(*dict, file)) {
			if w == "" || strings.HasSuffix(w, "'s") || strings.ContainsAny(w, " .") {
				continue
			}
			if w[0] >= 'A' && w[0] <= 'Z' {
				names[w] = true
				continue
			}
			if old, ok := level[w]; !ok || lv < old {
				level[w] = lv
			}
		}
	}
	add("american-english", 1)
	add("british-english", 1)
	add("american-english-large", 2)
	add("british-english-large", 2)

	var words []string
	for w, lv := range level {
		words = append(words, fmt.Sprintf("%s\t%d", w, lv))
	}
	sort.Strings(words)
	write(filepath.Join(*out, "words.txt.gz"), words)
	var nameList []string
	for w := range names {
		nameList = append(nameList, w)
	}
	sort.Strings(nameList)
	write(filepath.Join(*out, "names.txt.gz"), nameList)

	common := func(w string) bool { return level[w] == 1 }
	// Senses: for each lemma, its synsets in frequency order (index.*).
	top := map[string]map[string]bool{} // word -> set of "pos:offset" among its 3 first senses
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		for _, line := range readLines(filepath.Join(*wn, "index."+pos)) {
			if strings.HasPrefix(line, " ") {
				continue
			}
			f := strings.Fields(line)
			if len(f) < 6 || strings.Contains(f[0], "_") || !common(f[0]) {
				continue
			}
			pcnt, _ := strconv.Atoi(f[3])
			offs := f[4+pcnt+2:]
			for i, o := range offs {
				if i >= 3 {
					break
				}
				if top[f[0]] == nil {
					top[f[0]] = map[string]bool{}
				}
				top[f[0]][pos+":"+o] = true
			}
		}
	}
	groups := map[string]bool{}
	antonyms := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		for _, line := range readLines(filepath.Join(*wn, "data."+pos)) {
			if strings.HasPrefix(line, " ") {
				continue
			}
			if k := strings.Index(line, " | "); k >= 0 {
				line = line[:k]
			}
			f := strings.Fields(line)
			if len(f) < 4 {
				continue
			}
			off := f[0]
			wcnt, err := strconv.ParseInt(f[3], 16, 32)
			if err != nil {
				continue
			}
			var members []string
			var lemmas []string
			for i := 0; i < int(wcnt); i++ {
				w := strings.ToLower(f[4+2*i])
				if k := strings.IndexByte(w, '('); k >= 0 { // adjective markers: "big(a)"
					w = w[:k]
				}
				lemmas = append(lemmas, w)
				if !strings.Contains(w, "_") && common(w) && top[w][pos+":"+off] {
					members = append(members, w)
				}
			}
			members = uniq(members)
			if len(members) >= 2 {
				groups[strings.Join(members, " ")] = true
			}
			// Pointers: "! target pos source/target" marks lexical antonyms.
			p := 4 + 2*int(wcnt)
			if p >= len(f) {
				continue
			}
			pcnt, _ := strconv.Atoi(f[p])
			for i := 0; i < pcnt && p+1+4*i+3 < len(f); i++ {
				sym, st := f[p+1+4*i], f[p+1+4*i+3]
				if sym != "!" || len(st) != 4 {
					continue
				}
				src, _ := strconv.ParseInt(st[:2], 16, 32)
				tgtOff, tgtPos := f[p+1+4*i+1], f[p+1+4*i+2]
				tgt, _ := strconv.ParseInt(st[2:], 16, 32)
				if src < 1 || int(src) > len(lemmas) {
					continue
				}
				a := lemmas[src-1]
				b := lemmaAt(*wn, tgtPos, tgtOff, int(tgt))
				if a != "" && b != "" && common(a) && common(b) && !strings.Contains(a+b, "_") {
					if a > b {
						a, b = b, a
					}
					antonyms[a+" "+b] = true
				}
			}
		}
	}
	write(filepath.Join(*out, "synonyms.txt.gz"), keys(groups))
	write(filepath.Join(*out, "verbkinds.txt.gz"), verbKinds(*wn, common))
	write(filepath.Join(*out, "antonyms.txt.gz"), keys(antonyms))

	var lemmaLines []string
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		for _, line := range readLines(filepath.Join(*wn, pos+".exc")) {
			f := strings.Fields(line)
			if len(f) >= 2 && common(f[1]) && !strings.Contains(f[0], "_") && f[0] != f[1] {
				lemmaLines = append(lemmaLines, f[0]+" "+f[1])
			}
		}
	}
	sort.Strings(lemmaLines)
	write(filepath.Join(*out, "lemmas.txt.gz"), uniq(lemmaLines))

	// Parts of speech a common lemma can take, from the WordNet indexes:
	// n (noun), v (verb), a (adjective), r (adverb).
	pos := map[string]string{}
	for _, p := range []struct{ file, tag string }{{"noun", "n"}, {"verb", "v"}, {"adj", "a"}, {"adv", "r"}} {
		for _, line := range readLines(filepath.Join(*wn, "index."+p.file)) {
			f := strings.Fields(line)
			if len(f) < 2 || strings.HasPrefix(line, " ") || strings.Contains(f[0], "_") || !common(f[0]) {
				continue
			}
			if !strings.Contains(pos[f[0]], p.tag) {
				pos[f[0]] += p.tag
			}
		}
	}
	var posLines []string
	for w, t := range pos {
		posLines = append(posLines, w+"\t"+t)
	}
	sort.Strings(posLines)
	write(filepath.Join(*out, "pos.txt.gz"), posLines)
}

// verbKinds lists, for each common verb, the synsets of its four most
// frequent senses and the synsets those are kinds of (their direct
// hypernyms): "warn<TAB>00874067 …<TAB>00831651 …". Two verbs one of
// whose senses is a sense or a direct hypernym of the other's name the same
// kind of act ("warned" / "informed", "blamed" / "criticised"), unlike two
// views of one event ("taught" / "learned", "destroyed" / "survived").
func verbKinds(wn string, common func(string) bool) []string {
	hyper := map[string][]string{}
	for _, line := range readLines(filepath.Join(wn, "data.verb")) {
		if strings.HasPrefix(line, " ") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		wcnt, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			continue
		}
		p := 4 + 2*int(wcnt)
		if p >= len(f) {
			continue
		}
		pcnt, _ := strconv.Atoi(f[p])
		for i := 0; i < pcnt && p+1+4*i+2 < len(f); i++ {
			if f[p+1+4*i] == "@" && f[p+1+4*i+2] == "v" {
				hyper[f[0]] = append(hyper[f[0]], f[p+1+4*i+1])
			}
		}
	}
	var out []string
	for _, line := range readLines(filepath.Join(wn, "index.verb")) {
		f := strings.Fields(line)
		if len(f) < 6 || strings.HasPrefix(line, " ") || strings.Contains(f[0], "_") || !common(f[0]) {
			continue
		}
		pcnt, _ := strconv.Atoi(f[3])
		offs := f[4+pcnt+2:]
		if len(offs) > 4 {
			offs = offs[:4]
		}
		var hs []string
		for _, o := range offs {
			hs = append(hs, hyper[o]...)
		}
		out = append(out, f[0]+"\t"+strings.Join(offs, " ")+"\t"+strings.Join(uniq(hs), " "))
	}
	sort.Strings(out)
	return out
}

var dataCache = map[string]map[string][]string{}

// lemmaAt returns word number n (1-based) of the synset at offset in data.pos.
func lemmaAt(wn, pos, offset string, n int) string {
	file := map[string]string{"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}[pos]
	m, ok := dataCache[file]
	if !ok {
		m = map[string][]string{}
		for _, line := range readLines(filepath.Join(wn, "data."+file)) {
			f := strings.Fields(line)
			if len(f) < 4 || strings.HasPrefix(line, " ") {
				continue
			}
			wcnt, err := strconv.ParseInt(f[3], 16, 32)
			if err != nil {
				continue
			}
			var ws []string
			for i := 0; i < int(wcnt) && 4+2*i < len(f); i++ {
				w := strings.ToLower(f[4+2*i])
				if k := strings.IndexByte(w, '('); k >= 0 {
					w = w[:k]
				}
				ws = append(ws, w)
			}
			m[f[0]] = ws
		}
		dataCache[file] = m
	}
	ws := m[offset]
	if n < 1 || n > len(ws) {
		return ""
	}
	return ws[n-1]
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func uniq(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func readLines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

func write(path string, lines []string) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	for _, l := range lines {
		fmt.Fprintln(zw, l)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
