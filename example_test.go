package publish_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/cjk-publish/publish"
	"github.com/cjk-publish/publish/markdown"
)

// Normalize repairs a raw text: lines wrapped by a newspaper column are
// joined, and spaces that OCR put around numbers are removed.
func ExampleNormalize() {
	raw := "城市更新年度报告\n\n全年完成改造 1213 个小区，惠及居\n民 60 万户。\n"
	fmt.Print(publish.Normalize("report.txt", raw))
	// Output:
	// ---
	// title: 城市更新年度报告
	// lang: zh-CN
	// source: report.txt
	// ---
	//
	// # 城市更新年度报告
	//
	// 全年完成改造1213个小区，惠及居民60万户。
}

// Read a Markdown document, set metadata over its front matter as
// --metadata does, and write the PDF and the EPUB.
func ExampleRead() {
	md := []byte("---\ntitle: Annual Report\n---\n\n# Annual Report\n\n## Summary\n\nThe year in one paragraph.\n")
	doc, err := publish.Read("report.md", md, publish.ReadOptions{
		Metadata: []markdown.Field{{Key: "author", Value: "Ann Lee"}, {Key: "author", Value: "Bo Chan"}},
	})
	if err != nil {
		log.Fatal(err)
	}
	m := doc.Model.Meta
	fmt.Printf("%s by %s (%s, detected: %v)\n", m.Title, m.Author, m.Lang, m.LangGuessed)

	var pdf, book bytes.Buffer
	opts := publish.Options{Paper: "a5", Created: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	if err := doc.Render(&pdf, &book, opts); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("PDF starts %q\n", pdf.Bytes()[:8])
	z, err := zip.NewReader(bytes.NewReader(book.Bytes()), int64(book.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("EPUB starts with", z.File[0].Name)
	// Output:
	// Annual Report by Ann Lee and Bo Chan (en, detected: true)
	// PDF starts "%PDF-1.7"
	// EPUB starts with mimetype
}

// Raw text is normalized on the way in; the decisions the normalizer took
// come with the document.
func ExampleDocument_PDF() {
	raw := []byte("政府工作报告\n\n疫 苗 接 种 覆 盖 1213.6 万 人 。\n")
	doc, err := publish.Read("report.txt", raw, publish.ReadOptions{})
	if err != nil {
		log.Fatal(err)
	}
	var pdf bytes.Buffer
	if err := doc.PDF(&pdf, publish.Options{}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Format, doc.Encoding, doc.Model.Blocks[1].Text())
	// Output:
	// txt utf-8 疫苗接种覆盖1213.6万人。
}
