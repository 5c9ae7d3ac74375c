package convert

import (
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

func TestEscapeRoundTrip(t *testing.T) {
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
		"2026年1月26日",
		"1213.6万人",
		"#话题# 中间的井号",
	} {
		md := "---\ntitle: t\n---\n\n" + escapeParagraph(text) + "\n"
		d, err := markdown.Parse("t.md", []byte(md))
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if len(d.Blocks) != 1 || d.Blocks[0].Kind != markdown.Paragraph || d.Blocks[0].Text() != text {
			t.Errorf("%q came back as %+v", text, d.Blocks)
		}
	}
}

func TestEscapeHeadingAndDeck(t *testing.T) {
	for _, text := range []string{"C# 与 F#", "关键词：*稳*增长 #", "_开头_与结尾_", "“引号”开头，结尾“引号”"} {
		md := "## " + escapeHeading(text) + "\n\n*" + escapeInline(text) + "*\n"
		d, err := markdown.Parse("t.md", []byte(md))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Blocks) != 2 || d.Blocks[0].Text() != text || d.Blocks[1].Text() != text || d.Blocks[1].Kind != markdown.Deck {
			t.Errorf("%q came back as %+v", text, d.Blocks)
		}
	}
}
