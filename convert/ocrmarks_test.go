package convert

import "testing"

func TestRepairOCRMarks(t *testing.T) {
	for _, c := range []struct{ prev, in, next, beyond, want string }{
		{"", "一一2026年1月26日在河北省第十四届人民代表大会第四次会议上", "", "", "——2026年1月26日在河北省第十四届人民代表大会第四次会议上"},
		{"", "一一“向优”的质效稳步提升。", "", "", "——“向优”的质效稳步提升。"},
		{"", "一一对应的关系", "", "", "一一对应的关系"},
		{"", "一、 十四五”时期经济社", "", "", "一、“十四五”时期经济社"},
		{"", "聘。 引培留用”并举打造应用", "", "", "聘。“引培留用”并举打造应用"},
		{"", "推行“换位跑一次 ，建强", "", "", "推行“换位跑一次”，建强"},
		{"", "“这么近，那么美 ，周末到河北”", "", "", "“这么近，那么美 ，周末到河北”"},
		{"", "增长 2% ，规上工业", "", "", "增长 2% ，规上工业"},
		{"", "澄州低空经济一年“飞 出新天地", "", "", "澄州低空经济一年“飞”出新天地"},
		{"", "低空经济一年“飞 出新天地无人机配送覆盖全市六个区", "", "", "低空经济一年“飞”出新天地无人机配送覆盖全市六个区"},
		{"", "打造“15分 钟养老服务", "圈”。同时", "", "打造“15分 钟养老服务"},
		{"", "打 造 “15 分 钟 养 老 服 务", "圈”。", "", "打 造 “15 分 钟 养 老 服 务"},
		{"", "《三) 大力促进区域协调", "", "", "（三） 大力促进区域协调"},
		{"", "(二） 培育壮大实体经", "", "", "（二） 培育壮大实体经"},
		{"", "《五 ) 推进乡村全面振兴", "", "", "（五） 推进乡村全面振兴"},
		{"", "《五 推进乡村全面振兴", "", "", "《五 推进乡村全面振兴"},
		{"", "《纲要〈草案)》经大会通过后", "", "", "《纲要〈草案)》经大会通过后"},
		// A closing mark read as "*" or "-" at the end of a block.
		{"", "山村里的“共享灶台-", "", "", "山村里的“共享灶台”"},
		{"03 “飞起来”之后还要 “管", "得住*", "", "", "得住”"},
		{"", "山村里的“共享灶台-", "离开城区，", "", "山村里的“共享灶台-"},
		{"", "山村里的共享灶台-", "", "", "山村里的共享灶台-"},
		{"", "“共享灶台”-", "", "", "“共享灶台”-"},
		{"", "“Wi-", "", "", "“Wi-"},
		// A closing mark dropped at the end of a line set apart.
		{"", "小食捍端出幸福“热饭碗", "", "", "小食捍端出幸福“热饭碗”"},
		{"", "让更多老人吃上“放心饭", "", "", "让更多老人吃上“放心饭”"},
		{"", "让更多老人吃上“放心饭", "按照计划，", "", "让更多老人吃上“放心饭"},
		{"", "一、2025年和“十四", "", "五”时期工作回顾", "一、2025年和“十四"},
		{"", "一、2025年和“十四五", "", "”时期工作回顾", "一、2025年和“十四五"},
		{"", "他说：“我们要坚持", "", "改革开放和高质量发展的方针政策不动摇。”", "他说：“我们要坚持"},
		{"", "“我们要坚持改革开放和高质", "", "量发展", "“我们要坚持改革开放和高质"},
		{"他说：", "“这是一件好事", "", "", "“这是一件好事"},
		{"", "他说：“这是一件好事，我们要办好。", "", "", "他说：“这是一件好事，我们要办好。"},
		{"", "350亿元、实现倍增。 吉", "字号”品牌溢价效应凸显，", "", "350亿元、实现倍增。“吉"},
	} {
		if got := repairOCRMarks(c.in, c.prev, c.next, c.beyond, newEdits()); got != c.want {
			t.Errorf("repairOCRMarks(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestSpaceAfterASCIIMark(t *testing.T) {
	inQuote := false
	got, _ := repairChars("各位代表! 回顾过去的五", true, &inQuote, "")
	if want := "各位代表！回顾过去的五"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRepairEnglishOCR(t *testing.T) {
	for in, want := range map[string]string{
		"| have a hard time":     "I have a hard time",
		"so | have a hard time":  "so I have a hard time",
		`"| worked the last one`: `"I worked the last one`,
		"|'m sure":               "I'm sure",
		"x|y":                    "x|y",
		"The Rain | 1":           "The Rain | 1",
	} {
		if got := repairEnglishOCR(in, newEdits()); got != want {
			t.Errorf("repairEnglishOCR(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSalutationColon(t *testing.T) {
	for _, c := range []struct{ prev, in, want string }{
		{"", "各位代表;", "各位代表："},
		{"", "同志们；", "同志们："},
		{"", "一是稳增长；", "一是稳增长；"},
		{"", "各位代表：", "各位代表："},
		{"三是全心全意服务好老干部与", "青年们；", "青年们；"},
	} {
		in, want := c.in, c.want
		e := newEdits()
		if got := salutationColon(in, c.prev, e); got != want {
			t.Errorf("salutationColon(%q) = %q, want %q", in, got, want)
		}
		if changed := in != want; changed != (len(e.removed) == 1) {
			t.Errorf("%q: removed %q", in, string(e.removed))
		}
	}
}
