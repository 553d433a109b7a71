package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mtcheck/mtcheck/check"
	"github.com/mtcheck/mtcheck/internal/fsutil"
)

// PhraseIndex holds the counts of the words, pairs and triples of words of
// a corpus of good English, by hash (check.PhraseKey). It implements
// check.PhraseIndex.
type PhraseIndex struct {
	keys   []uint64
	counts []uint32
	tokens int
	Files  int
	dir    string
}

// Name is the corpus folder the index was built from.
func (p *PhraseIndex) Name() string { return p.dir }

// Count returns how often a sequence of one to three words occurs.
func (p *PhraseIndex) Count(words ...string) int {
	k := check.PhraseKey(words...)
	i := sort.Search(len(p.keys), func(i int) bool { return p.keys[i] >= k })
	if i < len(p.keys) && p.keys[i] == k {
		return int(p.counts[i])
	}
	return 0
}

// Tokens is the number of words in the corpus.
func (p *PhraseIndex) Tokens() int { return p.tokens }

// Entries is the number of distinct sequences counted.
func (p *PhraseIndex) Entries() int { return len(p.keys) }

const phraseMagic = "mtcheck-phrases-1\n"

// corpusFiles lists the text files of a corpus folder: .txt and .md,
// recursively, in a stable order.
func corpusFiles(dir string) ([]string, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %v", dir, describe(err))
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("corpus %s: not a directory", dir)
	}
	var out []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != dir {
			return filepath.SkipDir
		}
		ext := strings.ToLower(filepath.Ext(p))
		if !d.IsDir() && (ext == ".txt" || ext == ".md" || ext == ".markdown") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %v", dir, describe(err))
	}
	sort.Strings(out)
	return out, nil
}

// fingerprint identifies a corpus folder's content cheaply: the paths,
// sizes and modification times of its files.
func fingerprint(dir string, files []string) string {
	h := sha256.New()
	io.WriteString(h, phraseMagic)
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			continue
		}
		rel, _ := filepath.Rel(dir, f)
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", rel, st.Size(), st.ModTime().UnixNano())
	}
	return fmt.Sprintf("%x", h.Sum(nil))[:24]
}

// BuildPhraseIndex counts the words, pairs and triples of the text files in
// dir. Files that cannot be read as text are skipped and named in skipped.
func BuildPhraseIndex(dir string) (idx *PhraseIndex, skipped []string, err error) {
	files, err := corpusFiles(dir)
	if err != nil {
		return nil, nil, err
	}
	idx, skipped, err = buildFrom(files)
	if idx != nil {
		idx.dir = dir
	}
	return idx, skipped, err
}

func buildFrom(files []string) (*PhraseIndex, []string, error) {
	counts := map[uint64]uint32{}
	idx := &PhraseIndex{}
	rd := &Reader{}
	var skipped []string
	for _, f := range files {
		text, err := rd.ReadText(f)
		if err != nil {
			skipped = append(skipped, err.Error())
			continue
		}
		idx.Files++
		d := check.Parse(f, text, check.ParseOptions{})
		for _, s := range d.Sentences {
			seq := check.PhraseSequence(s)
			for i, w := range seq {
				if w == "" {
					continue
				}
				idx.tokens++
				counts[check.PhraseKey(w)]++
				if i >= 1 && seq[i-1] != "" {
					counts[check.PhraseKey(seq[i-1], w)]++
					if i >= 2 && seq[i-2] != "" {
						counts[check.PhraseKey(seq[i-2], seq[i-1], w)]++
					}
				}
			}
		}
	}
	idx.keys = make([]uint64, 0, len(counts))
	for k := range counts {
		idx.keys = append(idx.keys, k)
	}
	sort.Slice(idx.keys, func(i, j int) bool { return idx.keys[i] < idx.keys[j] })
	idx.counts = make([]uint32, len(idx.keys))
	for i, k := range idx.keys {
		idx.counts[i] = counts[k]
	}
	return idx, skipped, nil
}

// LoadPhraseIndex returns the index of a corpus folder, from cacheDir when
// the folder has not changed since it was built, else building it and
// saving it there (atomically, so concurrent runs never see half a file).
// built reports whether it was built now.
func LoadPhraseIndex(dir, cacheDir string) (idx *PhraseIndex, built bool, skipped []string, err error) {
	files, err := corpusFiles(dir)
	if err != nil {
		return nil, false, nil, err
	}
	if len(files) == 0 {
		return nil, false, nil, fmt.Errorf("corpus %s: no .txt or .md files", dir)
	}
	path := filepath.Join(cacheDir, "phrases-"+fingerprint(dir, files)+".idx")
	if idx, err := readPhraseIndex(path); err == nil {
		idx.dir = dir
		return idx, false, nil, nil
	}
	idx, skipped, err = buildFrom(files)
	if idx != nil {
		idx.dir = dir
	}
	if err != nil {
		return nil, false, nil, err
	}
	if idx.Files == 0 {
		return nil, false, skipped, fmt.Errorf("corpus %s: no readable text files", dir)
	}
	if err := os.MkdirAll(cacheDir, 0o755); err == nil {
		// A cache that cannot be written costs a rebuild next time, no more.
		_ = fsutil.WriteAtomic(path, func(w io.Writer) error { return idx.write(w) })
	}
	return idx, true, skipped, nil
}

// write stores the index compactly: a header, then the sorted keys as
// varint deltas with their counts.
func (p *PhraseIndex) write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(phraseMagic)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:n])
	}
	put(uint64(p.tokens))
	put(uint64(p.Files))
	put(uint64(len(p.keys)))
	prev := uint64(0)
	for i, k := range p.keys {
		put(k - prev)
		put(uint64(p.counts[i]))
		prev = k
	}
	return bw.Flush()
}

func readPhraseIndex(path string) (*PhraseIndex, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	magic := make([]byte, len(phraseMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != phraseMagic {
		return nil, errors.New("not a phrase index")
	}
	get := func() uint64 {
		v, e := binary.ReadUvarint(br)
		if e != nil && err == nil {
			err = e
		}
		return v
	}
	p := &PhraseIndex{tokens: int(get()), Files: int(get())}
	n := get()
	if err != nil || n > 1<<32 {
		return nil, errors.New("corrupt phrase index")
	}
	p.keys = make([]uint64, n)
	p.counts = make([]uint32, n)
	prev := uint64(0)
	for i := range p.keys {
		prev += get()
		p.keys[i] = prev
		p.counts[i] = uint32(get())
	}
	if err != nil {
		return nil, fmt.Errorf("corrupt phrase index: %v", err)
	}
	return p, nil
}
