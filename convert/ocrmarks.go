package convert

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cjk-publish/publish/words"
)

// OCR's confusions of Chinese marks, repaired on each line of a Chinese
// document after the character repairs (repairChars widens the ASCII
// marks): "一一" read for the dash "——", a dropped quote mark that left a
// space ("一、 十四五”时期", "推行“换位跑一次 ，建强"), a numbered heading's
// bracket read as a title mark ("《三) 大力促进") or lost ("三) 守牢"), a
// rule's bar before a heading. A space OCR writes after
// an ASCII mark it read ("各位代表! 回顾") goes with the mark's repair in
// repairChars. English text is never touched.

// edits collects the changes to one line: counts per kind for the
// report, and the characters replaced (not the spaces), which the report
// names as removed.
type edits struct {
	counts  map[string]int
	removed []rune
	// headMark: the character OCR read for a mark before a numbered
	// heading went (dropBoxMark)
	headMark bool
}

// newEdits starts the record of a line; most lines need none, so the
// counts are made on the first change.
func newEdits() *edits { return &edits{} }

// replace records that from became to.
func (e *edits) replace(from, to string) {
	if e.counts == nil {
		e.counts = map[string]int{}
	}
	e.counts[`"`+from+`"→"`+to+`"`]++
	if strings.TrimSpace(from) != "" {
		e.removed = append(e.removed, []rune(from)...)
	}
}

// maxQuoted is the most characters between a quote mark and the space a
// dropped mate left: quoted terms in reports are short.
const maxQuoted = 12

// maxAloneTerm is the most characters of a quoted term alone on a line.
const maxAloneTerm = 6

// repairOCRMarks repairs one line, recording each change in e;
// next is the line after it, where a quoted term may close.
// prev is the line before it in the same block ("" after a blank line);
// beyond, when a blank line follows, the first line after it.
func repairOCRMarks(s, prev, next, beyond string, e *edits) string {
	ones, one, angle, al, digit := markCues(s)
	quotes := hasStraySpace(s) && (containsAnyOf(s, "“”") || containsAnyOf(prefix(next, maxQuoted), "“”"))
	bracket := s != "" && strings.ContainsRune("《〈(（“", firstRune(s))
	lostOpen := s != "" && isChineseDigit(firstRune(s)) && strings.ContainsAny(prefix(s, 4), ")）")
	closer := (next == "" || prev == "") && (strings.HasSuffix(s, "*") || strings.HasSuffix(s, "-"))
	alone := next == "" && prev == "" && strings.Contains(s, "“") // a line set apart: a title or heading
	bar := strings.HasPrefix(s, "|") || strings.HasPrefix(s, "｜") || strings.HasPrefix(s, "‖")
	box := boxBeforeSpace(s)
	// A rule read as "-一" opens no text: such a line needs no blank
	// line under it.
	dashRule := strings.HasPrefix(s, "-一") || strings.HasPrefix(s, "-—")
	years := one && digit && yearOneYear(s) >= 0 // "一" between digits
	percent := digit && figureAfterPercent(s)
	// "一2026年1月22日在…": the dash before a dated line, its two strokes
	// read as one; Chinese writes no 一 before a date.
	datedOne := one && digit && strings.HasPrefix(s, "一") && oneBeforeDate.MatchString(s)
	strokeOne := digit && strings.Contains(s, "月") && strings.ContainsAny(s, "]|lI｜") && dateStroke.MatchString(s)
	label := prev == "" && next == "" && strings.Contains(s, "；") && labelColon.MatchString(s)
	gapNumber := (prev == "" || next == "") && strings.Contains(s, "  ") && s != "" && isChineseDigit(firstRune(s)) && spacedSection.MatchString(s)
	ruled := strings.HasPrefix(s, "一") || strings.HasPrefix(s, "—") || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "_")
	// A heading's rules, after a blank line or a sentence's end (OCR may
	// lose the blank line before a heading).
	afterEnd := prev == "" || strings.ContainsRune("。！？!?", lastRune(prev))
	rules := afterEnd && (ruled || next == "" && ruleAfter(s))
	touching := afterEnd && next == "" && one && touchingRules.MatchString(s)
	if !ones && !quotes && !bracket && !lostOpen && !closer && !alone && !bar && !angle && !box && !rules && !al && !years && !label && !gapNumber && !percent && !strokeOne && !datedOne && !touching {
		return s // most lines: nothing to look at
	}
	rs := []rune(s)
	if angle {
		rs = bracketFromAngle(rs, e)
	}
	if al {
		rs = aiFromAl(rs, e)
	}
	if bar {
		// "|《三）…", "|“三）…": the bracket after the rule's bar is the
		// heading's, read as another mark.
		rs = dropRuleBar(rs, e)
		bracket = len(rs) > 0 && strings.ContainsRune("《〈(（“", rs[0])
	}
	if box {
		rs = dropBoxMark(rs, e)
	}
	if rules {
		rs = dropRulesAround(rs, next == "" || dashRule, e)
	}
	if touching && touchingRules.MatchString(string(rs)) {
		rs = dropTouchingRules(rs, e) // (what the rules' removal left)
	}
	if percent {
		rs = percentSigns(rs, e)
	}
	if strokeOne {
		// "2026年]月22日": a 1 OCR read as a stroke in a date.
		t := dateStroke.ReplaceAllStringFunc(string(rs), func(m string) string {
			for _, c := range "]|lI｜" {
				if i := strings.IndexRune(m, c); i >= 0 {
					e.replace(string(c), "1")
					return m[:i] + "1" + m[i+len(string(c)):]
				}
			}
			return m
		})
		rs = []rune(t)
	}
	if gapNumber {
		// "一  总体要求": a section's number whose mark OCR read as the
		// gap it leaves.
		m := spacedSection.FindStringSubmatchIndex(string(rs))
		gap := string(rs)[m[2]:m[3]]
		e.replace(gap, "、")
		rs = []rune(string(rs)[:m[2]] + "、" + string(rs)[m[3]:])
	}
	if label {
		// "专家；贵在落地见效" set apart: a speaker's or a column's
		// label before a phrase, its colon read as a semicolon.
		k := slices.Index(rs, '；')
		e.replace("；", "：")
		rs[k] = '：'
	}
	if closer {
		rs = closerFromStray(rs, prev, e)
	}
	if ones {
		rs = dashesFromOnes(rs, e)
	}
	if datedOne && rs[0] == '一' {
		rs = append([]rune{'—', '—'}, rs[1:]...)
		e.replace("一", "——")
	}
	if years {
		rs = dashBetweenYears(rs, e)
	}
	if quotes {
		rs = restoreQuotes(rs, []rune(prefix(next, maxQuoted)), e)
	}
	if bracket {
		rs = headingBracket(rs, e)
	}
	if lostOpen {
		rs = openBeforeNumeral(rs, e)
	}
	if alone && !closesTerm(beyond) {
		rs = closeDroppedQuote(rs, e)
	}
	return string(rs)
}

// dateStroke is a date whose 1 OCR read as a stroke: between 年 and 月
// ("2026年]月", "2026年]2月") or between 月 and 日 ("3月]日").
// oneBeforeDate is a line opening with 一 before a date's year and month.
var oneBeforeDate = regexp.MustCompile(`^一 ?\d{4}年[\d\]|lI｜]{1,2}月`)

var dateStroke = regexp.MustCompile(`\d{4}年[\]|lI｜]\d?月|\d月[\]|lI｜]\d?日`)

// figureAfterPercent reports whether s has a percent sign with a digit
// or an o right after it, which percentSigns looks at.
func figureAfterPercent(s string) bool {
	return byteBefore(s, '%', func(c byte) bool { return c >= '0' && c <= '9' || c == 'o' || c == 'O' })
}

// percentSigns repairs a percent sign after a figure whose glyph's lower
// circle OCR read apart, as a digit or a letter after it ("增长7.9%6，",
// "3.2%o"): no figure follows a percent sign, so the digit goes, and an
// o is the per-mille sign. A figure or a word right after it ("50%2026年")
// leaves it as it is.
func percentSigns(rs []rune, e *edits) []rune {
	out := rs[:0:0]
	for k := 0; k < len(rs); k++ {
		r := rs[k]
		if r == '%' && k > 0 && isDigit(rs[k-1]) && k+1 < len(rs) && (isDigit(rs[k+1]) || rs[k+1] == 'o' || rs[k+1] == 'O') &&
			(k+2 == len(rs) || !isDigit(rs[k+2]) && rs[k+2] != '%' && !isLatin(rs[k+2])) {
			if isDigit(rs[k+1]) {
				e.replace(string(rs[k+1]), "")
				out = append(out, '%')
			} else {
				e.replace("%"+string(rs[k+1]), "‰")
				out = append(out, '‰')
			}
			k++
			continue
		}
		out = append(out, r)
	}
	return out
}

// spacedSection is a section's number in Chinese numerals, a gap of two
// spaces or more where OCR lost its mark, and one phrase without a mark
// or another space ("一  总体要求"): text leaves no gap after a numeral.
var spacedSection = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}(\s{2,})\p{Han}[^\s，。；：！？、,.;:!?]{1,28}$`)

// labelColon is a line of a short label, a semicolon and one phrase
// without a mark ("专家；贵在落地见效"): text puts no semicolon after two
// to four characters at a line's start.
var labelColon = regexp.MustCompile(`^\p{Han}{2,4}；\p{Han}[^，。；：！？、,.;:!?]{1,20}$`)

// markCues reads in one pass over s's bytes whether it has "一一", "一",
// "〈", "Al" and an ASCII digit.
func markCues(s string) (ones, one, angle, al, digit bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !markCue[c] {
			i += cjkTail(s, i)
			continue
		}
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c == 'A':
			al = al || strings.HasPrefix(s[i+1:], "l")
		case c == 0xE4:
			if strings.HasPrefix(s[i:], "一") {
				one = true
				ones = ones || strings.HasPrefix(s[i+len("一"):], "一")
			}
		case c == 0xE3:
			angle = angle || strings.HasPrefix(s[i:], "〈")
		}
	}
	return
}

// markCue marks the bytes markCues looks at.
var markCue = func() (t [256]bool) {
	for _, c := range []byte("0123456789A\xE4\xE3") {
		t[c] = true
	}
	return t
}()

// yearOneYear is the byte offset of the first "一" between two years
// in s ("2026一2027年度"), -1 for none.
func yearOneYear(s string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], "一")
		if i < 0 {
			return -1
		}
		i += from
		if i >= 4 && isAllDigits(s[i-4:i]) && len(s) >= i+7 && isAllDigits(s[i+3:i+7]) {
			return i
		}
		from = i + len("一")
	}
}

// dashBetweenYears puts back the dash OCR read as "一" between two years
// ("2026一2027年度"): Chinese numerals do not stand between Arabic ones.
func dashBetweenYears(rs []rune, e *edits) []rune {
	for i := 4; i+4 < len(rs); i++ {
		if rs[i] == '一' && isAllDigits(string(rs[i-4:i])) && isAllDigits(string(rs[i+1:i+5])) {
			rs[i] = '—'
			e.replace("一", "—")
		}
	}
	return rs
}

// bracketFromAngle puts back the opening bracket OCR read as "〈" where a
// round bracket closes it on the line ("本报讯〈记者 林晓峰 … 陈思远）",
// "〈草案）》"): an angle bracket closes with "〉". An ASCII bracket that
// closes it around Chinese is the full-width one ("〈试行)").
func bracketFromAngle(rs []rune, e *edits) []rune {
	for i, r := range rs {
		if r != '〈' {
			continue
		}
		for j := i + 1; j < len(rs) && j <= i+24; j++ {
			if rs[j] == '〉' || rs[j] == '〈' {
				break
			}
			if rs[j] == '）' || rs[j] == ')' {
				e.replace("〈", "（")
				rs[i] = '（'
				if rs[j] == ')' && strings.ContainsFunc(string(rs[i+1:j]), isHan) {
					e.replace(")", "）") // "〈试行)": both marks of the pair misread
					rs[j] = '）'
				}
				break
			}
		}
	}
	return rs
}

// dropRuleBar removes the bar OCR read for a rule set beside a heading
// ("|二、整治范围和重点", "| 三、时间安排"): a bar alone before Chinese
// text, which never opens a line of it (a table's row has more bars).
func dropRuleBar(rs []rune, e *edits) []rune {
	k := 1
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	if k == len(rs) || !isHan(rs[k]) && !strings.ContainsRune("（(“《〈", rs[k]) || slices.ContainsFunc(rs[k:], func(r rune) bool { return r == '|' || r == '｜' }) {
		return rs
	}
	e.replace(string(rs[:k]), "")
	return rs[k:]
}

// boxMarks are what OCR reads for a square set before a heading: the
// characters most like a filled or hollow square.
const boxMarks = "国口回田囗日目□■"

// squareMarks are the squares and diamonds a page sets before a heading,
// as pdftotext reads them.
const squareMarks = "■□◆◇"

// boxBeforeSpace is a line opening with one character and a space: maybe
// a mark set before a heading, which OCR read as a character.
func boxBeforeSpace(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n < len(s) && (s[n] == ' ' && (isHan(r) || strings.ContainsRune(boxMarks+"—", r)) || markIn(squareMarks, r))
}

// spacedChapter opens a chapter's title, its number set apart by a space:
// "第二章 停放充电场所".
var spacedChapter = regexp.MustCompile(`^第[一二三四五六七八九十百零〇]{1,4}[章节][ 　]\p{Han}`)

// dropBoxMark removes the character OCR read for a square or a rule set
// before a numbered heading ("国 一、 大气环境", "一 第二章 停放充电场所
// 的"), and a rule after a chapter's title ("第五章 法律责任 一"): a
// character alone before a heading's number is no word of it. A
// character not like a square ("罩 五、自然生态") must stand before a
// chapter's number, or a section's title alone.
func dropBoxMark(rs []rune, e *edits) []rune {
	k := 1
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	rest := string(rs[k:])
	// A square itself before a phrase alone heads it, numbered or not
	// ("■ 冷链物流补齐短板"): text opens no line with one.
	// A hollow one before a person's name alone marks a byline ("□ 祁望山").
	square := strings.ContainsRune(squareMarks, rs[0]) && k < len(rs) && isHan(rs[k]) && runeCount(rest) <= 30 && !hasEndPunct(rest) &&
		!(rs[0] == '□' && personNames(rest))
	if k == len(rs) || !strings.ContainsRune(boxMarks, rs[0]) && !square && !spacedChapter.MatchString(rest) && !(headingPattern(rest) == patSection && sectionAlone(rest)) ||
		headingPattern(rest) == noPattern && !square {
		return rs
	}
	e.replace(string(rs[:k]), "")
	e.headMark = headingPattern(rest) != noPattern
	rs = rs[k:]
	if n := len(rs); n > 2 && spacedChapter.MatchString(rest) && rs[n-2] == ' ' && (rs[n-1] == '一' || rs[n-1] == '—') {
		e.replace(string(rs[n-2:]), "")
		rs = rs[:n-2]
	}
	return rs
}

// dropRulesAround removes the rules OCR read as "一", "—", "-" or "_" on
// both sides of a heading set between them, alone between blank lines
// ("一老师从哪里来 一", "-一 三、土壤和地下环境 -一", "一 一 七、… 一一 一"):
// a phrase of three characters or more without a mark, which no rule's
// stroke starts a word of where it is set apart by a space. A rule may
// come in pieces with spaces between, and the one before the heading may
// touch it where it is three strokes or one ("一一一“小切口”…"). A
// section's title keeps its number's mark, and may have lost the rule
// after it ("-一 七、核与辐射"); a rule of two strokes or more before a
// section's title shows it even where text follows at once. A rule after
// the heading alone ("… 一 一一") is one where the line stands apart.
func dropRulesAround(rs []rune, alone bool, e *edits) []rune {
	n := len(rs)
	isRule := func(r rune) bool { return r == '一' || r == '—' || r == '-' || r == '_' }
	// The rules and spaces at each end; a run that touches the heading
	// ends at its last space, as the stroke there may be the section's
	// number ("-一一 一、…").
	lead := 0
	for lead < n && (isRule(rs[lead]) || lead > 0 && rs[lead] == ' ') {
		lead++
	}
	if lead < n && lead > 0 && rs[lead-1] != ' ' {
		if k := lastSpace(rs[:lead]); k >= 0 {
			lead = k + 1
		} else if rs[lead] == '、' {
			lead-- // "-一一、…": the last stroke is the number
		} else if lead == 2 || lead == 1 && words.Known(rs[:2]) && !sectionNumberAt(rs[1:]) {
			lead = 0 // "一一对应…", "一是…": no rule before it (but "一五、…")
		}
	}
	trail := 0
	for trail < n-lead && (isRule(rs[n-1-trail]) || trail > 0 && rs[n-1-trail] == ' ') {
		trail++
	}
	if trail > 0 && n-trail > lead && rs[n-trail] != ' ' {
		if k := firstSpace(rs[n-trail:]); k >= 0 {
			trail -= k
		} else {
			trail = 0
		}
	}
	strokes := func(rs []rune) int { return len(rs) - strings.Count(string(rs), " ") }
	leadRules, trailRules := strokes(rs[:lead]), strokes(rs[n-trail:])
	if lead >= 4 && lead < n && rs[lead-1] == ' ' && rs[lead-2] == '一' && rs[lead-3] == ' ' && headingPattern(string(rs[lead:])) != patSection &&
		(trail > 0 && strings.TrimSpace(string(rs[n-trail:])) != strings.TrimSpace(string(rs[:lead])) || trail == 0 && isDigit(rs[lead])) {
		// "一一 一 2025年… 一一": the last stroke alone, where the rule
		// after the heading is another, is the section's number, its
		// mark lost ("一 一 … 一 一" is a rule of two strokes).
		lead -= 2
		leadRules--
	}
	from, to := lead, n-trail
	for from < to && rs[from] == ' ' {
		from++
	}
	for to > from && rs[to-1] == ' ' {
		to--
	}
	if n < 5 || from >= to || leadRules == 0 && (trailRules < 2 || !alone) {
		return rs
	}
	inner := string(rs[from:to])
	if k := strings.IndexByte(inner, ' '); k > 0 && k <= 9 && strings.Trim(inner[:k], chineseDigits) == "" &&
		(isHan(firstRune(inner[k+1:])) || isDigit(firstRune(inner[k+1:]))) {
		// "八 应对气候变化", "一 2025年工作回顾": the section's number lost
		// its mark
		inner = inner[:k] + "、" + inner[k+1:]
		e.replace(" ", "、")
	}
	marks, section := inner, headingPattern(inner) == patSection
	if section {
		marks = inner[strings.Index(inner, "、")+len("、"):]
	} else if trail == 0 {
		return rs // only a section's title may have lost its rule after it
	}
	spacedLead := from > 0 && rs[from-1] == ' '
	if !alone && !(section && leadRules >= 2 && spacedLead) && !(spacedLead && trailRules > 0) {
		return rs // text follows at once: rules on both sides, or two before a section's title
	}
	if spacedLead && trailRules > 0 && strings.Count(marks, "：") == 1 && !strings.HasSuffix(marks, "：") {
		// "一 专家：守住“一老一小” 一": a heading's colon, between rules on
		// both sides
		marks = strings.Replace(marks, "：", "", 1)
	}
	if to-from < 3 || isRule(rs[from]) && !section || strings.ContainsAny(marks, "，。；：、,.;:!?！？ ") ||
		!strings.ContainsFunc(inner, func(r rune) bool { return isHan(r) && !isChineseDigit(r) }) {
		return rs
	}
	if from > 0 {
		e.replace(string(rs[:from]), "")
	}
	if to < n {
		e.replace(string(rs[to:]), "")
	}
	return []rune(inner)
}

// sectionNumberAt reports whether rs opens with a section's number
// other than 一 ("五、", "十二、"): no numeral starts with 一 before
// another, so a 一 before it is a stroke.
func sectionNumberAt(rs []rune) bool {
	if len(rs) == 0 || !strings.ContainsRune("二三四五六七八九十", rs[0]) {
		return false
	}
	i := 1
	for i < len(rs) && i < 3 && isChineseDigit(rs[i]) {
		i++
	}
	return i < len(rs) && rs[i] == '、'
}

// touchingRules is a section's title alone, a phrase without a mark,
// with a stroke touching it after its end ("四、持续改善民生一"), or
// before its number too ("一四、持续改善民生一"): the rules beside a heading
// as OCR read them, with no space between.
var touchingRules = regexp.MustCompile(`^一?[二三四五六七八九十]{1,3}、[^，。；：！？、,.;:!?\s]{2,30}一$|^一[二三四五六七八九十]{1,3}、[^，。；：！？、,.;:!?\s]{2,30}$`)

// dropTouchingRules removes the strokes touchingRules found: one before
// the number, where no numeral starts with 一 before another, and one
// after the title, unless it ends a word there ("…统一", "…之一").
func dropTouchingRules(rs []rune, e *edits) []rune {
	n := len(rs)
	if n > 2 && rs[n-1] == '一' && !words.Known(rs[n-2:]) {
		e.replace("一", "")
		rs = rs[:n-1]
	}
	if len(rs) > 1 && rs[0] == '一' && rs[1] != '、' {
		e.replace("一", "")
		rs = rs[1:]
	}
	return rs
}

// ruleAfter reports whether s ends in a rule OCR read, set apart by a
// space ("… 一一", "… __").
func ruleAfter(s string) bool {
	t := strings.TrimRight(s, "一—-_ ")
	return len(t) < len(s) && strings.HasSuffix(strings.TrimRight(s, "一—-_"), " ")
}

// lastSpace is the index of rs's last space (-1: none).
func lastSpace(rs []rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == ' ' {
			return i
		}
	}
	return -1
}

// firstSpace is the index of rs's first space (-1: none).
func firstSpace(rs []rune) int {
	for i, r := range rs {
		if r == ' ' {
			return i
		}
	}
	return -1
}

// stopFromO puts back the full stop OCR read as a letter o at the end of
// a line ("线路产品16条 o", "实现新进步o"): a lone o after a Chinese
// character or a closing mark, with or without a space, is no word.
// It reads the line as input, before the character repairs (which
// narrow a full-width letter), so that the report names what the input
// had.
func stopFromO(s string, e *edits) string {
	if !strings.HasSuffix(s, "o") && !strings.HasSuffix(s, "O") {
		return s
	}
	return string(stopFromORunes([]rune(s), e))
}

func stopFromORunes(rs []rune, e *edits) []rune {
	if t := strings.TrimSpace(string(rs)); t == "、o" || t == "、 o" {
		// A stop alone on a line, under the line it ends: OCR read it as
		// a comma and an o.
		e.replace(string(rs), "。")
		return []rune("。")
	}
	k := len(rs) - 2
	if k >= 0 && rs[k] == ' ' {
		k--
	}
	if k < 0 || !isHan(rs[k]) && !strings.ContainsRune("”’）》", rs[k]) {
		return rs
	}
	e.replace(string(rs[k+1:]), "。")
	return append(rs[:k+1], '。')
}

// dashesFromOnes turns "一一" before a digit or an opening mark into the
// dash it was ("一一2026年1月26日在…", "一一“向优”的质效"): Chinese writes
// no "一一" there, where a dated line or an enumeration opens with "——";
// so at the start of a line that names a speech's place ("一一在…会议上的讲话")
// or of an interview's subtitle, a phrase without a mark ("一一访…院长郑立华").
func dashesFromOnes(rs []rune, e *edits) []rune {
	for i := 0; i+2 < len(rs); i++ {
		if rs[i] != '一' || rs[i+1] != '一' || (i > 0 && rs[i-1] == '一') {
			continue
		}
		if n := rs[i+2]; isDigit(n) || strings.ContainsRune("“《（(「", n) || i == 0 && n == '在' && speechPlace(rs) ||
			i == 0 && n == '访' && len(rs) <= 30 && !slices.ContainsFunc(rs, func(r rune) bool { return strings.ContainsRune("，。；！？", r) }) {
			rs[i], rs[i+1] = '—', '—'
			e.replace("一一", "——")
			i++
		}
	}
	return rs
}

// speechPlace reports whether a line names where a speech was given
// ("一一在2026年全县经济工作会议上的讲话"): a dated line opening with the
// dash, not "一一在" (one by one) in running text.
func speechPlace(rs []rune) bool {
	s := string(rs)
	return strings.Contains(s, "上的") || strings.HasSuffix(s, "上") ||
		strings.Contains(s, "会议") || strings.Contains(s, "讲话") || strings.Contains(s, "典礼") || strings.Contains(s, "大会")
}

// restoreQuotes puts back a quote mark OCR dropped where it left a space
// between Chinese characters: an opening mark before a closing one that
// has no mate ("聘。 引培留用”并举"), a closing mark after an opening one
// whose quoted term runs into a space and a comma ("推行“换位跑一次 ，"),
// and an opening mark read as a closing one after a space, with no close
// after it ("给古籍 ”看病 的人").
func restoreQuotes(rs, next []rune, e *edits) []rune {
	n := len(rs)
	if strings.ContainsRune(string(rs), ' ') {
		rs = append(rs, next...) // read on into the next line; edit this one only
	}
	open := -1      // index of an unclosed "“"
	stray := -1     // a stray space outside quotes since the last mark
	openStray := -1 // the first stray space after the unclosed "“"
	for i, r := range rs {
		if i >= n && stray < 0 && open < 0 {
			break
		}
		if open >= 0 && openStray >= 0 && i-open > maxQuoted && !slices.Contains(rs[open+1:], '”') {
			// No mark closes the quoted term where terms end: its
			// closing mark was dropped, where OCR left a space
			// ("…一年“飞 出新天地").
			rs[openStray] = '”'
			e.replace(" ", "”")
			open, openStray = -1, -1
		}
		switch {
		case r == '“':
			open, stray, openStray = i, -1, -1
		case r == '”' && open >= 0:
			open = -1
		case r == '”' && open < 0 && i >= 2 && rs[i-1] == ' ' && isHan(rs[i-2]) && i+1 < n && isHan(rs[i+1]) && !slices.Contains(rs[i+1:], '”'):
			// "给古籍 ”看病 的人": an opening mark read as a closing one
			// after a space; its term's close was dropped.
			rs[i] = '“'
			e.replace("”", "“")
			open, stray, openStray = i, -1, -1
		case r == '”' && stray >= 0 && i-stray <= maxQuoted:
			rs[stray] = '“'
			e.replace(" ", "“")
			stray = -1
		case r == '”':
			stray = -1
		case r == ' ' && i < n && strayInCJK(rs, i):
			if open >= 0 && i-open <= maxQuoted && strings.ContainsRune("，。、；：！？", nextNonSpace(rs, i)) {
				rs[i] = '”'
				e.replace(" ", "”")
				open = -1
				continue
			}
			if open >= 0 && openStray < 0 {
				openStray = i
			}
			if open < 0 {
				stray = i
			}
		case strings.ContainsRune("，。、；：！？《》（）", r):
			// A quoted term has no mark inside: the space before it is
			// no dropped quote.
			stray = -1
			if open >= 0 && r != '、' {
				open, openStray = -1, -1
			}
		}
	}
	if open >= 0 && openStray >= 0 && openStray < n && len(next) == 0 {
		// The block ends with the quoted term unclosed (a title).
		rs[openStray] = '”'
		e.replace(" ", "”")
	}
	return rs[:n]
}

// lastOpening is the index of the last opening quote mark in rs (-1:
// none).
func lastOpening(rs []rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == '“' {
			return i
		}
	}
	return -1
}

// closerFromStray puts back the closing quote mark OCR read as "*" or
// "-" at the end of a block or of a block's first line, a heading OCR
// set on the text ("山村里的“共享灶台-", "“管" / "得住*"): the mark
// follows a Chinese character, and a quoted term opened on the line or
// the one before, at most maxQuoted characters back, is not closed.
func closerFromStray(rs []rune, prev string, e *edits) []rune {
	n := len(rs)
	if n < 2 || !isHan(rs[n-2]) {
		return rs
	}
	text := []rune(prev + string(rs[:n-1]))
	open := lastOpening(text)
	if open < 0 || slices.Contains(text[open:], '”') {
		return bothFromStray(rs, prev, e) // no term open
	}
	if len(text)-open-1 > maxQuoted {
		return rs
	}
	e.replace(string(rs[n-1]), "”")
	rs[n-1] = '”'
	return rs
}

// bothFromStray puts back both marks of a quoted term at the end of a
// block where OCR dropped the opening one, leaving a space, and read the
// closing one as "-" or "*" ("、 奋斗者-"): a space before a run of
// Chinese characters, as short as a quoted term, at the line's end. A
// line that is such a run alone (first in its block, prev "") is the
// term ("甜蜜经济-", under a title), when short: a longer one is a
// heading with a mark of its own ("山村里的共享灶台-").
func bothFromStray(rs []rune, prev string, e *edits) []rune {
	n := len(rs)
	sp := slices.Index(rs, ' ')
	for k := sp + 1; sp >= 0 && k < n; k++ {
		if rs[k] == ' ' {
			sp = k // the last space
		}
	}
	if sp < 0 && prev == "" && n-1 >= 2 && n-1 <= maxAloneTerm && !slices.ContainsFunc(rs[:n-1], func(r rune) bool { return !isHan(r) }) {
		e.replace("", "“")
		e.replace(string(rs[n-1]), "”")
		rs[n-1] = '”'
		return append([]rune{'“'}, rs...)
	}
	if sp < 0 || n-2-sp < 2 || n-2-sp > maxQuoted || slices.ContainsFunc(rs[sp+1:n-1], func(r rune) bool { return !isHan(r) }) ||
		(sp > 0 && !isHan(rs[sp-1]) && !strings.ContainsRune("，、。；：", rs[sp-1])) {
		return rs
	}
	e.replace(" ", "“")
	e.replace(string(rs[n-1]), "”")
	rs[sp], rs[n-1] = '“', '”'
	return rs
}

// salutationSemicolon is an address alone on its line with a semicolon,
// where the colon belongs: "各位代表;", "同志们；".
var salutationSemicolon = regexp.MustCompile(`^(?:各位\p{Han}{2,4}|\p{Han}{1,3}们)[;；]$`)

// salutationColon puts back the colon of a salutation OCR read as a
// semicolon ("各位代表;"), recording the change in e. A salutation starts
// its block (prev is the line before in the block): an item of a list
// keeps its semicolon ("一是稳增长；", "…老干部与" / "青年们；").
func salutationColon(s, prev string, e *edits) string {
	if prev != "" || !strings.HasSuffix(s, ";") && !strings.HasSuffix(s, "；") || len(s) > 24 || !salutationSemicolon.MatchString(s) {
		return s // most lines: one byte compare
	}
	mark := "；"
	if strings.HasSuffix(s, ";") {
		mark = ";"
	}
	e.replace(mark, "：")
	return strings.TrimSuffix(s, mark) + "："
}

// strayCloser drops a closing quote that opens a line under a sentence's
// end (before, the text line above, across blank lines), with a rule's
// stroke before it ("_”") or before a heading's number or label
// ("”二、推动…", "”话题一：…"): a heading's bar or rule as OCR read it.
// Typesetting never starts a line with "”", and a quote the text closes
// there goes on with the words it closes, not a heading's shape.
func strayCloser(s, before string, e *edits) string {
	rest, ok := strings.CutPrefix(s, "”")
	stroke := false
	if !ok {
		for _, r := range []string{"_”", "|”", "｜”"} {
			if rest, ok = strings.CutPrefix(s, r); ok {
				stroke = true
				break
			}
		}
	}
	if !ok || rest == "" || !opensChinese(firstRune(rest)) || !stroke && !headShaped(rest) {
		return s
	}
	rs := []rune(before)
	if len(rs) == 0 || !strings.ContainsRune("。！？", rs[len(rs)-1]) {
		return s
	}
	if k := lastQuote(rs); k >= 0 && rs[k] == '“' {
		return s // "他说：“…工作。" / "”": the quote closes here
	}
	e.replace(strings.TrimSuffix(s, rest), "")
	return rest
}

// headShaped is a line that opens as a heading does: with a section's
// number ("二、…", "（二）…") or a label and its colon ("话题一：…"), not
// a speaker's.
func headShaped(s string) bool {
	if headingPattern(s) != noPattern {
		return true
	}
	label, _, ok := strings.Cut(strings.Replace(s, ":", "：", 1), "：")
	return ok && runeCount(label) >= 2 && runeCount(label) <= 6 && allHan(label) && !saysLabel(label)
}

// closesTerm reports whether s closes a quoted term opened before it: a
// "”" before any "“" ("五”时期工作回顾" after "一、2025年和“十四" and OCR's
// blank line; "量发展…不动摇，推…”" after a line of a column that OCR
// double-spaced).
func closesTerm(s string) bool {
	for _, r := range s {
		switch r {
		case '“':
			return false
		case '”':
			return true
		}
	}
	return false
}

// maxHeadTerm is the longest quoted term that ends a title or heading
// ("热饭碗", "放心饭", "土特产经济"); longer, the line is text.
const maxHeadTerm = 8

// closeDroppedQuote puts back the closing mark OCR dropped at the end
// of a line set apart, a title or heading whose quoted term ends it
// ("小食堂端出幸福“热饭碗", "让更多老人吃上“放心饭"): the line is a phrase,
// and its last "“" opens a term of at most maxHeadTerm characters that
// nothing closes.
func closeDroppedQuote(rs []rune, e *edits) []rune {
	open := lastOpening(rs)
	n := len(rs)
	if open < 0 || n > 40 || n-open-1 < 1 || n-open-1 > maxHeadTerm || slices.Contains(rs[open:], '”') ||
		!isHan(rs[n-1]) || strings.ContainsAny(string(rs), "。！？；") {
		return rs
	}
	e.replace("", "”")
	return append(rs, '”')
}

// hasStraySpace reports, scanning bytes, whether s has a space between
// two characters of three bytes (CJK characters and marks).
func hasStraySpace(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0; {
		if i >= 3 && i+1 < len(s) && s[i-3] >= 0xE0 && s[i-3] < 0xF0 && s[i+1] >= 0xE0 && s[i+1] < 0xF0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// strayInCJK is a single space between two wide characters.
func strayInCJK(rs []rune, i int) bool {
	return i > 0 && i+1 < len(rs) && isWide(rs[i-1]) && isWide(rs[i+1]) &&
		rs[i-1] != '“' && rs[i+1] != '”'
}

func nextNonSpace(rs []rune, i int) rune {
	for j := i + 1; j < len(rs); j++ {
		if rs[j] != ' ' {
			return rs[j]
		}
	}
	return 0
}

// aiFromAl reads "AI" where OCR read its capital I as a small l beside
// Chinese text ("给Al找准落脚点", "，Al辅助"): the two letters alone as a
// word there are no element's symbol, which a figure follows.
func aiFromAl(rs []rune, e *edits) []rune {
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != 'A' || rs[i+1] != 'l' {
			continue
		}
		var before, after rune
		if i > 0 {
			before = rs[i-1]
		}
		if i+2 < len(rs) {
			after = rs[i+2]
		}
		word := func(r rune) bool { return isLatin(r) || isDigit(r) }
		if !word(before) && !word(after) && (isHan(before) || isHan(after)) {
			e.replace("Al", "AI")
			rs[i+1] = 'I'
		}
	}
	return rs
}

// openBeforeNumeral puts back the opening bracket OCR lost before a
// heading's number in Chinese numerals ("三) 守牢生态底线" for "（三）守牢
// 生态底线"): such a number closes its bracket only after opening it.
func openBeforeNumeral(rs []rune, e *edits) []rune {
	j := 0
	for j < len(rs) && j < 3 && isChineseDigit(rs[j]) {
		j++
	}
	if j == 0 || j+1 >= len(rs) || !strings.ContainsRune(")）", rs[j]) || !isHan(rs[j+1]) && rs[j+1] != ' ' {
		return rs
	}
	e.replace(string(rs[j]), "）")
	rs[j] = '）'
	e.replace("", "（")
	return append([]rune{'（'}, rs...)
}

// headingBracket repairs the opening bracket of a numbered heading that
// OCR read as another mark ("《三) 大力促进", "〈二）…", "“四）…"): a Chinese numeral
// between it and a closing bracket at the start of a line. A space OCR
// put before the closing bracket goes ("《五 ) 推进").
func headingBracket(rs []rune, e *edits) []rune {
	if len(rs) < 3 || !strings.ContainsRune("《〈(（“", rs[0]) {
		return rs
	}
	if len(rs) > 3 && strings.ContainsRune("<〈《‹", rs[1]) && isChineseDigit(rs[2]) {
		// "(<三) 五年来…": a speck OCR read as a mark inside the bracket
		e.replace(string(rs[1]), "")
		rs = slices.Delete(rs, 1, 2)
	}
	j := 1
	for j < len(rs) && j <= 3 && isChineseDigit(rs[j]) {
		j++
	}
	if j > 1 && j+1 < len(rs) && rs[j] == ' ' && strings.ContainsRune(")）》〉", rs[j+1]) {
		e.replace(" ", "")
		rs = slices.Delete(rs, j, j+1)
	}
	if j == 1 || j >= len(rs) || !strings.ContainsRune(")）》〉", rs[j]) {
		return rs
	}
	if rs[0] != '（' {
		e.replace(string(rs[0]), "（")
		rs[0] = '（'
	}
	if rs[j] != '）' {
		e.replace(string(rs[j]), "）")
		rs[j] = '）'
	}
	return rs
}

// repairEnglishOCR repairs OCR's "|" for the pronoun "I" ("| have",
// "|'m") in English text.
func repairEnglishOCR(s string, e *edits) string {
	if !strings.Contains(s, "|") {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c != '|' || (i > 0 && !strings.ContainsRune(" \"'(", rune(b[i-1]))) || i+2 >= len(b) ||
			!(b[i+1] == '\'' || b[i+1] == ' ' && isLower(rune(b[i+2]))) {
			continue // "| have", "|'m"; not a separator ("The Keepers of the Rain | 1")
		}
		b[i] = 'I'
		e.replace("|", "I")
	}
	return string(b)
}
