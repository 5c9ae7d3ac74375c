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
		{"numbers in circles before headings that wrap to a short tail",
			"年度报告\n\n" + column + "①强化组织领导，压实各级安全\n生产责任\n" + column + "②深化隐患排查，推动问题闭环\n整改到位\n" + column,
			"# 年度报告\n" + columnText + "\n## 强化组织领导，压实各级安全生产责任\n" + columnText + "\n## 深化隐患排查，推动问题闭环整改到位\n" + columnText},
		{"large numbers before headings numbered alike",
			"年度报告\n\n" + column + "1 一、总体情况\n" + column + "2 二、主要做法\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText},
		{"OCR's misreadings of the marks before numbered headings",
			"年度报告\n\n" + column + "令一、总体情况\n" + column + "@) 二、主要做法\n" + column + "a三、下一步打算\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText + "\n## 三、下一步打算\n" + columnText},
		{"one mark OCR misread and set against the number, where its reading went before others with a space",
			"年度报告\n\n" + column + "\n令 一、总体情况\n\n" + column + "\n令 二、主要做法\n\n" + column + "\n令三、下一步打算\n\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText + "\n## 三、下一步打算\n" + columnText},
		{"numbers in boxes, as OCR reads them, before headings numbered alike; a box read empty",
			"年度报告\n\n" + column + "\n[] 一、总体情况\n\n" + column + "\n[2] 二、主要做法\n\n" + column + "\n[3] 三、下一步打算\n\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText + "\n## 三、下一步打算\n" + columnText},
		{"a list of references keeps its numbers",
			"年度报告\n\n" + column + "\n[1] 王明：城市更新研究，2020。\n\n" + column + "\n[2] 李青：社区治理研究，2021。\n\n" + column + "\n[3] 张岚：乡村振兴研究，2022。\n\n" + column,
			"# 年度报告\n" + columnText + "\n[1]王明：城市更新研究，2020。\n" + columnText + "\n[2]李青：社区治理研究，2021。\n" + columnText + "\n[3]张岚：乡村振兴研究，2022。\n" + columnText},
		{"a list of references without stops keeps its numbers",
			"年度报告\n\n" + column + "\n[1] 王明：城市更新研究\n\n" + column + "\n[2] 李青：社区治理研究\n\n" + column + "\n[3] 张岚：乡村振兴研究\n\n" + column,
			""},
		{"one mark OCR misread among marks read right",
			"年度报告\n\n" + column + "● 一、总体情况\n" + column + "● 二、主要做法\n" + column + "令三、下一步打算\n" + column,
			"# 年度报告\n" + columnText + "\n## 一、总体情况\n" + columnText + "\n## 二、主要做法\n" + columnText + "\n## 三、下一步打算\n" + columnText},
		{"a section sign and a bar before unnumbered headings",
			"年度报告\n\n" + column + "§ 候鸟归来\n" + column + "§ 湿地添彩\n" + column + "▌ 社区食堂\n" + column + "▌ 老人点赞\n" + column,
			"# 年度报告\n" + columnText + "\n## 候鸟归来\n" + columnText + "\n## 湿地添彩\n" + columnText + "\n## 社区食堂\n" + columnText + "\n## 老人点赞\n" + columnText},
		{"OCR's reading of the section sign",
			"年度报告\n\n" + column + "$候鸟归来\n" + column + "$ 湿地添彩\n" + column,
			"# 年度报告\n" + columnText + "\n## 候鸟归来\n" + columnText + "\n## 湿地添彩\n" + columnText},
		{"sums in dollars are no marks",
			"年度报告\n\n" + column + "\n$120 万元\n\n" + column + "\n$80 万元\n\n" + column,
			""},
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
				if strings.Count(got, "●") != strings.Count(c.in, "●") || strings.Count(got, "@") != strings.Count(c.in, "@") || strings.Count(got, "【") != strings.Count(c.in, "【") ||
					strings.Count(got, "$") != strings.Count(c.in, "$") || strings.Count(got, "[") != strings.Count(c.in, "[") {
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
		{"a notice's items numbered in circles, each a paragraph of four lines", "关于加强安全生产工作的通知\n\n各有关单位：\n\n为进一步加强安全生产工作，现就有关事项通知如下。各单位要高度重视，\n认真抓好落实，确保各项措施落到实处。具体要求如下：\n\n①加强组织领导，各单位主要负责人是安全生产第一责任人，要切实\n履行职责，定期研究部署安全生产工作，及时解决存在的突出问题，\n确保安全生产责任落实到岗位、落实到人员，形成一级抓一级、层层\n抓落实的工作格局，推动安全生产各项工作取得实效。\n\n②开展隐患排查，各单位要组织力量对所属场所进行全面排查，建立\n隐患台账，明确整改责任、整改措施和整改时限，做到闭环管理，\n坚决防范和遏制重特大事故发生，对排查出的重大隐患要挂牌督办，\n限期整改到位，确保不留死角、不留盲区、不留隐患。\n\n③强化应急管理，各单位要修订完善应急预案，定期开展应急演练，\n加强应急物资储备，提高应对突发事件的能力和水平，确保一旦发生\n事故能够迅速有效处置，最大限度减少人员伤亡和财产损失，切实\n维护人民群众生命财产安全和社会大局稳定。\n\n特此通知。\n"},
		{"bulleted paragraphs of four lines", "关于加强安全生产工作的通知\n\n各有关单位：\n\n为进一步加强安全生产工作，现就有关事项通知如下。各单位要高度重视，\n认真抓好落实，确保各项措施落到实处。具体要求如下：\n\n● 加强组织领导，各单位主要负责人是安全生产第一责任人，要切实\n履行职责，定期研究部署安全生产工作，及时解决存在的突出问题，\n确保安全生产责任落实到岗位、落实到人员，形成一级抓一级、层层\n抓落实的工作格局，推动安全生产各项工作取得实效。\n\n● 开展隐患排查，各单位要组织力量对所属场所进行全面排查，建立\n隐患台账，明确整改责任、整改措施和整改时限，做到闭环管理，\n坚决防范和遏制重特大事故发生，对排查出的重大隐患要挂牌督办，\n限期整改到位，确保不留死角、不留盲区、不留隐患。\n\n● 强化应急管理，各单位要修订完善应急预案，定期开展应急演练，\n加强应急物资储备，提高应对突发事件的能力和水平，确保一旦发生\n事故能够迅速有效处置，最大限度减少人员伤亡和财产损失，切实\n维护人民群众生命财产安全和社会大局稳定。\n\n特此通知。\n"},
		{"numerals in a row after a word at a paragraph's start", "我市农村饮水安全工程建设情况\n\n近年来，我市把农村饮水安全作为重要民生工程来抓。\n\n近三、四年来，全市累计投入资金五点六亿元，新建和改造\n集中供水工程一百二十处，受益人口达到八十六万人，农村\n自来水普及率由百分之七十八提高到百分之九十五，群众\n饮水条件得到根本改善。\n\n约五、六成的工程采用了规模化供水模式，实现了城乡供水\n一体化管理，水质达标率明显提高，运行管理更加规范，\n群众满意度不断提升，为乡村振兴提供了有力保障，受到\n上级部门的充分肯定。\n\n下一步，我市将继续加大投入力度。\n"},
		{"notes numbered in circles, the numbers in the text too", "论新时代出版业高质量发展\n\n出版业是文化产业的重要组成部分。近年来，我国出版业规模持续\n扩大，2024年全国出版图书五十余万种①，总印数超过一百亿册。\n数字出版快速发展，营业收入突破一万亿元。出版业在满足人民群众\n精神文化需求方面发挥了重要作用。\n\n① 国家新闻出版署：《2024年全国新闻出版业基本情况》\n\n与此同时，出版业也面临一些突出问题。一是结构性矛盾依然存在，\n同质化出版现象较为普遍②。二是数字化转型仍需加快，传统出版\n与新兴出版融合发展的体制机制尚不健全。三是人才队伍建设\n相对滞后，复合型人才短缺。\n\n② 参见张明：《出版业供给侧改革研究》，载《出版发行研究》\n\n推动出版业高质量发展，必须坚持正确出版导向③，把社会效益放在\n首位，实现社会效益和经济效益相统一。要深化出版业供给侧结构性\n改革，优化出版结构，提高出版质量。\n\n③ 中共中央办公厅、国务院办公厅印发《关于推动出版深度融合发展的实施意见》\n"},
		{"weekdays at the start of lines", "社区服务中心服务安排\n\n为方便居民办事，现将本月服务安排公布如下。\n\n星期一、星期三全天受理社保业务，上午九时至下午五时\n其他时间请通过网上平台办理。\n需要携带身份证原件和复印件。\n代办业务须提供委托书。\n\n星期二、星期四受理医保业务，上午九时至下午五时\n特殊情况可预约上门服务。\n咨询电话另行公布。\n\n以上安排如有变动，另行通知。\n"},
		{"a quotation that opens with numerals in a row", "春耕备耕工作有序推进\n\n记者近日在多地走访了解到，各地春耕备耕工作进展顺利。\n\n“三、四月份是春耕的关键时期，我们提前做好了准备\n合作社负责人告诉记者，今年种子化肥都已备足。\n农机检修工作也已全部完成。\n技术人员已经下到田间地头。\n\n“五、六月份要抓好田间管理，防治病虫害\n他说，合作社将继续加强与农技部门的合作。\n力争今年粮食产量再创新高。\n\n目前，全县春播面积已完成三成以上。\n"},
		{"numerals in a row after a word, on short lines of their own",
			"年度报告\n\n" + column + "\n近三、四年来全市投入持续增加\n\n" + column + "\n约五、六成工程实现规模化供水\n\n" + column},
		{"quotations that open with a numbered phrase, on short lines of their own",
			"年度报告\n\n" + column + "\n“三、保障有力”是今年的目标\n\n" + column + "\n“五、服务到位”是明年的要求\n\n" + column},
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
