package convert

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cjk-publish/publish/words"
)

// Headings wrapped over two or three column lines. Narrow newspaper
// columns wrap most numbered headings ("一、“十四五”时期经济社" / "会发展回顾",
// "（一）全力办好国家大事，纵" / "深推进京津冀协同发展" / "推动雄安…"), and
// a heading set in a larger face wraps at fewer characters than the text.
// The lines of a wrapped heading are as wide as its first line, bar the
// last, which is shorter or followed by a blank line; text lines after a
// heading fill the column again. A run-in head ("（六）积极推动高效能治" /
// "理，社会文明程度不断提升。" / "文化事业…") is indented and runs on, so its
// next line is wider than its first: a paragraph, not a heading.

// maxHeadLines is the most lines a heading wraps over (a long one in a
// column nine characters wide).
const maxHeadLines = 6

// markWrappedHeads marks the lines of every heading that wraps: the
// first (headStart), the others (headCont) and the last (headEnd).
// Headings of one line are left to the junction rules.
func markWrappedHeads(lines []line, bs []body, zh bool, top int) {
	extent := headingExtent
	if !zh {
		extent = englishHeadingExtent
	}
	for k := 0; k < len(bs); k++ {
		if !zh && bs[k].idx <= top {
			continue // the title block: its lines stand apart
		}
		n := lines[bs[k].idx].headLines // its marks told its extent
		if n < 2 || k+n > len(bs) {
			n = extent(lines, bs, k)
		}
		if n >= 2 {
			bs[k].headStart = true
			for i := k + 1; i < k+n; i++ {
				bs[i].headCont = true
			}
			bs[k+n-1].headEnd = true
			k += n - 1
		}
	}
}

// headingExtent returns how many lines from bs[k] form a wrapped
// numbered heading (0 or 1: none that wraps).
func headingExtent(lines []line, bs []body, k int) int {
	first := &bs[k] // pointers: bodies and lines are large to copy
	l1 := &lines[first.idx]
	if headingPattern(l1.text) == noPattern {
		return plainHeadingExtent(lines, bs, k)
	}
	if !opensBlock(lines, bs, k) || hasTerminal(l1.text) ||
		strings.HasSuffix(l1.text, "：") || first.w < first.col*6/10 {
		return 0
	}
	if l1.indent && first.w >= first.col-max(3, first.col/12) {
		return indentedHeading(lines, bs, k) // else an indented line that fills the column: a run-in head
	}
	text := l1.text
	for n := 2; n <= maxHeadLines && k+n-1 < len(bs); n++ {
		prev, cur := bs[k+n-2], bs[k+n-1]
		pl, cl := lines[prev.idx], lines[cur.idx]
		if cur.gap > 1 && !tailSetApart(lines, bs, k+n-1, pl.text) || cl.split || hasEndPunct(pl.text) && !endsSoft(pl.text) {
			return 0
		}
		if cur.turn {
			return 0 // "三、…" / "" / "问：…": an interview's turn is no heading's tail
		}
		// An indented line opens a paragraph, but for the short last
		// line of a centred heading, which a blank line follows or
		// which ends its question.
		if cl.indent && !(cur.w < first.w && (paragraphAfter(lines, bs, k+n) || headingAfter(lines, bs, k+n) || questionTail(pl.text, cl.text))) &&
			!centredLine(lines, bs, k, n) {
			return 0
		}
		if cur.gap == 1 && !((ocrHeadTail(cl.text) || closesQuote(text, cl.text)) && paragraphAfter(lines, bs, k+n)) &&
			!gapInHeading(lines, bs, k, n) && !(n == 2 && !hasEndPunct(pl.text) && words.Splits(pl.text, cl.text)) && !(n == 2 && filledBeforeTail(lines, bs, k)) {
			// A blank line ends a heading, but before a short tail OCR
			// or the layout set apart, or after a first line cut in a
			// word ("（二）五年来，我们坚" / "" / "定不移推进城市更新，").
			return 0
		}
		if cur.w > first.w+2 || (n > 2 && cur.w > prev.w+2) {
			return 0 // wider than the heading's lines: text set on
		}
		if n > 2 && hasTerminal(strings.TrimRight(cl.text, "。？！?!"+closers)) && !endsSoft(pl.text) && !hasEndPunct(pl.text) &&
			cur.w <= first.w {
			// Two lines or more without a stop, then a line with a
			// sentence in it: the heading ended, a paragraph opens
			// with its lead sentence ("做强先进制造业。实施…").
			return n - 1
		}
		text += cl.text
		if runeCount(text) > maxHeading || hasTerminal(strings.TrimRight(text, "。？！?!"+closers)) ||
			headingPattern(cl.text) != noPattern || opensEnumeration(cl.text) {
			return 0
		}
		// A heading that wraps ends in a phrase, a question or an
		// exclamation, where a blank line follows or the lines after it
		// fill the column again.
		canEnd := endMark(cl.text) != '。' && !endsSoft(cl.text) && !strings.HasSuffix(cl.text, "：")
		switch {
		case tailSetApart(lines, bs, k+n, cl.text) && n < maxHeadLines:
			continue // "…主要目标和重大任" / "" / "务": the tail goes on
		case k+n < len(bs) && bs[k+n].gap == 0 && questionTail(cl.text, lines[bs[k+n].idx].text) && n < maxHeadLines:
			continue // "湾区意味着什" / "    么？": a centred tail, indented, ends the question
		case questionTail(pl.text, cl.text):
			return n // "么？" ends the question, whatever follows
		case k+n < len(bs) && bs[k+n].gap == 1 && gapInHeading(lines, bs, k, n+1) && n < maxHeadLines:
			continue // "一、客观看待过去" / "" / "一年的成绩，进一" / "" / "步坚定…": OCR spaced the heading's lines
		case centredTail(lines, bs, k, n) && n < maxHeadLines:
			continue // "步坚定做好经济工" / "  作的信心" / "    过去的一年，": the tail, centred
		case paragraphAfter(lines, bs, k+n), headingAfter(lines, bs, k+n):
			if canEnd && !cutAtBreak(lines, bs, k+n-1) {
				return n
			}
			return 0
		case cutInPhrase(pl.text, cl.text) && opensParagraph(lines, bs, k+n):
			// The break before cur cut the heading in mid phrase, and the
			// line after it opens a paragraph that lost its indent.
			if canEnd {
				return n
			}
			return 0
		case cur.w < prev.w-2:
			// Text follows at once. A line as long as a first line that
			// lost its indent may be one, under a heading of one line:
			// it ends the heading only if the line before was cut in
			// mid phrase, or if the line after it opens the paragraph
			// (a paragraph of one line would end with a mark).
			if canEnd && (!shortByIndentLoose(cur.w, cur.col, cur.alnum) || cutInPhrase(pl.text, cl.text) || opensParagraph(lines, bs, k+n)) {
				return n
			}
			return 0
		}
	}
	return 0
}

// gapInHeading reports whether the blank line before bs[k+n-1], line n
// of a heading from bs[k], falls inside the heading: a layout dump or OCR
// leaves one in the taller lines of a heading set in a larger face. The
// lines before and after it are as wide as the heading's first line,
// narrower than the column, and so is the line after them: text would
// fill the column again (a paragraph's first line that lost its indent
// can be as narrow as a heading's line, its second line is not).
func gapInHeading(lines []line, bs []body, k, n int) bool {
	first, prev, cur := bs[k], bs[k+n-2], bs[k+n-1]
	near := func(w int) bool { return w >= first.w-2 && w <= first.w+2 }
	col := first.col // a heading alone between blank lines measures it on its own lines too
	if k > 0 {
		col = max(col, bs[k-1].col)
	}
	if k+n >= len(bs) || hasEndPunct(lines[prev.idx].text) || first.w >= col-2 || breaksBefore(lines[cur.idx].text) {
		return false // (a numbered line after the blank opens a heading of its own)
	}
	return near(prev.w) && near(cur.w) && bs[k+n].w <= first.w+2
}

// filledBeforeTail reports whether a numbered title's first line bs[k]
// filled the column and the line after its blank line is the title's
// tail: a phrase without a mark, narrower, a paragraph after it. OCR set
// the title's second line apart ("一、2025年国民经济和社会" / "" /
// "发展计划执行情况" / ""); a title of one line would leave the column
// short.
func filledBeforeTail(lines []line, bs []body, k int) bool {
	if k+2 > len(bs) {
		return false
	}
	first, cur := bs[k], bs[k+1]
	a, b := lines[first.idx].text, lines[cur.idx].text
	p := headingPattern(a)
	return (p == patSection || p == patSub) && first.w >= first.col-1-first.alnum && cur.w < first.w && cur.gap == 1 &&
		!hasEndPunct(a) && !hasEndPunct(b) && !strings.ContainsAny(b, "，。、；：,;: ") && headingPattern(b) == noPattern &&
		paragraphAfter(lines, bs, k+2)
}

// centredTail reports whether the line after line n of a heading from
// bs[k] is the heading's last line, centred: indented, narrower than the
// heading's lines, without a mark at its end, and a paragraph starts
// after it.
func centredTail(lines []line, bs []body, k, n int) bool {
	if k+n >= len(bs) {
		return false
	}
	t, l := bs[k+n], lines[bs[k+n].idx]
	return t.gap == 0 && l.indent && t.w < bs[k].w-2 && !hasEndPunct(l.text) && headingPattern(l.text) == noPattern &&
		k+n+1 < len(bs) && paragraphAfter(lines, bs, k+n+1)
}

// centredLine reports whether line n of a heading from bs[k], indented,
// is a line of the heading centred in a larger face than the text's: the
// heading's first line is narrower than the column, this line's text no
// wider than it, and the line after it either as narrow or a paragraph's
// start (a paragraph's indented first line fills the column).
func centredLine(lines []line, bs []body, k, n int) bool {
	first := bs[k]
	if first.w >= first.col-2 || width(lines[bs[k+n-1].idx].text) > first.w || hasEndPunct(lines[bs[k+n-2].idx].text) {
		return false
	}
	return paragraphAfter(lines, bs, k+n) || bs[k+n].w <= first.w+2
}

// indentedHeading returns how many lines from the numbered line bs[k],
// indented and filling the column, form a heading that wraps (0: none) ("  一、正视成绩更要
// 正" / "视差距，切实增强优化" / "营商环境的紧迫感" / "    过去一年，…"):
// its lines run without a sentence mark to a short line, and an
// indented line opens a paragraph after it. A run-in head ends its
// first sentence and the text runs on.
func indentedHeading(lines []line, bs []body, k int) int {
	text := lines[bs[k].idx].text
	for n := 1; n < maxHeadLines && k+n < len(bs); n++ {
		cur := bs[k+n]
		cl := lines[cur.idx]
		if cur.gap > 0 || cl.indent || hasEndPunct(cl.text) || headingPattern(cl.text) != noPattern {
			return 0 // (a numbered line opens a heading or an item of its own)
		}
		text += cl.text
		if runeCount(text) > maxHeading || hasTerminal(text) {
			return 0
		}
		if cur.w < cur.col-max(3, cur.col/12) {
			if k+n+1 < len(bs) && bs[k+n+1].gap == 0 && lines[bs[k+n+1].idx].indent {
				return n + 1
			}
			return 0
		}
	}
	return 0
}

// cutAtBreak reports whether bs[k], a full line, ends where a column or
// a page broke a word that the text after the blank line goes on with
// ("1.各供热企业要逐一建立问题台" / "" / "账，分析原因…"): an item's
// text, no heading's last line.
func cutAtBreak(lines []line, bs []body, k int) bool {
	if k+1 >= len(bs) || bs[k+1].gap == 0 || bs[k].w < bs[k].col-max(3, bs[k].col/12) {
		return false
	}
	a, b := lines[bs[k].idx].text, lines[bs[k+1].idx].text
	return !hasEndPunct(a) && (words.Splits(a, b) || cutInPhrase(a, b))
}

// paragraphAfter reports whether a block starts at bs[k] for sure: the
// end of the text, a blank line, an indent, or an interview's turn.
func paragraphAfter(lines []line, bs []body, k int) bool {
	return k >= len(bs) || bs[k].gap > 0 || lines[bs[k].idx].indent || bs[k].turn
}

// headingAfter reports whether bs[k] opens a numbered heading
// ("（一）基础设施建设"), which ends the one before it.
func headingAfter(lines []line, bs []body, k int) bool {
	return k < len(bs) && breaksBefore(lines[bs[k].idx].text)
}

// opensParagraph reports whether bs[k] is the first line of a paragraph
// that lost its indent: short of the column by about two characters, the
// line after it full or ending the paragraph.
func opensParagraph(lines []line, bs []body, k int) bool {
	if k >= len(bs) || bs[k].gap > 0 {
		return false
	}
	b := bs[k]
	return !b.ends && shortByIndentLoose(b.w, b.col, b.alnum) && !b.belowAlnum &&
		(b.below >= b.col-max(3, b.col/12) || b.below > 0 && b.belowEnds)
}

// cutInPhrase reports whether a line break between a and b fell inside
// a phrase: after a comma, inside a word ("纵" / "深推进"), or between a
// number and its unit ("2025" / "年").
func cutInPhrase(a, b string) bool {
	la, fb := lastRune(a), firstRune(b)
	switch {
	case endsSoft(a):
		return true
	case isDigit(la):
		return isDigit(fb) || strings.ContainsRune("年月日亿万千百个家项%", fb)
	case countedEnd(a) && isHan(fb):
		return true
	case isHan(la) && deAfterFirst(b):
		return true
	}
	return words.Splits(a, b)
}

// deAfterFirst is a line whose second character is 的 after one that is
// no pronoun: the first ends a word cut at the line above ("…候梯厅和连" /
// "廊的净宽…").
func deAfterFirst(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return isHan(r) && strings.HasPrefix(s[size:], "的") && !strings.ContainsRune("我你他她它谁这那其各本此该每", r)
}

// countedEnd reports whether s ends with a number and a measure word that
// wants its noun after it ("…年轻人的第二张" / "课表", "一座"): the line
// was cut before the noun.
func countedEnd(s string) bool {
	m, size := utf8.DecodeLastRuneInString(s)
	n, _ := utf8.DecodeLastRuneInString(s[:len(s)-size])
	return strings.ContainsRune("一二两三四五六七八九十几每", n) && strings.ContainsRune("张个份件位座把只首台辆块片本间所幅", m)
}

// plainHeadingExtent returns 2 for a headline without a number that
// wraps, as OCR reads one set large in a news column ("可持续运营是一道必答"
// / "题"): after a paragraph's end, a phrase with no mark, then a short
// tail that finishes its last word or closes its quoted term ("让更多老人
// 吃上“放心" / "饭”"), then a blank line. The paragraph before ends on a
// blank line, or, where OCR lost that, on a sentence end short of the
// column.
func plainHeadingExtent(lines []line, bs []body, k int) int {
	if k+1 >= len(bs) || k == 0 || !bs[k-1].ends {
		return 0
	}
	if n := narrowHeadingExtent(lines, bs, k); n > 0 {
		return n
	}
	if inColumnHeading(lines, bs, k) || wrappedHeadline(lines, bs, k) {
		return 2
	}
	a, b := lines[bs[k].idx].text, lines[bs[k+1].idx].text
	tail := &bs[k+1] // pointers: bodies are large to copy
	// A colon may part a label from the headline on its first line
	// ("专家观点：数字赋能" / "乡村振兴"); none ends it.
	labelled := colonInside(a) && !strings.Contains(b, "：")
	marks := unquoted(a)
	if labelled {
		marks = strings.Replace(marks, "：", "", 1)
	}
	if tail.gap > 1 || hasEndPunct(a) || containsAnyOf(marks, "、；：。") || runeCount(a)+runeCount(b) > 25 ||
		hasEndPunct(strings.TrimRight(b, "？！”")) ||
		!(paragraphAfter(lines, bs, k+2) || (closesQuote(a, b) || narrowerThanText(a, b, bs[k])) && opensParagraph(lines, bs, k+2)) {
		return 0
	}
	// A tail that is the quoted term the heading ends with shows a
	// heading even where no blank line or short line sets it apart.
	prev := &bs[k-1]
	wa, wb := width(a), width(b) // without indents: a centred heading's lines have some
	term := quotedTerm(b) && wb < wa-2
	if bs[k].gap == 0 && !term && (prev.w >= prev.col-max(3, prev.col/12) || bs[k].w < bs[k].col*6/10) {
		return 0
	}
	// A heading that quotes a saying may have a comma in it ("“只要有人喊，
	// 船就得" / "开”"): its tail closes the quote.
	// So may one of two phrases that ends in a quoted term ("专家“沉下去”，
	// 服务“提" / "上来”").
	if strings.Contains(a, "，") && !((firstRune(a) == '“' || twoPhrases(a+b)) && closesQuote(a, b) && lastRune(b) == '”') {
		return 0
	}
	// The tail is short, and the break cut a word or a quoted term, or
	// came before the term the heading ends with ("从“有没有”到" /
	// "“好不好”"). In a narrow column a tail clearly shorter than the first
	// line may be half the column; there, a phrase without a mark between
	// blank lines is a heading, wherever its line broke ("瞄准未来产业布局" /
	// "新赛道": text would end in a mark).
	short := wb < wa-2
	cut := words.Splits(a, b) || closesQuote(a, b) || term
	if tail.gap > 0 && !cut {
		return 0 // a blank line the layout left in a taller heading: only where the break cut it
	}
	cut = cut || short && bs[k].gap > 0 && !strings.ContainsAny(b, "，、；：。")
	// A labelled headline's tail may be long where the break cut a word
	// or a quoted term: it still ends two characters short of the column.
	if !cut || wb > bs[k].col*4/10 && !short && !(labelled && tail.w <= tail.col-4) {
		return 0
	}
	return 2
}

// colonInside reports whether s has one colon, inside it, after a label
// of two characters or more ("专家观点：数字赋能").
func colonInside(s string) bool {
	before, after, ok := strings.Cut(s, "：")
	return ok && runeCount(before) >= 2 && after != "" && !strings.Contains(after, "：")
}

// narrowHeadingExtent returns how many lines from bs[k], three or more,
// form a headline set in a larger face between blank lines (0: none):
// every line two characters or more short of the column, none wider
// than the first, and no mark but quotes, and a colon on the first line ("专家：贵在" / "落地见效的" /
// "“最后一步”"). Text fills its lines but the last; a paragraph of
// short lines ends in a mark.
func narrowHeadingExtent(lines []line, bs []body, k int) int {
	first := &bs[k]
	if first.gap == 0 || first.w > first.col-2 {
		return 0
	}
	text := ""
	for n := 1; n <= maxHeadLines && k+n-1 < len(bs); n++ {
		cur := &bs[k+n-1]
		s := lines[cur.idx].text
		// A layout dump leaves blank rows between a larger face's lines,
		// fewer than around the heading.
		if n > 1 && (cur.gap > 0 && (cur.gap >= first.gap || cur.gap > 2) || cur.w > first.w+1) || cur.w > cur.col-2 || lines[cur.idx].indent {
			return 0
		}
		// Quotes, and a colon inside the first line, are all the marks
		// it has; no line ends opening a quote.
		if !allHanOrQuoted(s) || strings.Contains(s, "：") && (n > 1 || strings.HasSuffix(s, "：")) ||
			strings.HasSuffix(s, "“") || strings.HasSuffix(s, "·") {
			return 0
		}
		text += s
		if runeCount(text) > 30 {
			return 0
		}
		if n >= 3 && (k+n >= len(bs) || bs[k+n].gap > 0 && bs[k+n].gap >= maxGap(bs[k+1:k+n])) {
			if strings.Count(text, "“") != strings.Count(text, "”") {
				return 0
			}
			return n
		}
	}
	return 0
}

// inColumnHeading reports whether bs[k] and the line under it are a
// headline set in the text's column with no blank line around it, as
// pdftotext reads a narrow column ("…增长9.8%。" / "专家观点：数字赋能乡" /
// "村“新农具”" / "今年以来，全县" / "…"): after a sentence's end, a phrase
// without a mark but quotes and a colon inside its first line, that
// fills that line and ends two characters short or more, over a line
// short by the indent it lost. A paragraph's last line ends in a mark.
func inColumnHeading(lines []line, bs []body, k int) bool {
	if k+2 >= len(bs) || bs[k].gap > 0 || bs[k+1].gap > 0 {
		return false
	}
	head, tail := &bs[k], &bs[k+1] // pointers: bodies are large to copy
	a, b := lines[head.idx].text, lines[tail.idx].text
	if head.w < head.col-max(3, head.col/12) || tail.w > head.col-4 || tail.alnum > 0 || head.alnum > 0 ||
		!allHanOrQuoted(a+b) || strings.HasSuffix(a, "：") || strings.Contains(b, "：") || strings.HasSuffix(a, "“") ||
		runeCount(a+b) > maxHeading || strings.Count(a+b, "“") != strings.Count(a+b, "”") || isIssuer(a) || isIssuer(b) {
		return false // nor the issuers that sign the text, one under the other
	}
	return opensParagraph(lines, bs, k+2) && !startsAlnum(lines[bs[k+2].idx].text) && !cutInPhrase(b, lines[bs[k+2].idx].text)
}

// maxGap is the most blank lines before any of bs.
func maxGap(bs []body) int {
	g := 0
	for i := range bs {
		g = max(g, bs[i].gap)
	}
	return g
}

// allHanOrQuoted reports whether s has only Chinese characters, quotes,
// a colon and figures: a headline's.
func allHanOrQuoted(s string) bool {
	for _, r := range s {
		if !isHan(r) && !isDigit(r) && !strings.ContainsRune("“”：·", r) {
			return false
		}
	}
	return true
}

// narrowerThanText is a line a of Chinese characters alone, after a
// blank line, a character or more short of a paragraph's first line with
// its indent, over a tail b without a mark: text would have filled the
// line, a heading set larger did not ("赛道串起城市新旧" / "风景" /
// "今年的赛道经过重新" in a column eleven characters wide).
func narrowerThanText(a, b string, ba body) bool {
	return ba.gap > 0 && ba.w <= ba.col-6 && allHan(a) &&
		!strings.ContainsAny(b, "，、；：。")
}

// englishHeadingExtent returns how many lines from bs[k] form an English
// heading set in capitals that wraps ("A Ledger Older Than the" /
// "Airplane", "Forty Years, One Morning at" / "a Time"): after a blank
// line or a sentence end, title-case lines without a stop, the last
// shorter than the text's lines, then text in a new paragraph.
func englishHeadingExtent(lines []line, bs []body, k int) int {
	first := bs[k]
	l1 := lines[first.idx]
	if !opensBlock(lines, bs, k) || !looksLikeEnglishHeading(l1.text) || hasEndPunct(l1.text) || first.w > first.col {
		return 0
	}
	text := l1.text
	for n := 2; n <= 4 && k+n-1 < len(bs); n++ {
		cur := bs[k+n-1]
		cl := lines[cur.idx]
		// A blank line ends a heading, but for a short tail OCR set
		// apart after a word no heading ends with ("Safe Streets and a
		// City That" / "" / "Works").
		tail := cur.gap == 1 && !headingEnd(text) && len(strings.Fields(cl.text)) <= 2 && paragraphAfter(lines, bs, k+n)
		// An indented line opens a paragraph, but for the short last
		// line of a centred heading, before a paragraph.
		if cur.gap > 0 && !tail || cl.indent && !(cur.w < first.w && paragraphAfter(lines, bs, k+n)) ||
			!titleWords(cl.text) || runeCount(text+" "+cl.text) > 120 {
			return 0
		}
		text += " " + cl.text
		if !headingEnd(text) {
			continue // "Optional: Protecting the": the heading goes on
		}
		if k+n < len(bs) {
			next := lines[bs[k+n].idx].text
			if r := firstRune(next); !unicode.IsUpper(r) && !strings.ContainsRune("“\"‘'", r) {
				continue // the heading goes on, or this is no heading
			}
		}
		if hasEndPunct(strings.TrimRight(cl.text, "?!")) || cur.w >= first.col*8/10 {
			return 0
		}
		return n
	}
	return 0
}

// openWords are the words an English heading does not end with: the
// small words, and those that always lead to more.
var openWords = map[string]bool{"that": true, "than": true, "into": true, "its": true, "our": true, "their": true,
	"your": true}

// headingEnd reports whether an English heading can end with the last
// word of s.
func headingEnd(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	return !smallWords[w] && !openWords[w]
}

// titleWords is a line of words in title case, small words aside, that
// may start with a small word ("a Time").
func titleWords(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	for _, w := range words {
		r := firstRune(w)
		if !smallWords[strings.ToLower(strings.Trim(w, ",:"))] && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// opensBlock reports whether line bs[k] can begin a block: the first
// line, after a blank line, an indent, a line that ends a sentence or a
// clause introducing what follows, or a heading: the last line of one
// that wraps, or a section title alone short of the column (a subsection
// right under its section).
func opensBlock(lines []line, bs []body, k int) bool {
	if k == 0 || bs[k].gap > 0 || lines[bs[k].idx].indent || lines[bs[k].idx].split {
		return true
	}
	a := lines[bs[k-1].idx].text
	return bs[k-1].ends || bs[k-1].headEnd || strings.HasSuffix(a, "：") || strings.HasSuffix(a, ":") ||
		sectionAlone(a) && bs[k-1].w < bs[k-1].col-max(3, bs[k-1].col/12)
}

// hasTerminal reports whether s has a Chinese sentence end.
func hasTerminal(s string) bool {
	// Three byte searches: ContainsAny decodes every rune of s.
	return strings.Contains(s, "。") || strings.Contains(s, "！") || strings.Contains(s, "？")
}

// ocrHeadTail is the short tail of a heading that OCR set apart with a
// blank line ("三、 十五五”时期主" / "" / "要目标任务"): a few characters with
// no punctuation but a final question or exclamation mark.
func ocrHeadTail(s string) bool {
	t := strings.TrimRight(s, "？！?!")
	return runeCount(s) <= 6 && !hasEndPunct(t) && !strings.ContainsAny(t, "，。、；：,;: ")
}

// tailSetApart reports whether bs[k] is the short tail of a heading
// whose last line is prev, set apart by a blank line: the break cut a
// word, or a phrase a character or two after its comma ("…社会治理，平安"
// / "" / "桥北更加巩固"), and a paragraph follows the tail.
func tailSetApart(lines []line, bs []body, k int, prev string) bool {
	if k >= len(bs) || bs[k].gap == 0 {
		return false
	}
	tail := lines[bs[k].idx].text
	if bs[k].gap > 1 && runeCount(tail) > 2 {
		// A layout dump leaves a blank line for every row of the other
		// columns: a word's last character or two may come rows later.
		return false
	}
	return ocrHeadTail(tail) && paragraphAfter(lines, bs, k+1) && (words.Splits(prev, tail) || cutAfterComma(prev))
}

// questionTail reports whether s is the short last line of a question
// or exclamation heading cut in mid word after prev ("湾区意味着什" /
// "么？").
func questionTail(prev, s string) bool {
	return (strings.HasSuffix(s, "？") || strings.HasSuffix(s, "！")) && runeCount(s) <= 4 && words.Splits(prev, s)
}

// unquoted is s without its quoted terms: a headline's term may list
// ("让新能源汽车“开得出去、充得回来”"), where its own text would not. A
// quote left open runs to the end.
func unquoted(s string) string {
	if !strings.Contains(s, "“") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '“':
			depth++
		case r == '”' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// closesQuote reports whether s is the tail of a heading whose quoted
// term was cut ("一、2025年和“十四" / "" / "五”时期工作回顾"): the heading
// so far leaves a quote open, s closes it (it closes more than it opens)
// and is a phrase.
func closesQuote(head, s string) bool {
	return closesOpenMark(head, s) && strings.Count(head, "“") > strings.Count(head, "”") &&
		runeCount(s) <= 12 && !hasEndPunct(s) && !strings.ContainsAny(s, "，。、；：,;: ")
}

// wrappedHeadline reports whether bs[k] and bs[k+1], after a sentence's
// end, are a headline of one or two phrases set in the text's size that
// wrapped ("以“小切口”撬动“大科普”，让科学走进" / "千家万户"): a line
// that fills the column, not indented (a paragraph's first line), and ends
// in no mark, a tail without any mark
// well short of the column, and a paragraph's first line right under
// them, short by the indent it lost, or full where it kept its indent or
// where paragraphs start flush, a full line under that. A paragraph's last line would end with a stop;
// the names that sign a document are no headline.
func wrappedHeadline(lines []line, bs []body, k int) bool {
	if k+2 >= len(bs) {
		return false
	}
	head, tail := &bs[k], &bs[k+1] // pointers: bodies are large to copy
	a, b := lines[head.idx].text, lines[tail.idx].text
	if tail.gap > 0 || head.alnum > 0 || lines[head.idx].indent || head.w < head.col-max(3, head.col/12) || hasEndPunct(a) ||
		tail.w > tail.col*6/10 || runeCount(b) < 2 || containsAnyOf(b, "，、；：。！？,;:") || hasEndPunct(b) {
		return false
	}
	s := a + b
	if strings.Count(s, "，") > 1 || containsAnyOf(unquoted(s), "、；：。！？") || runeCount(s) > 30 ||
		strings.Count(s, "“") != strings.Count(s, "”") {
		return false
	}
	if first, second, ok := strings.Cut(s, "，"); ok && (runeCount(first) < 4 || runeCount(second) < 4) {
		return false
	}
	c := &bs[k+2]
	// A full line opens a paragraph where it kept its indent, or where
	// the document starts its paragraphs flush.
	flush := (c.flush || lines[c.idx].indent) && c.gap == 0 && !c.ends && c.w >= c.col-max(3, c.col/12)
	return (opensParagraph(lines, bs, k+2) || flush) && c.alnum == 0 && c.below >= c.col-max(3, c.col/12) && !isIssuer(a) &&
		!words.Splits(b, lines[c.idx].text)
}
