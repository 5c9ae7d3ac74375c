package convert

import (
	"slices"
	"testing"
)

func TestSectionNumbers(t *testing.T) {
	const para = "全市各有关部门要认真落实。"
	for _, c := range []struct {
		name string
		in   []string // the paragraphs under the title
		want []string // the section titles after the pass, in order
	}{
		{"numbers OCR misread in every title",
			[]string{para, "园 .总体要求", para, "图 、 设计要求", para, "国 、 施工与验收", para},
			[]string{"一、总体要求", "二、设计要求", "三、施工与验收"}},
		{"the first number read as marks, the others as characters",
			[]string{para, "@〇OO、调查基本情况", para, "全、调查主要发现", para, "侠、存在的主要问题", para},
			[]string{"一、调查基本情况", "二、调查主要发现", "三、存在的主要问题"}},
		{"a run-in section read right, then titles misread",
			[]string{para, "一、基本情况。全市共有预付式消费经营者1.2万家。", para, "全、调查主要发现", para, "侠、存在的主要问题", para},
			[]string{"一、基本情况。全市共有预付式消费经营者1.2万家。", "二、调查主要发现", "三、存在的主要问题"}},
		{"a year opens a title",
			[]string{para, "一、2025年主要工作成效", para, "伟、存在的主要问题", para},
			[]string{"一、2025年主要工作成效", "二、存在的主要问题"}},
		{"a number read right after one read wrong keeps the place",
			[]string{para, "伟、基本情况", para, "二、存在的问题", para},
			[]string{"一、基本情况", "二、存在的问题"}},
		{"one title alone, no title read right: nothing to infer",
			[]string{para, "伟、存在的主要问题", para},
			[]string{"伟、存在的主要问题"}},
		{"a gap in the numbers read right: nothing to infer",
			[]string{para, "一、基本情况", para, "伟、主要做法", para, "四、下一步打算", para},
			[]string{"一、基本情况", "伟、主要做法", "四、下一步打算"}},
		{"a section's label with a page number is no title",
			[]string{para, "民生.08", para, "伟、主要做法", para},
			[]string{"民生.08", "伟、主要做法"}},
		{"a list in a sentence is no title",
			[]string{para, "伟、基本情况", para, "DR、彩超、全自动生化分析仪等", para, "全、主要做法", para},
			[]string{"一、基本情况", "DR、彩超、全自动生化分析仪等", "二、主要做法"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &draft{lang: "zh", blocks: []block{{kind: heading, level: 1, text: "工作总结"}}}
			for i, t := range c.in {
				d.blocks = append(d.blocks, block{kind: paragraph, first: i + 2, last: i + 2, text: t})
			}
			sectionNumbers{}.apply(d)
			var got []string
			for _, b := range d.blocks[1:] {
				if b.text != para {
					got = append(got, b.text)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("titles %q, want %q", got, c.want)
			}
		})
	}
}

func TestSubsectionNumbers(t *testing.T) {
	const para = "全市各有关部门要认真落实。\n"
	for _, c := range []struct {
		name string
		in   string // the text under the title
		want []string
	}{
		{"a number misread between numbers read right",
			"一、过去五年工作回顾\n\n（一）五年来，我们推动产业转型。\n" + para + "<志) 五年来，我们推进城市更新。\n" + para + "（三）五年来，我们增进民生福祉。\n" + para,
			[]string{"（一）五年来，我们推动产业转型。", "（二）五年来，我们推进城市更新。", "（三）五年来，我们增进民生福祉。"}},
		{"the first number read as letters, an empty bracket after",
			"(IL) 加快建设现代化产业体系\n\n" + para + "( ) 推进城乡融合发展\n\n" + para + "（三）持续改善民生\n\n" + para,
			[]string{"（一）加快建设现代化产业体系", "（二）推进城乡融合发展", "（三）持续改善民生"}},
		{"a note in brackets after the last number read stays",
			"（一）加快建设现代化产业体系\n\n" + para + "（二）推进城乡融合发展\n\n" + para + "(注) 本报告数据均为初步统计\n",
			[]string{"（一）加快建设现代化产业体系", "（二）推进城乡融合发展", "（注） 本报告数据均为初步统计"}},
		{"the last number read as letters",
			"（一）加快建设现代化产业体系\n\n" + para + "（二）推进城乡融合发展\n\n" + para + "(IV) 持续改善民生\n\n" + para,
			[]string{"（一）加快建设现代化产业体系", "（二）推进城乡融合发展", "（三）持续改善民生"}},
		{"numbers out of their places: nothing to infer",
			"（二）加快建设现代化产业体系\n\n" + para + "<志) 推进城乡融合发展\n\n" + para + "（三）持续改善民生\n\n" + para,
			[]string{"（二）加快建设现代化产业体系", "<志) 推进城乡融合发展", "（三）持续改善民生"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses("标题\n\n"+c.in, controlChars{}, charRepairs{}, subsectionNumbers{})
			var got []string
			for _, l := range d.lines {
				if r := firstRune(l.text); r == '（' || r == '(' || r == '<' {
					got = append(got, l.text)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
			if msg := conservationError("标题\n\n"+c.in, Normalize("标题\n\n"+c.in, Options{})); msg != "" {
				t.Error(msg)
			}
		})
	}
}
