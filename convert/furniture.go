package convert

import (
	"slices"
	"strings"
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
	if d.zh() && (verticalMasthead(d, top) || nameBeside(d, top)) {
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
	overIssue := namesOverIssue(d.lines, top)
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
		atFirst := first
		first = false
		// A section's name on a line of its own right under the paper's
		// ("平江都市报" / "社会·民生") is the masthead's second line: a name
		// with a middle dot, or one with no blank line between (a title
		// or a byline may come under the paper's name after one), one
		// named for its news ("时政新闻") too.
		under := paperAbove && sectionLine(l.text) && (!sourceLike(l.text) || newsSection.MatchString(strings.TrimSpace(l.text))) &&
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
		credit := titleBlockLabel(d, i, atFirst, headAbove, textAbove, i < overIssue)
		// A page's number alone under the masthead ("河西晚报 …  1" as
		// "-layout" sets it, read apart): no title is a number.
		folio := headAbove && !textAbove && len(strings.TrimSpace(l.text)) <= 3 && isAllDigits(strings.TrimSpace(l.text))
		if mastheadText(l.text) || folio || numericDate.MatchString(l.text) || weatherLine(l.text) || sectionFolio(l.text) || under || aside || label || dateUnder || dayUnder || nameOver || credit {
			headAbove = true
			if _, ok := gone[i]; !ok {
				gone[i] = "masthead"
			}
			papers = append(papers, paperNames(l.text)...)
		} else if !head {
			textAbove = headAbove
		}
	}
	// Parts of a masthead no rule names, above the title block read
	// from below (titleblock.go).
	if d.zh() {
		if at := titleFromBelow(d.lines, textTop(d.lines), gone); at > 0 {
			parts := partsAboveTitle(d.lines, at, gone)
			for _, i := range parts {
				gone[i] = "masthead"
			}
			if i := lastStrongPart(d.lines, parts); i >= 0 && textOver(d.lines, i, gone) && !longerTitleAbove(d.lines, i, at, gone) {
				d.titleNo = d.lines[at].no
			}
		}
	}
	// A name the masthead gave above the title, alone again between
	// blank lines at a later page's head ("秋水" over its issue), or
	// with the page's number, wherever it stands ("·2· 云溪市人民政府公
	// 报": the label marks it a head): the page's head, whatever the name. A bulletin's name before its issue counts.
	named := map[string]bool{}
	for i, rule := range gone {
		if i >= top || rule != "masthead" {
			continue
		}
		t := strings.TrimSpace(d.lines[i].text)
		if runeCount(t) <= 8 && allHan(t) {
			named[t] = true
		}
		if name := issueName(t); name != "" {
			named[name] = true
		}
	}
	for i := top; i < len(d.lines) && len(named) > 0; i++ {
		if _, ok := gone[i]; ok {
			continue
		}
		l := d.lines[i]
		if l.blank || l.gone {
			continue
		}
		t := strings.TrimSpace(l.text)
		if named[t] && isolated(d.lines, i) {
			gone[i] = "running-header"
		} else if f, ok := splitFurniture(t); ok && f.label != "" && named[f.stem] {
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
	case "caption":
		return "photo caption"
	}
	return ""
}

// goneLine is a line to remove and the rule that removes it.
type goneLine struct {
	index int // in draft.lines
	rule  string
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
