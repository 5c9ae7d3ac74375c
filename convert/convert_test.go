package convert

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cjk-publish/publish/markdown"
)

func TestSampleStructure(t *testing.T) {
	r := Normalize(sampleText(t), Options{Name: "zhengzhou-2023.txt"})
	parsed, err := markdown.Parse("sample.md", []byte(r.Markdown))
	if err != nil {
		t.Fatal(err)
	}
	m := parsed.Meta
	if m.Title != "政府工作报告摘编" || m.Subtitle != "把牢高质量发展主动权\u3000全力稳住经济大盘" ||
		m.Author != "董艳竹 王红" || m.Lang != "zh-CN" || m.Source != "zhengzhou-2023.txt" {
		t.Errorf("front matter = %+v", m)
	}
	secs := parsed.Sections()
	if len(secs) != 8 {
		t.Fatalf("got %d sections, want 8", len(secs))
	}
	for _, s := range secs {
		if !strings.HasPrefix(s.Title, "关键词：") {
			t.Errorf("section %q", s.Title)
		}
		if next := parsed.Blocks[s.Index+1]; next.Kind != markdown.Deck {
			t.Errorf("section %q is not followed by its deck but by %q", s.Title, next.Text())
		}
	}
	if d := parsed.Blocks[secs[0].Index+1].Text(); d != "精准施策稳增长，全力稳住经济大盘" {
		t.Errorf("first deck = %q", d)
	}
	n := len(parsed.Blocks)
	if last := parsed.Blocks[n-1].Text(); last != "郑州全媒体记者 董艳竹 王红" {
		t.Errorf("last paragraph = %q, want the byline", last)
	}
	for i, label := range []string{"2022年工作回顾", "五年来工作回顾"} {
		b := parsed.Blocks[n-3+i]
		if b.Kind != markdown.Paragraph || b.Text() != label {
			t.Errorf("block %d = %v %q, want paragraph %q", n-3+i, b.Kind, b.Text(), label)
		}
	}
	counts := r.Counts()
	for rule, want := range map[string]int{"orphan-label": 2, "byline": 1, "title": 1, "subtitle": 1, "deck": 8, "heading": 8, "letter-spacing": 1} {
		if counts[rule] != want {
			t.Errorf("%d %q decisions, want %d", counts[rule], rule, want)
		}
	}
	if counts["pull-quote"] < 1 {
		t.Error("the pull quote of lines 13-14 is not flagged")
	}
	for _, want := range []string{
		`L7-9 joined across blank line: "…要讲话重要指" + "示，紧紧围绕…"`,
		`L357 removed letter-spacing`,
		`L419 byline -> author "董艳竹 王红"`,
		`L417 orphaned label kept: "五年来工作回顾"`,
		`L13-14 pull quote?`,
	} {
		if !strings.Contains(r.ReportText(), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, want := range []string{"疫苗接种覆盖1213.6万人，60岁以上老人接种率91.01%", "“山·河·祖·国”", "2018年以来", "全球货运机场40强"} {
		if !strings.Contains(r.Markdown, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}

func TestSampleProperties(t *testing.T) {
	text := sampleText(t)
	checkProperties(t, "sample", text)
}

// checkProperties asserts conservation, the Markdown round trip and
// idempotence on one input.
func checkProperties(t *testing.T, name, text string) {
	t.Helper()
	r := Normalize(text, Options{Name: name})
	if !utf8.ValidString(r.Markdown) {
		t.Errorf("%s: output is not valid UTF-8", name)
	}
	if msg := conservationError(text, r); msg != "" {
		t.Errorf("%s: conservation: %s", name, msg)
	}
	if msg := roundTripError(repair(cleanInput(text), Options{Name: name})); msg != "" {
		t.Errorf("%s: Markdown round trip: %s", name, msg)
	}
	again := Normalize(r.Markdown, Options{Name: "other-name.md"})
	if again.Markdown != r.Markdown {
		t.Errorf("%s: not idempotent:\n%s", name, firstDiff(r.Markdown, again.Markdown))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + al[i] + "\nbecame " + bl[i]
		}
	}
	return "lengths differ"
}

func TestPropertiesOnTrickyInputs(t *testing.T) {
	for name, text := range map[string]string{
		"markdown syntax":   "# 标题\n\n1. 第一条\n\n> 引用 *强调* _下划线_ `代码` [链接](x) <b> &amp; \\ #\n\n- 列表\n+ 加号\n",
		"front matter like": "---\ntitle: x\n---\n正文。\n",
		"broken yaml":       "---\ntitle: [\n---\n正文。\n",
		"entities":          "Fish &amp; chips &copy; &#169; R&D; a&b\n",
		"control chars":     "甲\x00乙\x07丙。\n\n丁\u2028戊。\n",
		"crlf":              "标题\r\n\r\n第一段，\r\n第二行。\r\n",
		"lone hyphen":       "-\n\n--\n\n---\n",
		"only numbers":      "1\n\n2\n\n3\n",
		"empty":             "",
		"spaces":            "   \n\n \u3000 \n",
		"emphasis deck":     "标题\n\n关键词：*星号*\n_下划线开头_的副题\n\n正文第一句。\n",
		"invalid utf8":      "甲\xff乙。\n",
	} {
		t.Run(name, func(t *testing.T) { checkProperties(t, name, text) })
	}
}
