package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// runCmd runs the command in-process and returns exit code, stdout, stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const goodText = "报告标题\n\n这是第一段，内容完整。\n"

// TestBadInput checks that every kind of bad input gets a clear one-line
// error naming the file and the right exit code, and that other documents
// of the batch are still published.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("字"), 50<<20/3+1)
	cases := []struct {
		name  string
		setup func(dir string) []string // returns the arguments
		code  int
		want  string
	}{
		{"missing file", func(d string) []string { return []string{filepath.Join(d, "nope.txt")} }, 1, "nope.txt: no such file or folder"},
		{"folder with no documents", func(d string) []string {
			os.MkdirAll(filepath.Join(d, "empty", "sub"), 0o755)
			writeFile(t, filepath.Join(d, "empty", "sub", "image.png"), []byte{1})
			return []string{filepath.Join(d, "empty")}
		}, 1, "empty: folder has no .txt or .md documents"},
		{"empty file", func(d string) []string { return []string{writeFile(t, filepath.Join(d, "empty.txt"), nil)} }, 1, "empty.txt: empty input"},
		{"whitespace only", func(d string) []string {
			return []string{writeFile(t, filepath.Join(d, "blank.txt"), []byte(" \n\n\t　\n"))}
		}, 1, "blank.txt: empty input: only whitespace"},
		{"binary file", func(d string) []string {
			return []string{writeFile(t, filepath.Join(d, "bin.txt"), []byte("PK\x03\x04\x00\x00binary"))}
		}, 1, "bin.txt: binary input"},
		{"undecodable bytes", func(d string) []string {
			return []string{writeFile(t, filepath.Join(d, "latin1.txt"), []byte("caf\xe9 na\xefve r\xe9sum\xe9 \xff\xfe\xfd"))}
		}, 1, "latin1.txt: not valid text in any supported encoding"},
		{"50 MB single line", func(d string) []string { return []string{writeFile(t, filepath.Join(d, "line.txt"), big)} }, 1, "line.txt: line 1 is 50.0 MB long"},
		{"10 MB of one character", func(d string) []string {
			return []string{writeFile(t, filepath.Join(d, "same.txt"), bytes.Repeat([]byte("a"), 10<<20))}
		}, 1, "same.txt: line 1 is 10.0 MB long"},
		{"deeply nested Markdown", func(d string) []string {
			return []string{writeFile(t, filepath.Join(d, "deep.md"), []byte(strings.Repeat("> ", 200)+"深\n"))}
		}, 1, "deep.md: block nesting deeper than"},
		{"broken front matter", func(d string) []string {
			return []string{writeFile(t, filepath.Join(d, "fm.md"), []byte("---\ntitle: [unclosed\n---\n\n# 标题\n"))}
		}, 1, "fm.md: broken front matter"},
		{"front matter never closed", func(d string) []string {
			return []string{writeFile(t, filepath.Join(d, "open.md"), []byte("---\ntitle: 标题\n\n正文。\n"))}
		}, 1, "open.md: broken front matter: no closing"},
		{"output path is a folder", func(d string) []string {
			in := writeFile(t, filepath.Join(d, "doc.txt"), []byte(goodText))
			os.MkdirAll(filepath.Join(d, "o1", "doc.pdf"), 0o755)
			return []string{"--pdf", "-o", filepath.Join(d, "o1"), in}
		}, 1, "doc.pdf: output path is a folder"},
		{"output folder cannot be created", func(d string) []string {
			in := writeFile(t, filepath.Join(d, "doc.txt"), []byte(goodText))
			blocker := writeFile(t, filepath.Join(d, "blocker"), []byte("x"))
			return []string{"--md", "-o", filepath.Join(blocker, "sub"), in}
		}, 1, "cannot create output folder"},
		{"output folder is a file", func(d string) []string {
			in := writeFile(t, filepath.Join(d, "doc.txt"), []byte(goodText))
			return []string{"--md", "-o", writeFile(t, filepath.Join(d, "ofile"), []byte("x")), in}
		}, 2, "ofile: output folder is a file"},
		{"unusable font", func(d string) []string {
			in := writeFile(t, filepath.Join(d, "doc.txt"), []byte(goodText))
			return []string{"--pdf", "--font", writeFile(t, filepath.Join(d, "bad.ttf"), []byte("not a font at all")), in}
		}, 2, "bad.ttf"},
		{"unknown paper", func(d string) []string { return []string{"--paper", "a3"} }, 2, `unknown --paper "a3"`},
		{"unknown flag", func(d string) []string { return []string{"--colour"} }, 2, "unknown flag --colour"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_"))
			os.MkdirAll(d, 0o755)
			args := c.setup(d)
			if !contains(args, "-o") {
				args = append([]string{"-o", filepath.Join(d, "out")}, args...)
			}
			code, _, stderr := runCmd(t, "", args...)
			t.Logf("exit %d: %s", code, strings.TrimSpace(stderr))
			if code != c.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, c.code, stderr)
			}
			if !strings.Contains(stderr, c.want) {
				t.Errorf("stderr does not say %q:\n%s", c.want, stderr)
			}
			for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
				if strings.HasPrefix(l, "publish: error:") && len(l) > 400 {
					t.Errorf("error line too long (%d bytes): %.200s…", len(l), l)
				}
			}
			assertNoTempFiles(t, d)
		})
	}
}

// assertNoTempFiles fails when a temporary or partial file is left.
func assertNoTempFiles(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tmp") {
			t.Errorf("temporary file left behind: %s", p)
		}
		return nil
	})
}

// TestBatchGoesOn checks that a failing document does not stop the others.
func TestBatchGoesOn(t *testing.T) {
	d := t.TempDir()
	good := writeFile(t, filepath.Join(d, "in", "good.txt"), []byte(goodText))
	writeFile(t, filepath.Join(d, "in", "bad.txt"), nil)
	code, stdout, stderr := runCmd(t, "", "--md", "-o", filepath.Join(d, "out"), filepath.Dir(good))
	if code != 1 {
		t.Fatalf("exit %d, want 1; %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(d, "out", "good.md")); err != nil {
		t.Errorf("good document not published: %v\n%s", err, stdout)
	}
	if !strings.Contains(stderr, "published 1 of 2 documents") || !strings.Contains(stderr, "1 failed") {
		t.Errorf("summary line missing: %s", stderr)
	}
}

// failingFile fails its writes like a full disk after limit bytes.
type failingFile struct {
	f     *os.File
	limit int
}

func (w *failingFile) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		n, _ := w.f.Write(p[:w.limit])
		w.limit = 0
		return n, &os.PathError{Op: "write", Path: w.f.Name(), Err: syscall.ENOSPC}
	}
	w.limit -= len(p)
	return w.f.Write(p)
}
func (w *failingFile) Name() string { return w.f.Name() }
func (w *failingFile) Close() error { return w.f.Close() }

// TestFullDisk checks that a write failing midway leaves no partial file
// and keeps the good output of an earlier run.
func TestFullDisk(t *testing.T) {
	d, in, out := publishedOnce(t)
	before, _ := os.ReadFile(filepath.Join(out, "doc.pdf"))

	var errb, stdout bytes.Buffer
	a := newApp(strings.NewReader(""), &stdout, &errb)
	a.fs = fileSystem{createTemp: func(dir, pattern string) (tempFile, error) {
		f, err := os.CreateTemp(dir, pattern)
		if err != nil {
			return nil, err
		}
		return &failingFile{f: f, limit: 100}, nil
	}}
	code := a.publish([]string{"--pdf", "-o", out, "--title", "另一个标题", in})
	if code != 1 || !strings.Contains(errb.String(), "doc.pdf: no space left on device") {
		t.Fatalf("exit %d, stderr %q; want 1 and a no-space message", code, errb.String())
	}
	after, _ := os.ReadFile(filepath.Join(out, "doc.pdf"))
	if !bytes.Equal(before, after) {
		t.Error("a failed run changed the existing good output")
	}
	assertNoTempFiles(t, d)
}

// TestSampleEndToEnd publishes the bundled sample with no input.
func TestSampleEndToEnd(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCmd(t, "", "--pdf", "--epub", "--md", "--report", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, ext := range []string{".md", ".pdf", ".epub", ".report.txt"} {
		p := filepath.Join(out, "zhengzhou-2023"+ext)
		st, err := os.Stat(p)
		if err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", p, err)
			continue
		}
		if !strings.Contains(stdout, p) {
			t.Errorf("no output line for %s in %q", p, stdout)
		}
	}
	md, _ := os.ReadFile(filepath.Join(out, "zhengzhou-2023.md"))
	if n := strings.Count(string(md), "\n## 关键词："); n != 8 {
		t.Errorf("sample has %d 关键词 sections, want 8", n)
	}
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Log("qpdf not installed: skipping qpdf --check")
	} else if b, err := exec.Command("qpdf", "--check", filepath.Join(out, "zhengzhou-2023.pdf")).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, b)
	}
}

// TestDeterminism publishes a batch twice, with -j 1 and -j 8, and
// compares every output byte for byte.
func TestDeterminism(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	d := t.TempDir()
	sample, err := os.ReadFile("../../source/zhengzhou-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		writeFile(t, filepath.Join(d, "in", fmt.Sprintf("doc%d.txt", i)), sample)
	}
	sums := func(j string) map[string][32]byte {
		out := filepath.Join(d, "out-j"+j)
		if code, _, stderr := runCmd(t, "", "-j", j, "-q", "-o", out, filepath.Join(d, "in")); code != 0 {
			t.Fatalf("-j %s: exit %d: %s", j, code, stderr)
		}
		m := map[string][32]byte{}
		filepath.WalkDir(out, func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				b, _ := os.ReadFile(p)
				rel, _ := filepath.Rel(out, p)
				m[rel] = sha256.Sum256(b)
			}
			return nil
		})
		return m
	}
	a, b := sums("1"), sums("8")
	if len(a) != 9 {
		t.Fatalf("expected 9 outputs, got %d", len(a))
	}
	for k, v := range a {
		if b[k] != v {
			t.Errorf("%s differs between -j 1 and -j 8", k)
		}
	}
}

func TestStdinAndNormalize(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := runCmd(t, goodText, "--md", "-o", out, "-")
	if code != 0 {
		t.Fatalf("stdin: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "stdin.md")); err != nil {
		t.Error(err)
	}
	p := writeFile(t, filepath.Join(out, "n.txt"), []byte(goodText))
	code, stdout, stderr := runCmd(t, "", "normalize", p)
	if code != 0 || !strings.Contains(stdout, "这是第一段，内容完整。") {
		t.Errorf("normalize: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, _, _ := runCmd(t, "", "normalize"); code != 2 {
		t.Errorf("normalize without a file: exit %d, want 2", code)
	}
}

func TestVersionAndHelp(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"--help"}, {"help"}} {
		code, stdout, _ := runCmd(t, "", args...)
		if code != 0 || !strings.Contains(stdout, "publish") {
			t.Errorf("%v: exit %d, %q", args, code, stdout)
		}
	}
	_, stdout, _ := runCmd(t, "", "--help")
	for _, flag := range []string{"-paper", "-font", "-title", "-author", "-lang", "-report", "-j", "-q", "-v", "-o", "-epub-font", "-encoding", "-toc"} {
		if !strings.Contains(stdout, flag) {
			t.Errorf("--help does not mention %s", flag)
		}
	}
}

func TestWriteAtomicKeepsOldFile(t *testing.T) {
	d := t.TempDir()
	p := writeFile(t, filepath.Join(d, "x.pdf"), []byte("old"))
	fsys := fileSystem{createTemp: func(dir, pattern string) (tempFile, error) {
		return nil, &os.PathError{Op: "open", Path: dir, Err: syscall.EACCES}
	}}
	err := fsys.writeAtomic(p, []byte("new"))
	if err == nil || !errors.Is(err, syscall.EACCES) || !strings.Contains(err.Error(), "cannot write output folder") {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("old file changed to %q", b)
	}
}

// A Markdown file that points at files outside its folder publishes with
// a warning naming the file and line for each, and neither the PDF nor the
// EPUB holds any byte of those files.
func TestImagesStayInTheFolder(t *testing.T) {
	root := t.TempDir()
	png, err := os.ReadFile("../../markdown/testdata/chart.png")
	if err != nil {
		t.Fatal(err)
	}
	secret := append([]byte(nil), png...)
	secret = append(secret[:len(secret)-12], []byte("SECRETSECRET")...) // still a PNG to a sniffer, marked
	writeFile(t, filepath.Join(root, "secret.png"), secret)
	writeFile(t, filepath.Join(root, "doc", "chart.png"), png)
	os.Symlink(filepath.Join(root, "secret.png"), filepath.Join(root, "doc", "link.png"))
	md := writeFile(t, filepath.Join(root, "doc", "r.md"), []byte("# 图\n\n![好](chart.png)\n\n![上级](../secret.png)\n\n![系统](/etc/passwd)\n\n![链接](link.png)\n\n[口令](/etc/passwd)\n"))
	out := filepath.Join(root, "out")
	code, _, stderr := runCmd(t, "", "--pdf", "--epub", "-o", out, md)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		md + `: line 5: image "../secret.png" refused`,
		md + `: line 7: image "/etc/passwd" refused`,
		md + `: line 9: image "link.png" refused`,
		md + `: line 11: link to "/etc/passwd" dropped`,
	} {
		if !strings.Contains(stderr, "publish: warning: "+want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	passwd, _ := os.ReadFile("/etc/passwd")
	for _, f := range []string{"r.pdf", "r.epub"} {
		data, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("SECRETSECRET")) || bytes.Contains(data, []byte("/etc/passwd")) || (len(passwd) > 32 && bytes.Contains(data, passwd[:32])) {
			t.Errorf("%s holds a file from outside the document's folder", f)
		}
	}
	book, _ := os.ReadFile(filepath.Join(out, "r.epub"))
	z, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range z.File {
		if strings.HasPrefix(f.Name, "EPUB/images/figure") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d figures in the EPUB, want only chart.png", n)
	}
}
