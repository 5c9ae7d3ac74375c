package convert

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// What a page prints once outside the title block: its credits,
// contacts, web address, jump lines, advertisements, notes and the
// specks OCR reads on its rules (printedOnce).

// advertisement returns the lines of an advertisement that line i labels
// ("广告", alone on its line as the law has it, a blank line beside it):
// it and the few lines with text under it, none with a sentence's stop,
// up to the page's end, a page break or a line already removed there
// (the page's number, its foot). Text never names itself so on a line of
// its own; a section of a yearbook under that name is sentences, a
// table's cell sits among others, and the document's end is no page's.
func advertisement(lines []line, i int, gone map[int]string) []int {
	const most = 6 // lines of text an advertisement at a page's foot holds
	if l := &lines[i]; l.blank || l.gone || !adLabel(l.text) {
		return nil
	}
	if !(i > 0 && lines[i-1].blank || i+1 < len(lines) && lines[i+1].blank) {
		return nil
	}
	ad := []int{i}
	for j := i + 1; j < len(lines); j++ {
		_, removed := gone[j]
		if lines[j].page || lines[j].gone || removed {
			if !advertises(lines, ad[1:]) {
				return nil
			}
			return ad
		}
		if lines[j].blank {
			continue
		}
		if ad = append(ad, j); len(ad) > most+1 || strings.Contains(lines[j].text, "。") {
			return nil
		}
	}
	return nil
}

// adLabel reports whether s is the label the law gives an advertisement,
// "广告", alone (spaces and a form feed aside).
func adLabel(s string) bool {
	return strings.Contains(s, "广告") && len(s) <= 200 && strings.Join(strings.Fields(strings.ReplaceAll(s, "\f", "")), "") == "广告"
}

// advertises reports whether the lines at idx read as an advertisement:
// a telephone line, a web address or a dated offer among them, and no
// row of figures (a yearbook's table under a section of that name).
func advertises(lines []line, idx []int) bool {
	sign := false
	for _, i := range idx {
		t := lines[i].text
		figures := 0
		for _, f := range strings.Fields(t) {
			if numericField.MatchString(f) {
				figures++
			}
		}
		if figures >= 2 {
			return false
		}
		sign = sign || adSign.MatchString(t)
	}
	return sign
}

// numericField is a figure alone between spaces: a table's cell.
var numericField = regexp.MustCompile(`^[\d.,%]+$`)

// adSign is what an advertisement gives its reader: a number to call, an
// address, a date of its offer.
var adSign = regexp.MustCompile(`热线|电话|咨询|地址|网址|www\.|\d{3,4}-\d{7,8}|\d{1,2}月\d{1,2}日`)

// printedOnce is the rule that removes line i of Chinese text as a head
// or foot printed once ("" for none), when the lines found to recur are
// gone: a speck OCR read as letters, a page's credits, a web address, a
// telephone line, a paper's name. above: no sentence ends before it.
func printedOnce(lines []line, i, top int, above bool) string {
	l := &lines[i]
	if l.blank || l.gone {
		return ""
	}
	if ocrSpeck(lines, i, above) || above && (specksApart(l.text) || bracketSpeck(l.text)) {
		return "ocr-speck"
	}
	t := trimSpace(l.text)
	if len(t) <= 40 && (strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(")) && jumpLine.MatchString(t) {
		return "jump-line" // "（下转第2版）": where the article goes on, not text
	}
	if ornamentLine(t) {
		return "ornament" // "◆◆◆" between sections
	}
	if emphasisDots(t) || dotAlone(t) && (i > 0 && emphasisDots(trimSpace(lines[i-1].text)) || i+1 < len(lines) && emphasisDots(trimSpace(lines[i+1].text))) {
		return "ornament" // "• • • •": the dots a heading sets under its characters
	}
	if (strings.IndexByte(t, '|') >= 0 || strings.Contains(t, "｜")) && sectionFolio(t) && nearPageBreak(lines, i) {
		return "running-header" // "封面报道 | 21" at a page's head, once
	}
	if pagePointers(t) {
		return "jump-line" // "导读 … ▸07版 … ▸08版": the paper's other pages
	}
	if above && strings.HasSuffix(t, "摄") && (i == 0 || lines[i-1].blank || lines[i-1].gone) && len(t) <= 240 && photoCredit.MatchString(t) {
		// "…在展厅参观。 本刊记者 李明 摄": the caption of the photo a
		// page sets under the title, over the text (a caption in the
		// text, its photo gone, may be the text's)
		return "caption"
	}
	if strings.Contains(t, "分钟") && (strings.Contains(t, "阅读提示") || strings.Contains(t, "全文") || strings.Contains(t, "本文")) && readingTime.MatchString(t) {
		return "reading-time" // "阅读提示 全文约3200字 阅读约需8分钟": the magazine's, over the text
	}
	if strings.HasPrefix(t, "栏目") && (columnHead.MatchString(t) || ocrColumnHead.MatchString(t) && isolated(lines, i)) {
		return "running-header" // "栏目 · 生态观察": the column's name, a page's head
	}
	if angledNumber.MatchString(t) && isolated(lines, i) && nearPageBreak(lines, i) {
		return "page-number" // "〈3〉" at a page's foot; elsewhere it may number a poem of a cycle
	}
	if oneHan(t) && verticalLabel(lines, i) {
		return "vertical-label" // a section's tab in the margin, a character a line
	}
	if !above && mottoApart(lines, i) {
		return "running-header" // (the title block's lines stand apart too)
	}
	if contactsFoot(t) && contactAlone(lines, i) && !namesContact(lines, i) {
		return "running-header" // a foot of the paper's contacts
	}
	if len(l.text) > 120 {
		return ""
	}
	// The page's credits ("编辑：周敏 校对：李青"), a web address (after
	// the paper's name too) or a telephone line in mid sentence
	// ("…省市共同出资、省" / "www.taoxidaily.com.cn" / "交通投资…"): a
	// foot, once.
	if creditsFoot(t) || creditOpens(t) && pageRole.MatchString(t) ||
		datedWeekday(t) && (isolated(lines, i) || sentenceAround(lines, i)) ||
		t != "" && isDigit(rune(t[len(t)-1])) && len(t) <= 90 && contactFoot(t) && (sentenceAround(lines, i) || contactAlone(lines, i)) && !namesContact(lines, i) ||
		t != "" && (isLatin(rune(t[0])) && urlPattern.MatchString(t) || namedURL(t)) && sentenceAround(lines, i) ||
		t != "" && (isLatin(rune(t[0])) && urlPattern.MatchString(t) || namedURL(t)) && addressAlone(lines, i) ||
		i >= top && (paperAlone(lines, i) || periodicalHead(lines, i)) {
		return "running-header"
	}
	return ""
}

// readingTime is the note a magazine sets over an article of how long
// it is and how long it takes to read ("阅读提示 全文约3200字 阅读约需8分钟",
// "本文约2000字，预计阅读时间5分钟"), OCR's specks between its parts; it
// names itself or the article's length (a sentence's last line may read
// "阅读30分钟。").
var readingTime = regexp.MustCompile(`^(?:阅读提示\s*[：:]?\s*)?(?:(?:全文|本文)(?:共|约)?\s*\d+\s*字[\s，,。、“”"']*)?(?:预计)?阅读(?:时间|时长)?\s*(?:约需|约为|约|需要|需)?\s*\d+\s*分钟[。”"]?$`)

// photoCredit ends a photo's caption: who took it, before 摄 a space
// apart ("本刊记者 李明 摄", "张三 摄"), after the caption's sentence or
// alone. Text writes "…所摄" solid.
var photoCredit = regexp.MustCompile(`(?:^|[。！？”）\s])\s*(?:(?:本报|本刊)?(?:特约|摄影)?(?:记者|通讯员)\s+)?\p{Han}{2,4}\s+摄$`)

// columnHead is a column's name as a page's head gives it: "栏目" and
// the name, a dot or a bar between ("栏目 · 生态观察"); ocrColumnHead the
// same with the dot as OCR reads it, a comma or a stop and the space
// after it ("栏目， 生态观察"), which stands apart from the text: a line
// of text may open with "栏目，" ("…开设专题" / "栏目，推出…").
var (
	columnHead    = regexp.MustCompile(`^栏目\s*[·・|｜]\s*\p{Han}{2,10}$`)
	ocrColumnHead = regexp.MustCompile(`^栏目[，,:：'.]\s+\p{Han}{2,10}$`)
)

// pagePointer is a pointer to a page of the paper ("▸ 07版", "→第8版",
// "见11版").
var pagePointer = regexp.MustCompile(`(?:[▸►▶→]|见)\s*第?\s*\d{1,3}\s*版`)

// pagePointers reports whether s points to two pages of the paper or
// more, with no mark of a clause: a strip of pointers to what other pages
// hold, no text's sentence.
func pagePointers(s string) bool {
	return strings.Contains(s, "版") && len(s) <= 400 && !hasClauseMark(s) && len(pagePointer.FindAllStringIndex(s, 3)) >= 2
}

// creditOpens reports whether s opens with the first character of one
// of the roles pageCredit and pageRole start with.
func creditOpens(s string) bool {
	switch firstRune(s) { // a switch: this runs for every line
	case '责', '编', '校', '美', '图', '审', '版', '组', '视', '监', '本', '值', '主':
		return true
	}
	return false
}

// namesAddress reports whether text a ends with a word that leads to a
// web address ("详见", "请登录"): the address is the text's.
func namesAddress(a string) bool {
	for _, w := range []string{"见", "登录", "访问", "网址", "网站", "关注", "如下"} {
		if strings.HasSuffix(a, w) {
			return true
		}
	}
	return false
}

// addressAlone reports whether line i, a web address, stands alone
// where the text does not name it: no colon or word that introduces an
// address ends the text above it ("详见", "网址："), and no address
// stands next to it (a list of them is the text's). A page's foot prints
// the paper's address between paragraphs or under the last.
func addressAlone(lines []line, i int) bool {
	p, n := textAround(lines, i)
	if p < 0 {
		return false
	}
	a := strings.TrimSpace(lines[p].text)
	return !strings.HasSuffix(a, "：") && !strings.HasSuffix(a, ":") && !urlPattern.MatchString(a) && !namesAddress(a) &&
		!(n < len(lines) && urlPattern.MatchString(strings.TrimSpace(lines[n].text)))
}

// contactAlone reports whether line i, a telephone line, stands alone
// where the text does not introduce it: no colon ends the text above it
// (a web address above is the foot's too).
func contactAlone(lines []line, i int) bool {
	p := i - 1
	for p >= 0 && (lines[p].blank || lines[p].gone || urlPattern.MatchString(strings.TrimSpace(lines[p].text))) {
		p--
	}
	if p < 0 {
		return false
	}
	a := strings.TrimSpace(lines[p].text)
	return !strings.HasSuffix(a, "：") && !strings.HasSuffix(a, ":")
}

// namesContact reports whether the text before line i asks the reader
// to call ("…请拨打" / "新闻热线 96111"): then the line is the text's.
func namesContact(lines []line, i int) bool {
	p, _ := textAround(lines, i)
	if p < 0 {
		return false
	}
	a := lines[p].text
	return strings.HasSuffix(a, "拨打") || strings.HasSuffix(a, "致电") || strings.HasSuffix(a, "联系")
}

// ocrSpeck tells whether line i of Chinese text is a speck of the page
// (a rule, a dot, a photo's edge) that OCR read as one to three Latin
// letters ("Lu", "O"): letters alone, apart from the text by a blank
// line, between two lines of Chinese text; above the first sentence's
// end, the second may open with a mark (a title's "《…"), and the first
// may be a masthead line found gone. Text cannot
// put a word of letters alone on a line: the next characters would have
// fitted beside it, or a mark would end it.
func ocrSpeck(lines []line, i int, above bool) bool {
	s := trimSpace(lines[i].text)
	if len(s) == 0 || len(s) > 3 || strings.ContainsFunc(s, func(r rune) bool { return !isLatin(r) }) {
		return false
	}
	prev, next := i-1, i+1
	for prev >= 0 && (lines[prev].blank || lines[prev].gone) {
		prev--
	}
	for next < len(lines) && (lines[next].blank || lines[next].gone) {
		next++
	}
	if next == len(lines) || prev == i-1 && next == i+1 || prev < 0 && !(above && slices.ContainsFunc(lines[:i], func(l line) bool { return l.gone })) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[next].text))
	if prev < 0 {
		return opensChinese(first) // over the title, the masthead above it gone
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(lines[prev].text))
	return isHan(last) && (isHan(first) || above && opensChinese(first))
}

// pageRole names one of the page's editors on a line of its own, by a
// role only a page has ("版面编辑：周敏", "责任校对：李青", OCR's "责任校对;
// 李青"); an article's "编辑：" or "责任编辑：" may be its own.
var pageRole = regexp.MustCompile(`^(?:版面编辑|本版编辑|本版责编|责任校对|美术编辑|美编|版式设计|组版)\s*[：:;；]\s*\p{Han}{2,4}$`)

// contactFoot is a paper's telephone line, also after its web address
// ("新闻热线：0571-85100000", OCR's "www.… “新闻热线: 0571-…").
func contactFoot(s string) bool {
	if contactLine.MatchString(s) {
		return true
	}
	f := strings.Fields(s)
	if len(f) < 2 || !urlPattern.MatchString(f[0]) {
		return false
	}
	rest := strings.TrimLeft(strings.Join(f[1:], " "), "“”\"'‘’ ")
	return contactLine.MatchString(rest)
}

// contactsFoot is a page's foot of the paper's contacts, too long for a
// head: two kinds or more of a telephone line, an e-mail address, a web
// address, the paper's address and a licence or issue number ("订阅热线 0571-8766 2231 投稿邮箱
// tg@x.cn 广告经营许可证：…"), without a mark that ends a sentence or a
// clause, one of them only a paper's (paperContact) or a page label at
// its end.
func contactsFoot(s string) bool {
	if contactKinds(s) < 2 {
		return false
	}
	fields := strings.Fields(s)
	return paperContact.MatchString(s) || len(fields) > 1 && isLabelToken(fields[len(fields)-1])
}

// paperContact names what only a paper prints: its hotlines, its box for
// contributions, its licence or issue number. A notice's contacts
// ("联系电话：… 电子邮箱：…") are its text.
var paperContact = regexp.MustCompile(licenceWords + `|(?:新闻|订阅|广告|读者|发行)热线|投稿邮箱`)

// licenceWords name a paper's licence or issue number.
const licenceWords = `许可证|刊号|邮发代号|统一连续出版物号`

// contactKinds counts the kinds of footContacts in s, a line without a
// mark that ends a sentence or a clause (0 for any other line).
func contactKinds(s string) int {
	if len(s) > 300 || !strings.ContainsAny(s, "0123456789") || hasClauseMark(s) || strings.ContainsAny(s, ",;") {
		return 0 // (every kind has a digit, an address's or a number's)
	}
	kinds := 0
	for _, re := range footContacts {
		if re.MatchString(s) {
			kinds++
		}
	}
	return kinds
}

// mottoApart reports whether line i, a phrase of Chinese characters alone
// between blank lines, parts a word the text around it cuts ("…超低排" /
// "" / "发现城市之美" / "" / "放改造…"): a page's motto or section name, read
// into the text where the page ends; text would go on with the word.
func mottoApart(lines []line, i int) bool {
	if !isolated(lines, i) {
		return false
	}
	t := trimSpace(lines[i].text)
	if n := runeCount(t); n < 4 || n > 12 || !allHan(t) {
		return false
	}
	p, n := textAround(lines, i)
	if p < 0 || n == len(lines) {
		return false
	}
	a, b := trimSpace(lines[p].text), trimSpace(lines[n].text)
	return !hasEndPunct(a) && isHan(lastRune(a)) && isHan(firstRune(b)) && cutInPhrase(a, b) && !cutInPhrase(a, t) && !cutInPhrase(t, b)
}

// oneHan reports whether t is a single Chinese character.
func oneHan(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && isHan(r)
}

// verticalLabel reports whether line i is one of three to eight lines
// of a single Chinese character each, with a blank line above and below
// them and a page break within a few lines: a label set vertically in the
// margin (a section's tab), which extraction reads a character a line
// at a page's edge. Text leaves a character alone on a line only at a
// paragraph's end, once; a column of a table or a poem set a character
// a line stands inside a page.
func verticalLabel(lines []line, i int) bool {
	const most = 8
	single := func(k int) bool {
		return !lines[k].blank && !lines[k].gone && oneHan(trimSpace(lines[k].text))
	}
	// The label's lines, blank lines between them or none.
	prev := func(k int) int {
		for k--; k >= 0 && lines[k].blank && !lines[k].gone; k-- {
		}
		return k
	}
	next := func(k int) int {
		for k++; k < len(lines) && lines[k].blank && !lines[k].gone; k++ {
		}
		return k
	}
	lo, hi, n := i, i, 1
	for p := prev(lo); p >= 0 && n <= most && single(p); p = prev(lo) {
		lo, n = p, n+1
	}
	for q := next(hi); q < len(lines) && n <= most && single(q); q = next(hi) {
		hi, n = q, n+1
	}
	if n < 3 || n > most {
		return false
	}
	apart := func(k int) bool { return k < 0 || k >= len(lines) || lines[k].blank || lines[k].gone }
	if !apart(lo-1) || !apart(hi+1) {
		return false
	}
	if hi+8 >= len(lines) {
		return true // the last page's edge
	}
	for k := max(0, lo-6); k <= hi+8; k++ {
		if lines[k].page {
			return true
		}
	}
	return false
}

// jumpLine is a line alone that tells where an article goes on or came
// from ("（下转第2版）", "（上接第1版）", "(转A3版)"): the page's, not the text's.
var jumpLine = regexp.MustCompile(`^[（(]\s*(?:下转|转|上接|接|续)\s*(?:第\s*)?[A-Z]?\d{1,3}\s*[版页]\s*[）)]$`)

// mailAddress is an e-mail address.
var mailAddress = regexp.MustCompile(`[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`)

// footContacts are the kinds of contact a page's foot prints.
var footContacts = []*regexp.Regexp{
	regexp.MustCompile(`(?:热线|电话|传真)\s*[：:]?\s*\d[\d -]{3,}\d`),
	mailAddress,
	regexp.MustCompile(`(?i)(?:^|[\s：:])(?:https?://|www\.)[a-z0-9-]+\.`),
	regexp.MustCompile(licenceWords),
	regexp.MustCompile(`(?:本报|报社)地址|社址`), // the paper's own address (a notice's has no such name)
}

// pageCredit names the page's editors ("编辑：周敏 校对：李青", OCR's
// "编辑: 周敏 校对; 李青"): two roles or more, each with a name, a page
// foot no article prints.
var pageCredit = regexp.MustCompile(`^(?:(?:责任编辑|本版责编|本版编辑|责编|编辑|校对|美编|审核|版式|组版|视觉|监制)\s*[：:;；]\s*\p{Han}{2,4}\s*){2,}(?:\s+[A-Za-z]?\d{1,3})?$`)

// pageCreditSpaced is pageCredit with the roles set apart from their names
// by spaces alone, or not at all, in OCR ("本版编辑 周敏 美编 李青 校对
// 王岚", "本版编辑周敏 美编 李青"); the pairs stand apart, so a line of
// text that runs on ("编辑出版工作校对完成") is none. creditsFoot also
// wants a role only a page names.
var pageCreditSpaced = regexp.MustCompile(`^` + creditRole + `\s*[：:;；]?\s*\p{Han}{2,4}(?:\s+` + creditRole + `\s*[：:;；]?\s*\p{Han}{2,4})+(?:\s+[A-Za-z]?\d{1,3})?$`)

// creditsFoot reports whether line t is the page's credits, a page label
// after them maybe ("本版编辑 周敏 美编 李青 校对 王岚        第3版", as
// -layout sets a page's foot, runs of spaces between its parts).
func creditsFoot(t string) bool {
	if !creditOpens(trimSpace(t)) || !strings.Contains(t, "编") {
		return false // most lines: this runs for every line
	}
	credits := func(t string) bool {
		return creditOpens(t) && strings.Contains(t, "编") && (pageCredit.MatchString(t) || pageCreditSpaced.MatchString(t) && pageOnlyRole(t))
	}
	t = strings.Join(strings.Fields(t), " ") // -layout's runs of spaces (and ideographic ones) between the pairs
	if credits(t) {
		return true
	}
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return false
	}
	if f, ok := splitFurniture(t[i+1:]); !ok || f.stem != "" {
		return false // more than a label after the credits
	}
	return credits(t[:i])
}

// pageOnlyRole reports whether s names a role only a page's credits name
// (an article may say "编辑部门 审核流程").
func pageOnlyRole(s string) bool {
	for _, r := range []string{"美编", "美术编辑", "校对", "责编", "本版编辑", "责任编辑"} {
		if strings.Contains(s, r) {
			return true
		}
	}
	return false
}

const creditRole = `(?:责任编辑|本版责编|本版编辑|本版主编|值班编辑|值班主任|版面编辑|主编|责编|编辑|责任校对|校对|美术编辑|美编|图片编辑|审核|版式|组版|视觉|监制)`
