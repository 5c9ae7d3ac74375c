package convert

import (
	"strings"
	"testing"
)

// unwrapped runs the line passes and unwrap and returns the paragraphs.
func unwrapped(text string) []string {
	d := applyPasses(text, controlChars{}, furniture{}, charRepairs{}, letterSpacing{}, sentenceBreaks{}, unwrap{})
	var out []string
	for _, b := range d.blocks {
		out = append(out, b.text)
	}
	return out
}

func TestUnwrap(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		want []string
	}{
		{"narrow column, short last line ends the paragraph",
			"标题\n\n“三大”攻坚、决胜全面小康、迎接建党\n百年等历史性伟大时刻，也经受了史\n所罕见的“7·20”特大暴雨灾害侵袭、\n三年十多轮新冠疫情冲击等大战大\n考。\n国家中心城市现代化建设迈出重\n大步伐。2018 年以来，省会城市首位\n度提升至21.6%，建成区面积突破1300\n",
			[]string{"标题", "“三大”攻坚、决胜全面小康、迎接建党百年等历史性伟大时刻，也经受了史所罕见的“7·20”特大暴雨灾害侵袭、三年十多轮新冠疫情冲击等大战大考。", "国家中心城市现代化建设迈出重大步伐。2018 年以来，省会城市首位度提升至21.6%，建成区面积突破1300"}},
		{"full line ending a sentence does not end the paragraph",
			"标题\n\n提升至 36.4%。电子信息产业规模近\n6000 亿元，智能传感器、网络安全、新\n材料等一批新兴产业集群聚链成圈。\n5G 网络规模居全国第一方阵，国家级\n互联网骨干直联点总带宽全国第 9\n位。\n",
			[]string{"标题", "提升至 36.4%。电子信息产业规模近6000 亿元，智能传感器、网络安全、新材料等一批新兴产业集群聚链成圈。5G 网络规模居全国第一方阵，国家级互联网骨干直联点总带宽全国第 9位。"}},
		{"blank line in mid sentence",
			"标题\n\n一年来，在省委、省政府和市委坚强领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，全面落实重要讲话重要指\n\n示，紧紧围绕迎接党的二十大暨宣传贯彻二十大精神这条主线，认真落实“疫情要防住、经济要稳住、发展要安全”重大要求。\n",
			[]string{"标题", "一年来，在省委、省政府和市委坚强领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，全面落实重要讲话重要指示，紧紧围绕迎接党的二十大暨宣传贯彻二十大精神这条主线，认真落实“疫情要防住、经济要稳住、发展要安全”重大要求。"}},
		{"every line followed by a blank line",
			"标题\n\n机航线达到 48条，货邮吞吐量 53.5万吨，连续三年跻身全球货\n\n运机场 40强。中欧班列集结中心加快建设，上街片区海铁联\n\n运首发开行，中欧班列（中豫号）开行 1572班。跨境电商交易\n\n专班，实际吸收外资11亿美元。\n\n关键词：城市品质\n",
			[]string{"标题", "机航线达到 48条，货邮吞吐量 53.5万吨，连续三年跻身全球货运机场 40强。中欧班列集结中心加快建设，上街片区海铁联运首发开行，中欧班列（中豫号）开行 1572班。跨境电商交易专班，实际吸收外资11亿美元。", "关键词：城市品质"}},
		{"labels and a deck stay apart",
			"标题\n\n关键词：稳经济增长\n精准施策稳增长，全力稳住经济大盘\n\n持续打好稳住经济大盘“组合拳”，带动经济稳中向好、稳\n中提质。把服务市场主体放在首位。落实国家和省稳经济一\n揽子政策及接续措施。\n\n2022年工作回顾\n\n五年来工作回顾\n\n郑州全媒体记者 董艳竹 王红\n",
			[]string{"标题", "关键词：稳经济增长", "精准施策稳增长，全力稳住经济大盘", "持续打好稳住经济大盘“组合拳”，带动经济稳中向好、稳中提质。把服务市场主体放在首位。落实国家和省稳经济一揽子政策及接续措施。", "2022年工作回顾", "五年来工作回顾", "郑州全媒体记者 董艳竹 王红"}},
		{"indented paragraph starts",
			"标题\n\n  各位代表！未来五年是河北发展战略叠加和优势聚合的机\n遇期，是动能转换与结构升级的蝶变期。\n  （一）努力在推进创新驱动发展中闯出新路子。积极探索、\n勇于实践，以科技创新引领产业创新，以产业升级促进科技迭\n代。一体推进教育科技人才发展，强化企业创新主体地位，加\n",
			[]string{"标题", "各位代表！未来五年是河北发展战略叠加和优势聚合的机遇期，是动能转换与结构升级的蝶变期。", "（一）努力在推进创新驱动发展中闯出新路子。积极探索、勇于实践，以科技创新引领产业创新，以产业升级促进科技迭代。一体推进教育科技人才发展，强化企业创新主体地位，加"}},
		{"running header inside a paragraph",
			"2026年河北省政府工作报告\n\n退役军人服务保障工作走在全国前列，工会、妇女儿童、青少年、老龄、残疾人、红十字等事业实现新\n2026年河北省  16\n进步。\n\n" + strings.Repeat("刚刚过去的2025年，我们全面贯彻党中央决策部署，认真落实\n省委工作要求。\n\n", 4) + "2026年河北省  17\n",
			append([]string{"2026年河北省政府工作报告", "退役军人服务保障工作走在全国前列，工会、妇女儿童、青少年、老龄、残疾人、红十字等事业实现新进步。"}, strings.Split(strings.Repeat("刚刚过去的2025年，我们全面贯彻党中央决策部署，认真落实省委工作要求。|", 4), "|")[:4]...)},
		{"a heading inside a run after a sentence end",
			"标题\n\n　　在看到成绩的同时，我们也认识到老\n问题、新挑战仍然不少。我们要坚定信心、\n迎难而上，改进作风、奋力拼搏，在攻坚\n克难中不断开创经济社会发展新局面。\n二、“十五五”时期工作总体要求和目标任务\n\n　　“十五五”时期是基本实现社会主义现\n代化夯实基础、全面发力的关键时期。\n",
			[]string{"标题", "在看到成绩的同时，我们也认识到老问题、新挑战仍然不少。我们要坚定信心、迎难而上，改进作风、奋力拼搏，在攻坚克难中不断开创经济社会发展新局面。", "二、“十五五”时期工作总体要求和目标任务", "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。"}},
		{"a heading between paragraphs in a narrow column, no blank line around it",
			"标题\n\n近年来，村里先后建起了十多\n家农家乐，带动村民人均增收\n三千多元，集体经济收入达到\n八十多万元，比三年前增加了\n近五倍。外出务工的年轻人也\n开始回流，已有四十多名\n\n青年返乡创业。\n山村里的新问题\n游客多了，新问题\n也随之而来。\n\n节假日期间，进村道路\n拥堵、停车位紧张的情况时\n有发生，部分民宿设施陈旧，\n服务水平参差不齐，游客投\n诉时有发生。\n",
			[]string{"标题", "近年来，村里先后建起了十多家农家乐，带动村民人均增收三千多元，集体经济收入达到八十多万元，比三年前增加了近五倍。外出务工的年轻人也开始回流，已有四十多名青年返乡创业。", "山村里的新问题", "游客多了，新问题也随之而来。", "节假日期间，进村道路拥堵、停车位紧张的情况时有发生，部分民宿设施陈旧，服务水平参差不齐，游客投诉时有发生。"}},
		{"an interview's turns open paragraphs, also after a full line and after a heading",
			"标题\n\n记者：园区这些年最\n大的变化是什么？\n王启明：最大的变\n化，是从“有没有”转\n向了“好不好”。\n记者：能否用一些\n具体数据来说明这\n种转变呢？\n王启明：可以举几\n个例子，研发投入\n明显增加了不少。\n记者：人才从哪里\n来呢？\n王启明：从高校来。\n\n瞄准新赛道\n\n记者：下一步的发\n展目标是什么呢？\n王启明：到2030\n年，营业收入翻番。\n记者：还有什么打\n算吗？\n王启明：没有了。\n他告诉\n记者：我们会更好\n地服务企业发展。\n",
			[]string{"标题", "记者：园区这些年最大的变化是什么？", "王启明：最大的变化，是从“有没有”转向了“好不好”。", "记者：能否用一些具体数据来说明这种转变呢？", "王启明：可以举几个例子，研发投入明显增加了不少。", "记者：人才从哪里来呢？", "王启明：从高校来。", "瞄准新赛道", "记者：下一步的发展目标是什么呢？", "王启明：到2030年，营业收入翻番。", "记者：还有什么打算吗？", "王启明：没有了。他告诉记者：我们会更好地服务企业发展。"}},
		{"a heading of a phrase whose quotes close right above an interview's turn",
			"标题\n\n记者：这几年园区最大的变化是什么？您能\n具体谈一谈吗？\n王启明：最大的变化，是从“有没有”转向了\n“好不好”。\n记者：能否用一些具体数据来说明这种转变\n呢？\n王启明：去年园区企业研发投入同比增长了三\n成。\n人才工作：从“引进来”到“留得住”\n记者：人才从哪里来呢？园区又是怎样把人\n留下来的？\n王启明：主要从高校来，我们也建了人才公\n寓。\n记者：下一步的发展目标又是什么呢？请您\n谈一谈。\n王启明：到2030年，园区营业收入翻一\n番。\n记者：最后还有什么想说的吗？我们的读者\n都很关心。\n王启明：谢谢大家。\n",
			[]string{"标题", "记者：这几年园区最大的变化是什么？您能具体谈一谈吗？", "王启明：最大的变化，是从“有没有”转向了“好不好”。", "记者：能否用一些具体数据来说明这种转变呢？", "王启明：去年园区企业研发投入同比增长了三成。", "人才工作：从“引进来”到“留得住”", "记者：人才从哪里来呢？园区又是怎样把人留下来的？", "王启明：主要从高校来，我们也建了人才公寓。", "记者：下一步的发展目标又是什么呢？请您谈一谈。", "王启明：到2030年，园区营业收入翻一番。", "记者：最后还有什么想说的吗？我们的读者都很关心。", "王启明：谢谢大家。"}},
		{"a subsection that wraps right under a section that wraps",
			"标题\n\n为深入了解我县农村\n养老服务工作的现状，推\n动农村养老服务高质量\n发展，开展了调研。\n三、存在的主要问\n题\n（一）设施利用不充\n分，结构性矛盾突出\n调研发现，全县乡镇\n敬老院平均入住率仅为四\n成多，部分敬老院入住率\n不足三成，床位闲置较多\n，而县城养老机构一床难\n求，结构性矛盾突出。\n",
			[]string{"标题", "为深入了解我县农村养老服务工作的现状，推动农村养老服务高质量发展，开展了调研。", "三、存在的主要问题", "（一）设施利用不充分，结构性矛盾突出", "调研发现，全县乡镇敬老院平均入住率仅为四成多，部分敬老院入住率不足三成，床位闲置较多，而县城养老机构一床难求，结构性矛盾突出。"}},
		{"English: ragged lines, indents, hyphens and split numbers",
			"Woodrow Wilson\n\n  By this faith, and by this faith alone, can the\nworld be lifted out of its present confusion and\ndespair. It was this faith which prevailed over the\nwrong that their go-\nvernment was attempting to perpetrate. The total\nreceipts were $1,542,000,0\n00, while the government\nspent less.\n  The United States cannot refuse this role of\nchampion without putting the stigma of rejection upon\nthe great and devoted men who brought its government\ninto existence, even in the\n\nface of wanton force.\n",
			[]string{"Woodrow Wilson", "By this faith, and by this faith alone, can the world be lifted out of its present confusion and despair. It was this faith which prevailed over the wrong that their government was attempting to perpetrate. The total receipts were $1,542,000,000, while the government spent less.", "The United States cannot refuse this role of champion without putting the stigma of rejection upon the great and devoted men who brought its government into existence, even in the face of wanton force."}},
		{"every line followed by a blank: a full line ending a sentence goes on",
			"标题\n\n机航线达到 48条，货邮吞吐量 53.5万吨，连续三年跻身全\n\n球货运机场 40强。中欧班列集结中心加快建设，上街片区海铁\n\n联运首发开行，中欧班列（中豫号）开行 1572班。跨境电商\n\n交易额增长，普通高中“双新”改革经验在全国推广。\n\n高水平举办第九届博博会、黄帝故里拜祖大典等重大活动，商都\n\n遗址博物院建成开放，服务能力达到国家标准。\n\n省会城市首位度持续提升，城市功能更加完善。\n",
			[]string{"标题", "机航线达到 48条，货邮吞吐量 53.5万吨，连续三年跻身全球货运机场 40强。中欧班列集结中心加快建设，上街片区海铁联运首发开行，中欧班列（中豫号）开行 1572班。跨境电商交易额增长，普通高中“双新”改革经验在全国推广。高水平举办第九届博博会、黄帝故里拜祖大典等重大活动，商都遗址博物院建成开放，服务能力达到国家标准。", "省会城市首位度持续提升，城市功能更加完善。"}},
		{"a column that changes width inside a run",
			"标题\n\n实现上述目标，要坚持党的全面领导、坚持人民至上、坚持高质量发展、坚持全面深化改革、坚持有效市场和有为政府相结合，认真落实省委要求，以重点任务突破牵引各项工作取得新进展。\n（一）因地制宜加快发展新质生产力。\n抓住共建上海（长三角）国际科技创\n\n新中心重大机遇，深入开展原创性引\n领性科技攻关，加快培育战略科技力\n量，推动科技创新和产业创新深度融\n合，推进全域数智化。\n",
			[]string{"标题", "实现上述目标，要坚持党的全面领导、坚持人民至上、坚持高质量发展、坚持全面深化改革、坚持有效市场和有为政府相结合，认真落实省委要求，以重点任务突破牵引各项工作取得新进展。", "（一）因地制宜加快发展新质生产力。抓住共建上海（长三角）国际科技创新中心重大机遇，深入开展原创性引领性科技攻关，加快培育战略科技力量，推动科技创新和产业创新深度融合，推进全域数智化。"}},
		{"English: heading, date and salutation lines without blank lines between them",
			"Woodrow Wilson\n\n8th Annual Message\nDecember 7, 1920\nGENTLEMEN OF THE CONGRESS:\n\nWhen I addressed myself to performing the duty laid upon the\nPresident by the Constitution to present to you an annual report\non the state of the Union, I found my thought dominated by an\nimmortal sentence of Abraham Lincoln's.\n",
			[]string{"Woodrow Wilson", "8th Annual Message", "December 7, 1920", "GENTLEMEN OF THE CONGRESS:", "When I addressed myself to performing the duty laid upon the President by the Constitution to present to you an annual report on the state of the Union, I found my thought dominated by an immortal sentence of Abraham Lincoln's."}},
		{"a paragraph that opens with 记者 is text, not a source line",
			"标题\n\n一盘可装载7800辆汽车的远洋\n滚装船缓缓靠泊，它们将在一个\n月后抵达。\n记者从新港海关获悉，2025\n年经新港口岸出口的新能源汽车\n达到51.3万辆，同比增长46.8%。\n",
			[]string{"标题", "一盘可装载7800辆汽车的远洋滚装船缓缓靠泊，它们将在一个月后抵达。", "记者从新港海关获悉，2025年经新港口岸出口的新能源汽车达到51.3万辆，同比增长46.8%。"}},
		{"a paragraph's first line that names a medium, short by the indent over a full line, is no source line",
			"标题\n\n一盘可装载7800辆汽车的远洋\n滚装船缓缓靠泊，它们将在一个\n月后抵达。\n\n全省新闻出版系统持续深化\n改革，推动出版物发行量稳步增\n长，全年实现营业收入86亿元。\n",
			[]string{"标题", "一盘可装载7800辆汽车的远洋滚装船缓缓靠泊，它们将在一个月后抵达。", "全省新闻出版系统持续深化改革，推动出版物发行量稳步增长，全年实现营业收入86亿元。"}},
		{"a list of labelled figures, an item wrapped to a second line",
			"标题\n\n全年住房公积金主要缴存指标如下：\n新开户单位：1426家\n个人住房贷款：12.6亿元，同比增\n长8.1%\n提取总额：9.85亿元\n王启明：没有了。\n他告诉\n记者：我们会更好\n地服务企业发展。\n",
			[]string{"标题", "全年住房公积金主要缴存指标如下：", "新开户单位：1426家", "个人住房贷款：12.6亿元，同比增长8.1%", "提取总额：9.85亿元", "王启明：没有了。他告诉记者：我们会更好地服务企业发展。"}},
		{"English: a short line ending a sentence ends its paragraph",
			"Title\n\nIt is obvious that these large payments have already seriously\nlimited the progress of the Government in retiring its floating\ndebt as it was planned.\nClosely connected with this, it seems to me, is the necessity\nfor an immediate consideration of the revision of our tax laws.\n",
			[]string{"Title", "It is obvious that these large payments have already seriously limited the progress of the Government in retiring its floating debt as it was planned.", "Closely connected with this, it seems to me, is the necessity for an immediate consideration of the revision of our tax laws."}},
		{"English: a line of wide letters is full in a proportional face, though short in characters",
			"The Town Ledger\n\nIt is still a little silly, but it will fit in its slot.\nWith Mammoth MOW WHOM MEMO, WOMEN WOW MAMMA.\nWe were there when all this began in the town.\n",
			[]string{"The Town Ledger", "It is still a little silly, but it will fit in its slot. With Mammoth MOW WHOM MEMO, WOMEN WOW MAMMA. We were there when all this began in the town."}},
		{"English: a full line ends a sentence, the next stops short of the column: it opens a paragraph",
			"Title\n\nKestrel County ended the last fiscal year with\na general fund balance of 41.7 million dollars,\nwhich is 14.2 percent of spending, and we did it\nwithout raising taxes, as you deserve to know.\nLet me start with the plain\nnumbers, because they tell the whole story of\nthe year, and the story is a good one for us.\n",
			[]string{"Title", "Kestrel County ended the last fiscal year with a general fund balance of 41.7 million dollars, which is 14.2 percent of spending, and we did it without raising taxes, as you deserve to know.", "Let me start with the plain numbers, because they tell the whole story of the year, and the story is a good one for us."}},
		{"English: a wrapped heading whose centred last line is indented",
			"The Town Ledger\n\nIt paid for the bridge and the drains on Mill Street,\nfor the new roof of the library and the school,\nand for the clock on the tower.\n\nA Ledger Older Than the\n        Airplane\n    The idea was simple, and it was written down\nin the first pages of the town's oldest book.\n",
			[]string{"The Town Ledger", "It paid for the bridge and the drains on Mill Street, for the new roof of the library and the school, and for the clock on the tower.", "A Ledger Older Than the Airplane", "The idea was simple, and it was written down in the first pages of the town's oldest book."}},
		{"English: a heading over four lines, and one whose tail OCR set apart",
			"The Town Ledger\n\nIt paid for the bridge and the drains on Mill Street,\nfor the new roof of the library and the school,\nand for the clock on the tower.\n\nClimate Resilience Is Not\nOptional: Protecting the\nNeighborhoods Along the\nLower Estuary\nLast October, a king tide and a storm surge\narrived on the same night, and the water came\nover the seawall at Cannery Row.\n\nSafe Streets and a City That\n\nWorks\n\nPeople judge their city by whether the streets\nare safe and the buses come on time.\n",
			[]string{"The Town Ledger", "It paid for the bridge and the drains on Mill Street, for the new roof of the library and the school, and for the clock on the tower.",
				"Climate Resilience Is Not Optional: Protecting the Neighborhoods Along the Lower Estuary", "Last October, a king tide and a storm surge arrived on the same night, and the water came over the seawall at Cannery Row.",
				"Safe Streets and a City That Works", "People judge their city by whether the streets are safe and the buses come on time."}},
		{"English: a dateline that wraps",
			"Remarks on the State of the Port\n\nRiverside Convention Hall, Port\nAlder, February 9, 2026\n\nThank you. Thank you, Council President Okafor,\nmembers of the City Council, and my fellow residents\nof Port Alder, for coming out on a cold night.\n",
			[]string{"Remarks on the State of the Port", "Riverside Convention Hall, Port Alder, February 9, 2026", "Thank you. Thank you, Council President Okafor, members of the City Council, and my fellow residents of Port Alder, for coming out on a cold night."}},
		{"English: a title-case line after a sentence end is a heading",
			"The Town Ledger\n\nIt paid for the bridge and the drains on Mill Street.\nThe Problem of Succession\n    The network's greatest strength, its volunteers,\nis also its weakness.\n",
			[]string{"The Town Ledger", "It paid for the bridge and the drains on Mill Street.", "The Problem of Succession", "The network's greatest strength, its volunteers, is also its weakness."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := unwrapped(c.in)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

func TestOpenParaColumn(t *testing.T) {
	for _, c := range []struct {
		name     string
		widths   []int // the paragraph's lines so far, first to last
		indented bool
		want     int
	}{
		{"a first line short by the indent it lost does not count", []int{40, 42, 46, 46}, false, 46},
		{"an indented first line counts", []int{48, 42, 46, 46}, true, 46},
		{"three lines: the lower median of all", []int{40, 46, 46}, false, 46},
		{"two lines: the wider", []int{40, 46}, false, 46},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := openPara{lines: 1, indented: c.indented}
			for _, w := range c.widths {
				p.add(w, 0)
			}
			if got := p.column(); got != c.want {
				t.Errorf("column %d, want %d", got, c.want)
			}
		})
	}
}
