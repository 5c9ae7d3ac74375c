package convert

import (
	"strings"
	"testing"
)

// mergedAbove is a paragraph in one column of ten characters: the
// document's own lines as wide as the merged rows' columns.
const mergedAbove = "今年以来，我县坚持把\n发展特色产业作为乡村\n振兴的重要抓手，引进\n新品种十二个，建成基\n地五处。\n\n"

func TestMergedRows(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string // the lines after mergedAbove
		want string // those lines after the pass ("" : unchanged)
	}{
		{
			name: "two columns",
			in: "带动农户增收明显，群 与此同时，县里组织技\n" +
				"众得到了实实在在的好 术人员深入田间开展培\n" +
				"处。村集体收入也有了 训两百余场，发放资料\n" +
				"较大增长，达到三十万 一万余份。",
			want: "带动农户增收明显，群\n众得到了实实在在的好\n处。村集体收入也有了\n较大增长，达到三十万\n" +
				"与此同时，县里组织技\n术人员深入田间开展培\n训两百余场，发放资料\n一万余份。",
		},
		{
			name: "a line of one part continues the left column",
			in: "带动农户增收明显，群 与此同时，县里组织技\n" +
				"众得到了实实在在的好 术人员深入田间开展培\n" +
				"处。村集体收入也有了 训两百余场，发放资料\n" +
				"较大增长，达到三十万 一万余份。\n" +
				"元，比上年增长一成，\n" +
				"为下一步发展打下了 二、下一步打算\n" +
				"坚实基础。 明年将继续扩大种植规",
			want: "带动农户增收明显，群\n众得到了实实在在的好\n处。村集体收入也有了\n较大增长，达到三十万\n元，比上年增长一成，\n为下一步发展打下了\n坚实基础。\n" +
				"与此同时，县里组织技\n术人员深入田间开展培\n训两百余场，发放资料\n一万余份。\n二、下一步打算\n明年将继续扩大种植规",
		},
		{
			name: "a heading of one part goes to the right column",
			in: "带动农户增收明显，群 与此同时，县里组织技\n" +
				"众得到了实实在在的好 术人员深入田间开展培\n" +
				"处。村集体收入也有了 训两百余场，发放资料\n" +
				"较大增长，达到三十万 一万余份。\n" +
				"二、下一步打算\n" +
				"元，比上年增长一成， 明年将继续扩大种植规\n" +
				"为下一步发展打下了 模，力争三年内翻番。",
			want: "带动农户增收明显，群\n众得到了实实在在的好\n处。村集体收入也有了\n较大增长，达到三十万\n元，比上年增长一成，\n为下一步发展打下了\n" +
				"与此同时，县里组织技\n术人员深入田间开展培\n训两百余场，发放资料\n一万余份。\n二、下一步打算\n明年将继续扩大种植规\n模，力争三年内翻番。",
		},
		{
			name: "letter-spaced parts",
			in: "带 动 农 户 增 收 明 显 ， 与此同时，县里组织技\n" +
				"众得到了实实在在的好 术 人 员 深 入 田 间 培\n" +
				"处。村集体收入也有了 训两百余场，发放资料\n" +
				"较大增长，达到三十万 一万余份。",
			want: "带 动 农 户 增 收 明 显 ，\n众得到了实实在在的好\n处。村集体收入也有了\n较大增长，达到三十万\n" +
				"与此同时，县里组织技\n术 人 员 深 入 田 间 培\n训两百余场，发放资料\n一万余份。",
		},
		{
			name: "three merged lines are too few",
			in: "带动农户增收明显，群 与此同时，县里组织技\n" +
				"众得到了实实在在的好 术人员深入田间开展培\n" +
				"处。村集体收入也有了 训两百余场，发放资料",
		},
		{
			name: "letter-spaced lines",
			in: "全年粮食总产量达到一\n" +
				"百 万 吨 ， 比 2019 年 同 期 增 长\n" +
				"生 产 总 值 的 比 重 为 九\n" +
				"点 四 ， 比 上 年 提 高 零\n" +
				"点 七 个 百 分 点 ， 增 长\n" +
				"较 快 。",
		},
		{
			name: "byline and speaker lines",
			in: "本报记者 林晓岚 通讯员 赵明川\n" +
				"县委书记 周立衡\n" +
				"县长 李明川\n" +
				"副县长 王晓东\n" +
				"县委副书记 赵明",
		},
		{
			name: "stray spaces in a paragraph",
			in: "带动农户增收 明显，群\n" +
				"众得到了实实在在 的好\n" +
				"处。村 集体收入也有了\n" +
				"较大增长，达到三 十万\n" +
				"元。",
		},
		{
			name: "a stray space in one line",
			in:   "带动农户增收明显，群\n众得到了实实 在在的好\n处。",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses(mergedAbove+c.in, mergedRows{})
			var texts []string
			for _, l := range d.lines[strings.Count(mergedAbove, "\n"):] {
				texts = append(texts, l.text)
			}
			want := c.want
			if want == "" {
				want = c.in
			}
			if got := strings.Join(texts, "\n"); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
			if merged := len(d.report) > 0; merged != (c.want != "") {
				t.Errorf("reported %v", d.report)
			}
			if msg := conservationError(mergedAbove+c.in, Normalize(mergedAbove+c.in, Options{})); msg != "" {
				t.Errorf("conservation: %s", msg)
			}
		})
	}
}

func TestMergedRowsReport(t *testing.T) {
	in := mergedAbove + "带动农户增收明显，群 与此同时，县里组织技\n" +
		"众得到了实实在在的好 术人员深入田间开展培\n" +
		"处。村集体收入也有了 训两百余场，发放资料\n" +
		"较大增长，达到三十万 一万余份。\n"
	var got []Decision
	for _, d := range Normalize(in, Options{}).Report {
		if d.Rule == "merged-rows" {
			got = append(got, d)
		}
	}
	if len(got) != 1 || got[0].Line != 7 || got[0].EndLine != 10 {
		t.Fatalf("decisions %v", got)
	}
	if want := "与此同时，县里组织技\n术人员深入田间开展培\n训两百余场，发放资料\n一万余份。"; got[0].Moved != want {
		t.Errorf("moved %q, want %q", got[0].Moved, want)
	}
}
