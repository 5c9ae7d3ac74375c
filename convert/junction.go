package convert

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cjk-publish/publish/words"
)

// Where a paragraph ends: the decision unwrap takes between every two
// lines with text.

// paragraphEnds decides whether a paragraph ends between lines a and b;
// p is the paragraph a belongs to, first the index of the first line with
// text (firstBody).
func paragraphEnds(d *draft, a, b *line, ba, bb *body, p *openPara, first int) bool {
	j := junction{a: a.text, b: b.text, wa: ba.w, bFull: bb.w >= bb.col-1, underText: ba.gap == 0, col: p.column(), start: p.lines == 1, second: p.lines == 2, zh: d.zh(), open: p.first, ends: ba.ends,
		indentLost: d.indentLost, afterBlank: ba.gap > 0 && !ba.doubled && !d.blanksInText, turn: ba.turn, alnumA: ba.alnum,
		afterHead: p.afterHead}
	j.slack = max(3, j.col/12)
	j.full = j.wa >= j.col-j.slack
	if j.zh && j.ends && !j.start && (!p.loose || d.alnumExact) && !startsAlnum(j.b) {
		// A sentence end short of the column by a character is a
		// paragraph end: full CJK lines fill the column to within half
		// a character, only a number or word that would not fit leaves
		// a wider gap, and then the next line starts with it. Not on a
		// paragraph's first line (it may have lost its indent), nor,
		// unless the document sets them exactly, in a paragraph whose
		// column was measured on lines with digits or Latin letters,
		// which are set narrower or wider than half an em: each run of
		// them loosens the measure.
		j.full = j.wa >= j.col-2-ba.alnum
		if !d.misread() && measuredWhole(j.a) {
			// Extraction's widths (no OCR's) of a line without marks
			// measured at half their width are exact: a line a
			// character short ends its paragraph, which need not open
			// with an indent.
			j.full = j.wa >= j.col-1-ba.alnum
		}
		if d.alnumExact {
			// Where they are measured exactly, a full line is short of
			// the column by less than a Chinese character (the column
			// being its lower median, a half-width one already):
			// only the stray spaces the measure leaves out loosen it.
			j.full = j.wa >= j.col-1-strings.Count(j.a, " ")
		}
	}
	if j.zh && j.firstLineIndented() {
		// A first line short by the indent OCR dropped filled the
		// column: "（十）…安全。" there is a run-in head, the text goes
		// on below it.
		j.full = true
	}
	if j.zh && a.spaced && bb.gap == 0 && startsUnbreakable(j.b) {
		// A line letter-spaced by justification was stretched to the
		// column: the next line's first word or figure did not fit
		// ("1. 动 员 部 署 阶 段" / "（2026年2月至3月）。各").
		j.full, j.stretched = true, true
	}
	if j.zh && j.start && j.full && bb.gap > 0 && ba.alnum == 0 && headingPattern(j.a) == patSub && !containsAnyOf(j.a, "，、；") {
		// "（一）压实工作责任" / "" / "各县（市、区）政府…": a subsection's
		// title that seems to fill a column measured on lines OCR read a
		// character short.
		j.roomLeft = widerBelow(d, bb, j.wa+4)
	}
	// Wider than the column (a heading set across columns): the indent
	// and a mark hung in the margin do not count.
	j.wider = j.wa-a.indentW-2 > j.col+j.slack
	if !j.zh {
		// English is set ragged: a line is full when the next word
		// would not have fitted on it.
		j.full = j.wa+1+utf8.RuneCountInString(firstWord(j.b)) > ba.cmax
		if ba.pw > 0 && ba.pmax > 0 {
			j.full = j.full || ba.pw+int(latinAdvance[0])+latinWidth(firstWord(j.b)) > ba.pmax
		}
	}
	switch {
	case a.emphasized != b.emphasized:
		return true // emphasis dots stood under a heading's lines, none under the text's
	case a.emphasized:
		return false // the heading wraps on
	case bb.headCont:
		return false // the heading wraps on
	case ba.wordRun && bb.gap == 0:
		return false // a justified line split into words goes on
	case ba.headEnd, bb.headStart:
		return true
	case j.zh && b.ruled:
		return true // "| 把手艺教给年轻人": the rule beside a heading, as OCR read it
	case j.zh && a.ruled && p.lines == 1 && !hasEndPunct(j.a) && !cutInPhrase(j.a, j.b):
		return true // the heading stands apart from the text under it
	case p.title && datedAlone.MatchString(j.b):
		return true // "…公共文化服务提质增效方案" / "（2026年3月12日）": the title ends over its date
	case p.title && p.lines == 1 && b.indent && titleWraps(j.a, j.b, d.lineAfter(bb.idx), false):
		return false // "…城乡公共充" / "    电网": a title's centred tail ends the word cut at its first line
	case b.split || b.indent || a.row || b.row:
		return true // a row of figures stands apart
	case cannotStart(j.b, j.zh):
		return false // "。坚持…": the text goes on
	case j.zh && j.start && ba.idx < d.top && (j.wa < j.col-j.slack && issuer.MatchString(j.a) || issuers(j.a)):
		// "琅川市生态环境局" / "（2026年6月5日）": the issuer's name alone,
		// above the text; or the names of two that issue it together
		return true
	case j.zh && j.start && ba.idx < d.top && dateAlone(j.a):
		return true // "2026年6月5日" / "" / "各区县人民政府：": the document's date, above the text
	case j.zh && j.start && ba.idx < d.top && bb.idx == d.top && dropCap(j.a):
		return false // "入" / "" / "夜，城东的老街…": the first paragraph's first character, set large
	case j.zh && opensWithDe(j.b) && !hasEndPunct(j.a):
		return false // "会指出，五年来" / "的实践积累了…": no sentence opens with 的
	case bb.turn &&
		(j.ends || p.lines <= maxHeadLines && !hasEndPunct(strings.TrimRight(a.text, closers)) && (bb.gap > 0 || closesQuote(p.first, j.a) || p.lines == 1 && wholeQuote(j.a))):
		// "…变化是什么？" + "王启明：最大的变": the next turn of an
		// interview; so after a heading and a blank line, right under
		// a heading whose tail closes its quoted term, or under a
		// heading that is one quotation ("“让数据多跑路”").
		return true
	case bb.turn && j.zh && !j.full && p.lines <= 2 && phraseAboveTurn(p.first, j.a, p.lines):
		// "记者手记：守住“一老一小”" + "问：…": a heading of one
		// phrase, narrower than the column, its quotes closed, right
		// above an interview's turn; text would end in a mark.
		return true
	case j.zh && bb.gap > 0 && bb.below == 0 && sectionAlone(j.b) && bb.w < j.col-j.slack:
		// "…无力承担配套资" / "" / "四、对策建议" / "": a section
		// title alone between blank lines heads what follows, even
		// where the text above breaks off at a column or page end.
		return true
	case j.zh && bb.gap > 0 && bb.below == 0 && headingPattern(j.b) == patSection && !hasEndPunct(j.b) &&
		bb.w > j.col+j.slack && onePhrase(j.b, 40):
		// "…做深做" / "" / "二、聚焦企业全生命周期服务需求，在…取得新突破"
		// / "": a section title set over the columns, between blank
		// lines, heads what follows, where OCR lost the end above it.
		return true
	case j.zh && bb.gap > 0 && bb.below == 0 && !bb.doubled && subsectionAlone(j.b):
		// "…860元和720" / "" / "（五）聚焦生态优先，厚植绿色发展底色" / "":
		// a subsection title alone between blank lines heads what
		// follows, whatever the text above it does.
		return true
	case p.title && p.lines == 2 && repeatsAsHead(d.lines, p.first+j.a):
		return true // the title's two lines, as a later page's head repeats them: the title ends
	case p.title && p.lines == 2 && (titleCutOff(p.first) || closesOpenMark(p.first, j.a) && !shortTail(j.b)) && !cutInPhrase(j.a, j.b):
		// A title cut off on its first line ends with its second; one
		// whose second line closes a quote or a book's title may end in
		// a word or two more ("《…条例" / "》政策" / "问答").
		return true
	case j.zh && p.title && p.lines == 2 && wrapTail(p.first, j.a) && width(j.b) > width(j.a)+4:
		// "…“国家励志奖学金”评审工作的" / "通知" / "青岚大学学生资助中心":
		// a wrapped title's short last line ends it; a wider line
		// under it is the next line of the title block.
		return true
	case p.title && p.lines > 1 && p.lines <= 3 && bb.gap > 0 && !bb.doubled:
		return true // a title that wrapped ends before a blank line, as one of a line does
	case j.zh && p.title && p.lines > 1 && (isIssuer(j.b) || issuers(j.b) || dateAlone(j.b)):
		return true // a title that wrapped ends before the issuer's name or the date under it
	case j.zh && (isChapterAlone(j.a) || isChapterAlone(j.b)):
		return true // "第一章 总则": a chapter's title stands apart
	case j.zh && hasEndPunct(j.a) && strings.HasPrefix(j.b, "第") && articleOpens.MatchString(j.b):
		return true // "…制定本办法。" / "第二条 本市…": an article opens
	case j.zh && j.start && strings.HasPrefix(j.a, "第") && articleOpens.MatchString(j.a) && !hasEndPunct(j.a):
		return false // "第四条 市、县" / "（市、区）人民政府应": an article's number opens text, no heading
	case j.zh && (endMark(j.a) == '；' && (!j.full || headingPattern(j.open) == headingPattern(j.b)) || endMark(j.a) == '：' || colonReadAscii(j.a)) &&
		headingPattern(j.b) != noPattern:
		// "间；" / "（二）按照规定配": the next item of a list (also after
		// a full line, where the item numbered alike ends); "…下列
		// 要求：" (OCR's "要求:") / "（一）与住宅…": its first
		return true
	case j.zh && (p.lines == 1 && ba.idx <= d.top || p.title) && strings.HasPrefix(j.b, "——") && !hasEndPunct(j.a) && !endsSoft(j.a):
		// "给古籍“看病”的人" / "——记郢州市…": a subtitle's dash under a
		// title line, or under a title that wrapped
		return true
	case j.zh && labelledItem(j.b) && (endMark(j.a) == '：' || colonReadAscii(j.a) ||
		j.start && !hasEndPunct(j.a) && labelledItem(j.a) && !strings.ContainsAny(j.a, "，。！？") && !cutInPhrase(j.a, j.b) ||
		j.second && !j.full && labelledItem(j.open) && hasDigit(j.open) && !strings.ContainsAny(j.open+j.a, "。！？；") && !endsSoft(j.a) && !cutInPhrase(j.a, j.b)):
		// "…主要指标如下：" / "缴存人数：12.6万人" / "缴存总额：9.85亿元": a
		// list of labelled figures, an item a line, with no stop (not
		// "联系人：周敏，联" / "系电话：…", a word cut, nor "王启明：没有
		// 了。他告诉" / "记者：…", a sentence going on); or an item
		// wrapped to a second line short of the column ("个人住房贷款：
		// 12.6亿元，同比增" / "长8.1%" / "提取总额：…").
		return true
	case j.zh && j.start && j.wider && strings.HasPrefix(j.a, "——") && !hasEndPunct(j.a):
		// "——读《古盐道》" set across the columns, the text under it in
		// a column: a subtitle; an enumeration's dash line keeps to the
		// column.
		return true
	case j.zh && len(d.signature) > 0 && bb.idx >= d.signature[0]:
		// "…更加美好的澧城！" / "澧城市精神文明建设指导委员会办" / "公室" /
		// "澧城市公安局" / "2026年5月18日": each name that signs, and the
		// date, a paragraph of its own, a name wrapped over two lines one.
		return slices.Contains(d.signature, bb.idx)
	case j.zh && (strings.HasPrefix(j.a, "（") || strings.HasPrefix(j.a, "(")) && datedAlone.MatchString(j.a):
		return true // "（2026年6月5日）": the date under a title or a signature stands alone
	case j.zh && j.ends && bb.gap > 0 && d.indentLost && phraseOverParagraph(j.b, *bb, j.col):
		// "…学员超过8.6万人次。" / "" / "一张课表引来“抢课潮”" / "“每到放课表
		// 那天晚": a phrase without a mark, after a sentence end and a
		// blank line, over a first line short by its lost indent, is a
		// heading however wide (text would end in a mark).
		return true
	case j.zh && j.ends && bb.gap > 0 && bb.below == 0 && narrowerThanText(j.b, "", *bb):
		// "…好好逛一逛。" / "" / "保障细节藏在每一公里" / "": a phrase alone
		// between blank lines, narrower than text would leave a line
		// that opens a paragraph, after a sentence end: a heading, where
		// blank lines cut sentences too.
		return true
	case j.zh && bb.gap == 0 && !hasEndPunct(j.a) && 5*j.wa < 3*j.col && headingPattern(j.b) == patSub && !hasEndPunct(j.b) && onePhrase(j.b, 20):
		// "双方协商一致" / "（二） 出生登记": a line well short of the
		// column ends its paragraph where a subsection's title follows,
		// though OCR lost the mark after it.
		return true
	case j.zh && j.ends && j.full && bb.gap == 0 && bb.below == 0 && bb.w <= j.col-4 && runeCount(j.b) >= 4 && quotedHan(j.b) &&
		strings.ContainsRune("。！？", lastRune(j.a)) && !cutInPhrase(j.a, j.b):
		// "…全年新增冷库12座。" / "冷链物流补齐短板" / "": a phrase of
		// Chinese characters alone under a sentence's end, a blank line
		// under it, heads what follows; a paragraph's last line would end
		// in a mark.
		return true
	case j.zh && opensNewsItem(j.b):
		return true // "本报讯（记者…": a news item's first paragraph
	case j.zh && p.lines <= 3 && !hasEndPunct(j.a) && itemUnder(headingPattern(j.open), headingPattern(j.b)) && onePhrase(j.open, 40):
		// "（三）着力解决群众供暖难题" / "1.对上一供暖季…": a numbered
		// title without a mark, the first item under it next, across a
		// page's foot too; text would end in a mark before an item.
		return true
	case ba.idx == first && ba.idx <= d.top && titleGoesOn(j.b) &&
		(titleCutOff(j.a) || closesOpenMark(j.a, j.b) || cutInPhrase(j.a, j.b) && runeCount(j.b) <= 8 && endsTitleBlock(d.lineAfter(bb.idx))):
		// "琅川市" / "2026年5月12日 星期二" / "2025年生态环境状况公报": a
		// title set on two lines of two sizes, the masthead's date
		// read between them; or cut in a quoted term or a book's title
		// that the next line closes ("《…条例" / "》解读"), or in a word
		// before its short tail ("…城乡公" / "共充电网").
		return false
	case ba.idx == first && bb.gap == 0 && repeatsAsHead(d.lines, j.a+j.b):
		return false // the title wrapped: a later page's head repeats it in one line
	case ba.idx == first && (bb.gap > 0 || ba.idx <= d.top):
		// The title line stands apart, from the author's name under it
		// too, but for a long title that wraps.
		return bb.gap > 0 || !titleWraps(a.text, b.text, d.lineAfter(bb.idx), bb.idx < d.top)
	}
	if j.zh && j.ends && j.full && bb.gap == 0 && headingBetween(j.b, *bb, j.col, indentedBelow(d, *bb)) && !cutInPhrase(j.a, j.b) {
		// "…传了一百多年。" / "七十二道工序" / "青竹坪的竹纸，当地": a
		// sentence ends on a full line, a short phrase follows, and the
		// line after it opens a paragraph: the phrase is a heading, text
		// would end in a mark.
		return true
	}
	if col := max(j.col, bb.col); j.zh && j.start && (ba.w < col-j.slack || strings.ContainsRune("”》）」", lastRune(j.a))) && headOverSubhead(j.a, j.b, bb, col) {
		// "…为民服务的底色。" / "迎峰度夏，守住“底线”" / "保供电" / "今年7月以来，全市…":
		// a heading, short of the column or as wide as it where it ends
		// with a closing mark (a paragraph's line that fills the column
		// ends anywhere, and OCR may drop the stop after its short last
		// line: "今年夏季，全市用电负荷攀升" / "再创新高"), over a
		// shorter phrase without a mark, over a paragraph's first line: a heading and the
		// subheading under it (a paragraph's second line would be full
		// or end with a stop). The column is the wider of the one
		// measured for the paragraph and the one around its lines.
		return true
	}
	if j.zh && j.ends && bb.gap == 0 && quotedHeadOverTurn(d, bb.idx) {
		// "…一个都不能少。" / "“让每一粒种子，都能找到" / "合适的土壤”" /
		// "记者：…": a quoted heading wrapped to two lines, right above
		// an interview's next turn; text would end in a mark.
		return true
	}
	if brk, ok := j.standsApart(ba, bb); ok {
		return brk
	}
	if bb.doubled && ba.doubled && bb.gap >= 2 && j.ends {
		// Where every line is followed by a blank line, a second one
		// after a sentence end is a paragraph break.
		return true
	}
	if j.indentLost && !bb.ends && shortByIndentLoose(bb.w, j.col, bb.alnum) && shortByIndentLoose(bb.w, bb.col, bb.alnum) &&
		(j.ends || j.standsAlone(bb)) {
		// A line ends a sentence, or stands alone as a phrase (a
		// heading), and the next falls short by the indent OCR
		// dropped, of its own column too (not a narrower column
		// starting): it opens a paragraph.
		return true
	}
	if j.zh && bb.gap == 0 && j.ends && !j.start && columnChanges(j.col, bb.ahead) && !columnChanges(bb.ahead, bb.w) {
		// The lines from b on fill a column of another width, b too:
		// a new column block, which starts with a paragraph after a
		// sentence end.
		return true
	}
	if !j.zh && bb.gap == 0 && j.ends && indentedFirstLine(*bb) {
		return true // "…you deserve them." + "Let me start with the plain": b opens a paragraph
	}
	if bb.gap == 0 || (j.zh && bb.pageBreak) || (bb.doubled && ba.doubled) {
		return j.endsInRun()
	}
	return j.endsAtBlank(bb.indents || d.blanksInText)
}

// junction is the place between two lines, with what the decision needs.
type junction struct {
	a, b      string // the line before and the line after
	wa, col   int    // width of a, local column width
	bFull     bool   // b fills its own column, to within half a character
	underText bool   // no blank line comes before a
	slack     int    // how much narrower than the column a full line may be
	full      bool   // a fills the column
	wider     bool   // a is wider than the column
	start, zh bool   // a begins its paragraph; Chinese text
	second    bool   // a is the second line of its paragraph
	stretched bool   // a was letter-spaced to fill the column
	open      string // the first line of a's paragraph
	ends      bool   // a ends a sentence
	// indentLost: first lines here are short by a lost indent.
	indentLost bool
	// afterBlank: a blank line comes before a.
	afterBlank bool
	// afterHead: a's paragraph opens right under a heading.
	afterHead bool
	// turn: a opens a turn of an interview ("记者：能否用一些").
	turn bool
	// alnumA: the runs of digits and Latin letters in a (alnumRuns).
	alnumA int
	// roomLeft: a line of the text under a, set in Chinese only, is two
	// characters wider than a: a's line was not full.
	roomLeft bool
}

// widerBelow reports whether one of the first three lines of bb's run,
// set in Chinese characters and marks only, is at least w wide, its
// spaces (OCR's) left out.
func widerBelow(d *draft, bb *body, w int) bool {
	for i := bb.idx; i < len(d.lines) && i < bb.idx+3; i++ {
		l := &d.lines[i] // a pointer: lines are large to copy
		if l.blank || l.gone {
			return false
		}
		if alnumRuns(l.text) == 0 && 2*(runeCount(l.text)-strings.Count(l.text, " ")) >= w {
			return true
		}
	}
	return false
}

// fullBelow reports whether the line under bb fills the column: bb, a
// line short by an indent over it, opens a paragraph that lost its
// indent, where the document's other paragraphs may not show it.
func fullBelow(bb *body) bool {
	return bb.below >= bb.col-max(3, bb.col/12) && !bb.belowAlnum
}

// phraseAboveTurn reports whether the paragraph of n lines (one or two)
// from first to a is a heading's phrase: no mark of a sentence or a
// clause outside quotes but a colon, its quotes closed, no longer than a
// heading.
func phraseAboveTurn(first, a string, n int) bool {
	text := first
	if n == 2 {
		text += a
	}
	return !hasEndPunct(strings.TrimRight(a, closers)) && !containsAnyOf(unquoted(text), "，。；！？、,;!?") &&
		strings.Count(text, "“") == strings.Count(text, "”") && runeCount(text) <= maxHeading
}

// standsApart catches lines that are paragraphs of their own whatever
// follows: headings, labels, decks, bylines, source lines. ok is false
// when it has nothing to say.
func (j *junction) standsApart(ba, bb *body) (brk, ok bool) {
	a, b := j.a, j.b
	overBlank := bb.gap > 0
	pattern := headingPattern(a)
	switch {
	case j.zh && pattern != noPattern && j.start && !overBlank && leavesOpen(a, b):
		// "（一）新生儿姓名…将同时用于《出生" / "医学证明》、…": a numbered
		// line cut inside a book title or a quotation goes on; a
		// heading closes what it opens.
		return false, true
	case j.zh && pattern != noPattern && j.start && !hasEndPunct(a) && (runInHeadEnd(b) || commaAfterFirst(b)):
		// "（一）产业发展量质齐" + "升。新增…", "（二）着力抓创新强产" +
		// "业，新质…": a run-in head goes on
		return false, true
	case j.zh && j.start && (pattern == patSection || pattern == patSub) && onePhrase(a, 40) && !hasEndPunct(a) && opensEnumeration(b):
		return true, true // "（一）全力扩大有效需求" + "一是激发消费潜能。": the heading stands apart
	case j.zh && pattern == noPattern && !hasEndPunct(a) && endsClauseEarly(b):
		return false, true // "…这盘大棋" + "中，被寄予…": the sentence goes on
	case !j.zh && j.start && strings.Contains(a, ",") && datelineEnd(b):
		return false, true // "Riverside Convention Hall, Port" + "Alder, February 9, 2026": a dateline wraps
	case !j.zh && overBlank && datelineEnd(a):
		return true, true // the dateline ends before a blank line
	case j.start && !j.stretched && isStandalone(a, j.wa, j.col, j.zh) && !(j.zh && words.Splits(a, b)):
		return true, true // a label, heading or deck line (not one cut in mid word: "这种种都为深" / "圳稳步…")
	case !j.zh && j.start && !j.full && looksLikeEnglishHeading(a) && !hasEndPunct(a):
		return true, true // a label, heading or deck line
	case !j.zh && j.ends && looksLikeEnglishHeading(b) && !hasEndPunct(b) && bb.w <= j.col*3/4:
		return true, true // "…on Mill Street.”" + "The Problem of Succession": a heading
	case j.zh && j.start && pattern == patSection && sectionTitle(a):
		// "一、…回顾": a section title names its part in one phrase
		// without a stop; running text that opens with "一、" has
		// clause marks within a line, so this holds at any width.
		return true, true
	case j.start && pattern != noPattern && onePhrase(a, 40) && (!j.full || j.wider) && !j.firstLineIndented() && !cutAfterComma(a) &&
		!(j.zh && hasClauseMark(a) && cutInPhrase(a, b)) && !strings.HasSuffix(a, "/") &&
		!(j.zh && pattern == patNumbered && !overBlank && j.wa >= j.col*8/10 && !hasEndPunct(a)) &&
		!(j.zh && endMark(a) == '。' && !overBlank):
		// A numbered heading, narrower or wider than the column; not an
		// item's first line with a clause in it, cut in a word ("6.候梯厅
		// 深度不应小于1.5米，候梯厅和连" / "廊的净宽…"), or in a unit
		// ("…宜为1.0米/" / "秒。"), nor an item's first line most of the
		// column wide, the text right under it ("1.各供热企业要于10月20日前"
		// / "完成换热站…": the indent it lost, or figures set narrow); nor
		// an item whose first sentence ends the line with the text right
		// under it ("（二）申请人应当对…负责。" / "提供虚假信息的，…": a
		// paragraph, as a run-in head's is).
		return true, true
	case j.zh && j.start && j.full && (j.indentLost || fullBelow(bb)) && (!overBlank || bb.gap == 1 && !bb.doubled) && (pattern == patSection || pattern == patSub) && onePhrase(a, 40) &&
		!hasEndPunct(a) && !endsSoft(a) && (shortByIndentLoose(bb.w, j.col, bb.alnum) || j.wa >= j.col && bb.alnum > 0 && shortByIndent(bb.w, j.col, "") && measuredWhole(b)) &&
		!bb.ends && !cutInPhrase(a, b) && !words.Splits(a, b):
		// "（一）全力以赴稳增长" / "抓实项目投资。全年安": a numbered title
		// that fills the column, over a first line short by the indent
		// it lost, stands apart (a run-in head's next line is full).
		return true, true
	case j.zh && j.start && j.indentLost && !overBlank && pattern == noPattern && runeCount(a) >= 4 && runeCount(a) <= 20 &&
		!hasEndPunct(a) && !strings.ContainsAny(a, "；：。！？“”《》（）") && (!strings.Contains(a, "、") || seriesHead(a, bb)) && longPhrases(a) &&
		!strings.ContainsRune("了的着过得地将和与及并而", firstRune(b)) && !j.turn && !sourceLike(a) &&
		j.alnumA == 0 && bb.alnum == 0 && (shortByIndent(bb.w, j.col, b) || underFullerLine(b, bb, j.col)) && !bb.ends && !cutInPhrase(a, b) && !words.Splits(a, b):
		// "…问题解答准确率达到93%。" / "企业培育有梯度" / "企业是产业发展的
		// 主体，…": a phrase without a mark after a sentence's end, over
		// a first line short by the indent it lost, is a heading set in
		// the text's size, however wide (a paragraph's line under its
		// first would be full, or end the paragraph). Figures and Latin
		// letters, narrower, leave widths unsure.
		return true, true
	case j.start && pattern == patNumbered && firstRune(a) == '0' && onePhrase(a, 40) && !strings.ContainsAny(a, "，、；,;") &&
		hasEndPunct(a) && !endsSoft(a) && !strings.HasSuffix(a, "："):
		// "02 对深圳乃至大湾区意味着什么？": a zero-padded label heads a
		// section even when it fills the line.
		return true, true
	case j.ends && breaksBefore(b):
		return true, true
	case j.ends && (overBlank || !j.full) && opensEnumeration(b):
		return true, true
	case (bb.byline || (j.start && ba.byline)) && (j.ends || !hasEndPunct(a)):
		return true, true // a byline or speaker line
	case j.zh && strings.HasPrefix(j.open, "——") && (isSalutation(b) || (overBlank && !shortTail(b)) || bb.byline) && !hasEndPunct(a) &&
		!containsAnyOf(j.open+a, "，。；、"):
		return true, true // a dated line ("——2026年1月27日在…会议上") under the title
	case j.zh && j.start && overBlank && isSalutation(a):
		return true, true // "各位代表：" alone before a blank line
	case !j.zh && (englishSalutation(b) && !endsSoft(a) || j.start && englishSalutation(a)):
		return true, true // "GENTLEMEN OF THE CONGRESS:" stands alone
	case j.zh && j.start && !hasEndPunct(a) && sourceLike(a) && !containsAnyOf(a, "，；") && !j.turn && !opensNewsItem(a) &&
		headingPattern(a) == noPattern && !(shortByIndentLoose(j.wa, j.col, j.alnumA) && j.bFull && bb.gap == 0):
		// A source line (no clause in it: "记者从…获悉，" opens text;
		// nor a number: "3.新闻媒体要积极宣" opens an item; nor is a
		// line short by the indent over a full line, a paragraph's first:
		// "全省新闻出版系统持续深" / "化改革，…").
		return true, true
	case overBlank && j.start && breaksBefore(a) && onePhrase(a, 40) && !endsSoft(a) && endMark(a) != '。' &&
		(!j.full || j.wider || pattern == patSection || pattern == patChapter || j.roomLeft ||
			pattern == patSub && j.bFull && !strings.ContainsAny(a, "，、；") && !cutInPhrase(a, j.b) && !runInHeadEnd(j.b) && !commaAfterFirst(j.b)) &&
		!cutAfterComma(a):
		// A numbered heading alone before a blank line; a "（一）" line
		// that fills the column may be a run-in head that wraps, unless
		// the text under it shows room for two more characters, or the
		// line under the blank is a full line of text that neither goes
		// on with its word nor finishes a clause.
		return true, true
	}
	return false, false
}

// standsAlone tells whether a, the first line of its block in Chinese
// text, is a phrase of its own (a heading such as "（一）全力扩大有效需求",
// "年货集市里的“土特产经济”"): no punctuation at its end, no clause inside
// unless it is numbered, no item of an enumeration ("三是…"), not cut
// from b in mid word ("…抓改革" / "开放，"), not itself the first line of a paragraph that
// lost its indent; and the line after b fills the column with text or
// ends the paragraph, and starts with no number or word that b's
// shortness could have been left for.
func (j *junction) standsAlone(bb *body) bool {
	if !j.zh || !j.start || hasEndPunct(j.a) || opensEnumeration(j.a) ||
		(headingPattern(j.a) == noPattern && !(labelledPhrase(j.a) && !j.turn) && (containsAnyOf(j.a, "、；：,;:") || !twoPhrases(j.a))) {
		return false
	}
	if strings.Contains(j.a, "，") && j.wa >= bb.w-2 && bb.gap == 0 && headingPattern(j.a) == noPattern {
		// Two phrases as wide as the line right under them, short by an
		// indent: the first line of a paragraph that lost its indent,
		// OCR's widths being a character off ("走在村道上，一栋栋白墙黛"
		// / "瓦的小楼错落有致，"). A heading stands apart by a blank line
		// or is narrower.
		return false
	}
	return (bb.below >= j.col-max(3, j.col/12) || bb.below > 0 && bb.belowEnds) && !bb.belowAlnum &&
		!cutInPhrase(j.a, j.b) // last: it segments words
}

// quotedHan is Chinese characters alone, but for quoted terms that
// close on the line ("守住“一老一小”"): a headline's.
func quotedHan(s string) bool {
	return strings.Count(s, "“") == strings.Count(s, "”") &&
		!strings.ContainsFunc(s, func(r rune) bool { return !isHan(r) && r != '“' && r != '”' })
}

// labelledPhrase is a label of two to six Chinese characters, a colon
// and one phrase without a clause or a sentence's mark, its quotes closed
// ("专家观点：数字赋能乡村"): a headline's shape. A speaker's words
// ("他表示：…", "记者：…") are no label's.
func labelledPhrase(s string) bool {
	label, phrase, ok := strings.Cut(s, "：")
	return ok && runeCount(label) >= 2 && runeCount(label) <= 6 && allHan(label) && phrase != "" && !saysLabel(label) &&
		strings.Count(phrase, "“") == strings.Count(phrase, "”") &&
		!containsAnyOf(unquoted(phrase), "，。、；：！？,;:!?")
}

// speakerEnds end the labels of who speaks.
var speakerEnds = []string{"记者", "说", "表示", "指出", "认为", "强调", "介绍", "坦言", "透露", "问", "答"}

// saysLabel is a label that names who speaks: a reporter or one who
// says, asks or answers ("记者", "他表示", "王明说").
func saysLabel(label string) bool {
	for _, w := range speakerEnds {
		if strings.HasSuffix(label, w) {
			return true
		}
	}
	return false
}

// endsInRun decides between two lines without a blank line between
// them: a paragraph ends at a sentence end (or a colon) short of the
// column.
func (j *junction) endsInRun() bool {
	if !j.ends && !strings.HasSuffix(j.a, "：") && !strings.HasSuffix(j.a, ":") {
		return false
	}
	return !j.full
}

// endsAtBlank decides across blank lines, which are either paragraph
// breaks or column and page breaks in mid text. indents tells whether
// paragraphs around here start indented.
func (j *junction) endsAtBlank(indents bool) bool {
	a, b := j.a, j.b
	pattern := headingPattern(a)
	head := a // the paragraph so far, when it may be a run-in head
	if j.second {
		head = j.open + a
	}
	switch {
	case (j.start || j.second) && endMark(a) == '。' && (headingPattern(head) == patSub || headingPattern(head) == patSection) &&
		onePhrase(head, 40) && !breaksBefore(b):
		// A run-in head ("（五）…开放。", "（三）聚力城乡融" / "合，建设
		// 宜居宜业家园。") goes on after a page break.
		return false
	case j.ends:
		// A page break after a sentence: the paragraph goes on when
		// paragraphs here start indented and the next line is not.
		return !(indents && j.full && !j.wider && !breaksBefore(b) && !opensEnumeration(b) &&
			!(j.start && pattern != noPattern))
	case endsSoft(a):
		return false
	case sectionAlone(b) && !cutInPhrase(a, b) && isHan(firstRune(b)) && (fieldLine.MatchString(a) || datedEnd.MatchString(a) || signs(a)) &&
		!numeralSeries.MatchString(b):
		// "裁判日期：2025年11月18日" / "" / "一、基本案情": a numbered
		// section's title alone after a blank line opens a section
		// under a field, a date or a name, which end short of a stop
		// ("其中" / "" / "一、二季度…": the sentence goes on).
		return true
	case strings.HasSuffix(a, "：") || strings.HasSuffix(a, ":"):
		return !j.full
	case j.start && !containsAnyOf(a, "。！？"):
		// A phrase alone: a label unless it fills the column; a
		// phrase wider than the column is a heading, never text.
		// A phrase with blank lines above and below is a line of its
		// own, whatever its width (a column holds more than one
		// line), unless the break after it cut a word.
		if pattern == noPattern && (j.underText || j.afterHead) && j.firstLineIndented() && j.bFull {
			// Right under the text or a heading, short by the indent a
			// paragraph here lost, over a full line: the paragraph's
			// first line, since a heading's paragraph would open short
			// too ("…扎实成效。" / "“十四五”时期是吉" / "" / "高质量发展攻坚克难、…").
			return false
		}
		return j.wa < j.col*8/10 || (j.wider && (pattern != noPattern || !containsAnyOf(a, "，、；"))) ||
			(j.afterBlank && !hasEndPunct(a) && runeCount(a) <= 25 && (pattern != noPattern || twoPhrases(a)) && !cutInPhrase(a, b) &&
				!(pattern == noPattern && j.firstLineIndented() && strings.Contains(a, "，")))
	}
	// No punctuation at the end: the sentence goes on.
	return false
}

// endsTitleBlock reports whether the line after a title's short tail
// ends the title: a blank line (after is ""), a subtitle's dash, a
// byline, the issuer's name or a date alone, also in brackets.
func endsTitleBlock(after string) bool {
	return after == "" || strings.HasPrefix(after, "——") || isStandaloneLine(after) ||
		isIssuer(after) || issuers(after) || dateAlone(after) || datedAlone.MatchString(after)
}

// lineAfter is the text of the line after line i, "" where it is blank,
// gone or missing.
func (d *draft) lineAfter(i int) string {
	if i+1 < len(d.lines) && !d.lines[i+1].blank && !d.lines[i+1].gone {
		return strings.TrimSpace(d.lines[i+1].text)
	}
	return ""
}

// longPhrases is text with no comma, or one between two phrases of four
// characters or more ("企业培育有梯度", "县域经济，要在实干上见真章"): a
// paragraph's first line cut after its first clause has a short one
// after the comma ("围绕实现上述目标，我们").
func longPhrases(s string) bool {
	a, b, ok := strings.Cut(s, "，")
	return !ok || runeCount(a) >= 4 && runeCount(b) >= 4 && !strings.Contains(b, "，")
}

// knownPair reports whether a word of the list opens s or follows its
// first character ("记者问", "答记者问"): a title's tail; a name alone is
// no word.
func knownPair(s string) bool {
	rs := []rune(s)
	return len(rs) >= 2 && words.Known(rs[:2]) || len(rs) >= 3 && words.Known(rs[1:3])
}

// itemUnder reports whether a line numbered as b is an item one level
// under a title numbered as a: "1." under "（一）", "（一）" or "1." under
// "一、".
func itemUnder(a, b int) bool {
	return a == patSection && (b == patSub || b == patNumbered) || a == patSub && b == patNumbered
}

// titleWraps reports whether line b, above the text or its first line,
// continues a above the text: a title long enough to wrap, or one cut
// inside a word or a figure ("…关于开展2026" / "年城镇…"), and b
// neither a line of the title block nor the text.
func titleWraps(a, b, after string, bAbove bool) bool {
	// A break inside a quoted term, which b closes, cuts the title
	// however short its lines ("…发展：从“减量" / "”到“提质”"): no title
	// ends there.
	quoted := closesQuote(a, b)
	cut := width(a) >= 20 && cutInPhrase(a, b) || quoted
	// A line cut before the noun its measure word wants ("…的第二张" /
	// "课表") goes on, even to a line as short as a name, and one cut in a
	// word to a short tail, where the title block's lines, set close,
	// left them below the text's top.
	counted := cut && countedEnd(a)
	// "…公共充" / "电网": a short tail ends the cut word, the title
	// block's last line (see endsTitleBlock).
	tail := cut && runeCount(b) <= 8 && !hasEndPunct(b) && endsTitleBlock(after)
	// "…保障新政答" / "记者问" / "": a tail of a word or two, between
	// words, the title block's last line (the issuer's name or a date
	// may follow); a name under the title is no word ("李明").
	wordTail := runeCount(b) <= 4 && allHan(b) && (after == "" || endsTitleBlock(after) && !isStandaloneLine(after)) && knownPair(b)
	// "…2025年国民经济和社会发展计划执行情况与" / "2026年计划草案的报告" /
	// "——2026年1月…": the dated line right under b ends the title block.
	dated := dashOpens(after) && allHanOrQuoted(b) && width(b) <= width(a)
	return (bAbove || counted || tail || wordTail || dated || quoted) && (width(a) >= 36 && (cut || !namesKind(a)) || cut) && !hasEndPunct(a) && !strings.HasPrefix(b, "—") && !strings.HasPrefix(b, "By ") &&
		(!isStandaloneLine(b) || counted || wordTail) && !isSalutation(b) && (!sourceLike(b) || wordTail) && !mastheadText(b) && !strings.ContainsAny(b, "。！？") &&
		!((issuer.MatchString(b) || issuers(b)) && !cut) && // "岑阳市住房和城乡建设局": the issuer under the title, or two
		!(fieldOpens.MatchString(b) && !cut) // "主办：…": a field under the title
}

// fieldOpens is a line that opens with a field's short name and its
// colon ("主办：", "时间："): a field's line, no title's tail.
var fieldOpens = regexp.MustCompile(`^\p{Han}{2,4}[：:]`)

// chapterAlone is a chapter's title alone on its line, its number set
// apart by a space: "第一章 总则", "第三章 建设管理".
var chapterAlone = regexp.MustCompile(`^第[一二三四五六七八九十百零〇]{1,4}[章节][ 　]+\p{Han}{2,14}$`)

// isChapterAlone tests chapterAlone, its cheap prefix test first.
func isChapterAlone(s string) bool {
	return strings.HasPrefix(s, "第") && chapterAlone.MatchString(s)
}

// articleOpens opens an article of regulations, its number set apart by
// a space: "第一条 为了加强…".
var articleOpens = regexp.MustCompile(`^第[一二三四五六七八九十百零〇]{1,5}条[ 　]`)

// closingSignature returns the lines that start the signature closing
// a letter or a notice, first to last: the names of the bodies that
// sign, a line each or a name wrapped over two, then a date alone. It
// returns nil where the text ends otherwise.
func closingSignature(lines []line) []int {
	var at []int // the lines with text, last first
	for i := len(lines) - 1; i >= 0 && len(at) < 16; i-- {
		if !lines[i].blank && !lines[i].gone {
			at = append(at, i)
		}
	}
	if len(at) < 2 || !issueDate.MatchString(lines[at[0]].text) {
		return nil
	}
	starts := []int{at[0]}
	for k := 1; k < len(at); {
		t := lines[at[k]].text
		prev := ""
		if k+1 < len(at) {
			prev = lines[at[k+1]].text
		}
		// A name wrapped: the line above it, no name itself, with it
		// makes one ("澧城市精神文明建设指导" / "委员会办公室").
		wrapped := runeCount(prev) >= 6 && !signs(prev) && signs(prev+t)
		if wrapped {
			starts, k = append(starts, at[k+1]), k+2
		} else if signs(t) {
			starts, k = append(starts, at[k]), k+1
		} else {
			break
		}
	}
	if len(starts) == 1 {
		return nil
	}
	slices.Reverse(starts)
	return starts
}

// datedAlone is a line that holds only a date in brackets, maybe after
// who issued it: "（2026年6月5日）", "(琅川市统计局 2026年3月1日)".
var datedAlone = regexp.MustCompile(`^[（(]\s*(?:\p{Han}{2,20}\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]$`)

// placeAlone is a place's name alone: "琅川市", "青岚省".
var placeAlone = regexp.MustCompile(`^\p{Han}{1,5}[省市县区州盟旗镇乡村]$`)

// wrapTail reports whether b is the short last line of a line a that
// wrapped: at most half as wide.
func wrapTail(a, b string) bool {
	return 2*width(b) <= width(a)
}

// titleCutOff is a title's first line that cannot end it: it ends with
// a comma or a colon, names a place and nothing else, leaves a bracket
// open ("…白皮书（2025" / "年）"), or ends with a number and a measure word
// without their noun ("…的第二张" / "课表").
func titleCutOff(a string) bool {
	return strings.HasSuffix(a, "：") || strings.HasSuffix(a, "，") || strings.HasSuffix(a, "——") || placeAlone.MatchString(a) ||
		strings.Count(a, "（")+strings.Count(a, "(") > strings.Count(a, "）")+strings.Count(a, ")") || countedEnd(a)
}

// closesOpenMark reports whether b closes a quote or a book's title
// that a leaves open: b closes more than it opens (a deck's own quoted
// term under a title whose close OCR dropped closes nothing of it).
func closesOpenMark(a, b string) bool {
	return strings.Count(a, "“") > strings.Count(a, "”") && strings.Count(b, "”") > strings.Count(b, "“") ||
		strings.Count(a, "《") > strings.Count(a, "》") && strings.Count(b, "》") > strings.Count(b, "《")
}

// titleGoesOn is a line that may end a title cut off above it: a phrase
// of the title's length, not a line of the title block or of the text.
func titleGoesOn(b string) bool {
	return runeCount(b) <= 30 && !strings.HasPrefix(b, "—") && !strings.HasPrefix(b, "（") && !strings.HasPrefix(b, "(") &&
		!isStandaloneLine(b) && !isSalutation(b) && !sourceLike(b) && !mastheadText(b) && !strings.ContainsAny(b, "。！？；") && !issuer.MatchString(b)
}

// dropCap is one character alone on a line, a letter or a digit: the
// first character of the text, set large over several lines.
func dropCap(s string) bool {
	rs := []rune(strings.TrimSpace(s))
	return len(rs) == 1 && (isHan(rs[0]) || isDigit(rs[0]))
}

// opensWithDe reports whether s opens with the particle 的, which ties
// what comes before it to a noun and so never opens a sentence (but 的确,
// 的士).
func opensWithDe(s string) bool {
	rest, ok := strings.CutPrefix(s, "的")
	return ok && rest != "" && !strings.HasPrefix(rest, "确") && !strings.HasPrefix(rest, "士")
}

// commaAfterFirst is a line whose first clause or list member is one
// character: the end of a word cut from the line before ("业，新质生产力
// 加快培育。", "电、过载保护…").
func commaAfterFirst(s string) bool {
	rs := []rune(prefix(s, 2))
	return len(rs) == 2 && isHan(rs[0]) && (rs[1] == '，' || rs[1] == '、' && !isChineseDigit(rs[0])) // "二、" numbers a section
}

// phraseOverParagraph reports whether line b, of body bb, is a phrase
// without a mark above the first line of a paragraph that lost its
// indent: the line under it short by an indent, not ending a sentence.
func phraseOverParagraph(b string, bb body, col int) bool {
	return runeCount(b) >= 4 && runeCount(b) <= 30 && !hasEndPunct(b) && !hasTerminal(b) && !containsAnyOf(b, "，、；：") &&
		bb.below > 0 && !bb.belowEnds && !bb.belowAlnum && shortByIndent(bb.below, col, "")
}

// datedEnd ends a line with a date; numeralSeries opens one with
// numerals listed ("一、二季度", "三、四月份"), no section's number.
var (
	datedEnd      = regexp.MustCompile(`\d{1,2}日$`)
	numeralSeries = regexp.MustCompile(`^[一二三四五六七八九十]、[一二三四五六七八九十]`)
)

// indentedBelow reports whether the line right under bb keeps its
// indent (a -layout page's): it opens a paragraph, whatever its width.
func indentedBelow(d *draft, bb body) bool {
	k := bb.idx + 1
	for k < len(d.lines) && d.lines[k].gone {
		k++ // a removed head between them
	}
	return bb.below > 0 && k < len(d.lines) && !d.lines[k].blank && d.lines[k].indent
}

// headingBetween reports whether line b, of body bb, is a heading set
// between two paragraphs without blank lines: a phrase without a mark,
// clearly short of the column, and the line under it short by the indent
// a paragraph's first line lost, or indented (indented, as a -layout
// page keeps it).
func headingBetween(b string, bb body, col int, indented bool) bool {
	short := bb.w < col*7/10 || indented && bb.w < col*8/10 // (an indent kept tells more than one lost)
	return short && bb.below > 0 && !bb.belowAlnum && (indented || shortByIndent(bb.below, col, "")) &&
		runeCount(b) >= 3 && !hasEndPunct(b) && !hasTerminal(b) && twoPhrases(b) && !opensEnumeration(b)
}

// newsOpening opens a news item's first paragraph: "本报讯", "本报北京3月11日讯".
var newsOpening = regexp.MustCompile(`^本报[\p{Han}\d]{0,12}讯(?:$|[^员])`)

// opensNewsItem reports whether s opens a news item's first paragraph;
// the prefix test spares most lines the expression.
func opensNewsItem(s string) bool {
	return strings.HasPrefix(s, "本报") && newsOpening.MatchString(s)
}

// sectionAlone is a numbered section title in one phrase, without a mark
// after its number: "四、对策建议", "第三章 总则".
func sectionAlone(s string) bool {
	switch headingPattern(s) {
	case patSection, patChapter:
	default:
		return false
	}
	_, rest, _ := strings.Cut(s, "、")
	if rest == "" {
		rest = s
	}
	return runeCount(s) <= 20 && !hasEndPunct(s) && !strings.ContainsAny(rest, "，、；：。！？,;:")
}

// subsectionAlone is a numbered subsection title of one or two phrases,
// without a mark at its end: "（五）聚焦生态优先，厚植绿色发展底色".
func subsectionAlone(s string) bool {
	return headingPattern(s) == patSub && runeCount(s) <= 32 && !hasEndPunct(s) && strings.Count(s, "，") <= 1 &&
		!strings.ContainsAny(s, "。；：！？;:")
}

// documentKinds end the title of an official document, which names its
// kind last ("…情况的调研报告", "…工作的通知").
var documentKinds = []string{"报告", "通知", "公报", "决定", "决议", "意见", "讲话", "方案", "办法", "规划", "纲要",
	"条例", "规定", "通报", "公告", "通告", "批复", "解读", "致辞", "倡议书", "总结"}

// namesKind reports whether a title ends with its document's kind: whole.
func namesKind(s string) bool {
	return slices.ContainsFunc(documentKinds, func(k string) bool { return strings.HasSuffix(s, k) })
}

// runInHeadEnd is a line that ends a run-in head within its first five
// characters and goes on with the text ("升。新增规上工业企业126家，"),
// no number of its own before.
// A head names a task in words: a sentence that ends in a figure
// ("长2.5%。机电…") ends text, not a head (which may end in a bracket
// that holds one: "至3月）。").
func runInHeadEnd(s string) bool {
	i := strings.Index(s, "。")
	if i <= 0 || runeCount(s[:i]) > 5 || runeCount(s[i+len("。"):]) < 2 || headingPattern(s) != noPattern {
		return false // "1.申请。申请人…" opens an item of its own
	}
	last := lastRune(s[:i])
	return !isDigitish(last) && last != '%' && last != '％'
}

// isSalutation is a short line that ends with a colon, addressing the
// audience ("各位代表：").
func isSalutation(s string) bool {
	return (strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")) && len(s) <= 48 && runeCount(s) <= 12 && !strings.ContainsAny(s, "，。")
}

// breaksBefore is a line that starts a heading or a numbered paragraph
// when the line before ends a sentence.
func breaksBefore(s string) bool {
	switch headingPattern(s) {
	case patSection, patSub, patChapter:
		return true
	case patNumbered:
		rs := []rune(prefix(s, 3))
		return len(rs) == 3 && (rs[0] == '0' || strings.ContainsRune(".．、", rs[1]))
	}
	return false
}

// isStandaloneLine is a byline or speaker line.
func isStandaloneLine(s string) bool {
	_, _, ok := bylineNames(s)
	return ok
}

// firstBody is the index of the first line with text.
func firstBody(lines []line) int {
	for i, l := range lines {
		if !l.blank && !l.gone {
			return i
		}
	}
	return -1
}

// isStandalone is a short line without end punctuation at the start of a
// paragraph: a title, heading, deck or label, never the first line of
// running text.
func isStandalone(s string, w, col int, zh bool) bool {
	if !zh && !looksLikeEnglishHeading(s) {
		return false // English running text is ragged: short lines are common
	}
	return w < col*7/10 && !hasEndPunct(s) && runeCount(s) <= 40 && !containsAnyOf(s, "。！？")
}

// opensEnumeration is a line that starts a paragraph of an enumeration:
// "一是…", "——坚持…".
func opensEnumeration(s string) bool {
	if f := firstRune(s); f != '—' && !isChineseDigit(f) {
		return false
	}
	rs := []rune(prefix(s, 4))
	if len(rs) >= 2 && rs[0] == '—' && rs[1] == '—' {
		return true
	}
	i := 0
	for i < len(rs) && isChineseDigit(rs[i]) {
		i++
	}
	return i > 0 && i < len(rs) && rs[i] == '是'
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, isSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// firstLineIndented tells whether a, the first line of a paragraph in
// Chinese text, falls short of the column by about a two-character
// indent that OCR lost: text set on, not a heading.
func (j *junction) firstLineIndented() bool {
	return j.indentLost && j.start && shortByIndentLoose(j.wa, j.col, j.alnumA)
}

// columnChanges tells whether the column measured ahead (0: unknown)
// differs from col by more than lines of one column vary.
func columnChanges(col, ahead int) bool {
	return ahead > 0 && (ahead > col+max(4, col/6) || ahead < col-max(4, col/6))
}

// indentedFirstLine tells whether English line b, which ends no sentence
// and has text below it, stopped short of the column: the first word of
// the next line would have fitted on it, with room to spare. Ragged text
// breaks a line only where the next word does not fit, so such a line
// was set narrower: the first line of a paragraph, whose indent the
// extraction dropped ("Let me start with the plain" / "numbers, because…").
func indentedFirstLine(bb body) bool {
	if bb.ends || bb.pw == 0 || bb.pmax == 0 || bb.belowWord == 0 {
		return false
	}
	room := bb.pmax - bb.pmax/20 // the proportional face is not the one the page was set in
	return bb.pw+int(latinAdvance[0])+bb.belowWord <= room
}

// datelineDate ends a dateline: "February 9, 2026".
var datelineDate = regexp.MustCompile(`(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
	`Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}$`)

// datelineEnd is the short last line of a dateline that wraps: a few
// words ending with a date ("Alder, February 9, 2026").
func datelineEnd(s string) bool {
	return len(strings.Fields(s)) <= 6 && datelineDate.MatchString(s)
}

// underFullerLine reports whether line b, a paragraph's first line,
// falls short by the indent of the line under it, a Chinese character
// wider than the column measured around it (a column of short lines,
// questions and answers, measures a character narrow) that goes on with
// the text. Quotation marks, measured a half character, leave b's width
// unsure.
func underFullerLine(b string, bb *body, col int) bool {
	return bb.below == col+2 && !bb.belowEnds && !bb.belowAlnum && shortByIndent(bb.w, bb.below, "") && !strings.ContainsAny(b, "“”‘’")
}

// wholeQuote reports whether s is one quotation and nothing else, no
// sentence ending inside it ("“让数据多跑路，让群众少跑腿”").
func wholeQuote(s string) bool {
	s = trimSpace(s)
	inner, ok := strings.CutPrefix(s, "“")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, "”")
	return ok && inner != "" && !strings.ContainsAny(inner, "“”。！？；") && runeCount(inner) <= maxHeading
}

// quotedHeadOverTurn reports whether line i opens a quotation that the
// line under it closes at its end, the two lines one quotation with no
// sentence ending inside it, and the line after them opens an
// interview's turn: a quoted heading wrapped to two lines.
func quotedHeadOverTurn(d *draft, i int) bool {
	b := trimSpace(d.lines[i].text)
	if d.turns == nil || !strings.HasPrefix(b, "“") || strings.Contains(b, "”") {
		return false
	}
	c := d.lineAfter(i)
	if !strings.HasSuffix(c, "”") || !wholeQuote(b+c) {
		return false
	}
	next := d.lineAfter(i + 1)
	return next != "" && opensTurn(d.turns, next)
}

// colonReadAscii reports whether Chinese line s ends with the colon OCR
// reads as an ASCII one after a Chinese character ("…如下:").
func colonReadAscii(s string) bool {
	t, ok := strings.CutSuffix(s, ":")
	return ok && isHan(lastRune(t))
}

// measuredWhole reports whether s has none of the marks a line's width
// counts as half a character but a Chinese face sets whole: quotation
// marks, dashes, ellipses, degree and unit signs.
func measuredWhole(s string) bool {
	return !strings.ContainsAny(s, "“”‘’—…·×°℃‰§№")
}

// seriesHead reports whether a, a phrase of a series of terms ("城市、乡村、
// 文化"), is a heading by the lines under it: the next line, short by
// the indent, has a full line under it that goes on with the text.
// Text lists terms too, but its next line is full.
func seriesHead(a string, bb *body) bool {
	return termSeries(a) && bb.below > 0 && !bb.belowEnds && !bb.belowAlnum && bb.below >= bb.col-1
}

// labelledItem reports whether s opens with a label of two to eight
// Chinese characters and a colon, a figure or a word after it ("缴存人数：
// 12.6万人"): an item of a list of labelled values.
func labelledItem(s string) bool {
	label, rest, ok := strings.Cut(s, "：")
	if !ok {
		return false
	}
	n := runeCount(label)
	return n >= 2 && n <= 8 && allHan(label) && rest != "" && !strings.HasPrefix(rest, "“")
}

// headOverSubhead reports whether a, a phrase or two without a stop, and
// b, a short phrase without any mark under it, are two headings: the line
// under b is a paragraph's first line short by the indent it lost, and
// the break cut no word or phrase (else b is a's tail).
func headOverSubhead(a, b string, bb *body, col int) bool {
	if hasEndPunct(a) || strings.Count(a, "，") > 1 || containsAnyOf(unquoted(a), "、；：。！？") || strings.Count(a, "“") != strings.Count(a, "”") {
		return false
	}
	if n := runeCount(a); n < 4 || n > 20 {
		return false
	}
	return bb.gap == 0 && bb.w <= col*6/10 && runeCount(b) >= 2 && !containsAnyOf(b, "，、；：。！？,;:“”") && bb.alnum == 0 &&
		bb.below > 0 && !bb.belowEnds && !bb.belowAlnum && shortByIndent(bb.below, col, "") &&
		!words.Splits(a, b) && !cutInPhrase(a, b)
}
