package epub

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

func TestRenderBlock(t *testing.T) {
	tests := []struct {
		name string
		in   markdown.Block
		id   string
		want string
	}{
		{"paragraph", markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: "营收增长12%，利润<下降>&持平。"}}}, "",
			"<p>营收增长12%，利润&lt;下降&gt;&amp;持平。</p>\n"},
		{"styles", markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: "重点", Style: markdown.Strong}, {Text: "强调", Style: markdown.Emph}, {Text: "x := 1", Style: markdown.Mono}, {Text: "两者", Style: markdown.Strong | markdown.Emph}}}, "",
			"<p><strong>重点</strong><em>强调</em><code>x := 1</code><strong><em>两者</em></strong></p>\n"},
		{"web link", markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: "网站", Link: "https://example.org/?a=1&b=\"2\""}}}, "",
			`<p><a href="https://example.org/?a=1&amp;b=%222%22">网站</a></p>` + "\n"},
		{"relative link keeps its text only", markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: "附件", Link: "annex.md"}}}, "",
			"<p>附件</p>\n"},
		{"script link dropped", markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: "x", Link: "javascript:alert(1)"}}}, "", "<p>x</p>\n"},
		{"hard break", markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: "第一行\n第二行"}}}, "", "<p>第一行<br/>第二行</p>\n"},
		{"section heading", markdown.Block{Kind: markdown.Heading, Level: 2, Spans: []markdown.Span{{Text: "关键词：稳经济增长"}}}, "s1",
			`<h2 id="s1">关键词：稳经济增长</h2>` + "\n"},
		{"subsection heading", markdown.Block{Kind: markdown.Heading, Level: 3, Spans: []markdown.Span{{Text: "（一）"}}}, "s1-1", `<h3 id="s1-1">（一）</h3>` + "\n"},
		{"deck drops its emphasis", markdown.Block{Kind: markdown.Deck, Spans: []markdown.Span{{Text: "精准施策稳增长", Style: markdown.Emph}}}, "",
			`<p class="deck">精准施策稳增长</p>` + "\n"},
		{"code", markdown.Block{Kind: markdown.Code, Spans: []markdown.Span{{Text: "a < b\n  c", Style: markdown.Mono}}}, "", "<pre><code>a &lt; b\n  c</code></pre>\n"},
		{"rule", markdown.Block{Kind: markdown.Rule}, "", "<hr/>\n"},
		{"control characters", markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: "a\x00b\x1bc\uFFFEd"}}}, "", "<p>a\uFFFDb\uFFFDc\uFFFDd</p>\n"},
		{"invalid UTF-8", markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: "a\xffb"}}}, "", "<p>a\uFFFDb</p>\n"},
	}
	for _, tc := range tests {
		var s strings.Builder
		renderBlock(&s, tc.in, tc.id)
		if s.String() != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, s.String(), tc.want)
		}
	}
}

func TestRenderListsAndQuotes(t *testing.T) {
	li := func(marker, text string) markdown.Block {
		return markdown.Block{Kind: markdown.ListItem, Marker: marker, Spans: []markdown.Span{{Text: text}}}
	}
	tests := []struct {
		name   string
		blocks []markdown.Block
		used   int
		want   string
	}{
		{"bullets", []markdown.Block{li("• ", "甲"), li("• ", "乙"), {Kind: markdown.Paragraph}}, 2,
			"<ul>\n<li><p>甲</p></li>\n<li><p>乙</p></li>\n</ul>\n"},
		{"numbered from 3", []markdown.Block{li("3. ", "丙"), li("4. ", "丁")}, 2,
			"<ol start=\"3\">\n<li><p>丙</p></li>\n<li><p>丁</p></li>\n</ol>\n"},
		{"continuation paragraph", []markdown.Block{li("1) ", "一"), li("", "续"), li("2) ", "二")}, 3,
			"<ol>\n<li><p>一</p><p>续</p></li>\n<li><p>二</p></li>\n</ol>\n"},
		{"bullets then numbers", []markdown.Block{li("• ", "甲"), li("1. ", "一")}, 2,
			"<ul>\n<li><p>甲</p></li>\n</ul>\n<ol>\n<li><p>一</p></li>\n</ol>\n"},
		{"orphan continuation", []markdown.Block{li("", "无标记")}, 1,
			"<ul class=\"plain\">\n<li><p>无标记</p></li>\n</ul>\n"},
	}
	for _, tc := range tests {
		var s strings.Builder
		if n := renderList(&s, tc.blocks); n != tc.used || s.String() != tc.want {
			t.Errorf("%s: used %d\n%s\nwant %d\n%s", tc.name, n, s.String(), tc.used, tc.want)
		}
	}
	var s strings.Builder
	q := markdown.Block{Kind: markdown.Quote, Spans: []markdown.Span{{Text: "引"}}}
	if n := renderQuote(&s, []markdown.Block{q, q, {Kind: markdown.Paragraph}}); n != 2 || s.String() != "<blockquote>\n<p>引</p>\n<p>引</p>\n</blockquote>\n" {
		t.Errorf("quote: %d %q", n, s.String())
	}
}

func TestListKind(t *testing.T) {
	tests := []struct {
		marker string
		tag    string
		start  int
	}{
		{"• ", "ul", 0}, {"1. ", "ol", 1}, {"12) ", "ol", 12}, {"a. ", "ul", 0}, {".", "ul", 0}, {"99999999999. ", "ul", 0},
	}
	for _, tc := range tests {
		if tag, start := listKind(tc.marker); tag != tc.tag || start != tc.start {
			t.Errorf("listKind(%q) = %s, %d; want %s, %d", tc.marker, tag, start, tc.tag, tc.start)
		}
	}
}

func TestPlanBook(t *testing.T) {
	tests := []struct {
		name, md string
		files    []string
		title    int
	}{
		{"sample shape", "# T\n\n导语。\n\n## A\n\n*deck*\n\n正文。\n\n## B\n\n正文。\n", []string{"titlepage.xhtml", "intro.xhtml", "section001.xhtml", "section002.xhtml"}, 0},
		{"no lead-in", "# T\n\n## A\n\n正文。\n", []string{"titlepage.xhtml", "section001.xhtml"}, 0},
		{"no title heading", "导语。\n\n## A\n\n正文。\n", []string{"titlepage.xhtml", "intro.xhtml", "section001.xhtml"}, -1},
		{"no sections", "# T\n\n正文。\n", []string{"titlepage.xhtml", "intro.xhtml"}, 0},
		{"title only", "# T\n", []string{"titlepage.xhtml"}, 0},
		{"empty", "", []string{"titlepage.xhtml"}, -1},
	}
	for _, tc := range tests {
		d, err := markdown.Parse(tc.name, []byte(tc.md))
		if err != nil {
			t.Fatal(err)
		}
		b := planBook(d)
		var files []string
		for _, ch := range b.chapters {
			files = append(files, ch.file)
		}
		if strings.Join(files, " ") != strings.Join(tc.files, " ") || b.titleBlock != tc.title {
			t.Errorf("%s: files %v title %d, want %v %d", tc.name, files, b.titleBlock, tc.files, tc.title)
		}
		if len(b.toc) == 0 {
			t.Errorf("%s: empty table of contents", tc.name)
		}
	}
}

// wellFormed reports whether s parses as XML.
func wellFormed(s string) error {
	dec := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestChaptersAreWellFormed(t *testing.T) {
	for _, d := range []*markdown.Document{loadSample(t), parse(t, "nested.md", nestedDoc)} {
		b := planBook(d)
		for _, ch := range b.chapters {
			body := `<body xmlns:epub="http://www.idpf.org/2007/ops">` + renderChapter(d, b, ch) + `</body>`
			if err := wellFormed(body); err != nil {
				t.Errorf("%s: %v", ch.file, err)
			}
		}
	}
}

// FuzzRenderChapter feeds arbitrary Markdown through the parser and checks
// that every chapter is well-formed XML and keeps the text.
func FuzzRenderChapter(f *testing.F) {
	f.Add(nestedDoc)
	f.Add("# T\n\n## <b>&amp;</b>\n\n`a<b`\n\n> q\n\n- [x](http://e.org/\"><)\n")
	f.Add("## \x01\n\n*em **strong** em*\n\n***\n\n1. a\n\n   b\n")
	f.Fuzz(func(t *testing.T, md string) {
		d, err := markdown.Parse("fuzz.md", []byte(md))
		if err != nil {
			return
		}
		b := planBook(d)
		var all strings.Builder
		for _, ch := range b.chapters {
			body := renderChapter(d, b, ch)
			if err := wellFormed(`<body xmlns:epub="http://www.idpf.org/2007/ops">` + body + `</body>`); err != nil {
				t.Fatalf("%s: %v\n%s", ch.file, err, body)
			}
			all.WriteString(body)
		}
		var text strings.Builder
		dec := xml.NewDecoder(strings.NewReader("<r>" + all.String() + "</r>"))
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			if c, ok := tok.(xml.CharData); ok {
				text.Write(c)
			}
		}
		got := squash(text.String())
		for _, bl := range d.Blocks {
			want := squash(escapeText(bl.Text()))
			want = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(want)
			if !strings.Contains(got, want) {
				t.Fatalf("block %q lost", want)
			}
		}
	})
}
