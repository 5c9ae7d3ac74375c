package convert

import (
	"strings"
	"testing"
)

// setIn wraps s into lines of n characters, as a narrow column sets it.
func setIn(s string, n int) string {
	rs := []rune(s)
	var lines []string
	for len(rs) > n {
		lines = append(lines, string(rs[:n]))
		rs = rs[n:]
	}
	return strings.Join(append(lines, string(rs)), "\n")
}

func TestPullQuoteLines(t *testing.T) {
	const (
		lead   = "全市上下坚持稳中求进工作总基调，经济运行总体平稳。"
		quoted = "全年细颗粒物平均浓度降至每立方米二十八微克，优良天数比例达到百分之八十五。"
		cut    = "各地持续推进大气污染防治攻坚行动，重点行业超低"
		rest   = "排放改造全面完成，群众获得感持续增强。新能源公交车占比提高到百分之九十，城区道路扬尘得到有效控制。"
	)
	text := setIn(lead+quoted+cut, 11)
	for _, c := range []struct {
		name string
		in   string
		gone int // input lines removed as a pull quote
	}{
		{"a quote in a larger face, in mid sentence, the text saying it in the flow of its lines",
			"标题\n\n" + text + "\n\n" + setIn(quoted, 8) + "\n" + setIn(rest, 11) + "\n", 5},
		{"its last line set apart by a blank line, one character read otherwise",
			"标题\n\n" + text + "\n\n" + setIn(quoted, 8)[:strings.LastIndex(setIn(quoted, 8), "\n")] + "\n\n之人十五。\n\n" + setIn(rest, 11) + "\n", 5},
		{"OCR's blank line between each of its lines",
			"标题\n\n" + text + "\n\n" + strings.ReplaceAll(setIn(quoted, 8), "\n", "\n\n") + "\n\n" + setIn(rest, 11) + "\n", 5},
		{"a paragraph repeated line for line is the text's",
			"标题\n\n" + setIn(lead, 8) + "\n\n" + setIn(quoted, 8) + "\n\n" + setIn(rest, 11) + "\n\n" + setIn(quoted, 8) + "\n\n" + setIn(rest, 11) + "\n", 0},
		{"a name the text says again is no quote",
			"标题\n\n" + setIn("琅川市生态环境局琅川市交通运输局"+lead+cut, 11) + "\n\n琅川市生态环境局\n琅川市交通运输局\n\n" + setIn(rest, 11) + "\n", 0},
		{"a refrain repeated with one mark otherwise is the text's, both times",
			"春天的歌\n\n" + setIn(lead, 11) + "\n\n向前进，向前进，\n革命气势不可阻挡，\n朝着胜利的方向。\n\n" + setIn(rest, 11) +
				"\n\n向前进，向前进，\n革命气势不可阻挡，\n朝着胜利的方向！\n\n" + setIn(rest, 11) + "\n", 0},
		{"a clause the text quotes inline and sets apart, indented, under its colon",
			"标题\n\n" + setIn("法院认为被告存在明显过错。根据规定，"+quoted+"据此判决被告承担全部赔偿责任。第一千一百六十五条规定：", 11) +
				"\n\n    " + strings.ReplaceAll(setIn(quoted, 8), "\n", "\n    ") + "\n\n" + setIn(rest, 11) + "\n", 0},
		{"no copy nearby",
			"标题\n\n" + setIn(lead+cut, 11) + "\n\n" + setIn(quoted, 8) + "\n" + setIn(rest, 11) + "\n", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Normalize(c.in, Options{})
			gone := 0
			for _, d := range r.Report {
				if d.Rule == "pull-quote" && d.Removed != "" {
					gone++
				}
			}
			if gone != c.gone {
				t.Errorf("%d lines removed as a pull quote, want %d\n%s", gone, c.gone, r.ReportText())
			}
			if c.gone > 0 && !strings.Contains(r.Markdown, "二十八微克") {
				t.Error("the text's copy is gone")
			}
		})
	}
}

// A copy found at the text's end has no text after it, and finding it
// reads nothing past the end.
func TestFindAtTextEnd(t *testing.T) {
	lines := []line{{no: 1, text: "甲乙丙"}, {no: 2, text: "丁戊"}}
	f := flatten(lines, 0)
	c := f.find("丁", 0, len(lines))
	if c.at != 1 || c.after != "戊" {
		t.Errorf("find = %+v, want the copy on line 1 with 戊 after it", c)
	}
}
