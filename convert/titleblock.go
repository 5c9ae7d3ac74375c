package convert

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// The title block read from below. A page's masthead may hold parts no
// rule names (a weather box, a price strip, a badge, a contact card);
// the title is the prominent line right over the title block's lines
// under it (dateline, speaker, byline, issuer, date) and the text. Lines
// above the title block that read as a masthead's parts (short names,
// figures, labels) go; a long phrase there stays (a kicker, or a title
// read apart).

// titleFromBelow returns the first line of the title block's run that
// holds the title: walking up from the text's top (top) over blank
// lines and the lines a title block sets under its title, the first
// other line is the title's last, and its run of lines set close starts
// the block. -1 where that line reads as no title (a field, a figure),
// or where nothing stands above.
func titleFromBelow(lines []line, top int, gone map[int]string) int {
	if titleOverBlock(lines, top) {
		return top // the title block set close over the text: it starts the run
	}
	k := top - 1
	for ; k >= 0; k-- {
		l := &lines[k]
		if _, ok := gone[k]; ok || l.blank || l.gone {
			continue
		}
		if t := trimSpace(l.text); !underTitle(t) && headingPattern(t) == noPattern && !mastheadPart(t, false) && !figuresAlone(t) {
			// (a numbered section's title right over the text is the
			// text's; a masthead's part, or a figure alone, may stand
			// between the title block and the text: a box beside them)
			break
		}
	}
	if k < 0 {
		return -1
	}
	// The run of lines set close that holds it must hold a title's line
	// (a title's short tail, or a line of another kind under a title:
	// "XR25-13A型（壁挂式）").
	first, title := k, false
	for first > 0 && !lines[first-1].blank && !lines[first-1].gone {
		if _, ok := gone[first-1]; ok {
			break
		}
		first--
	}
	for i := first; i <= k; i++ {
		title = title || titleLike(trimSpace(lines[i].text))
	}
	if !title {
		return -1
	}
	return first
}

// titleOverBlock reports whether the run of lines at top, after a blank
// line, opens with a title: a title's line, a short tail at most, then a
// line the title block sets under its title (not a salutation, which
// text may open with too).
func titleOverBlock(lines []line, top int) bool {
	if top >= len(lines) || top > 0 && !lines[top-1].blank && !lines[top-1].gone {
		return false
	}
	title := trimSpace(lines[top].text)
	if !titleLike(title) || strings.Contains(title, " ") {
		return false // (a letter-spaced line is the text's: "尊 敬 的 各 位 股")
	}
	for k := top + 1; k < len(lines) && k <= top+2; k++ {
		t := trimSpace(lines[k].text)
		if lines[k].blank || lines[k].gone {
			return false
		}
		if endsTitleBlock(t) || speakerLine(t) {
			return true
		}
		tail := k == top+2 && shortHan(trimSpace(lines[top+1].text)) // a short tail over the text
		if strings.ContainsAny(t, "，。；") && !hasEndPunct(t) && !strings.ContainsAny(title, "，、“”《》") &&
			(tail || k == top+1 && runeCount(title) >= runeCount(t)+3) {
			// The text right under it, the title of one phrase set
			// close over it, wider than the text's line or wrapped to
			// a short tail ("…招聘公告" / "为做好…，…"); a paragraph's
			// first line is no wider than its second, but for its last
			// (the text's line here ends no sentence).
			return true
		}
		if !titleLike(t) && !shortHan(t) {
			return false
		}
	}
	return false
}

// underTitle reports whether t is one of the lines a title block sets
// under its title: a subtitle's or dated line's dash (OCR's "一一" too),
// a byline, the issuer's name, a date (also in brackets), a salutation,
// a speaker.
func underTitle(t string) bool {
	return endsTitleBlock(t) || strings.HasPrefix(t, "一一") || isSalutation(t) || speakerLine(t)
}

// speakerLine is a speaker's office and name a space apart ("云溪市人民
// 政府市长 林思远"): the last field a name of two to four characters.
func speakerLine(t string) bool {
	f := strings.Fields(t)
	return len(f) >= 2 && len(f) <= 4 && shortName(f[len(f)-1]) && allHan(strings.Join(f, ""))
}

// titleLike reports whether t may be a title's line: six characters or
// more, of a title's kinds (Chinese, figures, quotes, brackets, dashes),
// no sentence's mark, no field's colon or bar, no space unless a run of
// ten characters or more stands between (OCR's spaces in a title), and
// no line a title block sets under its title.
func titleLike(t string) bool {
	n := runeCount(t)
	if n < 6 || n > 60 || strings.ContainsAny(t, "。！？；：:|｜") || longestField(t) < 10 && strings.Contains(t, " ") {
		return false // (fields a space apart, none long: a masthead's, "4月20日 谷雨")
	}
	kinds := 0
	for _, r := range t {
		if isHan(r) || isDigit(r) || strings.ContainsRune("“”‘’《》（）()—-·、.%", r) {
			kinds++
		}
	}
	return 5*kinds >= 4*n && !underTitle(t)
}

// mastheadPart reports whether t, above the title block, reads as a part
// of a masthead: no sentence, clause or title's line, and a symbol, or
// fields a space apart with a figure or a Latin letter among them, a
// field, or (short) a name of eight characters or fewer.
func mastheadPart(t string, short bool) bool {
	if t == "" || runeCount(t) > 100 || strings.ContainsAny(t, "。！？；，") || titleLike(t) || underTitle(t) || strings.HasSuffix(t, "号") || namesAuthor(t) {
		// (a title's line, "2026年河北省政府工作报告", is none, nor the
		// issuer's, a date, a document's number OCR read first, or a
		// line that names its author or source: "文/本报记者 王刚 图/李明";
		// the page's editors are the masthead's)
		return false
	}
	if allHan(t) {
		return short && runeCount(t) <= 8
	}
	if strings.ContainsAny(t, partSymbols) && (strings.Contains(t, " ") || runeCount(t) <= 8) {
		return true // (a title sets its bar or slash between words, no space: "新春走基层｜山村里的年味")
	}
	if fieldsOnLine(t) >= 2 {
		return true // "责任编辑：张三 校对：李四": the page's credits, fields side by side
	}
	return strings.Contains(t, " ") && longestField(t) < 10 && strings.ContainsFunc(t, func(r rune) bool { return isDigit(r) || isLatin(r) })
}

// partSymbols are the marks a masthead's parts set between their fields
// or before their figures: bars, an address's at, degrees, arrows of a
// price's move, ornaments, a slash.
const partSymbols = "｜|@℃▲▼◆●■□☆★/"

// figuresAlone reports whether t holds figures and marks only, no word
// ("7214", "▲23", "11:07 0.92"): a table's cell or a page's number.
func figuresAlone(t string) bool {
	return t != "" && hasDigit(t) && !strings.ContainsFunc(t, func(r rune) bool { return isHan(r) || isLatin(r) })
}

// longestField is the length of t's longest run without a space.
func longestField(t string) int {
	n := 0
	for _, f := range strings.Fields(t) {
		n = max(n, runeCount(f))
	}
	return n
}

// partsAboveTitle returns the lines above the title block's first line
// at that read as a masthead's parts, not yet gone (a long phrase there
// stays: a kicker, or a title's line).
func partsAboveTitle(lines []line, at int, gone map[int]string) []int {
	var texts []int // the lines with text above, not yet gone
	for i := textIn(lines, 0, at, gone); i >= 0; i = textIn(lines, i+1, at, gone) {
		texts = append(texts, i)
	}
	part := make([]bool, len(texts))
	for k, i := range texts {
		part[k] = mastheadPart(trimSpace(lines[i].text), false)
	}
	// A field with a label of two characters ("主管：…", "主办：…") is a
	// box's of the masthead where another part stands in its run of
	// lines set close, and no title's line above it (under a title,
	// fields are the document's particulars: "时间：…" / "地点：…").
	titleAbove := false
	for k, i := range texts {
		t := trimSpace(lines[i].text)
		if !titleAbove && boxField.MatchString(t) && runeCount(t) <= 20 && partInRun(lines, texts, part, k) {
			part[k] = true
		}
		titleAbove = titleAbove || titleLike(t)
	}
	for k := len(texts) - 1; k >= 0; k-- {
		// A short name is the masthead's where the masthead goes on
		// under it (a part, or a line gone), not over a line of the
		// title block (a title's first word: "以一流营" / "——在…").
		next := k+1 < len(texts) && part[k+1] || nextGone(lines, texts[k], at, gone)
		if !part[k] && next {
			part[k] = mastheadPart(trimSpace(lines[texts[k]].text), true)
		}
	}
	var parts []int
	for k, i := range texts {
		// A line set close between two of the masthead's parts is the
		// masthead's too (a box's name between its fields).
		between := k > 0 && k+1 < len(texts) && part[k-1] && part[k+1] && lines[i].no-lines[texts[k-1]].no == 1 && lines[texts[k+1]].no-lines[i].no == 1 &&
			!strings.ContainsAny(lines[i].text, "。！？；，")
		if part[k] || between {
			parts = append(parts, i)
		}
	}
	if n := len(parts); n > 0 {
		// A short line, a name or a field of words right over the
		// title's run may be its kicker or a rubric, or a short title
		// over a long subtitle ("致股东的信", "健康 AI", "青石坳：小果园结
		// 出…"): it stays.
		last := trimSpace(lines[parts[n-1]].text)
		words := hanCount(last) >= 4 && len(strings.Fields(last)) <= 2 && !strings.ContainsAny(last, partSymbols)
		if (runeCount(last) <= 8 || allHan(last) || words) && nothingBetween(lines, parts[n-1], at, gone) {
			parts = parts[:n-1] // ("聚焦2026 全国两会": a kicker of words)
		}
	}
	return parts
}

// boxField is a field of a masthead's box: a label of two characters
// and its colon ("主管：", "主办：", "电话：").
var boxField = regexp.MustCompile(`^\p{Han}{2}[：:]`)

// partInRun reports whether a line of texts' run of lines set close
// around texts[k] (consecutive input lines) is a part that is no field.
func partInRun(lines []line, texts []int, part []bool, k int) bool {
	for _, step := range []int{-1, 1} {
		for j := k + step; j >= 0 && j < len(texts) && abs(lines[texts[j]].no-lines[texts[j-step]].no) == 1; j += step {
			if part[j] && !boxField.MatchString(trimSpace(lines[texts[j]].text)) {
				return true
			}
		}
	}
	return false
}

// longerTitleAbove reports whether a title's line above line i, not
// gone, is longer than the first line of the title block at at: it may
// be the title, the block at at its subtitle or a heading of the text.
func longerTitleAbove(lines []line, i, at int, gone map[int]string) bool {
	n := runeCount(trimSpace(lines[at].text))
	for k := textIn(lines, 0, i, gone); k >= 0; k = textIn(lines, k+1, i, gone) {
		if t := trimSpace(lines[k].text); titleLike(t) && runeCount(t) >= n {
			return true
		}
	}
	return false
}

// nextGone reports whether the next line with text after line i, above
// line at, is gone.
func nextGone(lines []line, i, at int, gone map[int]string) bool {
	for k := i + 1; k < at; k++ {
		if _, ok := gone[k]; ok || lines[k].gone {
			return true
		}
		if !lines[k].blank {
			return false
		}
	}
	return false
}

// textIn returns the first line from lo up to hi (not included) that
// holds text and is not gone, or -1.
func textIn(lines []line, lo, hi int, gone map[int]string) int {
	for k := lo; k < hi; k++ {
		if _, ok := gone[k]; !ok && !lines[k].blank && !lines[k].gone {
			return k
		}
	}
	return -1
}

// nothingBetween reports whether only blank lines or lines gone stand
// between lines a and b.
func nothingBetween(lines []line, a, b int, gone map[int]string) bool {
	return textIn(lines, a+1, b, gone) < 0
}

// lastStrongPart is the last of parts that reads as a masthead's by
// itself, more than a short name (a figure, a symbol, a field), or -1:
// only such a part parts the title from lines above it.
func lastStrongPart(lines []line, parts []int) int {
	for k := len(parts) - 1; k >= 0; k-- {
		if mastheadPart(trimSpace(lines[parts[k]].text), false) {
			return parts[k]
		}
	}
	return -1
}

// textOver reports whether a line with text, not gone, stands above
// line i.
func textOver(lines []line, i int, gone map[int]string) bool {
	return textIn(lines, 0, i, gone) >= 0
}

// titleFirst moves the blocks above the title block read from below
// (d.titleNo) under it: lines a masthead's parts part from the title
// are the masthead's too, or text set beside it, never the title.
func titleFirst(d *draft) {
	if d.titleNo == 0 {
		return
	}
	k := slices.IndexFunc(d.blocks, func(b block) bool { return b.first >= d.titleNo })
	if k <= 0 || d.blocks[k].first != d.titleNo || d.blocks[k].kind != paragraph {
		return
	}
	above := slices.Clone(d.blocks[:k])
	for _, b := range above {
		d.report = append(d.report, Decision{Line: b.first, EndLine: b.last, Rule: "title",
			Detail: fmt.Sprintf("moved %q, parted from the title by a masthead's parts, under the title", b.text), Moved: b.text})
	}
	rest := slices.Concat(d.blocks[k:k+1], above, d.blocks[k+1:])
	d.blocks = rest
}

// shortHan is a line of eight Chinese characters or fewer and nothing
// else: a short name, or a wrapped title's tail.
func shortHan(t string) bool {
	return allHan(t) && runeCount(t) <= 8
}

// namesAuthor reports whether t names a document's author or source (a
// reporter, a correspondent, "文/", "来源"), as a line under its title
// does.
func namesAuthor(t string) bool {
	for _, w := range []string{"记者", "通讯员", "来源", "作者", "文/", "文／", "撰稿"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// fieldsOnLine counts the words of t, a space apart, that open with a
// field's name and its colon ("校对：李四").
func fieldsOnLine(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		if fieldOpens.MatchString(w) {
			n++
		}
	}
	return n
}
