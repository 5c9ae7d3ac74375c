package publish

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

func TestFormatDetection(t *testing.T) {
	withFM := "---\ntitle: 标题\n---\n\n- 列表一\n- 列表二\n"
	for _, c := range []struct {
		name, data string
		from       Format
		want       Format
		firstBlock markdown.Kind
	}{
		{"<stdin>", withFM, Detect, Markdown, markdown.List},
		{"<stdin>", "\ufeff" + withFM, Detect, Markdown, markdown.List},
		{"<stdin>", "- 列表一\n- 列表二\n", Markdown, Markdown, markdown.List},
		{"<stdin>", "标题\n\n正文第一段。\n", Detect, Text, markdown.Heading},
		{"a.md", "正文。\n", Detect, Markdown, markdown.Paragraph},
		{"a.txt", withFM, Detect, Text, markdown.Heading},
		{"a.txt", withFM, Markdown, Markdown, markdown.List},
	} {
		doc, err := Read(c.name, []byte(c.data), ReadOptions{From: c.from})
		if err != nil {
			t.Fatalf("%s %q: %v", c.name, c.data, err)
		}
		if doc.Format != c.want || doc.Model.Blocks[0].Kind != c.firstBlock || (doc.Report == nil) != (c.want == Markdown) {
			t.Errorf("%s %.20q from %v: read as %v, first block %v", c.name, c.data, c.from, doc.Format, doc.Model.Blocks[0].Kind)
		}
	}
	for _, s := range []string{"txt", "md", "markdown", "text", "auto"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
	if _, err := ParseFormat("docx"); err == nil {
		t.Error("ParseFormat accepted docx")
	}
}

func TestCoverImageFromFrontMatter(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 30, 40))); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "img"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "img", "c.png"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	md := filepath.Join(dir, "book.md")
	if err := os.WriteFile(md, []byte("---\ntitle: T\ncover-image: img/c.png\n---\n\ntext\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := ReadFile(md, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(doc.Cover, b.Bytes()) {
		t.Error("cover-image was not read from the Markdown file's folder")
	}
	var book bytes.Buffer
	if err := doc.EPUB(&book, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(book.Bytes(), []byte("images/cover.png")) {
		t.Error("the book has no cover image")
	}

	_, err = Read(md, []byte("---\ncover-image: missing.png\n---\n\ntext\n"), ReadOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), md+": cover-image ") || !strings.Contains(err.Error(), "missing.png: no such file") {
		t.Errorf("missing cover image: %v", err)
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct {
		data string
		opts ReadOptions
		want string
	}{
		{"", ReadOptions{}, "x.txt: empty input"},
		{"---\nlang: nonsense!\n---\n\ntext\n", ReadOptions{From: Markdown}, "x.txt: broken front matter: lang"},
		{"text\n", ReadOptions{Metadata: []markdown.Field{{Key: "lang", Value: "12"}}}, "x.txt: metadata lang"},
		{"a" + strings.Repeat("b", MaxLineBytes+1), ReadOptions{}, "x.txt: line 1 is"},
	} {
		_, err := Read("x.txt", []byte(c.data), c.opts)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("Read(%.20q) error %v, want %q…", c.data, err, c.want)
		}
	}
}

func TestWarnings(t *testing.T) {
	var got []string
	_, err := Read("x.md", []byte("---\ntitel: T\nlang: en_GB\n---\n\ntext\n"), ReadOptions{Warn: func(m string) { got = append(got, m) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !strings.Contains(got[0], `"en_GB" corrected to "en-GB"`) || !strings.Contains(got[1], `unknown key "titel"`) {
		t.Errorf("warnings %q", got)
	}
	got = nil
	if _, err := Read("x.txt", []byte("正文，中文。\n"), ReadOptions{Encoding: "gbk", Warn: func(m string) { got = append(got, m) }}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.Contains(got[0], "valid UTF-8") {
		t.Errorf("UTF-8 read as GBK gave warnings %q", got)
	}
}
