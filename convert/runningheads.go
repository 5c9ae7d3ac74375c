package convert

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cjk-publish/publish/words"
)

// Running heads and feet: which recurring text is a page's head, not a
// phrase the text repeats, a heading's tail or the document's own
// signature.

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
		if !lines[i].blank && !lines[i].gone && !labelOverTitle(lines, i) {
			return false // text above it: a masthead, or the head over the title (a column's label is no head)
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
