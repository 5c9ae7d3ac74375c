package convert

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func rawOf(text string) []rawLine {
	var raw []rawLine
	for i, t := range strings.Split(text, "\n") {
		raw = append(raw, rawLine{i + 1, t})
	}
	return raw
}

// threeColumns is a page's rows of three columns, as pdftotext -layout
// prints them.
var threeColumns = []string{
	"  各位代表：               互联网等创新产业集聚成势，              大，招投标“双盲”评审改革",
	"  现在，我代表省人民政府         京雄科创走廊加快形成，未来              有效促进市场公平竞争，“高效",
	"向大会报告工作，请予审议，         之城场景汇、系列“雄安行”              办成一件事”惠及企业群众，",
	"并请省政协委员和列席人员提         活动影响广泛，白洋淀水清岸              经营主体净增231万户，一批创",
	"出意见。                  绿、鸥鸟翔集，一幅现代化城              业者、奋斗者扎根河北。对外",
	"                      市新图景徐徐铺展。京津冀协              开放迈出坚实步伐，融入高质",
	"一、“十四五”时期经济社          同发展质效持续提升，所有设              量共建“一带一路”取得新突",
	"会发展回顾                 区市与省会实现高铁通联，京              破，进出口总值增长53.1%，唐",
	"   过去五年，是极不寻常、        津冀区域优良天数比率接近               山港沿海货物吞吐量稳居世界",
}

func TestReadColumns(t *testing.T) {
	page := strings.Join(slices.Concat([]string{"                        2026年某省政府工作报告"}, threeColumns,
		[]string{"                                              1"}), "\n")
	out, report := readColumns(rawOf(page))
	var texts []string
	for _, l := range out {
		texts = append(texts, l.text)
	}
	got := strings.Join(texts, "\n")
	for strings.Contains(got, "\n\n") {
		got = strings.ReplaceAll(got, "\n\n", "\n") // blank lines are free: the order is tested
	}
	for _, want := range []string{
		"                        2026年某省政府工作报告\n    各位代表：\n    现在，我代表省人民政府\n向大会报告工作，请予审议，",
		"出意见。\n一、“十四五”时期经济社\n会发展回顾\n    过去五年，是极不寻常、\n互联网等创新产业集聚成势，\n京雄科创走廊加快形成，未来",
		"津冀区域优良天数比率接近\n大，招投标“双盲”评审改革\n",
		"山港沿海货物吞吐量稳居世界\n1",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("columns read as\n%s\nwant a part\n%s", got, want)
		}
	}
	if len(report) != 1 || report[0].Rule != "columns" || report[0].Line != 2 || report[0].EndLine != 11 {
		t.Errorf("report %+v", report)
	}
}

func TestReadColumnsLeavesOtherText(t *testing.T) {
	for name, text := range map[string]string{
		"one column with running heads": strings.Repeat("这五年，高质量发展扎实推进，经济实力跃上新台阶。\n2026年河北省  16\n", 10),
		"a table of figures":            strings.Repeat("指标          2024年        2025年        增长\n生产总值      4.93          5.20          5.6%\n", 10),
		"indented English paragraphs":   strings.Repeat("    The fiscal program of the Government must be\ndetermined with reference to these maturities.\n", 10),
		"an indented block in one column": strings.Repeat("这五年，高质量发展扎实推进，经济实力跃上新台阶，人民生活水平不断提高。\n", 4) +
			strings.Repeat("                    引文一行，缩进排在正文之中\n", 8) + strings.Repeat("这五年，高质量发展扎实推进，经济实力跃上新台阶，人民生活水平不断提高。\n", 4),
		"an indented block between two lines": "The speaker opened with a long sentence that runs across the page width here,\n" +
			strings.Repeat("            quoted charter text line that goes on here\n", 8) + "After the quotation the speech resumed with ordinary text again.\n",
		"a page set with a wide margin": strings.Repeat("            The fiscal program of the Government must be determined\n", 10),
	} {
		raw := rawOf(text)
		out, report := readColumns(raw)
		if len(report) != 0 || len(out) != len(raw) {
			t.Errorf("%s: read as columns: %v", name, report)
		}
	}
}

// TestReadColumnsOnLinesOfTheirOwn reads a page whose columns never share
// a line: their baselines differ, so the extraction gives each line of
// the second column a line of its own, far from the left edge.
func TestReadColumnsOnLinesOfTheirOwn(t *testing.T) {
	var lines []string
	for i := range 8 {
		lines = append(lines, fmt.Sprintf("左栏第%d行，正文从左边开始", i+1), fmt.Sprintf("                                   右栏第%d行，正文排在右边", i+1))
	}
	got, report := readText(lines)
	want := "左栏第1行，正文从左边开始\n左栏第2行"
	if len(report) != 1 || !strings.HasPrefix(got, want) || !strings.Contains(got, "左栏第8行，正文从左边开始\n右栏第1行") {
		t.Errorf("report %v; read as\n%s", report, got)
	}
}

// readText reads the columns of lines and returns the lines of text
// read, trimmed, without blank lines, and the report.
func readText(lines []string) (string, []Decision) {
	out, report := readColumns(rawOf(strings.Join(lines, "\n")))
	var texts []string
	for _, l := range out {
		if t := strings.TrimSpace(l.text); t != "" {
			texts = append(texts, t)
		}
	}
	return strings.Join(texts, "\n"), report
}

// TestReadColumnsAlternatingAbove reads a page whose columns' lines
// alternate on lines of their own above rows where they share lines: the
// alternating lines are the columns' tops, not lines above the columns,
// unlike the centred title and running head over them.
func TestReadColumnsAlternatingAbove(t *testing.T) {
	lines := []string{"                  某某周刊 第1062期", "", "         某某条例解读", ""}
	for i := range 5 {
		lines = append(lines, fmt.Sprintf("左栏第%d行，正文从左边开始", i+1), fmt.Sprintf("%21s右栏第%d行，正文排在右边", "", i+1))
	}
	for i := 6; i <= 12; i++ {
		lines = append(lines, fmt.Sprintf("左栏第%d行，正文从左边开始        右栏第%d行，正文排在右边", i, i))
	}
	got, report := readText(lines)
	want := "某某周刊 第1062期\n某某条例解读\n左栏第1行，正文从左边开始\n左栏第2行，正文从左边开始"
	if len(report) != 1 || !strings.HasPrefix(got, want) || !strings.Contains(got, "左栏第12行，正文从左边开始\n右栏第1行，正文排在右边") {
		t.Errorf("report %v; read as\n%s", report, got)
	}
}

// TestReadColumnsSharedRowAboveAlternating reads a page whose first row
// the columns share, and whose lines then alternate before they share
// rows again: the shared row counts as the first column's line, and the
// page's columns start at it.
func TestReadColumnsSharedRowAboveAlternating(t *testing.T) {
	lines := []string{"         某某工作总结", "", "左栏第1行，正文从左边开始        右栏第1行，正文排在右边"}
	for i := 2; i <= 3; i++ {
		lines = append(lines, fmt.Sprintf("左栏第%d行，正文从左边开始", i))
	}
	for i := 2; i <= 4; i++ {
		lines = append(lines, fmt.Sprintf("%21s右栏第%d行，正文排在右边", "", i))
	}
	for i := 4; i <= 12; i++ {
		lines = append(lines, fmt.Sprintf("左栏第%d行，正文从左边开始        右栏第%d行，正文排在右边", i, i+1))
	}
	got, _ := readText(lines)
	if !strings.HasPrefix(got, "某某工作总结\n左栏第1行，正文从左边开始\n左栏第2行，正文从左边开始") ||
		!strings.Contains(got, "左栏第12行，正文从左边开始\n右栏第1行，正文排在右边\n右栏第2行，正文排在右边") {
		t.Errorf("read as\n%s", got)
	}
}

// TestReadColumnsThreeColumnRowFirst reads a page of three columns
// whose first row they share, and whose next lines hold one column's
// line each: text where three columns start is the columns' first row.
func TestReadColumnsThreeColumnRowFirst(t *testing.T) {
	row := func(i int) string {
		return fmt.Sprintf("甲栏第%02d行，正文从左边开始    乙栏第%02d行，正文排在中间    丙栏第%02d行，正文排在右边", i, i, i)
	}
	lines := []string{"            某某工作通知", "", row(1)}
	lines = append(lines, "甲栏第02行，正文从左边开始", fmt.Sprintf("%18s乙栏第02行，正文排在中间", ""), fmt.Sprintf("%36s丙栏第02行，正文排在右边", ""))
	for i := 3; i <= 10; i++ {
		lines = append(lines, row(i))
	}
	got, _ := readText(lines)
	if !strings.HasPrefix(got, "某某工作通知\n甲栏第01行，正文从左边开始\n甲栏第02行，正文从左边开始\n甲栏第03行") ||
		!strings.Contains(got, "甲栏第10行，正文从左边开始\n乙栏第01行，正文排在中间\n乙栏第02行，正文排在中间") {
		t.Errorf("read as\n%s", got)
	}
}

// TestReadColumnsDropCap reads a first page whose text opens with a drop
// cap: the lines beside it are indented by its width, which goes.
func TestReadColumnsDropCap(t *testing.T) {
	row := func(i int) string {
		return fmt.Sprintf("左栏第%02d行，正文从左边开始        右栏第%02d行，正文排在右边", i, i)
	}
	lines := []string{"          守护好城市的烟火气", "", "入    夜，城东的老街热闹起        右栏第01行，正文排在右边",
		"     来。烤红薯的炉子冒着热        右栏第02行，正文排在右边", "     气，修鞋的摊位前排起了        右栏第03行，正文排在右边"}
	for i := 4; i <= 10; i++ {
		lines = append(lines, row(i))
	}
	got, report := readText(lines)
	if !strings.Contains(got, "入夜，城东的老街热闹起\n来。烤红薯的炉子冒着热\n气，修鞋的摊位前排起了\n左栏第04行") || len(report) != 2 {
		t.Errorf("report %v; read as\n%s", report, got)
	}
}

// TestReadColumnsBesideTallerLines reads a heading of a later column
// whose two lines, set in a larger face, have three lines of the first
// column between them: the heading goes on without a blank line.
func TestReadColumnsBesideTallerLines(t *testing.T) {
	row := func(i int) string {
		return fmt.Sprintf("左栏第%02d行，正文从左边开始        右栏第%02d行，正文排在右边", i, i)
	}
	var lines []string
	for i := 1; i <= 6; i++ {
		lines = append(lines, row(i))
	}
	lines = append(lines, fmt.Sprintf("%22s三、突出重点，打好2026", ""))
	for i := 7; i <= 9; i++ {
		lines = append(lines, fmt.Sprintf("左栏第%02d行，正文从左边开始", i))
	}
	lines = append(lines, fmt.Sprintf("%22s年经济发展攻坚战", ""))
	for i := 10; i <= 13; i++ {
		lines = append(lines, row(i))
	}
	out, _ := readColumns(rawOf(strings.Join(lines, "\n")))
	var texts []string
	for _, l := range out {
		texts = append(texts, strings.TrimSpace(l.text))
	}
	got := strings.Join(texts, "\n")
	if !strings.Contains(got, "左栏第09行，正文从左边开始\n左栏第10行") || !strings.Contains(got, "右栏第06行，正文排在右边\n三、突出重点，打好2026\n年经济发展攻坚战\n右栏第10行") {
		t.Errorf("read as\n%s", got)
	}
}

// TestReadColumnsShortLastPage reads a last page whose two lines are too
// few to find columns by, set at other places than the page before: the
// places its lines agree on, not those of the running head above them.
func TestReadColumnsShortLastPage(t *testing.T) {
	var lines []string
	for i := range 8 {
		lines = append(lines, fmt.Sprintf("第一页左栏第%d行文字        第一页右栏第%d行文字", i+1, i+1))
	}
	lines = append(lines, "\f                       SONGLING DAILY 松陵日报        2026.02.05",
		"  各位代表！蓝图已经绘   在市委的坚强领导下，团结         设现代化新云溪而努力奋",
		"就，奋进正当其时。让我们   一心、苦干实干，为加快建         斗！")
	out, _ := readColumns(rawOf(strings.Join(lines, "\n")))
	var texts []string
	for _, l := range out {
		if t := strings.TrimSpace(strings.ReplaceAll(l.text, "\f", "")); t != "" {
			texts = append(texts, t)
		}
	}
	got := strings.Join(texts, "\n")
	if want := "各位代表！蓝图已经绘\n就，奋进正当其时。让我们\n在市委的坚强领导下，团结\n一心、苦干实干，为加快建\n设现代化新云溪而努力奋\n斗！"; !strings.Contains(got, want) {
		t.Errorf("read as\n%s\nwant a part\n%s", got, want)
	}
}

// TestReadColumnsLeavesTableOnShortPage keeps a short last page with
// rows of a table as it is: rows of figures are no columns of text.
func TestReadColumnsLeavesTableOnShortPage(t *testing.T) {
	var lines []string
	for i := range 8 {
		lines = append(lines, fmt.Sprintf("第一页左栏第%d行文字        第一页右栏第%d行文字", i+1, i+1))
	}
	page2 := []string{"\fThe county closed the year with these figures, in millions:", "Revenue        120        100", "Expenses        90         80"}
	out, _ := readColumns(rawOf(strings.Join(append(lines, page2...), "\n")))
	var tail []string
	for _, l := range out[len(out)-3:] {
		tail = append(tail, l.text)
	}
	if !slices.Equal(tail, page2) {
		t.Errorf("last page read as %q", tail)
	}
}

// TestReadColumnsInBands reads a page whose columns a heading set over
// all of them parts in two bands: each band column after column, the
// heading between them. A heading in one column stays in it.
func TestReadColumnsInBands(t *testing.T) {
	row := func(cells ...string) string {
		var b strings.Builder
		for k, c := range cells {
			b.WriteString(c)
			if k < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", 20-runeCount(c)))
			}
		}
		return b.String()
	}
	band := func(n, from int) []string {
		var lines []string
		for i := range n {
			lines = append(lines, row(fmt.Sprintf("甲栏第%d行正文内容", from+i), fmt.Sprintf("乙栏第%d行正文内容", from+i), fmt.Sprintf("丙栏第%d行正文内容", from+i)))
		}
		return lines
	}
	for _, c := range []struct {
		name, heading string
		want          []string
	}{
		{"a numbered heading about the middle, under the last column's last line", row("", "", "丙栏第4行之后一行") + "\n                   三、压实责任强化协同",
			[]string{"丙栏第4行正文内容\n丙栏第4行之后一行\n三、压实责任强化协同\n甲栏第5行"}},
		{"a heading across two columns' starts", "                二、聚焦企业全生命周期服务需求，取得新突破",
			[]string{"甲栏第4行正文内容\n乙栏第1行", "丙栏第4行正文内容\n二、聚焦企业全生命周期服务需求，取得新突破\n甲栏第5行"}},
		{"a numbered heading in a larger face, about the middle", "                   三、压实责任强化协同",
			[]string{"甲栏第4行正文内容\n乙栏第1行", "丙栏第4行正文内容\n三、压实责任强化协同\n甲栏第5行"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := append(band(4, 1), c.heading)
			below := band(4, 5)
			below[0] = "  " + strings.Replace(below[0], "  ", "", 1) // a paragraph opens under a heading
			got, _ := readText(append(lines, below...))
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("read as\n%s\nwant a part\n%s", got, w)
				}
			}
		})
	}
	// A numbered heading at the last column's start is that column's;
	// so is one at the second column's start that fits in it, a
	// paragraph opening beside it, and one about the middle where the
	// first column's sentence runs on beside it.
	for _, c := range []struct {
		heading string
		opens   bool // the first column opens a paragraph beside it
	}{
		{"                                        五、咨询服务", false},
		{"                    四、时间安排", true},
		{"                        四、时间安排", false},
	} {
		lines := append(band(4, 1), c.heading)
		below := band(4, 5)
		if c.opens {
			below[0] = "  " + strings.Replace(below[0], "  ", "", 1)
		}
		got, _ := readText(append(lines, below...))
		if !strings.Contains(got, "甲栏第8行正文内容\n乙栏第1行") || !strings.Contains(got, "四、时间安排\n乙栏第5行") && !strings.Contains(got, "五、咨询服务\n丙栏第5行") {
			t.Errorf("a column's heading %q read as\n%s", c.heading, got)
		}
	}
}

// TestReadColumnsTitleBlockApart sets apart, above the columns, a title
// and its issuer printed on one line far apart; a line of text there
// stays whole.
func TestReadColumnsTitleBlockApart(t *testing.T) {
	lines := []string{
		"                  2025年生态环境状况公报      琅川市生态环境局",
		"  全市生态环境，坚持改善      质量为核心",
	}
	for i := range 8 {
		lines = append(lines, fmt.Sprintf("左栏第%d行，正文从左边开始            右栏第%d行，正文排在右边", i+1, i+1))
	}
	got, _ := readText(lines)
	if !strings.HasPrefix(got, "2025年生态环境状况公报\n琅川市生态环境局\n全市生态环境，坚持改善      质量为核心\n") {
		t.Errorf("read as\n%s", got)
	}
}

func TestIntoNextColumn(t *testing.T) {
	cols := []int{0, 15, 30, 54, 69}
	for _, c := range []struct {
		name, line string
		want       []string // the text of each column
	}{
		{"a heading's row, one space before the next column's text",
			"18.6亿元。《条例》的   市场主体登记、信用、     群众生活品质上。《条              五、《条例》的贯彻 《条例》的主要内容，",
			[]string{"18.6亿元。《条例》的", "市场主体登记、信用、", "群众生活品质上。《条", "五、《条例》的贯彻", "《条例》的主要内容，"}},
		{"a heading's row, the next column's text short of its start",
			"出台，将为这项工作提     气象、交通、地理信息     例》要求，推动公共数                  实施    营造全社会共同推动数",
			[]string{"出台，将为这项工作提", "气象、交通、地理信息", "例》要求，推动公共数", "实施", "营造全社会共同推动数"}},
		{"a column's own line stays",
			"据。             纳入开放范围；有条件     业、社保、养老、交通                    （一）加快制定 配套制",
			[]string{"据。", "纳入开放范围；有条件", "业、社保、养老、交通", "（一）加快制定 配套制", ""}},
		{"a head in Latin letters across the columns stays",
			"2                            HEXI EVENING NEWS   RECORD SONGLING",
			[]string{"2", "", "HEXI EVENING NEWS RECORD SONGLING", "", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			line := make([][]segment, len(cols))
			for _, s := range segments(c.line) {
				k := 0
				for k+1 < len(cols) && s.start >= cols[k+1]-columnSlack {
					k++
				}
				line[k] = append(line[k], s)
			}
			intoNextColumn(line, cols)
			for k, want := range c.want {
				var parts []string
				for _, s := range line[k] {
					parts = append(parts, s.text)
				}
				if got := strings.Join(parts, " "); got != want {
					t.Errorf("column %d: %q, want %q", k, got, want)
				}
			}
		})
	}
}

// TestReadColumnsLastColumnEndsEarly reads a page whose last column holds
// fewer lines than the others need to count as a column: the text ends
// there.
func TestReadColumnsLastColumnEndsEarly(t *testing.T) {
	// Thirteen lines start the last column; seven do where it stands
	// as far right of the column before as the columns stand apart.
	for _, n := range []int{13, 7} {
		var lines []string
		for i := range 40 {
			line := fmt.Sprintf("甲栏第%02d行文字内容     乙栏第%02d行文字内容     丙栏第%02d行文字内容", i+1, i+1, i+1)
			if i < n {
				line += fmt.Sprintf("     丁栏第%02d行文字内容", i+1)
			}
			lines = append(lines, line)
		}
		got, _ := readText(lines)
		if want := "丙栏第40行文字内容\n丁栏第01行文字内容\n丁栏第02行文字内容"; !strings.Contains(got, want) {
			t.Errorf("%d lines: read as\n%s\nwant a part\n%s", n, head(got, 400), want)
		}
	}
	// Seven lines far right of the columns are no column.
	var lines []string
	for i := range 40 {
		line := fmt.Sprintf("甲栏第%02d行文字内容     乙栏第%02d行文字内容     丙栏第%02d行文字内容", i+1, i+1, i+1)
		if i < 7 {
			line += fmt.Sprintf("                   丁栏第%02d行文字内容", i+1)
		}
		lines = append(lines, line)
	}
	if got, _ := readText(lines); strings.Contains(got, "丙栏第40行文字内容\n丁栏第01行文字内容") {
		t.Errorf("a box far right read as a column:\n%s", head(got, 400))
	}
}

func TestPieces(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"堆场间有序穿梭，整 南亚航线就有43条。”", []string{"堆场间有序穿梭，整", "南亚航线就有43条。”"}},
		{"通外贸航线16条，总 示 ， 今 年 临 澜", []string{"通外贸航线16条，总", "示 ， 今 年 临 澜"}},
		{"统 计 ， 截 至 12 月 31", []string{"统 计 ， 截 至 12 月 31"}},
		{"HEXI EVENING NEWS", []string{"HEXI EVENING NEWS"}},
		{"本报记者 陈思远    通讯员", []string{"本报记者", "陈思远", "通讯员"}},
	} {
		var got []string
		for _, p := range pieces(c.line) {
			if string([]rune(c.line)[p.start:p.end]) != p.text {
				t.Errorf("%q: piece %q at %d-%d", c.line, p.text, p.start, p.end)
			}
			got = append(got, p.text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: pieces %q, want %q", c.line, got, c.want)
		}
	}
}

// TestReadColumnsClose reads pages whose columns stand so close that the
// extraction parts them by one space.
func TestReadColumnsClose(t *testing.T) {
	// Rows of three columns ten characters wide, a space apart; every
	// third row's lines end short, runs of spaces after them.
	rows := func(n int) []string {
		var lines []string
		for i := 1; i <= n; i++ {
			line := fmt.Sprintf("甲栏第%02d行正文内容 乙栏第%02d行正文内容 丙栏第%02d行正文内容", i, i, i)
			if i%3 == 0 {
				line = fmt.Sprintf("甲栏第%02d行。       乙栏第%02d行。       丙栏第%02d行正文内容", i, i, i)
			}
			lines = append(lines, line)
		}
		return lines
	}
	for _, c := range []struct {
		name  string
		lines []string
		want  []string // parts of the text read, in order
	}{
		{"one space between columns", append([]string{"        某某工作通知", ""}, rows(19)...),
			[]string{"某某工作通知\n甲栏第01行正文内容\n甲栏第02行", "甲栏第19行正文内容\n乙栏第01行正文内容", "乙栏第18行。\n乙栏第19行正文内容\n丙栏第01行正文内容"}},
		{"a byline whose name one space sets at a column's start stays above",
			append([]string{"          本报记者某某某某某 林书涵某某"}, rows(19)...),
			[]string{"本报记者某某某某某 林书涵某某\n甲栏第01行正文内容\n"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := readText(c.lines)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("read as\n%s\nwant a part\n%s", got, w)
				}
			}
		})
	}
}

// TestReadColumnsDriftNoIndent reads a column whose lines the grid sets
// a few places further in where the column beside them ends short: such
// a line under a full one in mid sentence goes on with the text; one
// under a sentence's end, or starting by the column's indent, starts a
// paragraph.
func TestReadColumnsDriftNoIndent(t *testing.T) {
	var lines []string
	for i := 1; i <= 20; i++ {
		left, at := fmt.Sprintf("甲栏第%02d行正文内", i), 10
		right := fmt.Sprintf("乙栏第%02d行正文内", i)
		switch i {
		case 1, 3, 8, 15, 17:
			at, right = 19, fmt.Sprintf("乙栏第%02d行段首", i) // the column's indent
		case 5, 12:
			left, at = fmt.Sprintf("甲栏第%02d行。", i), 16 // drifted
		case 11:
			right = fmt.Sprintf("乙栏第%02d行正文。", i)
		case 18, 19:
			left = fmt.Sprintf("甲栏第%02d行。", i)
		}
		lines = append(lines, left+strings.Repeat(" ", at-runeCount(left))+right)
	}
	out, _ := readColumns(rawOf(strings.Join(lines, "\n")))
	var texts []string
	for _, l := range out {
		if strings.TrimSpace(l.text) != "" {
			texts = append(texts, l.text)
		}
	}
	got := strings.Join(texts, "\n")
	for _, want := range []string{
		"乙栏第04行正文内\n乙栏第05行正文内\n",
		"乙栏第11行正文。\n    乙栏第12行正文内\n",
		"乙栏第07行正文内\n    乙栏第08行段首\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("read as\n%s\nwant a part\n%s", got, want)
		}
	}
}

// mostOf must not depend on the order a map is read in: a value equal
// to none is a value like any other.
func TestMostOf(t *testing.T) {
	for _, tc := range []struct {
		name   string
		counts map[int]int
		none   int
		want   int
	}{
		{"nothing counted", map[int]int{}, 2, 2},
		{"the most often", map[int]int{4: 3, 2: 1, 6: 2}, 2, 4},
		{"the value none, most often", map[int]int{2: 5, 4: 3, 6: 1}, 2, 2},
		{"the least of equals", map[int]int{6: 2, 4: 2, 8: 1}, 2, 4},
		{"none among equals", map[int]int{2: 2, 4: 2, 1: 1}, 2, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for range 50 { // maps are read in a new order each time
				if got := mostOf(tc.counts, tc.none); got != tc.want {
					t.Fatalf("mostOf = %d, want %d", got, tc.want)
				}
			}
		})
	}
}

// TestHasSpaceRun holds the byte scan of hasSpaceRun to runs of isSpace
// characters as a decoder reads them.
func TestHasSpaceRun(t *testing.T) {
	pieces := []string{" ", "\u3000", "\u00a0", "\u2009", "\t", "甲", "a", "\xe3\x80", "\xe2\x80\x41", "\xc2"}
	var build func(s string, k int)
	build = func(s string, k int) {
		for n := 1; n <= 3; n++ {
			run, want := 0, false
			for _, r := range s {
				if isSpace(r) {
					run++
				} else {
					run = 0
				}
				want = want || run >= n
			}
			if got := hasSpaceRun(s, n); got != want {
				t.Fatalf("hasSpaceRun(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
		if k > 0 {
			for _, p := range pieces {
				build(s+p, k-1)
			}
		}
	}
	build("", 4)
}

func TestDropMargin(t *testing.T) {
	lines := func(ss ...string) []rawLine {
		var raw []rawLine
		for i, s := range ss {
			raw = append(raw, rawLine{no: i + 1, text: s})
		}
		return raw
	}
	body := "     全县上下共同努力，完成了年度目标任务，各项事业"
	first := "          过去一年，全县经济运行稳中有进，主要指标好于"
	// A page set in from the left, its heading hung out into the margin.
	page := []string{first, body, body, body, body, first, body, body, body, body}
	in := lines(append(append([]string{" 一、总体要求"}, page...), append([]string{"", "\f" + first}, page...)...)...)
	got := dropMargin(in)
	want := []string{"一、总体要求", strings.TrimPrefix(first, "     "), strings.TrimSpace(body)}
	for i, w := range want {
		if got[i].text != w {
			t.Errorf("line %d: %q, want %q", i+1, got[i].text, w)
		}
	}
	if got[12].text != "\f     "+strings.TrimSpace(first) {
		t.Errorf("the next page's first line: %q", got[12].text)
	}
	// Indented first lines over lines at the left edge: no margin.
	short := "全县上下共同努力，完成了年度目标任务。"
	in = lines("    "+short, short, "    "+short, "    "+short, short, "    "+short, "    "+short, short, "    "+short, "    "+short, short)
	for i, l := range dropMargin(slices.Clone(in)) {
		if l.text != in[i].text {
			t.Errorf("line %d changed: %q", i+1, l.text)
		}
	}
}

// TestReadColumnsContactsFoot reads a page's foot of the paper's
// contacts, set across the page under the columns, as one line: its
// words, parted by single spaces, are no lines of the columns.
// A foot of the paper's contacts or of the page's credits under the
// columns is read whole, though its parts may start where columns do.
func TestReadColumnsPageFoot(t *testing.T) {
	for _, foot := range []string{
		"                订阅热线 0571-8766 2231 投稿邮箱 tg@lanxi.com.cn 广告经营许可证：浙工商广字第018号",
		"本版编辑 周敏 美编 李青 校对 王岚                                第3版",
		"本版编辑：周敏          美编：李青          校对：王岚",
	} {
		page := strings.Join(append(slices.Clone(threeColumns), foot), "\n")
		out, _ := readColumns(rawOf(page))
		found := false
		for _, l := range out {
			found = found || strings.TrimSpace(l.text) == strings.TrimSpace(foot)
		}
		if !found {
			var texts []string
			for _, l := range out {
				texts = append(texts, l.text)
			}
			t.Errorf("the foot was not read whole:\n%s", strings.Join(texts, "\n"))
		}
	}
}

// A box set across the columns under them (a sidebar) crosses every
// column's start on each of its lines; the columns above it are read
// all the same, the box after them.
func TestReadColumnsSidebarBelow(t *testing.T) {
	box := strings.Repeat("记者手记写在版面底部的方框里横跨全部的栏，", 3)
	var sidebar []string
	for range 5 {
		sidebar = append(sidebar, "  "+box)
	}
	page := strings.Join(slices.Concat(threeColumns, []string{""}, sidebar), "\n")
	out, report := readColumns(rawOf(page))
	got := linesWithText(out)
	want := "出意见。\n一、“十四五”时期经济社\n会发展回顾\n过去五年，是极不寻常、\n互联网等创新产业集聚成势，"
	if !strings.Contains(got, want) || !strings.HasSuffix(got, "山港沿海货物吞吐量稳居世界\n"+strings.Repeat(box+"\n", 4)+box) {
		t.Errorf("columns read as\n%s", got)
	}
	if len(report) != 1 || report[0].Rule != "columns" {
		t.Errorf("report %+v", report)
	}
}

// An advertisement under the columns, under its label ("广告"), is read
// whole after them, line by line, though its lines start where columns
// do; the word alone among many lines labels nothing.
func TestReadColumnsAdvertisementBelow(t *testing.T) {
	ad := []string{
		"",
		"                                                           广告",
		"",
		"                        城东家具城·开业大酬宾",
		"                            9月1日—9月30日 全场八折",
		"                                咨询电话 0710-3216888",
	}
	for _, c := range []struct {
		name   string
		tail   []string
		wholly bool
	}{
		{"an advertisement", ad, true},
		{"the word far from the page's end", slices.Concat(ad, threeColumns), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Join(slices.Concat(threeColumns, c.tail), "\n")
			got := linesWithText(readColumnsOnly(page))
			if c.wholly && !strings.HasSuffix(got, "山港沿海货物吞吐量稳居世界\n广告\n城东家具城·开业大酬宾\n9月1日—9月30日 全场八折\n咨询电话 0710-3216888") {
				t.Errorf("the advertisement was not read whole after the columns:\n%s", got)
			}
			if !c.wholly && strings.Count(got, "出意见。\n一、“十四五”时期经济社") != 2 {
				t.Errorf("the columns under the word were not read as columns:\n%s", got)
			}
		})
	}
}

// linesWithText joins the lines with text that readColumns gave, trimmed.
func linesWithText(out []rawLine) string {
	var texts []string
	for _, l := range out {
		if t := strings.TrimSpace(l.text); t != "" {
			texts = append(texts, t)
		}
	}
	return strings.Join(texts, "\n")
}

// readColumnsOnly is readColumns of page without its report.
func readColumnsOnly(page string) []rawLine {
	out, _ := readColumns(rawOf(page))
	return out
}

// A notice set across the columns right under their last row, one run
// of text across every column's start, is read after them, whole and a
// paragraph of its own, not as the last line of the first column.
func TestReadColumnsNoticeUnder(t *testing.T) {
	notice := "更正 本报6月9日第3版《老旧小区加装电梯“一件事”办理提速》一文中，“补贴120万元”应为“补贴210万元”。特此更正，谨向读者致歉。"
	page := strings.Join(slices.Concat(threeColumns, []string{" " + notice}), "\n")
	out, _ := readColumns(rawOf(page))
	got := linesWithText(out)
	if !strings.HasSuffix(got, "山港沿海货物吞吐量稳居世界\n"+notice) || !strings.Contains(got, "出意见。\n一、“十四五”时期经济社") {
		t.Fatalf("columns read as\n%s", got)
	}
	k := slices.IndexFunc(out, func(l rawLine) bool { return l.text == notice })
	if k < 1 || out[k-1].text != "" {
		t.Errorf("the notice is not a paragraph of its own")
	}
}

// The last row of columns set a space apart, the first column's stop
// hung in the gutter and the last column ended above it, is read in its
// columns, not after them as a box across them.
func TestReadColumnsLastRowASpaceApart(t *testing.T) {
	row := strings.Repeat("甲", 20) + "。 " + "乙最后一行也结束了。"
	page := strings.Join(slices.Concat(threeColumns, []string{row}), "\n")
	got := linesWithText(readColumnsOnly(page))
	if !strings.Contains(got, "山港沿海货物吞吐量稳居世界") || strings.Contains(got, row) ||
		!strings.Contains(got, strings.Repeat("甲", 20)+"。\n互联网等创新产业集聚成势，") {
		t.Errorf("columns read as\n%s", got)
	}
}

// TestReadColumnsGlued reads a column that -layout set at two places:
// a space after the column before where their lines share a row, at
// its own start elsewhere; two of its lines may share a heading's row,
// the one at its start the upper.
func TestReadColumnsGlued(t *testing.T) {
	pad := func(s string, to int) string { return s + strings.Repeat(" ", max(0, to-runeCount(s))) }
	a := func(n int) string { return fmt.Sprintf("甲栏第%02d行正文内容", n) }
	b := func(n int) string { return fmt.Sprintf("乙栏第%02d行正文内容", n) }
	c := func(n int) string { return fmt.Sprintf("丙栏第%02d行正文内容", n) }
	var lines []string
	for n := 1; n <= 14; n++ {
		if n%2 == 1 {
			lines = append(lines, pad(a(n), 20)+b(n)+" "+c(n)) // glued
		} else {
			lines = append(lines, pad(a(n), 50)+c(n)) // at its start
		}
	}
	// One row holds the column's line at its start and the next glued.
	lines = append(lines, pad(a(15), 20)+b(15)+" "+c(16)+pad("", 8)+c(15), pad(a(16), 20)+b(16)+" "+c(17))
	got, _ := readText(lines)
	var want []string
	for n := 1; n <= 17; n++ {
		want = append(want, c(n))
	}
	if !strings.Contains(got, strings.Join(want, "\n")) {
		t.Errorf("read as\n%s\nwant the third column in order", got)
	}
	if !strings.Contains(got, a(16)+"\n"+b(1)) {
		t.Errorf("read as\n%s\nwant the second column after the first", got)
	}
}

// TestReadColumnsRightOfMargin reads a page whose columns start right
// of a margin that holds labels beside the title block only: the
// labels come first, read down, and the first column's lines that start
// at its edge are no indented lines.
func TestReadColumnsRightOfMargin(t *testing.T) {
	pad := func(s string, to int) string { return s + strings.Repeat(" ", max(0, to-runeCount(s))) }
	lines := []string{
		pad("云涧周报", 12) + "合作社里的丰收年",
		pad(" 第1版", 12) + "——记青石坳果园",
		"本版编辑",
		" 张三",
		"",
	}
	for n := 1; n <= 8; n++ {
		first := fmt.Sprintf("甲栏第%d行正文内容", n)
		if n == 1 || n == 5 {
			first = "  " + first // a paragraph's first line
		}
		lines = append(lines, pad(pad("", 8)+first, 34)+fmt.Sprintf("乙栏第%d行正文内容", n))
	}
	out, _ := readColumns(rawOf(strings.Join(lines, "\n")))
	var texts []string
	for _, l := range out {
		if l.text != "" {
			texts = append(texts, l.text)
		}
	}
	got := strings.Join(texts, "\n")
	if i := strings.Index(got, "合作社"); i < 0 || i < strings.Index(got, "张三") {
		t.Errorf("read as\n%s\nwant the title after the margin's labels", got)
	}
	for _, want := range []string{
		"云涧周报\n第1版\n本版编辑\n张三\n",
		"    甲栏第1行正文内容\n甲栏第2行正文内容\n甲栏第3行正文内容\n甲栏第4行正文内容\n    甲栏第5行正文内容\n甲栏第6行",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("read as\n%s\nwant a part\n%s", got, want)
		}
	}
}

// TestReadColumnsMarginCharacters reads pages whose margin holds a name
// set upright, a character a line: left of a page of one column, whose
// text then starts a few places in, and right of a page's columns. The
// characters go; the page's lines start at its text's edge.
func TestReadColumnsMarginCharacters(t *testing.T) {
	pad := func(s string, to int) string { return s + strings.Repeat(" ", max(0, to-runeCount(s))) }
	var left []string
	for n := 1; n <= 24; n++ {
		line := pad("", 4) + fmt.Sprintf("正文第%d行接着上一行写下去", n)
		if n == 4 {
			line = pad("", 7) + "新的一段从这里开始写起"
		}
		switch {
		case n == 1 || n == 4:
			line = "科学探索"[3*(n-1):3*n] + line[len(" "):] // a character of the margin's name beside the text
		case n == 2 || n == 3:
			left = append(left, "科学探索"[3*(n-1):3*n]) // one alone on its line
		}
		left = append(left, line)
	}
	got, report := readText(left)
	want := "正文第1行接着上一行写下去\n正文第2行接着上一行写下去\n正文第3行接着上一行写下去\n新的一段从这里开始写起\n正文第5行"
	if !strings.Contains(got, want) || strings.ContainsAny(got, "科学探索") {
		t.Errorf("left margin read as\n%s\nwant a part\n%s", got, want)
	}
	if n := strings.Count(fmt.Sprint(report), "removed the margin's character"); n != 4 {
		t.Errorf("report %v: want 4 characters removed", report)
	}
	out, _ := readColumns(rawOf(strings.Join(left, "\n")))
	for _, l := range out {
		if strings.Contains(l.text, "正文第2行") && strings.HasPrefix(l.text, " ") {
			t.Errorf("a line at the text's edge read as indented: %q", l.text)
		}
	}
	// Right of two columns.
	var right []string
	for n := 1; n <= 8; n++ {
		right = append(right, pad(fmt.Sprintf("甲栏第%d行正文内容", n), 20)+fmt.Sprintf("乙栏第%d行正文内容", n))
		if n%2 == 0 {
			right = append(right, pad("", 40)+"科学探索"[3*(n/2-1):3*(n/2)]) // alone on a row of its own
		}
	}
	got, _ = readText(right)
	if strings.ContainsAny(got, "科学探索") || !strings.Contains(got, "甲栏第8行正文内容\n乙栏第1行正文内容") {
		t.Errorf("right margin read as\n%s", got)
	}
	// A table's last cells, one character each, and a label beside each
	// paragraph ("问", "答") stay.
	table := "全省天气预报\n\n各地具体预报如下：\n\n杭州      12～20℃      晴\n宁波      13～19℃      阴\n温州      15～22℃      雨\n湖州      11～20℃      晴\n"
	if got, _ := readText(strings.Split(table, "\n")); strings.Count(got, "晴") != 2 || !strings.Contains(got, "雨") {
		t.Errorf("a table read as\n%s", got)
	}
	var qa []string
	for n := 1; n <= 12; n++ {
		line := pad("", 6) + fmt.Sprintf("正文第%d行接着上一行写下去", n)
		if n == 3 || n == 8 || n == 11 {
			line = "问    " + line[6:]
		}
		qa = append(qa, line)
	}
	if got, _ := readText(qa); strings.Count(got, "问") != 3 {
		t.Errorf("labels beside paragraphs read as\n%s", got)
	}
}

// TestReadColumnsStripOverTitle reads a page whose masthead has a strip
// of pointers with parts where three columns happen to start, over a
// title set across the columns: the strip is the masthead's, its
// pointer whole, and the columns start under the title.
func TestReadColumnsStripOverTitle(t *testing.T) {
	row := func(i int) string {
		return fmt.Sprintf("甲栏第%02d行，正文从左边开始    乙栏第%02d行，正文排在中间    丙栏第%02d行，正文排在右边", i, i, i)
	}
	lines := []string{
		"本版导读 ▶ 老街旧改进入收尾 第320期            ▶ 明日天气：多云",
		"",
		"          关于做好全市城区夏季供水保障工作的通知",
		"",
	}
	for i := 1; i <= 10; i++ {
		lines = append(lines, row(i))
	}
	got, _ := readText(lines)
	if !strings.HasPrefix(got, "本版导读 ▶ 老街旧改进入收尾 第320期\n▶ 明日天气：多云\n关于做好全市城区夏季供水保障工作的通知\n甲栏第01行，正文从左边开始\n") ||
		!strings.Contains(got, "甲栏第10行，正文从左边开始\n乙栏第01行，正文排在中间\n") {
		t.Errorf("read as\n%s", got)
	}
}

// TestReadColumnsStripOffColumns reads a masthead's strip whose parts
// stand where three columns start and one where none does, over a title
// that happens to start where a column does: the strip is a line above
// the columns, as it is on the page.
func TestReadColumnsStripOffColumns(t *testing.T) {
	row := func(i int) string {
		return fmt.Sprintf("甲栏第%02d行，正文从左边开始    乙栏第%02d行，正文排在中间    丙栏第%02d行，正文排在右边", i, i, i)
	}
	lines := []string{
		"本版导读 ▶ 老街旧改进入收尾 第320期            ▶ 明日天气       ▶ 社区团购",
		"",
		"                 关于做好供水保障工作的通知",
		"",
	}
	for i := 1; i <= 10; i++ {
		lines = append(lines, row(i))
	}
	got, _ := readText(lines)
	if !strings.HasPrefix(got, "本版导读 ▶ 老街旧改进入收尾 第320期            ▶ 明日天气       ▶ 社区团购\n关于做好供水保障工作的通知\n甲栏第01行，正文从左边开始\n") {
		t.Errorf("read as\n%s", got)
	}
}

// TestReadColumnsFiveColumnsMiddleHeading reads a page of five columns
// with a subsection's heading at the middle column's start: it starts
// where a heading centred over the page in twice the text's face would,
// but no heading across the page is set so large; it is the column's.
func TestReadColumnsFiveColumnsMiddleHeading(t *testing.T) {
	names := []string{"甲", "乙", "丙", "丁", "戊"}
	row := func(i int) string {
		var b strings.Builder
		for k, n := range names {
			cell := fmt.Sprintf("%s栏第%d行正文内容", n, i)
			if k == 0 && i == 4 {
				cell += "。" // the first column's paragraph ends over the heading's row
			}
			if k == 0 && i == 5 {
				cell = "  " + cell // and the next opens under it
			}
			b.WriteString(cell)
			if k < len(names)-1 {
				b.WriteString(strings.Repeat(" ", 20-runeCount(cell)))
			}
		}
		return b.String()
	}
	var lines []string
	for i := 1; i <= 4; i++ {
		lines = append(lines, row(i))
	}
	lines = append(lines, strings.Repeat(" ", 40)+"（一）压实安全生产责任")
	for i := 5; i <= 8; i++ {
		lines = append(lines, row(i))
	}
	got, _ := readText(lines)
	if !strings.Contains(got, "甲栏第4行正文内容。\n甲栏第5行正文内容") || !strings.Contains(got, "丙栏第4行正文内容\n（一）压实安全生产责任\n丙栏第5行正文内容") {
		t.Errorf("read as\n%s", got)
	}
}
