package convert

import (
	"strings"
	"testing"
)

func TestBylineNames(t *testing.T) {
	for _, c := range []struct {
		in       string
		names    string
		reporter bool
		ok       bool
	}{
		{"郑州全媒体记者 董艳竹 王红", "董艳竹 王红", true, true},
		{"省长 胡玉亭", "胡玉亭", false, true},
		{"河北省人民政府省长 王正谱", "王正谱", false, true},
		{"本报通讯员 欧阳明", "欧阳明", true, true},
		{"校长 袁文博", "袁文博", false, true},
		{"市住房和城乡建设局局长 李国平", "李国平", false, true},
		{"集团董事长 周 敏", "", false, false},
		{"增长 15%", "", false, false},
		{"本报讯（记者 林晓峰", "", false, false},
		{"本报讯〈记者 林晓峰", "", false, false},
		{"本报评论员 周清", "周清", true, true},
		{"本报记者 苏婉清 文/图", "苏婉清", true, true},
		{"本报记者 陈思远 摄", "陈思远", true, true},
		{"本报记者 文/图", "", false, false},
		{"By Jane Q. Smith", "Jane Q. Smith", true, true},
		{"01 深圳的3万亿之路", "", false, false},
		{"关键词：稳经济增长", "", false, false},
		{"记者 2023年", "", false, false},
		{"各位代表 同志们", "", false, false},
	} {
		names, reporter, ok := bylineNames(c.in)
		if names != c.names || reporter != c.reporter || ok != c.ok {
			t.Errorf("bylineNames(%q) = %q, %v, %v; want %q, %v, %v", c.in, names, reporter, ok, c.names, c.reporter, c.ok)
		}
	}
}

func TestAuthorPrefersReporter(t *testing.T) {
	d := repair("标题\n\n省长 胡玉亭\n\n正文。\n\n本报记者 张三 李四\n", Options{})
	if d.meta.author != "张三 李四" {
		t.Errorf("author %q", d.meta.author)
	}
}

func TestSpeakerLineMovedBack(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string // the first blocks, then the last one
	}{
		{"speaker line at the end goes under the dated line",
			"2026年某省政府工作报告\n\n——2026年1月27日在某省第十四届人民代表大会第五次会议上\n各位代表：\n现在，我代表省政府向大会报告工作。\n\n让我们团结奋斗，再创新的辉煌！\n省长 张三\n",
			[]string{"2026年某省政府工作报告", "——2026年1月27日在某省第十四届人民代表大会第五次会议上", "省长 张三", "各位代表：", "让我们团结奋斗，再创新的辉煌！"}},
		{"a reporter's byline stays at the end",
			"某市经济平稳增长\n\n——2026年1月27日在某市会议上\n\n全年经济运行稳中有进。\n\n本报记者 张三 李四\n",
			[]string{"某市经济平稳增长", "——2026年1月27日在某市会议上", "全年经济运行稳中有进。", "本报记者 张三 李四"}},
		{"a speaker line already in place stays",
			"报告\n\n——2026年1月27日在某市会议上\n\n市长 王五\n\n各位代表：\n\n正文。\n\n市长 王五\n",
			[]string{"报告", "——2026年1月27日在某市会议上", "市长 王五", "各位代表：", "市长 王五"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := repair(c.in, Options{})
			var got []string
			for i, b := range d.blocks {
				if i < len(c.want)-1 || i == len(d.blocks)-1 {
					got = append(got, b.text)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("blocks %q, want %q", got, c.want)
			}
			r := &Result{Markdown: d.markdown(), Report: d.sortedReport()}
			if msg := conservationError(c.in, r); msg != "" {
				t.Error(msg)
			}
		})
	}
}

func TestHasRoleSuffixCoversRoles(t *testing.T) {
	for _, r := range roles {
		if !hasRoleSuffix("本报" + r) {
			t.Errorf("hasRoleSuffix misses %q", r)
		}
	}
	if hasRoleSuffix("全力稳住经济大盘") {
		t.Error("hasRoleSuffix takes a phrase for a role")
	}
}

func TestSquareMarkedByline(t *testing.T) {
	for _, c := range []struct {
		in, names string
		ok        bool
	}{
		{"□ 祁望山", "祁望山", true},
		{"□ 本报记者 林晓峰 陈思", "林晓峰 陈思", true},
		{"□ 冷链物流补齐短板", "", false},
		{"□ 乡村振兴", "", false}, // four characters: a short heading as well
		{"□ 观点：城市更新", "", false},
	} {
		names, _, ok := bylineNames(c.in)
		if ok != c.ok || names != c.names {
			t.Errorf("bylineNames(%q) = %q, %v; want %q, %v", c.in, names, ok, c.names, c.ok)
		}
	}
}
