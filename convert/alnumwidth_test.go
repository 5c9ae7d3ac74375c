package convert

import (
	"strings"
	"testing"
)

// setColumn wraps paragraphs at a column of col half-em units, where
// digits and Latin letters take digitW units each.
func setColumn(paras []string, col, digitW int) string {
	var b strings.Builder
	for _, p := range paras {
		w := 0
		for _, r := range p {
			cw := 2
			if isDigit(r) || isLatin(r) || r == '.' || r == '%' {
				cw = digitW
			}
			if w+cw > col {
				b.WriteByte('\n')
				w = 0
			}
			b.WriteRune(r)
			w += cw
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestAlnumMeasuredExactly(t *testing.T) {
	paras := []string{
		"城镇新增就业22.89万人，农村劳动力转移就业294.21万人，高校毕业生留省就业突破17万人，城乡居民基础养老金最低标准提高20%，社会消费品零售总额增长3.9%，民间投资占比34%、提高1.3个百分点。",
		"新能源汽车产量增长25.6%，吉化乙烯项目投产，总产能达190万吨，产业投资突破1300亿元，新增开发装机超过600万千瓦，地区生产总值达到1.5万亿元、增长19.8%，财政收入达到1350亿元。",
		"全年接待游客人次、出游总花费分别增长20.7%和15.3%，全社会用电量突破1000亿千瓦时，铁路货物发送量增长14.9%，拉动消费285.6亿元，办理全国人大代表建议9件、全国政协提案5件。",
		"省人大代表建议292件、省政协提案553件，提请省人大常委会会议审议地方性法规草案8部，制定政府规章1部，修改废止和宣布失效政府规章10部、规范性文件44件，实现设区市全覆盖。",
	}
	for _, c := range []struct {
		name   string
		digitW int
		want   bool
	}{
		{"digits set half a character wide fill the column as measured", 1, true},
		{"digits set a full character wide leave the measure short", 2, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses("标题\n\n"+setColumn(paras, 28, c.digitW), controlChars{})
			bs := bodies(d.lines, true)
			columnWidths(bs)
			if n, _ := alnumFit(d.lines, bs); n < 8 {
				t.Fatalf("only %d full lines with digits: the case does not test the rule", n)
			}
			if got := alnumMeasuredExactly(d.lines, bs); got != c.want {
				t.Errorf("alnumMeasuredExactly = %v, want %v", got, c.want)
			}
		})
	}
}

// TestExactColumnSentenceEnd: where digits are measured exactly, a
// sentence end with a number on it, a character and a half short of the
// column, ends its paragraph as it would without the number.
func TestExactColumnSentenceEnd(t *testing.T) {
	last := "城镇新增就业125万人以上。" // 25 half-em units of a 28-unit column
	paras := []string{
		"城镇新增就业22.89万人，农村劳动力转移就业294.21万人，高校毕业生留省就业突破17万人，城乡居民基础养老金最低标准提高20%，社会消费品零售总额增长3.9%，民间投资占比34%、提高1.3个百分点。",
		"新能源汽车产量增长25.6%，吉化乙烯项目投产，总产能达190万吨，产业投资突破1300亿元，新增开发装机超过600万千瓦，地区生产总值达到1.5万亿元、增长19.8%，财政收入达到1350亿元。",
		"全年接待游客人次、出游总花费分别增长20.7%和15.3%，全社会用电量突破1000亿千瓦时，铁路货物发送量增长14.9%，拉动消费285.6亿元，办理全国人大代表建议9件、全国政协提案5件。",
		"省人大代表建议292件、省政协提案553件，提请省人大常委会会议审议地方性法规草案8部，制定政府规章1部，修改废止和宣布失效政府规章10部、规范性文件44件，实现设区市全覆盖。",
		"全面推进市县国企改革，深化要素市场化配置改革，健全体系。" + last,
		"居民收入增长和经济增长同步，劳动报酬提高和劳动生产率提高同步。",
	}
	in := "标题\n\n" + setColumn(paras, 28, 1)
	if !strings.Contains(in, "\n"+last+"\n") {
		t.Fatalf("the case does not set %q on a line of its own:\n%s", last, in)
	}
	// Full lines that end a sentence (the ends of the first paragraphs)
	// may or may not end a paragraph; only the break after last counts.
	got := unwrapped(in)
	if n := len(got); n < 2 || !strings.HasSuffix(got[n-2], last) || got[n-1] != paras[len(paras)-1] {
		t.Errorf("no paragraph break after %q:\n%s", last, strings.Join(got, "\n"))
	}
}
