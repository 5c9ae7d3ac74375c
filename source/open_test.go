package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	lim := Limits{Bytes: 1 << 20, PipeWriter: 200 * time.Millisecond}
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte("正文。\n"), 0o644)
	sparse := filepath.Join(dir, "sparse.txt")
	f, _ := os.Create(sparse)
	f.Truncate(3 << 30) // reports 3 GB, takes no disk
	f.Close()
	fifo := filepath.Join(dir, "nowriter.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	cases := []struct {
		name, path string
		is         error
		msg        string
	}{
		{"regular file", small, nil, ""},
		{"larger than the cap by its size", sparse, ErrTooLarge, "sparse.txt: 3072 MB is larger than 1 MB: not a document"},
		{"character device", "/dev/zero", ErrDevice, "/dev/zero: a character device: not a regular file or a pipe"},
		{"folder", dir, nil, "is a folder"},
		{"named pipe without a writer", fifo, ErrNoWriter, "nowriter.fifo: named pipe has no writer (waited 200ms)"},
		{"missing", filepath.Join(dir, "nope.txt"), os.ErrNotExist, "nope.txt: no such file or directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			data, err := ReadFile(c.path, lim)
			if time.Since(start) > 5*time.Second {
				t.Errorf("took %s", time.Since(start))
			}
			if c.msg == "" {
				if err != nil || string(data) != "正文。\n" {
					t.Fatalf("got %q, %v", data, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, read %d bytes", len(data))
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("%v is not %v", err, c.is)
			}
			if !strings.Contains(err.Error(), c.msg) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q, want one line with %q", err, c.msg)
			}
		})
	}
}

// TestReadFilePipe feeds named pipes from another goroutine: the cap holds
// for what is read, whatever the pipe's size says (nothing).
func TestReadFilePipe(t *testing.T) {
	dir := t.TempDir()
	lim := Limits{Bytes: 1 << 20, PipeWriter: 5 * time.Second}
	for _, c := range []struct {
		name string
		size int
		err  error
	}{{"within the cap", 1000, nil}, {"beyond the cap", 3 << 20, ErrTooLarge}, {"writer closes at once", 0, nil}} {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-"))
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skipf("no named pipes here: %v", err)
			}
			go func() {
				w, err := os.OpenFile(p, os.O_WRONLY, 0)
				if err != nil {
					return
				}
				defer w.Close()
				w.Write([]byte(strings.Repeat("字", c.size/3)))
			}()
			data, err := ReadFile(p, lim)
			if !errors.Is(err, c.err) {
				t.Fatalf("error %v, want %v", err, c.err)
			}
			if err == nil && len(data) != c.size/3*3 {
				t.Errorf("read %d bytes, want %d", len(data), c.size/3*3)
			}
		})
	}
}

func TestReadAllCap(t *testing.T) {
	lim := Limits{Bytes: 10}
	if _, err := ReadAll("<stdin>", strings.NewReader(strings.Repeat("x", 11)), lim); !errors.Is(err, ErrTooLarge) ||
		err.Error() != "<stdin>: larger than 10 bytes: not a document" {
		t.Errorf("11 bytes: %v", err)
	}
	if data, err := ReadAll("<stdin>", strings.NewReader("0123456789"), lim); err != nil || len(data) != 10 {
		t.Errorf("10 bytes: %q, %v", data, err)
	}
}
