package markdown

import (
	"errors"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// blockStrings describes blocks as "kind level|text", containers with
// their content nested.
func blockStrings(bs []Block, prefix string) []string {
	var out []string
	for _, b := range bs {
		switch b.Kind {
		case Quote:
			out = append(out, prefix+"quote")
			out = append(out, blockStrings(b.Blocks, prefix+"  ")...)
		case List:
			out = append(out, prefix+"list")
			for i, it := range b.Items {
				out = append(out, prefix+"  "+ListMarker(&b, i))
				out = append(out, blockStrings(it, prefix+"    ")...)
			}
		default:
			out = append(out, prefix+b.Kind.String()+" "+itoa(b.Level)+"|"+b.Text())
		}
	}
	return out
}

func TestParseBlocks(t *testing.T) {
	cases := []struct {
		name string
		md   string
		want []string
	}{
		{"title, section, deck, paragraph",
			"# 政府工作报告摘编\n\n## 关键词：稳经济增长\n\n*精准施策稳增长，全力稳住经济大盘*\n\n持续打好稳住经济大盘“组合拳”。\n",
			[]string{"heading 1|政府工作报告摘编", "heading 2|关键词：稳经济增长", "deck 0|精准施策稳增长，全力稳住经济大盘", "paragraph 0|持续打好稳住经济大盘“组合拳”。"}},
		{"soft breaks: none between CJK, one space between Latin words",
			"中文换\n行继续，English\nwords here\n",
			[]string{"paragraph 0|中文换行继续，English words here"}},
		{"escapes give back the text",
			"1\\. 不是列表\n\n\\# 不是标题\n\n星号\\*和\\_下划线\\<b\\>\n",
			[]string{"paragraph 0|1. 不是列表", "paragraph 0|# 不是标题", "paragraph 0|星号*和_下划线<b>"}},
		{"an escaped ampersand is not a character reference",
			"\\&copy; 与 &copy; 与 &#x4E2D;\n",
			[]string{"paragraph 0|&copy; 与 © 与 中"}},
		{"the escaped space separates and is not text",
			"中*文，*\\ 字\n",
			[]string{"paragraph 0|中文，字"}},
		{"emphasis not right after a heading stays a paragraph",
			"正文。\n\n*强调的一段*\n",
			[]string{"paragraph 0|正文。", "paragraph 0|强调的一段"}},
		{"nested lists and quotes",
			"- 甲\n  - 甲一\n- 乙\n\n3. 丙\n4. 丁\n\n> 引文\n>\n> - 引中列表\n",
			[]string{"list", "  •", "    paragraph 0|甲", "    list", "      •", "        paragraph 0|甲一", "  •", "    paragraph 0|乙",
				"list", "  3.", "    paragraph 0|丙", "  4.", "    paragraph 0|丁",
				"quote", "  paragraph 0|引文", "  list", "    •", "      paragraph 0|引中列表"}},
		{"deep headings fold to level 3",
			"#### 四级\n",
			[]string{"heading 3|四级"}},
		{"code block keeps its lines",
			"```go\na  b\nc\n```\n",
			[]string{"code 0|a  b\nc"}},
		{"table",
			"| 指标 | 2024年 |\n|:--|--:|\n| 生产总值 | 3.68 |\n| 收入 |\n",
			[]string{"table 0|指标\t2024年\n生产总值\t3.68\n收入\t"}},
		{"figure",
			"![图一](a.png \"图1　增速\")\n\n![甲](b.png)\n![乙](c.jpg)\n",
			[]string{"figure 0|图1　增速", "figure 0|甲", "figure 0|乙"}},
		{"rule", "甲\n\n***\n\n乙\n", []string{"paragraph 0|甲", "rule 0|", "paragraph 0|乙"}},
		{"raw HTML block kept as text", "<div>\n文字\n</div>\n", []string{"code 0|<div>\n文字\n</div>"}},
		{"HTML comment dropped", "<!-- 注 -->\n\n正文\n", []string{"paragraph 0|正文"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("t.md", []byte(c.md))
			if err != nil {
				t.Fatal(err)
			}
			got := blockStrings(d.Blocks, "")
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestFrontMatter(t *testing.T) {
	md := "---\ntitle: 政府工作报告摘编\nsubtitle: 把牢高质量发展主动权　全力稳住经济大盘\nauthor: 董艳竹 王红\nlang: zh-CN\nsource: zhengzhou-2023.txt\nkeywords: [经济, 民生]\n---\n\n# 政府工作报告摘编\n\n正文。\n"
	d, err := Parse("t.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	want := Meta{Title: "政府工作报告摘编", Subtitle: "把牢高质量发展主动权　全力稳住经济大盘", Author: "董艳竹 王红",
		Authors: []string{"董艳竹", "王红"}, Lang: "zh-CN", Source: "zhengzhou-2023.txt", Description: "把牢高质量发展主动权　全力稳住经济大盘", Keywords: []string{"经济", "民生"}}
	if !reflect.DeepEqual(d.Meta, want) {
		t.Errorf("meta = %+v\nwant %+v", d.Meta, want)
	}
	if d.Blocks[1].Line != 12 {
		t.Errorf("line of the paragraph = %d, want 12", d.Blocks[1].Line)
	}
}

func TestDefaults(t *testing.T) {
	d, err := Parse("dir/report.md", []byte("正文，没有标题。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Title != "report" || d.Meta.Lang != "zh-CN" {
		t.Errorf("defaults: %+v", d.Meta)
	}
	d, _ = Parse("x.md", []byte("# 标题\n\n正文。\n"))
	if d.Meta.Title != "标题" {
		t.Errorf("title from heading: %q", d.Meta.Title)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, md string
		is       error
		msg      string
	}{
		{"unclosed front matter", "---\ntitle: x\n\n正文\n", ErrFrontMatter, "x.md: broken front matter: no closing"},
		{"bad YAML", "---\ntitle: [x\n---\n", ErrFrontMatter, "x.md: broken front matter:"},
		{"too deep", strings.Repeat("> ", 100) + "x\n", ErrTooDeep, "x.md: block nesting deeper than 32 levels"},
		{"invalid UTF-8", "\xff\xfe", nil, "x.md: not valid UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("x.md", []byte(c.md))
			if err == nil {
				t.Fatal("no error")
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %v is not %v", err, c.is)
			}
			if !strings.HasPrefix(err.Error(), c.msg) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q, want one line starting %q", err, c.msg)
			}
		})
	}
}

func TestSections(t *testing.T) {
	md := "# T\n\n### 早到的小节\n\n## 一、甲\n\n### （一）子\n\n### （二）子\n\n## 二、乙\n"
	d, err := Parse("x.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func(ss []*Section, depth int)
	walk = func(ss []*Section, depth int) {
		for _, s := range ss {
			got = append(got, strings.Repeat("  ", depth)+s.Title)
			walk(s.Children, depth+1)
		}
	}
	walk(d.Sections(), 0)
	want := []string{"早到的小节", "一、甲", "  （一）子", "  （二）子", "二、乙"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sections %q, want %q", got, want)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("---\ntitle: t\n---\n# T\n\n## S\n\n*deck*\n\n正文 **粗** `code` [链接](http://x)\n"))
	f.Add([]byte("> - 1. > x\n"))
	f.Fuzz(func(t *testing.T, md []byte) {
		d, err := Parse("f.md", md)
		if err != nil {
			return
		}
		for _, b := range d.Blocks {
			if b.Kind == Heading && (b.Level < 1 || b.Level > 3) {
				t.Fatalf("heading level %d", b.Level)
			}
		}
		_ = d.Sections()
	})
}

func BenchmarkParse(b *testing.B) {
	md, err := os.ReadFile("../layout/testdata/zhengzhou-2023.md")
	if err != nil {
		b.Skip("sample Markdown missing:", err)
	}
	for _, n := range []int{1, 100} {
		fm, body, _ := strings.Cut(string(md[4:]), "\n---\n")
		src := []byte("---\n" + fm + "\n---\n" + strings.Repeat(body+"\n", n))
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				if _, err := Parse("b.md", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
