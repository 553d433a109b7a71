package cli

import (
	"fmt"
	"hash/fnv"
	"path/filepath"
	"strconv"
	"strings"
)

// shardSpec is --shard K/N: this run checks part K (1-based) of N.
type shardSpec struct{ k, n int }

func (s shardSpec) active() bool { return s.n > 1 }

func parseShard(s string) (shardSpec, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	k, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 1 || k > n {
		return shardSpec{}, fmt.Errorf("%q: want K/N with 1 <= K <= N, e.g. 2/8", s)
	}
	return shardSpec{k, n}, nil
}

// owns reports whether the input at path belongs to this shard. The part
// is decided by a hash of the path as given (with forward slashes), so every
// machine that lists the same inputs the same way agrees on it, whatever
// the order of the inputs or the number of CPUs.
func (s shardSpec) owns(path string) bool {
	if !s.active() {
		return true
	}
	return shardOf(path, s.n) == s.k
}

func shardOf(path string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(filepath.ToSlash(filepath.Clean(path))))
	return int(h.Sum64()%uint64(n)) + 1
}
