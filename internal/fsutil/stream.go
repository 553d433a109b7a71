package fsutil

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// File is a file being written atomically: writes go to a temporary file
// beside the target, which Commit renames over it and Abort removes, so
// the target never holds part of the output, however long writing takes.
type File struct {
	path string
	tmp  *os.File
	bw   *bufio.Writer
	mode os.FileMode
}

// Create starts writing path atomically. An existing file's permissions
// are kept.
func Create(path string) (*File, error) {
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", path)
		}
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("%s: cannot write: %w", path, unwrapPath(err))
	}
	return &File{path: path, tmp: tmp, bw: bufio.NewWriter(tmp), mode: mode}, nil
}

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) { return f.bw.Write(p) }

// Commit makes the written content the file's.
func (f *File) Commit() error {
	fail := func(err error) error {
		f.Abort()
		return fmt.Errorf("%s: cannot write: %w", f.path, unwrapPath(err))
	}
	if err := f.bw.Flush(); err != nil {
		return fail(err)
	}
	if err := f.tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := f.tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Chmod(f.tmp.Name(), f.mode); err != nil {
		return fail(err)
	}
	if err := os.Rename(f.tmp.Name(), f.path); err != nil {
		return fail(err)
	}
	return nil
}

// Abort drops what was written; the target is left as it was.
func (f *File) Abort() {
	f.tmp.Close()
	os.Remove(f.tmp.Name())
}
