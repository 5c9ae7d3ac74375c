package epub

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestSetLang(t *testing.T) {
	tests := []struct {
		name, in, lang, want string
	}{
		{"go-epub root", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head/></html>`, "zh-CN",
			`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-CN" xml:lang="zh-CN"><head/></html>`},
		{"replaces a stale language", `<html xmlns="x" lang="en" xml:lang='en'><body/></html>`, "zh-TW",
			`<html xmlns="x" lang="zh-TW" xml:lang="zh-TW"><body/></html>`},
		{"completes a half-tagged root", `<html xml:lang="zh-CN">`, "zh-CN", `<html lang="zh-CN" xml:lang="zh-CN">`},
		{"leaves <htmlx> alone", `<htmlx a="1"><html>`, "ja", `<htmlx a="1"><html lang="ja" xml:lang="ja">`},
		{"no root element", `<p>no root</p>`, "zh-CN", `<p>no root</p>`},
		{"escapes the value", `<html>`, `a"b`, `<html lang="a&quot;b" xml:lang="a&quot;b">`},
		{"body text is untouched", `<html><body lang="en">x</body></html>`, "zh", `<html lang="zh" xml:lang="zh"><body lang="en">x</body></html>`},
	}
	for _, tc := range tests {
		if got := string(setLang([]byte(tc.in), tc.lang)); got != tc.want {
			t.Errorf("%s: setLang(%q) =\n%s\nwant\n%s", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestSetCoverAlt(t *testing.T) {
	tests := []struct{ in, src, title, want string }{
		{`<body><img src="../images/cover.png" alt="Cover Image" /></body>`, "../images/cover.png", "标题 & 副题",
			`<body><img src="../images/cover.png" alt="标题 &amp; 副题" /></body>`},
		{`<img src="other.png" alt="Cover Image" />`, "../images/cover.png", "T", `<img src="other.png" alt="Cover Image" />`},
		{`<p>no image</p>`, "../images/cover.png", "T", `<p>no image</p>`},
	}
	for _, tc := range tests {
		if got := string(setCoverAlt([]byte(tc.in), tc.src, tc.title)); got != tc.want {
			t.Errorf("setCoverAlt(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestXMLID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"section001.xhtml", "section001-xhtml"},
		{"1.png", "x1-png"},
		{"-a", "x-a"},
		{"_ok.css", "_ok-css"},
		{"图片.png", "x---png"},
		{"", "x"},
	}
	for _, tc := range tests {
		if got := xmlID(tc.in); got != tc.want {
			t.Errorf("xmlID(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRenameIDs(t *testing.T) {
	p := &opfPackage{Items: []opfItem{
		{ID: "nav", Href: "nav.xhtml", MediaType: mediaXHTML, Properties: "nav"},
		{ID: "ncx", Href: "toc.ncx", MediaType: mediaNCX},
		{ID: "1.xhtml", Href: "xhtml/1.xhtml", MediaType: mediaXHTML},
		{ID: "id3f9c", Href: "images/1.xhtml", MediaType: "image/png"},
		{ID: "cover.xhtml", Href: "xhtml/cover.xhtml", MediaType: mediaXHTML},
	}}
	want := map[string]string{"nav": "nav", "ncx": "ncx", "1.xhtml": "x1-xhtml", "id3f9c": "x1-xhtml-2", "cover.xhtml": "cover-xhtml"}
	got := p.renameIDs()
	for old, w := range want {
		if got[old] != w {
			t.Errorf("id %q -> %q, want %q", old, got[old], w)
		}
	}
}

func TestRelHref(t *testing.T) {
	tests := []struct{ from, target, want string }{
		{".", "xhtml/a.xhtml", "xhtml/a.xhtml"},
		{"", "css/style.css", "css/style.css"},
		{"xhtml", "images/cover.png", "../images/cover.png"},
		{"xhtml", "xhtml/a.xhtml#s1", "a.xhtml#s1"},
		{"a/b", "css/s.css", "../../css/s.css"},
	}
	for _, tc := range tests {
		if got := relHref(tc.from, tc.target); got != tc.want {
			t.Errorf("relHref(%q, %q) = %q, want %q", tc.from, tc.target, got, tc.want)
		}
	}
}

func TestEntryOrder(t *testing.T) {
	names := []string{"EPUB/xhtml/b.xhtml", "META-INF/container.xml", "EPUB/package.opf", "mimetype", "EPUB/css/a.css", "META-INF/com.apple.ibooks.display-options.xml"}
	want := []string{"mimetype", "META-INF/com.apple.ibooks.display-options.xml", "META-INF/container.xml", "EPUB/css/a.css", "EPUB/package.opf", "EPUB/xhtml/b.xhtml"}
	for i := range names {
		for j := range names {
			if i != j && entryLess(names[i], names[j]) == entryLess(names[j], names[i]) {
				t.Errorf("entryLess is not a strict order on %q, %q", names[i], names[j])
			}
		}
	}
	sortNames := append([]string(nil), names...)
	for i := 1; i < len(sortNames); i++ {
		for j := i; j > 0 && entryLess(sortNames[j], sortNames[j-1]); j-- {
			sortNames[j], sortNames[j-1] = sortNames[j-1], sortNames[j]
		}
	}
	if strings.Join(sortNames, " ") != strings.Join(want, " ") {
		t.Errorf("order %v, want %v", sortNames, want)
	}
}

func TestDOSDateTime(t *testing.T) {
	tests := []struct {
		in         time.Time
		date, time uint16
	}{
		{time.Date(2023, 11, 14, 22, 13, 20, 0, time.UTC), uint16(14 + 11<<5 + 43<<9), uint16(10 + 13<<5 + 22<<11)},
		{time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), uint16(1 + 1<<5), 0},
		{time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC), uint16(31 + 12<<5 + 127<<9), uint16(29 + 59<<5 + 23<<11)},
		// A local time is stamped as UTC.
		{time.Date(2024, 5, 6, 7, 8, 9, 0, time.FixedZone("CST", 8*3600)), uint16(5 + 5<<5 + 44<<9), uint16(4 + 8<<5 + 23<<11)},
	}
	for _, tc := range tests {
		d, tm := dosDateTime(tc.in)
		if d != tc.date || tm != tc.time {
			t.Errorf("dosDateTime(%v) = %d, %d; want %d, %d", tc.in, d, tm, tc.date, tc.time)
		}
	}
}

func TestPublicationDate(t *testing.T) {
	mod := time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC)
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "2025-02-03", true},
		{"2023-01-04", "2023-01-04", true},
		{"2023-1-4", "2023-01-04", true},
		{"2023/1/4", "2023-01-04", true},
		{"2023年1月4日", "2023-01-04", true},
		{"2023年1月", "2023-01", true},
		{"2023", "2023", true},
		{"2023-01-04T08:00:00+08:00", "2023-01-04", true},
		{"January 4, 2023", "2023-01-04", true},
		{"去年冬天", "2025-02-03", false},
		{"2023-13-40", "2025-02-03", false},
	}
	for _, tc := range tests {
		got, ok := publicationDate(tc.in, mod)
		if got != tc.want || ok != tc.ok {
			t.Errorf("publicationDate(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// goEpubLike builds a small archive shaped like go-epub's output.
func goEpubLike(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string, method uint16) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	add("mimetype", "application/epub+zip", zip.Store)
	add("META-INF/container.xml", `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml" /></rootfiles></container>`, zip.Deflate)
	add("EPUB/package.opf", `<?xml version="1.0" encoding="UTF-8"?>
<package version="3.0" unique-identifier="pub-id" xmlns="http://www.idpf.org/2007/opf">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="pub-id">urn:uuid:random</dc:identifier>
    <meta property="dcterms:modified">2099-01-01T00:00:00Z</meta>
    <meta name="cover" content="idabc"></meta>
  </metadata>
  <manifest>
    <item id="idabc" href="images/1.png" media-type="image/png" properties="cover-image"></item>
    <item id="1.xhtml" href="xhtml/1.xhtml" media-type="application/xhtml+xml"></item>
    <item id="cover.xhtml" href="xhtml/cover.xhtml" media-type="application/xhtml+xml"></item>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"></item>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"></item>
  </manifest>
  <spine toc="ncx"><itemref idref="cover.xhtml"></itemref><itemref idref="1.xhtml"></itemref></spine>
</package>`, zip.Deflate)
	add("EPUB/images/1.png", "\x89PNG", zip.Deflate)
	add("EPUB/xhtml/1.xhtml", `<html xmlns="http://www.w3.org/1999/xhtml"><head><title>一</title></head><body><h2 id="s1">一</h2></body></html>`, zip.Deflate)
	add("EPUB/xhtml/cover.xhtml", `<html xmlns="http://www.w3.org/1999/xhtml"><body><img src="../images/1.png" alt="Cover Image" /></body></html>`, zip.Deflate)
	add("EPUB/nav.xhtml", `<html><body><nav><h1>Table of Contents</h1></nav></body></html>`, zip.Deflate)
	add("EPUB/toc.ncx", `<ncx><head><meta name="dtb:uid" content=""/></head></ncx>`, zip.Deflate)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestApply(t *testing.T) {
	f := &fixes{
		Lang: "zh-CN", Identifier: "urn:uuid:00000000-0000-8000-8000-000000000000", Title: "书名", Authors: []string{"作者"},
		NavTitle: "目录", Modified: time.Date(2023, 11, 14, 22, 13, 20, 0, time.UTC), Date: "2023-01-04", Source: "a.txt",
		Style: "css/style.css",
		TOC:   []tocEntry{{Title: "一", Href: "xhtml/1.xhtml", Children: []tocEntry{{Title: "一之一", Href: "xhtml/1.xhtml#s1-1"}}}},
		Extra: []extraFile{{Href: "fonts/f.ttf", MediaType: "font/ttf", Data: []byte("font data"), Level: flate.BestSpeed}},
	}
	book, err := f.apply(goEpubLike(t))
	if err != nil {
		t.Fatal(err)
	}
	files, entries := unpack(t, book)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name)
		if e.ModifiedDate != uint16(14+11<<5+43<<9) || len(e.Extra) != 0 || e.Flags&0x8 != 0 {
			t.Errorf("%s: date %d, %d extra bytes, flags %#x", e.Name, e.ModifiedDate, len(e.Extra), e.Flags)
		}
	}
	wantNames := "mimetype META-INF/container.xml EPUB/fonts/f.ttf EPUB/images/1.png EPUB/nav.xhtml EPUB/package.opf EPUB/toc.ncx EPUB/xhtml/1.xhtml EPUB/xhtml/cover.xhtml"
	if strings.Join(names, " ") != wantNames {
		t.Errorf("entries %v\nwant %s", names, wantNames)
	}
	if entries[0].Method != zip.Store {
		t.Error("mimetype is compressed")
	}
	opf := string(files["EPUB/package.opf"])
	for _, want := range []string{
		`<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>`,
		`<dc:identifier id="pub-id">urn:uuid:00000000-0000-8000-8000-000000000000</dc:identifier>`,
		`<meta name="cover" content="x1-png"/>`,
		`<item id="cover-xhtml" href="xhtml/cover.xhtml" media-type="application/xhtml+xml"/>
    <item id="x1-xhtml" href="xhtml/1.xhtml" media-type="application/xhtml+xml"/>
    <item id="f-ttf" href="fonts/f.ttf" media-type="font/ttf"/>
    <item id="x1-png" href="images/1.png" media-type="image/png" properties="cover-image"/>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>`,
		`<spine toc="ncx">
    <itemref idref="cover-xhtml"/>
    <itemref idref="x1-xhtml"/>
  </spine>`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package document lacks\n%s\nin\n%s", want, opf)
		}
	}
	if strings.Contains(opf, "2099") || strings.Contains(opf, "random") {
		t.Errorf("go-epub's values survived:\n%s", opf)
	}
	if got := string(files["EPUB/xhtml/1.xhtml"]); !strings.HasPrefix(got, `<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN">`) {
		t.Errorf("section: %s", got)
	}
	if got := string(files["EPUB/xhtml/cover.xhtml"]); !strings.Contains(got, `alt="书名"`) {
		t.Errorf("cover: %s", got)
	}
	nav := string(files["EPUB/nav.xhtml"])
	for _, want := range []string{`lang="zh-CN" xml:lang="zh-CN"`, "<h1>目录</h1>", `<a href="xhtml/1.xhtml#s1-1">一之一</a>`, `href="css/style.css"`} {
		if !strings.Contains(nav, want) {
			t.Errorf("nav lacks %s:\n%s", want, nav)
		}
	}
	ncx := string(files["EPUB/toc.ncx"])
	for _, want := range []string{`content="urn:uuid:00000000-0000-8000-8000-000000000000"`, `playOrder="2"`, `<content src="xhtml/1.xhtml#s1-1"/>`, `<meta name="dtb:depth" content="2"/>`} {
		if !strings.Contains(ncx, want) {
			t.Errorf("NCX lacks %s:\n%s", want, ncx)
		}
	}
	if string(files["EPUB/fonts/f.ttf"]) != "font data" {
		t.Error("extra file garbled")
	}
}

func TestApplyRejectsBrokenPackages(t *testing.T) {
	tests := []struct {
		name string
		raw  func(t *testing.T) []byte
		want string
	}{
		{"not a zip", func(*testing.T) []byte { return []byte("nope") }, "reading packed book"},
		{"no container", func(t *testing.T) []byte {
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			zw.Create("mimetype")
			zw.Close()
			return buf.Bytes()
		}, "no META-INF/container.xml"},
	}
	for _, tc := range tests {
		_, err := (&fixes{Lang: "zh-CN"}).apply(tc.raw(t))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
	_, err := (&fixes{Extra: []extraFile{{Href: "nav.xhtml"}}}).apply(goEpubLike(t))
	if err == nil || !strings.Contains(err.Error(), "already has EPUB/nav.xhtml") {
		t.Errorf("duplicate extra file: err = %v", err)
	}
}

// TestApplyExtras checks the files the post-pass adds itself: documents
// join the reading order after go-epub's, in their order; a replacement
// keeps go-epub's manifest entry and gives the file its content.
func TestApplyExtras(t *testing.T) {
	doc := func(s string) func() ([]byte, error) {
		return func() ([]byte, error) {
			return []byte(`<html xmlns="http://www.w3.org/1999/xhtml"><body>` + s + `</body></html>`), nil
		}
	}
	f := &fixes{Lang: "zh-CN", Modified: testTime, Extra: []extraFile{
		{Href: "images/1.png", MediaType: "image/png", Data: []byte("real image"), Level: flate.DefaultCompression, Replaces: true},
		{Href: "xhtml/b.xhtml", MediaType: mediaXHTML, Make: doc("b"), Level: flate.BestSpeed, Spine: true},
		{Href: "xhtml/a.xhtml", MediaType: mediaXHTML, Make: doc("a"), Level: flate.BestSpeed, Spine: true},
	}}
	book, err := f.apply(goEpubLike(t))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := unpack(t, book)
	opf := string(files["EPUB/package.opf"])
	for _, want := range []string{
		`<itemref idref="cover-xhtml"/>
    <itemref idref="x1-xhtml"/>
    <itemref idref="b-xhtml"/>
    <itemref idref="a-xhtml"/>
  </spine>`,
		`<item id="a-xhtml" href="xhtml/a.xhtml" media-type="application/xhtml+xml"/>`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package document lacks\n%s\nin\n%s", want, opf)
		}
	}
	if n := strings.Count(opf, `href="images/1.png"`); n != 1 {
		t.Errorf("the replaced image is in the manifest %d times", n)
	}
	if got := string(files["EPUB/images/1.png"]); got != "real image" {
		t.Errorf("replaced image holds %q", got)
	}
	if got := string(files["EPUB/xhtml/a.xhtml"]); !strings.Contains(got, "<body>a</body>") {
		t.Errorf("made document: %s", got)
	}

	for _, bad := range []struct {
		extra []extraFile
		want  string
	}{
		{[]extraFile{{Href: "images/2.png", Replaces: true}}, "no EPUB/images/2.png to replace"},
		{[]extraFile{{Href: "xhtml/a.xhtml"}, {Href: "xhtml/a.xhtml"}}, "already has EPUB/xhtml/a.xhtml"},
		{[]extraFile{{Href: "xhtml/a.xhtml", Make: func() ([]byte, error) { return nil, errors.New("boom") }}}, "EPUB/xhtml/a.xhtml: boom"},
	} {
		_, err := (&fixes{Extra: bad.extra}).apply(goEpubLike(t))
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("err = %v, want %q", err, bad.want)
		}
	}
}
