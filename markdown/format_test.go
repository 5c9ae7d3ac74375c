package markdown

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// comparable strips what Format does not carry: source lines, warnings,
// loaded image data and the file name.
func comparable(d *Document) *Document {
	c := *d
	c.Name, c.Warnings, c.Meta.Warnings = "", nil, nil
	var strip func(bs []Block) []Block
	strip = func(bs []Block) []Block {
		if bs == nil {
			return nil
		}
		out := make([]Block, len(bs))
		for i, b := range bs {
			b.Line = 0
			b.Blocks = strip(b.Blocks)
			if b.Items != nil {
				items := make([][]Block, len(b.Items))
				for k, it := range b.Items {
					items[k] = strip(it)
				}
				b.Items = items
			}
			if b.Image != nil {
				im := Image{Src: b.Image.Src, Alt: b.Image.Alt, Caption: b.Image.Caption}
				b.Image = &im
			}
			out[i] = b
		}
		return out
	}
	c.Blocks = strip(d.Blocks)
	c.Notes = make([]Note, len(d.Notes))
	for i, n := range d.Notes {
		c.Notes[i] = Note{Label: n.Label, Blocks: strip(n.Blocks)}
	}
	if len(c.Notes) == 0 {
		c.Notes = nil
	}
	return &c
}

// roundTrip checks Parse(Format(d)) == d and that Format is stable.
func roundTrip(t *testing.T, d *Document) string {
	t.Helper()
	md := Format(d)
	back, err := Parse("round.md", md)
	if err != nil {
		t.Fatalf("formatted Markdown does not parse: %v\n%s", err, md)
	}
	if !reflect.DeepEqual(comparable(back), comparable(d)) {
		a, _ := json.MarshalIndent(comparable(d), "", " ")
		b, _ := json.MarshalIndent(comparable(back), "", " ")
		al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
		k := 0
		for k < len(al) && k < len(bl) && al[k] == bl[k] {
			k++
		}
		t.Fatalf("round trip changed the document\nformatted:\n%s\nfirst difference at line %d of the JSON:\nwant %s\n got %s",
			md, k, strings.Join(al[max(0, k-3):min(len(al), k+3)], "\n"), strings.Join(bl[max(0, k-3):min(len(bl), k+3)], "\n"))
	}
	if again := Format(back); string(again) != string(md) {
		t.Fatalf("Format is not stable:\n%s\nthen\n%s", md, again)
	}
	return string(md)
}

// Every construct of the dialect survives Parse(Format(Parse(md))).
func TestRoundTripEveryConstruct(t *testing.T) {
	src, err := os.ReadFile("testdata/all.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("testdata/all.md", src)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[Kind]bool{}
	styles := Style(0)
	links, notes := 0, 0
	d.Walk(func(b *Block, _ int) bool {
		kinds[b.Kind] = true
		for _, s := range b.Spans {
			styles |= s.Style
			if s.Link != "" {
				links++
			}
			if s.Note > 0 {
				notes++
			}
		}
		return true
	})
	for k := Paragraph; k <= Figure; k++ {
		if !kinds[k] {
			t.Errorf("testdata/all.md has no %s", k)
		}
	}
	if styles != Strong|Emph|Mono || links < 3 || notes == 0 || len(d.FrontBlock()) != 3 {
		t.Errorf("testdata/all.md lacks inline constructs: styles %b, %d links, %d notes, front %v", styles, links, notes, d.FrontBlock())
	}
	roundTrip(t, d)
}

// A document built in Go, as a normalizer builds one, formats to Markdown
// that reads back as the same document.
func TestFormatBuiltDocument(t *testing.T) {
	d := &Document{
		Meta: Meta{Title: "报告", Author: "某某", Authors: []string{"某某"}, Lang: "zh-CN", Source: "r.txt", Front: []string{"dateline", "salutation"},
			Keywords: []string{"经济, 民生", "a]b"}},
		Blocks: []Block{
			{Kind: Heading, Level: 1, ID: "报告", Spans: []Span{{Text: "报告"}}},
			{Kind: Paragraph, Role: Dateline, Spans: []Span{{Text: "——2026年1月26日在大会上"}}},
			{Kind: Paragraph, Role: Salutation, Spans: []Span{{Text: "各位代表："}}},
			{Kind: Paragraph, Spans: []Span{{Text: "1. 不是列表，# 不是标题，* 不是强调，[不是链接]，<b>不是标签</b>，&copy; 不是实体，| 不是表格。"}}},
			{Kind: Paragraph, Spans: []Span{{Text: "1.《出生医学证明》办理；"}}},
			{Kind: Paragraph, Spans: []Span{{Text: "2)预防接种证办理；\n3.\n4)"}}},
			{Kind: Heading, Level: 2, ID: "一回顾-2025", Spans: []Span{{Text: "一、回顾 #2025"}}},
			{Kind: Deck, Spans: []Span{{Text: "导语", Style: Emph}}},
			{Kind: Paragraph, Spans: []Span{{Text: "正文"}, {Text: "，强调，", Style: Emph}, {Text: "紧接"}, {Text: "粗", Style: Strong},
				{Text: "粗斜", Style: Strong | Emph}, {Text: " 空格 ", Style: Emph}, {Text: "`代码`", Style: Mono}, {Note: 1},
				{Text: "链接", Link: "https://example.com/a_b?c=1&amp;d=(2)"}, {Text: "内部", Style: Emph, Link: "#一回顾-2025"},
				{Text: "\n第二行\n  缩进的第三行 结尾"}}},
			{Kind: List, Ordered: true, Start: 3, Items: [][]Block{
				{{Kind: Paragraph, Spans: []Span{{Text: "- 看似列表"}}}},
				{{Kind: Paragraph, Spans: []Span{{Text: "乙"}}}, {Kind: List, Items: [][]Block{{{Kind: Paragraph, Spans: []Span{{Text: "乙一"}}}}}}},
				{{Kind: Code, Lang: "sh", Spans: []Span{{Text: "```\n  x", Style: Mono}}}},
			}},
			{Kind: List, Ordered: true, Start: 1, Items: [][]Block{{{Kind: Paragraph, Spans: []Span{{Text: "另一列表"}}}}}},
			{Kind: Quote, Blocks: []Block{{Kind: Paragraph, Spans: []Span{{Text: "引"}}}, {Kind: Quote, Blocks: []Block{{Kind: Paragraph, Spans: []Span{{Text: "套引"}}}}}}},
			{Kind: Table, Table: &TableData{Align: []Align{AlignLeft, AlignRight, AlignCenter, AlignNone},
				Head: []Cell{{{Text: "a|b"}}, {{Text: "数"}}, {{Text: "中", Style: Strong}}, nil},
				Rows: [][]Cell{{{{Text: "1.5"}}, {{Text: "- 2"}}, nil, {{Text: "x", Style: Mono}}}}}},
			{Kind: Figure, Image: &Image{Src: "图 片/a(1).png", Alt: "替代[文字]", Caption: `图1 "引号" \ 反斜杠`}},
			{Kind: Rule},
			{Kind: Heading, Level: 3, ID: "h-3-小节", Spans: []Span{{Text: "3 小节"}}},
		},
		Notes: []Note{{Label: "注一", Blocks: []Block{{Kind: Paragraph, Spans: []Span{{Text: "注释正文。"}}}, {Kind: Paragraph, Spans: []Span{{Text: "第二段。"}}}}}},
	}
	md := roundTrip(t, d)
	for _, want := range []string{"front: [dateline, salutation]", "1\\. 不是列表", "\n1.《出生医学证明》办理；", "\n2)预防接种证办理；", "\n4\\)", "3. \\- 看似列表", "[^注一]: 注释正文。", "    第二段。"} {
		if !strings.Contains(md, want) {
			t.Errorf("formatted Markdown lacks %q:\n%s", want, md)
		}
	}
}

// Format writes emphasis next to CJK punctuation so that it reads back,
// with the invisible separator only where it is needed.
func TestFormatEmphasis(t *testing.T) {
	cases := []struct {
		spans []Span
		want  string
	}{
		{[]Span{{Text: "经济运行"}, {Text: "稳中有进", Style: Emph}, {Text: "，"}}, "经济运行*稳中有进*，"},
		{[]Span{{Text: "中"}, {Text: "文，", Style: Emph}, {Text: "字"}}, "中*文，*\\ 字"},
		{[]Span{{Text: "中"}, {Text: "“引号”", Style: Strong}}, "中\\ **“引号”**"},
		{[]Span{{Text: "a"}, {Text: " b", Style: Emph}}, "a\\ *&#32;b*"},
		{[]Span{{Text: "粗", Style: Strong}, {Text: "斜", Style: Emph}}, "**粗**\\ *斜*"},
		// Fenced runs that end a line: no separator after the last one.
		{[]Span{{Text: "0", Style: Emph | Strong}, {Text: "0", Style: Strong}, {Text: "0", Style: Emph | Strong}}, "***0*\\ 0\\ *0***"},
		{[]Span{{Text: "0", Style: Emph | Strong}, {Text: "0", Style: Strong}, {Text: "0", Style: Emph | Strong}, {Text: "\n甲"}}, "***0*\\ 0\\ *0***\\"},
	}
	for _, c := range cases {
		d := &Document{Meta: Meta{Title: "t", Lang: "zh-CN"}, Blocks: []Block{{Kind: Paragraph, Spans: c.spans}}}
		md := roundTrip(t, d)
		if !strings.Contains(md, "\n"+c.want+"\n") {
			t.Errorf("%+v: got\n%s\nwant the line %q", c.spans, md, c.want)
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	src, _ := os.ReadFile("testdata/all.md")
	f.Add(src)
	f.Add([]byte("- a\n\n  b\n- c\n\n1) x\n2) y\n\n> q\n>\n> > qq\n"))
	f.Add([]byte("*a **b** c*d**e***f* `x``y` [l*i*nk](http://e.org \"t\")\\\nnext [^1]\n\n[^1]: n\n"))
	f.Add([]byte("| a | b |\n|---|:-:|\n| `|` | \\| |\n"))
	f.Fuzz(func(t *testing.T, md []byte) {
		d, err := Parse("f.md", md)
		if err != nil {
			return
		}
		roundTrip(t, d)
	})
}

// A backslash right before a hard break reads back as a backslash and
// the break (goldmark reads an escaped backslash before the break's one
// as no break).
func TestFormatBackslashBeforeBreak(t *testing.T) {
	for _, text := range []string{"\\\n0", "a\\\nb\\", "\\\\\nc"} {
		d := &Document{Meta: Meta{Title: "t", Lang: "zh-CN"}, Blocks: []Block{{Kind: Paragraph, Spans: []Span{{Text: text}}}}}
		roundTrip(t, d)
	}
}

func TestEscapeHeading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"回顾 #2025", `回顾 \#2025`},
		{"##", `\#\#`},
		{escapeText("0\r0"), "0&#13;0"}, // the reference escapeText wrote for a CR
		{"&#32;起", "&#32;起"},
		{"&amp;#1", `&amp;\#1`},
		{"#0`0#0`0#", "\\#0`0#0`0\\#"}, // a code span's "#" is its text
		{"a ``b#`` #", "a ``b#`` \\#"}, // its backticks in a run of two
		{"\\`#`#", "\\`\\#`\\#"},       // an escaped backtick opens no span
		{"`#", "`\\#"},                 // a backtick that nothing closes
	} {
		if got := escapeHeading(tc.in); got != tc.want {
			t.Errorf("escapeHeading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
