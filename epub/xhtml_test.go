package epub

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

// render writes one block the way a chapter does.
func render(bl markdown.Block) string {
	r := renderer{d: &markdown.Document{}, b: &book{anchorIn: map[string]string{"s1": "section001.xhtml"}, images: map[*markdown.Image]string{}},
		file: "section001.xhtml", cjk: true, refs: map[int]int{}}
	r.block(bl)
	return r.s.String()
}

func para(spans ...markdown.Span) markdown.Block {
	return markdown.Block{Kind: markdown.Paragraph, Spans: spans}
}

func TestRenderBlock(t *testing.T) {
	item := func(text string) []markdown.Block { return []markdown.Block{para(markdown.Span{Text: text})} }
	tests := []struct {
		name string
		in   markdown.Block
		want string
	}{
		{"paragraph", para(markdown.Span{Text: "营收增长12%，利润<下降>&持平。"}),
			"<p>营收增长12%，利润&lt;下降&gt;&amp;持平。</p>\n"},
		{"styles", para(markdown.Span{Text: "重点", Style: markdown.Strong}, markdown.Span{Text: "强调", Style: markdown.Emph}, markdown.Span{Text: "x := 1", Style: markdown.Mono}, markdown.Span{Text: "两者", Style: markdown.Strong | markdown.Emph}),
			"<p><strong>重点</strong><em>强调</em><code>x := 1</code><strong><em>两者</em></strong></p>\n"},
		{"Latin in emphasis", para(markdown.Span{Text: "强调GDP增长", Style: markdown.Emph}),
			`<p><em>强调<span class="latin">GDP</span>增长</em></p>` + "\n"},
		{"web link", para(markdown.Span{Text: "网站", Link: "https://example.org/?a=1&b=\"2\""}),
			`<p><a href="https://example.org/?a=1&amp;b=%222%22">网站</a></p>` + "\n"},
		{"anchor in this file", para(markdown.Span{Text: "上文", Link: "#s1"}), `<p><a href="#s1">上文</a></p>` + "\n"},
		{"script link dropped", para(markdown.Span{Text: "x", Link: "javascript:alert(1)"}), "<p>x</p>\n"},
		{"hard break", para(markdown.Span{Text: "第一行\n第二行"}), "<p>第一行<br/>第二行</p>\n"},
		{"section heading", markdown.Block{Kind: markdown.Heading, Level: 2, ID: "s1", Spans: []markdown.Span{{Text: "关键词：稳经济增长"}}},
			`<h2 id="s1">关键词：稳经济增长</h2>` + "\n"},
		{"deck drops its emphasis", markdown.Block{Kind: markdown.Deck, Spans: []markdown.Span{{Text: "精准施策稳增长", Style: markdown.Emph}}},
			`<p class="deck">精准施策稳增长</p>` + "\n"},
		{"salutation", markdown.Block{Kind: markdown.Paragraph, Role: markdown.Salutation, Spans: []markdown.Span{{Text: "各位代表："}}},
			`<p class="salutation">各位代表：</p>` + "\n"},
		{"code", markdown.Block{Kind: markdown.Code, Spans: []markdown.Span{{Text: "a < b\n  c", Style: markdown.Mono}}}, "<pre><code>a &lt; b\n  c</code></pre>\n"},
		{"rule", markdown.Block{Kind: markdown.Rule}, "<hr/>\n"},
		{"control characters", para(markdown.Span{Text: "a\x00b\x1bc\uFFFEd"}), "<p>a\uFFFDb\uFFFDc\uFFFDd</p>\n"},
		{"invalid UTF-8", para(markdown.Span{Text: "a\xffb"}), "<p>a\uFFFDb</p>\n"},
		{"nested lists", markdown.Block{Kind: markdown.List, Ordered: true, Start: 3, Items: [][]markdown.Block{
			item("丙"), append(item("丁"), markdown.Block{Kind: markdown.List, Items: [][]markdown.Block{item("丁一")}})}},
			"<ol start=\"3\">\n<li><p>丙</p>\n</li>\n<li><p>丁</p>\n<ul>\n<li><p>丁一</p>\n</li>\n</ul>\n</li>\n</ol>\n"},
		{"quote", markdown.Block{Kind: markdown.Quote, Blocks: []markdown.Block{para(markdown.Span{Text: "引"}), para(markdown.Span{Text: "文"})}},
			"<blockquote>\n<p>引</p>\n<p>文</p>\n</blockquote>\n"},
		{"table", markdown.Block{Kind: markdown.Table, Table: &markdown.TableData{Align: []markdown.Align{markdown.AlignNone, markdown.AlignRight},
			Head: []markdown.Cell{{{Text: "指标"}}, {{Text: "2025年"}}}, Rows: [][]markdown.Cell{{{{Text: "生产总值"}}, {{Text: "4.93"}}}}}},
			`<div class="table" tabindex="0"><table>` + "\n<thead>\n<tr><th>指标</th><th class=\"right\">2025年</th></tr>\n</thead>\n<tbody>\n" +
				"<tr><td>生产总值</td><td class=\"right\">4.93</td></tr>\n</tbody>\n</table></div>\n"},
		{"figure not loaded shows its text", markdown.Block{Kind: markdown.Figure, Image: &markdown.Image{Src: "../secret.png", Alt: "图", Caption: "图1　说明"}},
			`<p class="figure-missing">图 图1　说明</p>` + "\n"},
	}
	for _, tc := range tests {
		if got := render(tc.in); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
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
		if strings.Join(files, " ") != strings.Join(tc.files, " ") || b.title.Block != tc.title {
			t.Errorf("%s: files %v title %d, want %v %d", tc.name, files, b.title.Block, tc.files, tc.title)
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
