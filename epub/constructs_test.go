package epub

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/internal/golden"
	"github.com/cjk-publish/publish/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// allPath is the document with every construct of the dialect.
const allPath = golden.AllPath

func allDoc(t testing.TB) *markdown.Document { return golden.AllDoc(t) }

// The chapters of the every-construct document, checked against
// testdata/all.xhtml.golden (rewritten with -update after looking at them
// in a browser).
func TestGoldenEveryConstruct(t *testing.T) {
	d := allDoc(t)
	b := planBook(d)
	var s strings.Builder
	for _, ch := range b.chapters {
		s.WriteString("== " + ch.file + "\n" + renderChapter(d, b, ch) + "\n")
	}
	golden.Check(t, "testdata/all.xhtml.golden", s.String(), *update)
}

// The book of the every-construct document passes epubcheck; its
// pictures are manifest items with their alt text, its footnotes EPUB 3
// asides, its tables real tables; nothing outside the document's folder
// is in it.
func TestEveryConstructBook(t *testing.T) {
	data := writeBook(t, allDoc(t), Options{EmbedFont: true, Modified: testTime})
	files, _ := unpack(t, data)
	opf := string(files["EPUB/package.opf"])
	for _, want := range []string{
		`href="images/figure001.png" media-type="image/png"`,
		`href="images/figure002.jpg" media-type="image/jpeg"`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("manifest lacks %s", want)
		}
	}
	png, _ := os.ReadFile("../markdown/testdata/chart.png")
	if string(files["EPUB/images/figure001.png"]) != string(png) {
		t.Error("the PNG is not embedded as it is")
	}
	var images []string
	for name := range files {
		if strings.HasPrefix(name, "EPUB/images/") {
			images = append(images, name)
		}
	}
	if len(images) != 3 { // the cover and the two figures
		t.Errorf("images in the book: %v", images)
	}
	all := ""
	for name, body := range files {
		if strings.HasSuffix(name, ".xhtml") {
			all += string(body)
		}
	}
	for _, want := range []string{
		`<img src="../images/figure001.png" alt="2021年至2025年地区生产总值增速"/><p class="caption">图1　2021—2025年地区生产总值增长速度（%）</p>`,
		`epub:type="noteref"`, `<aside class="footnote" epub:type="footnote" role="doc-footnote" id="fn1">`,
		`role="doc-backlink" href="#nref1"`, "<thead>", `<th class="right">2024年</th>`, `<p class="salutation">各位代表：</p>`,
		`<p class="front dateline">——2026年2月28日在市第十六届人民代表大会第五次会议上</p>`, "<em>稳中有进</em>",
		`<a href="section001.xhtml#一主要指标">附表</a>`, "&lt;b&gt;粗体标签&lt;/b&gt;",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the book lacks %s", want)
		}
	}
	for _, bad := range []string{"passwd", "secret.png", "example.com/a.png", "<b>", "|---"} {
		if strings.Contains(all, bad) {
			t.Errorf("the book has %q", bad)
		}
	}
	if regexp.MustCompile(`<p class="author">`).MatchString(all) {
		t.Error("the author is printed although the front block names the speaker")
	}
	assertValid(t, data)
}
