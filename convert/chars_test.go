package convert

import "testing"

func TestRepairChars(t *testing.T) {
	for _, c := range []struct {
		in, next string
		zh       bool
		want     string
	}{
		{"品市场集群5个，交易额突破5000亿元。“山∙河∙祖∙国”主题宣", "传", true, "品市场集群5个，交易额突破5000亿元。“山·河·祖·国”主题宣"},
		{"生产总值从2020年的 ３.６８万亿元增长到", "", true, "生产总值从2020年的 3.68万亿元增长到"},
		{"１１ 家全国重点实验室，国家级、部级创新平台分别达到22家、182 家。", "", true, "11 家全国重点实验室，国家级、部级创新平台分别达到22家、182 家。"},
		{"踏上 3万亿台阶,深圳的发展能级都在强力提升，其", "", true, "踏上 3万亿台阶，深圳的发展能级都在强力提升，其"},
		{"设立仿生机器人制造业创新中心,抢占人工智能新赛道", "", true, "设立仿生机器人制造业创新中心，抢占人工智能新赛道"},
		{"两年平均增长2.5%,总量", "", true, "两年平均增长2.5%，总量"},
		{"为何广东如此重视都市圈建设?", "", true, "为何广东如此重视都市圈建设？"},
		{"关键词:稳经济增长", "", true, "关键词：稳经济增长"},
		{"中欧班列(中豫号)累计开行", "", true, "中欧班列（中豫号）累计开行"},
		{"技术指引（试行)", "", true, "技术指引（试行）"},
		{"（见图1) 和 (2)", "", true, "（见图1） 和 (2)"},
		{"他说\"要稳住\"经济", "", true, "他说“要稳住”经济"},
		{"守护好城市的“烟火气\"", "", true, "守护好城市的“烟火气”"},
		{"“烟火气”是\"人间\"的", "", true, "“烟火气”是“人间”的"},
		{"时间 12:30, 3,000 元", "", true, "时间 12:30, 3,000 元"},
		{"PM2.5,空气", "", true, "PM2.5，空气"},
		{"Lincoln's-\"Let us have faith\"", "", false, "Lincoln's-\"Let us have faith\""},
		{"ＡＢＣ company, ４２ items", "", false, "ABC company, 42 items"},
		{"增长 ４.２％", "", true, "增长 4.2%"},
		{"同比增长", "", true, "同比增长"},
		{"a well‐known ex‑", "", false, "a well-known ex-"},
	} {
		inQuote := false
		got, _ := repairChars(c.in, c.zh, &inQuote, c.next)
		if got != c.want {
			t.Errorf("repairChars(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestRepairCharsQuoteAcrossLines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"标题\n\n从“望天水”到“放心\n水\"\n", "水”"},
		{"标题\n\n从“望天水”到“放心水”\n\"是\"\n", "“是”"},
	} {
		d := applyPasses(c.in, charRepairs{})
		if got := d.lines[len(d.lines)-1].text; got != c.want {
			t.Errorf("%q: last line %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSplitBrackets(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"a pair around Chinese text a line break parted",
			"全市统筹推进城乡重点工程建设(2026—\n2027年)，加快建设现代化基础设施体系。\n", "全市统筹推进城乡重点工程建设（2026—2027年），加快建设现代化基础设施体系。"},
		{"a pair around figures only stays",
			"全市地区生产总值全年增长(5.2\n%)，全市经济运行好于预期。\n", "全市地区生产总值全年增长(5.2%)，全市经济运行好于预期。"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses("标题\n\n"+c.in, controlChars{}, charRepairs{}, unwrap{}, splitBrackets{})
			if got := d.blocks[len(d.blocks)-1].text; got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
