package fix

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mtcheck/mtcheck/internal/fsutil"
)

// VersionsDir is where earlier versions of a file are kept: beside it, in
// .mtcheck/versions/NAME/, as 1.EXT (the first version replaced), 2.EXT, …
func VersionsDir(path string) string {
	return filepath.Join(filepath.Dir(path), ".mtcheck", "versions", filepath.Base(path))
}

// Version is a kept earlier version of a file.
type Version struct {
	N    int
	Path string
	Time time.Time
}

// Versions lists the kept versions of a file, oldest first.
func Versions(path string) ([]Version, error) {
	dir := VersionsDir(path)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Version
	for _, e := range entries {
		name := e.Name()
		n, err := strconv.Atoi(strings.TrimSuffix(name, filepath.Ext(name)))
		if err != nil || e.IsDir() {
			continue
		}
		info, _ := e.Info()
		v := Version{N: n, Path: filepath.Join(dir, name)}
		if info != nil {
			v.Time = info.ModTime()
		}
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].N < out[j].N })
	return out, nil
}

// Write replaces a file's content atomically. When the file exists with
// different content, that content is first kept as the next version, so
// every state the file was in can be compared with any other. It returns
// the version kept (N is 0 when none was: a new file, or no change).
func Write(path, content string) (Version, error) {
	old, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return Version{}, fmt.Errorf("%s: %v", path, unwrap(err))
	case string(old) == content:
		return Version{}, nil
	}
	var kept Version
	if err == nil {
		vs, err := Versions(path)
		if err != nil {
			return Version{}, fmt.Errorf("%s: %v", VersionsDir(path), unwrap(err))
		}
		n := 1
		if len(vs) > 0 {
			n = vs[len(vs)-1].N + 1
		}
		dir := VersionsDir(path)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return Version{}, fmt.Errorf("%s: %v", dir, unwrap(err))
		}
		kept = Version{N: n, Path: filepath.Join(dir, strconv.Itoa(n)+filepath.Ext(path)), Time: time.Now()}
		if err := fsutil.WriteAtomic(kept.Path, func(w io.Writer) error { _, err := w.Write(old); return err }); err != nil {
			return Version{}, err
		}
	}
	if err := fsutil.WriteAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, content); return err }); err != nil {
		return Version{}, err
	}
	return kept, nil
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Resolve reads a version spec: a path; PATH@N, the Nth kept version;
// PATH@prev, the latest kept version. It returns the file to read.
func Resolve(spec string) (string, error) {
	if _, err := os.Stat(spec); err == nil {
		return spec, nil
	}
	at := strings.LastIndexByte(spec, '@')
	if at <= 0 {
		return spec, nil
	}
	path, which := spec[:at], spec[at+1:]
	vs, err := Versions(path)
	if err != nil {
		return "", fmt.Errorf("%s: %v", spec, err)
	}
	if len(vs) == 0 {
		return "", fmt.Errorf("%s: %s has no kept versions (they are kept in %s when mtcheck fix --write replaces it)", spec, path, VersionsDir(path))
	}
	if which == "prev" {
		return vs[len(vs)-1].Path, nil
	}
	n, err := strconv.Atoi(which)
	if err == nil {
		for _, v := range vs {
			if v.N == n {
				return v.Path, nil
			}
		}
	}
	return "", fmt.Errorf("%s: no such version (%s has versions %d to %d, and prev)", spec, path, vs[0].N, vs[len(vs)-1].N)
}
