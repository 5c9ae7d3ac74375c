package convert

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cjk-publish/publish/words"
)

// The masthead and the title block: what a page prints above the title
// once (the paper's name, its date, issue, weather and section), and
// a periodical's head further on.

// headResidue reports whether line i is a scrap of a page's head: a
// few characters without a mark, in a run of lines without a blank one
// whose lines right above and below it are heads (a head's name OCR
// read in two pieces, between the head's other lines). Text does not
// stand between two of a head's lines.
func headResidue(lines []line, i int, gone map[int]string) bool {
	if i == 0 || i+1 >= len(lines) || lines[i].blank || lines[i].gone {
		return false
	}
	t := strings.TrimSpace(lines[i].text)
	if len(t) > 4*3 {
		return false // most lines: four Chinese characters take twelve bytes
	}
	head := func(j int) bool {
		r := gone[j]
		return !lines[j].blank && (r == "running-header" || r == "masthead" || r == "page-number")
	}
	return runeCount(t) <= 4 && allHan(t) && head(i-1) && head(i+1)
}

// issueApart reports whether line i is an issue's day alone
// ("6月15日出版") between blank lines, a blank line from line j, a
// periodical's head found gone: the head's second line.
func issueApart(lines []line, i int, gone map[int]string, j int) bool {
	r := gone[j]
	return (r == "running-header" || r == "masthead") && isolated(lines, i) && !lines[i].blank && !lines[i].gone &&
		lines[(i+j)/2].blank && issueDay.MatchString(trimSpace(lines[i].text))
}

// appCall reports whether line i is the paper's call to scan its code,
// download its app or follow its account ("扫码下载“千山晚报”客户端 获取更多资讯"),
// set in a strip with its contacts: no clause's mark, and right above
// or below it a line of the paper's contacts found to be furniture.
// Text asks so in sentences, and a headline may name a code to scan
// ("“扫一扫”为何成了必选项").
func appCall(lines []line, i int, gone map[int]string) bool {
	contacts := func(j int) bool {
		if j < 0 || j >= len(lines) || lines[j].blank {
			return false
		}
		if _, g := gone[j]; !g {
			return false
		}
		t := trimSpace(lines[j].text)
		return contactsFoot(t) || contactFoot(t)
	}
	l := &lines[i]
	if l.blank || l.gone || len(l.text) > 150 || !contacts(i-1) && !contacts(i+1) { // most lines: no furniture beside them
		return false
	}
	return !hasClauseMark(l.text) && appWords.MatchString(l.text)
}

// appWords asks the reader to scan a code, download an app or follow an
// account.
var appWords = regexp.MustCompile(`扫码|扫描二维码|扫一扫|长按识别|下载.{0,12}(?:客户端|APP|App|app)|关注.{0,12}(?:公众号|视频号|抖音号)`)

// newsSection is a paper's section named for its news ("时政新闻",
// "国际新闻"): a section's name, though it names a medium.
var newsSection = regexp.MustCompile(`^\p{Han}{2,4}新闻$`)

// kickerOver reports whether line i, a short name, stands over the
// title: the next line with text is three characters longer or more and
// no line of the title block (a subtitle's dash, a byline, a date), as
// under a kicker set in a box; a title stands over those.
func kickerOver(lines []line, i int) bool {
	k := textAfter(lines, i)
	if k < 0 {
		return false
	}
	t := strings.TrimSpace(lines[k].text)
	return runeCount(t) >= runeCount(strings.TrimSpace(lines[i].text))+3 && titleGoesOn(t) && !dateAlone(t)
}

// nameOverMasthead reports whether line i, a name of eight Chinese
// characters or fewer at the left edge, stands right over a masthead
// line that gives the weekday, the page's label or the issue; only the
// issue, a blank line between, where issueOnly (the line is not the
// first: a title's tail may stand right over a paper's date, page and
// issue). (A -layout page sets a title centred over the page's head.)
func nameOverMasthead(lines []line, i int, issueOnly bool) bool {
	t := strings.TrimSpace(lines[i].text)
	if n := runeCount(t); n < 2 || n > 8 || !allHan(t) || lines[i].indentW > 0 {
		return false
	}
	k := textAfter(lines, i)
	if k < 0 || issueOnly && k == i+1 {
		return false // (issueOnly: set apart from it, as a head's two parts are)
	}
	u := lines[k].text
	return mastheadText(u) && (!issueOnly && strings.Contains(u, "星期") || slices.ContainsFunc(strings.Fields(u), func(f string) bool {
		return !issueOnly && isLabelToken(f) || issueLabel.MatchString(f) || issueDay.MatchString(f)
	}))
}

// twoNames is two names of two Chinese characters apart and nothing
// else ("社会 民生"), as a page's head names its section; a headline's
// two phrases are longer ("砥砺奋进 再创辉煌").
func twoNames(s string) bool {
	f := strings.Fields(s)
	return len(f) == 2 && allHan(f[0]) && allHan(f[1]) && runeCount(f[0]) == 2 && runeCount(f[1]) == 2
}

// namePairOverMasthead returns the line of a section's name that OCR
// read apart from the paper's name on the first line, i, the dot between
// them read as a quote that opens it ("白城法治" / "”法治社会" over
// "2026.06.16 周二"), right over a masthead line; or -1. No line of a
// title opens with a closing quote.
func namePairOverMasthead(lines []line, i int) int {
	name := trimSpace(lines[i].text)
	if n := runeCount(name); n < 2 || n > 8 || !allHan(name) {
		return -1
	}
	k := textAfter(lines, i)
	if k < 0 {
		return -1
	}
	t := trimSpace(lines[k].text)
	section := strings.TrimLeft(t, "”’")
	if n := runeCount(section); section == t || n < 2 || n > 6 || !allHan(section) {
		return -1
	}
	if m := textAfter(lines, k); m < 0 || !mastheadText(lines[m].text) {
		return -1
	}
	return k
}

// textAfter returns the index of the next line with text after line i,
// a blank line at most between (-1: none).
func textAfter(lines []line, i int) int {
	for k := i + 1; k < len(lines) && k <= i+2; k++ {
		if !lines[k].blank && !lines[k].gone {
			return k
		}
	}
	return -1
}

// cutAbove reports whether line i goes on from the line right above
// it, a word or a phrase cut between them (a title's tail).
func cutAbove(lines []line, i int) bool {
	if i == 0 || lines[i-1].blank || lines[i-1].gone {
		return false
	}
	return words.Splits(lines[i-1].text, lines[i].text) || cutInPhrase(lines[i-1].text, lines[i].text)
}

// verticalMasthead removes a paper's name set upright in the page's
// margin, one character to a line, at the top of the text: read across,
// its first character may open the line beside it ("西 让充电像加油一样方便"
// / "陵" / "晚" / "报"). The characters read down must name a paper.
// It reports whether it removed one.
func verticalMasthead(d *draft, top int) bool {
	glyph := func(i int) bool {
		t := strings.TrimSpace(d.lines[i].text)
		return !d.lines[i].blank && !d.lines[i].gone && utf8.RuneCountInString(t) == 1 && isHan(firstRune(t))
	}
	for i := 0; i < max(top, 16) && i < len(d.lines); i++ {
		if !glyph(i) {
			continue
		}
		end := i
		for end < len(d.lines) && glyph(end) {
			end++
		}
		if end-i < 2 {
			continue
		}
		name := ""
		for k := i; k < end; k++ {
			name += strings.TrimSpace(d.lines[k].text)
		}
		// The first character, set beside the line above.
		prefix, at := "", i-1
		if at >= 0 && !d.lines[at].blank && !d.lines[at].gone {
			t := strings.TrimLeft(d.lines[at].text, " \u3000")
			if r, n := utf8.DecodeRuneInString(t); isHan(r) && (strings.HasPrefix(t[n:], " ") || strings.HasPrefix(t[n:], "\u3000")) {
				prefix = string(r)
			}
		}
		switch {
		case prefix != "" && paperName.MatchString(prefix+name):
			l := &d.lines[at]
			t := strings.TrimLeft(l.text, " \u3000")
			rest := strings.TrimLeft(t[len(prefix):], " \u3000")
			d.noteRemoved(l.no, "masthead", prefix, fmt.Sprintf("removed %q, the first character of the paper's name set upright, before %q", prefix, rest))
			l.text = rest
		case paperName.MatchString(name):
		default:
			i = end
			continue
		}
		for k := i; k < end; k++ {
			l := &d.lines[k]
			d.noteRemoved(l.no, "masthead", strings.TrimSpace(l.text), "removed masthead line "+quote(l.text)+" (the paper's name set upright)")
			l.gone = true
		}
		return true
	}
	return false
}

// nameBeside removes a paper's name set upright beside the title block,
// one character before each of its lines as the text is read across
// ("海" / "峡 冬季港口安全…" / "航 …" / "运 …" / "报 …"): three lines
// or more so set, a character alone on the line above or under them
// too; read down, the characters, none twice, name a paper (报 or 刊
// last). It reports whether it removed one.
func nameBeside(d *draft, top int) bool {
	prefixed := func(i int) (rune, string, bool) {
		l := &d.lines[i]
		if l.blank || l.gone {
			return 0, "", false
		}
		t := strings.TrimLeft(l.text, " \u3000")
		r, n := utf8.DecodeRuneInString(t)
		if !isHan(r) || !strings.HasPrefix(t[n:], " ") && !strings.HasPrefix(t[n:], "\u3000") {
			return 0, "", false
		}
		rest := strings.TrimLeft(t[n:], " \u3000")
		return r, rest, runeCount(rest) >= 2 && !isLetterSpaced(rest)
	}
	lone := func(i int) bool { // (i in range: the callers check)
		t := trimSpace(d.lines[i].text)
		return !d.lines[i].blank && !d.lines[i].gone && runeCount(t) == 1 && isHan(firstRune(t))
	}
	for i := 0; i < max(top, 16) && i < len(d.lines); i++ {
		if _, _, ok := prefixed(i); !ok {
			continue
		}
		end := i
		for end < len(d.lines) {
			if _, _, ok := prefixed(end); !ok {
				break
			}
			end++
		}
		lo, hi := i, end
		if lo > 0 && lone(lo-1) {
			lo--
		}
		if hi < len(d.lines) && lone(hi) {
			hi++
		}
		var name []rune
		for k := lo; k < hi; k++ {
			name = append(name, firstRune(strings.TrimLeft(d.lines[k].text, " \u3000")))
		}
		if end-i < 3 || !distinctRunes(name) || !strings.ContainsRune("报刊", name[len(name)-1]) {
			i = end
			continue
		}
		for k := lo; k < hi; k++ {
			l := &d.lines[k]
			if r, rest, ok := prefixed(k); ok && k >= i && k < end {
				d.noteRemoved(l.no, "masthead", string(r), fmt.Sprintf("removed %q, a character of the paper's name %q set upright, before %q", string(r), string(name), rest))
				l.text = rest
				continue
			}
			d.noteRemoved(l.no, "masthead", trimSpace(l.text), "removed masthead line "+quote(l.text)+" (the paper's name set upright)")
			l.gone = true
		}
		return true
	}
	return false
}

// distinctRunes reports whether no rune of rs comes twice.
func distinctRunes(rs []rune) bool {
	for k, r := range rs {
		if slices.Contains(rs[:k], r) {
			return false
		}
	}
	return true
}

// capitalsHead is a running head in capitals with a page number: two
// words or more, no lower-case letter.
func capitalsHead(s string) bool {
	return len(strings.Fields(s)) >= 3 && strings.ToUpper(s) == s && strings.ContainsFunc(s, isUpper)
}

// periodicalHead is a periodical's name with its issue or date on line
// i (or any name before an issue's number), alone between blank lines, at a page's edge ("扶溪学刊 2026年第3期"
// under "第1页 共2页") or under a sentence's end: a running head, once,
// that a left page prints.
func periodicalHead(lines []line, i int) bool {
	t := lines[i].text
	// Cheap tests first: this runs on every line.
	if len(t) > 60 || !hasDigit(t) {
		return false
	}
	if strings.Contains(t, "年") && namedIssue(t) && (afterSentence(lines, i) && opensBelow(lines, i) || folioFirst(t)) && mastheadText(t) {
		// a name and its issue's year and number, after a sentence's end
		// or after the page's number: no text's line
		return true
	}
	return (isolated(lines, i) || nearPageBreak(lines, i) || underSentence(lines, i)) &&
		(strings.ContainsAny(t, "报刊志") && len(paperNames(t)) > 0 || namedIssue(t) && (strings.Contains(t, "年") || nearPageBreak(lines, i))) && mastheadText(t)
}

// folioFirst reports whether s opens with a page's number in dots or
// dashes ("·2·", OCR's ".2，") before more.
func folioFirst(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 2 && !isAllDigits(f[0]) && (isLabelToken(f[0]) || ocrFolio.MatchString(f[0]))
}

// opensBelow reports whether the text under line i opens a paragraph:
// a blank line comes between, or it keeps its indent (the line does not
// start the sentence that goes on below: "读书分享会 2026年第12期" /
// "将于下周六…").
func opensBelow(lines []line, i int) bool {
	_, n := textAround(lines, i)
	if n >= len(lines) {
		return true
	}
	for k := i + 1; k < n; k++ {
		if lines[k].blank {
			return true
		}
	}
	return lines[n].indent
}

// afterSentence reports whether the line with text above line i ends a
// sentence.
func afterSentence(lines []line, i int) bool {
	p, _ := textAround(lines, i)
	return p >= 0 && strings.ContainsRune("。！？", endMark(lines[p].text))
}

// sectionFolio is a section's name and the page's number after a bar
// ("封面报道 | 21"), as a magazine sets its page's head: above the title
// or at a page's edge. (Alone it is no masthead line: a page's head
// gives the paper too.)
func sectionFolio(s string) bool {
	f := strings.Fields(s)
	return len(f) == 3 && headSeparator(f[1]) && isAllDigits(f[2]) && len(f[2]) <= 3 && sectionName.MatchString(f[0])
}

// namedIssue is a name before an issue's number ("桥溪文摘 2026年第12期"):
// a periodical's head, whatever it calls itself, where the issue names
// its year or the line stands at a page's edge (a class's or a meeting's
// session is numbered so too: "读书分享会 第12期").
// The page's number may stand before it ("·2·   星月 2026年第4期", OCR's
// ".2， 星月 …").
func namedIssue(t string) bool {
	f := strings.Fields(t)
	if len(f) >= 3 && folioFirst(t) {
		f = f[1:]
	}
	return len(f) >= 2 && periodicalName.MatchString(f[0]) && issueLabel.MatchString(f[1])
}

// ocrFolio is a page's number between dots as OCR reads it, the second
// dot a comma (".2，").
var ocrFolio = regexp.MustCompile(`^[.。·・]\d{1,3}[，,]$`)

// paperAlone is a paper's name alone on line i, under a sentence's end
// and over a blank line or the end ("…落到实处。" / "栖云周报" / ""), or
// set apart in mid sentence ("…商业贷款" / "" / ".15 ." / "青屿月刊" / "" /
// "总利息…"): a running head or foot that OCR read once. A name that text
// wrapped to a line of its own would go on on the next line.
func paperAlone(lines []line, i int) bool {
	t := trimSpace(lines[i].text)
	// Cheap tests first: this runs on every line.
	return len(t) <= 36 && (strings.HasSuffix(t, "报") || strings.HasSuffix(t, "刊")) && (underSentence(lines, i) || setApart(lines, i) && sentenceAround(lines, i)) &&
		paperName.MatchString(t)
}

// dottedSection is a section's two names with a dot between them
// ("要闻·政务"), OCR's period for the dot too ("要闻.政务").
func dottedSection(stem string) bool {
	if i := strings.IndexByte(stem, '.'); i > 0 {
		stem = stem[:i] + "·" + stem[i+1:]
	}
	return strings.ContainsAny(stem, "·・") && sectionName.MatchString(stem)
}

// sectionLine is a line of section names and page labels only ("社会·民生
// 01", OCR's "社会 民生").
func sectionLine(s string) bool {
	fields := strings.Fields(tightLabels(s))
	return len(fields) > 0 && !slices.ContainsFunc(fields, func(f string) bool {
		return !sectionName.MatchString(f) && !isLabelToken(f)
	})
}

// sloganLine is a paper's motto under its name: two short phrases or
// more set apart ("贴近百姓  服务城市"), page labels aside.
func sloganLine(s string) bool {
	n := 0
	for _, f := range strings.Fields(tightLabels(s)) {
		if c := runeCount(f); !isLabelToken(f) {
			if c < 2 || c > 4 {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// specksApart tells whether a line above the text is specks OCR read
// far apart on a rule or an ornament of the masthead ("一全      AZ"):
// two pieces or more set wide apart, none longer than three characters,
// one of them Latin letters alone.
func specksApart(s string) bool {
	pieces := strings.Split(strings.TrimSpace(s), "    ")
	letters, n := false, 0
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if runeCount(p) > 3 || strings.Contains(p, " ") {
			return false
		}
		n++
		letters = letters || !strings.ContainsFunc(p, func(r rune) bool { return !isLatin(r) })
	}
	return n >= 2 && letters
}

// bracketSpeck is a line above the text of one to three brackets and
// bars and nothing else ("[|"): a box or a rule of the masthead as OCR
// reads it. Text has words between its brackets.
func bracketSpeck(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && runeCount(t) <= 3 && strings.Trim(t, "[]|｜()（）【】〔〕{}/\\") == ""
}

// Masthead parts: a paper's name, a date with its weekday, a URL, an
// edition label.
var (
	paperName = regexp.MustCompile(`^\p{Han}{2,8}(?:日报|晚报|早报|晨报|时报|商报|特区报|青年报|法治报|都市报|经济报|新闻报|周报|周刊|月刊|旬刊|画报|导报|快报|学刊|学报|杂志|期刊)$`)
	// ocrDottedSection is a section's dotted name as OCR reads the dot:
	// a quote, a stop, or a comma and a space between two-character
	// names ("城事'民生", "要闻. 综合", "要闻， 综合").
	ocrDottedSection = regexp.MustCompile(`^\p{Han}{2,6}(?:\s*['‘’]\s*|\s*[.。]\s*)\p{Han}{2,6}$|^\p{Han}{2}[，,]\s+\p{Han}{2}$`)
	// spacedSectionName is a publisher's and a section's name around a
	// colon with a space on either side: OCR's reading of the middle dot
	// between them ("石塘县融媒体中心 : 政务专刊"). A title's colon sits at
	// the left of its square, with no gap before it.
	spacedSectionName = regexp.MustCompile(`^\p{Han}{2,12}\s+[:：]\s+\p{Han}{2,6}$`)
	sectionName       = regexp.MustCompile(`^\p{Han}{2,6}(?:[·・]\p{Han}{2,6})?$`)
	englishDay        = regexp.MustCompile(`^(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}))$`)
	datedDay          = regexp.MustCompile(`^(?:` + chineseDate + `|\d{4}[./-]\d{1,2}[./-]\d{1,2}|星期[一二三四五六日天]|周[一二三四五六日]|农历\p{Han}{2,8})+$`)
	englishDate       = regexp.MustCompile(`^(?i:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)$`)
	// contactLine is a paper's telephone line in its foot ("新闻热线 96111",
	// "读者服务电话：0571-85100000").
	contactLine = regexp.MustCompile(`^\p{Han}{0,4}(?:热线|电话)\s*[：:]?\s*\d[\d-]{3,}\d$`)
	urlPattern  = regexp.MustCompile(`^(?i:(?:https?:/{1,2})?(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|info)(?:\.cn)?(?:/\S*)?)$`)
)

// issueLabel numbers a periodical's issue: "2026年第15期", "第1062期",
// "总第9127期", "2026年第19期（总第865期）", a paper's "总第23456号", a
// monthly's "2026年4月号";
// issueDay dates one: "5月15日出版".
var (
	issueLabel = regexp.MustCompile(`^(?:(?:\d{4}年)?总?第\d{1,5}期(?:[（(〈]总第\d{1,5}期[）)〉])?|[（(〈]总第\d{1,5}期[）)〉]|总第\d{1,6}号|\d{4}年\d{1,2}月号)$`)
	issueDay   = regexp.MustCompile(`^(?:\d{4}年)?\d{1,2}月\d{1,2}日出版$`)
)

// gluedIssue cuts a bulletin's name from its issue set right after it
// ("某某公报2026年第7期"): the issue is its tail from its year on, the
// name four characters or more ("开展第2期" is no bulletin's).
func gluedIssue(f string) (name, issue string, ok bool) {
	if !strings.ContainsAny(f, "期号") {
		return "", "", false // every issue's label ends in 期 or 号 (issueLabel)
	}
	for i, r := range f {
		if isDigit(r) && runeCount(f[:i]) >= 4 && issueLabel.MatchString(f[i:]) && periodicalName.MatchString(f[:i]) {
			return f[:i], f[i:], true
		}
	}
	return "", "", false
}

// issueName is the name of a bulletin or periodical that a masthead
// line gives before its issue ("北湖政务信息 2026年第14期", also set
// against it), or "".
func issueName(t string) string {
	f := strings.Fields(t)
	if len(f) == 0 {
		return ""
	}
	if name, _, ok := gluedIssue(f[0]); ok {
		return name
	}
	if len(f) > 1 && periodicalName.MatchString(f[0]) && issueLabel.MatchString(f[1]) {
		return f[0]
	}
	return ""
}

// periodicalName is a name of a few Chinese characters, as a bulletin
// or a periodical gives itself beside its issue's number.
var periodicalName = regexp.MustCompile(`^\p{Han}{2,10}$`)

// paperNumber numbers a paper's issue ("第7741号"); a line of its own so
// numbered may be an announcement's ("2026年第1号"), so it is a masthead
// part beside a date only.
var paperNumber = regexp.MustCompile(`^第\d{3,5}号$`)

// dateAlone is a date and nothing else on the line ("2026年6月18日",
// "2026.06.18"), its weekday beside it or not.
func dateAlone(s string) bool {
	t := strings.Join(strings.Fields(s), "")
	return strings.ContainsAny(t, "年.-/") && isDatedDay(t)
}

// weekdayAlone is a weekday and nothing else on the line ("星期四",
// "周四").
func weekdayAlone(s string) bool {
	t := strings.TrimSpace(s)
	return (strings.HasPrefix(t, "星期") || strings.HasPrefix(t, "周")) && runeCount(t) <= 3 && datedDay.MatchString(t)
}

// datedWeekday is a date with its weekday alone ("2026年4月9日  星期四"):
// the page's, where text does not write one on a line of its own.
func datedWeekday(s string) bool {
	// The date opens the line with a figure or a numeral: most lines fail
	// that before the scans for a weekday.
	if !opensDate(firstRune(strings.TrimLeftFunc(s, unicode.IsSpace))) {
		return false
	}
	if !strings.Contains(s, "星期") && !strings.Contains(s, "周") && !strings.Contains(s, "农历") {
		return false
	}
	t := strings.Join(strings.Fields(s), "")
	return datedDay.MatchString(t) && strings.Contains(t, "年") && strings.Contains(t, "日")
}

// opensDate reports whether r may open a date datedDay matches: a digit,
// a numeral of a year, 星, 周 or 农.
func opensDate(r rune) bool {
	switch r {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
		'〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '星', '周', '农':
		return true
	}
	return false
}

// weatherLine reports whether s is a line of the paper's weather strip
// ("白城天气 今天 多云转晴 18℃～29℃ 东南风3级", "空气质量 良 紫外线
// 中等"; OCR's "18"C"): weather's words, temperatures and grades
// alone, two at least and one a temperature, a wind, the air's or the
// sun's label or the strip's; a stray character or two OCR misread
// between them. Read above
// the title only: a bulletin's sentence names the weather too.
func weatherLine(s string) bool {
	if !strings.Contains(s, "天气") && !strings.Contains(s, "空气") && !strings.Contains(s, "紫外线") && !strings.Contains(s, "风") && !strings.Contains(s, "℃") && !strings.Contains(s, "C") {
		return false
	}
	strong, weak := 0, 0
	rest := s
	for _, p := range [...]struct {
		re     *regexp.Regexp
		strong bool
	}{{weatherStrong, true}, {weatherWeak, false}} {
		rest = p.re.ReplaceAllStringFunc(rest, func(string) string {
			if p.strong {
				strong++
			} else {
				weak++
			}
			return " "
		})
	}
	stray, prev := 0, false
	for _, r := range rest {
		switch {
		case r == ' ' || r == '　' || strings.ContainsRune("~～-—/|｜\"'“”‘’?·", r):
			prev = false
		case isHan(r) || isLatin(r) || isDigit(r):
			if prev && isHan(r) {
				return false // a word of the text's, not a character OCR misread
			}
			stray++
			prev = isHan(r)
		default:
			return false // a sentence's mark
		}
	}
	return strong >= 1 && strong+weak >= 2 && stray <= 1+(strong+weak)/3
}

// weatherStrong is what only a weather report names: a temperature
// (OCR reads ℃ as "C, 'C or ?C), a wind's direction and force, the air's
// and the sun's labels, a place's weather as a strip's label.
// weatherWeak is its other words: the day, the sky and the grades.
var (
	weatherStrong = regexp.MustCompile(`-?\d{1,2}\s*(?:℃|°C|°|["'“”?]\s*[A-Za-z])|[东南西北]{1,2}风\s*\d(?:\s*[-～~到至]\s*\d)?\s*级|微风|空气质量\s*[：:]?|AQI\s*\d*|紫外线(?:强度|指数)?\s*[：:]?|湿度\s*\d{1,3}\s*%|\p{Han}{1,4}天气`)
	weatherWeak   = regexp.MustCompile(`今天|明天|后天|今日|明日|今晚|白天|夜间|轻度污染|中度污染|重度污染|严重污染|最弱|很强|中等|优|良|弱|强|(?:晴|多云|阴|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪|雾|霾|扬沙|浮尘)(?:转(?:晴|多云|阴|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪|雾|霾))?`)
)

// stackName is a newspaper's stack beside its page label ("A叠 · 第2版",
// folded): a head.
var stackName = regexp.MustCompile(`^[a-z]叠[·・]?$`)

// datedName is a head's text beside its page label: the date, its
// weekday, and the paper's or the section's name ("2026年6月18日环境周刊",
// folded).
var datedName = regexp.MustCompile(`^(?:` + chineseDate + `)(?:星期[一二三四五六日天])?\p{Han}{0,8}$`)

// chineseDate is a date written out in Chinese, in figures or numerals
// ("2026年1月15日", "二〇二六年一月十五日"). OCR reads the year's 〇 as a
// letter O, a zero or a circle, and may read it twice ("二O〇二六年").
const chineseDate = `\d{4}年\d{1,2}月\d{1,2}日|[零一二三四五六七八九][〇零一二三四五六七八九Oo○0]{3,4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日`

// numericDate is a date in figures alone ("2026.02.05"), as a masthead
// prints it; a report's dated line reads "——2026年1月8日在…".
var numericDate = regexp.MustCompile(`^\d{4}[./-]\d{1,2}[./-]\d{1,2}$`)

// paperNames lists the papers' names in a line ("松陵日报").
func paperNames(s string) []string {
	var names []string
	for _, f := range strings.Fields(s) {
		if paperName.MatchString(f) {
			names = append(names, f)
		}
	}
	return names
}

// mastheadText is a line made only of masthead parts: a paper's name
// (and the name of its section after it), a date with its weekday, a
// URL, an edition label.
func mastheadText(s string) bool {
	fields := strings.Fields(tightLabels(foldOCRDots(s)))
	if len(fields) == 0 {
		return false
	}
	for k := 0; k < len(fields); k++ {
		// "天水日报·综合新闻": the paper's name and its section's, apart
		if name, section, ok := strings.Cut(fields[k], "·"); ok && paperName.MatchString(name) && section != "" {
			fields = slices.Insert(fields, k+1, section)
			fields[k] = name + "·"
		}
	}
	if name, issue, ok := gluedIssue(fields[0]); ok {
		// "云溪市人民政府公报2026年第7期（总第812期）": "-layout" set the
		// bulletin's name and its issue too close for a space.
		fields = slices.Insert(fields, 1, issue)
		fields[0] = name
	}
	if englishDay.MatchString(strings.Join(fields, " ")) {
		return true // "Saturday, March 14, 2026"
	}
	if n := len(fields); n > 1 && isLabelToken(fields[n-1]) && englishDay.MatchString(strings.Join(fields[:n-1], " ")) {
		return true // "Saturday, March 14, 2026  A01"
	}
	if strings.ContainsAny(s, "|｜│") && len(fields) < 8 {
		// "观察| 2026.03.12": OCR sets the bar against the name.
		fields = strings.Fields(strings.NewReplacer("|", " | ", "｜", " ｜ ", "│", " │ ").Replace(strings.Join(fields, " ")))
	}
	for k, f := range fields {
		if t := strings.TrimLeft(f, "“”‘’'\""); t != f && isDigit(firstRune(t)) {
			fields[k] = t // "秋水 “2026年第5期": a speck OCR read as a quote; none opens a date
		}
	}
	dated, paper, dotted, role := false, false, false, false
	for k, f := range fields {
		if named := role && shortName(f); dated && (creditNamed.MatchString(f) || creditAlone.MatchString(f) || named) {
			// "2026年4月17日 星期五 编辑：周敏": the page's editor beside the date
			role = !named && creditAlone.MatchString(f)
			continue
		}
		if k == 0 && len(fields) > 1 && (isLabelToken(f) && !isAllDigits(f) || ocrFolio.MatchString(f)) {
			dated = true // "·2·   星月 2026年第4期": the page's number in dots, whose dot is no section's
			continue
		}
		dot := false // a dot ended f: the name of a section goes on after it
		if paper || len(fields) > 1 {
			// OCR reads the dot between the paper's and the section's
			// names, or between a section's two, as a stop, a quote or
			// a comma: "天水日报. 综合新闻", "天水日报' 综合新闻", "天水日报，
			// 综合新闻", "经济. 观察".
			t := strings.TrimRight(f, ".。·・'‘’，")
			f, dot = t, t != f
			if f == "" {
				dotted = true // "2026年4月号 。 城市笔记": the dot alone
				continue
			}
		}
		if paper {
			// "沁葛晚报 ，城事": OCR read the dot before a section's
			// name as a comma.
			f = strings.TrimLeft(f, "，,.。·・")
		}
		switch {
		case issueLabel.MatchString(f), issueDay.MatchString(f):
			dated = true // "2026年第15期": a periodical's issue
		case paperNumber.MatchString(f):
			// "2026年5月12日 星期二 第7741号": dated by the rest
		case datedDay.MatchString(f):
			dated = dated || strings.ContainsAny(f, "星周农") || numericDate.MatchString(f) // text writes 2026年3月12日
		case paperName.MatchString(f):
			dated, paper = true, true
		case k == 0 && len(fields) > 1 && issueLabel.MatchString(fields[1]) && periodicalName.MatchString(f):
			// "北湖政务信息 2026年第14期": a bulletin's name before its
			// issue, whatever it calls itself
		case paper && sectionName.MatchString(f):
			// "江城晚报  城市新闻"
		case headSeparator(f):
			// "桥城日报  第1版 / 要闻"
		case (dot || dotted || dated || strings.ContainsAny(f, "·・")) && sectionName.MatchString(f):
			// "2026年3月12日 星期四 城事": a section's name after the date
			// "经济·观察 | 2026.03.12": a section's name, set with a dot
		case dated && strings.ContainsAny(f, "：:") && sectionName.MatchString(strings.NewReplacer("：", "·", ":", "·").Replace(f)):
			// "第1版 要闻：综合": after a page label or a date, OCR's
			// colon for the dot between a section's two names
		case len(f) >= 2 && strings.ToUpper(f) == f && strings.Trim(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "":
			// "SONGLING DAILY  松陵日报": a name in capitals beside the paper's
		case urlPattern.MatchString(f), isLabelToken(f) && !isAllDigits(f), englishDate.MatchString(f), pageCount.MatchString(f), licenceNumber.MatchString(f):
			dated = true // "今日24版": the issue's pages; "CN 53-0035": its licence
		case sponsor(f) != f && isIssuer(sponsor(f)), runeCount(f) == 1 && strings.ContainsRune(ornaments, firstRune(f)):
			// "云溪市人民政府办公室主办  ★  2026年4月15日出版": the sponsor, an ornament
		case runeCount(f) == 1 && k > 0 && k+1 < len(fields) && (sponsor(fields[k-1]) != fields[k-1] || issueDay.MatchString(fields[k+1])):
			// "…办公室主办  口  2026年4月15日出版": OCR's reading of the ornament
		case licenceName.MatchString(f) || f == "CN":
			// "国内统一连续出版物号 CN 53-0035": dated by the number
		case k > 0 && k == len(fields)-1 && headSeparator(fields[k-1]) && isAllDigits(f) && len(f) <= 3:
			// "星期四  川西都市报  要闻 | 3": the page's number after a bar
		case k == 0 && len(fields) > 2 && headSeparator(fields[1]) && isAllDigits(f) && len(f) <= 3:
			// "22 | 云涧周刊 2026年6月15日": the page's number before a bar
		default:
			return false
		}
		dotted = dot
	}
	return dated
}

// paperFoot is a paper's name with its page label or web address, in
// masthead form ("松林日报 · 第2版 · www.slrb.com.cn"): a page's foot or
// head, wherever it stands.
func paperFoot(s string) bool {
	// Cheap tests first: every paper's name ends in 报, 刊 or 志.
	if !containsAnyOf(s, "报刊志") || len(paperNames(s)) == 0 || !mastheadText(s) {
		return false
	}
	for _, f := range strings.Fields(tightLabels(s)) {
		if urlPattern.MatchString(f) || isLabelToken(f) && !isAllDigits(f) {
			return true
		}
	}
	return false
}

// namedURL is a name and a web address, as a page's foot sets them
// ("松林日报 www.slrb.com.cn").
func namedURL(s string) bool {
	// Cheap tests first: this runs on most lines. The address has a dot before its domain;
	// the name is the first field.
	if !dotLetter(s) {
		return false
	}
	t := s
	if f, _ := decodeFirst(s); isSpace(f) {
		t = strings.TrimLeftFunc(s, unicode.IsSpace)
	}
	if i := indexSpace(t); i < 0 || !shortHanName(t[:i]) {
		return false
	}
	fields := strings.Fields(s)
	n := len(fields)
	if n < 2 || n > 3 || !urlPattern.MatchString(fields[n-1]) {
		return false
	}
	for _, f := range fields[:n-1] {
		if !shortHanName(f) {
			return false
		}
	}
	return true
}

// dotLetter reports whether s has a dot before an ASCII letter, as
// every address urlPattern matches has before its domain.
func dotLetter(s string) bool {
	return byteBefore(s, '.', func(c byte) bool { return isLatin(rune(c)) })
}

// shortHanName is a word of two to eight Han characters.
func shortHanName(f string) bool {
	c := runeCount(f)
	return c >= 2 && c <= 8 && allHan(f)
}

// topZone is the index of the first line of the text proper: the first
// of three lines in a row (no blank line between them: a column of
// text), or of the lines in a row that hold running text (a sentence
// end, or a comma at a line end), whichever comes first. What stands above it is the
// masthead, the title and the lines under the title.
func topZone(lines []line) int {
	return zoneTop(lines, false)
}

// textTop is topZone where three lines in a row count only where they
// read as text (runningText): the top of the text under a masthead's box
// of labels, for the title read from below.
func textTop(lines []line) int {
	return zoneTop(lines, true)
}

func zoneTop(lines []line, text bool) int {
	run, start, seen := 0, -1, 0
	for i, l := range lines {
		switch {
		case l.blank || l.gone || seen < 4 && (mastheadText(l.text) || columnLabel(l.text)) || seen < 8 && run >= 3 && dashOpens(l.text) || seen < 12 && titleBlockCredit(lines, i) ||
			seen < 8 && (isIssuer(trimSpace(l.text)) || issuers(trimSpace(l.text)) || dateAlone(l.text)):
			// A masthead line (a paper's name with the date) may follow
			// the title with no blank line: no line of text, nor a
			// column's label (OCR reads its dots as stops), nor the
			// issuer's name or the date alone under a title set close
			// (the title block's, "云溪市生态环境局" / "2026年2月10日"); nor is a
			// subtitle's or a dated line's dash under a title of three
			// lines set close.
			run = 0
			continue
		case run == 0:
			start = i
		}
		run++
		seen++
		switch {
		case run >= 3 && !mastheadUnder(lines, i) && !(seen < 8 && run == 3 && dashUnder(lines, i)) && (!text || runningText(lines[start:i+1])):
			return start
		case strings.ContainsAny(l.text, "。！？") || strings.HasSuffix(l.text, "，") || seen > 16:
			return start
		}
	}
	return len(lines)
}

// runningText reports whether a run of lines reads as text: a clause's
// mark in one of them, or a line with no Chinese. A masthead's box of
// labels ("主管：…" / "主办：…" / "国内统一刊号…") or a title set on three
// lines has none.
func runningText(run []line) bool {
	return slices.ContainsFunc(run, func(l line) bool {
		return strings.ContainsAny(l.text, "，。、；！？,;") || hanCount(l.text) == 0 && !l.blank
	})
}

// dashOpens reports whether s opens with a dash: a subtitle ("——记…")
// or the dated line under a title ("——2026年1月8日在…").
func dashOpens(s string) bool {
	return strings.HasPrefix(strings.TrimSpace(s), "——")
}

// dashUnder reports whether the line right under line i opens with a
// dash.
func dashUnder(lines []line, i int) bool {
	return i+1 < len(lines) && dashOpens(lines[i+1].text)
}

// mastheadUnder reports whether the next line with text after line i,
// a blank line at most between, is a masthead's: the lines above it are
// the title block, set close, with a page's head beside it (a
// periodical's issue at the top right, read after the title).
func mastheadUnder(lines []line, i int) bool {
	k := textAfter(lines, i)
	return k >= 0 && mastheadText(lines[k].text)
}

// titleCandidate is the index of the first line above the text that is
// not a masthead part or a page label, else of the first line with text
// (-1: none).
func (d *draft) titleCandidate(top int) int {
	for i := 0; i < top && i < len(d.lines); i++ {
		l := d.lines[i]
		if l.blank || l.gone || mastheadText(l.text) || dateAlone(l.text) || labelOverTitle(d.lines, i) {
			continue // a date alone is the page's or the document's, never its title; nor is a column's label
		}
		if f, ok := splitFurniture(l.text); ok && f.stem == "" {
			continue
		}
		return i
	}
	for i, l := range d.lines {
		if !l.blank && !l.gone && !columnLabel(l.text) {
			return i
		}
	}
	return -1
}

// creditAlone is a page's role alone on its line ("本版编辑"), the name
// on the next; creditNamed a role with its name ("值班主任：李明").
var (
	creditAlone = regexp.MustCompile(`^` + creditRole + `\s*[：:]?$`)
	creditNamed = regexp.MustCompile(`^` + creditRole + `\s*[：:]\s*\p{Han}{2,4}$`)
)

// titleBlockCredit reports whether line i is one of the page's credits
// as the title block or a label column in the margin sets them: a role
// with its name, a role alone over a name of two to four characters on
// the next line with text ("本版编辑" / "张三"), or that name. A document
// names its editors under its text, never over its title.
func titleBlockCredit(lines []line, i int) bool {
	t := trimSpace(lines[i].text)
	if t == "" || len(t) > 40 || !creditOpens(t) && !allHan(t) {
		return false
	}
	if creditNamed.MatchString(t) {
		return true
	}
	p, n := textAround(lines, i)
	if creditAlone.MatchString(t) {
		return n < len(lines) && shortName(trimSpace(lines[n].text))
	}
	return shortName(t) && p >= 0 && creditAlone.MatchString(trimSpace(lines[p].text))
}

// shortName is a person's name: two to four Chinese characters alone.
func shortName(t string) bool {
	n := runeCount(t)
	return n >= 2 && n <= 4 && allHan(t)
}

// capitalsLine is a line of two words or more in Latin capitals and
// nothing else ("YUNJIAN DAILY NEWS"): over a Chinese title, the paper's
// name in English.
func capitalsLine(s string) bool {
	return capitals(s, 2)
}

// capitals reports whether s is n words or more in Latin capitals and
// nothing else.
func capitals(s string, n int) bool {
	f := strings.Fields(s)
	if len(f) < n || len(s) > 80 {
		return false
	}
	for _, w := range f {
		if strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ&.'-") != "" || !strings.ContainsFunc(w, isUpper) {
			return false
		}
	}
	return true
}

// rubricLine is a column's name in Chinese and in Latin capitals
// ("人物 PROFILE", "城市 CITY WALK"), as a magazine's rubric sets it
// over the title.
// (OCR may drop the space between them).
func rubricLine(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return !isHan(r) && r != '·' && r != '・' })
	if i <= 0 || len(s) > 80 {
		return false
	}
	latin := strings.TrimSpace(s[i:])
	return sectionName.MatchString(s[:i]) && capitals(latin, 1) && len(strings.ReplaceAll(latin, " ", "")) >= 4
}

// pageCount is how many pages an issue has ("今日24版", "本期16版",
// "共8版"); licenceName and licenceNumber are the paper's licence as its
// nameplate prints it ("国内统一连续出版物号 CN 53-0035").
var (
	pageCount     = regexp.MustCompile(`^(?:今日|本期|共)\d{1,3}[版页]$`)
	licenceName   = regexp.MustCompile(`^(?:国内)?(?:统一)?(?:连续出版物号|刊号)[：:]?$`)
	licenceNumber = regexp.MustCompile(`^(?:CN[：:]?)?\d{2}-\d{4}(?:/[A-Z]{1,2})?$`)
)

// namesOverIssue returns the index of the first line of the title block
// (above top) that gives a periodical's issue ("2026年第7期（总第812期）",
// "4月15日出版"), where only a few short lines without a mark stand above
// it (the bulletin's name, who issues it), a blank line apart from it:
// those lines are the masthead's, since a title comes under it. It
// returns 0 for none.
func namesOverIssue(lines []line, top int) int {
	n := 0
	for i := 0; i < top && i < len(lines); i++ {
		l := &lines[i]
		if l.blank || l.gone {
			continue
		}
		t := trimSpace(l.text)
		if f := strings.Fields(tightLabels(t)); len(f) > 0 && (issueLabel.MatchString(f[0]) || issueDay.MatchString(f[0])) && mastheadText(t) {
			// (a title's tail may stand right over the issue; the blank
			// line a column reader sets after a line is no blank line)
			if n == 0 || !lines[i-1].blank || i >= 2 && lines[i-1].no == lines[i-2].no {
				return 0
			}
			return i
		}
		if n++; n > 3 || runeCount(t) > 20 || !isIssuer(sponsor(t)) && !paperName.MatchString(t) && !bulletinName.MatchString(t) && (runeCount(t) > 6 || !allHan(t)) {
			return 0 // names only: who issues it, the bulletin's, a short one
		}
	}
	return 0
}

// sponsor returns the body a masthead's line names as its sponsor or
// editor ("云溪市人民政府办公室主办" gives "云溪市人民政府办公室"), or s.
func sponsor(s string) string {
	for _, w := range []string{"主办", "主管", "编印", "承办"} {
		if t, ok := strings.CutSuffix(s, w); ok {
			return t
		}
	}
	return s
}

// bulletinName is the name of an official periodical by its kind
// ("云溪市人民政府公报", "政务信息", "工作简报").
var bulletinName = regexp.MustCompile(`^\p{Han}{0,16}(?:公报|简报|通讯|信息|动态|专刊|年鉴|文摘)$`)

// teaserLine is a pointer to a story on another page, as a strip over
// the title sets it ("▶ 城东老旧小区改造启动 第3版", "本版导读 ▶ …"): no
// title or text opens with an arrow.
func teaserLine(s string) bool {
	t := strings.TrimSpace(s)
	if t == "本版导读" || t == "今日导读" {
		return true // the strip's label alone on its line
	}
	for _, label := range []string{"本版导读", "今日导读", "导读"} {
		if rest, ok := strings.CutPrefix(t, label); ok {
			t = strings.TrimLeft(rest, "：: ")
			break
		}
	}
	return strings.HasPrefix(t, "▶") || strings.HasPrefix(t, "►") || strings.HasPrefix(t, "▸")
}

// pointerUnderStrip reports whether line i is a pointer of a strip
// under its label as OCR reads it, the arrow as a character or two
// before a space ("本版导读" / "" / "口 城东老旧小区改造启动"): every
// line up to the strip's label has that shape.
func pointerUnderStrip(lines []line, i int) bool {
	for k := i; pointerShape(trimSpace(lines[k].text)); {
		p, _ := textAround(lines, k)
		if p < 0 {
			return false
		}
		if teaserLine(lines[p].text) {
			return true
		}
		k = p
	}
	return false
}

// pointerShape is a line whose first word, one or two characters and
// no figure, stands a space apart from a pointer's words: no letter-
// spaced line ("城 东 老 旧 …", its other words single characters too),
// no byline ("记者 王刚 李明").
func pointerShape(t string) bool {
	first, rest, ok := strings.Cut(t, " ")
	n := runeCount(first)
	if !ok || n < 1 || n > 2 || strings.ContainsFunc(first, isDigit) || runeCount(strings.TrimSpace(rest)) < 4 || isStandaloneLine(t) {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if runeCount(w) == 1 && isHan(firstRune(w)) {
			return false
		}
	}
	return true
}

// columnLabel is a column's name set alone over the title between dots
// or in brackets ("· 研究综述 ·", "【深度】"), as a journal or a paper
// labels its pages; OCR may read the dots as stops ("。研究综述 。").
var columnLabelPattern = regexp.MustCompile(`^(?:[·•・。]\s*\p{Han}{2,8}\s*[·•・。]|[【［\[〔]\s*\p{Han}{2,8}\s*[】］\]〕])$`)

// ocrColumnLabel is a column's label in dots as OCR may read it, the
// dots as quotes ("“研究综述”"): the masthead's where a longer line
// without a mark, the title, comes next.
var ocrColumnLabel = regexp.MustCompile(`^[“"]\p{Han}{2,8}[”"]?$`)

func columnLabel(s string) bool {
	return len(s) <= 60 && columnLabelPattern.MatchString(strings.TrimSpace(s))
}

// labelOverTitle reports whether line i is a column's label: in dots or
// brackets, or in OCR's quotes over a line that reads as a title.
func labelOverTitle(lines []line, i int) bool {
	t := lines[i].text
	return columnLabel(t) || ocrColumnLabel.MatchString(trimSpace(t)) && titleUnder(lines, i, hanCount(t))
}

// titleUnder reports whether the next line with text under line i reads
// as a title: longer than w characters, no sentence's line (a stop), no
// byline.
func titleUnder(lines []line, i, w int) bool {
	_, n := textAround(lines, i)
	if n >= len(lines) {
		return false
	}
	t := trimSpace(lines[n].text)
	return runeCount(t) > w && !strings.Contains(t, "。") && !isStandaloneLine(t) && !sourceLike(t)
}

// titleBlockLabel reports whether line i, in the title block, is one of
// the masthead's lines that a page sets around its title: the page's
// credits ("值班主任：李明", "本版编辑" / "张三"), the paper's name in
// capitals ("YUNJIAN DAILY NEWS"), a column's name with its English one
// over a title ("人物 PROFILE", in a box as OCR reads it), a bulletin's
// names over its issue (overIssue), a strip of pointers to other pages,
// a column's label in dots or brackets (first, or under the masthead;
// OCR's quotes for the dots over a title), a lone ornament ("★"), and a
// section's dotted name between the masthead's lines (under the page's
// label, over its editors). atFirst: no line of text stands above;
// headAbove, textAbove: a masthead line, and a line of text under it.
func titleBlockLabel(d *draft, i int, atFirst, headAbove, textAbove, overIssue bool) bool {
	l := &d.lines[i]
	t := trimSpace(l.text)
	if titleBlockCredit(d.lines, i) || overIssue || runeCount(t) == 1 && strings.ContainsRune(ornaments, firstRune(t)) {
		return true
	}
	if _, n := textAround(d.lines, i); headAbove && n < len(d.lines) && dottedSection(t) && titleBlockCredit(d.lines, n) {
		return true
	}
	if !d.zh() {
		return false
	}
	boxed := strings.Trim(l.text, "|｜[]【】 ") // OCR reads a box's edges as bars
	return capitalsLine(boxed) || rubricLine(boxed) && titleUnder(d.lines, i, hanCount(boxed)+2) ||
		teaserLine(l.text) || pointerUnderStrip(d.lines, i) || columnLabel(l.text) && (atFirst || headAbove && !textAbove) ||
		atFirst && ocrColumnLabel.MatchString(t) && titleUnder(d.lines, i, hanCount(l.text))
}
