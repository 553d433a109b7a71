// Package fsutil writes files so that readers never see half of one.
package fsutil

import (
	"io"
	"os"
)

// WriteAtomic writes a file by writing a temporary file in the same
// directory and renaming it over the target, so the target is either the old
// content or the complete new content, never a part. An existing file's
// permissions are kept.
func WriteAtomic(path string, write func(io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
