package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Outputs are written to temporary files in their own folder and renamed
// over their destinations only when every output of the document is
// written whole: a failure or an interruption leaves the old set, never a
// new .md beside an old .pdf. Temporary files carry the writer's process
// id, so a later run can tell the debris of a killed one from the files
// of a run still going and remove it.

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
	temps      *tempSet // nil: temporaries are not tracked
}

var osFS = fileSystem{createTemp: func(dir, pattern string) (tempFile, error) {
	return os.CreateTemp(dir, pattern)
}}

// tempMarker is in the name of every temporary file of ours, followed by
// the process id.
const tempMarker = ".publish-"

// tempPattern names the temporary file for dest: hidden, our marker, the
// process id, a random number (the "*" of os.CreateTemp).
func tempPattern(dest string) string {
	return "." + filepath.Base(dest) + tempMarker + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// tempSet tracks the temporary files this process has open, to remove them
// when it is interrupted, and the folders already cleaned of stale ones.
type tempSet struct {
	mu      sync.Mutex
	live    map[string]bool
	cleaned map[string]bool
	closed  bool // interrupted: no new temporary file
}

func newTempSet() *tempSet {
	return &tempSet{live: map[string]bool{}, cleaned: map[string]bool{}}
}

var errInterrupted = errors.New("interrupted")

// create makes a temporary file and records it, under the lock, so that
// removeAll never misses one being made.
func (ts *tempSet) create(fsys fileSystem, dir, pattern string) (tempFile, error) {
	if ts == nil {
		return fsys.createTemp(dir, pattern)
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.closed {
		return nil, errInterrupted
	}
	f, err := fsys.createTemp(dir, pattern)
	if err == nil {
		ts.live[f.Name()] = true
	}
	return f, err
}

// done forgets a temporary file that was renamed or removed.
func (ts *tempSet) done(name string) {
	if ts == nil {
		return
	}
	ts.mu.Lock()
	delete(ts.live, name)
	ts.mu.Unlock()
}

// removeAll removes every temporary file still open and refuses new ones;
// it returns how many it removed.
func (ts *tempSet) removeAll() int {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.closed = true
	n := 0
	for name := range ts.live {
		if os.Remove(name) == nil {
			n++
		}
		delete(ts.live, name)
	}
	return n
}

// cleanStale removes, once per folder and run, the temporary files of
// ours that no running process writes any more: those of a process that
// is gone, or older than a day.
func (ts *tempSet) cleanStale(dir string) {
	if ts == nil {
		return
	}
	ts.mu.Lock()
	if ts.cleaned[dir] {
		ts.mu.Unlock()
		return
	}
	ts.cleaned[dir] = true
	ts.mu.Unlock()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, ok := tempOwner(e.Name())
		if !ok || !e.Type().IsRegular() || pid == os.Getpid() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if !processAlive(pid) || time.Since(info.ModTime()) > 24*time.Hour {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// tempOwner reads the process id out of a temporary file name of ours.
func tempOwner(name string) (int, bool) {
	if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") {
		return 0, false
	}
	k := strings.LastIndex(name, tempMarker)
	if k < 0 {
		return 0, false
	}
	pid, random, ok := strings.Cut(strings.TrimSuffix(name[k+len(tempMarker):], ".tmp"), "-")
	if !ok || random == "" || strings.Trim(random, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(pid)
	return n, err == nil && n > 0
}

// batch is the outputs of one document being written, each to its
// temporary file: writers fill them (the PDF and the EPUB are written as
// they are made, never held whole in memory), commit renames them all.
type batch struct {
	fsys  fileSystem
	paths []string
	temps []tempFile
	sizes []int
	errs  []error
}

// begin creates a temporary file beside each path; on failure nothing is
// left.
func (fsys fileSystem) begin(paths []string) (*batch, error) {
	b := &batch{fsys: fsys, paths: paths, sizes: make([]int, len(paths)), errs: make([]error, len(paths))}
	for _, p := range paths {
		f, err := fsys.create(p)
		if err != nil {
			b.abort()
			return nil, err
		}
		b.temps = append(b.temps, f)
	}
	return b, nil
}

// writer is where output i is written; its errors name the output.
func (b *batch) writer(i int) io.Writer { return batchWriter{b, i} }

type batchWriter struct {
	b *batch
	i int
}

func (w batchWriter) Write(p []byte) (int, error) {
	b := w.b
	if b.errs[w.i] != nil {
		return 0, b.errs[w.i]
	}
	n, err := b.temps[w.i].Write(p)
	b.sizes[w.i] += n
	if err != nil {
		b.errs[w.i] = fmt.Errorf("%s: %w", b.paths[w.i], unwrapPath(err))
	}
	return n, b.errs[w.i]
}

// abort removes every temporary file.
func (b *batch) abort() {
	for _, f := range b.temps {
		if f == nil {
			continue
		}
		f.Close()
		os.Remove(f.Name())
		b.fsys.temps.done(f.Name())
	}
	b.temps = nil
}

// commit closes the temporary files and, when all are whole, renames
// them into place. It returns how many outputs it renamed: all of them,
// or none when writing failed. note is told about read-only outputs
// replaced.
func (b *batch) commit(note func(string)) (int, error) {
	for i, f := range b.temps {
		err := b.errs[i]
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("%s: %w", b.paths[i], unwrapPath(cerr))
		}
		if cerr := os.Chmod(f.Name(), 0o644); err == nil && cerr != nil && !errors.Is(cerr, os.ErrNotExist) {
			err = fmt.Errorf("%s: %w", b.paths[i], unwrapPath(cerr))
		}
		if err != nil {
			b.abort()
			return 0, err
		}
	}
	for i, f := range b.temps {
		path := b.paths[i]
		if st, err := os.Lstat(path); err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o200 == 0 && note != nil {
			note(fmt.Sprintf("%s: replacing a read-only file", path))
		}
		if err := os.Rename(f.Name(), path); err != nil {
			b.temps = b.temps[i:]
			b.abort()
			return i, fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		b.fsys.temps.done(f.Name())
	}
	b.temps = nil
	return len(b.paths), nil
}

// commit writes files whose bytes are known through one batch.
func (fsys fileSystem) commit(files []outFile, note func(string)) (int, error) {
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.path
	}
	b, err := fsys.begin(paths)
	if err != nil {
		return 0, err
	}
	for i, f := range files {
		if _, err := b.writer(i).Write(f.data); err != nil {
			b.abort()
			return 0, err
		}
	}
	return b.commit(note)
}

// writeAtomic writes one file through a temporary file and a rename.
func (fsys fileSystem) writeAtomic(path string, data []byte) error {
	_, err := fsys.commit([]outFile{{path, data}}, nil)
	return err
}

// create makes the temporary file for path, in its folder (created if
// need be), after removing stale temporaries there.
func (fsys fileSystem) create(path string) (tempFile, error) {
	dir := filepath.Dir(path)
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s: output path is a folder", path)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: cannot create output folder: %w", dir, unwrapPath(err))
	}
	fsys.temps.cleanStale(dir)
	f, err := fsys.temps.create(fsys, dir, tempPattern(path))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot write output folder: %w", dir, unwrapPath(err))
	}
	return f, nil
}
