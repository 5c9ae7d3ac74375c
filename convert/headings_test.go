package convert

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHeadingPattern(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"一、“十四五”时期经济社会发展回顾", patSection},
		{"十二、其他", patSection},
		{"一 、2025年主要工作成效", patSection},
		{"一 是", noPattern},
		{"（一）全力办好国家大事，纵深推进京津冀协同发展", patSub},
		{"(三)强化创新驱动发展", patSub},
		{"(一 ) 坚持扩大内需，推动", patSub},
		{"（ 二） 坚持创新驱动", patSub},
		{"( ) 空括号", noPattern},
		{"（注）数据来源", noPattern},
		{"第三章 总体要求", patChapter},
		{"第二部分", patChapter},
		{"01 深圳的3万亿之路", patNumbered},
		{"2. 加快建设", patNumbered},
		{"3、推进改革", patNumbered},
		{"12 类45件民生实事全面完成", patNumbered},
		{"2018年以来，面对严峻考验", noPattern},
		{"一是全力以进促稳。", noPattern},
		{"1.5万家", noPattern},
		{"第一方阵", noPattern},
	} {
		if got := headingPattern(c.in); got != c.want {
			t.Errorf("headingPattern(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// structure runs every pass and renders the blocks as "#"-marked lines.
// layoutRows is n rows of a page in three columns as "pdftotext -layout"
// prints them, each column a paragraph whose last line is short.
func layoutRows(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		for k, c := range []string{"甲栏", "乙栏", "丙栏"} {
			cell := fmt.Sprintf("%s第%02d行正文接着排，", c, i)
			if i == n {
				cell = c + "完。"
			}
			if k < 2 {
				cell += strings.Repeat(" ", 16-utf8.RuneCountInString(cell))
			}
			b.WriteString(cell)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// layoutText is layoutRows(n) read: a paragraph a column.
func layoutText(n int) string {
	var cols []string
	for _, c := range []string{"甲栏", "乙栏", "丙栏"} {
		var b strings.Builder
		for i := 1; i < n; i++ {
			fmt.Fprintf(&b, "%s第%02d行正文接着排，", c, i)
		}
		cols = append(cols, b.String()+c+"完。")
	}
	return strings.Join(cols, "\n")
}

func structure(text string) string {
	d := repair(cleanInput(text), Options{})
	var s []string
	if d.meta.subtitle != "" {
		s = append(s, "subtitle: "+d.meta.subtitle)
	}
	for _, b := range d.blocks {
		switch b.kind {
		case heading:
			s = append(s, strings.Repeat("#", b.level)+" "+b.text)
		case deck:
			s = append(s, "*"+b.text+"*")
		case label:
			s = append(s, "label: "+b.text)
		case byline:
			s = append(s, "byline: "+b.text)
		default:
			s = append(s, b.text)
		}
	}
	return strings.Join(s, "\n")
}

// column is a paragraph as a newspaper column sets it: full lines of 28
// characters, the last one short.
const column = "持续打好稳住经济大盘“组合拳”，带动经济稳中向好、稳\n中提质。把服务市场主体放在首位。落实国家和省稳经济一\n揽子政策及接续措施，出台8方面45条举措和24方面109条\n措施，依托“万人助万企”推进政策进企业、进园区、进集群；建\n立“郑惠企”政策服务平台。\n"

// columnText is column as one paragraph.
const columnText = "持续打好稳住经济大盘“组合拳”，带动经济稳中向好、稳中提质。把服务市场主体放在首位。落实国家和省稳经济一揽子政策及接续措施，出台8方面45条举措和24方面109条措施，依托“万人助万企”推进政策进企业、进园区、进集群；建立“郑惠企”政策服务平台。"

// englishColumn is an English paragraph set ragged in a column.
const englishColumn = "The first frost came early this year, and the\nobservers who keep the county's weather diaries\nnoted it in the margins of their ledgers, as\nthey have done every morning since 1986.\n"

// englishColumnText is englishColumn as one paragraph.
const englishColumnText = "The first frost came early this year, and the observers who keep the county's weather diaries noted it in the margins of their ledgers, as they have done every morning since 1986."

func TestHeadings(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"title, two-line headline, section with deck",
			" 政府工作报告摘编\n\n把牢高质量发展主动权\n全力稳住经济大盘\n\n1月4日上午，市长何雄向大会作政府工作报告。\n\n关键词：稳经济增长\n精准施策稳增长，全力稳住经济大盘\n\n" + column,
			"subtitle: 把牢高质量发展主动权\u3000全力稳住经济大盘\n# 政府工作报告摘编\n1月4日上午，市长何雄向大会作政府工作报告。\n## 关键词：稳经济增长\n*精准施策稳增长，全力稳住经济大盘*\n" + columnText},
		{"report: dated line, speaker, sections, run-in and standalone subsections",
			" 2026年河北省政府工作报告\n\n—— 2026年 1月26日在河北省第十四届人民代表大会第四次会议上\n\n河北省人民政府省长 王正谱\n\n各位代表：\n\n一、“十四五”时期经济社会发展回顾\n\n过去五年，是极不寻常、极不平凡的五年。\n\n（一）全力办好国家大事，纵深推进京津冀协同发展\n\n" + column + "\n（二）努力在推进创新驱动发展中闯出新路子。积极探索、勇于实践。\n",
			"# 2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\nbyline: 河北省人民政府省长 王正谱\n各位代表：\n## 一、“十四五”时期经济社会发展回顾\n过去五年，是极不寻常、极不平凡的五年。\n### （一）全力办好国家大事，纵深推进京津冀协同发展\n" + columnText + "\n（二）努力在推进创新驱动发展中闯出新路子。积极探索、勇于实践。"},
		{"news: source line, numbered headings with a question",
			"书记市长拜年爆猛料，深圳GDP破3万亿元\n\n“深圳卫视深视新闻”微信公众号\n\n深圳GDP突破3万亿元大关。\n\n01 深圳的3万亿之路\n目前，深圳全年详细的经济数据尚未发布。\n\n02 对深圳乃至大湾区意味着什么？\n\n突破 3万亿元大关，是重要一步。\n\n为何广东如此重视都市圈建设？\n\n因为重要。\n",
			"# 书记市长拜年爆猛料，深圳GDP破3万亿元\n“深圳卫视深视新闻”微信公众号\n深圳GDP突破3万亿元大关。\n## 01 深圳的3万亿之路\n目前，深圳全年详细的经济数据尚未发布。\n## 02 对深圳乃至大湾区意味着什么？\n突破3万亿元大关，是重要一步。\n为何广东如此重视都市圈建设？\n因为重要。"},
		{"the end of a dated line OCR read under the speaker line goes back to it",
			"云溪市2026年政府工作报告\n\n——2026年1月8日在云溪市第九届人民代表大\n\n云溪市人民政府代市长 许文涛\n\n会第六次会议上\n\n各位代表：\n\n" + column,
			"# 云溪市2026年政府工作报告\n——2026年1月8日在云溪市第九届人民代表大会第六次会议上\nbyline: 云溪市人民政府代市长 许文涛\n各位代表：\n" + columnText},
		{"a headline that lists three terms stands alone as a heading; two terms, or a clause that lists, do not",
			"古镇新生\n\n" + column + "\n山水、人文、烟火气\n\n" + column + "\n老街、新店\n\n" + column + "\n科技、教育、文化事业全面发展\n\n" + column,
			"# 古镇新生\n" + columnText + "\n## 山水、人文、烟火气\n" + columnText + "\n老街、新店\n" + columnText + "\n科技、教育、文化事业全面发展\n" + columnText},
		{"names listed under the line that introduces them, and labelled values side by side, are no headings",
			"表彰通报\n\n" + column + "\n获奖名单：\n\n刘洋、陈静、赵强\n\n" + column + "\n形势判断：稳中有进\n\n发展目标：全面提升\n\n" + column,
			"# 表彰通报\n" + columnText + "\n获奖名单：\n刘洋、陈静、赵强\n" + columnText + "\n形势判断：稳中有进\n发展目标：全面提升\n" + columnText},
		{"a headline of two phrases with quoted terms: its marks are not counted to its length",
			"科普周回顾\n\n" + column + "\n以“小切口”撬动“大科普”，让科学走进千家万户\n\n" + column,
			"# 科普周回顾\n" + columnText + "\n## 以“小切口”撬动“大科普”，让科学走进千家万户\n" + columnText},
		{"a heading with emphasis dots under its lines, as a text layer gives them, whatever marks it has; a dot after its last character",
			"调解工作总结\n\n" + column + "\n人民调解、法律援助，让“小事\n•\n• • • •\n不出村”\n• • •\n" + column + "\n调解员队伍、专业化建设\n• • • •\n" + column + "\n群众少跑腿、\n• • •\n好办事•\n" + column,
			"# 调解工作总结\n" + columnText + "\n## 人民调解、法律援助，让“小事不出村”\n" + columnText + "\n## 调解员队伍、专业化建设\n" + columnText + "\n## 群众少跑腿、好办事\n" + columnText},
		{"headings after the mark the page's style sets before every heading, whatever marks they have",
			"调解工作总结\n\n" + column + "\n★ 人民调解、法律援助一体推进\n\n" + column + "\n★ 调解员队伍、专业化建设\n\n" + column,
			"# 调解工作总结\n" + columnText + "\n## 人民调解、法律援助一体推进\n" + columnText + "\n## 调解员队伍、专业化建设\n" + columnText},
		{"a paper's column titled after its reporter is a heading",
			"科普周回顾\n\n" + column + "\n记者手记\n\n" + column,
			"# 科普周回顾\n" + columnText + "\n## 记者手记\n" + columnText},
		{"a phrase that opens with an aside in brackets, or closes a bracket it did not open, is no heading",
			"科普周回顾\n\n" + column + "\n（截至9月）底，全市“科普e站”\n\n" + column + "\n科普周期间全市共举办活动）\n\n" + column,
			"# 科普周回顾\n" + columnText + "\n（截至9月）底，全市“科普e站”\n" + columnText + "\n科普周期间全市共举办活动）\n" + columnText},
		{"a labelled figure alone is no heading",
			"公积金年报\n\n" + column + "\n缴存人数：12.6万人\n\n" + column,
			"# 公积金年报\n" + columnText + "\n缴存人数：12.6万人\n" + columnText},
		{"a year and month alone under the subtitle is no heading",
			"2025年桥城市气候公报\n\n——桥城市气象局\n\n2025年9月\n\n" + column,
			"# 2025年桥城市气候公报\n——桥城市气象局\n2025年9月\n" + columnText},
		{"a line that opens with a connective is text whose end OCR lost, never a heading",
			"摆渡人\n\n" + column + "\n可是，老人并没有放下\n\n" + column,
			"# 摆渡人\n" + columnText + "\n可是，老人并没有放下\n" + columnText},
		{"an interview's heading of two phrases wraps before its quoted term's end, a turn right under it",
			"访谈\n\n" + column + "\n专家“沉下去”，服务“提\n上来”\n记者：很多群众不愿意去乡镇卫生院\n看病，主要是觉得那里水平不高？\n郑立华：群众的顾虑我们很理解。\n记者：还有呢？\n郑立华：没有了。\n记者：谢谢。\n郑立华：不客气。\n记者：再见。\n",
			"# 访谈\n" + columnText + "\n## 专家“沉下去”，服务“提上来”\n记者：很多群众不愿意去乡镇卫生院看病，主要是觉得那里水平不高？\n郑立华：群众的顾虑我们很理解。\n记者：还有呢？\n郑立华：没有了。\n记者：谢谢。\n郑立华：不客气。\n记者：再见。"},
		{"the items of a list, one ending with a semicolon, are no headings",
			"办法\n\n" + column + "\n场所建设应当符合下列要求：\n\n（一）与住宅建筑保持防火间距；\n\n（二）设置安全警示标志。\n\n" + column,
			"# 办法\n" + columnText + "\n场所建设应当符合下列要求：\n（一）与住宅建筑保持防火间距；\n（二）设置安全警示标志。\n" + columnText},
		{"a kicker above the title, the subtitle's dash right under the title",
			"27年守护千年文脉\n\n给古籍“看病”的人\n——记郢州市图书馆古籍修复中心主任沈慕华\n\n" + column,
			"subtitle: 27年守护千年文脉\n# 给古籍“看病”的人\n——记郢州市图书馆古籍修复中心主任沈慕华\n" + columnText},
		{"the paper's name above the title, OCR's two strokes for the subtitle's dash",
			"西陵新闻\n\n给古籍“看病”的人\n\n一一记郢州市图书馆古籍修复中心主任沈慕华\n\n" + column,
			"# 给古籍“看病”的人\n西陵新闻\n——记郢州市图书馆古籍修复中心主任沈慕华\n" + columnText},
		{"two strokes opening text under the title stay",
			"标题\n\n" + column + "\n一一对应整改到位\n\n" + column,
			"# 标题\n" + columnText + "\n## 一一对应整改到位\n" + columnText},
		{"a subsection's title over a blank line, the column measured on lines OCR read a character short",
			"标题\n\n" + column + "\n三、强化保障\n（一）压实工作责任\n\n各县市区政府要落实\n属地责任，加强组织领导\n统筹协调明确时间节点\n推进整改工作落地见效\n按期完成各项任务目标\n确保工作实效。\n",
			"# 标题\n" + columnText + "\n## 三、强化保障\n### （一）压实工作责任\n各县市区政府要落实属地责任，加强组织领导统筹协调明确时间节点推进整改工作落地见效按期完成各项任务目标确保工作实效。"},
		{"a title cut in a word wraps to a short tail over its date in brackets, which stands apart",
			"琴湖县全面推进公共文化服\n务提质增效\n（2026年3月12日）\n\n" + column,
			"# 琴湖县全面推进公共文化服务提质增效\n（2026年3月12日）\n" + columnText},
		{"a title cut at its colon, the book's title it ends with read after the deck and the date",
			"专家解读：\n\n本报记者 周立衡\n2026年3月12日\n\n《琴湖县公共文化服务提质增效实施方案》\n\n" + column,
			"# 专家解读：《琴湖县公共文化服务提质增效实施方案》\nbyline: 本报记者 周立衡\n2026年3月12日\n" + columnText},
		{"the title, repeated as a later page's head, over its subtitle and the subtitle's dash",
			"给古籍“看病”的人\n\n27年守护千年文脉\n——记郢州市图书馆古籍修复中心主任沈慕华\n\n" + column + "\n\f给古籍“看病”的人\n\n" + column,
			"subtitle: 27年守护千年文脉\n# 给古籍“看病”的人\n——记郢州市图书馆古籍修复中心主任沈慕华\n" + columnText + "\n" + columnText},
		{"a title cut in a word wraps to a short tail over the subtitle's dash, the title block set close",
			"让充电像加油一样方便：榆陂三年织密一张城乡公共充\n电网\n——访榆陂市发展和改革委员会主任韩立舟\n本报记者 邵明远\n\n" + column,
			"# 让充电像加油一样方便：榆陂三年织密一张城乡公共充电网\n——访榆陂市发展和改革委员会主任韩立舟\nbyline: 本报记者 邵明远\n" + columnText},
		{"the same title's tail centred on a -layout page",
			"让充电像加油一样方便：榆陂三年织密一张城乡公共充\n           电网\n                       ——访榆陂市发展和改革委员会主任韩立舟\n                         本报记者 邵明远\n\n" + column,
			"# 让充电像加油一样方便：榆陂三年织密一张城乡公共充电网\n——访榆陂市发展和改革委员会主任韩立舟\nbyline: 本报记者 邵明远\n" + columnText},
		{"a title cut in a word goes on past a column's name set at the right, to its tail",
			"   让充电像加油一样方便：榆陂三年织密一张城乡公\n                                                        城乡治理·观察与访谈\n\n\n   共充电网\n   ——访榆陂市发展和改革委员会主任韩立舟\n   本报记者 邵明远\n\n" + column,
			"# 让充电像加油一样方便：榆陂三年织密一张城乡公共充电网\n——访榆陂市发展和改革委员会主任韩立舟\nbyline: 本报记者 邵明远\n" + columnText},
		{"a title with its bracket closed by OCR's ASCII one, the issuer under it",
			"瞧阳市既有住宅加装电梯技术指引 〈试行)\n\n崔阳市住房和城乡建设局\n\n" + column,
			"# 瞧阳市既有住宅加装电梯技术指引（试行）\n崔阳市住房和城乡建设局\n" + columnText},
		{"an item's first line cut in a unit is no heading",
			"技术指引\n\n" + column + "\n12.电梯额定速度宜为1.0米/\n秒。电梯应当设置停电自动平层装置。\n\n" + column,
			"# 技术指引\n" + columnText + "\n12.电梯额定速度宜为1.0米/秒。电梯应当设置停电自动平层装置。\n" + columnText},
		{"a date alone heads nothing",
			"评论\n\n" + column + "\n2026年4月16日\n\n" + column,
			"# 评论\n" + columnText + "\n2026年4月16日\n" + columnText},
		{"an item's first line with a clause, cut in a word, is no heading",
			"技术指引\n\n" + column + "\n6.候梯厅深度不应小于1.5米，候梯厅和连\n廊的净宽不应小于1.2米。电梯额定载重量不宜\n小于630千克。\n\n" + column,
			"# 技术指引\n" + columnText + "\n6.候梯厅深度不应小于1.5米，候梯厅和连廊的净宽不应小于1.2米。电梯额定载重量不宜小于630千克。\n" + columnText},
		{"an item whose first line names a medium is no source line",
			"倡议书\n\n犬只；宠物医院发现就诊\n犬只未登记、未免疫的，\n应当提醒养犬人及时补\n办，并配合做好狂犬病疫\n情监测报告工作。\n    3.新闻媒体要积极宣\n传文明养犬知识和先进典\n型，曝光不文明养犬行\n为，营造“人人知晓、人\n人参与”的浓厚氛围。\n",
			"# 倡议书\n犬只；宠物医院发现就诊犬只未登记、未免疫的，应当提醒养犬人及时补办，并配合做好狂犬病疫情监测报告工作。\n3.新闻媒体要积极宣传文明养犬知识和先进典型，曝光不文明养犬行为，营造“人人知晓、人人参与”的浓厚氛围。"},
		{"a title cut before the noun of its measure word, the title block set close",
			"下班后，去夜校“充电”：一座城市里年轻人的第二张\n课表\n雁川市青年夜校开办3年，累计开课1.26万节\n本报记者 宋知秋\n\n" + column,
			"# 下班后，去夜校“充电”：一座城市里年轻人的第二张课表\n雁川市青年夜校开办3年，累计开课1.26万节\nbyline: 本报记者 宋知秋\n" + columnText},
		{"a kicker right above the title, both centred, the subtitle's dash under them",
			"                                 27年守护千年文脉\n                         给古籍“看病”的人\n                         ——记郢州市图书馆古籍修复中心主任沈慕华\n\n" + column,
			"subtitle: 27年守护千年文脉\n# 给古籍“看病”的人\n——记郢州市图书馆古籍修复中心主任沈慕华\n" + columnText},
		{"a section's name right under the paper's, over the title and the paper's date",
			"新华日报\n民生关注\n\n桥北区推进老旧小区改造\n\n2026年2月4日 星期三\n\n本报记者 陈思远\n\n" + column,
			"# 桥北区推进老旧小区改造\nbyline: 本报记者 陈思远\n" + columnText},
		{"a title under a -layout page's head of the paper's name and date, over the dated line",
			"                      新华日报                                   2026年2月4日 星期三\n                      政府工作报告\n           ——2026年1月9日在桥北区第三届人民代表大会第七次会议上\n\n" + column,
			"# 政府工作报告\n——2026年1月9日在桥北区第三届人民代表大会第七次会议上\n" + columnText},
		{"a kicker above the title, a blank line before the subtitle's dash",
			"27年守护千年文脉\n\n给古籍“看病”的人\n\n——记郢州市图书馆古籍修复中心主任沈慕华\n\n" + column,
			"subtitle: 27年守护千年文脉\n# 给古籍“看病”的人\n——记郢州市图书馆古籍修复中心主任沈慕华\n" + columnText},
		{"a title cut before a figure goes on to its short tail, set close or over a blank line",
			"临澜港年吞吐量首次突破千万标箱 增速位居全国沿海港口第\n3位\n本报记者 陈思远\n\n" + column,
			"# 临澜港年吞吐量首次突破千万标箱增速位居全国沿海港口第3位\nbyline: 本报记者 陈思远\n" + columnText},
		{"a long title's line goes on to a tail of characters right under it; the particulars under a title are paragraphs",
			"云溪市某公司诉某科技公司房屋租赁合同纠纷一审判决\n要旨\n案号：（2025）云0102民初4417号\n审理法院：云溪市城关区人民法院\n裁判日期：2025年11月18日\n\n" + column,
			"# 云溪市某公司诉某科技公司房屋租赁合同纠纷一审判决要旨\n案号：（2025）云0102民初4417号\n审理法院：云溪市城关区人民法院\n裁判日期：2025年11月18日\n" + columnText},
		{"a bar OCR read at the end of a title's line, a box's edge, goes where the title wraps",
			"云溪县青石坳果蔬专业合作社2025年度|\n\n工作总结\n\n" + column,
			"# 云溪县青石坳果蔬专业合作社2025年度工作总结\n" + columnText},
		{"a name right under a long title, over a byline, is no tail",
			"在青石坳的竹林里寻找一门老手艺的新生\n王小明\n本报记者 王刚\n\n" + column,
			"subtitle: 王小明\n# 在青石坳的竹林里寻找一门老手艺的新生\nbyline: 本报记者 王刚\n" + columnText},
		{"a subtitle with a colon stays a subtitle",
			"让老手艺焕发新活力\n非遗传承：一位竹编艺人的坚守\n\n" + column,
			"subtitle: 非遗传承：一位竹编艺人的坚守\n# 让老手艺焕发新活力\n" + columnText},
		{"a full-width bar that parts a column's name from a title that wraps stays",
			"两会代表委员热议乡村振兴｜\n“种粮也能挣钱”\n\n" + column,
			"# 两会代表委员热议乡村振兴｜“种粮也能挣钱”\n" + columnText},
		{"a school's name as a section's heading stays a heading",
			"山村里的新课堂\n\n" + column + "\n走进乡村小学\n\n" + column,
			"# 山村里的新课堂\n" + columnText + "\n## 走进乡村小学\n" + columnText},
		{"a short line under a short title is no tail",
			"丰收节\n纪实\n\n" + column,
			"subtitle: 纪实\n# 丰收节\n" + columnText},
		{"a title cut in a word goes on to its short tail over a blank line",
			"守山人：一位护林员的三十年坚\n\n守\n\n本报记者 陈思远\n\n" + column,
			"# 守山人：一位护林员的三十年坚守\nbyline: 本报记者 陈思远\n" + columnText},
		{"a title's tail that closes its book's title mark goes on past the page's head -layout set between them",
			"关于印发《梅林区城乡供水一体化建设实施\n松林日报  2026年4月9日  星期四                                                要闻\n\n\n          办法》的通知\n\n各街道办事处：\n\n" + column,
			"# 关于印发《梅林区城乡供水一体化建设实施办法》的通知\n各街道办事处：\n" + columnText},
		{"a title cut before its figure goes on to it",
			"前三季度全市外贸出口额同比增长\n18.5%\n\n本报记者 陈思远\n\n" + column,
			"# 前三季度全市外贸出口额同比增长18.5%\nbyline: 本报记者 陈思远\n" + columnText},
		{"a plan's years in brackets end its title",
			"梅林区城乡供水一体化建设规划\n\n（2026—2030年）\n\n" + column,
			"# 梅林区城乡供水一体化建设规划（2026—2030年）\n" + columnText},
		{"a short line under the title that is a word of its own is a subtitle",
			"守山人：一位护林员的三十年\n\n特稿\n\n" + column,
			"subtitle: 特稿\n# 守山人：一位护林员的三十年\n" + columnText},
		{"a long title's tail of a word, right under it, ends the title",
			"岑阳市医保局负责人就职工门诊共济保障新政答\n记者问\n\n" + column,
			"# 岑阳市医保局负责人就职工门诊共济保障新政答记者问\n" + columnText},
		{"a long title's tail of a word, the issuer's name right under it",
			"岑阳市医保局负责人就职工门诊共济保障新政答\n记者问\n岑阳市医疗保障局\n\n" + column,
			"# 岑阳市医保局负责人就职工门诊共济保障新政答记者问\n岑阳市医疗保障局\n" + columnText},
		{"a long title's tail of four characters with a word after its first",
			"岑阳市医保局负责人就职工门诊共济保障新政\n答记者问\n\n" + column,
			"# 岑阳市医保局负责人就职工门诊共济保障新政答记者问\n" + columnText},
		{"the title and a heading that end in a short quoted term get back the close OCR dropped",
			"让更多老人吃上“放心饭\n\n本报记者 陈思远\n\n" + column + "\n（一）社区食堂端出“幸福饭\n" + column,
			"# 让更多老人吃上“放心饭”\nbyline: 本报记者 陈思远\n" + columnText + "\n### （一）社区食堂端出“幸福饭”\n" + columnText},
		{"marks OCR read before the title go",
			"”  ，让更多老人吃上放心饭\n\n本报记者 陈思远\n\n" + column,
			"# 让更多老人吃上放心饭\nbyline: 本报记者 陈思远\n" + columnText},
		{"a title OCR split before the kind it names is no kicker and its title",
			"梅林区2026年\n\n政府工作报告\n\n——2026年1月8日在梅林区第四届人民代表大会第六次会议上\n\n" + column,
			"# 梅林区2026年政府工作报告\n——2026年1月8日在梅林区第四届人民代表大会第六次会议上\n" + columnText},
		{"the title's last term OCR read after the deck and the byline goes back to it",
			"老街坊住进了\n\n城市更新看东关\n\n本报记者 陈立新\n\n“新老房”\n\n" + column,
			"subtitle: 城市更新看东关\n# 老街坊住进了“新老房”\nbyline: 本报记者 陈立新\n" + columnText},
		{"the title's tail OCR read after the byline, its quote's close lost at the first line's end",
			"县域数字经济，要在“用\n\n本报评论员 季晗\n\n字上见真章\n\n" + column,
			"# 县域数字经济，要在“用”字上见真章\nbyline: 本报评论员 季晗\n" + columnText},
		{"a title that ends with its quoted term keeps a short line after the byline",
			"青石坳：小果园结出“甜蜜经济”\n\n本报记者 林晓岚\n\n初冬时节\n\n" + column,
			"# 青石坳：小果园结出“甜蜜经济”\nbyline: 本报记者 林晓岚\n## 初冬时节\n" + columnText},
		{"the rest of a title cut short in a word, read after the dated line and the speaker, where the text writes the word whole",
			"以一流营\n\n——在白衡市优化营商环境大会上的讲话\n市长 韦卓然\n\n商环境激发高质量发展新动能\n\n同志们：\n\n营商环境是生产力，营商环境就是竞争力，优化营商环境没有止境。\n",
			"# 以一流营商环境激发高质量发展新动能\n——在白衡市优化营商环境大会上的讲话\nbyline: 市长 韦卓然\n同志们：\n营商环境是生产力，营商环境就是竞争力，优化营商环境没有止境。"},
		{"a credit OCR read above the title goes under it",
			"本报评论员\n\n守护好城市的“烟火气”\n\n" + column,
			"# 守护好城市的“烟火气”\n本报评论员\n" + columnText},
		{"the title printed again above the dated line heads no section",
			"愿你们走得远，也记得来时的路\n\n愿你们走得远，也记得来时的路\n——在南屏大学2026届毕业典礼上的讲话\n\n" + column,
			"# 愿你们走得远，也记得来时的路\n愿你们走得远，也记得来时的路\n——在南屏大学2026届毕业典礼上的讲话\n" + columnText},
		{"a title set large, its quote closed after the magazine's name and issue read between its lines",
			"“山水之间——青岚\n青岚周刊                                 2026年第19期 文旅·深读\n\n\n\n古村”的新生\n本刊记者 程亦舟\n\n" + column,
			"# “山水之间——青岚古村”的新生\nbyline: 本刊记者 程亦舟\n" + columnText},
		{"a book's title closed on the title's second line, a word after it, the magazine's name and issue under it",
			"《青川县义务教育集团化\n办学实施方案》\n政策问答\n青岚周刊\n\n2026年第19期 教育·深读\n\n" + column,
			"# 《青川县义务教育集团化办学实施方案》政策问答\n" + columnText},
		{"a title of three short lines set close in a narrow box, cut in words, over the dated line",
			"琴湖日报 | 要闻\n\n第3版\n\n关于琴湖县2025年国民\n经济和社会发展计划执行\n情况与2026年计划草案的报告\n——2026年1月8日在琴湖县第九届人民代表大会第六次会议上\n\n" + column,
			"# 关于琴湖县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n——2026年1月8日在琴湖县第九届人民代表大会第六次会议上\n" + columnText},
		{"a title whose quote its second line closes ends there, over a deck that opens with a quote",
			"乡村振兴看茶乡：从“输\n血”到“造血”\n“小茶叶”撑起富民大产业\n\n本报记者 程亦舟\n\n" + column,
			"subtitle: “小茶叶”撑起富民大产业\n# 乡村振兴看茶乡：从“输血”到“造血”\nbyline: 本报记者 程亦舟\n" + columnText},
		{"a title whose quote OCR left open stays apart from a deck that closes its own quoted term",
			"乡村振兴看茶乡：从“输血到造血\n“小茶叶”撑起富民大产业\n\n本报记者 程亦舟\n\n" + column,
			"subtitle: “小茶叶”撑起富民大产业\n# 乡村振兴看茶乡：从“输血到造血”\nbyline: 本报记者 程亦舟\n" + columnText},
		{"a title that wraps inside its bracket; the issuing body under it is text, no headline",
			"檀州法院知识产权司法保护白皮书（2025\n年）\n檀州市中级人民法院\n\n" + column,
			"# 檀州法院知识产权司法保护白皮书（2025年）\n檀州市中级人民法院\n" + columnText},
		{"a date in brackets alone under the speaker is no heading",
			"坚定信心抓发展\n\n——在2026年全县经济工作会议上的讲话\n\n县委书记 周立衡\n\n（2026年1月9日）\n\n" + column,
			"# 坚定信心抓发展\n——在2026年全县经济工作会议上的讲话\nbyline: 县委书记 周立衡\n（2026年1月9日）\n" + columnText},
		{"a headline that quotes a saying, wrapped; a quoted sentence is text",
			"摆渡人\n\n" + column + "\n“只要有人喊，船就得\n开”\n\n" + column + "\n“只要有人喊，船就得\n开。”\n\n" + column,
			"# 摆渡人\n" + columnText + "\n## “只要有人喊，船就得开”\n" + columnText + "\n“只要有人喊，船就得开。”\n" + columnText},
		{"a title cut inside a figure wraps; a document number under it is text",
			"桥城市住房和城乡建设局关于开展2026\n年城镇燃气安全专项整治工作的通知\n\n桥建发〔2026〕7号\n\n各燃气经营企业：\n\n" + column,
			"# 桥城市住房和城乡建设局关于开展2026年城镇燃气安全专项整治工作的通知\n桥建发〔2026〕7号\n各燃气经营企业：\n" + columnText},
		{"a title's tail naming the document's kind after OCR's blank line",
			"梅林区2026年\n\n政府工作报告\n\n——2026年1月8日在梅林区第四届人民代表大会第六次会议上\n\n各位代表：\n\n" + column,
			"# 梅林区2026年政府工作报告\n——2026年1月8日在梅林区第四届人民代表大会第六次会议上\n各位代表：\n" + columnText},
		{"a drop cap joins the first paragraph; a page label in Chinese numerals is a masthead's",
			"第一版  综合新闻\n\n守护好城市的“烟火气”\n\n本报评论员\n\n入\n\n夜，城东的老街热闹起来。烤红薯的炉子冒着热\n气，修鞋的摊位前排起了小队，卖手工面点\n的夫妻一边招呼客人。\n",
			"# 守护好城市的“烟火气”\n本报评论员\n入夜，城东的老街热闹起来。烤红薯的炉子冒着热气，修鞋的摊位前排起了小队，卖手工面点的夫妻一边招呼客人。"},
		{"a document number OCR read before the title goes under it",
			"桥建发【2026] 7号\n\n桥城市住房和城乡建设局关于开展2026年城镇燃气安全\n专项整治工作的通知\n\n各燃气经营企业：\n\n" + column,
			"# 桥城市住房和城乡建设局关于开展2026年城镇燃气安全专项整治工作的通知\n桥建发【2026] 7号\n各燃气经营企业：\n" + columnText},
		{"the items of a list of attachments are no headings",
			"通知\n\n" + column + "\n附件：1.桥城市燃气安全专项整治工作任务清单\n\n2.燃气安全隐患排查整治情况统计表\n\n桥城市住房和城乡建设局\n\n2026年2月9日\n",
			"# 通知\n" + columnText + "\n附件：1.桥城市燃气安全专项整治工作任务清单\n2.燃气安全隐患排查整治情况统计表\n桥城市住房和城乡建设局\n2026年2月9日"},
		{"a long title that names its kind does not wrap into the author's line",
			"关于梅河县农村养老服务体系建设情况的调研报告\n梅河县政协调研组\n\n" + column,
			"# 关于梅河县农村养老服务体系建设情况的调研报告\n梅河县政协调研组\n" + columnText},
		{"a source in brackets under the title is no subtitle",
			"某市2025年统计公报\n\n（某市统计局 2026年3月1日）\n\n" + column,
			"# 某市2025年统计公报\n（某市统计局2026年3月1日）\n" + columnText},
		{"a title that wraps before the quoted term it ends with",
			"青石坳：小果园结出\n\n“甜蜜经济”\n\n本报记者 林晓岚\n\n" + column,
			"# 青石坳：小果园结出“甜蜜经济”\nbyline: 本报记者 林晓岚\n" + columnText},
		{"a headline under the title, a quoted term with more",
			"小果园里的大产业\n\n“甜蜜经济”富了青石坳\n\n" + column,
			"subtitle: “甜蜜经济”富了青石坳\n# 小果园里的大产业\n" + columnText},
		{"English: one line under the title is a section",
			" Woodrow Wilson\n\n8th Annual Message\n\n  December 7, 1920\n\n  GENTLEMEN OF THE CONGRESS:\n\n  When I addressed myself to performing the duty laid upon the President.\n",
			"# Woodrow Wilson\n## 8th Annual Message\nDecember 7, 1920\nGENTLEMEN OF THE CONGRESS:\nWhen I addressed myself to performing the duty laid upon the President."},
		{"English: a heading with a comma, a date without",
			" The Weather Diary\n\n" + englishColumn + "\nWindham, Vermont, 2026\n\n" + englishColumn + "\nForty Years, One Morning at a Time\n\n" + englishColumn,
			"# The Weather Diary\n" + englishColumnText + "\nWindham, Vermont, 2026\n" + englishColumnText + "\n## Forty Years, One Morning at a Time\n" + englishColumnText},
		{"English: the speaker under the title, a long heading",
			" Remarks on the State of the Port\n\nMayor Ellen Whitcombe\n\n" + englishColumn + "\nClimate Resilience Is Not Optional: Protecting the Neighborhoods Along the Estuary\n\n" + englishColumn,
			"# Remarks on the State of the Port\nbyline: Mayor Ellen Whitcombe\n" + englishColumnText + "\n## Climate Resilience Is Not Optional: Protecting the Neighborhoods Along the Estuary\n" + englishColumnText},
		{"English: a deck under the title names no speaker",
			" A Day to Remember\n\nPresident Obama Visits Hiroshima\n\n" + englishColumn,
			"# A Day to Remember\n## President Obama Visits Hiroshima\n" + englishColumnText},
		{"a numbered subsection right under its section, an enumeration under it",
			"标题\n\n" + column + "\n三、2026年重点任务\n（一）全力扩大有效需求\n一是激发消费潜能。\n" + column,
			"# 标题\n" + columnText + "\n## 三、2026年重点任务\n### （一）全力扩大有效需求\n一是激发消费潜能。\n" + columnText},
		{"OCR read the masthead's dated line between the lines of a title in large type",
			"滨江区2026年\n\n2026年6月18日 星期四\n\n民生实事清单全部完成\n\n" + column,
			"# 滨江区2026年民生实事清单全部完成\n" + columnText},
		{"a text layer keeps a title's line whole: the line after a page's head is the subtitle",
			"滨江区2026年民生实事清单全部完成\n\n2026年6月18日 星期四\n\n十项工程惠及百万群众\n\n" + column + "\f",
			"subtitle: 十项工程惠及百万群众\n# 滨江区2026年民生实事清单全部完成\n" + columnText},
		{"a whole title's subtitle after the masthead's line stays the subtitle",
			"全市夏粮收购进度过半\n\n2026年6月18日 星期四\n\n已收购小麦三十万吨\n\n" + column,
			"subtitle: 已收购小麦三十万吨\n# 全市夏粮收购进度过半\n" + columnText},
		{"a title's line cut at a comma goes on after the masthead's line",
			"老街坊住进了新楼房，\n\n2026年6月18日 星期四\n\n城市更新看东关\n\n" + column,
			"# 老街坊住进了新楼房，城市更新看东关\n" + columnText},
		{"a title's line cut at a figure goes on only to a title's length",
			"全市城乡居民基本医疗保险参保缴费工作进展情况通报截至2026年\n\n2026年6月18日 星期四\n\n参保人数突破一百二十万人创历史新高再创佳绩\n\n" + column,
			"subtitle: 参保人数突破一百二十万人创历史新高再创佳绩\n# 全市城乡居民基本医疗保险参保缴费工作进展情况通报截至2026年\n" + columnText},
		{"an ornament's scrap after the masthead's line is no title's line",
			"滨江区2026年\n\n2026年6月18日 星期四\n\n一 文 一\n\n" + column,
			"subtitle: 一 文 一\n# 滨江区2026年\n" + columnText},
		{"nor is a date in brackets",
			"湖城县十项民生实事全部完成\n\n2026年6月18日 星期四\n\n（2026年1月9日）\n\n" + column,
			"# 湖城县十项民生实事全部完成\n（2026年1月9日）\n" + columnText},
		{"a wrapped title's short last line ends it: a wider line under it is the next",
			"· 学生工作 ·\n\n关于开展2025—2026学年“国家奖学金”评审工作\n的通知\n青岚大学学生资助管理处\n\n" + column,
			"subtitle: 青岚大学学生资助管理处\n# 关于开展2025—2026学年“国家奖学金”评审工作的通知\n" + columnText},
		{"a field's line under a long title is no tail of it",
			"第二届青岚山乡村文化旅游节将于四月开幕\n主办：青岚县文旅局·青岚县融媒体中心\n\n" + column,
			"subtitle: 主办：青岚县文旅局·青岚县融媒体中心\n# 第二届青岚山乡村文化旅游节将于四月开幕\n" + columnText},
		{"two issuers under a long title are no tail of it",
			"2026年度云溪市城乡居民基本医疗保险参保缴费指南\n云溪市医疗保障局 国家税务总局云溪市税务局\n\n" + column,
			"# 2026年度云溪市城乡居民基本医疗保险参保缴费指南\n云溪市医疗保障局 国家税务总局云溪市税务局\n" + columnText},
		{"a -layout page: a section named for its news under the paper's name, over the title",
			"                                  河北日报\n                                  时政新闻\n         关于防范电信网络诈骗和春节期间安全出行的提示\n" + layoutRows(10),
			"# 关于防范电信网络诈骗和春节期间安全出行的提示\n" + layoutText(10)},
		{"the issuer and the date under a title set close, the first section right under them",
			"2026年1月15日 星期四\n2025年云溪市生态环境状况公报（摘要）\n云溪市生态环境局\n2026年2月10日\n一、总体状况\n\nB1\n\n" +
				"2025年，全市生态环\n境质量总体保持稳中向\n好。环境空气质量优良天\n数比例为88.2%，较上年\n提高2.7个百分点。\n",
			"# 2025年云溪市生态环境状况公报（摘要）\n云溪市生态环境局\n2026年2月10日\n## 一、总体状况\n2025年，全市生态环境质量总体保持稳中向好。环境空气质量优良天数比例为88.2%，较上年提高2.7个百分点。"},
		{"two bodies that issue the title together, the second's name of another kind",
			"2025年青岚市国民经济和社会发展统计公报（摘要）\n青岚市统计局 国家统计局青岚调查队\n2026年3月6日\n一、综合\n" + column,
			"# 2025年青岚市国民经济和社会发展统计公报（摘要）\n青岚市统计局 国家统计局青岚调查队\n2026年3月6日\n## 一、综合\n" + columnText},
		{"lines a masthead's parts part from the title read from below go under it",
			"教育周报 · 2025—2026学年第二学期第7周\n\n主管：市教育局 ｜ 主办：市教育报刊社 CN 51-0093 ｜ 邮发代号 62-18\n\n2026年4月13日—4月19日 ｜ 总第1532期\n\n关于做好2026年春季学期中小学校园安全工作的通知\n\n各区县教育局：\n\n" + column,
			"subtitle: 教育周报 · 2025—2026学年第二学期第7周\n# 关于做好2026年春季学期中小学校园安全工作的通知\n各区县教育局：\n" + columnText},
		{"a short name alone (a speck) between them and the title read from below moves nothing",
			"县域经济观察与思考2025年度报告\n\n口\n\n|\n\n合作社年度工作总结\n\n本报记者 王刚\n\n" + column,
			"subtitle: 合作社年度工作总结\n# 县域经济观察与思考2025年度报告\nbyline: 本报记者 王刚\n" + columnText},
		{"a lead's first line, no wider than the column, under a photo's caption is no title",
			"城东街道幸福食堂开张\n\n本报记者 王刚\n\n▲ 幸福食堂内景 李明 摄\n\n近日城东街道幸福食堂正式\n开门迎客六十岁以上老人凭\n卡就餐可享受八折优惠，每天\n供应午餐和晚餐两顿饭。\n",
			"# 城东街道幸福食堂开张\nbyline: 本报记者 王刚\n近日城东街道幸福食堂正式开门迎客六十岁以上老人凭卡就餐可享受八折优惠，每天供应午餐和晚餐两顿饭。"},
		{"a lead of two lines, the first wider, under a part of a masthead, is no title",
			"云溪市公布2026年十大民生实事\n\n玉米 2380元/吨 ▲12 大豆 4650元/吨 ▼30\n\n全市2026年重点民生实事项目清单已经确定并向社会公布\n共包括十个方面，35项具体任务。\n",
			"subtitle: 玉米2380元/吨▲12大豆4650元/吨▼30\n# 云溪市公布2026年十大民生实事\n全市2026年重点民生实事项目清单已经确定并向社会公布共包括十个方面，35项具体任务。"},
		{"a paper's name set upright beside the title block, a character before each of its lines",
			"海\n峡 冬季港口安全生产专项\n航 整治工作方案\n运 （征求意见稿）\n报\n\n" + column,
			"# 冬季港口安全生产专项整治工作方案\n（征求意见稿）\n" + columnText},
		{"orphaned labels at the end",
			"标题\n\n" + column + "\n2022年工作回顾\n\n五年来工作回顾\n\n郑州全媒体记者 董艳竹 王红\n",
			"# 标题\n" + columnText + "\nlabel: 2022年工作回顾\nlabel: 五年来工作回顾\nbyline: 郑州全媒体记者 董艳竹 王红"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := structure(c.in); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

func TestSourceFirstsCoverWords(t *testing.T) {
	for _, w := range sourceWords {
		if !strings.ContainsRune(sourceFirsts, firstRune(w)) || !sourceLike("某某"+w) {
			t.Errorf("sourceLike misses the first character of %q", w)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"“深圳卫视深视新闻”微信公众号", true},
		{"郑州全媒体记者 董艳竹 王红", true},
		{"新华社北京电", false},
		{"全力稳住经济大盘", false},
	} {
		if got := sourceLike(c.in); got != c.want {
			t.Errorf("sourceLike(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestHeadingOverTurn reads an interview's heading whose quoted term
// lists two phrases, wrapped over two lines, with a turn right under it.
func TestHeadingOverTurn(t *testing.T) {
	in := "访谈\n\n记者：听说榆陂还在试点\n车辆向电网反向送电？\n韩立舟：是的，就是V2G\n技术。电动汽车的电池本身就\n是一个“移动充电宝”，用电\n低谷时充电，高峰时把电卖回\n电网，车主能赚一点差价。\n记者：这项技术推广起来\n难点在哪里？\n韩立舟：难点主要有两\n个：一是支持反向送电的车型\n还不多，二是车主担心频繁充\n放电影响电池寿命。如果试点\n效果好，明年准备把试点站扩\n大到20个，优先在公交、出租\n车等运营车辆中推广。\n让新能源汽车“开得出去、充\n得回来”\n记者：今年有哪些新打\n算？\n韩立舟：今年的重点有三\n个。一是补短板，新建公共充\n电桩4000个。\n"
	// A heading that is one quotation, wrapped to two lines under a
	// sentence's end.
	in += "记者：站点建在哪里？\n韩立舟：先建在公交场站。\n记者：车主怎么报名？\n韩立舟：在手机上就能报名。\n“让每一块电池，都能找到第二\n次生命”\n记者：退役电池怎么处理？\n韩立舟：我们和回收企业合作，\n梯次利用到储能站。\n"
	md := Normalize(in, Options{}).Markdown
	for _, want := range []string{"\n## 让新能源汽车“开得出去、充得回来”\n", "\n## “让每一块电池，都能找到第二次生命”\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in\n%s", want, md)
		}
	}
}

// onlySpaceBetween counts the blank lines of the input, not those a
// column reader sets after the pieces of a line it parted.
func TestOnlySpaceBetween(t *testing.T) {
	text := func(no int) line { return line{no: no, text: "字"} }
	blank := func(no int) line { return line{no: no, blank: true} }
	gone := func(no int) line { return line{no: no, text: "松林日报", gone: true} }
	for _, tc := range []struct {
		name  string
		lines []line
		want  bool
	}{
		{"two blank lines", []line{text(1), blank(2), blank(3), text(4)}, true},
		{"three blank lines", []line{text(1), blank(2), blank(3), blank(4), text(5)}, false},
		{"a head gone between", []line{text(1), gone(2), blank(3), blank(4), text(5)}, true},
		{"the reader's blank lines after pieces", []line{text(3), blank(3), gone(4), blank(4), gone(4), blank(4), blank(5), blank(6), text(7)}, true},
		{"text between", []line{text(1), blank(2), text(3), blank(4), text(5)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := tc.lines[0].no, tc.lines[len(tc.lines)-1].no
			if got := onlySpaceBetween(tc.lines, a, b); got != tc.want {
				t.Errorf("onlySpaceBetween = %v, want %v", got, tc.want)
			}
		})
	}
}

// signatureBlock finds the block the signature opens by the line itself,
// not by its number: a -layout page reads its lines column after column.
func TestSignatureBlock(t *testing.T) {
	d := &draft{
		lines: []line{{no: 5, text: "梅林区人民政府"}, {no: 6, text: "2026年4月9日"}},
		blocks: []block{
			{kind: paragraph, text: "一、总体要求", first: 12, last: 12},
			{kind: paragraph, text: "全面完成年度目标。", first: 13, last: 20},
			{kind: paragraph, text: "二、工作措施", first: 3, last: 3},
			{kind: paragraph, text: "加快推进项目建设。", first: 4, last: 4},
			{kind: paragraph, text: "梅林区人民政府", first: 5, last: 5},
			{kind: paragraph, text: "2026年4月9日", first: 6, last: 6},
		},
		signature: []int{0, 1},
	}
	if got := d.signatureBlock(); got != 4 {
		t.Errorf("signatureBlock = %d, want 4", got)
	}
}

// TestRegexpPrefilters holds the cheap tests before issuer, datedDay,
// documentNumber and dottedNumber to the expressions.
func TestRegexpPrefilters(t *testing.T) {
	texts := append(strings.Split(sampleText(t), "\n"), "琅川市人民政府", "岑阳市住房和城乡建设局", "青岚省统计学会", "2026年4月16日", "二〇二六年四月十六日",
		"星期二", "周三", "农历丙午年", "2026-04-16", "2026年4月16日星期四", "琅政发〔2026〕12号", "琅政发（2026）3号", "局", "号", "",
		"。16。", "*。16。", " .15 . ", "\t·3·", "16。")
	for _, s := range texts {
		for _, c := range []struct {
			name     string
			fast, re bool
		}{
			{"issuer", isIssuer(s), issuer.MatchString(s)},
			{"datedDay", isDatedDay(s), datedDay.MatchString(s)},
			{"documentNumber", isDocumentNumber(s), documentNumber.MatchString(s)},
			{"dottedNumber", isDottedNumber(s), dottedNumber.MatchString(s)},
		} {
			if c.fast != c.re {
				t.Errorf("%s(%q) = %v, expression %v", c.name, s, c.fast, c.re)
			}
		}
	}
}

func TestOpeningReadAsClosing(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"让”数字乡村”落地见效", "让“数字乡村”落地见效", true},
		{"从”有没有”到”好不好”", "从“有没有”到“好不好”", true},
		{"让“数字乡村”落地见效", "让“数字乡村”落地见效", false},
		{"数字乡村”落地见效", "数字乡村”落地见效", false},   // one closing quote: its opening may be lost
		{"“有没有”到”好不好", "“有没有”到”好不好", false}, // the last mark: nothing tells
	} {
		got, ok := openingReadAsClosing(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("openingReadAsClosing(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestKickerAbove(t *testing.T) {
	line := func(no int, s string) block { return block{kind: paragraph, first: no, last: no, text: s} }
	for _, c := range []struct {
		kicker, title string
		want          bool
	}{
		{"27年守护千年文脉", "给古籍“看病”的人", true},
		// A few characters under a long line: the tail of a title that
		// wrapped, no title under a kicker.
		{"守护“绿水青山”的乡村实践：千年古村迎来新", "生机", false},
		{"坚持以人民为中心 办好民生实事", "幸福来敲门", true},
		// A date alone over the dash is no title.
		{"一条古道，半部商贸史", "2025年9月5日", false},
	} {
		blocks := []block{line(1, c.kicker), line(2, c.title), line(3, "——记郢州市图书馆古籍修复中心主任沈慕华")}
		if got := kickerAbove(blocks); got != c.want {
			t.Errorf("kickerAbove(%q, %q) = %v, want %v", c.kicker, c.title, got, c.want)
		}
	}
}
