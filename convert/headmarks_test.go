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
				if strings.Count(got, "●") != strings.Count(c.in, "●") {
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
