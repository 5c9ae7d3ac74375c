package convert

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/cjk-publish/publish/markdown"
)

// FuzzNormalize: on arbitrary bytes Normalize must not panic, must write
// valid UTF-8 that the project's Markdown reader accepts, must keep every
// character it does not report as removed, and must leave its own output
// unchanged.
func FuzzNormalize(f *testing.F) {
	for _, seed := range []string{
		" 政府工作报告摘编\n\n把牢高质量发展主动权\n全力稳住经济大盘\n\n1月4日上午，市长何雄向大会作政府工作报告。\n",
		"量 ，疫 苗 接 种 覆 盖 1213.6 万 人 ，60 岁 以 上 老 人 接 种 率\n91.01%；改造 6 家医疗机构\n",
		"工会、妇女儿童、青少年等事业实现新\n2026年河北省  16\n进步。\n",
		"the wrong that their go-\nvernment was attempting\n$1,542,000,0\n00, while\n",
		"# 标题\n\n1. 第一条\n\n> *强调* _x_ `c` [l](u) <b> &amp; \\\n",
		"---\ntitle: \"a: b\"\n---\n\n## x\n\n*y*\n",
		"关键词：稳经济增长\n精准施策稳增长，全力稳住经济大盘\n\n正文。 “新段落”开始。\n",
		"\x00\xff\r\n\u2028-\n",
		mergedAbove + "带动农户增收明显，群 与此同时，县里组织技\n众得到了实实在在的好 术人员深入田间开展培\n处。村集体收入也有了 训两百余场，发放资料\n二、下一步打算\n较大增长，达到三十万 一万余份。\n",
	} {
		f.Add([]byte(seed))
	}
	// Close-set columns pdftotext read band by band.
	f.Add([]byte(printBands("乡村振兴的报告", bandsText(3, 9, 6), []int{3, 3})))
	// The opening of real-damage fixtures of several shapes: -layout
	// columns that alternate, an interview, OCR's spaced headings.
	for _, name := range []string{"speech-xiqiao-yuhang-layout", "interview-kejiyuan-hexi-pdftotext", "speech-xiqiao-hexi-ocr", "gov-yunxi-jcwb-layout"} {
		if b, err := os.ReadFile(filepath.Join("testdata", "real", name, "damaged.txt")); err == nil {
			f.Add(b[:min(len(b), 6000)])
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text := string(data)
		r := Normalize(text, Options{Name: "fuzz.txt"})
		if !utf8.ValidString(r.Markdown) {
			t.Fatalf("invalid UTF-8 out of %q", data)
		}
		if _, err := markdown.Parse("fuzz.md", []byte(r.Markdown)); err != nil {
			t.Fatalf("output does not parse: %v\n%s", err, r.Markdown)
		}
		check := conservationError
		if r.Counts()["columns"] > 0 {
			check = multisetError // columns read one after the other: the same characters in another order
		}
		if msg := check(text, r); msg != "" {
			t.Fatalf("conservation on %q: %s\n%s", data, msg, r.Markdown)
		}
		if again := Normalize(r.Markdown, Options{Name: "again.md"}); again.Markdown != r.Markdown {
			t.Fatalf("not idempotent on %q:\n%s\n----\n%s", data, r.Markdown, again.Markdown)
		}
	})
}
