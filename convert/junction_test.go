package convert

import (
	"slices"
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
		{"a run-in head that fills the column with its lost indent runs on",
			indentLost + "（五）坚决守牢安全发展底线。\n以时时放心不下的责任感，标本兼治\n提升本质安全水平。\n",
			append(append([]string{"标题", "各位代表！未来五年是河北发展战略叠加和优势聚合的机遇期，是动能转换与结构升级的蝶变期。"}, para...),
				"（五）坚决守牢安全发展底线。以时时放心不下的责任感，标本兼治提升本质安全水平。")},
		{"a section title that fills the column stands apart",
			"标题\n\n一、“十四五”时期经济社会发展回顾\n“十四五”时期是江苏发展历程中极不\n平凡的五年，全省经济顶压前行、向新\n向优发展，高质量发展成效明显。\n",
			[]string{"标题", "一、“十四五”时期经济社会发展回顾",
				"“十四五”时期是江苏发展历程中极不平凡的五年，全省经济顶压前行、向新向优发展，高质量发展成效明显。"}},
		{"a sentence end on a full line before a block of another column width",
			"标题\n\n进出口总额五万亿元、增长六个\n百分点，规上工业增加值、规上服\n务业营收分别增长，社会消费品零\n售总额稳步增长。特别是面对多年\n少有的外部冲击挑战，全省经济顶\n压前行、向新向优发展，高质量发\n展成效明显，城乡居民收入提高。\n" +
				"——“向新”的动能持续增强。科技创新取得新进步，全国高校区域技术转移\n转化中心投入运行，中国科学院工业人工智能研究所正式成立，开展高新区\n和高等院校“双高协同”，首批省重点实验室重组完成。\n",
			[]string{"标题", "进出口总额五万亿元、增长六个百分点，规上工业增加值、规上服务业营收分别增长，社会消费品零售总额稳步增长。特别是面对多年少有的外部冲击挑战，全省经济顶压前行、向新向优发展，高质量发展成效明显，城乡居民收入提高。",
				"——“向新”的动能持续增强。科技创新取得新进步，全国高校区域技术转移转化中心投入运行，中国科学院工业人工智能研究所正式成立，开展高新区和高等院校“双高协同”，首批省重点实验室重组完成。"}},
		{"a sentence end on a full line before a short last line and a narrower block",
			"标题\n\n科技创新取得新进步，全国高校区域技术转移转化中心投入运行，中国科学院\n工业人工智能研究所正式成立。开展高新区和高等院校“双高协同”行动。\n重点实验室重组完成。\n" +
				"严守安全发展底线。积极有序化解地\n方债务风险。着力稳定房地产市场，\n因城施策控增量、去库存、优供给。\n",
			[]string{"标题", "科技创新取得新进步，全国高校区域技术转移转化中心投入运行，中国科学院工业人工智能研究所正式成立。开展高新区和高等院校“双高协同”行动。重点实验室重组完成。",
				"严守安全发展底线。积极有序化解地方债务风险。着力稳定房地产市场，因城施策控增量、去库存、优供给。"}},
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
		{"a numbered line whose word ends on the next line before a comma is a run-in head",
			"标题\n\n“澜江好茶”“南浦柑橘”等区域公用\n品牌影响力持续扩大。\n（二）着力抓创新强产\n业，新质生产力加快培育。全社会\n研发经费投入强度预计达到2.61%\n。\n",
			[]string{"标题", "“澜江好茶”“南浦柑橘”等区域公用品牌影响力持续扩大。", "（二）着力抓创新强产业，新质生产力加快培育。全社会研发经费投入强度预计达到2.61%。"}},
		{"a run-in head of two lines goes on after a page break",
			"标题\n\n持续办好“云溪消费季”系列活动，\n打造特色街区5条。\n（三）聚力城乡融\n合，建设宜居宜业家园。\n\n稳步推进以县城为重要载体的城镇化\n建设，常住人口城镇化率提高。\n",
			[]string{"标题", "持续办好“云溪消费季”系列活动，打造特色街区5条。", "（三）聚力城乡融合，建设宜居宜业家园。稳步推进以县城为重要载体的城镇化建设，常住人口城镇化率提高。"}},
		{"a numbered item whose first sentence ends in a bracket with figures is a run-in head",
			"标题\n\n专项整治工作自2026年2月起\n至12月底结束，分三个阶段进行。\n1.动员部署阶段（2026年2月\n至3月）。各县（市、区）燃气管理\n部门结合本地实际制定实施方案。\n",
			[]string{"标题", "专项整治工作自2026年2月起至12月底结束，分三个阶段进行。", "1.动员部署阶段（2026年2月至3月）。各县（市、区）燃气管理部门结合本地实际制定实施方案。"}},
		{"a numbered line letter-spaced to the column before a bracketed figure runs on",
			"标题\n\n专项整治工作自2026年2月起至\n12月底结束，分三个阶段进行。\n1. 动 员 部 署 阶 段\n（2026年2月至3月）。各县（市\n、区）燃气管理部门结合本地实际制\n定具体实施方案。\n",
			[]string{"标题", "专项整治工作自2026年2月起至12月底结束，分三个阶段进行。", "1.动员部署阶段（2026年2月至3月）。各县（市、区）燃气管理部门结合本地实际制定具体实施方案。"}},
		{"a news item's opening starts a paragraph after a deck, its bracket of reporters goes on",
			"标题\n\n全长86.5公里，设站7座，两地最快38分钟通达\n本报讯（记者 林晓峰\n通讯员 黄佳 陈思远）3月\n11日上午9时18分，随着\n一声汽笛长鸣，列车从松屏站缓\n缓驶出。\n",
			[]string{"标题", "全长86.5公里，设站7座，两地最快38分钟通达", "本报讯（记者 林晓峰通讯员 黄佳 陈思远）3月11日上午9时18分，随着一声汽笛长鸣，列车从松屏站缓缓驶出。"}},
		{"a short phrase between a sentence ending on a full line and a first line short by its indent is a heading",
			"标题\n\n从他爷爷那一辈算起，这门\n手艺已经在这个只有百来户\n人家的小山村里传了百多年。\n七十二道工序\n青竹坪的竹纸，当地人\n叫它“坪纸”，纸质柔韧、颜色\n淡黄，过去多用来写字。\n",
			[]string{"标题", "从他爷爷那一辈算起，这门手艺已经在这个只有百来户人家的小山村里传了百多年。", "七十二道工序", "青竹坪的竹纸，当地人叫它“坪纸”，纸质柔韧、颜色淡黄，过去多用来写字。"}},
		{"a subsection wraps right under its section title",
			"标题\n\n各项指标完成市下达的节能减排\n任务。\n三、2026年重点工作\n（一）坚持创新驱动，加快建\n设现代化产业体系\n做强先进制造业。实施制\n造业“强链补链”行动，推动\n",
			[]string{"标题", "各项指标完成市下达的节能减排任务。", "三、2026年重点工作", "（一）坚持创新驱动，加快建设现代化产业体系", "做强先进制造业。实施制造业“强链补链”行动，推动"}},
		{"a line that opens with 的 goes on from the one before, across OCR's blank line",
			"标题\n\n为开启新征程奠定了坚实基\n础。\n会指出，五年来\n\n的实践积累了许多宝贵\n经验，必须长期坚持。\n",
			[]string{"标题", "为开启新征程奠定了坚实基础。", "会指出，五年来的实践积累了许多宝贵经验，必须长期坚持。"}},
		{"in a short document two first lines short by an indent tell that it was lost: a sentence ending on a full line ends its paragraph",
			"标题\n\n入夜，城东的老街热闹起来。烤红\n薯的炉子冒着热气，多了去处，不少摊主也\n多了一份稳定的收入。\n城市的“烟火气”，是一座\n城市最抚人心的温度。一碗热腾\n腾的小馄饨，往往就是一家人的\n生计所在。\n当然，“烟火气”也有它的\n另一面。占道经营影响通行，两种\n做法，都不是群众想要的结果。\n守护“烟火气”，关键在于\n找到秩序与活力之间的平衡点。\n",
			[]string{"标题", "入夜，城东的老街热闹起来。烤红薯的炉子冒着热气，多了去处，不少摊主也多了一份稳定的收入。",
				"城市的“烟火气”，是一座城市最抚人心的温度。一碗热腾腾的小馄饨，往往就是一家人的生计所在。",
				"当然，“烟火气”也有它的另一面。占道经营影响通行，两种做法，都不是群众想要的结果。",
				"守护“烟火气”，关键在于找到秩序与活力之间的平衡点。"}},
		{"a section title alone between blank lines heads the text after a line that breaks off",
			"标题\n\n有的村集体经济薄弱，年经营性收\n入不足10万元，无力承担配套资\n\n四、对策建议\n\n（一）优化设施布局，推进乡镇敬老院转型升级\n",
			[]string{"标题", "有的村集体经济薄弱，年经营性收入不足10万元，无力承担配套资", "四、对策建议", "（一）优化设施布局，推进乡镇敬老院转型升级"}},
		{"a section title short by an indent is no run-in head of a sentence ending in a figure",
			"标题\n\n各类促消费活动320\n余场，发放消费券1.2\n亿元，带动消费46.8\n亿元。\n\n六、对外经济\n\n长2.5%。机电产品出\n口额增长13.6%，占\n出口总额的58.2%。\n",
			[]string{"标题", "各类促消费活动320余场，发放消费券1.2亿元，带动消费46.8亿元。", "六、对外经济", "长2.5%。机电产品出口额增长13.6%，占出口总额的58.2%。"}},
		{"a title cut off on its first line goes on under the masthead's date, and ends with its second line",
			"河阳日报\n\n琅川市\n\n2026年5月12日 星期二 第7741号\n\n2025年生态环境状况公报\n琅川市生态环境局\n\n2025年，全市生态环境系统坚\n持以改善生态环境质量为核心，深\n入打好蓝天、碧水、净土保卫战。\n",
			[]string{"琅川市2025年生态环境状况公报", "琅川市生态环境局", "2025年，全市生态环境系统坚持以改善生态环境质量为核心，深入打好蓝天、碧水、净土保卫战。"}},
		{"a title that ends with a colon goes on",
			"下班后，去夜校“充电”：\n\n一座城市里年轻人的第二张课表\n本报记者 宋知秋\n\n晚上7点，雁川市工人文化宫三\n楼的一间教室里灯火通明。\n",
			[]string{"下班后，去夜校“充电”：一座城市里年轻人的第二张课表", "本报记者 宋知秋", "晚上7点，雁川市工人文化宫三楼的一间教室里灯火通明。"}},
		{"a chapter's title stands apart, an article's first line goes on over a bracket pushed to the next line",
			"标题\n\n（2026年4月2日公布 自2026年6月1日起施\n行）\n第一章 总则\n第一条 为了加强住宅小区\n电动自行车管理，制定本\n办法。\n第四条 市、县\n（市、区）人民政府应\n当加强领导。\n",
			[]string{"标题", "（2026年4月2日公布 自2026年6月1日起施行）", "第一章 总则", "第一条 为了加强住宅小区电动自行车管理，制定本办法。", "第四条 市、县（市、区）人民政府应当加强领导。"}},
		{"an item of a list ends with its semicolon short of the column",
			"标题\n\n住宅小区集中停放充电场所的\n建设管理应当符合下列要求：\n（一）与住宅建筑保持不小于\n6米的防火间距；\n（二）按照规定配备灭火器和\n简易喷淋设施，设置视频监控\n和火灾报警装置。\n",
			[]string{"标题", "住宅小区集中停放充电场所的建设管理应当符合下列要求：", "（一）与住宅建筑保持不小于6米的防火间距；", "（二）按照规定配备灭火器和简易喷淋设施，设置视频监控和火灾报警装置。"}},
		{"a heading that wraps before its quoted term closes, over a first line short by its lost indent",
			"标题\n\n收购价格一路走低。有\n的客商压价到每公斤\n2元。\n手机成了“新农\n具”\n在青石坳村的果\n园里，记者注意到，\n每隔一段距离就立着\n一根灰色的杆子。\n",
			[]string{"标题", "收购价格一路走低。有的客商压价到每公斤2元。", "手机成了“新农具”", "在青石坳村的果园里，记者注意到，每隔一段距离就立着一根灰色的杆子。"}},
		{"an indented numbered heading that fills the column wraps to a short line before an indented paragraph",
			"标题\n\n    今天召开全市优化\n营商环境工作推进会，\n主要任务是总结2025\n年营商环境建设成效，\n查找差距和不足。下\n面，我讲三点意见。\n  一、正视成绩更要正\n视差距，切实增强优化\n营商环境的紧迫感\n    过去一年，全市上\n下把优化营商环境作为\n“一号改革工程”来\n抓，取得了明显成效。\n",
			[]string{"标题", "今天召开全市优化营商环境工作推进会，主要任务是总结2025年营商环境建设成效，查找差距和不足。下面，我讲三点意见。", "一、正视成绩更要正视差距，切实增强优化营商环境的紧迫感", "过去一年，全市上下把优化营商环境作为“一号改革工程”来抓，取得了明显成效。"}},
		{"an indented numbered line that fills the column and ends its sentence is a run-in head",
			"标题\n\n    今天召开全市优化营商环\n境工作推进会。下面，我讲\n三点意见。\n  （一）积极推动高效能治\n理，社会文明程度不断提升。\n文化事业和文化产业繁荣发\n展，群众生活更加丰富。\n",
			[]string{"标题", "今天召开全市优化营商环境工作推进会。下面，我讲三点意见。", "（一）积极推动高效能治理，社会文明程度不断提升。文化事业和文化产业繁荣发展，群众生活更加丰富。"}},
		{"a section title set over the columns between blank lines heads the text after a line that breaks off",
			"标题\n\n同志们，营商环境没\n有最好，只有更好。各\n地区要把优化营商环境\n这篇文章做深做\n\n二、聚焦企业全生命周期服务需求，在重点领域取得新突破\n\n今年我市优化营商环\n境工作的总体目标是稳\n居全省前三。\n",
			[]string{"标题", "同志们，营商环境没有最好，只有更好。各地区要把优化营商环境这篇文章做深做", "二、聚焦企业全生命周期服务需求，在重点领域取得新突破", "今年我市优化营商环境工作的总体目标是稳居全省前三。"}},
		{"the names that sign a letter, one wrapped, and its date stand apart",
			"标题\n\n让我们携起手来，共同建设更\n加美好、更加温暖的澧城！\n澧城市精神文明建设指导委员会办\n公室\n澧城市公安局\n澧城市精神文明建设指导\n委员会办公室\n2026年5月18日\n",
			[]string{"标题", "让我们携起手来，共同建设更加美好、更加温暖的澧城！", "澧城市精神文明建设指导委员会办公室", "澧城市公安局", "澧城市精神文明建设指导委员会办公室", "2026年5月18日"}},
		{"a phrase between a full line's sentence end and a line that keeps its indent is a heading",
			"标题\n\n    来自北京的跑者说：“我跑过\n十几个城市的马拉松，云溪\n市民的热情让我印象最深。”\n赛事带动效应明显\n    据初步测算，本届马拉\n松直接带动消费约4.6亿元。\n",
			[]string{"标题", "来自北京的跑者说：“我跑过十几个城市的马拉松，云溪市民的热情让我印象最深。”", "赛事带动效应明显", "据初步测算，本届马拉松直接带动消费约4.6亿元。"}},
		{"a numbered section's title after a blank line opens a section, under a date that ends no sentence",
			"标题\n\n案号：（2025）云0102民初4417号\n裁判日期：2025年11月18日\n\n一、基本案情\n2023年3月1日，原告与被告签\n订房屋租赁合同。\n",
			[]string{"标题", "案号：（2025）云0102民初4417号", "裁判日期：2025年11月18日", "一、基本案情", "2023年3月1日，原告与被告签订房屋租赁合同。"}},
		{"a sentence a column break cut goes on to a line that a numeral opens",
			"标题\n\n今年全市经济运行总体平\n稳，主要指标好于预期，其中\n\n一、二季度增长较快，三季\n度有所回落。\n",
			[]string{"标题", "今年全市经济运行总体平稳，主要指标好于预期，其中一、二季度增长较快，三季度有所回落。"}},
		{"a hospital, a company or a museum that signs a notice, and its date, stand apart",
			"标题\n\n感谢广大患者的理解和支持，祝\n大家身体健康！\n云溪市第一人民医院\n2026年4月20日\n",
			[]string{"标题", "感谢广大患者的理解和支持，祝大家身体健康！", "云溪市第一人民医院", "2026年4月20日"}},
		{"a line that ends with a place's name before the date is text",
			"标题\n\n感谢广大患者的理解和支持，欢迎\n来到云溪市第一人民\n2026年4月20日\n",
			[]string{"标题", "感谢广大患者的理解和支持，欢迎来到云溪市第一人民2026年4月20日"}},
		{"an item of a list that ends with its semicolon on a full line ends before the next item",
			"标题\n\n住宅小区集中停放充电场所的\n建设管理应当符合下列要求：\n（一）与住宅建筑保持不小于\n六米的防火间距，不得占用通道；\n（二）按照规定配备灭火器和\n简易喷淋设施，设置视频监控\n和火灾报警装置。\n",
			[]string{"标题", "住宅小区集中停放充电场所的建设管理应当符合下列要求：", "（一）与住宅建筑保持不小于六米的防火间距，不得占用通道；", "（二）按照规定配备灭火器和简易喷淋设施，设置视频监控和火灾报警装置。"}},
		{"a title that wrapped goes on where a later page's head repeats it in one line, and ends there",
			"3.2万名跑者竞逐清漪江两岸，2026谷溪马拉松昨\n日鸣枪开跑\n男子全程赛会纪录被刷新，4600余名志愿者服务赛道沿线\n本报记者 宁书远\n\n" +
				"4月19日7时30分，随着一声发令枪响，2026谷\n溪马拉松在市奥体中心北广场鸣枪开跑。\n\n\f3.2万名跑者竞逐清漪江两岸，2026谷溪马拉松昨日鸣枪开跑\n\n马拉松不仅是一场体育赛事。\n",
			[]string{"3.2万名跑者竞逐清漪江两岸，2026谷溪马拉松昨日鸣枪开跑", "男子全程赛会纪录被刷新，4600余名志愿者服务赛道沿线", "本报记者 宁书远",
				"4月19日7时30分，随着一声发令枪响，2026谷溪马拉松在市奥体中心北广场鸣枪开跑。", "马拉松不仅是一场体育赛事。"}},
		{"an item's first line cut in a word before a list member goes on; a section's number is no member",
			"标题\n\n场所应当符合下列要求：\n\n（三）充电设施具备充满自动断\n电、过载保护、短路保护和漏电保护功\n能，每个充电端口的输出功率不超过1千\n瓦；\n\n一、高度重视，压实安全工作责任\n\n二、突出重点，扎实开展安全教育\n\n各校要至少开展一次防溺水专题教育。\n",
			[]string{"标题", "场所应当符合下列要求：", "（三）充电设施具备充满自动断电、过载保护、短路保护和漏电保护功能，每个充电端口的输出功率不超过1千瓦；", "一、高度重视，压实安全工作责任", "二、突出重点，扎实开展安全教育", "各校要至少开展一次防溺水专题教育。"}},
		{"a heading with the rule beside it read as a bar stands apart on both sides",
			"标题\n\n修复前，她仍要把书放在灯下一叶一叶地看。有些破损，仪\n器测不出来，只有手摸得\n\n| 把手艺教给年轻人\n古籍修复是一门慢功夫，人才\n培养周期长。\n",
			[]string{"标题", "修复前，她仍要把书放在灯下一叶一叶地看。有些破损，仪器测不出来，只有手摸得", "把手艺教给年轻人", "古籍修复是一门慢功夫，人才培养周期长。"}},
		{"a phrase short by the lost indent over a full line after a blank goes on",
			"标题\n\n" + strings.Repeat("全省上下深入贯彻总书\n记关于东北全面振兴的系列\n重要指示精神，持续推动发\n展。\n", 4) +
				"“十四五”时期是吉\n\n林高质量发展攻坚克难、砥\n砺奋进的五年。\n",
			append(append([]string{"标题"}, slices.Repeat([]string{"全省上下深入贯彻总书记关于东北全面振兴的系列重要指示精神，持续推动发展。"}, 4)...),
				"“十四五”时期是吉林高质量发展攻坚克难、砥砺奋进的五年。")},
		{"a phrase short by the lost indent alone between blank lines stays a heading",
			"标题\n\n" + strings.Repeat("全省上下深入贯彻总书\n记关于东北全面振兴的系列\n重要指示精神，持续推动发\n展。\n", 4) +
				"\n“十四五”时期是吉\n\n林高质量发展攻坚克难、砥\n砺奋进的五年。\n",
			append(append([]string{"标题"}, slices.Repeat([]string{"全省上下深入贯彻总书记关于东北全面振兴的系列重要指示精神，持续推动发展。"}, 4)...),
				"“十四五”时期是吉", "林高质量发展攻坚克难、砥砺奋进的五年。")},
		{"a section title over an item that opens with a short sentence stands apart",
			"标题\n\n可在市卫生健康委员会官方网站查询。\n\n六、办理流程\n\n1.申请。申请人登录“泊川\n通”APP，填写基本信息。\n",
			[]string{"标题", "可在市卫生健康委员会官方网站查询。", "六、办理流程", "1.申请。申请人登录“泊川通”APP，填写基本信息。"}},
		{"an item's first line most of the column wide goes on into the line under it",
			"标题\n\n（二）加快管网改造和设施检修\n\n1.各供热企业要于10月20日前\n完成换热站、供热管网等设施设备\n的检修维护工作，对运行年限超过\n20年的老旧管网进行改造。\n",
			[]string{"标题", "（二）加快管网改造和设施检修", "1.各供热企业要于10月20日前完成换热站、供热管网等设施设备的检修维护工作，对运行年限超过20年的老旧管网进行改造。"}},
		{"a subsection title alone between blank lines stands apart from text that breaks off above it",
			"标题\n\n健全分层分类社会救助体系，城乡低保标\n准分别提高到每人每月860元和720\n\n（五）聚焦生态优先，厚植绿色发展底色\n\n持续打好蓝天、碧水、净土保卫战。\n",
			[]string{"标题", "健全分层分类社会救助体系，城乡低保标准分别提高到每人每月860元和720", "（五）聚焦生态优先，厚植绿色发展底色", "持续打好蓝天、碧水、净土保卫战。"}},
		{"a phrase alone under a sentence's end on a full line, a blank line under it, is a heading",
			"标题\n\n全市冷链物流设施加快补齐，全年新\n增冷库12座，库容增长三成以上。\n冷链物流补齐短板\n\n今年以来，全市围绕农产品流通\n持续发力。\n",
			[]string{"标题", "全市冷链物流设施加快补齐，全年新增冷库12座，库容增长三成以上。", "冷链物流补齐短板", "今年以来，全市围绕农产品流通持续发力。"}},
		{"a phrase with a quoted term alone under a sentence's end on a full line is a heading",
			"标题\n\n全市冷链物流设施加快补齐，全年新\n增冷库12座，库容增长三成以上。\n守住“菜篮子”底线\n\n今年以来，全市围绕农产品流通\n持续发力。\n",
			[]string{"标题", "全市冷链物流设施加快补齐，全年新增冷库12座，库容增长三成以上。", "守住“菜篮子”底线", "今年以来，全市围绕农产品流通持续发力。"}},
		{"a short line of a clause under a sentence's end goes on over the blank line",
			"标题\n\n全市冷链物流设施加快补齐，全年新\n增冷库12座，库容增长三成以上。\n冷链物流补齐短板，还要\n\n今年以来，全市围绕农产品流通\n持续发力。\n",
			[]string{"标题", "全市冷链物流设施加快补齐，全年新增冷库12座，库容增长三成以上。冷链物流补齐短板，还要今年以来，全市围绕农产品流通持续发力。"}},
		{"a line well short of the column ends its paragraph before a subsection's title, its mark lost",
			"标题\n\n新生儿在本市医疗机构出生，父母\n双方身份信息真实有效。姓名已确\n定，协商一致\n（二） 出生登记\n\n1.父母双方为本市户籍的，新生\n儿可随父或者随母申报登记。\n",
			[]string{"标题", "新生儿在本市医疗机构出生，父母双方身份信息真实有效。姓名已确定，协商一致", "（二） 出生登记", "1.父母双方为本市户籍的，新生儿可随父或者随母申报登记。"}},
		{"a line most of the column wide goes on into a subsection's number",
			"标题\n\n新生儿在本市医疗机构出生，父母\n双方身份信息真实有效。姓名已确\n定，并经父母双方协商\n（二）项规定的期限\n内申报登记。\n",
			[]string{"标题", "新生儿在本市医疗机构出生，父母双方身份信息真实有效。姓名已确定，并经父母双方协商（二）项规定的期限内申报登记。"}},
		{"a subsection's title that fills the column ends before its first item",
			"标题\n\n新建改造供热管网120公里，单位供热\n面积耗热量比上一供暖季下降。\n（六）规范供热收费管理工作\n1.严格执行政府定价。居民住宅\n供热价格按每平方米收取。\n",
			[]string{"标题", "新建改造供热管网120公里，单位供热面积耗热量比上一供暖季下降。", "（六）规范供热收费管理工作", "1.严格执行政府定价。居民住宅供热价格按每平方米收取。"}},
		{"a subsection's first line that ends in a mark goes on into a figure",
			"标题\n\n新建改造供热管网120公里，单位供热\n面积耗热量比上一供暖季下降。\n（六）规范收费，标准提高到每平方\n1.5倍。居民住宅供热价格按\n每平方米收取。\n",
			[]string{"标题", "新建改造供热管网120公里，单位供热面积耗热量比上一供暖季下降。", "（六）规范收费，标准提高到每平方1.5倍。居民住宅供热价格按每平方米收取。"}},
		{"a quoted heading, one line or two, over an interview's turn",
			"标题\n\n导语。\n记者：合作社是哪一年成立的？\n王启明：二〇一八年。\n记者：有多少社员？\n王启明：一百二十户。\n记者：农机合作社今年发展得怎么样？\n王启明：我们新购置了无人机四台，服\n务面积扩大到两万亩。\n" +
				"“让每一粒种子都找到合适土壤”\n记者：下一步还有什么打算？\n王启明：我们准备建一座烘干中\n心，再把育秧工厂扩大一倍。\n" +
				"“让每一粒种子，都能找到合适\n的土壤”\n记者：资金从哪里来？\n王启明：一部分来自合作社的积\n累，一部分申请了贴息贷款。\n",
			[]string{"标题", "导语。", "记者：合作社是哪一年成立的？", "王启明：二〇一八年。", "记者：有多少社员？", "王启明：一百二十户。", "记者：农机合作社今年发展得怎么样？", "王启明：我们新购置了无人机四台，服务面积扩大到两万亩。",
				"“让每一粒种子都找到合适土壤”", "记者：下一步还有什么打算？", "王启明：我们准备建一座烘干中心，再把育秧工厂扩大一倍。",
				"“让每一粒种子，都能找到合适的土壤”", "记者：资金从哪里来？", "王启明：一部分来自合作社的积累，一部分申请了贴息贷款。"}},
		{"a numbered title that fills the column over a line with figures short by the indent stands apart",
			"标题\n\n全市上下坚持稳中求进工作总\n基调统筹推进经济社会发展各\n项工作经济运行平稳。\n" +
				"（二）加快推进城乡融合发展\n\n8月新增就业岗位23个，城\n乡居民收入差距持续缩小，农\n村居民收入增长。\n",
			[]string{"标题", "全市上下坚持稳中求进工作总基调统筹推进经济社会发展各项工作经济运行平稳。",
				"（二）加快推进城乡融合发展", "8月新增就业岗位23个，城乡居民收入差距持续缩小，农村居民收入增长。"}},
		{"a subtitle's dash line set across the columns ends over the text in a column",
			"标题\n\n——读《古盐道：一条商路的千年兴衰》\n2025年11月21日至22日，首届\n新能源汽车产业论坛在我市举\n行，来自全国的专家学者参会。\n",
			[]string{"标题", "——读《古盐道：一条商路的千年兴衰》", "2025年11月21日至22日，首届新能源汽车产业论坛在我市举行，来自全国的专家学者参会。"}},
		{"an enumeration's dash line in the column goes on",
			"标题\n\n各位代表，过去一年我们主要做了\n以下工作。\n——坚持创新驱动，产业结构持续\n优化，全年新增高新技术企业。\n",
			[]string{"标题", "各位代表，过去一年我们主要做了以下工作。", "——坚持创新驱动，产业结构持续优化，全年新增高新技术企业。"}},
		{"a list of labelled figures, an item a line, under a line ending with a colon",
			"标题\n\n全年住房公积金主要业务指标如\n下：\n缴存人数：12.6万人\n缴存总额：9.85亿元\n提取总额：6.12亿元，同比增长\n3.2%。\n",
			[]string{"标题", "全年住房公积金主要业务指标如下：", "缴存人数：12.6万人", "缴存总额：9.85亿元", "提取总额：6.12亿元，同比增长3.2%。"}},
		{"a labelled line cut in a word after a comma goes on",
			"标题\n\n联系人：周敏，联\n系电话：0571-8766223。\n",
			[]string{"标题", "联系人：周敏，联系电话：0571-8766223。"}},
		{"a heading short of the column over a subheading over a paragraph's first line",
			"标题\n\n全市电网负荷连续刷新历史纪录\n，电力供应保持平稳有序运行。\n迎峰度夏，守住“底线”\n保供电\n今年7月以来，全市用电负\n荷持续攀升，最高负荷达到\n历史纪录。\n",
			[]string{"标题", "全市电网负荷连续刷新历史纪录，电力供应保持平稳有序运行。", "迎峰度夏，守住“底线”", "保供电", "今年7月以来，全市用电负荷持续攀升，最高负荷达到历史纪录。"}},
		{"a heading as wide as the column over a subheading over a paragraph's first line",
			"标题\n\n全市电网负荷连续刷新历史纪录\n，电力供应保持平稳有序运行。\n迎峰度夏，守住保供“底线”\n保供电\n今年7月以来，全市用电负\n荷持续攀升，最高负荷达到\n历史纪录。\n",
			[]string{"标题", "全市电网负荷连续刷新历史纪录，电力供应保持平稳有序运行。", "迎峰度夏，守住保供“底线”", "保供电", "今年7月以来，全市用电负荷持续攀升，最高负荷达到历史纪录。"}},
		{"a paragraph of two lines whose stop OCR lost is text, no heading: it runs on",
			"标题\n\n全市电网负荷连续刷新历史纪录\n，电力供应保持平稳有序运行。\n今年夏季，全市用电负荷攀升\n再创新高\n今年7月以来，全市用电负\n荷持续攀升，最高负荷达到\n历史纪录。\n",
			[]string{"标题", "全市电网负荷连续刷新历史纪录，电力供应保持平稳有序运行。", "今年夏季，全市用电负荷攀升再创新高今年7月以来，全市用电负荷持续攀升，最高负荷达到历史纪录。"}},
		{"a sentence end a character short of the column ends a paragraph set without an indent",
			"标题\n\n全市上下坚持稳中求进工作总基\n调统筹推进经济社会发展各项工\n作，全年经济运行平稳有序。\n全市居民人均可支配收入稳步增\n长，城乡居民收入差距缩小。\n",
			[]string{"标题", "全市上下坚持稳中求进工作总基调统筹推进经济社会发展各项工作，全年经济运行平稳有序。", "全市居民人均可支配收入稳步增长，城乡居民收入差距缩小。"}},
		{"a date alone in brackets stands apart from the text under it",
			"标题\n\n琅川市生态环境局\n（2026年6月5日）\n\n2025年，全市生\n态环境系统坚持以改善\n生态环境质量为核心。\n",
			[]string{"标题", "琅川市生态环境局", "（2026年6月5日）", "2025年，全市生态环境系统坚持以改善生态环境质量为核心。"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := unwrapped(c.in)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

func TestPhraseAloneWhereBlanksCutSentences(t *testing.T) {
	// Paragraphs in a column fifteen characters wide, each cut by a
	// blank line in mid sentence: blank lines here are no paragraph
	// breaks.
	para := "赛事今年首次获评世界田联精英标\n\n牌赛事。这也是谷溪市连续第九年\n举办马拉松比赛。\n"
	text := "标题\n\n" + strings.Repeat(para, 10)
	for _, c := range []struct {
		name, in string
		want     []string // the blocks after the paragraphs
	}{
		{"a phrase narrower than a paragraph's first line, alone after a sentence end, is a heading",
			"冲过终点后，他接受了记者采访。\n\n保障细节藏在每一公里\n\n赛道沿线每隔两公里设置一个补\n给站。\n",
			[]string{"冲过终点后，他接受了记者采访。", "保障细节藏在每一公里", "赛道沿线每隔两公里设置一个补给站。"}},
		{"a phrase as wide as a paragraph's first line goes on",
			"冲过终点后，他接受了记者采访。\n\n赛道沿线每隔两公里设置一个\n\n补给站。\n",
			[]string{"冲过终点后，他接受了记者采访。赛道沿线每隔两公里设置一个补给站。"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses(text+c.in, controlChars{}, furniture{}, charRepairs{}, letterSpacing{}, sentenceBreaks{}, unwrap{})
			if !d.blanksInText {
				t.Fatal("blank lines not read as in the text")
			}
			got := texts(d.blocks)
			if len(got) < len(c.want) || !slices.Equal(got[len(got)-len(c.want):], c.want) {
				t.Errorf("blocks %q, want %q at the end", got, c.want)
			}
		})
	}
}

func TestStandsAlone(t *testing.T) {
	for _, c := range []struct {
		name   string
		a, b   string
		wa, wb int
		gap    int
		want   bool
	}{
		{"a heading of two phrases over an indent-lost first line", "加快转型，提质增效", "全年地区生产总值增长百分之五", 18, 32, 0, true},
		{"two phrases as wide as the line under them", "走在村道上，一栋栋白墙黛", "瓦的小楼错落有致，村口的广场", 34, 36, 0, false},
		{"two phrases as wide, a blank line between", "一片雪场，盘活一个村", "石门岭村的变化，始于", 20, 20, 1, true},
		{"a numbered heading of two phrases as wide as the line under it", "（一）聚焦生态优先，厚植绿色", "持续打好蓝天、碧水、净土", 32, 32, 0, true},
		{"one phrase as wide as the line under it", "一片雪场盘活一个村庄", "石门岭村的变化，始于", 20, 20, 0, true},
		{"a label, its colon and a phrase", "专家观点：数字赋能乡村", "“今年以来，全县推广智慧", 22, 24, 0, true},
		{"a speaker's words go on in clauses", "他表示：今年，全县将继续", "推进乡村振兴，加快建设", 24, 22, 0, false},
		{"a reporter's question", "记者：您怎么看待这个问题", "王明：我们一直在思考，全县", 24, 26, 0, false},
		{"a speaker's words without a clause on the line", "他表示：要坚持问题导向", "推进乡村振兴，加快建设", 22, 22, 0, false},
		{"a quote left open at the line's end", "专家观点：数字赋能“新", "农具”，带动全县农民增收", 20, 22, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			j := junction{a: c.a, b: c.b, wa: c.wa, col: 40, start: true, zh: true}
			bb := body{w: c.wb, gap: c.gap, below: 40}
			if got := j.standsAlone(&bb); got != c.want {
				t.Errorf("standsAlone = %v, want %v", got, c.want)
			}
		})
	}
}

func TestStandsApartShortLine(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"城市品质", "持续打好稳住经济大盘", true},
		{"这种种都为深", "圳稳步踏上新台阶", false},
	} {
		j := junction{a: c.a, b: c.b, wa: 2 * runeCount(c.a), col: 20, start: true, zh: true}
		brk, ok := j.standsApart(&body{}, &body{gap: 1})
		if got := brk && ok; got != c.want {
			t.Errorf("standsApart(%q, %q) = %v, %v; want a break: %v", c.a, c.b, brk, ok, c.want)
		}
	}
}

// Lines that stand apart as headings, or do not, by what is under them.
// Each case sets the junction as the document around it would: the
// column's width, whether a fills it, whether first lines here lost
// their indents, and the line under a (its width, a blank line before
// it, whether it ends a sentence).
func TestStandsApartOverLine(t *testing.T) {
	for _, c := range []struct {
		name       string
		a, b       string
		col        int
		full, lost bool // a fills the column; first lines lost their indents
		wb, gap    int  // b's width; blank lines before b
		ends       bool // b ends a sentence
		want       bool
	}{
		{"a numbered title narrower than the column", "（二）出生登记", "新生儿出生后一个月内", 48, false, false, 0, 0, false, true},
		{"a numbered line cut inside a book title", "（一）新生儿姓名一经申报，将同时用于《出生", "医学证明》、户口登记、医保参保等", 48, false, false, 0, 0, false, false},
		{"a numbered line cut inside a quotation the next line closes", "（一）关于“两个确保", "”的落实情况", 48, false, false, 0, 0, false, false},
		{"an item's first sentence, the text right under it", "（二）申请人应当对所提供信息的真实性负责。", "提供虚假信息的，将依法承担相应责任", 48, false, false, 0, 0, false, false},
		{"an item's first sentence, a blank line under it", "（二）申请人应当对所提供信息的真实性负责。", "提供虚假信息的，将依法承担相应责任", 48, false, false, 0, 1, false, true},
		{"a numbered title that fills the column over a line short by the indent", "（一）全力以赴稳增长", "抓实项目投资。全年安", 22, true, true, 18, 0, false, true},
		{"a numbered title that fills the column over a full line", "（一）全力以赴稳增长", "抓实项目投资。全年安排", 22, true, true, 22, 0, false, false},
		{"a run-in head's first line over its sentence's end", "（一）努力在推进创新驱动", "发展中闯出新路子。", 22, true, true, 18, 0, true, false},
		{"a phrase over a line short by the indent", "企业培育形成梯度格局", "企业是产业发展的主体", 24, false, true, 20, 0, false, true},
		{"two long phrases over a line short by the indent", "县域经济，要在实干上见真章", "近年来，全县聚焦主导产业", 24, false, true, 20, 0, false, true},
		{"a phrase over a full line", "企业培育形成梯度格局", "企业是产业发展的主体，龙头", 24, false, true, 24, 0, false, false},
		{"a first line cut after a short clause", "围绕实现上述目标，我们", "将重点抓好四个方面：一", 24, false, true, 20, 0, false, false},
		{"a first line cut before a particle", "这些日记，后来成", "了科研人员的“宝贝”。", 24, false, true, 20, 0, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			wa := 2 * runeCount(c.a)
			if c.full {
				wa = c.col
			}
			j := junction{a: c.a, b: c.b, wa: wa, col: c.col, full: c.full, start: true, zh: true, indentLost: c.lost}
			brk, ok := j.standsApart(&body{}, &body{w: c.wb, gap: c.gap, ends: c.ends})
			if got := brk && ok; got != c.want {
				t.Errorf("standsApart(%q, %q) = %v, %v; want a break: %v", c.a, c.b, brk, ok, c.want)
			}
		})
	}
}

func TestPhraseOverParagraph(t *testing.T) {
	for _, c := range []struct {
		name string
		b    string
		bb   body
		want bool
	}{
		{"a phrase over a line short by its indent", "一张课表引来“抢课潮”", body{w: 22, below: 18}, true},
		{"a phrase over a full line", "一张课表引来“抢课潮”", body{w: 22, below: 22}, false},
		{"a phrase over a line that ends a sentence", "一张课表引来“抢课潮”", body{w: 22, below: 18, belowEnds: true}, false},
		{"a clause", "据了解，雁川市财政每年为", body{w: 22, below: 18}, false},
		{"a sentence", "夜校为什么这么火？", body{w: 18, below: 18}, false},
	} {
		if got := phraseOverParagraph(c.b, c.bb, 22); got != c.want {
			t.Errorf("%s: phraseOverParagraph = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestIssuerAlone: under the title, the issuer's name, short of a column
// whose paragraphs lost their indents, stands apart from the date under
// it.
func TestIssuerAlone(t *testing.T) {
	in := "鹿城晚报 2026年5月8日 星期五 总第9127期\n\n琅川市2025年生态环境状况公报\n\nA3 │ 城市\n\n琅川市生态环境局\n（2026年6月5日）\n\n2025年，全市生\n态环境系统坚持以改善\n生态环境质量为核心，\n深入打好蓝天、碧水、\n净土保卫战，统筹推进\n减污降碳、扩绿增长。\n全年全市生态环境质量\n持续改善，环境空气质\n量优良天数比例、国控\n断面水质优良比例、受\n污染耕地安全利用率等\n主要指标全面完成省下\n达的年度目标任务，未\n发生较大及以上突发环\n境事件。现将2025年\n全市生态环境状况公报\n如下。\n一、大气环境\n（一）环境空气质量\n全市环境空气质量\n综合指数为3.62，比上\n"
	md := Normalize(in, Options{}).Markdown
	if !strings.Contains(md, "\n琅川市生态环境局\n\n（2026年6月5日）\n") {
		t.Errorf("issuer and date read as\n%s", md[:min(len(md), 400)])
	}
}

// TestIssuersAndDate: under the title, the names of two bodies that
// issue a notice together, and its date alone, stand apart from each
// other and from the salutation; the page's date over its weekday goes.
func TestIssuersAndDate(t *testing.T) {
	in := "2026年6月18日\n星期四\n\n川西都市报\n\n关于做好2026年防汛工作的通知\n\n岑阳市应急管理局 岑阳市水利局\n2026年6月5日\n\n各区县人民政府，市直各有关\n单位：\n为切实做好今年防汛工作，\n确保人民群众生命财产安全，\n现将有关事项通知如下。\n一、提高思想认识\n各地各部门要充分认识防汛\n工作的重要性。\n"
	md := Normalize(in, Options{}).Markdown
	if !strings.Contains(md, "\n# 关于做好2026年防汛工作的通知\n\n岑阳市应急管理局 岑阳市水利局\n\n2026年6月5日\n\n各区县人民政府，市直各有关单位：\n") {
		t.Errorf("title, issuers and date read as\n%s", md[:min(len(md), 400)])
	}
}

func TestEndsTitleBlock(t *testing.T) {
	for _, c := range []struct {
		after string
		want  bool
	}{
		{"", true},
		{"——访榆陂市发展和改革委员会主任韩立舟", true},
		{"本报记者 邵明远 见习记者 唐可欣", true},
		{"截至2025年底，榆陂市新能源汽车保有量", false},
		{"记者从市发展改革委获悉", false},
	} {
		if got := endsTitleBlock(c.after); got != c.want {
			t.Errorf("endsTitleBlock(%q) = %v, want %v", c.after, got, c.want)
		}
	}
}

// A title's tail is a word of the list at its start or after its first
// character; one character alone is none.
func TestKnownPair(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"记者问", true},
		{"答记者问", true},
		{"问", false},
		{"李明", false},
	} {
		if got := knownPair(c.s); got != c.want {
			t.Errorf("knownPair(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A numbered title that fills the column, over a line short by an
// indent, in a document whose other first lines do not show a lost
// indent: the line under that one decides.
func TestNumberedTitleOverLostIndent(t *testing.T) {
	for _, c := range []struct {
		name  string
		below int // the width of the line under b
		gap   int // blank lines before b
		want  bool
	}{
		{"a full line under it: a paragraph that lost its indent", 22, 0, true},
		{"a short line under it", 10, 0, false},
		{"no line under it", 0, 0, false},
		{"the blank line OCR set under the title", 22, 1, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			j := junction{a: "（一）全力以赴稳增长", b: "抓实项目投资。全年安", wa: 22, col: 22, full: true, start: true, zh: true}
			brk, ok := j.standsApart(&body{}, &body{w: 18, col: 22, below: c.below, gap: c.gap})
			if got := brk && ok; got != c.want {
				t.Errorf("standsApart = %v, %v; want a break: %v", brk, ok, c.want)
			}
		})
	}
}

func TestTitleWrapsOverDatedLine(t *testing.T) {
	const a, b = "琴湖县2025年国民经济和社会发展计划执行情况", "和2026年计划草案的报告"
	for _, c := range []struct {
		after string
		want  bool
	}{
		{"——2026年1月8日在琴湖县第九届人民代表大会第六次会议上", true}, // the dated line ends the title block
		{"琴湖县发展和改革局局长 周立衡", false},
		{"全县上下齐心协力，", false},
	} {
		if got := titleWraps(a, b, c.after, false); got != c.want {
			t.Errorf("titleWraps over %q = %v, want %v", c.after, got, c.want)
		}
	}
}

func TestTitleWrapsInQuotedTerm(t *testing.T) {
	// A title set large in a narrow measure, broken inside a quoted term
	// that its second line closes, whatever follows.
	for _, c := range []struct {
		a, b, after string
		want        bool
	}{
		{"茶产业发展：从“减量", "”到“提质增效”", "专题调研", true},
		{"茶产业发展：从“减量", "”到“提质增效”", "", true},
		{"茶产业发展：从减量", "到提质增效", "专题调研", false}, // no quote, short lines: a cut unseen
	} {
		if got := titleWraps(c.a, c.b, c.after, false); got != c.want {
			t.Errorf("titleWraps(%q, %q, %q) = %v, want %v", c.a, c.b, c.after, got, c.want)
		}
	}
}

func TestFullSubsectionTitleOverBlankLine(t *testing.T) {
	// A column nine characters wide whose first lines lost their indent;
	// a subsection's title fills a line over OCR's blank line.
	const para = "今年以来，全县\n城乡居民收入稳步增\n长，群众获得感明显\n增强，民生持续改善\n。\n"
	for _, c := range []struct {
		name, in, want string
	}{
		{"a title of one phrase over a full line of text stands apart",
			"（三）完善社会保障\n\n全县城乡居民医保参\n保率稳定在百分之九\n十五以上。\n", "（三）完善社会保障"},
		{"a run-in head's word cut at the blank line goes on",
			"（三）推进城乡融合发\n\n展，全县新改建农村\n公路一百二十公里。\n", "（三）推进城乡融合发展，全县新改建农村公路一百二十公里。"},
		{"a title over a short tail goes on to it",
			"（三）在维护公平竞争上\n\n下功夫\n\n全县城乡居民医保参\n保率稳定在百分之九\n", "（三）在维护公平竞争上下功夫"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses("标题\n\n"+para+para+c.in, controlChars{}, charRepairs{}, sentenceBreaks{}, unwrap{})
			if got := texts(d.blocks); len(got) < 4 || got[3] != c.want {
				t.Errorf("blocks %q, want %q fourth", got, c.want)
			}
		})
	}
}

func TestUnderFullerLine(t *testing.T) {
	for _, c := range []struct {
		name string
		b    string
		bb   body
		want bool
	}{
		{"short by the indent of a line a character wider than the column", "夏季客流创新高后运", body{w: 18, below: 22}, true},
		{"a line under the column's own width", "夏季客流创新高后运", body{w: 18, below: 20}, false},
		{"a line under a line half a character wider (a quotation mark)", "增长的“三驾马", body{w: 13, below: 17}, false},
		{"quotation marks in the line", "夏季客流“创新高”", body{w: 18, below: 22}, false},
		{"a line under one that ends a sentence", "夏季客流创新高后运", body{w: 18, below: 22, belowEnds: true}, false},
	} {
		if got := underFullerLine(c.b, &c.bb, 20); got != c.want {
			t.Errorf("%s: underFullerLine = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestColonReadAscii(t *testing.T) {
	for s, want := range map[string]bool{"应当符合下列要求:": true, "应当符合下列要求：": false, "时间 9:": false, "Note:": false} {
		if got := colonReadAscii(s); got != want {
			t.Errorf("colonReadAscii(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMeasuredWhole(t *testing.T) {
	for s, want := range map[string]bool{"2025年全市新增": true, "37℃以上的高温": false, "“三驾马车”": false, "增长3.2%": true} {
		if got := measuredWhole(s); got != want {
			t.Errorf("measuredWhole(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSeriesHead(t *testing.T) {
	for _, c := range []struct {
		a    string
		bb   body
		want bool
	}{
		{"山水、人文、烟火气", body{w: 26, col: 30, below: 30}, true},
		{"山水、人文、烟火气", body{w: 26, col: 30, below: 30, belowEnds: true}, false},
		{"山水、人文、烟火气", body{w: 26, col: 30, below: 24}, false},
		{"全市科技、教育、文化事业全面发", body{w: 26, col: 30, below: 30}, false},
	} {
		if got := seriesHead(c.a, &c.bb); got != c.want {
			t.Errorf("seriesHead(%q, %+v) = %v, want %v", c.a, c.bb, got, c.want)
		}
	}
}

func TestLabelledItem(t *testing.T) {
	for s, want := range map[string]bool{"缴存人数：12.6万人": true, "专家观点：数字赋能": true, "问：怎么办？": false, "他说：“好。”": false, "2025年：增长": false} {
		if got := labelledItem(s); got != want {
			t.Errorf("labelledItem(%q) = %v, want %v", s, got, want)
		}
	}
}
