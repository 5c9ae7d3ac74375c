package convert

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitFurniture(t *testing.T) {
	for _, c := range []struct {
		in          string
		stem, label string
		page        int
		ok          bool
	}{
		{"2026年河北省  16", "2026年河北省", "#", 16, true},
		{"7  河南日报", "河南日报", "#", 7, true},
		{"5", "", "#", 5, true},
		{"- 12 -", "", "-#-", 12, true},
		{"—2—", "", "—#—", 2, true},
		{"一4一", "", "一#一", 4, true},
		{"·2·", "", "·#·", 2, true},
		{"3 / 5", "", "#/#", 3, true},
		{"第 2 页 共 5 页", "", "第#页共#页", 2, true},
		{"Page 3 of 4", "", "page#of#", 3, true},
		{"第 03 版", "", "第#版", 3, true},
		{"— 第3版 —", "", "—第#版—", 3, true},
		{"—第12版—", "", "—第#版—", 12, true},
		{"第]版", "", "第#版", 1, true},
		{"第l 版", "", "第#版", 1, true},
		{"第1]版", "", "第#版", 1, true},
		{"第3版/共8版", "", "第#版/共#版", 3, true},
		{"第 3 版 / 共 8 版", "", "第#版/共#版", 3, true},
		{"第]版/共]版", "", "第#版/共#版", 1, true},
		{"A01", "", "a#", 1, true},
		{"２０２６年河北省  １６", "2026年河北省", "#", 16, true},
		{"THE CONGRESSIONAL RECORD 1", "thecongressionalrecord", "#", 1, true},
		{"2 THE CONGRESSIONAL RECORD", "thecongressionalrecord", "#", 2, true},
		{"The Keepers of the Rain | 1", "thekeepersoftherain", "#", 1, true},
		{"2 | THE NORTHFIELD LEDGER", "thenorthfieldledger", "#", 2, true},
		{"新华日报 2026年2月4日 星期三", "新华日报2026年2月4日星期三", "", -1, true},
		{"sztqb.sznews.com", "sztqb.sznews.com", "", -1, true},
		{"B2 城事.民生", "城事·民生", "b#", 2, true},
		{"城事… 民生 2", "城事·民生", "#", 2, true},
		{"城事 .民生 2", "城事·民生", "#", 2, true},
		{"3 城事'民生", "城事·民生", "#", 3, true},
		{"城事 .民生9", "城事·民生", "#", 9, true},
		{"[城事，民生]】", "【城事·民生】", "", -1, true},
		{"【城事·民生】", "【城事·民生】", "", -1, true},
		{"水云， 生态观察", "水云·生态观察", "", -1, true},
		{"水云，生态观察", "", "", 0, false},
		{"[发展，民生，就业]", "", "", 0, false},
		{"制度漏洞。珲春口岸实现中", "", "", 0, false},
		{"各位代表：", "", "", 0, false},
		{"办成了一批打基础、管长远、蓄势能的大事要事，产业转型 2018", "", "", 0, false},
	} {
		f, ok := splitFurniture(c.in)
		if ok != c.ok || (ok && (f.stem != c.stem || f.label != c.label || f.page != c.page)) {
			t.Errorf("splitFurniture(%q) = %q %q %d %v; want %q %q %d %v", c.in, f.stem, f.label, f.page, ok, c.stem, c.label, c.page, c.ok)
		}
	}
}

func TestMastheadText(t *testing.T) {
	for in, want := range map[string]bool{
		"2026年1月29日 星期四":                true,
		"云河日报 二〇二六年一月十五日 星期四":           true,
		"桥城日报      第1版 / 要闻":            true,
		"天水日报. 综合新闻   A01":              true,
		"天水日报， 综合新闻":                    true,
		"天水日报' 综合新闻":                    true,
		"天水日报’综合新闻":                     true,
		"沁葛晚报 ，城事":                      true,
		"扶溪学刊 2026年第3期":                 true,
		"金溪周刊 2026年第15期":                true,
		"秋水 “2026年第5期 ， 5月15日出版":        true, // a speck read as a quote before the issue
		"秋水 “再出发”":                      false,
		"第15期":                          true,
		"封面报道 | 21":                     false, // a section and the page alone: sectionFolio, above the title or at a page's edge
		"22 | 云涧周刊 2026年6月15日":          true,  // the page's number before a bar
		"封面报道 | 2026":                   false,
		"22 | 调解成功率":                    false,
		"第一版  综合新闻":                     true,
		"【2】":                           true,
		"2026年3月12日 星期四 城事":             true,
		"2026年3月12日 城事":                 false,
		"经济. 观察| 2026.03.12":            true,
		"经济 观察 2026.03.12":              false,
		"经济·观察 | 2026.03.12":            true,
		"经济·观察":                         false,
		"桥城日报 / 2026年":                  false,
		"二〇二六年一月十五日":                    false,
		"新华日报 2026年2月4日 星期三":            true,
		"深圳特区报":                         true,
		"sztqb.sznews.com":              true,
		"第01版":                          true,
		"2026年河北省政府工作报告":                false,
		"2026年1月29日":                    false, // a date alone may be the text's
		"河北省人民政府省长 王正谱":                 false,
		"关于进一步优化营商环境的通报":                false,
		"THE CONGRESSIONAL RECORD":      false,
		"江城晚报 城市新闻":                     true,
		"鹿城晚报 2026年5月8日 星期五 总第9127期":    true,
		"海棠日报 总第23456号":                 true,
		"二O〇二六年七月九日 星期四":                true,
		"二〇二年七月九日 星期四":                  false,
		"第23456号":                       false,
		"2026年第19期（总第865期） 5月15日出版":     true,
		"2026年第19期 (总第865期) 5月15日出版":    true,
		"2026年5月12日 星期二 第7741号":         true,
		"北湖政务信息 2026年第14期":              true,
		"第1版 要闻：综合":                     true,
		"星期四      川西都市报        要闻 | 3":  true,
		"要闻 | 3":                        false,
		"专家：贵在落地":                       false,
		"关于印发《实施方案》的通知 2026年第14期":       false,
		"鹿城晚报 2026年5月8日 星期五    A3 │ 城市": true,
		"栖云周报 2026-05-20 第20期":          true,
		"第7741号":                        false, // numbered so alone, an announcement
		"2026年第1号":                      false,
		"滨江日报  要闻":                      true,
		"城市新闻":                          false,
		"Saturday, March 14, 2026":      true,
		"December 7, 1920":              false,
		"第8762期 今日24版":                  true, // an issue and its pages
		"今日24版":                         true,
		"2026年第7期 〈总第812期)":             true, // OCR's brackets
		"云溪市人民政府办公室主办  ★  2026年4月15日出版": true, // the sponsor, an ornament, the day of issue
		"云溪市人民政府办公室主办":                  false,
		"2026年4月17日 星期五 编辑：周敏":          true, // the page's editor beside the date
		"2026年4月17日 星期五 编辑: 周敏":         true,
		"编辑：周敏":                 false,
		"·2·   星月 2026年第4期":     true, // the page's number, the magazine and its issue
		".2， 星月 2026年第4期":       true, // OCR's reading of the dots
		"今日24时":                 false,
		"国内统一连续出版物号 CN 53-0035": true, // the paper's licence
		"CN 53-0035":            true,
		"国内统一连续出版物号":            false,
		"报告期 53-0035":           false,
		"青岚省人民政府公报2026年第7期（总第812期）": true, // "-layout" set the name and the issue close
		"工作简报2026年第3期":              true,
		"开展第2期":                     false, // no year, and too short for a bulletin's name
		"全市安全生产2026年第3期培训班":         false,
		"关于印发《方案》的通知2026年第14期":      false,
	} {
		if got := mastheadText(in); got != want {
			t.Errorf("mastheadText(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFurniture(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		gone []int // input lines removed
	}{
		{"repeated header with page numbers",
			"2026年河北省政府工作报告\n\n工会、妇女儿童等事业实现新\n2026年河北省  16\n进步。\n" + textLines(8) + "加快科技成果转化应\n\n2026年河北省  17\n\n用，推动创新型河北建设。\n", []int{4, 16}},
		{"page number first",
			"标题\n\n城镇新增就业超 690万人、\n2  河南日报\n稳定在全国 1/10以上。\n" + textLines(8) + "部\n7  河南日报\n分企业经营比较困难\n", []int{4, 15}},
		{"header is the start of the title, once",
			"书记市长拜年爆猛料，深圳GDP破3万亿元\n\n去年1-11月，全市进出口总额 31579.51 亿元，同比\n书记市长拜年爆猛  6\n\n增长15.1%。\n", []int{4}},
		{"bare page numbers in order",
			"Woodrow Wilson\n\nthe part we should\n5\nplay alike in the arrangement\n6\n\nare unquestionably just\n", []int{4, 6}},
		{"edition numbers with a space before 版, and numbers in angle brackets",
			"标题\n\n" + textLines(8) + "03 版\n\n\f" + textLines(8) + "\n04 版\n\n\f" + textLines(4) + "\n〈3〉\n\n\f" + textLines(4) + "\n〈4〉\n", []int{11, 22, 29, 36}},
		{"an advertisement at a page's foot, under its label",
			"标题\n\n" + textLines(8) + "\n广告\n\n城东家具城·开业大酬宾\n9月1日—9月30日 全场八折\n咨询电话 0710-3216888\n\n\f" + textLines(8), []int{12, 14, 15, 16}},
		{"a yearbook's section of that name is sentences",
			"标题\n\n" + textLines(8) + "\n广告\n\n全市共有广告经营单位1260户，从\n业人员8900人，全年广告经营额\n21.3亿元，同比增长6.8%。\n\n\f" + textLines(8), nil},
		{"a table's cell at the document's end",
			"标题\n\n" + textLines(8) + "\n游戏\n3.2\n\n广告\n1.5\n金融科技\n2.1\n", nil},
		{"the word alone far from a page's end labels nothing",
			"标题\n\n" + textLines(8) + "\n广告\n\n" + textLines(8) + "\n\f" + textLines(8), nil},
		{"numbers in angle brackets that number the poems of a cycle",
			"静夜思\n\n〈1〉\n\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n\n〈2〉\n\n春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。\n", nil},
		{"a yearbook's table under a section of that name", "2024年统计年鉴\n\n全市文化产业发展情况良好，各行业营业收入稳步增长。\n\n广告\n\n项目\t2023年\t2024年\n经营单位（家）\t1150\t1200\n从业人员（人）\t8200\t8650\n营业额（亿元）\t13.9\t15.0\n\f出版\n\n全市出版社共有五家，全年出版图书两千种。\n", nil},
		{"a section's name in brackets that OCR read with a comma heads every page",
			"[城事，民生]】\n\n东坪日报\n\n老街坊住进了新楼房\n\n" + textLines(8) + "\n[城事，民生]】\n\n" + textLines(8), []int{1, 3, 16}},
		{"a section's name with the dot read as a comma, the space after it kept, heads every page",
			"2026年第3期\n\n水云， 生态观察\n\n候鸟归来湿地添彩\n\n" + textLines(8) + "\n水云， 生态观察\n\n" + textLines(8), []int{1, 3, 16}},
		{"a date in numerals with the year's zero read twice, above the title",
			"二O〇二六年七月九日 星期四\n\n全市夏粮收购进度过半\n\n" + textLines(8), []int{1}},
		{"a scrap of a head's name between two of its lines",
			"标题\n\n" + textLines(8) + "\f蓝溪晚报\n城市生活周刊\n\n" + textLines(8) + "\f蓝溪晚报\n综合\n城市生活周刊\n\n" + textLines(8) + "\f蓝溪晚报\n城市生活周刊\n\n" + textLines(2), []int{11, 12, 22, 23, 24, 34, 35}},
		{"a short line of text between head lines stays where a blank line parts them",
			"标题\n\n" + textLines(8) + "\n蓝溪晚报\n\n发展\n\n" + textLines(8) + "\n蓝溪晚报\n\n" + textLines(8), []int{12, 25}},
		{"the page's credits in a label column in the margin, over the title",
			"云涧周报\n第1版\n城乡·民生\n本版编辑\n张三\n美术编辑\n李四\n\n2026年4月16日 星期四\n\n合作社里的丰收年\n\n" + textLines(8), []int{1, 2, 3, 4, 5, 6, 7, 9}},
		{"the page's credits with names under the nameplate, the paper's name in capitals",
			"云涧日报\n\n2026年4月16日 星期四\nYUNJIAN DAILY NEWS\n\n值班主任：李明\n\n本版主编：王小红\n\n合作社里的丰收年\n\n" + textLines(8), []int{1, 3, 4, 6, 8}},
		{"a magazine's rubric in Chinese and English over the title",
			"人物 PROFILE\n\n合作社里的丰收年\n\n" + textLines(8), []int{1}},
		{"a role and a name under the text are the text's",
			"合作社里的丰收年\n\n" + textLines(8) + "\n编辑\n张三\n", nil},
		{"a magazine's head after the page's number, once, where OCR read it into the text",
			"候鸟归来湿地添彩\n\n" + textLines(8) + ".2， 星月 2026年第4期\n湿地公园今年共记录到鸟类176种，\n比去年增加12种。\n", []int{11}},
		{"a magazine's head after a sentence's end, once",
			"候鸟归来湿地添彩\n\n" + textLines(8) + "并请提出意见。\n星月 2026年第4期\n    湿地公园今年共记录到鸟类176种，\n比去年增加12种。\n", []int{12}},
		{"a periodical's name and issue that the sentence under it goes on from stays",
			"候鸟归来湿地添彩\n\n" + textLines(8) + "活动圆满结束。\n读书分享会 2026年第12期\n将于下周六在社区图书馆举行。\n", nil},
		{"a class's session in mid text stays",
			"候鸟归来湿地添彩\n\n" + textLines(8) + "读书会 第4期\n湿地公园今年共记录到鸟类176种，\n比去年增加12种。\n", nil},
		{"the caption of the photo under the title, with its credit",
			"候鸟归来湿地添彩\n\n湿地公园里的白鹭。 本刊记者 李明 摄\n\n" + textLines(8) + "并请提出意见。\n\n张三 摄\n\n" + textLines(2), []int{3}},
		{"text that names who took a photo stays",
			"候鸟归来湿地添彩\n\n" + textLines(8) + "\n这张照片由李明所摄\n" + textLines(2), nil},
		{"an English title over a Chinese one stays",
			"Harvest at the Cooperative\n\n合作社里的丰收年\n\n" + textLines(8), nil},
		{"a bulletin's names over its issue, a blank line apart, and a star under them",
			"云溪市人民政府公报\n云溪市人民政府办公室主办\n\n2026年第7期（总第812期）\n★\n\n2026年4月15日出版\n\n关于做好2026年安全生产工作的通知\n\n" + textLines(8), []int{1, 2, 4, 5, 7}},
		{"a title right over the issue's line stays",
			"青潭周末\n\n以更优营商环境激发市场主体活力\n2026年第19期（总第865期） 5月15日出版\n\n" + textLines(8), []int{4}},
		{"a strip of pointers to other pages and a column's label over the title",
			"本版导读 ▶ 城东老旧小区改造启动 第3版\n▶ 春季赏花指南 第5版\n\n· 研究综述 ·\n\n合作社里的丰收年\n\n" + textLines(8), []int{1, 2, 4}},
		{"a label in brackets under the title's first line is the text's",
			"合作社里的丰收年\n【深度】\n\n" + textLines(8), nil},
		{"a rubric in a box as OCR reads it, its edges as bars and no space",
			"|人物PROFILE |\n\n合作社里的丰收年\n\n" + textLines(8), []int{1}},
		{"a column's label in dots that OCR read as quotes, over the title",
			"“研究综述”\n\n合作社里的丰收年与乡村振兴\n\n" + textLines(8), []int{1}},
		{"a title under a column's label that later pages repeat as their head stays",
			"· 研究综述 ·\n\n社区居家养老服务的新探索\n——记城东街道幸福食堂\n\n" + textLines(8) + "\f社区居家养老服务的新探索 3\n\n" + textLines(8), []int{1, 14}},
		{"OCR's quote before a column's label, its closing one lost, and the strip's label alone",
			"\"研究综述\n\n合作社里的丰收年与乡村振兴\n\n" + textLines(8), []int{1}},
		{"the label of a strip of pointers alone on its line",
			"本版导读\n\n合作社里的丰收年与乡村振兴\n\n" + textLines(8), []int{1}},
		{"OCR's strip: its arrows read as a character or two before a space, under the strip's label",
			"本版导读\n\n口 城东老旧小区改造启动 第3版\n\nDb 春季赏花指南 第5版\n\n合作社里的丰收年与乡村振兴\n\n" + textLines(8), []int{1, 3, 5}},
		{"such a line with no strip's label over it stays",
			"标题\n\n口 城东老旧小区改造启动 第3版\n\n" + textLines(8), nil},
		{"OCR's column label, its dots read as stops, and a head over the title",
			"。社会观察 。\n\n社区居家养老服务的新探索\n\n" + textLines(8), []int{1}},
		{"OCR's column label in quotes over a title that later pages repeat as their head",
			"\"研究综述\n\n社区居家养老服务的新探索\n\n一一记城东街道幸福食堂\n\n" + textLines(8) + "\f社区居家养老服务的新探索 3\n\n" + textLines(8), []int{1, 15}},
		{"OCR's reading of the ornament between the sponsor and the day of issue",
			"云溪市人民政府公报\n\n2026年第7期 〈总第812期)\n\n云溪市人民政府办公室主办     犬     2026年4月15日出版\n\n关于做好2026年安全生产工作的通知\n\n" + textLines(8), []int{1, 3, 5}},
		{"a page's number read apart from the masthead's line",
			"河西晚报 HEXI EVENING NEWS\n\n1\n\n2026年云溪市政府工作报告（摘要）\n\n" + textLines(8), []int{1, 3}},
		{"a number under a title stays",
			"河西晚报 HEXI EVENING NEWS\n\n2026年云溪市政府工作报告（摘要）\n\n1\n\n" + textLines(8), []int{1}},
		{"a later page's head: the page's number and the name of the bulletin its masthead gave before its issue",
			"云溪市人民政府公报2026年第7期（总第812期）\n\n关于做好2026年安全生产工作的通知\n\n" + textLines(8) + "·2· 云溪市人民政府公报\n" + textLines(4), []int{1, 13}},
		{"a masthead's parts no rule names, above the title block read from below: a weather box, a box of fields, a price strip",
			"农事周刊\n\n4月20日 谷雨时节\n气温 12℃～24℃\n东南风3～4级 湿度58%\n\n主管：省农业农村厅\n主办：省农垦集团\n黑土地农业全媒体平台\nCN 23-0086 邮发代号 13-52\n\n" +
				"玉米 2380元/吨 ▲12 大豆 4650元/吨 ▼30\n\n春耕时节做好2026年玉米大豆带状复合种植技术指导工作\n本报记者 刘洋\n\n" + textLines(8), []int{1, 3, 4, 5, 7, 8, 9, 10, 12}},
		{"a title over a speaker set close under parts of a masthead",
			"科技日报\n\n编辑：张三 校对：李四 E-mail：kjrb@kjrb.cn\n\n全市2026年防汛抗旱工作会议上的讲话\n（2026年5月8日）\n副市长 王凯\n\n" + textLines(8), []int{1, 3}},
		{"a speaker whose office names no role over a title set close over the text",
			"编辑：张三 校对：李四 E-mail：kjrb@kjrb.cn\n\n在全市防汛抗旱工作会议上的讲话\n市委常委 王凯\n同志们，今年以来，全市上下认真贯彻\n落实防汛抗旱各项决策部署，扎实做好\n各项工作，取得了明显成效。\n", []int{1}},
		{"a title block set close over the text, under parts of a masthead",
			"编辑：张三 校对：李四 E-mail：kjrb@kjrb.cn\n\n在全市防汛抗旱工作会议上的讲话\n副市长 王凯\n同志们，今年以来，全市上下认真贯彻\n落实防汛抗旱各项决策部署，扎实做好\n各项工作，取得了明显成效。\n", []int{1}},
		{"a title with a line of another kind set close under it, under parts of a masthead",
			"编辑：张三 校对：李四 E-mail：kjrb@kjrb.cn\n\n壁挂式燃气采暖热水炉使用说明\nXR25-13A型（壁挂式）\n\n" + textLines(8), []int{1}},
		{"a title set close over its text, wrapped to a short tail, under parts of a masthead",
			"玉米 2380元/吨 ▲12 大豆 4650元/吨 ▼30\n\n青岚农垦集团2026年面向社会公开招聘工作人员公\n告\n根据工作需要，经研究决定，面向社\n会公开招聘工作人员，现将有关事项\n公告如下。\n", []int{1}},
		{"a paragraph's first line, as narrow as its second, is no title set over it",
			"东湖理工大学2026年本科招生简章\n\n学校代码 10682\n\n东湖理工大学是一\n所以工为主，理、工、\n管、经、文、艺等多学\n科协调发展的省属重点\n大学。\n", nil},
		{"the particulars under a title stay",
			"古窑遗珍特展开幕\n\n时间：2026年3月28日至8月30日\n地点：市博物馆3号、4号展厅\n\n千年窑火照今朝\n\n" + textLines(8), nil},
		{"a letter-spaced title and a byline under a strip of pointers stay",
			"本版导读\n\n▶ 城东老旧小区改造启动 第3版\n\n▶ 春季赏花指南 第5版\n\n城 东 老 旧 小 区 改 造 全 面 启 动\n\n记者 王刚 李明\n\n" + textLines(8), []int{1, 3, 5}},
		{"a headline with a bar, a year after a colon, a slash, or a kicker of words over a subtitle stays",
			"新春走基层｜山村里的年味\n\n青岚县石门村村民欢欢喜喜过大年\n\n本报记者 王刚\n\n" + textLines(8), nil},
		{"nor a title with a colon and a year",
			"青石坳：2026年小果园销售额突破千万\n\n全村果园面积突破三千亩\n\n本报记者 王刚\n\n" + textLines(8), nil},
		{"nor one with a slash",
			"2025/2026赛季CBA常规赛收官\n\n青岚队主场险胜晋级季后赛\n\n本报记者 王刚\n\n" + textLines(8), nil},
		{"nor a kicker of words",
			"聚焦2026 全国两会\n\n代表委员热议新质生产力发展\n\n本报记者 王刚\n\n" + textLines(8), nil},
		{"fields under a short title are the document's",
			"活动通知\n\n主办：云溪市文联\n承办：云溪市美术家协会\n\n第五届云溪市青年美术作品展征稿启事\n\n" + textLines(8), nil},
		{"a source's line under the title stays",
			"云溪市2026年一季度经济运行情况\n2026-04-18 | 来源：云溪市统计局 | 浏览次数：1024\n\n一季度全市经济运行稳中向好\n\n" + textLines(8), nil},
		{"the page's credits side by side between the title block and the text",
			"玉米 2380元/吨 ▲12 大豆 4650元/吨 ▼30\n\n春耕时节做好玉米大豆带状复合种植技术指导工作\n\n责任编辑：张三 校对：李四 版式：王五\n\n" + textLines(8), []int{1, 5}},
		{"a short title over a long subtitle under a page's label stays",
			"第3版\n\n致股东的信\n\n华岳智能科技股份有限公司2025年年度报告\n\n董事长 周启航\n\n" + textLines(8), []int{1}},
		{"a title with a colon over a subtitle stays",
			"4月20日 星期一\n\n青石坳：小果园结出甜蜜经济\n\n全村果园面积突破三千亩\n\n本报记者 刘洋\n\n" + textLines(8), []int{1}},
		{"a title's years and quotes, its tail, and a line under them stay",
			"· 学生工作 ·\n\n关于开展2025—2026学年“国家奖学金”评审工作\n\n的通知\n\n青岚大学学生资助管理处秘书科\n\n各学院：\n\n" + textLines(8), []int{1}},
		{"a quoted term as the title over a byline stays",
			"“双减”\n\n本报记者 王刚\n\n" + textLines(8), nil},
		{"a title with an abbreviation over a byline stays",
			"聚焦APEC\n\n本报记者 王刚\n\n" + textLines(8), nil},
		{"a rubric's Chinese with a Latin abbreviation stays",
			"健康 AI\n\n合作社里的丰收年\n\n" + textLines(8), nil},
		{"a magazine's note of the reading time and the column's name",
			"候鸟归来湿地添彩\n栏目 · 生态观察\n\n阅读提示 全文约3200字 阅读约需8分钟\n" + textLines(4), []int{2, 4}},
		{"OCR's reading of them, the column's name apart",
			"栏目， 生态观察\n\n候鸟归来湿地添彩\n\n阅读提示 全文约3200字 ”阅读约需8分钟\n\n" + textLines(4), []int{1, 5}},
		{"a line of text that opens with the word stays",
			"标题\n\n" + textLines(4) + "本报开设专题\n栏目， 推出系列报道\n" + textLines(4), nil},
		{"the page's credits with an art editor, right under the text",
			"标题\n\n" + textLines(4) + "全面完成了年度目标。\n责任编辑 张晓 美术编辑 李青\n", []int{8}},
		{"the paper's call to download its app, over its contacts",
			"标题\n\n" + textLines(4) + "全面完成了年度目标。\n\n扫码下载“千山晚报”客户端 获取更多资讯\n新闻热线 0571-85100000 投稿邮箱 xw@qsevening.cn\n", []int{9, 10}},
		{"the call right under the text's last line, over the contacts, as -layout reads a page",
			"标题\n\n" + textLines(4) + "全面完成了年度目标。\n       扫码下载“千山晚报”客户端 获取更多资讯\n       新闻热线 0571-85100000 投稿邮箱 xw@qsevening.cn\n", []int{8, 9}},
		{"a sentence that asks the reader to download the app stays",
			"标题\n\n" + textLines(4) + "市民可扫码下载“千山晚报”客户端，\n随时查询办事进度。\n\n扫码下载客户端查询进度\n" + textLines(2) + "\n扫码即可下载客户端，查询办事进度。\n\n" + textLines(2), nil},
		{"a slogan's two phrases with OCR's space after the comma, once, are text",
			"标题\n\n" + textLines(4) + "村口的标语牌上写着：\n\n绿水青山， 就是金山银山\n\n" + textLines(2) + "全面完成了年度目标。\n\n改革， 发展\n\n" + textLines(8) + "正如那句话所说：\n\n绿水青山， 就是金山银山\n\n" + textLines(2), nil},
		{"a sentence's last line that names a reading time is text",
			"标题\n\n" + textLines(4) + "学校要求学生每天课外\n阅读30分钟。\n\n文章说明：全文约3200字，阅读约需8分钟\n\n" + textLines(2), nil},
		{"a headline or a title that names a code to scan is text, and so is a line beside a page number",
			"扫码点餐背后的隐私风险\n\n" + textLines(4) + "全面完成了年度目标。\n\n“扫一扫”为何成了必选项\n\n" + textLines(4) + "游客须通过官方小程序\n扫码预约后方可入园参观游览\n— 2 —\n景区每日限流一万人。\n", []int{17}},
		{"a letter between two of a head's lines is no scrap of its name",
			"标题\n\n" + textLines(8) + "\f蓝溪晚报\n城市生活周刊\n\n" + textLines(8) + "\f蓝溪晚报\nOK\n城市生活周刊\n\n" + textLines(8) + "\f蓝溪晚报\n城市生活周刊\n\n" + textLines(2), []int{11, 12, 22, 24, 34, 35}},
		{"a strip of pointers to the paper's other pages",
			"标题\n\n导读 城乡居民收入稳步增长 ▸ 07版 春耕备耕有序推进 ▸ 08版\n\n" + textLines(8), []int{3}},
		{"a sentence that points to another page is text",
			"标题\n\n" + textLines(8) + "详见第7版和第8版的报道。\n相关图表见7版，数据见8版，\n" + textLines(2), nil},
		{"one bare number is text",
			"标题\n\n互联网骨干直联点总带宽全国第\n9\n位。\n", nil},
		{"numbers out of order are text",
			"Items\n\n3\n\n1\n\nmore items.\n", nil},
		{"a line ending in a number, once",
			"标题\n\n互联网骨干直联点总带宽全国第 9\n位。\n", nil},
		{"masthead above the title, heads and labels in mid sentence",
			"2026年1月29日 星期四\n\n吉林日报\n\n2026年吉林省政府工作报告\n\n第01版\n\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n省长 胡玉亭\n各位代表：\n" +
				"现在，我代表省政府，\n向大会报告工作，请予审\n议。\n\n吉林日报\n\n长期存在的工程领域招投标\n制度漏洞。珲春口岸实现中\n\n\f2026年1月29日 星期四\n\n欧公路直达运输双向贯通，\n在全国率先建成\n\n第02版\n\n国际道路运输集结中心。\n",
			[]int{1, 3, 7, 16, 21, 26}},
		{"a page label with a two-character section's name",
			"桥城日报\n\n关于开展燃气安全专项整治工作的通知\n\n第1版 / 要闻\n\n各燃气经营企业：\n" + textLines(8) + "作措施，于3月15日前报市住房和\n\n第2版 / 要闻\n\n城乡建设局。\n",
			[]int{1, 5, 18}},
		{"a web address alone between paragraphs and under the last",
			"标题\n\n" + textLines(4) + "全面完成了年度目标。\n\nwww.lanting.com.cn\n\n" + textLines(4) + "全面完成了年度目标。\n\nhttp:/lanting.news.cn\n",
			[]int{9, 17}},
		{"a web address the text names stays",
			"标题\n\n" + textLines(4) + "详情请登录网站：\n\nwww.lanting.gov.cn\n\n" + textLines(4),
			nil},
		{"a list of web addresses stays",
			"标题\n\n" + textLines(4) + "全面完成了年度目标。\n\nwww.lanting.gov.cn\nwww.suxi.gov.cn\n\n" + textLines(4),
			nil},
		{"a page's editors, each on a line of their own, in mid sentence and under the last paragraph",
			"标题\n\n" + textLines(4) + "全市上下共同\n\n版面编辑：周敏\n\n努力，完成了年度目标。\n\n" + textLines(4) + "全面完成了年度目标。\n\n责任校对; 李青\n",
			[]int{9, 19}},
		{"a date with its weekday alone in mid sentence",
			"标题\n\n" + textLines(4) + "全市上下共同\n\n2026年4月9日  星期四\n\n努力，完成了年度目标。\n",
			[]int{9}},
		{"a telephone line after the web address, in mid sentence",
			"标题\n\n" + textLines(4) + "全市上下共同\nwww.qiaoshan.com.cn\n\n新闻热线：0571-85100000\n\n努力，完成了年度目标。\n",
			[]int{8, 10}},
		{"the web address and the telephone line on one line, as OCR reads them",
			"标题\n\n" + textLines(4) + "全面完成了年度目标。\n\nwww.qiaoshan.com.cn “新闻热线: 0571-85100000\n\n" + textLines(4),
			[]int{9}},
		{"a telephone line the text introduces stays",
			"标题\n\n" + textLines(4) + "如有疑问请拨打\n\n服务热线 0571-85100000\n\n" + textLines(4),
			nil},
		{"a telephone line after a colon stays",
			"标题\n\n" + textLines(4) + "咨询方式如下：\n\n咨询电话：0571-85100000\n\n" + textLines(4),
			nil},
		{"a number alone in mid sentence",
			"标题\n\n" + textLines(4) + "全市上下共同\n\n1\n\n努力，完成了年度目标。\n",
			[]int{9}},
		{"the page's editors on one line, in mid sentence",
			"标题\n\n" + textLines(4) + "全市上下共同\n\n本版责编：周晓敏 美编：李青山\n\n努力，完成了年度目标。\n",
			[]int{9}},
		{"a date with its day of the lunar calendar alone",
			"标题\n\n" + textLines(4) + "全面完成了年度目标。\n\n2026年4月9日 农历二月廿二\n\n" + textLines(4),
			[]int{9}},
		{"a date over its weekday in the corner, above the masthead, and again on the next page",
			"2026年6月18日\n星期四\n\n川西都市报\n\n在全市优化营商环境大会上的讲话\n\n要闻 | 1\n\n" + textLines(4) + "全市上下共同\n\n\f2026年6月18日\n星期四\n\n要闻 | 2\n\n努力，完成了年度目标。\n",
			[]int{1, 2, 4, 8, 16, 17, 19}},
		{"a short name at the left edge over the paper's dated line",
			"西陵新闻\n\n2026年3月5日 星期四 第3版\n\n关于做好防汛工作的通知\n\n" + textLines(4),
			[]int{1, 3}},
		{"a periodical's name under the title, set apart over its issue",
			"关于做好防汛工作的通知\n秋水\n\n2026年第5期 · 5月15日出版\n\n" + textLines(4),
			[]int{2, 4}},
		{"a periodical's name under a title of two lines set close, over its issue",
			"关于做好今年防汛工作的\n紧急通知\n秋水\n\n2026年第5期 · 5月15日出版\n\n" + textLines(4),
			[]int{3, 5}},
		{"a title's tail right over the paper's issue stays",
			"关于做好防汛工作\n的通知\n2026年第5期 · 5月15日出版\n\n" + textLines(4),
			[]int{3}},
		{"a title centred over the paper's dated line on a -layout page stays",
			"        防汛工作通知\n2026年3月5日 星期四 第3版\n\n" + textLines(4),
			[]int{2}},
		{"a publisher's and a section's name around OCR's spaced colon, the first page's head over the title",
			"石塘县融媒体中心 : 政务专刊\n\n关于做好防汛工作的通知\n\n" + textLines(8) + "\f石塘县融媒体中心 : 政务专刊\n\n" + textLines(4),
			[]int{1, 13}},
		{"a document's date alone under its title stays",
			"关于做好防汛工作的通知\n\n2026年6月18日\n\n" + textLines(4),
			nil},
		{"the issuer and the date under the title and again in the signature stay",
			"关于做好2026年防汛工作的通知\n岑阳市应急管理局\n2026年6月5日\n\n" + textLines(8) + "\f" + textLines(8) + "岑阳市应急管理局\n2026年6月5日\n",
			nil},
		{"a paper's name set upright in the margin, its first character before the title",
			"西 让充电像加油一样方便\n陵\n晚\n报\n\n2026年6月18日 星期四 A01\n\n" + textLines(8),
			[]int{2, 3, 4, 6}},
		{"characters alone on their lines that name no paper stay",
			"让充电像加油一样方便\n\n" + textLines(4) + "甲\n乙\n丙\n\n" + textLines(4),
			nil},
		{"an edition label beside a section's short name alone between paragraphs, the first page's in the masthead",
			"川西都市报\n\n关于兰山市2025年计划执行情况和2026年计\n\n第1版 要闻\n\n划草案的报告\n\n各位代表：\n现在，我代表市政府，向大会报告\n工作，请予审议。过去一年，全市\n经济运行稳中有进。\n\n第2版 要闻\n\n全市上下共同努力，完成了\n年度目标任务。\n",
			[]int{1, 5, 14}},
		{"a number in lenticular brackets alone between paragraphs",
			"标题\n\n" + textLines(4) + "全面完成了年度目标。\n\n〔2〕\n\n" + textLines(4),
			[]int{9}},
		{"a number alone in mid sentence before its unit is the text's",
			"标题\n\n" + textLines(4) + "全市上下同比增长\n\n12\n\n个百分点，完成了年度目标。\n",
			nil},
		{"a question asked twice is the dialogue's, no head",
			"标题\n\n" + strings.Repeat("问：如何申请补贴？\n答：登录平台填写信息，\n提交材料即可。\n\n"+textLines(8)+"\n", 3),
			nil},
		{"a date alone under the masthead",
			"松林日报\n第3版 要闻\n\n2026年4月9日\n星期四\n\n关于开展燃气安全专项整治工作的通知\n\n各燃气经营企业：\n" + textLines(8),
			[]int{1, 2, 4, 5}},
		{"a date alone above the title, no masthead above it, stays",
			"2026年4月9日\n\n关于开展燃气安全专项整治工作的通知\n\n各燃气经营企业：\n" + textLines(8),
			nil},
		{"a masthead line right under a title that wraps",
			"桥城市住房和城乡建设局关于开展2026年城镇燃气安全\n专项整治工作的通知\n云河日报 二〇二六年一月十五日 星期四\n\n各燃气经营企业：\n" + textLines(8),
			[]int{3}},
		{"a page's number beside a weekly's name, once",
			"工作总结\n\n" + textLines(8) + "全省交通运输发展还存在一些短板\n\n2 岚湖周刊\n\n和不足。\n",
			[]int{13}},
		{"the page's credits, once, and as OCR read them",
			"标题\n\n设站7座。\n\n编辑：周敏  校对：李青                    F1\n\n全长86.5公里。\n\n编辑: 周敏 校对; 李青\n\n（责任编辑：周敏）\n",
			[]int{5, 9}},
		{"a letter-spaced phrase the text repeats, in the flow of its words, is text",
			"标题\n\n一般公共预算收入完成32.84\n亿 元 ， 增 长 5.3%； 固\n定 资 产 投 资 增 长\n7.1%； 社 会 消 费 品 零\n" + textLines(8) + "预计全年一般公共预算收入增长5%；固\n定 资 产 投 资 增 长\n6.5%左右。\n",
			nil},
		{"a web address in mid sentence, once; one that ends a sentence stays",
			"标题\n\n总投资约178亿元，由省市共同出资、省\n\nwww.taoxidaily.com.cn\n\n交通投资集团负责建设运营。详见\n\nwww.taoxi.gov.cn\n\n中的说明。\n",
			[]int{5}},
		{"after a name: a web address in mid sentence, once; one that ends a sentence stays",
			"标题\n\n总投资约178亿元，由省市共同出资、省\n\n桃溪新闻网 www.taoxidaily.com.cn\n\n交通投资集团负责建设运营。详见\n\nwww.taoxi.gov.cn\n\n中的说明。\n",
			[]int{5}},
		{"a telephone line in mid sentence, once; one the text asks to call stays",
			"标题\n\n报名阶段，共有11.8万人报\n\n新闻热线 96111\n\n名参赛，中签率约为27%。市民可拨打\n\n服务热线：12345\n\n咨询。\n",
			[]int{5}},
		{"a column's dotted name at the right edge under the title; the issuer under the title and in the signature stays",
			"   岑阳市既有住宅加装电梯技术指引（试行）\n                                            城乡治理·观察与访谈\n\n   岑阳市住房和城乡建设局\n\n" + textLines(8) + "本指引自2026年6月1日起施行。\n\n岑阳市住房和城乡建设局\n",
			[]int{2}},
		{"a periodical's name with its issue at a page's top, once; the issue in a sentence stays",
			"标题\n\n" + textLines(8) + "管理，并签订书面协议。\n\n第1页 共2页\n\n扶溪学刊 2026年第3期\n\n20.使用管理单位应当每15日对电梯进行一\n次清洁。本文刊于扶溪学刊 2026年第3期\n",
			[]int{13, 15}},
		{"a section's dotted name under a sentence's end, the dot read as a period",
			"标题\n\n" + textLines(8) + "配齐，最快当天就能送到。\n要闻 .政务\n\n产业链的完善，也带动了上\n",
			[]int{12}},
		{"a periodical's name with its issue under a sentence's end, as OCR reads it without the page's foot",
			"标题\n\n" + textLines(8) + "管理，并签订书面协议。\n扶溪学刊 2026年第3期\n\n20.使用管理单位应当每15日对电梯进行一\n次清洁。\n",
			[]int{12}},
		{"a running head that repeats a title with a comma, beside a page label",
			"愿你们走得远，也记得来时的路        P.1\n\n愿你们走得远，也记得来时的路\n\n" + textLines(8) + "今天，我们在这里隆重举行\n愿你们走得远，也记得来时的路        P.2\n毕业典礼。\n",
			[]int{1, 14}},
		{"the title that later pages repeat as their head, over a dated line",
			"2026年一季度云泾市经济运行情况分析\n（云泾市统计局 2026年4月21日）\n\n" + textLines(8) + "娱乐用品类商品零售额增长\n\n\f2026年一季度云泾市经济运行情况分析\n\n21.7%。全市网上零售额达到96.38亿元。\n",
			[]int{14}},
		{"the title that later pages repeat as their head, over its subtitle",
			"给古籍“看病”的人\n\n27年守护千年文脉\n——记郢州市图书馆古籍修复中心主任沈慕华\n\n" + textLines(8) + "娱乐用品类商品零售额增长\n\n\f给古籍“看病”的人\n\n21.7%。全市网上零售额达到96.38亿元。\n",
			[]int{16}},
		{"a day's head over the title on every page, as OCR read it",
			"2026年]月15日 星期四 农历乙已年十一月廿七\n\n2026年鹤泉市人民政府工作报告\n\n" + textLines(8) + "娱乐用品类商品零售额增长\n\n\f2026年]月15日 星期四 农历乙已年十一月廿七\n\n21.7%。全市网上零售额达到96.38亿元。\n",
			[]int{1, 15}},
		{"a paper's head with OCR's speck beside its name, on every page",
			"天水日报' 综合新闻\n\n青石坳：小果园结出“甜蜜经济”\n\n" + textLines(8) + "娱乐用品类商品零售额增长\n\n\f天水日报' 综合新闻\n\n21.7%。全市网上零售额达到96.38亿元。\n",
			[]int{1, 15}},
		{"the title and a later page's head that OCR read a character apart, under a heading",
			"港岭县2026年政府工作报告\n\n一一2026年1月14日在澄岭县第十九届人民代表大会第五次会议上\n\n" + strings.Repeat("全县经济运行稳中有进，主要指标好于预期，\n", 8) + "（二）推进乡村全面振兴\n澄岭县2026年政府工作报告\n稳定粮食播种面积。\n",
			[]int{14}},
		{"a page number between dots as OCR reads them, in mid sentence, the magazine's name under it",
			"标题\n\n" + textLines(8) + "公积金贷款比商业贷款\n\n.15 .\n青屿月刊\n\n总利息少约14万元。\n\n*。 16 。\n\n这次新政没有调整利\n\n。17。\n\n率。\n",
			[]int{13, 14, 18, 22}},
		{"a monthly's issue and column, the dot read as a stop, over the title",
			"2026年4月号 。 城市笔记\n\n湄江市住房公积金支持缴存人安居新政新闻发布会\n\n" + textLines(8),
			[]int{1}},
		{"a head over the title on every page",
			"2026年一季度云泾市经济运行情况分析\n\n云泾市一季度经济运行稳中有进主要指标好于预期\n\n" + textLines(8) + "娱乐用品类商品零售额增长\n\n\f2026年一季度云泾市经济运行情况分析\n\n21.7%。全市网上零售额达到96.38亿元。\n",
			[]int{1, 15}},
		{"a later page's head that repeats a title that wrapped, in one line",
			"3.2万名跑者竞逐清漪江两岸，2026谷溪马拉松昨\n日鸣枪开跑\n本报记者 宁书远\n\n" + textLines(8) + "马拉松不仅是一场体育赛事，\n\n\f3.2万名跑者竞逐清漪江两岸，2026谷溪马拉松昨日鸣枪开跑\n\n也给城市带来了可观的人气。\n",
			[]int{15}},
		{"a paper's name alone under a sentence's end, once; one that text wrapped stays",
			"标题\n\n" + textLines(8) + "以相互监督促进文明养犬落到实处。\n栖云周报\n\n同时，我们呼吁：据\n栖云周报\n报道，各街道要把文明养犬纳入公约。\n",
			[]int{12}},
		{"a section's dotted name at a page's top, once",
			"标题\n\n" + textLines(8) + "配齐，最快当天就能送到。\n\f要闻·政务\n产业链的完善，也带动了上\n",
			[]int{12}},
		{"a section's name with the page number set against it, in mid sentence",
			"标题\n\n" + textLines(8) + "传文明养犬知识，曝光不文明养犬行\n民生·07\n\n为，营造良好氛围。\n" + textLines(8) + "落实责任。\n\n民生·08\n",
			[]int{12, 25}},
		{"a section's dotted name in the title block, the dot read as a comma and a space, under the masthead",
			"衡山晚报\n2026年6月2日 星期二\n\n要闻， 综合\n\n在全市优化营商环境大会上的讲话\n\n" + textLines(8),
			[]int{1, 2, 4}},
		{"an edition label beside a section's name above the title, the dot read as a stop",
			"B2 城事.民生\n\n在全市优化营商环境大会上的讲话\n\n" + textLines(8),
			[]int{1}},
		{"a section's name and a bare page number above the title",
			"城事 .民生 2\n\n在全市优化营商环境大会上的讲话\n\n" + textLines(8),
			[]int{1}},
		{"a section's dotted name in the title block, the dot read as a quote",
			"衡山晚报\n2026年6月2日 星期二\n\n在全市优化营商环境大会上的讲话\n\n城事'民生\n\n" + textLines(8),
			[]int{1, 2, 6}},
		{"two phrases with a comma under the masthead are a title",
			"衡山晚报\n2026年6月2日 星期二\n\n稳增长， 促发展\n\n" + textLines(8),
			[]int{1, 2}},
		{"the tails of wrapped headings that end alike stay, also where columns read apart set blank lines between",
			"标题\n\n" + textLines(8) + "（一）在提升政务服务效能\n上下功夫\n\n" + textLines(8) + "（二）在强化要素保障上\n下功夫\n\n" +
				textLines(8) + "（三）在构建亲清政商关系\n\n\n\n上下功夫\n\n" + textLines(8) + "（四）在扩大高水平开放上\n\n下功夫\n\n" + textLines(8),
			nil},
		{"a page label with its section's name set against it, at each page's foot",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n第1版·综合\n\n\f" + textLines(8) + "落实责任。\n\n第2版·综合\n",
			[]int{13, 25}},
		{"an edition label beside a section's dotted name, once, between blank lines in mid sentence",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一\n\n第2版 要闻·综合\n\n动力。\n",
			[]int{13}},
		{"an edition label beside the date and the paper's name at a later page's head, once",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n\f第2版 2026年6月18日星期四 生态环境\n\n落实责任，\n" + textLines(3),
			[]int{13}},
		{"a foot of the paper's contacts on each page, its feet close in OCR's order; a contact line of the text stays",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一\n\n订阅热线 0571-8766 2231 投稿邮箱 tg@lanxi.com.cn 广告经营许可证：浙工商广字第018号\n第2版 要闻\n动力。\n落实责任。\n\n订阅热线 0571-8766 2231 投稿邮箱 tg@lanxi.com.cn 广告经营许可证：浙工商广字第018号\n\n咨询电话：0571-8766 2231，电子邮箱：tg@lanxi.com.cn。\n",
			[]int{13, 14, 18}},
		{"a foot of the paper's contacts, once, under the text; a notice's own contacts stay",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n订阅热线 0571-8766 2231 投稿邮箱 tg@lanxi.com.cn 广告经营许可证：浙工商广字第018号\n\n" + textLines(2) + "落实责任。\n\n联系电话：0571-8766 2231 电子邮箱：tg@lanxi.gov.cn 网址：http://www.lanxi.gov.cn\n\f",
			[]int{13}},
		{"a page's credits set with spaces, OCR's without one after the first role; the same words run on in text stay",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n本版编辑 周敏 美编 李青 校对 王岚\n\n" + textLines(2) + "落实责任。\n\n本版编辑周敏 美编 李青\n\n编辑出版工作校对完成\n",
			[]int{13, 19}},
		{"a page's credits with the page's label after a run of spaces, as -layout reads a page's foot; not with more text",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n责任编辑：周敏 校对：李青                -3-\n\f" + textLines(2) + "落实责任。\n\n编辑：周敏 校对：李青      欢迎来稿\n",
			[]int{13}},
		{"a line of ornaments between sections; one mark alone stays",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n◆◆◆\n\n二、工作安排\n\n" + textLines(2) + "落实责任。\n\n★ ★ ★\n\n◆\n\n三、保障措施\n",
			[]int{13, 21}},
		{"emphasis dots a text layer gives under and between a heading's lines; a bullet with its item stays",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n二、推进调解组织规范化，让“小\n•\n• • • • • • • •\n事”不出村\n• • •\n• 村级调解委员会\n" + textLines(2),
			[]int{13, 14, 16}},
		{"a folio between diamonds alone in mid sentence",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一\n\n◇ 07 ◇\n\n动力。\n" + textLines(8),
			[]int{13}},
		{"a folio in full-width square brackets alone",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n［11］\n\n" + textLines(8),
			[]int{13}},
		{"a digest's name and issue once at a page's head; the issue's day a blank line under a periodical's head; a day alone elsewhere stays",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n\f桥溪文摘 2026年第12期\n\n" + textLines(8) + "落实责任。\n\n\f秋水 2026年6月号\n\n6月15日出版\n\n" + textLines(8) + "落实责任。\n\n7月1日出版\n\n" + textLines(2),
			[]int{13, 25, 27}},
		{"a magazine's section and the page's number under the title, and once at a later page's head",
			"人民调解工作总结\n\n封面报道 | 21\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n\f深度调查 | 22\n\n" + textLines(8) + "落实责任。\n\n调解成功率 | 98\n\n" + textLines(2),
			[]int{3, 15}},
		{"the paper's notices: a correction (its label as OCR loses it too), a digest's credit in two lines, the editors' call under its label",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n更正 本报6月9日第3版《加装电梯提速》一文中，“120万元”应为“210万元”。特此更正，谨向读者致歉。\n\n" +
				textLines(2) + "落实责任。\n本报6月2日第5版《夜市》一文中，“8时”应为“9时”。特此更正。\n\n" +
				textLines(2) + "落实责任。\n（摘自2026年6月12日《溪桥日报》 推荐\n人：林晓）\n\n" +
				textLines(2) + "落实责任。\n读者互动\n你对本文有何看法？欢迎来信\nyj@yunjian.cn，注明“读者互动”。\n",
			[]int{13, 18, 23, 24, 29, 30, 31}},
		{"text that asks for views, credits its source or corrects a figure stays",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n意见征集\n\n欢迎社会各界提出意见建议，电子邮箱：yj@lanxi.gov.cn。\n\n" +
				textLines(2) + "落实责任。\n（本报记者 林晓）\n\n" + textLines(2) + "落实责任。\n本报讯 统计数据应为初步核算数，特此说明。\n\n更正：本公告中“120万元”有误，应为“210万元”，特此更正。\n",
			nil},
		{"the paper's and the section's names OCR read apart, the dot between as a quote, over the dated line",
			"白城法治\n\n”法治社会\n\n2026.06.16 周二\n\n人民调解工作总结\n\n" + textLines(8), []int{1, 3, 5}},
		{"a title's two lines over the dated line stay",
			"城市更新\n\n看东关\n\n2026.06.16 周二\n\n" + textLines(8), []int{5}},
		{"a section's two names, the dot lost to OCR, over a longer title; over a line no longer they stay",
			"社会 民生\n\n县司法局人民调解工作总结\n\n" + textLines(8), []int{1}},
		{"two names over a line no longer stay",
			"山水 人文\n\n乡村旅游\n\n" + textLines(8), nil},
		{"a list's bullets alone on their lines, a headline's two phrases, a class's session, quiz answers stay",
			"砥砺奋进 再创辉煌\n\n全县经济社会发展成就综述\n\n" + textLines(8) + "主要措施如下：\n•\n加强组织领导\n•\n完善工作机制\n\n" +
				textLines(2) + "活动圆满结束。\n\n读书分享会 第12期\n\n" + textLines(2) + "1加5等于几？\n\n6\n\n二、选择题\n\n" + textLines(2) + "2加1等于几？\n\n3\n\n三、判断题\n",
			nil},
		{"a document's own notices stay: views asked on it, its own correction, a correction that is the whole text",
			"标题\n\n" + textLines(8) + "落实责任。\n\n联系方式\n\n欢迎对本文件提出修改意见，来信请发送至 fgw@lanxi.gov.cn。\n\n" +
				"本报告2025年版第12页所列“120万元”应为“210万元”，特此更正。\n", nil},
		{"a correction that is the whole text stays",
			"更正声明\n\n本报6月9日第3版《夜市》一文中，“8时”应为“9时”。特此更正。\n", nil},
		{"a weather strip over the title, as text and as OCR reads it",
			"白城法治报 · 法治社会\n\n白城天气 今天 多云转晴 18℃～29℃ 东南风3级\n\n明天 小雨 17℃～25℃\n\n空气质量良 紫外线 中等\n\n人民调解工作总结\n\n" + textLines(8),
			[]int{1, 3, 5, 7}},
		{"an ornament OCR read as a digit between a sentence's end and each numbered section, its number misread too",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n9\n\n二、工作安排\n\n" + textLines(2) + "落实责任。\n\n4\n囚、保障措施\n",
			[]int{13, 21}},
		{"a digit alone once, one before an unnumbered line and one right under a sentence stay",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n9\n\n二、工作安排\n\n" + textLines(2) + "落实责任。\n\n4\n\n保障措施\n\n" + textLines(2) + "落实责任。\n3\n三、保障措施\n",
			nil},
		{"a column of single characters or a poem set a character a line inside a page stays",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n男\n女\n男\n\n" + textLines(8) + "落实责任。\n\n春\n夏\n秋\n冬\n\n" + textLines(8) + "落实责任。\n",
			nil},
		{"a rating's stars, ordinary words of two roles and a page's credits with wide gaps",
			"标题\n\n" + textLines(8) + "推荐指数\n\n★★★★☆\n\n★★★★★\n\n编辑部门 审核流程\n\n" + textLines(2) + "落实责任。\n\n本版编辑：周敏      美编：李青      校对：王岚\n",
			[]int{23}},
		{"a label set vertically in the margin, a character a line; two such lines stay",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n城\n市\n生\n活\n\n\f" + textLines(2) + "落实责任。\n\n春\n风\n\n" + textLines(2),
			[]int{13, 14, 15, 16}},
		{"a label set vertically, blank lines between its characters",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n科\n\n学\n\n探\n\n\f" + textLines(4),
			[]int{13, 15, 17}},
		{"jump lines where the article leaves a page and goes on at another; the stack's page label, once",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一\n（下转第2版）\n\n\fA叠 · 第2版\n\n(上接第1版)\n动力。详见第2版。\n" + textLines(2),
			[]int{12, 14, 16}},
		{"a foot of two kinds of contact with the page's number, once, at a page's end under the text",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\nwww.qsshb.com.cn   新闻热线：0571-87662231   9\n\f" + textLines(3) + "落实责任。\n",
			[]int{13}},
		{"a web address and a motto beside a page label, once, as a -layout page's foot reads",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n      www.baiyunweekly.com   发现城市之美         —3—\n\f" + textLines(4) + "访问 www.zj.gov.cn 第3页\n" + textLines(2) + "详见第3页。\n",
			[]int{13}},
		{"a motto alone between blank lines that parts a word the text cuts; a line that goes on with the text stays",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n各地持续推进重点行业超低排\n\n发现城市之美\n\n放改造全面完成。全市持续推进\n\n城市更新行动\n\n取得明显成效。\n",
			[]int{14}},
		{"a line of the paper's contacts the text asks to call, or introduces, stays",
			"标题\n\n" + textLines(8) + "如有疑问，市民可致电\n\n新闻热线 0571-87662231 投稿邮箱 tg@lanxi.com.cn\n\n咨询。联系方式如下：\n\n新闻热线 0571-87662231 投稿邮箱 tg@lanxi.com.cn\n",
			nil},
		{"a paper's name with its edition and web address in masthead form, once, under a line of text",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一\n松林日报 · 第2版 · www.slrb.com.cn\n\n动力。\n",
			[]int{12}},
		{"a page label with its section's name, the dot OCR dropped",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n第1版综合\n\n\f" + textLines(8) + "落实责任。\n\n第2版综合\n",
			[]int{13, 25}},
		{"a page label with its section's name, the dot OCR read as a quote",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n第1版“综合\n\n\f" + textLines(8) + "落实责任。\n\n第2版“综合\n",
			[]int{13, 25}},
		{"a section's name with its page label set against it",
			"标题\n\n" + textLines(8) + "让创新成为县域发展的第一动力。\n\n要闻·第1版\n\n\f" + textLines(8) + "落实责任。\n\n要闻·第2版\n",
			[]int{13, 25}},
		{"a paper's motto under its name, after a blank line",
			"梧桐晚报\n\n贴近百姓  服务城市      【1】\n\n守护好城市的“烟火气”\n\n本报评论员\n\n" + textLines(8),
			[]int{1, 3}},
		{"a page label in brackets at the end",
			"标题\n\n" + textLines(8) + "桥城市住房和城乡建设局\n2026年2月9日\n\n（第1页 共1页）\n",
			[]int{14}},
		{"two-line head and a dashed page number",
			"河北日报\n时政新闻\n\n2026年河北省政府工作报告\n\n过去五年，是极不寻常、\n" + textLines(8) + "记多次视察河北，发表重要讲\n\n—1—\n\n河北日报\n时政新闻\n\n话、作出重要指示。\n",
			[]int{1, 2, 17, 19, 20}},
		{"a running head that repeats the title keeps the title",
			"2026年某省政府工作报告\n\n2026年某省政府工作报告\n\n现在，我代表省政府，\n" + textLines(8) + "见。\n\n2026年某省政府工作报告\n\n过去五年。\n",
			[]int{1, 16}},
		{"a speaker line that comes twice is text",
			"报告\n\n——2026年1月27日在某市会议上\n\n市长 王五\n\n各位代表：\n\n正文。\n\n市长 王五\n", nil},
		{"a phrase the text repeats on a line of its own",
			"标题\n\n和城乡融合发展。联动推进长\n三角一体化发展和长江经济带\n发展，加强与京津冀协同发\n展、粤港澳大湾区建设等战略\n对接。深入推进“1+3”重点功\n合、南北联动大文章，提升发\n展协调性。深入落实国家重大\n发展战略。更好融入和服务长\n三角一体化发展和长江经济带\n发展，深化沿沪宁产业创新\n", nil},
		{"short words a justified line left alone recur",
			"THE RECORD\n\nWoodrow Wilson\n\nI reluctantly vetoed the budget bill passed\nconstitutional\nobjection.\nThe\nHouse\nof\nRepresentatives subsequently modified the bill\nin order to meet this objection. In the revised\nThe\nfiscal\nprogram\nof\nthe Government must be\n", nil},
		{"a head in capitals with a page number above the title",
			"THE MERIDIAN REVIEW 1\n\nThe Night Train Comes Back to the Valley\nBy Daniel Reyes\nFor the first time in forty-three years, a sleeper\ntrain rolled out of Harwick Junction on a Friday\n", []int{1}},
		{"a head on a short first page and after each page break",
			"SONGLING DAILY 松陵日报 2026.02.05\n小食堂端出幸福“热饭碗”\n本报记者 孙晓棠\n\n\fSONGLING DAILY 松陵日报 2026.02.05\n" + textLines(3) +
				"\fSONGLING DAILY 松陵日报 2026.02.05\n" + textLines(3), []int{1, 5, 9}},
		{"a head with a page number and a bar, once in a short document",
			"The Northfield Ledger\n\nThe first frost came early this year, and\nthe observers noted it in their ledgers.\n2 | THE NORTHFIELD LEDGER\nSafe Streets and a City That Works\n", []int{5}},
		{"a date in figures above the text, and the paper's name as a head further on",
			"SONGLING DAILY 松陵日报\n\n云溪市2026年政府工作报告\n\n2026.02.05\n\n各位代表：\n现在，我代表市人民政府，\n向大会报告工作，请予审议。\n" + textLines(3) +
				"SONGLING DAILY 松陵日报  2026.02.05\n" + textLines(3), []int{1, 5, 13}},
		{"the last page's number after the last sentence",
			"标题\n\n游客说，打算带上家里的老人\n再来一次。\n1\n\n\f", []int{5}},
		{"a figure of three digits after the last sentence is text",
			"标题\n\n大会表决，决议获得通过。\n128\n", nil},
		{"a figure the text ends with is text",
			"标题\n\n全市新建的公园一共有\n12\n", nil},
		{"a speech opens two paragraphs with the same words",
			"Remarks\n\nkeep people who built this county from being taxed out of it.\nWe are also changing how we\nbudget. For years, departments started\n" + strings.Repeat("with last year's budget and added to it, and\n", 9) +
				"six more positions.\nWe are also changing how we\nrespond to people in crisis.\n", nil},
		{"a page foot at a form feed",
			"标题\n\n正文第一行很长很长很长，\n继续写下去的正文\n\nA01\n\f\n第二页的正文。\n", []int{6}},
		{"a two-line masthead: the section's name under the paper's, a zero-padded page number",
			"平江都市报\n社会·民生\n\n冬闲变冬忙，山乡冷资源释放热效应\n\n01\n\n本报记者 何静怡\n\n进入腊月，石门岭村已是银装素裹。\n", []int{1, 2, 6}},
		{"the section's name with a page label, after a blank line",
			"平江都市报\n\n社会·民生    01\n\n冬闲变冬忙，山乡冷资源释放热效应\n\n进入腊月，石门岭村已是银装素裹。\n", []int{1, 3}},
		{"a title or a byline under the paper's name stays",
			"松陵日报\n\n政府工作报告\n\n现在，我代表市人民政府向大会报告工作。\n", []int{1}},
		{"a byline right under the paper's name stays",
			"新港去年新能源汽车出口突破50万辆\n\n华城日报\n本报记者 刘晓雯 通讯员 王海涛\n\n1月18日清晨，新港港区滚装码头。\n", []int{3}},
		{"specks OCR read far apart above the title",
			"平江都市报\n\n社会·民生    01\n一全                AZ\n云溪市2026年政府工作报告\n市长 许文涛\n\n现在，我代表市人民政府向大会报告工作。\n", []int{1, 4}},
		{"short pieces far apart above the title, no letters alone, stay",
			"一全                二\n云溪市2026年政府工作报告\n\n现在，我代表市人民政府向大会报告工作。\n", nil},
		{"brackets and bars alone above the title: a box of the masthead",
			"[|\n\n本报评论员\n\n守护好城市的“烟火气”\n\n" + textLines(8) + "（二）\n",
			[]int{1}},
		{"letters OCR read from a speck between lines of Chinese text",
			"标题\n\n推动城市治理“一屏统览、一网统\n\nLu\n\n管”。加强数字政府建设。\n韧\n\nak\n性、提升产业竞争力\n", []int{5, 10}},
		{"a periodical's name over its issue, above the title and again at a later page's head",
			"秋水\n\n2026年第5期 · 5月15日出版\n\n标题\n\n" + textLines(8) + "\n秋水\n\n2026年第5期 · 5月15日出版\n\n" + textLines(8), []int{1, 3, 16, 18}},
		{"a news site's name and address under the last paragraph: the page's foot",
			"标题\n\n" + textLines(8) + "\n鹤阳新闻网 www.heyangnews.cn\n", []int{12}},
		{"a site's name and address the text introduces stay",
			"标题\n\n" + textLines(8) + "详情可登录：\n\n鹤阳新闻网 www.heyangnews.cn\n", nil},
		{"letters OCR read from a box over the title, its book's title opening with a mark",
			"南屏晚报\nES\n\n《南屏市义务教育集团化办学实施\n\n方案》政策问答\n\n" + textLines(8), []int{1, 2}},
		{"letters opening the document over its title are text",
			"AI\n\n人工智能走进中小学课堂\n\n" + textLines(8), nil},
		{"letters on a line of their own among letters, digits or marks are text",
			"标题\n\n全市推广使用政务\n\nAPP\n\n5G基站新建1200个。\n数据中心投入使用。\n\nOK\n\n“好”字当头\n", nil},
		{"letters beside Chinese text without a blank line are text",
			"标题\n\n这款手机上的\nApp\n用起来很方便\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses(c.in, furniture{})
			var gone []int
			for _, l := range d.lines {
				if l.gone {
					gone = append(gone, l.no)
				}
			}
			if !slices.Equal(gone, c.gone) {
				t.Fatalf("removed lines %v, want %v", gone, c.gone)
			}
			// One decision for each line removed, and one for each part
			// of a line removed (a masthead's character before the title).
			parts := 0
			for _, r := range d.report {
				if !slices.Contains(c.gone, r.Line) {
					parts++
				}
			}
			if len(d.report) != len(c.gone)+parts {
				t.Errorf("%d decisions for %d removals", len(d.report), len(c.gone))
			}
			for _, r := range d.report {
				if r.Removed == "" {
					t.Errorf("decision %v does not name what it removed", r)
				}
			}
		})
	}
}

// textLines is n lines of text set in a narrow column.
func textLines(n int) string {
	return strings.Repeat("向大会报告工作，请予审议，\n", n)
}

func TestContactKinds(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"订阅热线 0571-8766 2231 投稿邮箱 tg@lanxi.com.cn 广告经营许可证：浙工商广字第018号", 3},
		{"新闻热线：0571-87662231 www.lanxi.com.cn", 2},
		{"联系电话：0571-87662231 电子邮箱：wm@zj.gov.cn 网址：http://www.zj.gov.cn", 3},
		{"读者服务电话 96111", 1},
		{"本报地址：兴华路18号 邮编：441000 广告经营许可证：襄工商广字第008号", 2},
		{"咨询电话：0571-8766 2231，电子邮箱：tg@lanxi.com.cn。", 0},
		{"请发送至 tg@lanxi.com.cn", 0},
	} {
		if got := contactKinds(c.in); got != c.want {
			t.Errorf("contactKinds(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestContactsFoot(t *testing.T) {
	for in, want := range map[string]bool{
		"订阅热线 0571-8766 2231 投稿邮箱 tg@lanxi.com.cn 广告经营许可证：浙工商广字第018号":  true,
		"www.qsshb.com.cn   新闻热线：0571-87662231   9":                    true,
		"www.qsshb.com.cn   服务电话：0571-87662231   A2":                   true,
		"联系电话：0571-87662231 电子邮箱：wm@zj.gov.cn 网址：http://www.zj.gov.cn": false,
		"联系人：王明 联系电话：0571-87662231 电子邮箱：wm@zj.gov.cn":                  false,
		"本报地址：兴华路18号 邮编：441000 广告经营许可证：襄工商广字第008号":                     true,
		"通信地址：兴华路18号 邮编：441000":                                        false,
	} {
		if got := contactsFoot(in); got != want {
			t.Errorf("contactsFoot(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestKickerOver(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines string
		want  bool
	}{
		{"a short name over the title", "民生关注\n桥北区推进老旧小区改造", true},
		{"over a blank line and the title", "民生关注\n\n桥北区推进老旧小区改造", true},
		{"the title over its dated line", "政府工作报告\n——2026年1月9日在桥北区第三届人民代表大会上", false},
		{"the title over its byline", "秋粮丰收在望\n本报记者 马骏 赵一帆", false},
		{"the title over a date", "秋粮丰收在望\n2026年9月12日", false},
		{"a name over a line as short", "民生关注\n老旧小区", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var lines []line
			for _, s := range strings.Split(c.lines, "\n") {
				lines = append(lines, line{text: s, blank: s == ""})
			}
			if got := kickerOver(lines, 0); got != c.want {
				t.Errorf("kickerOver = %v, want %v", got, c.want)
			}
		})
	}
}

func TestSectionUnderHeadInPieces(t *testing.T) {
	// A -layout page's head line, the paper's name and the date, that an
	// earlier pass cut into pieces with a blank line between (one input
	// line, 1); the section's name right under it, over the title.
	d := newDraft(cleanInput("新华日报\n民生关注\n桥北区推进老旧小区改造\n\n"+textLines(8)), Options{})
	head := d.lines[0]
	date := head
	date.text = "2026年2月4日 星期三"
	gap := line{no: head.no, blank: true}
	d.lines = append([]line{head, gap, date}, d.lines[1:]...)
	furniture{}.apply(d)
	var removed []string
	for _, l := range d.lines {
		if l.gone {
			removed = append(removed, l.text)
		}
	}
	if !slices.Contains(removed, "民生关注") || slices.Contains(removed, "桥北区推进老旧小区改造") {
		t.Errorf("removed %q, want the section's name and not the title", removed)
	}
}

func TestWeatherLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"白城天气 今天 多云转晴 18℃～29℃ 东南风3级", true},
		{"明天 小雨 17℃～25℃", true},
		{"空气质量 良", true},
		{"空气质量良 紫外线 中等", true},
		{`白城天气“ 今天 多云转晴 18"C~转29"C 东南风3级`, true}, // OCR's ℃ and a misread mark
		{`明天小雨17"C一25?C`, true},
		{"白城天气 今天 多云转晴 18℃～29℃ 东南风3级   明天 小雨 17℃～25℃   空气质量 良   紫外线 中等", true},
		{"今天 晴 明天 多云", false},          // the day and the sky only: a title may say so
		{"气温18℃～29℃，东南风3级。", false},    // a sentence
		{"全市最高气温35℃～38℃，", false},      // a bulletin's sentence
		{"日最高气温普遍在35℃～38℃之间局地", false}, // a bulletin's line, words between
		{"东南风3级 海上风力较大", false},        // text after the wind
		{"2026年空气质量优良天数比例", false},     // a heading about the air
		{"全市空气质量优良", false},            // a headline: a word of two characters between
		{"紫外线消毒设备全覆盖", false},
	} {
		if got := weatherLine(c.in); got != c.want {
			t.Errorf("weatherLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestNameBeside(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     bool
	}{
		{"a paper's name set upright beside the title block", "海\n峡 冬季港口安全生产专项\n航 整治工作方案\n运 （征求意见稿）\n报\n\n正文第一行，", true},
		{"a dialogue's labels, which come again", "问 今年的补贴标准是多少？\n答 每亩补贴一百二十元。\n问 什么时候发放到户？\n答 十月底前全部发放。\n", false},
		{"characters that name no paper", "甲 方：云溪市城市管理局\n乙 方：青岚建设有限公司\n丙 方：云溪市财政局\n", false},
		{"a letter-spaced title", "城 东 老 旧 小 区\n改 造 全 面 启 动\n报 道 组 织 工 作\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses(c.in, controlChars{})
			before := make([]string, len(d.lines))
			for i, l := range d.lines {
				before[i] = l.text
			}
			got := nameBeside(d, topZone(d.lines))
			if got != c.want {
				t.Errorf("nameBeside = %v, want %v", got, c.want)
			}
			for i, l := range d.lines {
				if !got && (l.text != before[i] || l.gone) {
					t.Errorf("line %d changed: %q", i+1, l.text)
				}
			}
		})
	}
}
