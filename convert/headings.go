package convert

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/cjk-publish/publish/words"
)

const chineseDigits = "一二三四五六七八九十百零〇两"

// isChineseDigit reports whether r is one of chineseDigits; a switch,
// since it runs on most lines several times.
func isChineseDigit(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零', '〇', '两':
		return true
	}
	return false
}

// Heading patterns, strongest first.
const (
	noPattern   = iota
	patSection  // 一、…
	patSub      // （一）…
	patChapter  // 第一章 / 第二节 / 第三部分
	patNumbered // 01 …, 1. …, 1、…
)

// headingPattern tells which numbering pattern s starts with.
func headingPattern(s string) int {
	if f := firstRune(s); !isChineseDigit(f) && f != '（' && f != '(' && f != '第' && !isDigit(f) {
		return noPattern
	}
	rs := []rune(prefix(s, 12))
	n := len(rs)
	i := 0
	for i < n && isChineseDigit(rs[i]) {
		i++
	}
	if i > 0 && i+1 < n && rs[i] == ' ' && rs[i+1] == '、' {
		i++ // "一 、2025年…": a numeral set in a circle leaves a space
	}
	if i > 0 && i < n && rs[i] == '、' {
		return patSection
	}
	if n > 2 && (rs[0] == '（' || rs[0] == '(') {
		// OCR may space the number in its brackets: "(一 ) 坚持…".
		j := 1
		for j < n && rs[j] == ' ' {
			j++
		}
		d := j
		for j < n && isChineseDigit(rs[j]) {
			j++
		}
		digits := j > d
		for j < n && rs[j] == ' ' {
			j++
		}
		if digits && j < n && (rs[j] == '）' || rs[j] == ')') {
			return patSub
		}
	}
	if n > 2 && rs[0] == '第' {
		j := 1
		for j < n && (isChineseDigit(rs[j]) || isDigit(rs[j])) {
			j++
		}
		if j > 1 && j < n && strings.ContainsRune("章节篇部编卷", rs[j]) {
			return patChapter
		}
	}
	j := 0
	for j < n && isDigit(rs[j]) {
		j++
	}
	if j > 0 && j <= 2 && j < n-1 {
		switch {
		case rs[j] == ' ' && !isDigit(rs[j+1]):
			return patNumbered
		case strings.ContainsRune(".．、", rs[j]) && !isDigit(rs[j+1]):
			return patNumbered
		}
	}
	return noPattern
}

// titles makes the first paragraph the title and a headline directly
// under it (one or more short lines without punctuation) the subtitle.
type titles struct{}

func (titles) apply(d *draft) {
	titleFirst(d)
	if len(d.blocks) > 1 && documentNumber.MatchString(d.blocks[0].text) && d.blocks[1].kind == paragraph {
		// OCR read the document's number, printed beside or under the
		// title, before it: it goes under the title.
		num := d.blocks[0]
		d.blocks[0], d.blocks[1] = d.blocks[1], num
		d.report = append(d.report, Decision{Line: num.first, EndLine: num.last, Rule: "title",
			Detail: fmt.Sprintf("moved document number %q under the title", num.text), Moved: num.text})
	}
	if len(d.blocks) > 1 && d.zh() && creditAbove(d.blocks[0], d.blocks[1]) {
		// "本报评论员" / "守护好城市的“烟火气”": OCR read the credit set
		// beside the title first; it goes under the title.
		credit := d.blocks[0]
		d.blocks[0], d.blocks[1] = d.blocks[1], credit
		d.report = append(d.report, Decision{Line: credit.first, EndLine: credit.last, Rule: "title",
			Detail: fmt.Sprintf("moved credit %q under the title", credit.text), Moved: credit.text})
	}
	subtitleDash(d)
	if kickerAbove(d.blocks) && !repeatsAsHead(d.lines, d.blocks[0].text) {
		// "27年守护千年文脉" / "给古籍“看病”的人" / "——记…": the line right
		// above the subtitle's dash is the title; the one above it, the
		// kicker, follows it. Not where later pages repeat that line as
		// their head: that is the title.
		kicker := d.blocks[0]
		d.blocks[0], d.blocks[1] = d.blocks[1], kicker
		d.report = append(d.report, Decision{Line: kicker.first, EndLine: kicker.last, Rule: "title",
			Detail: fmt.Sprintf("moved kicker %q under the title", kicker.text), Moved: kicker.text})
	}
	// The first paragraph is the title unless it reads as running text:
	// long, or a finished Chinese sentence.
	if len(d.blocks) == 0 || d.blocks[0].kind != paragraph || runeCount(d.blocks[0].text) > 80 || strings.HasSuffix(d.blocks[0].text, "。") {
		return
	}
	t := &d.blocks[0]
	t.kind, t.level = heading, 1
	if lead := strings.TrimLeft(t.text, "”’，、。；：！？|｜ "); d.zh() && lead != t.text && lead != "" &&
		!strings.ContainsAny(lead, t.text[:len(t.text)-len(lead)]) && !d.repaired(t.first) &&
		(len(t.joints) == 0 || len(t.text)-len(lead) <= t.joints[0].offset) {
		// "” ，港岭县…": specks OCR read as marks that cannot open a line;
		// only where the title has none of them again and no mark of
		// the line was widened, and all on its first line, so that the
		// report names the very characters that went on their line
		// ("、0、0", "、!业…" and "、" / "、振" stay).
		marks := t.text[:len(t.text)-len(lead)]
		d.noteRemoved(t.first, "title", strings.TrimSpace(marks), fmt.Sprintf("removed the marks OCR read before the title: %q", marks))
		t.text = lead
		for i := range t.joints {
			t.joints[i].offset -= len(marks) // the lines after the first keep their place in the text
		}
	}
	if len(d.blocks) > 1 && kindTail(t.text, d.blocks[1]) {
		// "梅林区2026年" + "政府工作报告": OCR set a blank line between
		// the lines of a title in large type; its tail names the
		// document's kind.
		t.text = d.dropEdgeBar(*t) + d.blocks[1].text
		t.last = d.blocks[1].last
		d.note(t.first, t.last, "title", fmt.Sprintf("title wraps over a blank line: %q", t.text))
		d.blocks = slices.Delete(d.blocks, 1, 2)
	}
	for d.zh() && len(d.blocks) > 1 && titlePieceAfterHead(d.lines, *t, d.blocks[1]) && !slices.ContainsFunc(d.lines, func(l line) bool { return l.page }) {
		// "滨江区2026年" / "2026年6月18日 星期四" / "民生实事清单全部完成":
		// OCR read the masthead's dated line, set beside the title in
		// large type, between the title's lines. A text layer (its
		// pages end in form feeds) keeps a line of the title whole, and
		// sets a page's head lines under the title, over the subtitle.
		t.text = d.dropEdgeBar(*t) + d.blocks[1].text
		t.last = d.blocks[1].last
		d.note(t.first, t.last, "title", fmt.Sprintf("title read around the masthead's line: %q", t.text))
		d.blocks = slices.Delete(d.blocks, 1, 2)
	}
	if len(d.blocks) > 1 && (titleTailAlone(*t, d.blocks[1]) || titleCloses(t.text, d.blocks[1])) && onlySpaceBetween(d.lines, t.last, d.blocks[1].first) {
		// "…增速位居全国沿海港口第" + "3位": a tail of three characters
		// or fewer, cut from the title at a figure or in a word, is no
		// subtitle; nor is one that closes the title's bracket, nor a
		// plan's years ("…发展规划" + "（2026—2030年）"). A page's head
		// printed between them ("-layout" sets the title's lines
		// around it) is gone.
		t.text = d.dropEdgeBar(*t) + d.blocks[1].text
		t.last = d.blocks[1].last
		d.note(t.first, t.last, "title", fmt.Sprintf("title wraps to a short tail: %q", t.text))
		d.blocks = slices.Delete(d.blocks, 1, 2)
	}
	if len(d.blocks) > 1 && quotedTermAlone(d.blocks[1]) && !hasEndPunct(t.text) {
		// "青石坳：小果园结出" + "“甜蜜经济”": a title wraps before the
		// term it ends with; a subtitle is never a term alone.
		t.text = d.dropEdgeBar(*t) + d.blocks[1].text
		t.last = d.blocks[1].last
		d.note(t.first, t.last, "title", fmt.Sprintf("title wraps over a blank line: %q", t.text))
		d.blocks = slices.Delete(d.blocks, 1, 2)
	} else if k := termUnderTitleBlock(d.blocks, strings.HasSuffix(t.text, "：")); k > 0 && (!hasEndPunct(t.text) || strings.HasSuffix(t.text, "：")) {
		// "老街坊住进了" / "城市更新看东关" / "本报记者 …" / "“新老房”": OCR
		// read the title's last term after the lines under the title.
		term := d.blocks[k]
		t.text += term.text
		d.report = append(d.report, Decision{Line: term.first, EndLine: term.last, Rule: "title",
			Detail: fmt.Sprintf("moved the title's last term %q, read after the lines under it, to its end", term.text), Moved: term.text})
		d.blocks = slices.Delete(d.blocks, k, k+1)
	} else if k := tailUnderTitleBlock(d.blocks, t.text); k > 0 {
		// "县域数字经济，要在“用" / "本报评论员 季晗" / "字上见真章": OCR
		// read the title's second line after the byline, and lost the
		// quote's close at the first line's end (a line cannot open
		// with it).
		tail := d.blocks[k]
		if cutInQuotedTerm(t.text) && !strings.HasSuffix(t.text, "”") {
			t.text += "”"
		}
		t.text += tail.text
		d.report = append(d.report, Decision{Line: tail.first, EndLine: tail.last, Rule: "title",
			Detail: fmt.Sprintf("moved the title's tail %q, read after the lines under it, to its end", tail.text), Moved: tail.text})
		d.blocks = slices.Delete(d.blocks, k, k+1)
	}
	d.note(t.first, t.last, "title", fmt.Sprintf("title: %q", t.text))
	n := 0
	for k := 1; k < len(d.blocks); k++ {
		b := d.blocks[k]
		if !isHeadline(b) || particulars(d.blocks, k) || (n > 0 && b.first != d.blocks[k-1].last+1) {
			break
		}
		n++
	}
	// One line under an English title is a section heading ("8th Annual
	// Message"); Chinese newspapers set a headline under the title.
	if n == 0 || (n == 1 && !d.zh()) {
		return
	}
	parts := make([]string, n)
	for k := range parts {
		parts[k] = d.blocks[1+k].text
	}
	d.meta.subtitle = strings.Join(parts, "\u3000")
	d.note(d.blocks[1].first, d.blocks[n].last, "subtitle", fmt.Sprintf("subtitle: %q", d.meta.subtitle))
	d.subtitleLines = [2]int{d.blocks[1].first, d.blocks[n].last}
	d.blocks = append(d.blocks[:1], d.blocks[1+n:]...)
}

// dropEdgeBar returns the text of title t without a bar OCR read at the
// end of its line, a box's edge, where the title goes on below (a title
// has no bar at a line's end), noting what went.
func (d *draft) dropEdgeBar(t block) string {
	// (Only OCR's ASCII bar: a full-width one may part a column's name
	// from the title, "…乡村振兴｜" / "“种粮也能挣钱”".)
	s := strings.TrimRight(t.text, " ")
	if !d.zh() || !strings.HasSuffix(s, "|") || strings.Count(s, "|")+strings.Count(s, "｜") > 1 {
		return t.text
	}
	d.noteRemoved(t.last, "title", "|", `removed the bar OCR read at the end of the title's line: "|"`)
	return strings.TrimSuffix(s, "|")
}

// subtitleDash restores the dash that opens a subtitle under the title,
// or under a kicker and the title, where OCR read its two strokes as 一一
// ("一一记…"): a short line of its own without a sentence's mark. Chinese
// opens no phrase set apart under a title with 一一.
func subtitleDash(d *draft) {
	if !d.zh() {
		return
	}
	for k := 1; k <= 2 && k < len(d.blocks); k++ {
		b := &d.blocks[k]
		rest, ok := strings.CutPrefix(b.text, "一一")
		if b.kind != paragraph || b.first != b.last || !ok || runeCount(rest) < 2 || runeCount(rest) > 30 ||
			!isHan(firstRune(rest)) || firstRune(rest) == '一' || containsAnyOf(rest, "。！？；") {
			continue
		}
		if slices.ContainsFunc(d.blocks[:k], func(a block) bool { return a.kind != paragraph || hasEndPunct(a.text) || runeCount(a.text) > 40 }) {
			return // text above it: no title block
		}
		b.text = "——" + rest
		d.noteRemoved(b.first, "chars", "一一", fmt.Sprintf("read the two strokes opening the subtitle as its dash: %q", b.text))
		return
	}
}

// kickerAbove reports whether the text opens with a kicker (引题) set
// above its title: two short lines without a mark, each a paragraph of
// its own (apart, or centred lines a -layout page sets one under the
// other), the second right above a line that opens with a dash (the
// subtitle, "——记…", or the dated line under a title), or a blank line
// above it; not a title OCR split before the kind it names, nor one whose
// tail wrapped.
func kickerAbove(blocks []block) bool {
	if len(blocks) < 3 {
		return false
	}
	k, t, sub := blocks[0], blocks[1], blocks[2]
	short := func(b block) bool {
		return b.kind == paragraph && b.first == b.last && runeCount(b.text) <= 24 && !hasEndPunct(b.text) && !titleCutOff(b.text)
	}
	// A title of three characters or fewer under a kicker three times as
	// long is the tail of a title that wrapped.
	tail := runeCount(t.text) <= 3 && 3*runeCount(t.text) < runeCount(k.text)
	// A date alone over the dash is the page's or the document's, under
	// the title: never the title.
	return short(k) && short(t) && k.text != t.text && !tail && !isDatedDay(t.text) && !kindTail(k.text, t) && !cutInPhrase(k.text, t.text) &&
		sub.first <= t.last+2 && strings.HasPrefix(sub.text, "——")
}

// creditAbove reports whether block a, the text's first, is a credit
// (a byline, "本报评论员") over b, a title: a short line without a stop.
func creditAbove(a, b block) bool {
	credit := isStandaloneLine(a.text) || strings.HasPrefix(a.text, "本报") && strings.HasSuffix(a.text, "评论员") && runeCount(a.text) <= 8
	return credit && a.kind == paragraph && b.kind == paragraph && a.first == a.last && b.first == b.last &&
		runeCount(b.text) <= 40 && !hasEndPunct(strings.TrimRight(b.text, "”\"")) && !isStandaloneLine(b.text) && !strings.HasPrefix(b.text, "——")
}

// kindTail reports whether b, the paragraph under title text t, is the
// end of the title: one short line without a mark that names the
// document's kind ("政府工作报告"), under a title that names none.
func kindTail(t string, b block) bool {
	return b.kind == paragraph && b.first == b.last && runeCount(b.text) <= 20 && namesKind(b.text) && !namesKind(t) &&
		!hasEndPunct(t) && !hasEndPunct(b.text) && !strings.ContainsAny(b.text, "，、；：—") && runeCount(t)+runeCount(b.text) <= 40
}

// titlePieceAfterHead reports whether b, the paragraph after title t,
// is the title's next line, read after the masthead's dated line: a
// headline (one line without a mark: no subtitle's dash, date, source,
// issuer or note in brackets), no byline and no ornament's scrap,
// title-long with t, where t cannot end the title (cut at a figure, in
// a word or a quoted term, or at a comma), and only masthead lines
// found gone or blank lines between them, one masthead line at least.
// A subtitle under a whole title stays one.
func titlePieceAfterHead(lines []line, t, b block) bool {
	if !isHeadline(b) || runeCount(t.text)+runeCount(b.text) > 48 || isStandaloneLine(b.text) || spacedScrap(b.text) ||
		!(titleCutOff(t.text) || closesOpenMark(t.text, b.text) || cutInPhrase(t.text, b.text) || figureEnd.MatchString(t.text)) {
		return false
	}
	heads := 0
	for k := range lines {
		if lines[k].no <= t.last || lines[k].no >= b.first {
			continue
		}
		switch x := lines[k].text; {
		case lines[k].gone && (mastheadText(x) || datedWeekday(x) || dateAlone(x)):
			heads++
		case !lines[k].blank:
			return false
		}
	}
	return heads > 0
}

// figureEnd is a title's line cut after a figure or a year ("滨江区2026年",
// "…位居全省第3"): a title names what the figure counts or dates.
var figureEnd = regexp.MustCompile(`\d(?:年|月|年度)?$`)

// spacedScrap reports whether s is characters set one by one apart by
// spaces ("一 文 一"): an ornament's or a label's scrap as OCR reads it.
func spacedScrap(s string) bool {
	f := strings.Fields(s)
	for _, w := range f {
		if runeCount(w) > 1 {
			return false
		}
	}
	return len(f) >= 2
}

// titleTailAlone reports whether b, right under title t (a blank line
// between at most), is the title's last characters: one line of three
// characters or fewer without a mark, that a figure opens or that ends
// a word t cut; or, right under a long title's only line with no blank
// line between, a word of Chinese characters ("要旨"): the title wrapped
// where the line was full (a name there, "王小明", is no word).
func titleTailAlone(t, b block) bool {
	if b.kind == paragraph && b.first == b.last && figureTail.MatchString(b.text) && isHan(lastRune(t.text)) && !hasEndPunct(t.text) {
		return true // "…出口额同比增长" / "18.5%": the title's figure
	}
	return b.kind == paragraph && b.first == b.last && runeCount(b.text) <= 3 &&
		!hasEndPunct(t.text) && !strings.ContainsAny(b.text, "，、；：。！？,;:") &&
		(isDigit(firstRune(b.text)) && isHan(lastRune(t.text)) || cutInPhrase(t.text, b.text) ||
			t.first == t.last && b.first == t.last+1 && runeCount(t.text) >= 16 && allHan(b.text) && words.Known([]rune(b.text)))
}

// figureTail is a figure alone, a rate or a share, as a title cut
// before it leaves it: "18.5%", "3.2‰", "120".
var figureTail = regexp.MustCompile(`^\d{1,4}(?:\.\d{1,2})?[%‰]?$`)

// titleCloses reports whether b, one short line under title text t,
// ends the title: it closes a bracket or a book's title mark that t
// left open ("关于印发《…" + "…办法》的通知"), or it gives a plan's
// years in brackets ("（2026—2030年）").
func titleCloses(t string, b block) bool {
	if b.kind != paragraph || b.first != b.last || runeCount(b.text) > 16 || strings.ContainsAny(b.text, "。！？；") || hasEndPunct(t) && !strings.HasSuffix(t, "《") {
		return false
	}
	open := func(s string) int {
		return strings.Count(s, "《") - strings.Count(s, "》") + strings.Count(s, "（") - strings.Count(s, "）")
	}
	return open(t) > 0 && open(t+b.text) == 0 || yearsNote.MatchString(b.text)
}

// yearsNote is a year or a span of years in brackets, as a plan's title
// ends: "（2026—2030年）", "（2026年）".
var yearsNote = regexp.MustCompile(`^[（(]\d{4}(?:年)?(?:\s*[—–\-－~～至到]\s*\d{4}年?)?[）)]$`)

// onlySpaceBetween reports whether the input lines after line number a
// and before line number b are blank or gone, two blank input lines at
// most.
func onlySpaceBetween(lines []line, a, b int) bool {
	k := slices.IndexFunc(lines, func(l line) bool { return l.no == a })
	if k < 0 {
		return false
	}
	blanks := 0
	for k++; k < len(lines) && lines[k].no != b; k++ {
		switch {
		case lines[k].gone:
		case lines[k].blank:
			if lines[k].no != lines[k-1].no {
				blanks++ // not the blank line a column reader sets after a piece
			}
		default:
			return false
		}
	}
	return k < len(lines) && blanks <= 2
}

// parenthesized is text wholly in brackets ("（2026年1月9日）", "（本报记者
// 林晓岚）"): a note, a date or a source, never a heading.
func parenthesized(s string) bool {
	f, l := firstRune(s), lastRune(s)
	return (f == '（' && l == '）' || f == '(' && l == ')') && !strings.ContainsAny(s[len(string(f)):len(s)-len(string(l))], "（）()")
}

// termUnderTitleBlock returns the index of a quoted term alone that
// follows the lines under the title (a deck, a byline: short lines
// without a sentence's end) before the text, or 0; after a title cut at
// its colon (no title ends with one), a book's title alone too
// ("专家解读：" / … / "《琴湖县…实施方案》").
func termUnderTitleBlock(blocks []block, colon bool) int {
	for k := 1; k < len(blocks) && k <= 4; k++ {
		b := blocks[k]
		if colon && b.kind == paragraph && b.first == b.last && bookTitle(b.text) {
			return k
		}
		if quotedTermAlone(b) {
			if k == 1 {
				return 0
			}
			return k
		}
		if b.first != b.last && !(colon && b.last-b.first <= 1) || runeCount(b.text) > 30 || hasEndPunct(b.text) {
			return 0 // (a deck over the date, set close, for a title cut at its colon)
		}
	}
	return 0
}

// tailUnderTitleBlock returns the index of the tail of a title t that
// OCR read after the lines under the title (a deck, a dated line, a
// byline), or 0: a line of Chinese characters alone, short where t was
// cut inside a short quoted term whose close is lost ("…要在“用", or
// "…要在“用”" with the close put back, then "字上见真章"), or the rest of
// a title cut short in a word, which the text writes whole ("以一流营" /
// … / "商环境激发高质量发展新动能").
func tailUnderTitleBlock(blocks []block, t string) int {
	quoted := cutInQuotedTerm(t)
	cut := runeCount(t) <= 10 && isHan(lastRune(t))
	if !quoted && !cut {
		return 0
	}
	for k := 1; k < len(blocks) && k <= 4; k++ {
		b := blocks[k]
		if b.kind != paragraph || b.first != b.last {
			return 0
		}
		n := runeCount(b.text)
		if k > 1 && n >= 2 && allHan(b.text) &&
			(quoted && n <= 10 || cut && n <= 24 && (words.Splits(t, b.text) || textJoins(blocks[k+1:], lastRune(t), firstRune(b.text)))) {
			return k
		}
		if n > 30 || hasEndPunct(b.text) {
			return 0
		}
	}
	return 0
}

// textJoins reports whether the text writes characters a and b side by
// side three times or more ("营商环境"): the word the title's line cut.
func textJoins(blocks []block, a, b rune) bool {
	pair := string(a) + string(b)
	n := 0
	for k := 0; k < len(blocks) && k < 40 && n < 3; k++ {
		n += strings.Count(blocks[k].text, pair)
	}
	return n >= 3
}

// cutInQuotedTerm reports whether title t ends inside a short quoted
// term whose close is lost ("…要在“用"), or right after the close the
// marks' repair put back at the line's end (a title seldom ends with a
// term of one or two characters).
func cutInQuotedTerm(t string) bool {
	open := strings.LastIndex(t, "“")
	if open < 0 {
		return false
	}
	term, most := []rune(t[open+len("“"):]), 4
	if n := len(term); n > 0 && term[n-1] == '”' {
		term, most = term[:n-1], 2
	}
	return len(term) > 0 && len(term) <= most && !slices.ContainsFunc(term, func(r rune) bool { return !isHan(r) })
}

// quotedTermAlone is a one-line paragraph that is a short quoted term
// and nothing else ("“甜蜜经济”").
// bookTitle is a book's or a document's title in its marks and nothing
// else, short as a title's tail is.
func bookTitle(s string) bool {
	return strings.HasPrefix(s, "《") && strings.HasSuffix(s, "》") && strings.Count(s, "《") == 1 && runeCount(s) <= 32
}

func quotedTermAlone(b block) bool {
	return b.kind == paragraph && b.first == b.last && quotedTerm(b.text)
}

// quotedTerm is a short quoted term and nothing else ("“好不好”").
func quotedTerm(s string) bool {
	rs := []rune(s)
	n := len(rs)
	return n >= 4 && n <= maxAloneTerm+2 && rs[0] == '“' && rs[n-1] == '”' &&
		!slices.ContainsFunc(rs[1:n-1], func(r rune) bool { return !isHan(r) })
}

// isHeadline is a short one-line paragraph without punctuation at its end
// that is not a byline, source line, dated line or numbered heading.
func isHeadline(b block) bool {
	return b.kind == paragraph && !b.keep && b.first == b.last && runeCount(b.text) <= 30 &&
		!hasEndPunct(b.text) && !strings.HasPrefix(b.text, "—") && !sourceLike(b.text) && !parenthesized(b.text) &&
		headingPattern(b.text) == noPattern && !strings.ContainsAny(b.text, "，,") && !documentNumber.MatchString(b.text) &&
		!issuer.MatchString(b.text) && !issuers(b.text) && !dateAlone(b.text)
}

// fieldLine is a field's name and its value ("案号：（2025）…",
// "审理法院：…").
var fieldLine = regexp.MustCompile(`^\p{Han}{2,6}[：:]\s*\S`)

// particulars reports whether block k is one of two field lines or more
// in a row: a document's particulars under its title, each a paragraph,
// no subtitle (one such line may be: "非遗传承：一位竹编艺人的坚守").
func particulars(blocks []block, k int) bool {
	field := func(j int) bool {
		return j >= 0 && j < len(blocks) && blocks[j].kind == paragraph && fieldLine.MatchString(blocks[j].text)
	}
	return field(k) && (field(k-1) || field(k+1))
}

// issuer is the name of a body alone, which issues the document under
// whose title it stands ("檀州市中级人民法院", "琅川市生态环境局"): text of
// the document, never a headline.
var issuer = regexp.MustCompile(`^\p{Han}{2,20}(?:法院|检察院|政府|委员会|局|厅|办公室|研究院|研究所|协会|学会|中心|调研组|课题组|联合会|大学)$`)

// signer is the name of a body that signs a notice or a letter at its
// end: an issuer, or a hospital, a school, a company, a museum… (names
// that elsewhere may head a section: "走进乡村小学").
var signer = regexp.MustCompile(`^\p{Han}{2,20}(?:医院|卫生院|学院|学校|中学|小学|幼儿园|公司|集团|银行|合作社|博物馆|图书馆|纪念馆|文化馆|美术馆|科技馆|党委|工会|团委|妇联|办事处|管委会|指挥部|派出所|分局|支队|大队|总队)$`)

// signs reports whether s names a body that signs: an issuer or a signer.
func signs(s string) bool {
	return issuer.MatchString(s) || signer.MatchString(s)
}

// documentNumber is an official document's number under its title
// ("桥建发〔2026〕7号", OCR's "桥建发【2026] 7号"): text of the document,
// never a headline.
var documentNumber = regexp.MustCompile(`^\p{Han}{1,12}\s*[〔【\[（(]\s*\d{4}\s*[〕】\]）)]\s*\d{1,4}\s*号$`)

// issuers is a line of two or more issuers' names set apart by spaces
// ("岑阳市应急管理局 岑阳市水利局"): bodies that issue a document together.
func issuers(s string) bool {
	// Cheap tests first: spacing asks this of every paragraph.
	if len(s) > 150 || !strings.Contains(s, " ") {
		return false
	}
	if head, _, _ := strings.Cut(strings.TrimSpace(s), " "); !isIssuer(head) {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 || !isIssuer(f[0]) {
		return false
	}
	for _, name := range f[1:] {
		// The others may name themselves otherwise ("青岚市统计局
		// 国家统计局青岚调查队").
		if n := runeCount(name); !isIssuer(name) && (n < 4 || n > 20 || !allHan(name)) {
			return false
		}
	}
	return true
}

// isIssuer tests issuer, whose names all end with one of these
// characters.
func isIssuer(s string) bool {
	return strings.ContainsRune("院府会局厅室所心组学", lastRune(s)) && issuer.MatchString(s)
}

// isDocumentNumber tests documentNumber, which ends with 号.
func isDocumentNumber(s string) bool {
	return strings.HasSuffix(s, "号") && documentNumber.MatchString(s)
}

// isDatedDay tests datedDay, whose parts all start with a digit, a
// Chinese numeral of a year, 星, 周 or 农.
func isDatedDay(s string) bool {
	f := firstRune(s)
	return (isDigit(f) || strings.ContainsRune("〇零一二三四五六七八九星周农", f)) && datedDay.MatchString(s)
}

// sourceLike names a medium, a source or an author: such a line is a
// paragraph, never a heading; but a paper's column titles name them too
// ("记者手记", "新闻链接"), headings all.
func sourceLike(s string) bool {
	if slices.Contains(columnTitles, s) {
		return false
	}
	// One scan: only where the first character of a word appears are the
	// words compared.
	for i, r := range s {
		switch r {
		case '公', '新', '日', '晚', '记', '通', '来', '编', '客', '电', '卫', '网', '供', '出', '评', '调', '课':
		default:
			continue
		}
		for _, w := range sourceWords {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// columnTitles are the titles of a paper's columns that name a medium or
// a reporter.
var columnTitles = []string{"记者手记", "记者观察", "记者札记", "记者调查", "记者视点", "编辑手记", "编辑札记", "新闻链接", "新闻背景", "新闻观察", "新闻特写", "新闻延伸"}

var sourceWords = []string{"公众号", "新闻", "日报", "晚报", "记者", "通讯员", "来源", "编辑", "客户端", "电视台", "卫视", "网讯", "供稿", "出品",
	"评论员", "调研组", "课题组"}

// sourceFirsts are the first characters of sourceWords, as sourceLike
// lists them.
const sourceFirsts = "公新日晚记通来编客电卫网供出评调课"

// headings recognizes sections (##), subsections (###) and the deck line
// printed right under a heading (a numbered line there is a subsection).
type headings struct{}

func (headings) apply(d *draft) {
	hasSections := false
	for _, b := range d.blocks {
		if b.kind == paragraph && headingPattern(b.text) == patSection && onePhrase(b.text, 40) {
			hasSections = true
			break
		}
	}
	attachments := false // in a list of attachments
	signed := d.signatureBlock()
	items := listItems(d.blocks)
	for k := range d.blocks {
		if k >= signed {
			break
		}
		b := &d.blocks[k]
		if b.kind != paragraph || b.keep {
			attachments = false
			continue
		}
		if k > 0 {
			p := d.blocks[k-1]
			if p.kind == heading && p.level >= 2 && b.first == p.last+1 && b.first == b.last &&
				runeCount(b.text) <= 40 && !hasEndPunct(b.text) && headingPattern(b.text) == noPattern {
				b.kind = deck
				d.note(b.first, b.last, "deck", fmt.Sprintf("deck under %q: %q", p.text, b.text))
				continue
			}
		}
		// The items of a list of attachments ("附件：1.…任务清单" /
		// "2.…统计表") name documents: they are no headings.
		attachments = strings.HasPrefix(b.text, "附件") || attachments && headingPattern(b.text) == patNumbered
		titleAgain := k > 0 && d.blocks[0].kind == heading && d.blocks[0].level == 1 && b.text == d.blocks[0].text
		if attachments || items[k] || titleAgain {
			continue // the title printed again (a running head above it) heads no section
		}
		if d.zh() && inList(d.blocks, k) {
			continue
		}
		if b.styled && !hasEndPunct(b.text) && runeCount(b.text) <= 48 {
			// The page's style set emphasis dots under the heading's
			// characters, or its mark before it: a heading, whatever
			// marks its words have.
			b.kind, b.level = heading, 2
			if p := headingPattern(b.text); p == patSub || p == patNumbered && hasSections {
				b.level = 3
			}
			d.note(b.first, b.last, "heading", fmt.Sprintf("%s %q (the page's style marks it a heading)", strings.Repeat("#", b.level), b.text))
			continue
		}
		level, guess := headingLevel(b, d.zh(), hasSections)
		if level == 0 {
			continue
		}
		b.kind, b.level, b.guess = heading, level, guess
		if !guess { // orphanLabels reports the guessed ones
			d.note(b.first, b.last, "heading", fmt.Sprintf("%s %q", strings.Repeat("#", level), b.text))
		}
	}
	if d.zh() {
		closeHeadingQuotes(d)
	}
}

// closeHeadingQuotes puts back the closing mark OCR dropped at the end of
// a heading or the title that ends with a short quoted term
// ("…吃上“放心饭"): a heading leaves no quote open. A heading that wrapped
// is seen whole here, where the line passes saw its lines one by one.
func closeHeadingQuotes(d *draft) {
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.kind == heading {
			if fixed, ok := openingReadAsClosing(b.text); ok {
				d.noteRemoved(b.first, "chars", "”", fmt.Sprintf("read the heading's closing quote before another closing one as an opening one: %q", fixed))
				b.text = fixed
			}
		}
		if b.kind != heading || !strings.Contains(b.text, "“") || strings.HasPrefix(b.text, "“") {
			continue // a quote that opens the line may be speech cut off
		}
		rs := []rune(b.text)
		if out := closeDroppedQuote(rs, newEdits()); len(out) > len(rs) {
			b.text = string(out)
			d.note(b.first, b.last, "chars", fmt.Sprintf("closed the quote OCR dropped at the heading's end: %q", b.text))
		}
	}
}

// openingReadAsClosing puts back the opening quote OCR read as a closing
// one in a heading, which holds its quotes whole: a closing quote that
// closes nothing, another closing one the next mark ("让”数字乡村”落地"
// for "让“数字乡村”落地").
func openingReadAsClosing(s string) (string, bool) {
	if strings.Count(s, "”") < 2 {
		return s, false
	}
	rs := []rune(s)
	var marks []int
	for i, r := range rs {
		if r == '“' || r == '”' {
			marks = append(marks, i)
		}
	}
	depth, changed := 0, false
	for k, i := range marks {
		switch {
		case rs[i] == '“':
			depth++
		case depth > 0:
			depth--
		case k+1 < len(marks) && rs[marks[k+1]] == '”':
			rs[i], depth, changed = '“', 1, true
		}
	}
	return string(rs), changed
}

// signatureBlock is the index of the first block that signs the
// document: the names of the bodies that sign (the lines closingSignature
// found) or the issuer's name over the date at its end
// ("桥城市住房和城乡建设局" / "2026年2月9日"), paragraphs, never headings;
// len(blocks) for none.
func (d *draft) signatureBlock() int {
	blocks := d.blocks
	n := len(blocks)
	if len(d.signature) > 0 {
		// The block the signature's first line opens, looked for from the
		// end: on a -layout page, lines are read column after column, so
		// a line's number does not tell the order.
		no := d.lines[d.signature[0]].no
		for k := n - 1; k >= 0; k-- {
			if blocks[k].first == no {
				return k
			}
		}
	}
	if n < 3 || blocks[n-1].kind != paragraph || !issueDate.MatchString(blocks[n-1].text) {
		return n
	}
	if s := blocks[n-2].text; blocks[n-2].kind == paragraph && runeCount(s) <= 30 && !hasEndPunct(s) && headingPattern(s) == noPattern {
		return n - 2
	}
	return n - 1
}

// issueDate is the date a document is signed on.
var issueDate = regexp.MustCompile(`^(?:` + chineseDate + `)$`)

// maxHeading is the longest a numbered heading runs ("（二）加快建设以先进
// 制造业为骨干、以数字经济为引领、具有岭东特色和竞争优势的现代化产业体系"),
// given no sentence mark in it; one that ends in "。" may be a run-in head
// and stays within 40.
const maxHeading = 60

// listItems marks the items of numbered lists: runs of paragraphs
// numbered alike, one of which ends with a semicolon ("（一）与住宅建筑保持
// …；" / … / "（四）设置醒目的…标志。"), as no heading does.
func listItems(blocks []block) []bool {
	items := make([]bool, len(blocks))
	for from := 0; from < len(blocks); {
		pattern := noPattern
		if blocks[from].kind == paragraph {
			pattern = headingPattern(blocks[from].text)
		}
		to, semicolon := from+1, endMark(blocks[from].text) == '；'
		for pattern != noPattern && to < len(blocks) && blocks[to].kind == paragraph && headingPattern(blocks[to].text) == pattern {
			semicolon = semicolon || endMark(blocks[to].text) == '；'
			to++
		}
		if pattern != noPattern && semicolon {
			for k := from; k < to; k++ {
				items[k] = true
			}
		}
		from = to
	}
	return items
}

// headingText is text short enough for a numbered heading: a phrase of
// at most maxHeading characters, or one sentence of at most 40.
func headingText(s string) bool {
	if !hasTerminal(s) {
		return runeCount(s) <= maxHeading && !strings.ContainsAny(s, ";!?")
	}
	return onePhrase(s, 40)
}

// onePhrase is text of at most n characters with no sentence end inside
// (one final "。" allowed).
func onePhrase(s string, n int) bool {
	t := strings.TrimRight(s, "。？！?!")
	return runeCount(s) <= n && !strings.ContainsAny(t, "。！？；;!?")
}

// headingLevel returns the level of a heading paragraph (0: not one) and
// whether it was recognized by its shape only, without a numbering.
func headingLevel(b *block, zh, hasSections bool) (int, bool) {
	s := b.text
	switch headingPattern(s) {
	case patSection:
		if headingText(s) {
			return 2, false
		}
	case patSub:
		if headingText(s) {
			return 3, false
		}
	case patChapter:
		if headingText(s) {
			return 2, false
		}
	case patNumbered:
		if onePhrase(s, 30) && !strings.ContainsRune("。，、；：.,;:", endMark(s)) {
			if hasSections {
				return 3, false
			}
			return 2, false
		}
	}
	marks := "、,;；。！？"
	if !zh && strings.Count(s, ",") == 1 && !strings.ContainsFunc(s, isDigit) {
		// A title-case heading may have a comma ("Forty Years, One
		// Morning at a Time"); a date or a place has digits or more
		// commas ("Riverside Convention Hall, Port Alder, February 9").
		marks = "、;；。！？"
	}
	if zh && termSeries(s) {
		marks = strings.ReplaceAll(marks, "、", "") // "城市、乡村、文化": a headline may list terms
	}
	if b.first != b.last && !b.wrapped || hasEndPunct(s) || strings.HasPrefix(s, "—") || sourceLike(s) || isIssuer(s) || issuers(s) || strings.ContainsAny(unquoted(s), marks) ||
		isDatedDay(s) || yearMonth.MatchString(s) || // "2026年4月16日", "2025年9月": a date alone heads nothing
		labelledFigure(s) || // "缴存人数：12.6万人": an item of a list of figures
		!twoPhrases(s) || parenthesized(s) || isDocumentNumber(s) {
		return 0, false
	}
	if zh {
		// A headline opens with no aside in brackets, text may
		// ("（截至9月）底，…"); and it closes the brackets it opens (a
		// piece of text cut at a bracket does not: "…字）").
		if n := runeCount(s); n >= 2 && n <= 25 && strings.ContainsFunc(s, isHan) && !opensWithConnective(s) && !strings.HasPrefix(s, "（") &&
			strings.Count(s, "（") == strings.Count(s, "）") {
			return 2, true
		}
		return 0, false
	}
	if looksLikeEnglishHeading(s) {
		return 2, true
	}
	return 0, false
}

// inList reports whether block k is an item of a list rather than a
// heading: terms listed under a line that introduces them ("获奖名单：" /
// "刘洋、陈静、赵强"), or a labelled value beside another ("形势判断：
// 稳中有进" / "发展目标：全面提升").
func inList(blocks []block, k int) bool {
	s := blocks[k].text
	prev, next := "", ""
	if k > 0 {
		prev = blocks[k-1].text
	}
	if k+1 < len(blocks) {
		next = blocks[k+1].text
	}
	if termSeries(s) && (endMark(prev) == '：' || strings.HasSuffix(prev, "名单") || termSeries(prev) || termSeries(next)) {
		return true
	}
	item := func(t string) bool { return labelledItem(t) && runeCount(t) <= 32 && !hasTerminal(t) }
	return item(s) && (item(prev) || item(next))
}

// termSeries reports whether s lists three or four short terms of two
// to six characters between enumeration commas and nothing else
// ("山水、人文、烟火气"): text that lists terms goes on into a longer
// clause.
func termSeries(s string) bool {
	parts := strings.Split(s, "、")
	if len(parts) < 3 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if n := runeCount(p); n < 2 || n > 6 || strings.ContainsFunc(p, func(r rune) bool { return !isHan(r) }) {
			return false
		}
	}
	return true
}

// labelledFigure is a labelled item whose value is a figure.
func labelledFigure(s string) bool {
	_, rest, ok := strings.Cut(s, "：")
	return ok && labelledItem(s) && isDigit(firstRune(rest))
}

// yearMonth is a year and a month alone ("2025年9月", "二〇二五年九月"),
// as a report dates itself under its title.
var yearMonth = regexp.MustCompile(`^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月$`)

// connectives open a clause that goes on from the sentence before: a
// line that opens with one and a comma ("可是，老人并没有放下") is text
// whose end OCR lost, never a heading.
var connectives = []string{"可是", "但是", "然而", "因此", "所以", "同时", "此外", "另外", "而且", "并且", "不过", "于是", "其实", "随后", "此后"}

func opensWithConnective(s string) bool {
	head, _, ok := strings.Cut(s, "，")
	return ok && slices.Contains(connectives, head)
}

// twoPhrases is text with no comma, or one comma between two phrases of
// two characters or more ("一片雪场，盘活一个村"): a headline may pair two
// phrases, text cut short does not stand alone so. Quotation marks add
// no words to count.
func twoPhrases(s string) bool {
	parts := strings.Split(s, "，")
	switch len(parts) {
	case 1:
		return true
	case 2:
		return runeCount(parts[0]) >= 2 && runeCount(parts[1]) >= 2 && runeCount(s)-quoteMarks(s) <= 20
	}
	return false
}

// smallWords stay lower case in English titles.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true}

// looksLikeEnglishHeading is a short line whose words are capitalized
// (small words aside) and that starts with a capital or a number.
func looksLikeEnglishHeading(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	if r := firstRune(s); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	lettered := 0
	for _, w := range words {
		r := firstRune(w)
		switch {
		case smallWords[strings.ToLower(w)], unicode.IsDigit(r):
		case unicode.IsUpper(r):
			lettered++
		default:
			return false
		}
	}
	return lettered > 0
}
