package convert

import (
	"strings"
	"testing"
)

// TestParagraphEnds holds the rules that decide between two lines to
// whole documents.
func TestParagraphEnds(t *testing.T) {
	// indentLost is a document whose paragraphs were set with a
	// two-character indent that OCR dropped: their first lines are two
	// characters short of the 16-character column.
	indentLost := "标题\n\n" +
		"各位代表！未来五年是河北发展\n战略叠加和优势聚合的机遇期，是动\n能转换与结构升级的蝶变期。\n" +
		"（一）努力在推进创新驱动发展\n中闯出新路子。积极探索、勇于实践\n以科技创新引领产业创新。\n" +
		"（二）努力在推进全面绿色转型\n中厚植新优势。坚持生态优先、绿色\n发展，建设美丽河北。\n" +
		"（三）努力在推进高水平开放中\n拓展新空间。深化京津冀协同发展和\n对外开放合作。\n" +
		"（四）努力在推进共同富裕中展\n现新作为。发展社会事业，增加群众\n收入。\n"
	para := []string{
		"（一）努力在推进创新驱动发展中闯出新路子。积极探索、勇于实践以科技创新引领产业创新。",
		"（二）努力在推进全面绿色转型中厚植新优势。坚持生态优先、绿色发展，建设美丽河北。",
		"（三）努力在推进高水平开放中拓展新空间。深化京津冀协同发展和对外开放合作。",
		"（四）努力在推进共同富裕中展现新作为。发展社会事业，增加群众收入。",
	}
	for _, c := range []struct {
		name string
		in   string
		want []string
	}{
		{"a sentence end a character short of a wide column ends the paragraph",
			"标题\n\n" +
				"全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平总书记视察河北重要讲话精神，坚持稳中求进工作总基调\n" +
				"，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全全面推进乡村振兴。\n" +
				"这五年，改革开放纵深推进，动力活力持续增强。我们坚持以优化营商环境为基础全面深化各领域改革，推动有效市场和\n" +
				"有为政府更好结合。\n",
			[]string{"标题",
				"全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平总书记视察河北重要讲话精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全全面推进乡村振兴。",
				"这五年，改革开放纵深推进，动力活力持续增强。我们坚持以优化营商环境为基础全面深化各领域改革，推动有效市场和有为政府更好结合。"}},
		{"a numbered first line short by a lost indent runs on",
			indentLost,
			append([]string{"标题", "各位代表！未来五年是河北发展战略叠加和优势聚合的机遇期，是动能转换与结构升级的蝶变期。"}, para...)},
		{"a full line ending a sentence before a line short by a lost indent",
			strings.Replace(indentLost, "的机遇期，是动\n能转换与结构升级的蝶变期。\n", "的机遇期，是动\n能转换与结构升级的蝶变期。我们要\n坚定信心、迎难而上，改进作风、奋\n力拼搏，在攻坚克难中开创新局面。\n", 1),
			append([]string{"标题", "各位代表！未来五年是河北发展战略叠加和优势聚合的机遇期，是动能转换与结构升级的蝶变期。我们要坚定信心、迎难而上，改进作风、奋力拼搏，在攻坚克难中开创新局面。"}, para...)},
		{"a short line without a mark goes on when the next starts with the end of a clause",
			"标题\n\n踏上3万亿台阶，深圳的发展能级都在强力提升，其辐射带动作用显著增强。今年的广东省政府工作报告对都市圈的建设提出了更明确要求。\n\n都市圈的建设在广东经济建设这盘大棋\n中，被寄予越来越多的厚望。\n今年的广东省政府工作报告对都市圈的建设提出了更明确要求，指出要以省国土空间规划为依据，制定实施五大都市圈发展规划。\n",
			[]string{"标题",
				"踏上3万亿台阶，深圳的发展能级都在强力提升，其辐射带动作用显著增强。今年的广东省政府工作报告对都市圈的建设提出了更明确要求。",
				"都市圈的建设在广东经济建设这盘大棋中，被寄予越来越多的厚望。",
				"今年的广东省政府工作报告对都市圈的建设提出了更明确要求，指出要以省国土空间规划为依据，制定实施五大都市圈发展规划。"}},
		{"a dated line cut by a page break goes on",
			"2026年河北省政府工作报告\n\n——2026年1月26日在河北省第十四届人民代表大会第四次\n\n会议上\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n",
			[]string{"2026年河北省政府工作报告", "——2026年1月26日在河北省第十四届人民代表大会第四次会议上", "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。"}},
		{"a dated line before a blank line ends",
			"2026年河北省政府工作报告\n\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n\n现在，我代表省人民政府向大会报告工作，请予审议。\n",
			[]string{"2026年河北省政府工作报告", "——2026年1月26日在河北省第十四届人民代表大会第四次会议上", "现在，我代表省人民政府向大会报告工作，请予审议。"}},
		{"where every line is followed by a blank, two blank lines after a sentence end break",
			"标题\n\n机航线达到 48条，货邮吞吐量 53.5万吨，连续三年跻身全\n\n球货运机场 40强。中欧班列集结中心加快建设，上街片区海铁\n\n联运首发开行，中欧班列（中豫号）开行 1572班。跨境电商\n\n交易额增长，普通高中“双新”改革经验在全国推广实施。\n\n\n高水平举办第九届博博会、黄帝故里拜祖大典等重大活动，商都\n\n遗址博物院建成开放，服务能力达到国家标准。\n\n省会城市首位度持续提升，城市功能更加完善。\n",
			[]string{"标题",
				"机航线达到 48条，货邮吞吐量 53.5万吨，连续三年跻身全球货运机场 40强。中欧班列集结中心加快建设，上街片区海铁联运首发开行，中欧班列（中豫号）开行 1572班。跨境电商交易额增长，普通高中“双新”改革经验在全国推广实施。",
				"高水平举办第九届博博会、黄帝故里拜祖大典等重大活动，商都遗址博物院建成开放，服务能力达到国家标准。",
				"省会城市首位度持续提升，城市功能更加完善。"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := unwrapped(c.in)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
