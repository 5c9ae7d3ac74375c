package convert

import (
	"strings"
	"testing"
)

func TestTitleReading(t *testing.T) {
	rep := strings.Repeat
	for _, tc := range []struct {
		name, title, body, want string
	}{
		{"after the two before", "新港去年新能产汽车出口突破50万辆",
			rep("今年新能源汽车订单增长。", 3) + "港口物流忙碌。", "新港去年新能源汽车出口突破50万辆"},
		{"beside one neighbour, a character the text never has", "小食捍端出幸福热饭碗",
			rep("长者食堂里坐满了人。", 8) + "老人吃上了热饭。", "小食堂端出幸福热饭碗"},
		{"a later page's head that repeats the title reads it too",
			"港岭县2026年政府工作报告", "——2026年1月14日在澄岭县第十九届人民代表大会第五次会议上\n\n" + rep("全县经济运行稳中有进，主要指标好于预期，\n", 12) + "（二）推进乡村全面振兴\n澄岭县2026年政府工作报告\n稳定粮食播种面积。\n" + rep("全县经济运行稳中有进，主要指标好于预期，\n", 4),
			"澄岭县2026年政府工作报告"},
		{"the text has the title's four characters once, one read otherwise", "关于2026年计划宣案的报告",
			rep("全市经济运行稳中有进。", 3) + "现将2026年发展计划草案提请审议。", "关于2026年计划草案的报告"},
		{"four characters once, the title's own making a word", "关于2026年计划方案的报告",
			rep("全市经济运行稳中有进。", 3) + "现将2026年发展计划草案提请审议。", "关于2026年计划方案的报告"},
		{"the text has the title's words on both sides, another character between than most", "新港去年新能产汽车出口突破50万辆",
			rep("今年新能源汽车订单增长。", 3) + "新港去年新能动汽车出口突破了纪录。", "新港去年新能动汽车出口突破50万辆"},
		{"the text has the title's words on both sides with the title's own character", "新港去年新能产汽车出口突破50万辆",
			rep("今年新能源汽车订单增长。", 3) + "新港去年新能产汽车出口突破了纪录。", "新港去年新能产汽车出口突破50万辆"},
		{"an official document's title opens with 关于, its first character misread", "美于做好2026年度城区冬季供暖保障工作的通知",
			rep("全市经济运行稳中有进。", 3), "关于做好2026年度城区冬季供暖保障工作的通知"},
		{"an official document's title opens with 关于, its second character misread", "关干做好2026年度城区冬季供暖保障工作的通知",
			rep("全市经济运行稳中有进。", 3), "关于做好2026年度城区冬季供暖保障工作的通知"},
		{"an opening the text has again stands", "关停高耗能落后产能企业的通知",
			rep("全市关停落后产能企业。", 3), "关停高耗能落后产能企业的通知"},
		{"a title that names no document's kind keeps its opening", "美于生活的十个片段",
			rep("全市经济运行稳中有进。", 3), "美于生活的十个片段"},
		{"a figure alone between two Chinese characters", "关于2025年生3环境状况的公报",
			rep("全市生态环境质量持续改善。", 4), "关于2025年生态环境状况的公报"},
		{"read too seldom", "新港去年新能产汽车出口突破50万辆",
			"今年新能源订单增长。", "新港去年新能产汽车出口突破50万辆"},
		{"the text has the title's own pair", "小食捍端出幸福热饭碗",
			rep("长者食堂里坐满了人。", 8) + "食捍一词只此一处。", "小食捍端出幸福热饭碗"},
		{"the title's character is in the text", "小食捍端出幸福热饭碗",
			rep("长者食堂里坐满了人。", 8) + "捍卫权益。", "小食捍端出幸福热饭碗"},
		{"the neighbour is mostly with others", "小食捍端出幸福热饭碗",
			rep("长者食堂里坐满了人。", 8) + rep("食品安全，食材新鲜。", 5), "小食捍端出幸福热饭碗"},
		{"at the edge of the title's words", "2026年河北省政府工作报告",
			rep("建设美丽河北。", 9), "2026年河北省政府工作报告"},
		{"a neighbour in a word of the text on its other side", "山乡冷资源释放热效应",
			rep("扩大有效投资。", 9) + rep("盘活资源。", 2), "山乡冷资源释放热效应"},
		{"a word of the title stands", "低空经济起飞新赛道加速成长",
			rep("赛道上车辆飞驰。", 9), "低空经济起飞新赛道加速成长"},
		{"the subtitle has the title's words", "琅川市2025年生态环境状况公报",
			"琅川市生态环境局\n\n" + rep("全市生态环境质量持续改善。", 9), "琅川市2025年生态环境状况公报"},
		{"a middle dot read as a stop", "2026中国。桐湾樱花文化旅游节开幕",
			"樱花节开幕了。", "2026中国·桐湾樱花文化旅游节开幕"},
		{"a middle dot read as a period", "中国.桐湾樱花节",
			"樱花节开幕了。", "中国·桐湾樱花节"},
		{"a stop before a letter stays", "樱花节开幕。A面",
			"樱花节开幕了。", "樱花节开幕。A面"},
		{"a period in a number stays", "增长3.5个百分点",
			"樱花节开幕了。", "增长3.5个百分点"},
		{"a name between the same neighbours", "青由市优化营商环境实施方案",
			rep("青岚市全面推进改革。", 2) + "青山秀水。", "青岚市优化营商环境实施方案"},
		{"a name between the same neighbours, read once", "青由市优化营商环境实施方案",
			"青岚市全面推进改革。青山秀水。", "青由市优化营商环境实施方案"},
		{"between the same neighbours, mostly others", "青由市优化营商环境实施方案",
			rep("青岚市全面推进改革。", 2) + rep("青川市、青林市。", 2), "青由市优化营商环境实施方案"},
		{"the first character of a name", "相溪县城乡供水一体化工程全面建成",
			rep("柏溪县供水公司。", 3), "柏溪县城乡供水一体化工程全面建成"},
		{"the first character of a word the text writes with others", "让科技园成为创新高地",
			rep("新科技不断涌现。", 3) + "高科技企业。", "让科技园成为创新高地"},
		{"the last character of a word", "让科技园成为创新成果转化的“加速占”",
			rep("科技园是成果转化的加速器。", 2), "让科技园成为创新成果转化的“加速器”"},
		{"a place's name the text never has, over its commonest word before 市", "2026年鹤泉市人民政府工作报告",
			rep("全市人民共同努力。", 4), "2026年鹤泉市人民政府工作报告"},
		{"one neighbour's reading needs a word on the other side", "禾川市2026年政府工作报告",
			rep("全市经济平稳运行。", 9), "禾川市2026年政府工作报告"},
		{"a year read with 年", "梅林区2026怕政府工作报告",
			rep("2026年主要目标。", 2), "梅林区2026年政府工作报告"},
		{"a year before a word stays", "2026中国·桐湾樱花节开幕",
			rep("2026年樱花节。", 3), "2026中国·桐湾樱花节开幕"},
		{"a year before a word the text has stays", "2026中国·桐湾樱花节开幕",
			rep("2026年樱花节。", 3) + "中国樱花。", "2026中国·桐湾樱花节开幕"},
		{"a year the text writes with the same character stays", "2026怕政府工作报告",
			rep("2026年主要目标。", 2) + "2026怕。", "2026怕政府工作报告"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// OCR's hand (an ASCII comma in Chinese text) lets the title
			// be read again; the passes up to this one read it.
			tc.body += "\n\n以上情况,特此说明。"
			d := applyPasses(tc.title+"\n\n"+tc.body+"\n", upTo(titleReading{})...)
			if len(d.blocks) == 0 || d.blocks[0].kind != heading {
				t.Fatalf("no title: %+v", d.blocks)
			}
			if got := d.blocks[0].text; got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
			reported := false
			for _, dec := range d.report {
				reported = reported || dec.Rule == "title-reading"
			}
			if reported != (tc.want != tc.title) {
				t.Errorf("reported %v, changed %v", reported, tc.want != tc.title)
			}
			in := tc.title + "\n\n" + tc.body + "\n"
			if msg := conservationError(in, Normalize(in, Options{})); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// upTo returns the passes of the pipeline up to p and p itself.
func upTo(p pass) []pass {
	all := rawPasses()
	for k, q := range all {
		if q == p {
			return all[:k+1]
		}
	}
	panic("no such pass")
}

// A text without OCR's hand (pdftotext's) has its title's characters
// right, though the text writes a word it could make more often.
func TestTitleReadingNotWithoutOCR(t *testing.T) {
	d := repair("琴湖县推进公共文化服务提质增效\n\n"+strings.Repeat("群众满意度持续提升。", 9)+"\n", Options{})
	if got := d.blocks[0].text; got != "琴湖县推进公共文化服务提质增效" {
		t.Errorf("title %q", got)
	}
}

// An English title is never read again.
func TestTitleReadingNotEnglish(t *testing.T) {
	d := repair("The Harbour Rport\n\n"+strings.Repeat("The harbour report was read. ", 20)+"\n", Options{})
	if got := d.blocks[0].text; got != "The Harbour Rport" {
		t.Errorf("title %q", got)
	}
}

func TestMiddleDot(t *testing.T) {
	for _, c := range []struct {
		title string
		at    int
		want  bool
	}{
		{"中国。桐湾", 2, true},
		{"中国。 桐湾", 2, true},
		{"奋斗。再出发。", 2, false},
		{"中国.桐湾", 2, true},
		{"开幕。", 2, false},
		{"开幕。A面", 2, false},
		{"3.5个", 1, false},
	} {
		if got := middleDot([]rune(c.title), c.at); got != c.want {
			t.Errorf("middleDot(%q, %d) = %v, want %v", c.title, c.at, got, c.want)
		}
	}
}
