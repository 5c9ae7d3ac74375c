package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/cjk-publish/publish"
	"github.com/cjk-publish/publish/markdown"
)

// FuzzPipeline feeds arbitrary bytes through the whole pipeline, as raw
// text and as Markdown: it must never panic, and whatever it publishes must
// be a well-formed PDF and EPUB.
func FuzzPipeline(f *testing.F) {
	f.Add([]byte(" 政府工作报告摘编\n\n把牢高质量发展主动权\n\n关键词：稳经济增长\n精准施策稳增长\n\n疫 苗 接 种 覆 盖 1213.6 万 人 ，60 岁\n178.\n16万人\n"), false)
	f.Add([]byte("---\ntitle: 标题\n---\n\n# 标题\n\n## 一、节\n\n*导语*\n\n正文“引号”——破折号……省略号。𠀀\n\n- 列表\n\n> 引文\n"), true)
	f.Add([]byte("Fellow-Citizens: trans-\nform the well-\nknown world.\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, isMD bool) {
		from := publish.Text
		if isMD {
			from = publish.Markdown
		}
		doc, err := publish.Read("f.txt", data, publish.ReadOptions{From: from})
		if err != nil {
			if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "f.txt: ") {
				t.Fatalf("error is not one line naming the file: %q", err)
			}
			if !isMD && errors.Is(err, markdown.ErrFrontMatter) {
				t.Fatalf("normalized Markdown does not parse: %v", err)
			}
			return
		}
		var pdfBuf, bookBuf bytes.Buffer
		if err := doc.Render(&pdfBuf, &bookBuf, publish.Options{Paper: "a5"}); err != nil {
			t.Fatalf("render: %v", err)
		}
		pdf, book := pdfBuf.Bytes(), bookBuf.Bytes()
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf[max(0, len(pdf)-32):], []byte("%%EOF")) {
			t.Fatalf("not a complete PDF (%d bytes)", len(pdf))
		}
		z, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
		if err != nil {
			t.Fatalf("EPUB is not a zip: %v", err)
		}
		if len(z.File) == 0 || z.File[0].Name != "mimetype" || z.File[0].Method != zip.Store {
			t.Fatal("EPUB does not start with a stored mimetype entry")
		}
	})
}
