package corpus

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Kind is the format of an input file.
type Kind int

const (
	// Text is an article: plain text or Markdown.
	Text Kind = iota
	// SegmentTSV is a tab-separated segment corpus with a header row.
	SegmentTSV
	// SegmentJSONL is a segment corpus with one JSON object per line.
	SegmentJSONL
	// XLIFF is an XLIFF 1.2 or 2.0 file.
	XLIFF
	// PO is a gettext PO file.
	PO
)

func (k Kind) String() string {
	return [...]string{"text", "tsv", "jsonl", "xliff", "po"}[k]
}

// KindOf decides an input's format from its extension.
func KindOf(p string) Kind {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".tsv":
		return SegmentTSV
	case ".jsonl", ".ndjson":
		return SegmentJSONL
	case ".xlf", ".xliff":
		return XLIFF
	case ".po", ".pot":
		return PO
	}
	return Text
}

// walkExts are the extensions taken from a directory.
var walkExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".tsv": true, ".jsonl": true,
	".ndjson": true, ".xlf": true, ".xliff": true, ".po": true}

// Item is one input of a run: an article with the references and source
// paired with it, or a segment corpus file that carries its own. Err is set
// instead when the input cannot be used (it keeps its place in the run).
type Item struct {
	Path string
	// Rel is the path relative to the directory or glob it was found
	// under (the base name for a file named on the command line); the
	// reference and source directories hold the same relative paths.
	Rel    string
	ID     string
	Kind   Kind
	Refs   []string
	Source string
	// Paired says where Refs came from: "manifest", "ref-dir",
	// "convention", or "" (no reference: checked reference-free).
	Paired string
	Err    error
}

// PairRules say where an article's references and source are.
type PairRules struct {
	// RefPatterns and SourcePatterns are file patterns relative to the
	// article's directory, in which {name} is the article's file name
	// without its extension and {ext} the extension without the dot;
	// *, ? and [..] match as in a shell glob.
	RefPatterns    []string
	SourcePatterns []string
	// RefDirs and SourceDir hold files at the same relative paths as the
	// articles; when set they are used instead of the patterns.
	RefDirs   []string
	SourceDir string
}

// Default pairing: story.txt with story.ref.txt, story.ref2.txt,
// story.ref-bbc.txt … and story.src.txt (or .src-uk.txt …) beside it.
var (
	DefaultRefPatterns    = []string{"{name}.ref*.{ext}"}
	DefaultSourcePatterns = []string{"{name}.src*.{ext}"}
)

// DiscoverOptions tune Discover.
type DiscoverOptions struct {
	Pair PairRules
	// NoPairing: references and source come from elsewhere (--ref,
	// --source); Discover only lists the articles.
	NoPairing bool
	// Exclude lists globs of files not to check (** matches any number of
	// directories; a pattern without a slash matches the file name).
	Exclude []string
	// Skip lists files that are not inputs though a directory or glob may
	// find them: the run's own outputs, the glossary, the manifest.
	Skip []string
}

// Discover expands the command-line inputs — files, directories (walked
// recursively for articles and corpus files, hidden entries skipped) and
// globs (with **) — into items in a stable order: arguments in the order
// given, each directory's or glob's files in lexical order. A file that is
// the reference or source of another input is not itself an input. Each
// article is paired with its references and source by the rules.
func Discover(args []string, opt DiscoverOptions) []Item {
	d := &discoverer{opt: opt, seen: map[string]bool{}, dirs: map[string][]string{}, skip: map[string]bool{}}
	for _, s := range opt.Skip {
		if a, err := filepath.Abs(s); err == nil {
			d.skip[a] = true
		}
	}
	for _, a := range args {
		d.arg(a)
	}
	d.dropCompanions()
	for i := range d.items {
		d.pair(&d.items[i])
	}
	return d.items
}

type discoverer struct {
	opt   DiscoverOptions
	items []Item
	seen  map[string]bool
	skip  map[string]bool
	dirs  map[string][]string // directory listings, cached for pairing
	// refs and srcs are each article's companions by the patterns, found
	// once by dropCompanions and used again by pair.
	refs, srcs map[string][]string
}

func (d *discoverer) add(it Item) {
	if it.Path != "-" && it.Err == nil {
		key := filepath.Clean(it.Path)
		if d.seen[key] {
			return
		}
		d.seen[key] = true
	}
	it.Kind = KindOf(it.Path)
	d.items = append(d.items, it)
}

func (d *discoverer) arg(a string) {
	if a == "-" {
		d.add(Item{Path: "-", Rel: Stdin})
		return
	}
	st, err := os.Stat(a)
	switch {
	case err == nil && st.IsDir():
		if d.walk(a, a) == 0 {
			d.add(Item{Path: a, Err: &InputError{a, "is a directory with no files to check (.txt, .md, .markdown, .tsv, .jsonl, .xlf, .xliff, .po)"}})
		}
		return
	case err == nil:
		d.add(Item{Path: a, Rel: filepath.Base(a)})
		return
	case hasMeta(a):
		base, _ := doublestar.SplitPattern(filepath.ToSlash(a))
		matches, gerr := doublestar.FilepathGlob(a)
		if gerr != nil {
			d.add(Item{Path: a, Err: &InputError{a, "bad pattern: " + gerr.Error()}})
			return
		}
		sort.Strings(matches)
		n := 0
		for _, m := range matches {
			st, err := os.Stat(m)
			if err != nil {
				continue
			}
			if st.IsDir() {
				n += d.walk(m, base)
				continue
			}
			if d.excluded(m, m) {
				continue
			}
			d.add(Item{Path: m, Rel: relTo(base, m)})
			n++
		}
		if n == 0 {
			d.add(Item{Path: a, Err: &InputError{a, "no files match this pattern"}})
		}
		return
	}
	// Reported when the file is read, with the usual message.
	d.add(Item{Path: a, Rel: filepath.Base(a)})
}

func hasMeta(p string) bool { return strings.ContainsAny(p, "*?[{") }

func relTo(base, p string) string {
	r, err := filepath.Rel(filepath.FromSlash(base), p)
	if err != nil || strings.HasPrefix(r, "..") {
		return filepath.Base(p)
	}
	return r
}

func (d *discoverer) walk(root, base string) int {
	n := 0
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			d.add(Item{Path: p, Err: &InputError{p, "cannot read: " + describe(err)}})
			if e != nil && e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := e.Name()
		if p != root && strings.HasPrefix(name, ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() || !walkExts[strings.ToLower(filepath.Ext(name))] {
			return nil
		}
		if e.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(p); err != nil || st.IsDir() {
				return nil
			}
		}
		if d.excluded(p, relTo(root, p)) {
			return nil
		}
		d.add(Item{Path: p, Rel: relTo(base, p)})
		n++
		return nil
	})
	if err != nil {
		d.add(Item{Path: root, Err: &InputError{root, "cannot read: " + describe(err)}})
	}
	return n
}

func (d *discoverer) excluded(p, rel string) bool {
	if a, err := filepath.Abs(p); err == nil && d.skip[a] {
		return true
	}
	return MatchAny(d.opt.Exclude, p) || rel != p && MatchAny(d.opt.Exclude, rel)
}

// MatchAny reports whether a path matches one of the globs: ** matches
// any number of directories, and a pattern without a slash matches the
// file name in any directory.
func MatchAny(globs []string, p string) bool {
	slash := filepath.ToSlash(filepath.Clean(p))
	for _, g := range globs {
		g = filepath.ToSlash(g)
		target := slash
		if !strings.Contains(g, "/") {
			target = path.Base(slash)
		}
		if ok, _ := doublestar.Match(strings.TrimPrefix(g, "./"), strings.TrimPrefix(target, "./")); ok {
			return true
		}
	}
	return false
}

// dropCompanions removes inputs that are the reference or source of
// another input, by the pairing patterns: `mtcheck check news/*.txt` must
// not check news/story.ref.txt as an article.
func (d *discoverer) dropCompanions() {
	comp := map[string]bool{}
	d.refs, d.srcs = map[string][]string{}, map[string][]string{}
	for _, it := range d.items {
		if it.Err != nil || it.Kind != Text || it.Path == "-" {
			continue
		}
		refs, srcs := d.companions(it.Path, d.refPatterns()), d.companions(it.Path, d.sourcePatterns())
		d.refs[it.Path], d.srcs[it.Path] = refs, srcs
		for _, c := range append(refs, srcs...) {
			if c != filepath.Clean(it.Path) {
				comp[c] = true
			}
		}
	}
	out := d.items[:0]
	for _, it := range d.items {
		if it.Err == nil && comp[filepath.Clean(it.Path)] {
			continue
		}
		out = append(out, it)
	}
	d.items = out
}

func (d *discoverer) refPatterns() []string {
	if len(d.opt.Pair.RefPatterns) > 0 {
		return d.opt.Pair.RefPatterns
	}
	return DefaultRefPatterns
}

func (d *discoverer) sourcePatterns() []string {
	if len(d.opt.Pair.SourcePatterns) > 0 {
		return d.opt.Pair.SourcePatterns
	}
	return DefaultSourcePatterns
}

// companions lists the existing files that the patterns name for an
// article, in lexical order.
func (d *discoverer) companions(article string, patterns []string) []string {
	dir, file := filepath.Split(article)
	ext := filepath.Ext(file)
	name := strings.TrimSuffix(file, ext)
	var out []string
	for _, p := range patterns {
		p = strings.NewReplacer("{name}", escapeGlob(name), "{ext}", escapeGlob(strings.TrimPrefix(ext, "."))).Replace(p)
		full := filepath.Join(dir, filepath.FromSlash(p))
		pdir, pfile := filepath.Split(full)
		// Only the names that begin with the pattern's literal prefix can
		// match: a binary search finds them in the sorted listing, so
		// pairing stays linear in the number of files in a directory.
		names, lit := d.list(filepath.Clean(pdir)), literalPrefix(pfile)
		for _, n := range names[sort.SearchStrings(names, lit):] {
			if !strings.HasPrefix(n, lit) {
				break
			}
			if ok, _ := path.Match(pfile, n); ok {
				out = append(out, filepath.Join(pdir, n))
			}
		}
	}
	sort.Strings(out)
	return out
}

var globEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`)

func escapeGlob(s string) string { return globEscaper.Replace(s) }

// literalPrefix is the part of a glob pattern before its first wildcard,
// with escapes resolved: every name the pattern matches begins with it.
func literalPrefix(pattern string) string {
	var b strings.Builder
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; c {
		case '*', '?', '[':
			return b.String()
		case '\\':
			if i+1 < len(pattern) {
				i++
				b.WriteByte(pattern[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// list returns a directory's regular files in lexical order, read once per
// run.
func (d *discoverer) list(dir string) []string {
	if names, ok := d.dirs[dir]; ok {
		return names
	}
	var names []string
	if es, err := os.ReadDir(dir); err == nil {
		for _, e := range es {
			if !e.IsDir() {
				names = append(names, e.Name())
			}
		}
	}
	sort.Strings(names)
	d.dirs[dir] = names
	return names
}

func (d *discoverer) pair(it *Item) {
	if it.Err != nil || it.Kind != Text || it.Path == "-" || d.opt.NoPairing {
		return
	}
	pr := d.opt.Pair
	if len(pr.RefDirs) > 0 || pr.SourceDir != "" {
		for _, dir := range pr.RefDirs {
			if p := filepath.Join(dir, it.Rel); isFile(p) {
				it.Refs = append(it.Refs, p)
			}
		}
		if pr.SourceDir != "" {
			if p := filepath.Join(pr.SourceDir, it.Rel); isFile(p) {
				it.Source = p
			}
		}
		if len(it.Refs) > 0 {
			it.Paired = "ref-dir"
		}
		return
	}
	it.Refs = d.refs[it.Path]
	if src := d.srcs[it.Path]; len(src) > 0 {
		it.Source = src[0]
	}
	if len(it.Refs) > 0 {
		it.Paired = "convention"
	}
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
