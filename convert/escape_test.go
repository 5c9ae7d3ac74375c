package convert

import (
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

// TestMarkdownRoundTrip writes text that Markdown would read as syntax
// through the dialect's writer, as the normalizer does, and reads it back:
// the text, the kind of each block and the front matter come back as
// they were.
func TestMarkdownRoundTrip(t *testing.T) {
	for _, text := range []string{
		"1. 第一条不是列表",
		"2) 也不是",
		"# 不是标题",
		"> 不是引用",
		"- 不是列表项",
		"+ 也不是",
		"* 星号开头",
		"--- 不是分隔线",
		"=== 不是标题下划线",
		"~~~ 不是代码块",
		"``` 也不是",
		"文中有*星号*和_下划线_，还有`反引号`与\\反斜杠\\",
		"<b>不是HTML</b> 和 <http://example.com> 不是链接",
		"[方括号](不是链接) 与 ![图](x)",
		"Fish &amp; chips, &copy; 2023, &#169;, R&D and a&b;",
		"结尾有反斜杠\\",
		"| 不是 | 表格 |",
		"脚注[^1]不是脚注",
		"2026年1月26日",
		"#话题# 中间的井号",
		"C# 与 F#",
		"关键词：*稳*增长 #",
		"“引号”开头，结尾“引号”",
	} {
		m := meta{title: text, subtitle: text, author: text, lang: "zh-CN", source: "x.txt", front: []string{"dateline"}}
		blocks := []block{{kind: heading, level: 1, text: "标题"}, {kind: paragraph, text: text}, {kind: heading, level: 2, text: text}, {kind: deck, text: text}}
		md := string(markdown.Format(document(m, blocks)))
		d, err := markdown.Parse("t.md", []byte(md))
		if err != nil {
			t.Fatalf("%q: %v\n%s", text, err, md)
		}
		if d.Meta.Title != text || d.Meta.Subtitle != text || d.Meta.Author != text || d.Meta.Source != "x.txt" {
			t.Errorf("%q: front matter came back as %+v", text, d.Meta)
		}
		want := []markdown.Kind{markdown.Heading, markdown.Paragraph, markdown.Heading, markdown.Deck}
		if len(d.Blocks) != len(want) {
			t.Fatalf("%q came back as %d blocks:\n%s", text, len(d.Blocks), md)
		}
		for i, b := range d.Blocks[1:] {
			if b.Kind != want[i+1] || b.Text() != text {
				t.Errorf("%q came back as %v %q", text, b.Kind, b.Text())
			}
		}
	}
}
