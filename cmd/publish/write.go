package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// tempFile is what an atomic write needs of a file; tests inject one that
// fails like a full disk.
type tempFile interface {
	io.Writer
	Name() string
	Close() error
}

// fileSystem creates temporary files next to their destination. The
// default is the real one.
type fileSystem struct {
	createTemp func(dir, pattern string) (tempFile, error)
}

var osFS = fileSystem{createTemp: func(dir, pattern string) (tempFile, error) {
	return os.CreateTemp(dir, pattern)
}}

// writeAtomic writes data to path through a temporary file in the same
// folder and a rename, so that a failed write never leaves a partial file
// and never destroys an existing good one.
func (fsys fileSystem) writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("%s: output path is a folder", path)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: cannot create output folder: %w", dir, unwrapPath(err))
	}
	f, err := fsys.createTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: cannot write output folder: %w", dir, unwrapPath(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if err := os.Chmod(tmp, 0o644); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	return nil
}
