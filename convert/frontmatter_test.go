package convert

import (
	"testing"

	"gopkg.in/yaml.v2"

	"github.com/cjk-publish/publish/markdown"
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
		d, err := markdown.Parse("t.md", []byte(md))
		if err != nil {
			t.Fatalf("%q: %v\n%s", v, err, md)
		}
		if d.Meta.Title != v || d.Meta.Subtitle != v || d.Meta.Author != v || d.Meta.Source != "x.txt" {
			t.Errorf("%q came back as %+v", v, d.Meta)
		}
	}
}

// TestSimpleWordAgreesWithYAML holds the fast path of plainYAML to what
// the YAML reader makes of each value.
func TestSimpleWordAgreesWithYAML(t *testing.T) {
	for _, v := range []string{"zh-CN", "en", "report.txt", "damaged.txt", "a_b-c.d", "yes", "No", "TRUE", "off", "null", "Null", "y", "N", "e1", "x1.5", "inf", "nan", "ON"} {
		var got map[string]interface{}
		if err := yaml.Unmarshal([]byte("k: "+v), &got); err != nil {
			t.Fatal(err)
		}
		s, isString := got["k"].(string)
		if simpleWord(v) && !(isString && s == v) {
			t.Errorf("simpleWord(%q) but YAML reads %#v", v, got["k"])
		}
	}
	if simpleWord("1st") || simpleWord("a b") || !simpleWord("zh-CN") {
		t.Error("simpleWord misjudges a plain case")
	}
}
