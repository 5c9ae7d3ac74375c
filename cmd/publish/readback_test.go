package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/cjk-publish/publish/markdown"
)

// TestReadBack has real EPUB consumers (pandoc and calibre) read the
// sample book back: every block of the Markdown must come out, in order.
func TestReadBack(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := runCmd(t, "", "--md", "--epub", "-q", "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md, err := os.ReadFile(filepath.Join(out, "zhengzhou-2023.md"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := markdown.Parse("zhengzhou-2023.md", md)
	if err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(out, "zhengzhou-2023.epub")
	readers := []struct {
		name string
		args func(txt string) []string
	}{
		{"pandoc", func(txt string) []string { return []string{"pandoc", "-f", "epub", "-t", "plain", "-o", txt, book} }},
		{"ebook-convert", func(txt string) []string { return []string{"ebook-convert", book, txt} }},
	}
	for _, r := range readers {
		t.Run(r.name, func(t *testing.T) {
			if _, err := exec.LookPath(r.name); err != nil {
				t.Skipf("%s not installed (Debian package %s)", r.name, map[string]string{"pandoc": "pandoc", "ebook-convert": "calibre"}[r.name])
			}
			txt := filepath.Join(t.TempDir(), "book.txt")
			args := r.args(txt)
			if b, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
				t.Fatalf("%v: %v\n%s", args, err, b)
			}
			got, err := os.ReadFile(txt)
			if err != nil {
				t.Fatal(err)
			}
			text := squash(string(got))
			at := 0
			for _, b := range d.Blocks {
				want := squash(b.Text())
				i := strings.Index(text[at:], want)
				if i < 0 {
					t.Fatalf("%s lost or changed the block at line %d: %.40q…", r.name, b.Line, want)
				}
				at += i + len(want)
			}
		})
	}
}

// squash drops whitespace, which readers lay out their own way.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
