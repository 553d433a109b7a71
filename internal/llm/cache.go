package llm

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/mtcheck/mtcheck/internal/fsutil"
)

// DefaultCacheDir is where answers are cached unless told otherwise: the
// user cache directory (XDG_CACHE_HOME, ~/Library/Caches, %LocalAppData%).
func DefaultCacheDir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "mtcheck", "llm")
}

// cache is content-addressed: a request's key is the SHA-256 of everything
// that decides its answer, and the answer lives at DIR/ab/abcdef….json. Files
// are written to a temporary name and renamed, so concurrent processes
// either see a whole entry or none, and two writers of one key write the
// same answer.
type cache struct{ dir string }

type cacheEntry struct {
	Key          string `json:"key"`
	Model        string `json:"model"`
	Prompt       string `json:"prompt"`
	Version      string `json:"version"`
	Content      string `json:"content"`
	FinishReason string `json:"finish_reason"`
	Usage        struct {
		Prompt     int64 `json:"prompt_tokens"`
		Completion int64 `json:"completion_tokens"`
	} `json:"usage"`
}

func (c *cache) path(key string) string { return filepath.Join(c.dir, key[:2], key+".json") }

func (c *cache) get(key string) (*cacheEntry, bool) {
	if c == nil {
		return nil, false
	}
	data, err := os.ReadFile(c.path(key))
	if err != nil {
		return nil, false
	}
	var e cacheEntry
	if json.Unmarshal(data, &e) != nil || e.Key != key {
		return nil, false // a damaged entry is a miss, and is rewritten
	}
	return &e, true
}

func (c *cache) put(e *cacheEntry) error {
	if c == nil {
		return nil
	}
	p := c.path(e.Key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return fsutil.WriteAtomic(p, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(e)
	})
}

// cacheKey hashes the parts of a request that decide its answer: the
// endpoint, model, prompt name and version, messages and parameters. It
// leaves out the API key and the response_format mode (a transport detail:
// every mode's answer is validated against the same schema).
func cacheKey(parts ...any) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, p := range parts {
		_ = enc.Encode(p)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func openCache(dir string) (*cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, errorf("cache directory %s: %v", dir, pe.Err)
		}
		return nil, errorf("cache directory %s: %v", dir, err)
	}
	return &cache{dir: dir}, nil
}
