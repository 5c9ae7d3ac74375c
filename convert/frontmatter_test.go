package convert

import (
	"testing"

	"publish/doc"
)

func TestFrontMatter(t *testing.T) {
	for _, v := range []string{
		"政府工作报告摘编",
		"把牢高质量发展主动权\u3000全力稳住经济大盘",
		"董艳竹 王红",
		"2026",
		"true",
		"null",
		"a: b",
		"#话题",
		"- 列表",
		"\"引号\" 与 'quote'",
		"反斜杠\\在此",
		"[x]",
		"@home",
		"ends with colon:",
	} {
		md := frontMatter(meta{title: v, subtitle: v, author: v, lang: "zh-CN", source: "x.txt"})
		d, err := doc.Parse("t.md", []byte(md))
		if err != nil {
			t.Fatalf("%q: %v\n%s", v, err, md)
		}
		if d.Meta.Title != v || d.Meta.Subtitle != v || d.Meta.Author != v || d.Meta.Source != "x.txt" {
			t.Errorf("%q came back as %+v", v, d.Meta)
		}
	}
}
