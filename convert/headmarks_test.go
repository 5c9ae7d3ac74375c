package convert

import (
	"strings"
	"testing"
)

func TestHeadingMarks(t *testing.T) {
	for _, c := range []struct {
		name, in, want string // want "": the marks stay
	}{
		{"a disc before every heading",
			"年度报告\n\n" + column + "● 一、总体情况\n" + column + "● 二、主要做法\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText},
		{"OCR's reading of the disc, and of a triangle without a space",
			"年度报告\n\n" + column + "@@ 一、总体情况\n" + column + "@ 二、主要做法\n" + column + "^三、下一步打算\n" + column + "^ 四、存在问题\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText + "\n## 三、下一步打算\n" + columnText + "\n## 四、存在问题\n" + columnText},
		{"brackets around every heading, one wrapped",
			"年度报告\n\n" + column + "【一、总体情况】\n" + column + "【二、坚持创新驱动，推\n动高质量发展】\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、坚持创新驱动，推动高质量发展\n" + columnText},
		{"one marked line is no style",
			"年度报告\n\n" + column + "● 一、总体情况\n" + column,
			"# 年度报告\n" + columnText + "\n●一、总体情况\n" + columnText},
		{"a list's items keep their marks",
			"年度报告\n\n" + column + "\n● 苹果\n● 香蕉\n\n" + column,
			""},
		{"a yearbook's entries in brackets run on into their text",
			"年度报告\n\n" + column + "\n【公路建设】全年新改建农村公路120公里。\n\n【水路运输】全年完成货运量80万吨。\n\n" + column,
			"# 年度报告\n" + columnText + "\n【公路建设】全年新改建农村公路120公里。\n【水路运输】全年完成货运量80万吨。\n" + columnText},
		{"OCR's readings of the brackets",
			"年度报告\n\n" + column + "【一、总体情况]】\n" + column + "[二、主要做法]\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText},
		{"bulleted items that wrap are paragraphs",
			"年度报告\n\n" + column + "\n● 全市完成固定资产投资1200亿元，比上年增长\n8.5%，其中工业投资同比增长12.3%。\n\n● 新增城镇就业2.1万人，城镇登记失业率控制在\n3%以内，居民收入稳步增长。\n\n" + column,
			"# 年度报告\n" + columnText + "\n●全市完成固定资产投资1200亿元，比上年增长8.5%，其中工业投资同比增长12.3%。\n●新增城镇就业2.1万人，城镇登记失业率控制在3%以内，居民收入稳步增长。\n" + columnText},
		{"bulleted items between blank lines",
			"年度报告\n\n" + column + "\n● 新增城镇就业2.1万人\n\n● 新建改建农村公路120公里\n\n● 完成植树造林3万亩\n\n" + column,
			""},
		{"two marked lines one right under the other make a list of the lines so marked",
			"年度报告\n\n" + column + "● 一、总体情况\n" + column + "● 二、主要做法\n" + column + "● 三、成效\n● 四、问题\n" + column,
			""},
		{"bylines and captions keep their marks",
			"年度报告\n\n" + column + "\n● 本报记者 张明\n\n" + column + "\n● 改造后的老街焕然一新 王伟 摄\n\n" + column + "\n● 本报记者 李华\n\n" + column,
			""},
		{"names on a social network keep their @",
			"年度报告\n\n" + column + "\n@爱骑行的小王 说，路修好了\n\n" + column + "\n@城东老街坊 留言称，很方便\n\n" + column,
			""},
		{"a script's labels in brackets, the same each time, keep them",
			"年度报告\n\n" + column + "【解说】\n" + column + "【解说】\n" + column,
			""},
		{"numbers in circles before headings numbered too",
			"年度报告\n\n" + column + "①一、总体情况\n" + column + "②二、主要做法\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText},
		{"numbers in circles running 1, 2, … before headings without a number",
			"年度报告\n\n" + column + "①总体情况\n" + column + "②主要做法\n" + column,
			"# 年度报告\n" + columnText + "\n## 总体情况\n" + columnText + "\n## 主要做法\n" + columnText},
		{"large numbers before headings numbered alike",
			"年度报告\n\n" + column + "1 一、总体情况\n" + column + "2 二、主要做法\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText},
		{"OCR's misreadings of the marks before numbered headings",
			"年度报告\n\n" + column + "令一、总体情况\n" + column + "@) 二、主要做法\n" + column + "a三、下一步打算\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText + "\n## 三、下一步打算\n" + columnText},
		{"a mark before Latin text marks no Chinese heading",
			"年度报告\n\n" + column + "\n● Beijing Review\n\n" + column + "\n● China Daily\n\n" + column,
			""},
		{"a marked sentence is no heading",
			"年度报告\n\n" + column + "\n● 全年完成货运量80万吨。\n\n" + column + "\n● 全年新改建农村公路120公里。\n\n" + column,
			"# 年度报告\n" + columnText + "\n●全年完成货运量80万吨。\n" + columnText + "\n●全年新改建农村公路120公里。\n" + columnText},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := structure(c.in)
			if c.want == "" {
				if strings.Count(got, "●") != strings.Count(c.in, "●") || strings.Count(got, "@") != strings.Count(c.in, "@") || strings.Count(got, "【") != strings.Count(c.in, "【") {
					t.Errorf("marks removed: %s", got)
				}
				return
			}
			if got != c.want {
				t.Errorf("got\n%s\nwant\n%s", strings.ReplaceAll(got, columnText, "…"), strings.ReplaceAll(c.want, columnText, "…"))
			}
		})
	}
}

func TestHeadingMarksReported(t *testing.T) {
	r := Normalize("年度报告\n\n"+column+"【一、总体情况]】\n"+column+"【二、坚持创新驱动，推\n动高质量发展】\n"+column+"● 三、主要做法\n"+column+"● 四、下一步打算\n"+column, Options{})
	var removed []string
	for _, d := range r.Report {
		if d.Rule == "heading-mark" {
			removed = append(removed, d.Removed)
		}
	}
	if got := strings.Join(removed, " "); got != "【]】 【 】 ● ●" {
		t.Errorf("removed %q, want the brackets and marks of every heading", got)
	}
}

func TestHeadingMarksLeaveNumbering(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"a standard's numbered clauses", "国家标准\n\n" + column + "1 范围\n\n" + column + "2 规范性引用文件\n\n" + column},
		{"numbers in circles out of order before headings without a number", "年度报告\n\n" + column + "②总体情况\n" + column + "①主要做法\n" + column},
		{"a word that ends with a numeral", "年度报告\n\n" + column + "统一、规范的市场体系\n" + column + "令二、主要做法\n" + column},
		{"a line under one that ends no sentence", "年度报告\n\n" + column + "推动政务服务更加\n快一、高效的政务服务\n" + column + "令二、主要做法\n" + column},
		{"a line that goes on with its sentence, and numbers that do not grow",
			"年度报告\n\n" + column + "统一、规范的市场体系\n" + column + "令三、总体情况\n" + column + "@) 二、主要做法\n" + column},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, d := range Normalize(c.in, Options{}).Report {
				if d.Rule == "heading-mark" {
					t.Errorf("removed %q at line %d", d.Removed, d.Line)
				}
			}
		})
	}
}
