package convert

import (
	"slices"
	"strings"
	"testing"
)

func TestWrappedHeadings(t *testing.T) {
	// Paragraphs in a column 13 characters wide whose first lines lost
	// their indent, around each case.
	const para = "过去五年，是极不寻常\n、极不平凡的五年。习近平\n总书记多次视察河北，发表\n重要讲话。\n"
	const before = para + para + para
	const after = "过去五年，是极不寻常、极\n不平凡的五年。习近平总书\n记多次视察河北，发表重要\n讲话、作出重要指示，为我\n们提供了强大思想政治引领\n"
	for _, c := range []struct {
		name string
		in   string
		want string // the block after the first paragraph
	}{
		{"section over two lines, a blank line after",
			"一、“十四五”时期经济社\n会发展回顾\n\n", "一、“十四五”时期经济社会发展回顾"},
		{"subsection over two lines, text right after",
			"（一）全力办好国家大事，\n纵深推进协同发展\n", "（一）全力办好国家大事，纵深推进协同发展"},
		{"a question over three lines",
			"02 对深圳乃至大湾\n区意味着什么，\n又意味着什么？\n\n", "02 对深圳乃至大湾区意味着什么，又意味着什么？"},
		{"a section over two lines, then a blank line and a subsection's first line as wide",
			"三、2026年国民经济和\n社会发展的主要任务\n\n（一）着力扩大有效需\n求，巩固经济回升向\n", "三、2026年国民经济和社会发展的主要任务"},
		{"OCR's blank line before a short tail",
			"三、 十五五”时期主要目\n\n标任务\n\n", "三、“十五五”时期主要目标任务"},
		{"OCR's blank line inside a quoted term",
			"一、2025年和“十四\n\n五”时期工作回顾\n\n", "一、2025年和“十四五”时期工作回顾"},
		{"OCR's blank line before the last character of a word",
			"二、“十五五”时期发\n展的主要目标和重大任\n\n务\n\n", "二、“十五五”时期发展的主要目标和重大任务"},
		{"OCR's blank line before a short tail, the break two characters after a comma",
			"（五）五年来，我们坚定\n不移加强社会治理，平安\n\n桥北更加巩固\n\n", "（五）五年来，我们坚定不移加强社会治理，平安桥北更加巩固"},
		{"subsection over three lines, its last as short as a lost indent, a paragraph right after",
			"（二）聚力建设现代化产业\n体系，以锂电新能源为引领\n推动先进制造业集群扩\n做大做强主导产业。围\n", "（二）聚力建设现代化产业体系，以锂电新能源为引领推动先进制造业集群扩"},
		{"a layout dump's blank rows before a heading's last character",
			"（一）优化设施布局，推进\n乡镇敬老院转型升\n\n\n\n级\n\n", "（一）优化设施布局，推进乡镇敬老院转型升级"},
		{"a centred heading's indented tail, a numbered heading right under it",
			"一、2025年主要\n  工作成效\n（一）基础设施建设\n", "一、2025年主要工作成效"},
		{"an indented section title that fills the column, a numbered line right under it",
			"  一、全市气候总体特征明显\n（一）气温偏高，降水偏少，极\n端\n  过去五年，是极不寻常、\n", "一、全市气候总体特征明显"},
		{"a run-in head runs on",
			"（六）积极推动高效\n能治理，社会文明程度不断\n提升。文化事业和文化产业\n", ""},
		{"a headline without a number that OCR wraps",
			"\n可持续运营是一道必答\n题\n\n", "可持续运营是一道必答题"},
		{"a headline whose tail closes its quote, after a sentence end short of the column",
			"让更多老人吃上“放心\n饭”\n\n", "让更多老人吃上“放心饭”"},
		{"a question whose centred tail is indented",
			"02 对深圳乃至大湾区意\n味着什\n    么？\n", "02 对深圳乃至大湾区意味着什么？"},
		{"a heading in a larger face, its centred last line indented like the paragraph after it",
			"一、客观看待过去一年\n的成绩，坚定做好经\n  济工作的信心\n  过去五年，是极不寻常、\n", "一、客观看待过去一年的成绩，坚定做好经济工作的信心"},
		{"a heading in a larger face, every line after the first centred",
			"二、准确把握当前形势\n  科学谋划经济工作\n   的总体思路\n\n", "二、准确把握当前形势科学谋划经济工作的总体思路"},
		{"an indented paragraph after a heading of one line in a larger face",
			"二、准确把握当前形势\n  科学谋划经济工作，把\n握经济工作的总体思路和重点\n任务。\n", "二、准确把握当前形势"},
		{"a heading in a larger face with a blank line in it",
			"一、客观看待过去一年\n\n的成绩，坚定做好经\n济工作的信心\n\n", "一、客观看待过去一年的成绩，坚定做好经济工作的信心"},
		{"a heading that wraps before the quoted term it ends with",
			"\n从“有没有”到\n“好不好”\n\n", "从“有没有”到“好不好”"},
		{"a phrase of two lines between blank lines, the second clearly shorter",
			"\n瞄准未来产业布局\n新赛道\n\n", "瞄准未来产业布局新赛道"},
		{"a heading's tail that closes its quote, half the column",
			"\n打通成果转化“最\n后一公里”\n\n", "打通成果转化“最后一公里”"},
		{"a heading in a larger face whose lines OCR set apart by blank lines",
			"二、准确把握当前形势\n\n科学谋划经济工作的\n\n全年总体思路和重点\n任务\n\n", "二、准确把握当前形势科学谋划经济工作的全年总体思路和重点任务"},
		{"a heading in a larger face, a blank line, a paragraph's first line as narrow, a full line",
			"二、准确把握当前形势\n\n做好今年的经济工作\n意义十分重大，从外部环境\n看，世界经济增长动能不足。\n", "二、准确把握当前形势"},
		{"a centred heading whose tail, the quoted term it ends with, is indented",
			"从“有没有”到\n    “好不好”\n\n", "从“有没有”到“好不好”"},
		{"a headline that quotes a saying with a comma in it",
			"\n“只要有人喊，船就得\n开”\n\n", "“只要有人喊，船就得开”"},
		{"a phrase over a short tail, narrower than text, a paragraph that lost its indent right after",
			"\n建设现代化产业\n新体系\n今年要做好经济工作，\n", "建设现代化产业新体系"},
		{"a section title that fills the column, OCR's blank line before its tail of a phrase",
			"一、2025年国民经济和社会\n\n发展计划执行情况\n\n", "一、2025年国民经济和社会发展计划执行情况"},
		{"a short section title over a blank line keeps its line",
			"一、总体要求\n\n发展计划执行情况\n\n", "一、总体要求"},
		{"a headline in a larger face over three lines between blank lines, a colon on its first",
			"\n专家：智慧农业贵\n在落地见效的“最\n后一步”\n\n", "专家：智慧农业贵在落地见效的“最后一步”"},
		{"a headline in a larger face over three lines, its quote cut",
			"\n一张“明白\n纸”讲清楚\n新政策\n\n", "一张“明白纸”讲清楚新政策"},
		{"a headline in a larger face over three lines, a layout dump's blank rows between them, more around them",
			"\n\n\n专家：智慧农业贵\n在落地见效的“最\n\n后一步”\n\n\n", "专家：智慧农业贵在落地见效的“最后一步”"},
		{"a headline in the text's column with no blank line around it, after a sentence's end, over a first line that lost its indent",
			"专家观点：数字赋能乡村振\n兴的“新农具”\n今年以来，全县推广\n", "专家观点：数字赋能乡村振兴的“新农具”"},
		{"a labelled headline over two lines between blank lines",
			"\n专家观点：数字赋能\n乡村新农具\n\n", "专家观点：数字赋能乡村新农具"},
		{"a labelled headline whose tail is long where the break cut its quoted term",
			"\n专家观点：让“数\n字乡村”上“快车道”\n\n", "专家观点：让“数字乡村”上“快车道”"},
		{"a headline of two phrases in the text's size, wrapped, a paragraph's first line short by its lost indent under it",
			"以小切口撬动大科普，让科\n学走进千家万户\n科普周期间，全市共举\n", "以小切口撬动大科普，让科学走进千家万户"},
		{"a paragraph whose stop OCR dropped, over a full line, is no headline where paragraphs start indented",
			"与会代表纷纷表示将全力以\n赴完成全年目标\n科普周期间全市共举办各类\n",
			"与会代表纷纷表示将全力以赴完成全年目标科普周期间全市共举办各类过去五年，是极不寻常、极不平凡的五年。习近平总书记多次视察河北，发表重要讲话、作出重要指示，为我们提供了强大思想政治引领"},
		{"a heading of one line keeps its line",
			"（三）保护生态\n坚持绿色发展，持续推\n进生态环境保护修复，统筹\n", "（三）保护生态"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses("标题\n\n"+before+c.in+after, controlChars{}, charRepairs{}, sentenceBreaks{}, unwrap{})
			if len(d.blocks) < 5 {
				t.Fatalf("blocks %q", texts(d.blocks))
			}
			got := d.blocks[4].text
			if c.want == "" {
				if !strings.HasPrefix(got, strings.Split(c.in, "\n")[0]) || !strings.Contains(got, "文化事业") {
					t.Errorf("run-in head split off: %q", texts(d.blocks))
				}
				return
			}
			if got != c.want {
				t.Errorf("heading block %q, want %q (blocks %q)", got, c.want, texts(d.blocks))
			}
		})
	}
}

func texts(bs []block) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.text)
	}
	return out
}

func TestEnglishWrappedHeadings(t *testing.T) {
	const text = "The fiscal program of the Government must be\ndetermined with reference to these maturities and\nthe needs of the years ahead of us, as it is now.\nbeen more important.\n\n"
	for _, c := range []struct{ name, in, want string }{
		{"a title-case heading over two lines", "A Ledger Older Than the\nAirplane\nThe idea was simple, and it was\n", "A Ledger Older Than the Airplane"},
		{"its last line starts with a small word", "Forty Years, One Morning at\na Time\nMr. Lindqvist has thought about\n", "Forty Years, One Morning at a Time"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses("Title of the Piece\n\n"+text+c.in+"what will happen to his station. His\n", controlChars{}, charRepairs{}, unwrap{})
			for _, b := range d.blocks {
				if b.text == c.want {
					return
				}
			}
			t.Errorf("no block %q in %q", c.want, texts(d.blocks))
		})
	}
}

func TestCountedEnd(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"一座城市里年轻人的第二张", true},
		{"建成一座", true},
		{"每个", true},
		{"第十次", false},
		{"张", false},
		{"", false},
		{"一张课表", false},
	} {
		if got := countedEnd(c.in); got != c.want {
			t.Errorf("countedEnd(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestDeAfterFirst(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"廊的净宽不应小于1.2米。", true},
		{"他的父亲是一名渡工。", false},
		{"的确如此。", false},
		{"1的倍数", false},
		{"的", false},
	} {
		if got := deAfterFirst(c.in); got != c.want {
			t.Errorf("deAfterFirst(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestUnquoted(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"让新能源汽车“开得出去、充得回来”", "让新能源汽车"},
		{"一是“稳”，二是“进”。", "一是，二是。"},
		{"让新能源汽车“开得出去、充", "让新能源汽车"},
		{"没有引号、也没有术语", "没有引号、也没有术语"},
	} {
		if got := unquoted(c.in); got != c.want {
			t.Errorf("unquoted(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHeadingCutInAWordOverABlankLine(t *testing.T) {
	// A column nine characters wide, as OCR read it.
	para := "累计改造老旧小区\n214个，惠及居民6.8\n万户。加装电梯1136\n部，位居全市前列。\n\n"
	in := "标题\n\n" + para + para + "(二) 五年来，我们坚\n\n定不移推进城市更新，\n城区品质显著提升\n\n" + para
	got := unwrapped(in)
	want := "（二） 五年来，我们坚定不移推进城市更新，城区品质显著提升"
	if !slices.Contains(got, want) {
		t.Errorf("blocks %q, want the heading %q", got, want)
	}
}

// An item whose full last line a column's break cut in a word goes on
// after the blank line: no heading ends there.
func TestItemCutAtBreak(t *testing.T) {
	const para = "过去五年，是极不寻常\n、极不平凡的五年。习近平\n总书记多次视察河北，发表\n重要讲话。\n"
	in := "标题\n\n" + para + para + "1.对上一供暖季群众投诉集\n中的小区，各供热企业要逐\n\n一建立问题台账，分析原因\n、制定方案，按时完成整改。\n" + para
	d := applyPasses(in, controlChars{}, charRepairs{}, sentenceBreaks{}, unwrap{})
	for _, b := range d.blocks {
		if strings.HasPrefix(b.text, "1.") && !strings.Contains(b.text, "逐一建立") {
			t.Errorf("item cut at the break: %q", texts(d.blocks))
		}
	}
}

func TestTextUnderHeadingAcrossBlankLine(t *testing.T) {
	// OCR's blank lines around a headline in a column 13 characters
	// wide: the paragraph under it opens short by the indent it lost, over
	// a full line, and goes on across the next blank line.
	const para = "过去五年，是极不寻常\n、极不平凡的五年。习近平\n总书记多次视察河北，发表\n重要讲话。\n"
	in := "标题\n\n" + para + para + para + "\n专家观点：数字赋能\n乡村新农具\n\n各乡镇积极探索数字\n\n" +
		"农业新模式，建设智慧大棚\n和冷链仓储设施，带动农户\n增收致富，受到群众欢迎。\n"
	d := applyPasses(in, controlChars{}, charRepairs{}, sentenceBreaks{}, unwrap{})
	got := texts(d.blocks)
	if len(got) != 6 || got[4] != "专家观点：数字赋能乡村新农具" || !strings.HasPrefix(got[5], "各乡镇积极探索数字农业") {
		t.Errorf("blocks %q, want the heading, then one paragraph under it", got)
	}
}

func TestSectionTitleOverInterviewTurn(t *testing.T) {
	// A section title that fills the column, OCR's blank line, then the
	// interview's next question: the title ends over the turn.
	const para = "过去五年，是极不寻常\n、极不平凡的五年。习近平\n总书记多次视察河北，发表\n重要讲话。\n"
	const turns = "问：补贴怎么申请？\n答：登录平台填写信息，提\n交材料即可。\n"
	in := "标题\n\n" + para + para + para + turns + turns + turns + "\n三、群众关心的补贴\n\n问：补贴什么时候发放\n？\n答：审核通过后十个工作日\n内发放。\n"
	d := applyPasses(in, controlChars{}, charRepairs{}, sentenceBreaks{}, unwrap{})
	got := texts(d.blocks)
	if !slices.Contains(got, "三、群众关心的补贴") {
		t.Errorf("blocks %q, want the section title alone", got)
	}
}

func TestWrappedHeadlineOverFlushParagraph(t *testing.T) {
	// Paragraphs that start flush, their first lines full, in a column
	// 12 characters wide.
	const para = "全市科普工作坚持面向群众服\n务基层，推动科学知识走进社\n区学校和乡村。\n"
	in := "科普周回顾\n\n" + para + para +
		"让“小切口”撬动大科普，让\n科学进万家\n科普周期间全市共举办各类\n活动一百二十场，吸引市民踊\n跃参加。\n" + para
	d := applyPasses(in, controlChars{}, charRepairs{}, sentenceBreaks{}, unwrap{})
	want := "让“小切口”撬动大科普，让科学进万家"
	if !slices.Contains(texts(d.blocks), want) {
		t.Errorf("no block %q in %q", want, texts(d.blocks))
	}
}

func TestWrappedHeadlineOverIndentedParagraph(t *testing.T) {
	// Paragraphs whose first lines kept their indent (pdftotext -layout),
	// in a column 13 characters wide.
	const para = "    全市科普工作坚持面向群\n众服务基层，推动科学知识走\n进社区学校和乡村。\n"
	in := "科普周回顾\n\n" + para + para +
		"让“小切口”撬动大科普，让\n科学进万家\n    科普周期间全市共举办各\n类活动一百二十场，吸引市民\n踊跃参加。\n" + para
	if got := structure(in); !strings.Contains(got, "\n## 让“小切口”撬动大科普，让科学进万家\n") {
		t.Errorf("no headline in\n%s", got)
	}
}
