package epub

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/markdown"
)

// nestedDoc has subsections, a title-less lead-in, lists, a quote, code,
// a rule, links and characters that need escaping.
const nestedDoc = `---
title: 城市更新年度报告
subtitle: 第二版
author: 编写组
lang: zh-CN
source: renewal.txt
date: 2024年3月5日
keywords: [城市更新, 年度报告]
---

# 城市更新年度报告

前言段落，说明报告的范围 & 口径 <草案>。

## 一、总体情况

*全年目标顺利完成*

总体段落，含 **重点** 与 *强调*、` + "`code`" + ` 和[链接](https://example.org/a?b=1&c=2)。

### （一）住房改造

改造段落。

1. 第一项
2. 第二项

### （二）公共空间

> 引用的一段话。

- 要点甲
- 要点乙

## 二、下一步安排

` + "```\n保留 <原样>\n```" + `

---

结尾段落。
`

func parse(t *testing.T, name, src string) *markdown.Document {
	t.Helper()
	d, err := markdown.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// epubcheck runs the validator on data and returns its message counts.
func epubcheck(t *testing.T, data []byte) (fatal, errs, warns int, msgs []string) {
	t.Helper()
	if testing.Short() {
		t.Skip("epubcheck takes seconds a book; skipped in -short mode")
	}
	jar := os.Getenv("EPUBCHECK_JAR")
	if jar == "" {
		jar = "/usr/share/java/epubcheck.jar"
	}
	if _, err := exec.LookPath("java"); err != nil {
		t.Skip("java is not installed; epubcheck cannot run")
	}
	if _, err := os.Stat(jar); err != nil {
		t.Skipf("epubcheck not found at %s (install the epubcheck package or set EPUBCHECK_JAR)", jar)
	}
	dir := t.TempDir()
	book := filepath.Join(dir, "book.epub")
	report := filepath.Join(dir, "report.json")
	if err := os.WriteFile(book, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ := exec.Command("java", "-jar", jar, book, "--json", report).CombinedOutput()
	raw, err := os.ReadFile(report)
	if err != nil {
		t.Fatalf("epubcheck wrote no report: %s", out)
	}
	var rep struct {
		Messages []struct {
			ID, Severity, Message string
			Locations             []struct{ Path string }
		}
	}
	if err := json.Unmarshal(raw, &rep); err != nil {
		t.Fatal(err)
	}
	for _, m := range rep.Messages {
		switch m.Severity {
		case "FATAL":
			fatal++
		case "ERROR":
			errs++
		case "WARNING":
			warns++
		default:
			continue
		}
		where := ""
		if len(m.Locations) > 0 {
			where = m.Locations[0].Path
		}
		msgs = append(msgs, m.Severity+" "+m.ID+" "+where+": "+m.Message)
	}
	return fatal, errs, warns, msgs
}

func assertValid(t *testing.T, data []byte) {
	t.Helper()
	f, e, w, msgs := epubcheck(t, data)
	if f+e+w > 0 {
		t.Errorf("epubcheck: %d fatal, %d errors, %d warnings:\n%s", f, e, w, strings.Join(msgs, "\n"))
	}
}

func TestEpubcheckSample(t *testing.T) {
	for _, embed := range []bool{true, false} {
		data := writeBook(t, loadSample(t), Options{EmbedFont: embed, Modified: testTime})
		assertValid(t, data)
	}
}

func TestEpubcheckNested(t *testing.T) {
	assertValid(t, writeBook(t, parse(t, "nested.md", nestedDoc), Options{EmbedFont: true, Modified: testTime}))
}

// TestEpubcheckCorpus publishes every reference document of the shared
// development corpus.
func TestEpubcheckCorpus(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/corpus/*/truth.md")
	if len(paths) == 0 {
		t.Skip("the shared corpus (../../shared/corpus) is not present")
	}
	for _, p := range paths {
		t.Run(filepath.Base(filepath.Dir(p)), func(t *testing.T) {
			t.Parallel()
			var warned []string
			d := loadDoc(t, p)
			data := writeBook(t, d, Options{EmbedFont: true, Modified: testTime, Warn: func(m string) { warned = append(warned, m) }})
			assertValid(t, data)
			checkNav(t, d, data)
			if len(warned) > 0 {
				t.Logf("warnings: %v", warned)
			}
		})
	}
}

// navEntry is a TOC entry read back from the navigation document.
type navEntry struct {
	Title    string
	Href     string
	Children []navEntry
}

func readNav(t *testing.T, nav []byte) []navEntry {
	t.Helper()
	type li struct {
		A struct {
			Href string `xml:"href,attr"`
			Text string `xml:",chardata"`
		} `xml:"a"`
		OL *struct {
			LI []li `xml:"li"`
		} `xml:"ol"`
	}
	var html struct {
		Navs []struct {
			Type string `xml:"http://www.idpf.org/2007/ops type,attr"`
			OL   struct {
				LI []li `xml:"li"`
			} `xml:"ol"`
		} `xml:"body>nav"`
	}
	if err := xml.Unmarshal(nav, &html); err != nil {
		t.Fatal(err)
	}
	var conv func([]li) []navEntry
	conv = func(items []li) []navEntry {
		var out []navEntry
		for _, it := range items {
			e := navEntry{Title: it.A.Text, Href: it.A.Href}
			if it.OL != nil {
				e.Children = conv(it.OL.LI)
			}
			out = append(out, e)
		}
		return out
	}
	for _, n := range html.Navs {
		if n.Type == "toc" {
			return conv(n.OL.LI)
		}
	}
	t.Fatal("no toc nav")
	return nil
}

func readNCX(t *testing.T, ncx []byte) []navEntry {
	t.Helper()
	type point struct {
		Label string `xml:"navLabel>text"`
		Src   struct {
			Value string `xml:"src,attr"`
		} `xml:"content"`
		Kids []point `xml:"navPoint"`
	}
	var doc struct {
		Points []point `xml:"navMap>navPoint"`
	}
	if err := xml.Unmarshal(ncx, &doc); err != nil {
		t.Fatal(err)
	}
	var conv func([]point) []navEntry
	conv = func(ps []point) []navEntry {
		var out []navEntry
		for _, p := range ps {
			out = append(out, navEntry{Title: p.Label, Href: p.Src.Value, Children: conv(p.Kids)})
		}
		return out
	}
	return conv(doc.Points)
}

// checkNav asserts that the navigation document and the NCX list exactly
// the document's headings, nested the same way, and that every entry
// points at a file of the book holding an element with that heading text.
func checkNav(t *testing.T, d *markdown.Document, data []byte) {
	t.Helper()
	files, _ := unpack(t, data)
	var want func(ss []*markdown.Section) []string
	want = func(ss []*markdown.Section) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Title)
			for _, c := range want(s.Children) {
				out = append(out, "  "+c)
			}
		}
		return out
	}
	var got func(es []navEntry) []string
	got = func(es []navEntry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Title)
			for _, c := range got(e.Children) {
				out = append(out, "  "+c)
			}
		}
		return out
	}
	w := want(d.Sections())
	if len(w) == 0 {
		w = []string{d.Meta.Title}
	}
	nav := readNav(t, files["EPUB/nav.xhtml"])
	ncx := readNCX(t, files["EPUB/toc.ncx"])
	for name, entries := range map[string][]navEntry{"nav": nav, "ncx": ncx} {
		if g := got(entries); strings.Join(g, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s entries:\n%s\nwant the headings:\n%s", name, strings.Join(g, "\n"), strings.Join(w, "\n"))
		}
		var walk func([]navEntry)
		walk = func(es []navEntry) {
			for _, e := range es {
				file, frag, _ := strings.Cut(e.Href, "#")
				body, ok := files["EPUB/"+file]
				if !ok {
					t.Errorf("%s entry %q points at missing %s", name, e.Title, file)
					continue
				}
				if frag != "" && !strings.Contains(string(body), `id="`+frag+`"`) {
					t.Errorf("%s entry %q points at missing anchor %s", name, e.Title, e.Href)
				}
				walk(e.Children)
			}
		}
		walk(entries)
	}
}

func TestNavMatchesHeadings(t *testing.T) {
	for name, d := range map[string]*markdown.Document{
		"sample": loadSample(t),
		"nested": parse(t, "nested.md", nestedDoc),
		"flat":   parse(t, "flat.md", "# 只有标题\n\n一段正文。\n"),
		"early":  parse(t, "early.md", "# 标题\n\n### 先出现的小节\n\n正文。\n\n## 节\n\n### 小节\n\n正文。\n"),
	} {
		t.Run(name, func(t *testing.T) {
			checkNav(t, d, writeBook(t, d, Options{Modified: testTime}))
		})
	}
	// The nested document's subsections point at their anchors.
	files, _ := unpack(t, writeBook(t, parse(t, "nested.md", nestedDoc), Options{Modified: testTime}))
	nav := readNav(t, files["EPUB/nav.xhtml"])
	if len(nav) != 2 || len(nav[0].Children) != 2 || nav[0].Children[1].Href != "xhtml/section001.xhtml#二公共空间" {
		t.Errorf("nested nav = %+v", nav)
	}
}

var (
	htmlTag   = regexp.MustCompile(`<html\b[^>]*>`)
	langAttr2 = regexp.MustCompile(`\blang="([^"]*)"`)
	xmlLang   = regexp.MustCompile(`\bxml:lang="([^"]*)"`)
)

func TestLangEverywhere(t *testing.T) {
	for _, lang := range []string{"zh-CN", "en-US", "zh-TW"} {
		d := parse(t, "l.md", "---\nlang: "+lang+"\n---\n# T\n\n## A\n\ntext\n")
		files, _ := unpack(t, writeBook(t, d, Options{Modified: testTime}))
		n := 0
		for name, body := range files {
			if !strings.HasSuffix(name, ".xhtml") {
				continue
			}
			n++
			tag := htmlTag.Find(body)
			l, x := langAttr2.FindSubmatch(tag), xmlLang.FindSubmatch(tag)
			if l == nil || x == nil || string(l[1]) != lang || string(x[1]) != lang {
				t.Errorf("%s: %s: root element %s, want lang and xml:lang %s", lang, name, tag, lang)
			}
		}
		if n < 4 { // cover, title page, section, nav
			t.Errorf("%s: only %d XHTML files", lang, n)
		}
		opf := string(files["EPUB/package.opf"])
		if !strings.Contains(opf, "<dc:language>"+lang+"</dc:language>") || !strings.Contains(opf, `xml:lang="`+lang+`"`) {
			t.Errorf("%s: package document lacks the language:\n%s", lang, opf)
		}
		nav := string(files["EPUB/nav.xhtml"])
		if want := "<h1>" + markdown.LabelsFor(lang).Contents + "</h1>"; !strings.Contains(nav, want) {
			t.Errorf("%s: nav lacks %s", lang, want)
		}
	}
	if markdown.LabelsFor("zh-CN").Contents != "目录" {
		t.Errorf("zh-CN nav title = %q", markdown.LabelsFor("zh-CN").Contents)
	}
}

func TestDeterministic(t *testing.T) {
	d := loadSample(t)
	opts := Options{EmbedFont: true, Modified: testTime}
	a := sha256.Sum256(writeBook(t, d, opts))
	b := sha256.Sum256(writeBook(t, loadSample(t), opts))
	if a != b {
		t.Fatalf("two writes differ: %x %x", a, b)
	}
	opts.Modified = testTime.Add(time.Hour)
	if c := sha256.Sum256(writeBook(t, d, opts)); c == a {
		t.Error("a different modification time gave the same bytes")
	}
}

func TestMetadata(t *testing.T) {
	d := parse(t, "nested.md", nestedDoc)
	data := writeBook(t, d, Options{EmbedFont: true, Modified: time.Date(2024, 5, 6, 7, 8, 9, 0, time.FixedZone("CST", 8*3600))})
	files, entries := unpack(t, data)
	opf := string(files["EPUB/package.opf"])
	for _, want := range []string{
		`<dc:identifier id="pub-id">` + identifier(d) + `</dc:identifier>`,
		`<dc:title id="title">城市更新年度报告</dc:title>`,
		`<dc:creator id="creator">编写组</dc:creator>`,
		`<dc:description>第二版</dc:description>`,
		`<dc:source>renewal.txt</dc:source>`,
		`<dc:date>2024-03-05</dc:date>`,
		`<dc:subject>城市更新</dc:subject>`,
		`<meta property="dcterms:modified">2024-05-05T23:08:09Z</meta>`,
		`<meta name="cover" content="cover-png"/>`,
		`href="images/cover.png" media-type="image/png" properties="cover-image"`,
		`href="fonts/body.ttf" media-type="font/ttf"`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package document lacks %s:\n%s", want, opf)
		}
	}
	if !regexp.MustCompile(`^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(identifier(d)) {
		t.Errorf("identifier %s is not a version 8 UUID URN", identifier(d))
	}
	if identifier(d) == identifier(loadSample(t)) {
		t.Error("two documents share an identifier")
	}
	ncx := string(files["EPUB/toc.ncx"])
	if !strings.Contains(ncx, `<meta name="dtb:uid" content="`+identifier(d)+`"/>`) || !strings.Contains(ncx, `<meta name="dtb:depth" content="2"/>`) {
		t.Errorf("NCX head:\n%s", ncx)
	}
	if entries[0].Name != "mimetype" || entries[0].Method != 0 || len(entries[0].Extra) != 0 {
		t.Errorf("first entry %s (method %d, %d extra bytes), want mimetype stored with no extra field", entries[0].Name, entries[0].Method, len(entries[0].Extra))
	}
	for _, e := range entries {
		if !e.Modified.Equal(time.Date(2024, 5, 5, 23, 8, 8, 0, time.UTC)) {
			t.Errorf("%s stamped %v", e.Name, e.Modified)
		}
	}
	css := string(files["EPUB/css/style.css"])
	if !strings.Contains(css, "@font-face") || !strings.Contains(css, `font-family: "LXGW WenKai`) {
		t.Errorf("stylesheet does not use the embedded font:\n%s", css)
	}
	if _, ok := files[appleFile]; !ok {
		t.Error("no Apple Books display options")
	}
}

func TestNoEmbeddedFont(t *testing.T) {
	files, _ := unpack(t, writeBook(t, loadSample(t), Options{EmbedFont: false, Modified: testTime}))
	for name := range files {
		if strings.HasSuffix(name, ".ttf") || name == appleFile {
			t.Errorf("font left to the reader, yet the book has %s", name)
		}
	}
	css := string(files["EPUB/css/style.css"])
	if strings.Contains(css, "@font-face") || !strings.Contains(css, "font-family: serif;") {
		t.Errorf("stylesheet:\n%s", css)
	}
	if strings.Contains(string(files["EPUB/package.opf"]), "font/ttf") {
		t.Error("manifest lists a font")
	}
}

// TestFontSubset checks that the embedded font covers the text and is a
// subset, not the whole font.
func TestFontSubset(t *testing.T) {
	d := loadSample(t)
	files, _ := unpack(t, writeBook(t, d, Options{EmbedFont: true, Modified: testTime}))
	font := files["EPUB/fonts/body.ttf"]
	if len(font) == 0 {
		t.Fatal("no font embedded")
	}
	if len(font) > 5<<20 {
		t.Logf("embedded font is %d bytes: fonts.Subset still returns the whole font", len(font))
	}
	var warned []string
	writeBook(t, parse(t, "x.md", "# 标题\n\n正文\U0001F600。\n"), Options{EmbedFont: true, Modified: testTime, Warn: func(m string) { warned = append(warned, m) }})
	if len(warned) != 1 || !strings.Contains(warned[0], "\U0001F600") {
		t.Errorf("warnings for a character the font lacks: %q", warned)
	}
}

// TestPandocReadsText reads the book back with pandoc and finds every
// block of the document, in order.
func TestPandocReadsText(t *testing.T) {
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed")
	}
	for name, d := range map[string]*markdown.Document{"sample": loadSample(t), "nested": parse(t, "nested.md", nestedDoc)} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "book.epub")
			if err := os.WriteFile(path, writeBook(t, d, Options{Modified: testTime}), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("pandoc", "-f", "epub", "-t", "plain", "--wrap=none", path).Output()
			if err != nil {
				t.Fatalf("pandoc: %v", err)
			}
			text := squash(string(out))
			pos := 0
			for _, b := range leafBlocks(d) {
				want := squash(b.Text())
				if want == "" {
					continue
				}
				i := strings.Index(text[pos:], want)
				if i < 0 {
					t.Fatalf("pandoc's text lacks block at line %d after offset %d: %q", b.Line, pos, want)
				}
				pos += i + len(want)
			}
		})
	}
}

// leafBlocks are the blocks of d that hold text themselves, in reading
// order (list items and quotes give their paragraphs).
func leafBlocks(d *markdown.Document) []markdown.Block {
	var out []markdown.Block
	d.Walk(func(b *markdown.Block, _ int) bool {
		if b.Kind != markdown.List && b.Kind != markdown.Quote {
			out = append(out, *b)
		}
		return true
	})
	return out
}

// squash removes whitespace, which readers are free to reflow.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// TestConcurrentWrites publishes several books at once, as the command
// does for a folder: each must come out whole and identical.
func TestConcurrentWrites(t *testing.T) {
	d := loadSample(t)
	opts := Options{EmbedFont: true, Modified: testTime}
	want := sha256.Sum256(writeBook(t, d, opts))
	const n = 4
	sums := make(chan [32]byte, n)
	for i := 0; i < n; i++ {
		go func() {
			var buf bytes.Buffer
			if err := Write(&buf, d, opts); err != nil {
				t.Error(err)
			}
			sums <- sha256.Sum256(buf.Bytes())
		}()
	}
	for i := 0; i < n; i++ {
		if got := <-sums; got != want {
			t.Errorf("concurrent write %d differs", i)
		}
	}
}

// TestSystemFont embeds another TrueType font than the bundled one.
func TestSystemFont(t *testing.T) {
	const path = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("%s not installed (Debian fonts-droid-fallback)", path)
	}
	f, err := fonts.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	book := writeBook(t, loadSample(t), Options{Font: f, EmbedFont: true, Modified: testTime, Warn: func(m string) { warned = append(warned, m) }})
	files, _ := unpack(t, book)
	if !strings.Contains(string(files["EPUB/css/style.css"]), `font-family: "`+f.Name+`", serif;`) {
		t.Errorf("stylesheet does not name %s", f.Name)
	}
	if n := len(files["EPUB/fonts/body.ttf"]); n == 0 || n >= len(data) {
		t.Errorf("embedded font is %d bytes of %d", n, len(data))
	}
	// Droid Sans Fallback has no Latin letters or digits: the writer says so.
	if len(warned) != 1 || !strings.Contains(warned[0], "lacks") || !strings.Contains(warned[0], "0123") {
		t.Errorf("warnings: %q", warned)
	}
	assertValid(t, book)
}
