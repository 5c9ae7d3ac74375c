package convert

import "testing"

func TestReadOwnMarkdown(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		own  bool // read as Markdown, written back unchanged
	}{
		{"our output", "---\ntitle: 标题\nsubtitle: 副题\nauthor: 张三\nlang: zh-CN\nsource: a.txt\n---\n\n# 标题\n\n## 一、回顾\n\n*导语*\n\n正文\\*一。\n\n1\\. 不是列表\n", true},
		{"a title first", "# 标题\n\n正文。\n", false},
		{"raw text", "标题\n\n正文。\n", false},
		{"front matter with a rule that would be lost", "---\ntitle: x\n---\n\n正文\n\n---\n\n更多\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := readOwnMarkdown(c.in, Options{Name: "other.md"})
			if c.own {
				if r == nil || r.Markdown != c.in {
					t.Fatalf("not read back unchanged: %+v", r)
				}
				return
			}
			if r != nil && r.Markdown == c.in {
				return // canonical already
			}
			if r != nil && !keepsEveryChar(c.in, r.Markdown) {
				t.Errorf("lost characters: %q", r.Markdown)
			}
		})
	}
}
