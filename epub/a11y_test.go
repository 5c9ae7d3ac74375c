package epub

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"strings"
	"testing"
	"time"
)

const metaDoc = `---
title: 测试报告
author: [张三, 李四]
lang: zh-CN
rights: © 2024 出版社，保留所有权利
publisher: 某某出版社
identifier: ISBN 978-7-5086-1063-4
keywords: 城市
subject: [更新, 年度]
---

# 测试报告

## 一、总体

正文 & 段落。
`

// TestPublicationMetadata checks the front matter keys that reach the
// package document, the NCX and the navigation document.
func TestPublicationMetadata(t *testing.T) {
	d := parse(t, "meta.md", metaDoc)
	data := writeBook(t, d, Options{Modified: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)})
	files, _ := unpack(t, data)
	opf := string(files["EPUB/package.opf"])
	for _, want := range []string{
		`<dc:identifier id="pub-id">urn:isbn:9787508610634</dc:identifier>`,
		`<dc:creator id="creator">张三</dc:creator>`,
		`<meta refines="#creator" property="display-seq">1</meta>`,
		`<dc:creator id="creator2">李四</dc:creator>`,
		`<meta refines="#creator2" property="role" scheme="marc:relators">aut</meta>`,
		`<dc:publisher>某某出版社</dc:publisher>`,
		`<dc:rights>© 2024 出版社，保留所有权利</dc:rights>`,
		`<dc:subject>城市</dc:subject>`,
		`<dc:subject>更新</dc:subject>`,
		`<dc:subject>年度</dc:subject>`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package document lacks %s", want)
		}
	}
	ncx := string(files["EPUB/toc.ncx"])
	if strings.Count(ncx, "<docAuthor>") != 2 || !strings.Contains(ncx, `content="urn:isbn:9787508610634"`) {
		t.Errorf("NCX authors or uid:\n%s", ncx)
	}
	page := string(files["EPUB/xhtml/titlepage.xhtml"])
	if !strings.Contains(page, "张三、李四") {
		t.Errorf("title page does not join the authors with 、:\n%s", page)
	}
	assertValid(t, data)
}

// TestAccessibilityMetadata checks the schema.org properties Ace by DAISY
// asks for and the ARIA role of the contents list.
func TestAccessibilityMetadata(t *testing.T) {
	data := writeBook(t, loadSample(t), Options{})
	files, _ := unpack(t, data)
	opf := string(files["EPUB/package.opf"])
	for _, want := range []string{
		`property="schema:accessMode">textual<`,
		`property="schema:accessMode">visual<`,
		`property="schema:accessModeSufficient">textual<`,
		`property="schema:accessibilityFeature">tableOfContents<`,
		`property="schema:accessibilityFeature">readingOrder<`,
		`property="schema:accessibilityFeature">structuralNavigation<`,
		`property="schema:accessibilityFeature">alternativeText<`,
		`property="schema:accessibilityHazard">none<`,
		`property="schema:accessibilitySummary">`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package document lacks %s", want)
		}
	}
	nav := string(files["EPUB/nav.xhtml"])
	if !strings.Contains(nav, `<nav epub:type="toc" role="doc-toc"`) {
		t.Errorf("contents nav has no doc-toc role:\n%.300s", nav)
	}
	cover := string(files["EPUB/xhtml/cover.xhtml"])
	if !strings.Contains(cover, `alt="政府工作报告摘编"`) {
		t.Errorf("cover image has no alternative text:\n%s", cover)
	}
}

func testJPEG(t *testing.T) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 60, 80))
	for y := 0; y < 80; y++ {
		for x := 0; x < 60; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 4), 80, uint8(y * 3), 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGivenCoverAndCSS checks that a given JPEG replaces the drawn cover
// with its own media type, and that extra CSS comes after the book's.
func TestGivenCoverAndCSS(t *testing.T) {
	cover := testJPEG(t)
	data := writeBook(t, parse(t, "meta.md", metaDoc), Options{Cover: cover, CSS: "p { color: #222; }"})
	files, _ := unpack(t, data)
	if !bytes.Equal(files["EPUB/images/cover.jpg"], cover) {
		t.Error("the cover image is not the given JPEG")
	}
	if _, ok := files["EPUB/images/cover.png"]; ok {
		t.Error("a drawn cover is still there")
	}
	opf := string(files["EPUB/package.opf"])
	if !strings.Contains(opf, `href="images/cover.jpg" media-type="image/jpeg" properties="cover-image"`) {
		t.Errorf("cover item:\n%s", opf)
	}
	css := string(files["EPUB/css/style.css"])
	if !strings.HasSuffix(strings.TrimSpace(css), "p { color: #222; }") {
		t.Errorf("style sheet does not end with the given CSS:\n…%s", css[max(0, len(css)-200):])
	}
	assertValid(t, data)

	var b bytes.Buffer
	if err := Write(&b, parse(t, "meta.md", metaDoc), Options{Cover: []byte("GIF89a broken")}); err == nil || !strings.Contains(err.Error(), "cover image") {
		t.Errorf("a broken cover image gave %v", err)
	}
}

func TestCoverType(t *testing.T) {
	for _, c := range []struct {
		data      []byte
		mediaType string
	}{
		{testJPEG(t), "image/jpeg"},
		{placeholderPNG, "image/png"},
		{[]byte("<svg/>"), ""},
		{nil, ""},
	} {
		got, _, err := CoverType(c.data)
		if got != c.mediaType || (err == nil) != (c.mediaType != "") {
			t.Errorf("CoverType(%.10q) = %q, %v; want %q", c.data, got, err, c.mediaType)
		}
	}
}
