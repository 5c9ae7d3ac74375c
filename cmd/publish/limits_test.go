package main

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run the real command (signals, exit codes) as a
// child process of the test binary.
func TestMain(m *testing.M) {
	if os.Getenv("PUBLISH_TEST_MAIN") == "1" {
		args := strings.Fields(os.Getenv("PUBLISH_TEST_ARGS"))
		fsys := osFS
		if ready := os.Getenv("PUBLISH_TEST_STALL"); ready != "" {
			// Writes stall after their first bytes, once the file ready
			// exists: the parent interrupts the run then.
			fsys = fileSystem{createTemp: func(dir, pattern string) (tempFile, error) {
				f, err := os.CreateTemp(dir, pattern)
				if err != nil {
					return nil, err
				}
				return &stallingFile{File: f, ready: ready}, nil
			}}
		}
		os.Exit(mainWith(args, fsys))
	}
	os.Exit(m.Run())
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		name  string
		env   string
		args  []string
		want  string
		code  int
		files int
	}{
		{"font size NaN", "", []string{"--font-size", "NaN"}, "--font-size NaN is not a size", 2, 0},
		{"font size Inf", "", []string{"--font-size", "Inf"}, "--font-size +Inf is out of range", 2, 0},
		{"empty output folder", "", []string{"-o", ""}, "-o needs a file or a folder", 2, 0},
		{"date past 9999", "253402300800", nil, "SOURCE_DATE_EPOCH=253402300800 is after the year 9999", 2, 0},
		{"last second of 9999", "253402300799", nil, "", 0, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.env != "" {
				t.Setenv("SOURCE_DATE_EPOCH", c.env)
			}
			out := t.TempDir()
			args := append([]string{"-q"}, c.args...)
			if c.code == 0 {
				args = append(args, "-o", out)
			}
			code, _, stderr := runCmd(t, "", args...)
			if code != c.code || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") > 1 {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, c.code, c.want)
			}
			if entries, _ := os.ReadDir(out); len(entries) != c.files {
				t.Errorf("%d files written, want %d", len(entries), c.files)
			}
		})
	}
}

// brokenWriter fails like standard output redirected to /dev/full.
type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

func TestStandardOutputWriteErrors(t *testing.T) {
	in := writeFile(t, filepath.Join(t.TempDir(), "doc.txt"), []byte(goodText))
	for _, args := range [][]string{{"normalize", in}, {"--help"}, {"--version"}, {"fonts"}, {"--md", "-o", t.TempDir(), in}} {
		var errb bytes.Buffer
		code := run(args, strings.NewReader(""), brokenWriter{}, &errb)
		if code != 1 || !strings.Contains(errb.String(), "publish: writing standard output: no space left on device") {
			t.Errorf("%v: exit %d, stderr %q; want 1 and a write error", args, code, errb.String())
		}
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "PUBLISH_TEST_MAIN=1", "PUBLISH_TEST_ARGS=normalize "+in)
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Skip(err)
		}
		defer full.Close()
		cmd.Stdout = full
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err = cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("normalize > /dev/full: %v, stderr %q; want exit 1", err, errb.String())
		}
	}
}

// publishedOnce publishes a small document's Markdown and PDF into an
// output folder, as an earlier run would have.
func publishedOnce(t *testing.T) (dir, in, out string) {
	t.Helper()
	dir = t.TempDir()
	in = writeFile(t, filepath.Join(dir, "doc.txt"), []byte(goodText))
	out = filepath.Join(dir, "out")
	if code, _, stderr := runCmd(t, "", "--md", "--pdf", "-o", out, in); code != 0 {
		t.Fatalf("first run failed: %s", stderr)
	}
	return dir, in, out
}

// TestAllOutputsOrNone checks that a document whose second output cannot
// be written keeps its whole old set, leaves no temporary file, and is
// counted exactly.
func TestAllOutputsOrNone(t *testing.T) {
	d, in, out := publishedOnce(t)
	oldMD, _ := os.ReadFile(filepath.Join(out, "doc.md"))
	oldPDF, _ := os.ReadFile(filepath.Join(out, "doc.pdf"))

	var errb, stdout bytes.Buffer
	a := newApp(strings.NewReader(""), &stdout, &errb)
	made := 0
	a.fs = fileSystem{temps: newTempSet(), createTemp: func(dir, pattern string) (tempFile, error) {
		made++
		f, err := os.CreateTemp(dir, pattern)
		if err != nil || made < 2 {
			return f, err
		}
		return &failingFile{f: f, limit: 100}, nil
	}}
	code := a.publish([]string{"--md", "--pdf", "-o", out, "--title", "另一个标题", in})
	if code != 1 || !strings.Contains(errb.String(), "doc.pdf: no space left on device") {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	if !strings.Contains(errb.String(), "published 0 of 1 documents (0 files), 1 failed") {
		t.Errorf("summary not exact: %q", errb.String())
	}
	newMD, _ := os.ReadFile(filepath.Join(out, "doc.md"))
	newPDF, _ := os.ReadFile(filepath.Join(out, "doc.pdf"))
	if !bytes.Equal(oldMD, newMD) || !bytes.Equal(oldPDF, newPDF) {
		t.Error("a failed document replaced some of its outputs")
	}
	if stdout.Len() > 0 {
		t.Errorf("output lines for files not written: %q", stdout.String())
	}
	assertNoTempFiles(t, d)
}

func TestSummary(t *testing.T) {
	for _, c := range []struct {
		failed  []bool
		outputs []int
		want    string
	}{
		{[]bool{false}, []int{1}, "published 1 of 1 documents (1 file), 0 failed"},
		{[]bool{false, true}, []int{3, 0}, "published 1 of 2 documents (3 files), 1 failed"},
		{[]bool{true}, []int{1}, "published 0 of 1 documents (0 files), 1 failed (1 file of failed documents written)"},
	} {
		if got := summary(c.failed, c.outputs, 1500*time.Millisecond); got != c.want+", 1.50s" {
			t.Errorf("summary(%v, %v) = %q", c.failed, c.outputs, got)
		}
	}
}

// TestStaleTemporaries checks that a run removes the temporary files a
// killed run left in its output folder, and only those.
func TestStaleTemporaries(t *testing.T) {
	d := t.TempDir()
	in := writeFile(t, filepath.Join(d, "doc.txt"), []byte(goodText))
	out := filepath.Join(d, "out")
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skip(err)
	}
	dead := gone.Process.Pid
	stale := writeFile(t, filepath.Join(out, fmt.Sprintf(".doc.md.publish-%d-123.tmp", dead)), []byte("half"))
	live := writeFile(t, filepath.Join(out, fmt.Sprintf(".doc.pdf.publish-%d-456.tmp", os.Getppid())), []byte("busy"))
	other := writeFile(t, filepath.Join(out, ".notes.tmp"), []byte("not ours"))
	if code, _, stderr := runCmd(t, "", "--md", "-o", out, in); code != 0 {
		t.Fatal(stderr)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale temporary of process %d kept", dead)
	}
	for _, p := range []string{live, other} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed: %v", p, err)
		}
	}
}

func TestTempOwner(t *testing.T) {
	for name, want := range map[string]int{
		".doc.md.publish-42-123.tmp":        42,
		".a.publish-b.md.publish-7-9.tmp":   7,
		".doc.md.publish-42-.tmp":           0,
		".doc.md.publish-x-1.tmp":           0,
		"doc.md.publish-42-1.tmp":           0,
		".doc.md.12345.tmp":                 0,
		".doc.md.publish-42-123.tmp.backup": 0,
	} {
		if got, _ := tempOwner(name); got != want {
			t.Errorf("tempOwner(%q) = %d, want %d", name, got, want)
		}
	}
}

// stallingFile writes a little, tells the test so, and waits to be
// interrupted.
type stallingFile struct {
	*os.File
	ready string
}

func (w *stallingFile) Write(p []byte) (int, error) {
	n, err := w.File.Write(p[:min(len(p), 10)])
	os.WriteFile(w.ready, nil, 0o644)
	time.Sleep(time.Minute)
	return n, err
}

// TestInterruptedWhileWriting stops a run with SIGINT and SIGTERM while
// its first output is half written: the temporary file is removed, the
// earlier outputs are untouched, the exit status is the signal's.
func TestInterruptedWhileWriting(t *testing.T) {
	d := t.TempDir()
	in := writeFile(t, filepath.Join(d, "doc.txt"), []byte(goodText))
	out := filepath.Join(d, "out")
	old := writeFile(t, filepath.Join(out, "doc.md"), []byte("old"))
	for _, c := range []struct {
		sig  os.Signal
		code int
	}{{os.Interrupt, 130}, {syscall.SIGTERM, 143}} {
		ready := filepath.Join(d, "ready")
		os.Remove(ready)
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "PUBLISH_TEST_MAIN=1", "PUBLISH_TEST_STALL="+ready, "PUBLISH_TEST_ARGS=-q -o "+out+" "+in)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
			if _, err := os.Stat(ready); err == nil {
				break
			}
			if time.Since(start) > 30*time.Second {
				cmd.Process.Kill()
				t.Fatalf("the run never started writing: %s", errb.String())
			}
		}
		cmd.Process.Signal(c.sig)
		err := cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != c.code || !strings.Contains(errb.String(), "3 unfinished output files removed") {
			t.Errorf("%v: %v, stderr %q; want exit %d", c.sig, err, errb.String(), c.code)
		}
		assertNoTempFiles(t, out)
		if b, _ := os.ReadFile(old); string(b) != "old" {
			t.Errorf("%v: earlier output changed to %q", c.sig, b)
		}
	}
}

// TestFolderSymlinks checks that symbolic links inside an input folder
// are followed, and that a loop or a broken link is a warning, not a hang
// or a silent skip.
func TestFolderSymlinks(t *testing.T) {
	d := t.TempDir()
	in := filepath.Join(d, "in")
	writeFile(t, filepath.Join(in, "a.txt"), []byte(goodText))
	writeFile(t, filepath.Join(d, "elsewhere", "b.txt"), []byte(goodText))
	writeFile(t, filepath.Join(d, "shared", "c.md"), []byte("# 标题\n\n正文。\n"))
	links := map[string]string{
		filepath.Join(in, "b.txt"):         filepath.Join(d, "elsewhere", "b.txt"),
		filepath.Join(in, "shared"):        filepath.Join(d, "shared"),
		filepath.Join(in, "shared-loop"):   in,
		filepath.Join(in, "gone.txt"):      filepath.Join(d, "nothing.txt"),
		filepath.Join(d, "shared", "back"): filepath.Join(d, "shared"),
	}
	for link, target := range links {
		if err := os.Symlink(target, link); err != nil {
			t.Skip(err)
		}
	}
	ins, warnings := discover([]string{in}, filepath.Join(d, "out"))
	var names []string
	for _, x := range ins {
		if x.err != nil {
			t.Errorf("unexpected error: %v", x.err)
		}
		names = append(names, x.name)
	}
	if strings.Join(names, " ") != "a b shared/c" {
		t.Errorf("found %q, want a b shared/c", names)
	}
	all := strings.Join(warnings, "\n")
	for _, want := range []string{"shared-loop: skipped: the symbolic link leads back", "back: skipped: the symbolic link leads back", "gone.txt: skipped: broken symbolic link"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings %q lack %q", all, want)
		}
	}
}

func TestReadOnlyOutputNoted(t *testing.T) {
	d := t.TempDir()
	in := writeFile(t, filepath.Join(d, "doc.txt"), []byte(goodText))
	out := filepath.Join(d, "out")
	ro := writeFile(t, filepath.Join(out, "doc.md"), []byte("old"))
	os.Chmod(ro, 0o444)
	code, _, stderr := runCmd(t, "", "-v", "--md", "-o", out, in)
	if code != 0 || !strings.Contains(stderr, "doc.md: replacing a read-only file") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if b, _ := os.ReadFile(ro); string(b) == "old" {
		t.Error("not replaced")
	}
}

func TestDeviceInputs(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip(err)
	}
	start := time.Now()
	code, _, stderr := runCmd(t, "", "--md", "-o", t.TempDir(), "/dev/zero")
	if code != 1 || !strings.Contains(stderr, "/dev/zero: a character device: not a regular file or a pipe") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("took %s", time.Since(start))
	}
}

// TestMemoryBudget checks the soft memory limit and the collector's target
// follow the input in flight, and come back when the documents are done.
func TestMemoryBudget(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" {
		t.Skip("the environment sets the collector")
	}
	m := newMemoryBudget()
	gcPercent := func() int { p := debug.SetGCPercent(100); debug.SetGCPercent(p); return p }
	before := gcPercent()
	m.add(100 << 10)
	if got := debug.SetMemoryLimit(-1); got != memoryFloor || gcPercent() != gcOnLimit {
		t.Errorf("100 KB in flight: limit %d MB, GOGC %d", got>>20, gcPercent())
	}
	m.add(1<<20 - 100<<10)
	if got := debug.SetMemoryLimit(-1); got != memoryFloor || gcPercent() != midGC {
		t.Errorf("1 MB in flight: limit %d MB, GOGC %d", got>>20, gcPercent())
	}
	m.add(9 << 20)
	if got := debug.SetMemoryLimit(-1); got != memoryBase+15*(10<<20) || gcPercent() != largeGC {
		t.Errorf("10 MB in flight: limit %d MB, GOGC %d", got>>20, gcPercent())
	}
	m.add(-10 << 20)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 || gcPercent() != before {
		t.Errorf("done: limit %d, GOGC %d", got, gcPercent())
	}
}

// TestCapProcessors checks -j N caps the processors at N, never raises
// them, and leaves them as they were after the run.
func TestCapProcessors(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	for _, jobs := range []int{1, before, before + 3} {
		restore := capProcessors(jobs)
		if got := runtime.GOMAXPROCS(0); got != min(jobs, before) {
			t.Errorf("-j %d: %d processors, want %d", jobs, got, min(jobs, before))
		}
		restore()
		if got := runtime.GOMAXPROCS(0); got != before {
			t.Fatalf("-j %d: %d processors after the run, want %d", jobs, got, before)
		}
	}
	// Runs that overlap, ending in either order, leave the limit as it was.
	first := capProcessors(1)
	second := capProcessors(before)
	first()
	second()
	if got := runtime.GOMAXPROCS(0); got != before {
		t.Errorf("after overlapping runs: %d processors, want %d", got, before)
	}
}
