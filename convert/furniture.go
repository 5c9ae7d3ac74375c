package convert

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	xwidth "golang.org/x/text/width"

	"github.com/cjk-publish/publish/words"
)

// furniture removes what a newspaper page prints around the text, which
// extraction and OCR read into it: running heads and feet ("吉林日报",
// "新华日报  2026年2月4日  星期三", "THE CONGRESSIONAL RECORD 2"), page
// numbers and labels ("7", "第02版", "—3—", "A01", "- 4 -"), URLs and
// the masthead above the title. They come out as short lines of their
// own, at page breaks or wherever a margin box lines up with a column
// break, so in mid sentence; the text goes on after them as if they were
// not there.
//
// A line is furniture when
//   - its text (page labels at its ends aside) recurs on lines apart from
//     each other: heads repeat on every page, text does not;
//   - it is a page label whose numbers grow through the document;
//   - it stands above the title and reads as a masthead (a paper's name,
//     a date with its weekday, an edition, a URL), which a one-page
//     document prints only once; or
//   - it is a page label next to a form feed, where pdftotext puts the
//     lines of a page's margins.
//
// A line whose recurring text is also the title (a running head that
// repeats the title) keeps its last occurrence above the text: the
// title itself.
type furniture struct{}

// furnitureLine is a line that may be furniture.
type furnitureLine struct {
	index int    // in draft.lines
	stem  string // folded text without the page labels at its ends; "" for a label alone
	label string // folded label shape, digits as '#' ("#", "第#版", "a#", "—#—"); "" for none
	page  int    // the label's number
}

func (furniture) apply(d *draft) {
	top := topZone(d.lines)
	if d.zh() && verticalMasthead(d, top) {
		top = topZone(d.lines) // the name's lines read as a run of text
	}
	cands := collectInHalves(len(d.lines), func(lo, hi int) []furnitureLine {
		return furnitureCandidates(d.lines, lo, hi)
	})
	gone := map[int]string{} // index -> rule
	// Text that recurs: running heads and feet. A head that repeats a
	// title with a comma in it, beside a page label, is one too.
	titleAt := d.titleCandidate(top)
	title := ""
	if titleAt >= 0 {
		title = d.lines[titleAt].text
		if f, ok := titledHead(title); ok {
			title = f.stem
		}
		if hasClauseMark(title) { // any other head is a candidate already
			stem := foldHead(title)
			for i, l := range d.lines {
				if f, ok := titledHead(l.text); ok && !l.blank && !l.gone && f.stem == stem {
					f.index = i
					cands = append(cands, f)
				}
			}
			slices.SortFunc(cands, func(a, b furnitureLine) int { return a.index - b.index })
		}
	}
	groups := map[string][]furnitureLine{}
	var order []string
	var turns map[string]bool // the dialogue's labels, read at the first line that may open a turn
	turnsRead := false        // (turnLabels returns nil for a text without dialogue)
	for _, f := range cands {
		if f.stem == "" || !headStem(f.stem, d.lines[f.index].text) && !labelledSection(f) || inTextFlow(d.lines, f.index) {
			continue
		}
		if text := d.lines[f.index].text; d.zh() && turnLabel(text) != "" {
			// "问：如何申请？" twice in a dialogue is the text's, no head.
			if !turnsRead {
				turns, turnsRead = turnLabels(d.lines), true
			}
			if opensTurn(turns, text) {
				continue
			}
		}
		if _, ok := groups[f.stem]; !ok {
			order = append(order, f.stem)
		}
		groups[f.stem] = append(groups[f.stem], f)
	}
	titleStem := ""
	if titleAt >= 0 {
		if f, ok := splitFurniture(d.lines[titleAt].text); ok {
			titleStem = f.stem
		}
	}
	mergeNearStems(groups, order, titleStem)
	for _, stem := range order {
		g := groups[stem]
		if g == nil {
			continue
		}
		spread := recursApart(d.lines, g, top) && !proseRepeat(d.lines, g) && !wordFlowRepeat(d.lines, g) && !headingTails(d.lines, g) &&
			!(issuer.MatchString(stem) && len(g)-countBefore(g, top) < 2) && // the issuer under the title and in the signature
			!signedTwice(d.lines, g, titleAt)
		// Once is enough for a head with a page number that repeats the
		// start of the title.
		headOfTitle := len(g) == 1 && g[0].label != "" && g[0].index > titleAt+1 && runeCount(stem) >= 6 &&
			strings.HasPrefix(foldHead(title), stem)
		if !spread && !headOfTitle {
			continue
		}
		// A head that repeats the title: its last occurrence above the
		// text, after the head of the first page, is the title.
		keep := -1
		if inTop := countBefore(g, top); inTop >= 2 && !mastheadText(d.lines[g[0].index].text) {
			keep = g[inTop-1].index
		} else if inTop == 1 && d.zh() && titleRepeated(d.lines, g, titleAt) {
			keep = g[0].index
		}
		for _, f := range g {
			if f.index != keep {
				gone[f.index] = "running-header"
			}
		}
	}
	// A later page's head that repeats the whole title, where the
	// title wrapped on the first page ("…马拉松昨" / "日鸣枪开跑").
	if at := wrappedTitleHead(d.lines, titleAt, top); at >= 0 {
		gone[at] = "running-header"
	}
	// Page labels whose numbers grow.
	labels := map[string][]furnitureLine{}
	var shapes []string
	for _, f := range cands {
		if f.stem != "" || f.label == "" {
			continue
		}
		if _, ok := labels[f.label]; !ok {
			shapes = append(shapes, f.label)
		}
		labels[f.label] = append(labels[f.label], f)
	}
	for _, shape := range shapes {
		for _, f := range pageSequence(labels[shape]) {
			gone[f.index] = "page-number"
		}
	}
	// A masthead above the title (a date alone there is the paper's),
	// and the paper's name again as a head further on.
	var papers []string
	// paperAbove: the input line of text above (aboveNo) names a paper;
	// a -layout page's head line may come split in pieces, its name in
	// one, its date in another.
	paperAbove, aboveNo := false, -1
	notePaper := func(l *line) {
		if l.no != aboveNo {
			aboveNo, paperAbove = l.no, false
		}
		paperAbove = paperAbove || len(paperNames(l.text)) > 0
	}
	headAbove := false // a head or masthead line stands above
	textAbove := false // a line of text (the title) stands between it and this line
	first := true      // no line of text or head stands above
	for i := 0; i < top && i < len(d.lines); i++ {
		l := d.lines[i]
		if l.blank || l.gone {
			headAbove = headAbove || l.gone
			continue
		}
		// The first line, a short name over the paper's dated line
		// ("西陵新闻" / "2026年3月5日 星期四 第3版"): the paper's name,
		// whatever it calls itself; a title comes under the masthead.
		// Further down, a periodical's name over its issue.
		nameOver := (first || !cutAbove(d.lines, i)) && nameOverMasthead(d.lines, i, !first)
		if first {
			if k := namePairOverMasthead(d.lines, i); k > 0 {
				gone[i], gone[k] = "masthead", "masthead"
				headAbove = true
			}
			if twoNames(l.text) && kickerOver(d.lines, i) {
				// "社会 民生" over the title: a section's two names, the
				// dot between them lost to OCR, as the page's head sets
				// them.
				gone[i] = "running-header"
				headAbove = true
			}
		}
		first = false
		// A section's name on a line of its own right under the paper's
		// ("平江都市报" / "社会·民生") is the masthead's second line: a name
		// with a middle dot, or one with no blank line between (a title
		// or a byline may come under the paper's name after one).
		under := paperAbove && sectionLine(l.text) && !sourceLike(l.text) &&
			(strings.ContainsAny(l.text, "·・") || sloganLine(l.text) || l.no == aboveNo+1 && kickerOver(d.lines, i))
		// A column's dotted name set at the page's right edge, beside
		// or under the title ("城乡治理·观察与访谈" on a -layout page).
		aside := i > 0 && l.indentW > 3*columnSlack && strings.ContainsAny(l.text, "·・") && sectionName.MatchString(strings.TrimSpace(l.text))
		notePaper(&l)
		// A section's dotted name, the dot as OCR read it ("城事'民生",
		// "要闻， 综合"), on a line of its own in the title block, under
		// the masthead: the page's head, set there.
		_, head := gone[i]
		label := headAbove && ocrDottedSection.MatchString(strings.TrimSpace(l.text))
		headAbove = headAbove || head
		// A date alone under the masthead ("2026年4月9日" under "第3版
		// 要闻") is the paper's too: a document's date goes under its title.
		dateUnder := headAbove && !textAbove && datedDay.MatchString(strings.Join(strings.Fields(l.text), ""))
		// A date with its weekday on the next line ("2026年6月18日" /
		// "星期四"), set in a corner: the paper's, as on one line.
		dayUnder := i+1 < len(d.lines) && dateAlone(l.text) && weekdayAlone(d.lines[i+1].text)
		if mastheadText(l.text) || numericDate.MatchString(l.text) || weatherLine(l.text) || sectionFolio(l.text) || under || aside || label || dateUnder || dayUnder || nameOver {
			headAbove = true
			if _, ok := gone[i]; !ok {
				gone[i] = "masthead"
			}
			papers = append(papers, paperNames(l.text)...)
		} else if !head {
			textAbove = headAbove
		}
	}
	// A name the masthead gave above the title, alone again between
	// blank lines at a later page's head ("秋水" over its issue): the
	// page's head, whatever the name.
	named := map[string]bool{}
	for i, rule := range gone {
		if t := strings.TrimSpace(d.lines[i].text); i < top && rule == "masthead" && runeCount(t) <= 8 && allHan(t) {
			named[t] = true
		}
	}
	for i := top; i < len(d.lines) && len(named) > 0; i++ {
		if _, ok := gone[i]; ok {
			continue
		}
		if l := d.lines[i]; !l.blank && !l.gone && named[strings.TrimSpace(l.text)] && isolated(d.lines, i) {
			gone[i] = "running-header"
		}
	}
	for i := top; i < len(d.lines) && len(papers) > 0; i++ {
		if l := d.lines[i]; !l.blank && !l.gone && mastheadText(l.text) && slices.ContainsFunc(paperNames(l.text), func(p string) bool { return slices.Contains(papers, p) }) {
			if _, ok := gone[i]; !ok {
				gone[i] = "running-header"
			}
		}
	}
	for _, f := range cands {
		if _, ok := gone[f.index]; ok {
			continue
		}
		switch {
		case f.index < top && f.label != "" && f.stem != "" && capitalsHead(d.lines[f.index].text):
			gone[f.index] = "running-header" // "THE MERIDIAN REVIEW 1" above the title
		case f.label != "" && f.stem != "" && capitalsHead(d.lines[f.index].text) && strings.ContainsAny(d.lines[f.index].text, "|｜"):
			gone[f.index] = "running-header" // "2 | THE NORTHFIELD LEDGER", once in a short document
		case f.label != "" && paperName.MatchString(f.stem):
			gone[f.index] = "running-header" // "2 岚湖周刊": a page's number beside the paper's name, once
		case f.label != "" && dottedSection(f.stem) && (f.index < top || f.label != "#" && (setApart(d.lines, f.index) || sentenceAround(d.lines, f.index))):
			// "第2版 要闻·综合": an edition label beside a section's dotted
			// name, once; "城事·民生 2" with a bare number above the title
			gone[f.index] = "running-header"
		case f.label != "" && f.label != "#" && sectionName.MatchString(f.stem) && runeCount(f.stem) <= 4 &&
			(setApart(d.lines, f.index) || sentenceAround(d.lines, f.index)):
			// "第2版 要闻": an edition label beside a section's short name,
			// alone or in mid sentence, once
			gone[f.index] = "running-header"
		case f.label != "" && f.label != "#" && slices.ContainsFunc(strings.Fields(d.lines[f.index].text), urlPattern.MatchString) &&
			(!strings.ContainsFunc(f.label, isHan) || nearPageBreak(d.lines, f.index) || isolated(d.lines, f.index)):
			// "www.baiyunweekly.com  发现城市之美  —3—": a web address
			// beside a page label, a motto between them: a page's foot
			// (or head); one in words ("第3页") also ends a sentence, so
			// the line stands at a page's break or between blank lines
			gone[f.index] = "running-header"
		case f.label != "" && f.label != "#" && stackName.MatchString(f.stem):
			gone[f.index] = "running-header" // "A叠 · 第2版", once
		case f.label != "" && f.label != "#" && datedName.MatchString(f.stem) &&
			(setApart(d.lines, f.index) || nearPageBreak(d.lines, f.index) || sentenceAround(d.lines, f.index)):
			// "第2版 2026年6月18日 环境周刊": an edition label beside the
			// date and a name, at a later page's head, once
			gone[f.index] = "running-header"
		case f.index >= top && f.label == "" && paperFoot(d.lines[f.index].text):
			gone[f.index] = "running-header" // "松林日报 · 第2版 · www.slrb.com.cn", once
		case f.label == "" && dottedSection(f.stem) && (strings.ContainsAny(d.lines[f.index].text, "·・") || f.index != titleAt) &&
			foldSectionName(d.lines[f.index].text) == d.lines[f.index].text &&
			(nearPageBreak(d.lines, f.index) || underSentence(d.lines, f.index)):
			// "要闻·政务" at a page's top, once; OCR's "要闻 .政务" under a
			// sentence's end, but a title with a period ("中国.桐湾樱花节").
			// A name read with a comma is a head where it recurs only: a
			// slogan's two phrases read so too.
			gone[f.index] = "running-header"
		case f.stem == "" && f.label != "" && f.label != "#" && isolated(d.lines, f.index):
			gone[f.index] = "page-number" // "—3—", "第02版" alone between blank lines
		case f.stem == "" && f.label != "" && f.label != "#" && sentenceAround(d.lines, f.index):
			gone[f.index] = "page-number" // ".15 ." in mid sentence, the paper's name under it
		case f.stem == "" && f.label != "" && (f.label != "#" || isolated(d.lines, f.index)) && nearPageBreak(d.lines, f.index):
			gone[f.index] = "page-number"
		case f.stem == "" && f.label == "#" && d.zh() && isolated(d.lines, f.index) && framedNumber(d.lines[f.index].text):
			gone[f.index] = "page-number" // "〔3〕" alone: text frames no number on a line of its own
		case f.stem == "" && f.label == "#" && f.page <= 999 && d.zh() && isolated(d.lines, f.index) && sentenceAround(d.lines, f.index) && !unitAfter(d.lines, f.index):
			gone[f.index] = "page-number" // "…由省市共同" / "" / "1" / "" / "出资…": a number alone in mid sentence
		case f.stem == "" && f.label == "#" && f.page <= 99 && lastPageNumber(d.lines, f.index):
			gone[f.index] = "page-number" // "…再来一次。" + "1": the last page's number
		case f.index < top && f.stem == "" && f.label == "#" && strings.HasPrefix(strings.TrimSpace(d.lines[f.index].text), "0") && isolated(d.lines, f.index):
			gone[f.index] = "page-number" // "01" alone in the masthead: text has no zero-padded number on a line of its own
		}
	}
	if d.zh() {
		// What is found so far is gone for the heads and feet printed
		// once: a page number read in mid sentence is no text around one.
		for i := range gone {
			d.lines[i].gone = true
		}
		// Each line is judged on its own (nothing is marked gone until
		// all are), so the lines are read in halves.
		firstEnd := slices.IndexFunc(d.lines, func(l line) bool { return hasTerminal(l.text) })
		if firstEnd < 0 {
			firstEnd = len(d.lines)
		}
		once := collectInHalves(len(d.lines), func(lo, hi int) []goneLine {
			var found []goneLine
			for i := lo; i < hi; i++ {
				// above: no sentence of the text ends before line i
				if rule := printedOnce(d.lines, i, top, i <= firstEnd); rule != "" {
					found = append(found, goneLine{i, rule})
				}
			}
			return found
		})
		for _, g := range once {
			gone[g.index] = g.rule
		}
		for _, i := range ornamentDigits(d.lines) {
			gone[i] = "ornament"
		}
		for _, i := range paperNotices(d.lines) {
			gone[i] = "notice"
		}
		for i := range d.lines {
			for _, j := range advertisement(d.lines, i, gone) {
				gone[j] = "advertisement"
			}
		}
		// Scraps and calls stand right beside what is found: only the
		// lines next to it are read.
		var beside []int
		for j := range gone {
			for _, i := range [4]int{j - 1, j + 1, j - 2, j + 2} {
				if i < 0 || i >= len(d.lines) {
					continue
				}
				if i == j-1 || i == j+1 {
					if headResidue(d.lines, i, gone) || appCall(d.lines, i, gone) {
						beside = append(beside, i)
					}
				} else if issueApart(d.lines, i, gone, j) {
					beside = append(beside, i)
				}
			}
		}
		for _, i := range beside {
			gone[i] = "running-header"
		}
	}
	at := make([]int, 0, len(gone))
	for i := range gone {
		at = append(at, i)
	}
	slices.Sort(at) // in input order
	for _, i := range at {
		rule := gone[i]
		l := &d.lines[i]
		d.noteRemoved(l.no, rule, strings.Join(strings.Fields(l.text), ""), "removed "+removedWhat(rule)+" "+quote(l.text))
		l.gone = true
	}
	markEmphasized(d)
}

// markEmphasized marks the lines that emphasis dots stood under (a
// text layer gives a line of dots under each line of a heading, or a
// dot after its last character: "字•", which goes), once the lines of
// dots alone are found: a heading's lines, which stand apart from the
// text around them.
func markEmphasized(d *draft) {
	dotted := false
	for i := range d.lines {
		if d.lines[i].gone && emphasisDots(trimSpace(d.lines[i].text)) {
			dotted = true
			break
		}
	}
	dots := func(l *line) bool { return l.gone && dotCount(trimSpace(l.text)) > 0 }
	if !dotted {
		return
	}
	under := func(i int) bool { // line i has dots right under it
		k := i + 1
		for k < len(d.lines) && d.lines[k].gone && !dots(&d.lines[k]) {
			k++
		}
		return k < len(d.lines) && dots(&d.lines[k])
	}
	for i := range d.lines {
		l := &d.lines[i]
		if l.blank || l.gone {
			continue
		}
		if t := strings.TrimRight(l.text, "•∙‧ "); t != l.text && isHan(lastRune(t)) {
			d.noteRemoved(l.no, "ornament", strings.TrimSpace(l.text[len(t):]), fmt.Sprintf("removed the emphasis dots after %q", t))
			l.text, l.emphasized = t, true
			continue
		}
		l.emphasized = under(i)
	}
}

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

// removedWhat names what furniture's rule removes, for the report.
func removedWhat(rule string) string {
	switch rule {
	case "running-header":
		return "running header"
	case "page-number":
		return "page number"
	case "masthead":
		return "masthead line"
	case "ocr-speck":
		return "speck OCR read as letters"
	case "jump-line":
		return "jump line"
	case "ornament":
		return "ornament"
	case "vertical-label":
		return "vertical label"
	case "advertisement":
		return "advertisement"
	case "reading-time":
		return "reading-time note"
	case "notice":
		return "the paper's notice"
	}
	return ""
}

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

// goneLine is a line to remove and the rule that removes it.
type goneLine struct {
	index int // in draft.lines
	rule  string
}

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

// columnHead is a column's name as a page's head gives it: "栏目" and
// the name, a dot or a bar between ("栏目 · 生态观察"); ocrColumnHead the
// same with the dot as OCR reads it, a comma or a stop and the space
// after it ("栏目， 生态观察"), which stands apart from the text: a line
// of text may open with "栏目，" ("…开设专题" / "栏目，推出…").
var (
	columnHead    = regexp.MustCompile(`^栏目\s*[·・|｜]\s*\p{Han}{2,10}$`)
	ocrColumnHead = regexp.MustCompile(`^栏目[，,:：'.]\s+\p{Han}{2,10}$`)
)

// angledNumber is a number alone in angle brackets.
var angledNumber = regexp.MustCompile(`^〈\s*\d{1,3}\s*〉$`)

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
	case '责', '编', '校', '美', '图', '审', '版', '组', '视', '监', '本':
		return true
	}
	return false
}

// isDottedNumber tests dottedNumber, which opens with a dot or a star
// after white space (\s: ASCII).
func isDottedNumber(s string) bool {
	t := strings.TrimLeft(s, " \t\n\f\r")
	return t != "" && strings.ContainsRune(".。*・·", firstRune(t)) && dottedNumber.MatchString(s)
}

// furnitureCandidates reads the lines lines[lo:hi] that may be furniture.
func furnitureCandidates(lines []line, lo, hi int) []furnitureLine {
	var cands []furnitureLine
	for i := lo; i < hi; i++ {
		if l := &lines[i]; !l.blank && !l.gone {
			if f, ok := splitFurniture(l.text); ok {
				f.index = i
				cands = append(cands, f)
			}
		}
	}
	return cands
}

// Page labels: a number alone or dressed as a page or edition label
// ("第3版", "第 2 页 共 5 页", "— 第3版 —", "—3—" and OCR's "一3一", "·3·", "3 / 5", "A03", "03 版",
// "Page 3 of 5", "P.3").
var (
	labelToken = regexp.MustCompile(`^(?:[-—–一·•]{0,2}第\d{1,3}[版页面](?:[/／]?共\d{1,3}[版页面])?[-—–一·•]{0,2}|第[一二三四五六七八九十]{1,3}版|\d{1,3}版|【\d{1,3}】|[-—–一·•◇◆]{1,2}\d{1,4}[-—–一·•◇◆]{1,2}|[.。*・·]{1,2}\d{1,4}[.。*・·]{1,2}|[A-Za-z]\d{1,3}|` +
		`[A-Z](?:[OIl]\d[\dOIl]?|[OIl]{2}\d)|\d{1,4}|\d{1,4}/\d{1,4}|[Pp]age\d{1,4}(?:of\d{1,4})?|[Pp]\.\d{1,4})$`)
	labelSpaces = regexp.MustCompile(`(?:[-—–一·•]{1,2}\s*)?第\s*\d{1,3}\s*[版页面](?:\s*[/／]?\s*共\s*\d{1,3}\s*[版页面])?(?:\s*[-—–一·•]{1,2})?|[-—–一·•◇◆]{1,2}\s*\d{1,4}\s*[-—–一·•◇◆]{1,2}|[.。*・·]{1,2}\s*\d{1,4}\s*[.。*・·]{1,2}|` +
		`\d{1,3}\s+版|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?`)
	digitRun = regexp.MustCompile(`\d+`)
	// dottedNumber is a page number between middle dots as OCR reads
	// them: stops, stars ("。16。", "*。16。", ".15 .").
	dottedNumber = regexp.MustCompile(`^\s*[.。*・·]{1,2}\s*\d{1,4}\s*[.。*・·]{1,2}\s*$`)
	// sectionPage is a section's name and the page number or label set
	// against it with a dot or a bar: "民生·07", "要闻|3", "要闻·第3版";
	// pageSection the same the other way round: "第1版·综合", "A3·要闻".
	// A dotted name needs no mark before the number: OCR drops the space
	// ("城事·民生9").
	// An edition label needs no dot: OCR drops it ("第1版综合"), or reads
	// it as a quote after the label ("第1版“综合"): no text opens a quote
	// there.
	sectionPage = regexp.MustCompile(`^(\p{Han}{2,6}?|\p{Han}{2,6}[·・]\p{Han}{2,6})(?:[·・|｜](\d{1,3})|[·・|｜]?(第\d{1,3}[版页]))$|^(\p{Han}{2,6}[·・]\p{Han}{2,6})(\d{1,3})$`)
	pageSection = regexp.MustCompile(`^(?:([A-Z]?\d{1,3})[·・|｜“]|(第\d{1,3}[版页])[·・|｜“]?)(\p{Han}{2,6})$`)
	// ocrOne is a page label whose one digit OCR read as a bracket or a
	// stroke: "第]版", "第l版" for 第1版.
	ocrOne = regexp.MustCompile(`([第共])[\]lI|｜](\s*[版页面])`)
	// ocrStroke is a stroke OCR read after a label's digit: "第1]版".
	ocrStroke = regexp.MustCompile(`([第共]\d{1,2})[\]lI|｜](\s*[版页面])`)
)

// isLabelToken tests labelToken. Every label it matches holds an ASCII
// digit or 版: most words are told without the expression.
func isLabelToken(s string) bool {
	return (hasDigit(s) || strings.Contains(s, "版")) && labelToken.MatchString(s)
}

// hasDigit reports whether s has an ASCII digit (isDigit, \d).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(rune(s[i])) {
			return true
		}
	}
	return false
}

// splitFurniture reads a line that may be furniture: short, and free of
// the marks that separate clauses and sentences (a URL's dots aside).
// setLabel sets f's label shape (digits as '#') and page number from a
// label token.
func (f *furnitureLine) setLabel(tok string) {
	f.label = strings.ToLower(digitRun.ReplaceAllString(tok, "#"))
	f.page, _ = strconv.Atoi(digitRun.FindString(tok))
}

// titledHead reads a line that splitFurniture leaves, for its clause
// marks, as a stem and a page label after it ("愿你们走得远，也记得来时的路
// P.2"): a title repeated as a running head.
func titledHead(s string) (furnitureLine, bool) {
	t := strings.TrimRight(s, " ")
	// Cheap tests first: this runs on every line.
	if i := strings.LastIndexByte(t, ' '); len(s) > 240 || i < 0 || !isLabelToken(t[i+1:]) || !hasClauseMark(s) {
		return furnitureLine{}, false
	}
	fields := strings.Fields(tightLabels(s))
	n := len(fields)
	if n < 2 || !isLabelToken(fields[n-1]) {
		return furnitureLine{}, false
	}
	f := furnitureLine{stem: foldHead(strings.Join(fields[:n-1], ""))}
	f.setLabel(fields[n-1])
	return f, runeCount(f.stem) >= 6 && runeCount(f.stem) <= 40
}

func splitFurniture(s string) (furnitureLine, bool) {
	if len(s) <= 60 {
		s = foldSectionName(s) // a section's name OCR read with a comma or in brackets
	}
	if len(s) > 160 || hasClauseMark(s) && !isDottedNumber(s) || strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") || runeCount(s) > 40 {
		return furnitureLine{}, false
	}
	if strings.ContainsAny(s, ",;!?") && !urlLike(s) {
		return furnitureLine{}, false
	}
	s = foldOCRDots(s)
	fields := strings.Fields(tightLabels(s))
	if len(fields) == 1 {
		if !hasDigit(fields[0]) {
			// Both expressions below want a digit.
		} else if m := sectionPage.FindStringSubmatch(fields[0]); m != nil {
			fields = []string{m[1] + m[4], m[2] + m[3] + m[5]} // "民生·07": a section's name and the page
		} else if m := pageSection.FindStringSubmatch(fields[0]); m != nil {
			fields = []string{m[1] + m[2], m[3]} // "第1版·综合": the page and its section's name
		}
	}
	f := furnitureLine{page: -1}
	switch {
	case len(fields) == 0:
		return f, false
	case len(fields) == 1 && isLabelToken(fields[0]):
		f.setLabel(fields[0])
		return f, true
	case len(fields) == 1 && strings.ContainsAny(fields[0], labelFrame) && strings.ContainsFunc(fields[0], isDigit) &&
		isLabelToken(strings.Trim(fields[0], labelFrame)):
		// "（第1页 共2页）" in brackets, OCR's "]1/2", "【11" for 1/2, 【1】
		f.setLabel(strings.Trim(fields[0], labelFrame))
		return f, true
	case isLabelToken(fields[len(fields)-1]):
		f.setLabel(fields[len(fields)-1])
		fields = fields[:len(fields)-1]
		if n := len(fields); n > 0 && headSeparator(fields[n-1]) {
			fields = fields[:n-1] // "The Keepers of the Rain | 1"
		}
	case isLabelToken(fields[0]):
		f.setLabel(fields[0])
		fields = fields[1:]
		if len(fields) > 0 && headSeparator(fields[0]) {
			fields = fields[1:] // "2 | THE NORTHFIELD LEDGER"
		}
	}
	f.stem = foldHead(strings.Join(fields, ""))
	return f, runeCount(f.stem) <= 30
}

// hasClauseMark reports, scanning bytes, whether s has one of "，。；！？、":
// "。" (E3 80 82), "、" (E3 80 81), "，" (EF BC 8C), "；" (EF BC 9B),
// "！" (EF BC 81), "？" (EF BC 9F).
func hasClauseMark(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xE3:
			if s[i+1] == 0x80 && (s[i+2] == 0x82 || s[i+2] == 0x81) {
				return true
			}
		case 0xEF:
			if s[i+1] == 0xBC && (s[i+2] == 0x8C || s[i+2] == 0x9B || s[i+2] == 0x81 || s[i+2] == 0x9F) {
				return true
			}
		}
	}
	return false
}

// tightLabels narrows full-width digits and takes the spaces out of page
// labels ("第 3 版", "- 12 -"), so that a label is one field.
func tightLabels(s string) string {
	if strings.Contains(s, "第") && strings.ContainsAny(s, "]lI|｜") {
		s = ocrOne.ReplaceAllString(s, "${1}1$2") // "第]版": OCR's 1
		s = ocrStroke.ReplaceAllString(s, "$1$2") // "第1]版": a stroke after the digit
	}
	if !strings.ContainsFunc(s, isSpace) {
		return narrowAlnum(s) // the labels have no spaces to take out
	}
	s = narrowAlnum(s)
	if !hasDigit(s) {
		return s // every label has a digit
	}
	return labelSpaces.ReplaceAllStringFunc(s, func(m string) string {
		return strings.Join(strings.Fields(m), "")
	})
}

// headSeparator is a mark set between a running head's text and its
// page number.
func headSeparator(f string) bool {
	return f == "|" || f == "｜" || f == "│" || f == "·" || f == "•" || f == "/" || f == "I"
}

// foldHead folds a head's text for comparison: no spaces, ASCII letters
// in lower case, full-width letters and digits narrowed.
func foldHead(s string) string {
	s = narrowAlnum(s)
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

func narrowAlnum(s string) string {
	if strings.ContainsFunc(s, isFullwidthAlnum) {
		return xwidth.Narrow.String(s)
	}
	return s
}

// headStem is text that can be a running head (stem is the line's
// folded text): distinctive enough that the text does not repeat it on
// lines of its own by chance, as it does short words ("The", "of" and
// "发展" left alone by a justified line); not a numbered heading or a
// byline.
func headStem(stem, text string) bool {
	han, latin := 0, 0
	for _, r := range stem {
		switch {
		case isHan(r):
			han++
		case unicode.IsLetter(r):
			latin++
		}
	}
	distinct := han >= 3 || (han >= 2 && latin+han < runeCount(stem)) || datedDay.MatchString(stem) || // "要闻 A3", a date
		(latin >= 4 && (len(strings.Fields(text)) >= 2 || urlLike(text) || strings.ToUpper(text) == text))
	return distinct && headingPattern(stem) == noPattern && !isStandaloneLine(text)
}

// textAround returns the lines with text nearest line i: p before it
// (-1 for none) and n after it (len(lines) for none).
func textAround(lines []line, i int) (p, n int) {
	p, n = i-1, i+1
	for p >= 0 && (lines[p].blank || lines[p].gone) {
		p--
	}
	for n < len(lines) && (lines[n].blank || lines[n].gone) {
		n++
	}
	return p, n
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

// sentenceAround reports whether the Chinese lines with text before and
// after line i are one sentence: the one before ends no sentence, and
// the one after goes on with it.
func sentenceAround(lines []line, i int) bool {
	p, n := textAround(lines, i)
	if p < 0 || n == len(lines) {
		return false
	}
	a, b := lines[p].text, lines[n].text
	if namesAddress(a) {
		return false // "详见" / "www.…": the text names the address
	}
	return isHan(lastRune(a)) && !hasEndPunct(a) && isHan(firstRune(b))
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

// framedNumber is a number alone in lenticular or square brackets, as a
// page's foot sets it ("〔3〕", "【3】").
func framedNumber(s string) bool {
	t := strings.TrimSpace(s)
	inner := strings.Trim(t, "〔〕【】［］[]")
	return inner != t && inner != "" && isAllDigits(inner) && len(inner) <= 3
}

// unitAfter reports whether the text after line i opens with a unit or
// a word that counts ("12" / "个百分点"): the number is the text's.
func unitAfter(lines []line, i int) bool {
	_, n := textAround(lines, i)
	return n < len(lines) && strings.ContainsRune("年月日时分秒亿万千百个家项位名次倍元吨米户人条件辆台座所%％", firstRune(strings.TrimSpace(lines[n].text)))
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

// wordFlowRepeat reports whether most lines of a recurring text go on
// with the words around them: a phrase the text repeats.
func wordFlowRepeat(lines []line, g []furnitureLine) bool {
	g = g[:min(len(g), 9)] // a few tell: heads recur on every page
	n := 0
	for _, f := range g {
		if inWordFlow(lines, f.index) {
			n++
		}
	}
	return n*2 > len(g)
}

// inWordFlow reports whether Chinese line i goes on with a word cut at
// the end of the line right above it, or cut at its own end ("…增长5.3%；固"
// / "定 资 产 投 资 增 长" / "7.1%；…"): text that recurs (a phrase the
// report repeats), never a head, which stands apart from the words
// around it.
func inWordFlow(lines []line, i int) bool {
	cur := strings.ReplaceAll(lines[i].text, " ", "")
	if !strings.ContainsFunc(cur, isHan) {
		return false
	}
	if i > 0 && !lines[i-1].blank && !lines[i-1].gone && words.Splits(strings.ReplaceAll(lines[i-1].text, " ", ""), cur) {
		return true
	}
	return i+1 < len(lines) && !lines[i+1].blank && !lines[i+1].gone && words.Splits(cur, strings.ReplaceAll(lines[i+1].text, " ", ""))
}

// labelledSection is a page label with a section's name of two
// characters ("第2版 / 要闻"): too short a name to tell a head by
// alone, a head with the label.
func labelledSection(f furnitureLine) bool {
	return f.label != "" && runeCount(f.stem) == 2 && allHan(f.stem)
}

// recursApart reports whether a text occurs twice or more on lines far
// apart: heads come once a page, or once a column break, so eight lines
// of text or more, or a page break, lie between two of them; a phrase the text repeats
// comes closer ("业投资同比增长" twice in five lines of a narrow column).
// Above the text (before top) the head of the first page and the title
// may stand close together.
func recursApart(lines []line, g []furnitureLine, top int) bool {
	if len(g) < 2 {
		return false
	}
	for k := 1; k < len(g); k++ {
		if g[k].index <= top {
			continue // the title may start the text's first run of lines
		}
		text, pageBreak := 0, false
		for i := g[k-1].index + 1; i <= g[k].index && text < minHeadGap && !pageBreak; i++ {
			pageBreak = lines[i].page
			if i < g[k].index && !lines[i].blank && !lines[i].gone {
				text++
			}
		}
		if text < minHeadGap && !pageBreak {
			return false // a short page (a title page) still has a break between its heads
		}
	}
	return true
}

// proseRepeat reports whether a recurring English line without a page
// number reads as running text, not as a head: heads are titles and
// names, in title case or capitals ("Harbor & Hill Quarterly"), where a
// speech may open two paragraphs with the same words ("We are also
// changing how we": two words or more in lower case, small words aside).
func proseRepeat(lines []line, g []furnitureLine) bool {
	text := lines[g[0].index].text
	if strings.ContainsFunc(text, isHan) || slices.ContainsFunc(g, func(f furnitureLine) bool { return f.label != "" }) {
		return false
	}
	lower := 0
	for _, w := range strings.Fields(text) {
		if unicode.IsLower(firstRune(w)) && !smallWords[w] {
			lower++
		}
	}
	return lower >= 2 && !urlLike(text)
}

// headingTails reports whether every line of a recurring group ends a
// numbered heading wrapped above it ("（二）在强化要素保障上" / "下功夫",
// "（四）在构建亲清政商关系" / "上下功夫"), right above or, where columns
// were read apart, blank lines above: headings of one pattern end alike;
// a running head stands under no heading's first line, every time.
func headingTails(lines []line, g []furnitureLine) bool {
	for _, f := range g {
		i := f.index - 1
		for i >= 0 && lines[i].blank {
			i--
		}
		if i < 0 || f.label != "" || lines[i].gone {
			return false
		}
		above := lines[i].text
		if headingPattern(above) == noPattern || hasEndPunct(above) {
			return false
		}
	}
	return true
}

// minHeadGap is the fewest lines of text between two running heads.
const minHeadGap = 8

// mergeNearStems adds to a recurring stem the occurrences OCR misread by
// a character ("Sztqb.sznews.com", "吉林曰报"): stems of four characters
// or more within one edit of it. The title's stem recurs once it is
// read again as a head, OCR's reading of one of them off by a
// character ("港岭县2026年政府工作报告" / "澄岭县2026年政府工作报告").
func mergeNearStems(groups map[string][]furnitureLine, order []string, title string) {
	for _, a := range order {
		if len(groups[a]) < 2 && (a != title || runeCount(a) < 8) || runeCount(a) < 4 {
			continue
		}
		for _, b := range order {
			if a == b || groups[b] == nil || len(groups[b]) >= len(groups[a]) && a != title || !withinOneEdit(a, b) {
				continue
			}
			merged := append(append([]furnitureLine{}, groups[a]...), groups[b]...)
			sortByIndex(merged)
			groups[a], groups[b] = merged, nil
		}
	}
}

func sortByIndex(fs []furnitureLine) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].index < fs[j-1].index; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// withinOneEdit reports whether a and b differ by at most one inserted,
// deleted or replaced character.
func withinOneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[min(i+1, len(rb)):])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// pageSequence returns the labels of one shape that number pages: the
// longest run of them whose numbers grow, when it holds at least two and
// three quarters of them (OCR misreads a number now and then).
func pageSequence(fs []furnitureLine) []furnitureLine {
	if len(fs) < 2 {
		return nil
	}
	// Longest strictly increasing subsequence, quadratic: a document has
	// a few dozen page labels at most, and a guard keeps it so.
	if len(fs) > 2000 {
		return nil
	}
	n := len(fs)
	best, prev := make([]int, n), make([]int, n)
	end := 0
	for i := range fs {
		best[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if fs[j].page < fs[i].page && best[j]+1 > best[i] {
				best[i], prev[i] = best[j]+1, j
			}
		}
		if best[i] > best[end] {
			end = i
		}
	}
	if best[end] < 2 || best[end]*4 < n*3 {
		return nil
	}
	out := make([]furnitureLine, best[end])
	for i, k := end, best[end]-1; i >= 0; i, k = prev[i], k-1 {
		out[k] = fs[i]
	}
	// Bare numbers are page numbers only when they stay small: a year or
	// an amount alone on a line is text.
	if fs[0].label == "#" {
		for _, f := range out {
			if f.page > 999 {
				return nil
			}
		}
	}
	return out
}

// signedTwice reports whether the two lines of g are a document's own,
// printed under its title and again in the signature that closes it:
// the issuers' names, or the date. A head or a foot recurs at a page's
// edge, never right under the title.
func signedTwice(lines []line, g []furnitureLine, titleAt int) bool {
	if len(g) != 2 || titleAt < 0 || g[0].label != "" || g[1].label != "" || g[0].index <= titleAt || g[0].index > titleAt+8 {
		return false
	}
	if t := strings.TrimSpace(lines[g[0].index].text); !isIssuer(t) && !issuers(t) && !dateAlone(t) {
		return false
	}
	after := 0 // lines of text after the second (a page's foot may follow)
	for i := g[1].index + 1; i < len(lines); i++ {
		if !lines[i].blank && !lines[i].gone {
			after++
		}
	}
	return after <= 8
}

// titleRepeated reports whether the recurring line g[0], the one at the
// top of the first page, is the title that later pages repeat as their
// head: Chinese text's first line, without a page label, long as a title
// is, no paper's or periodical's name and no day (a head over the title
// names the publication or the day: "金溪周刊 · 2026年第15期").
func titleRepeated(lines []line, g []furnitureLine, titleAt int) bool {
	f := g[0]
	t := lines[f.index].text
	if f.index != titleAt || f.label != "" || runeCount(f.stem) < 5 || mastheadText(t) || strings.Contains(t, "星期") || strings.Contains(t, "农历") ||
		spacedSectionName.MatchString(t) || foldSectionName(t) != t {
		return false
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !isHan(r) }) {
		if paperName.MatchString(w) {
			return false // "天水日报' 综合新闻": OCR's speck beside the name
		}
	}
	for i := 0; i < f.index; i++ {
		if !lines[i].blank && !lines[i].gone {
			return false // text above it: a masthead, or the head over the title
		}
	}
	for i := f.index + 1; i < len(lines); i++ {
		if u := lines[i].text; !lines[i].blank && !lines[i].gone {
			// A longer line without a mark, no dated line: the title under a head.
			u = strings.TrimSpace(u)
			return runeCount(u) <= runeCount(t) || hasClauseMark(u) || strings.HasPrefix(u, "——") || strings.HasPrefix(u, "一一") ||
				strings.ContainsRune("（(", firstRune(u))
		}
	}
	return true
}

// wrappedTitleHead returns the index of a line below the title that
// repeats its first two lines as one, alone between blank lines or at
// a page break: a later page's head (-1: none).
func wrappedTitleHead(lines []line, titleAt, top int) int {
	if titleAt < 0 || titleAt+1 >= len(lines) || lines[titleAt+1].blank || lines[titleAt+1].gone {
		return -1
	}
	title := foldHead(lines[titleAt].text + lines[titleAt+1].text)
	for i := max(top, titleAt+2); i < len(lines); i++ {
		l := lines[i]
		if !l.blank && !l.gone && len(l.text) >= len(title) && len(l.text) <= len(title)+8 && foldHead(l.text) == title &&
			(isolated(lines, i) || nearPageBreak(lines, i)) {
			return i
		}
	}
	return -1
}

// repeatsAsHead reports whether a removed line of the document repeats
// text: a later page's head that repeats the title.
func repeatsAsHead(lines []line, text string) bool {
	t := foldHead(text)
	for _, l := range lines {
		if l.gone && len(l.text) >= len(t) && foldHead(l.text) == t {
			return true
		}
	}
	return false
}

// countBefore counts the occurrences above line index top, or on it.
func countBefore(g []furnitureLine, top int) int {
	n := 0
	for _, f := range g {
		if f.index <= top {
			n++
		}
	}
	return n
}

// nearPageBreak reports whether line i is among the lines pdftotext
// writes at a page break: within two lines with text of a form feed.
// The first and the last line of the document are at page breaks too.
func nearPageBreak(lines []line, i int) bool {
	seen := 0
	for j := i; seen <= 2; j-- {
		if j < 0 {
			return seen == 1 // the first line with text
		}
		if lines[j].page {
			return true
		}
		if !lines[j].blank {
			seen++
		}
	}
	seen = 0
	for j := i + 1; seen < 2; j++ {
		if j == len(lines) {
			return seen == 0 // the last line with text
		}
		if lines[j].page {
			return true
		}
		if !lines[j].blank {
			seen++
		}
	}
	return false
}

// inTextFlow reports whether line i reads as a line of the text: as
// wide as the lines around it, between lines with text. A phrase the
// text repeats can fall on a line of its own twice ("三角一体化发展和长江经济带"
// after "…推动长"), where a running head, short or set apart by blank lines,
// does not.
func inTextFlow(lines []line, i int) bool {
	if i == 0 || i+1 == len(lines) || lines[i-1].blank || lines[i+1].blank || lines[i].page || lines[i+1].page {
		return false
	}
	w, col := width(lines[i].text), localColumn(lines, i)
	return w >= col-2 && w <= col+2
}

// localColumn is the upper quartile of the widths of the eight lines
// with text on either side of line i.
func localColumn(lines []line, i int) int {
	return columnAround(lines, i, func(j int) int { return width(lines[j].text) })
}

// columnAround is localColumn with the lines' widths from w.
func columnAround(lines []line, i int, w func(int) int) int {
	var near [16]int
	n := 0
	for j := i - 1; j >= 0 && n < 8; j-- {
		if !lines[j].blank {
			near[n] = w(j)
			n++
		}
	}
	for j, before := i+1, n; j < len(lines) && n < before+8; j++ {
		if !lines[j].blank {
			near[n] = w(j)
			n++
		}
	}
	if n == 0 {
		return w(i)
	}
	ws := near[:n]
	slices.Sort(ws)
	return ws[n-1-n/4]
}

// capitalsHead is a running head in capitals with a page number: two
// words or more, no lower-case letter.
func capitalsHead(s string) bool {
	return len(strings.Fields(s)) >= 3 && strings.ToUpper(s) == s && strings.ContainsFunc(s, isUpper)
}

// lastPageNumber reports whether line i, a bare number, is the last line
// with text and follows a sentence end: the number of the last page, not
// a figure the text goes on from.
func lastPageNumber(lines []line, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].blank && !lines[j].gone {
			return false
		}
	}
	for j := i - 1; j >= 0; j-- {
		if !lines[j].blank && !lines[j].gone {
			return strings.ContainsRune("。！？.!?", lastRune(strings.TrimRight(lines[j].text, "”’\"')）")))
		}
	}
	return false
}

// periodicalHead is a periodical's name with its issue or date on line
// i (or any name before an issue's number), alone between blank lines, at a page's edge ("扶溪学刊 2026年第3期"
// under "第1页 共2页") or under a sentence's end: a running head, once,
// that a left page prints.
func periodicalHead(lines []line, i int) bool {
	t := lines[i].text
	// Cheap tests first: this runs on every line.
	return len(t) <= 60 && hasDigit(t) && (isolated(lines, i) || nearPageBreak(lines, i) || underSentence(lines, i)) &&
		(strings.ContainsAny(t, "报刊志") && len(paperNames(t)) > 0 || namedIssue(t) && (strings.Contains(t, "年") || nearPageBreak(lines, i))) && mastheadText(t)
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
func namedIssue(t string) bool {
	f := strings.Fields(t)
	return len(f) >= 2 && periodicalName.MatchString(f[0]) && issueLabel.MatchString(f[1])
}

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

// underSentence reports whether line i stands over a blank line (or the
// end) and under a blank line or a sentence's end.
func underSentence(lines []line, i int) bool {
	if i+1 < len(lines) && !lines[i+1].blank {
		return false
	}
	p := i - 1
	for p >= 0 && lines[p].gone {
		p--
	}
	return p >= 0 && (lines[p].blank || strings.ContainsRune("。！？", endMark(lines[p].text)))
}

// setApart reports whether line i has a blank or a removed line on both
// sides: no line of text runs on into it.
func setApart(lines []line, i int) bool {
	return i > 0 && (lines[i-1].blank || lines[i-1].gone) && i+1 < len(lines) && (lines[i+1].blank || lines[i+1].gone)
}

// isolated reports whether line i has a blank line or a document edge on
// both sides.
func isolated(lines []line, i int) bool {
	return (i == 0 || lines[i-1].blank) && (i+1 == len(lines) || lines[i+1].blank)
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

// numericDate is a date in figures alone ("2026.02.05"), as a masthead
// prints it; a report's dated line reads "——2026年1月8日在…".
// labelFrame is what may frame a page label: brackets, and the bars and
// brackets OCR reads for them.
const labelFrame = "[]【】〔〕［］|（）()〈"

// issueLabel numbers a periodical's issue: "2026年第15期", "第1062期",
// "总第9127期", "2026年第19期（总第865期）", a paper's "总第23456号", a
// monthly's "2026年4月号";
// issueDay dates one: "5月15日出版".
var (
	issueLabel = regexp.MustCompile(`^(?:(?:\d{4}年)?总?第\d{1,5}期(?:[（(]总第\d{1,5}期[）)])?|[（(]总第\d{1,5}期[）)]|总第\d{1,6}号|\d{4}年\d{1,2}月号)$`)
	issueDay   = regexp.MustCompile(`^(?:\d{4}年)?\d{1,2}月\d{1,2}日出版$`)
)

// periodicalName is a name of a few Chinese characters, as a bulletin
// or a periodical gives itself beside its issue's number.
var periodicalName = regexp.MustCompile(`^\p{Han}{2,10}$`)

// paperNumber numbers a paper's issue ("第7741号"); a line of its own so
// numbered may be an announcement's ("2026年第1号"), so it is a masthead
// part beside a date only.
var paperNumber = regexp.MustCompile(`^第\d{3,5}号$`)

// pageRole names one of the page's editors on a line of its own, by a
// role only a page has ("版面编辑：周敏", "责任校对：李青", OCR's "责任校对;
// 李青"); an article's "编辑：" or "责任编辑：" may be its own.
var pageRole = regexp.MustCompile(`^(?:版面编辑|本版编辑|本版责编|责任校对|美术编辑|美编|版式设计|组版)\s*[：:;；]\s*\p{Han}{2,4}$`)

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

// ornaments are the dingbats a page sets in a line of their own between
// sections.
const ornaments = "◆◇◈❖♦★☆✦✧❋❀✿●◎▲△▼▽※"

// ornamentLine is a line of two to four of one ornament and spaces alone
// ("◆◆◆", "★ ★ ★"): no text. A rating has five ("★★★★☆").
func ornamentLine(t string) bool {
	n, first := 0, rune(0)
	for _, r := range t {
		switch {
		case strings.ContainsRune(ornaments, r) && (first == 0 || r == first):
			first = r
			n++
		case r != ' ' && r != '　':
			return false
		}
	}
	return n >= 2 && n <= 4
}

// ornamentDigits returns the lines that hold one digit alone, a blank
// line over it, between a sentence's end and a numbered section's
// title, where two lines or more do so: OCR's reading of the ornament a
// page sets between its sections ("◆ ◆ ◆" read "9" or "4"). The title
// carries its own number (OCR may misread it: "四、" as "囚、"), and
// text sets no figure alone between a sentence and a section; a page's
// number read there goes as well.
func ornamentDigits(lines []line) []int {
	var found []int
	for i := range lines {
		t := trimSpace(lines[i].text)
		if len(t) != 1 || !isDigit(rune(t[0])) || i == 0 || !lines[i-1].blank {
			continue
		}
		prev, next := textAround(lines, i)
		if prev < 0 || next == len(lines) || !sentenceEnds(lines[prev].text) {
			continue
		}
		if m := endMark(trimSpace(lines[prev].text)); m == '？' || m == '?' {
			continue // a figure alone under a question is its answer
		}
		if n := trimSpace(lines[next].text); headingPattern(n) != noPattern || isHan(firstRune(n)) && strings.HasPrefix(n[len(string(firstRune(n))):], "、") {
			found = append(found, i)
		}
	}
	if len(found) < 2 {
		return nil
	}
	return found
}

// sentenceEnds reports whether s ends with a sentence's end, maybe
// inside a closing quote or bracket.
func sentenceEnds(s string) bool {
	return markIn(terminals, endMark(trimSpace(s)))
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

// emphasisDots reports whether t is two bullets or more alone ("• •
// • •"): the emphasis dots (着重号) a page sets under a heading's
// characters, which a text layer gives as lines of their own under or
// between the heading's lines. A list's bullet alone on its line, its
// item on the next, is one (dotAlone); one beside such a line is the
// dots' too.
func emphasisDots(t string) bool {
	return dotCount(t) >= 2
}

// dotAlone reports whether t is one bullet alone.
func dotAlone(t string) bool {
	return dotCount(t) == 1
}

// dotCount counts the bullets of t, which has nothing else but spaces
// (-1: it has).
func dotCount(t string) int {
	n := 0
	for _, r := range t {
		switch r {
		case '•', '∙', '‧':
			n++
		case ' ', '　':
		default:
			return -1
		}
	}
	return n
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
	lo, hi := i, i
	for lo > 0 && i-lo <= most && single(lo-1) {
		lo--
	}
	for hi+1 < len(lines) && hi-lo <= most && single(hi+1) {
		hi++
	}
	if hi-lo < 2 || hi-lo >= most {
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

// stackName is a newspaper's stack beside its page label ("A叠 · 第2版",
// folded): a head.
var stackName = regexp.MustCompile(`^[a-z]叠[·・]?$`)

// datedName is a head's text beside its page label: the date, its
// weekday, and the paper's or the section's name ("2026年6月18日环境周刊",
// folded).
var datedName = regexp.MustCompile(`^(?:` + chineseDate + `)(?:星期[一二三四五六日天])?\p{Han}{0,8}$`)

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

const creditRole = `(?:责任编辑|本版责编|本版编辑|责编|编辑|校对|美术编辑|美编|图片编辑|审核|版式|组版|视觉|监制)`

// chineseDate is a date written out in Chinese, in figures or numerals
// ("2026年1月15日", "二〇二六年一月十五日"). OCR reads the year's 〇 as a
// letter O, a zero or a circle, and may read it twice ("二O〇二六年").
const chineseDate = `\d{4}年\d{1,2}月\d{1,2}日|[零一二三四五六七八九][〇零一二三四五六七八九Oo○0]{3,4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日`

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
	dated, paper, dotted := false, false, false
	for k, f := range fields {
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
		case urlPattern.MatchString(f), isLabelToken(f) && !isAllDigits(f), englishDate.MatchString(f):
			dated = true
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

// ocrDot is the dot between a section's two names as OCR reads it, a
// stop, a quote or an ellipsis, a space on either side or none ("城事
// .民生", "城事'民生", "城事… 民生"), between fields of a line, or before
// the page number OCR set against the second name ("城事 .民生9").
var ocrDot = regexp.MustCompile(`(^|\s)(\p{Han}{2,6}) ?[.'‘’…] ?(\p{Han}{2,6})(\s|$|\d{1,3}$)`)

// Section names as a page's head sets them and OCR reads them:
// framedSection in brackets ("【城事·民生】"), square brackets for either
// bracket or both ("[城事，民生]】"), the dot between two names as a
// comma, a stop or a quote; commaSection, two short names with the dot
// read as a comma and the space around the dot left after it ("水云， 生态观察");
// a slogan's or a verse's phrases are longer ("绿水青山， 就是金山银山").
var (
	framedSection = regexp.MustCompile(`^\s*[\[【〔［]\s*(\p{Han}{2,6})(?:\s*[，,、。.·・'‘’…]\s*(\p{Han}{2,6}))?\s*[\]】〕］]{1,2}\s*$`)
	commaSection  = regexp.MustCompile(`^\s*(\p{Han}{2,4})[，,]\s+(\p{Han}{2,4})\s*$`)
)

// foldSectionName writes a section's name as the page printed it
// ("【城事·民生】", "水云·生态观察"), so that OCR's readings of it on two
// pages are one head, and a head. A comma between two names on a line
// of its own, a space after it, is the dot; so is a clause's mark in
// brackets: text sets neither phrase so.
func foldSectionName(s string) string {
	switch r := firstRune(strings.TrimLeft(s, " ")); {
	case r == '[' || r == '【' || r == '〔' || r == '［':
		m := framedSection.FindStringSubmatch(s)
		switch {
		case m == nil:
			return s
		case m[2] == "":
			return "【" + m[1] + "】"
		}
		return "【" + m[1] + "·" + m[2] + "】"
	case isHan(r) && len(s) <= 40 && (strings.Contains(s, "， ") || strings.Contains(s, ", ")):
		if m := commaSection.FindStringSubmatch(s); m != nil {
			return m[1] + "·" + m[2]
		}
	}
	return s // most lines
}

// foldOCRDots puts the middle dot back between a section's two names
// where OCR read it as a stop or a quote: "城事 .民生 2" is "城事·民生 2".
func foldOCRDots(s string) string {
	if !markBetweenHan(s) {
		return s // most lines: the regular expression costs more than the look
	}
	return ocrDot.ReplaceAllString(s, "$1$2·$3$4")
}

// markBetweenHan reports whether s has one of ocrDot's marks with a
// Chinese character on each side, a space apart at most.
func markBetweenHan(s string) bool {
	if !containsAnyOf(s, ".'‘’…") {
		return false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '.' || r == '\'' || r == '‘' || r == '’' || r == '…' {
			before := strings.TrimSuffix(s[:i], " ")
			after := strings.TrimPrefix(s[i+size:], " ")
			if p, _ := utf8.DecodeLastRuneInString(before); isHan(p) {
				if n, _ := utf8.DecodeRuneInString(after); isHan(n) {
					return true
				}
			}
		}
		i += size
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

func isAllDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func urlLike(s string) bool {
	for _, f := range strings.Fields(s) {
		if urlPattern.MatchString(f) {
			return true
		}
	}
	return false
}

// topZone is the index of the first line of the text proper: the first
// of three lines in a row (no blank line between them: a column of
// text), or of the lines in a row that hold running text (a sentence
// end, or a comma at a line end), whichever comes first. What stands above it is the
// masthead, the title and the lines under the title.
func topZone(lines []line) int {
	run, start, seen := 0, -1, 0
	for i, l := range lines {
		switch {
		case l.blank || l.gone || seen < 4 && mastheadText(l.text) || seen < 8 && run >= 3 && dashOpens(l.text):
			// A masthead line (a paper's name with the date) may follow
			// the title with no blank line: no line of text; nor is a
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
		case run >= 3 && !mastheadUnder(lines, i) && !(seen < 8 && run == 3 && dashUnder(lines, i)):
			return start
		case strings.ContainsAny(l.text, "。！？") || strings.HasSuffix(l.text, "，") || seen > 16:
			return start
		}
	}
	return len(lines)
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
		if l.blank || l.gone || mastheadText(l.text) || dateAlone(l.text) {
			continue // a date alone is the page's or the document's, never its title
		}
		if f, ok := splitFurniture(l.text); ok && f.stem == "" {
			continue
		}
		return i
	}
	for i, l := range d.lines {
		if !l.blank && !l.gone {
			return i
		}
	}
	return -1
}
