package convert

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cjk-publish/publish/words"
)

// headingMarks removes the mark a page's style sets before each of its
// headings ("● 一、总体情况", "▲ 二、…", as OCR reads them "@@ 一、…",
// "^ 二、…") or the brackets it sets around them ("【一、总体情况】",
// wrapped or not): they are no text, and the line they mark stands apart
// as a heading. A style marks every heading so: two lines at least bear
// the same mark, short phrases with text between them, most two three
// lines apart or more (a list's items keep their bullets), none the same
// as another (a script's "【解说】" labels), none a byline or a caption.
type headingMarks struct{}

// headMarks are the marks a style sets before a heading; OCR reads the
// disc as "@" or "@@", the triangle as "^", the section sign as "$".
var headMarks = []string{"●", "▲", "■", "◆", "★", "▶", "►", "◇", "○", "◎", "•", "§", "▌", "▍", "▎", "▐", "┃", "@@", "@", "^", "$"}

// markedHead is a heading that bears a mark: the line it starts on, its
// lines (two where a bracketed heading wraps), the mark and its text.
type markedHead struct {
	at, last int // its first and last line
	lines    int
	mark     string
	// number: the mark's number ("③": 3); twice: the heading's own
	// number repeats it ("①一、…", "5 五、…").
	number     int
	twice      bool
	alone      bool   // it stands apart from the line under it (markedApart)
	text, tail string // the heading's text on its first line and, wrapped, on its second
}

func (headingMarks) apply(d *draft) {
	if !d.zh() {
		return
	}
	// Each line is read on its own, in halves: most lines are told by
	// their first bytes, but there are many.
	found := collectInHalves(len(d.lines), func(lo, hi int) []markedHead {
		var found []markedHead
		for i := lo; i < hi; i++ {
			if h, ok := headingMarkAt(d, i); ok {
				found = append(found, h)
			}
		}
		return found
	})
	for k := range found {
		h := &found[k]
		tail := -1
		if h.lines == 1 {
			h.alone, tail = markedApart(d, h.at, h.text)
		}
		if tail >= 0 {
			// A heading that wraps to a short tail: the two lines are
			// one heading.
			h.lines, h.last, h.tail = 2, tail, d.lines[tail].text
		}
		h.alone = h.alone || h.lines == 2
	}
	styled := map[string]bool{}
	for _, h := range found {
		if _, ok := styled[h.mark]; !ok {
			styled[h.mark] = styleMarks(found, h.mark, d, 2)
		}
	}
	for mark, ok := range styled {
		if ok && mark != "misread" && !styled["misread"] {
			// Where the style's marks read right elsewhere, one that OCR
			// misread is enough.
			styled["misread"] = styleMarks(found, "misread", d, 1)
			break
		}
	}
	if !styled["misread"] && marksReadBefore(d.lines) {
		// So it is where the character OCR read for the mark went
		// before two numbered headings already, a space after it
		// ("令 一、…", "令 二、…" / "令四、…").
		styled["misread"] = styleMarks(found, "misread", d, 1)
	}
	for _, h := range found {
		if !styled[h.mark] {
			continue
		}
		l := &d.lines[h.at]
		l.styleMarked = true
		if h.lines == 1 {
			noteMark(d, l, h.text)
			l.text = h.text
			l.ruled = true // it stands apart, as a heading under a rule does
			continue
		}
		next := &d.lines[h.last]
		noteMark(d, l, h.text)
		if next.text != h.tail {
			noteMark(d, next, h.tail)
		}
		l.text, next.text = h.text, h.tail
		l.headLines = h.lines
	}
}

// marksReadBefore reports whether the character OCR read for a heading's
// mark went before two numbered headings or more (ocrmarks.go).
func marksReadBefore(lines []line) bool {
	n := 0
	for i := range lines {
		if lines[i].markRead {
			n++
		}
	}
	return n >= 2
}

// noteMark reports the mark line l loses where only kept, a part of it,
// is left.
func noteMark(d *draft, l *line, kept string) {
	mark := strings.Join(strings.Fields(strings.Replace(l.text, kept, "", 1)), "")
	d.noteRemoved(l.no, "heading-mark", mark, "removed the mark "+quote(mark)+" the page's style sets at every heading: "+quote(kept))
}

// headingMarkAt reads a heading with a mark at line i.
func headingMarkAt(d *draft, i int) (markedHead, bool) {
	l := &d.lines[i] // a pointer: a line is large to copy
	if l.blank || l.gone {
		return markedHead{}, false
	}
	s := trimSpace(l.text)
	if !mayBeMarked(s) {
		return markedHead{}, false // most lines: told by their first bytes
	}
	if strings.Contains(s, "记者") || strings.Contains(s, "通讯员") || strings.HasSuffix(s, "摄") {
		return markedHead{}, false // a byline or a photo's caption
	}
	if rest, ok := cutOpen(s); ok && !boxedNumber.MatchString(s) && !emptyBox(s) {
		if inner, ok := cutClose(rest); ok {
			return markedHead{at: i, last: i, lines: 1, mark: "【", text: inner}, opensPhrase(inner) && headPhrase(inner)
		}
		if strings.ContainsAny(rest, "】]") {
			return markedHead{}, false // text runs on after the bracket: a yearbook's entry
		}
		next := nextWithText(d, i)
		if next < 0 {
			return markedHead{}, false
		}
		t := strings.TrimSpace(d.lines[next].text)
		tail, ok := cutClose(t)
		if !ok || strings.ContainsAny(t, "【[") {
			return markedHead{}, false
		}
		h := markedHead{at: i, last: next, lines: 2, mark: "【", text: rest, tail: tail}
		return h, headPhrase(rest+tail) && opensPhrase(rest)
	}
	for _, m := range headMarks {
		rest, ok := strings.CutPrefix(s, m)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \u3000")
		if m == "@" && headingPattern(rest) == noPattern {
			break // a name on a social network ("@城东老街坊 留言称"), or OCR's "@)" before a number
		}
		if m == "$" && !isHan(firstRune(rest)) {
			break // a sum of dollars; OCR's section sign stands before a heading's words
		}
		if m == "@@" {
			m = "@" // OCR's two readings of one disc
		}
		return markedHead{at: i, last: i, lines: 1, mark: m, text: rest}, opensPhrase(rest) && headPhrase(rest)
	}
	if afterBreak(d, i) {
		if rest, ok := misreadMark(s); ok {
			// OCR read the mark as a character or two ("◆ 三、…" as "令三、…").
			return markedHead{at: i, last: i, lines: 1, mark: "misread", text: rest, number: sectionValue(rest)}, headPhrase(rest)
		}
	}
	if n, rest, circled := leadingNumber(s); n > 0 {
		// A number set large or in a circle before the heading: the
		// style's, where it repeats the heading's own (a figure alone
		// before text is the text's).
		twice := sectionValue(rest) == n
		mark := "number"
		if circled {
			mark = "circled"
		}
		return markedHead{at: i, last: i, lines: 1, mark: mark, text: rest, number: n, twice: twice}, (circled || twice) && opensPhrase(rest) && headPhrase(rest)
	}
	return markedHead{}, false
}

// mayBeMarked reports whether s may open with a heading's mark: with one
// of headMarks, a bracket, a number, or with a numbered section's "、"
// within its first few characters (a mark OCR misread before it).
func mayBeMarked(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c == '[' || isDigit(rune(c)) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r == '【' || r >= '①' && r <= '⑳' {
		return true
	}
	// Every mark opens with one of these bytes: most lines are told by it.
	if c := s[0]; (c == 0xE2 || c == 0xC2 || c == '@' || c == '^' || c == '$') &&
		slices.ContainsFunc(headMarks, func(m string) bool { return strings.HasPrefix(s, m) }) {
		return true
	}
	return strings.Contains(s[:min(len(s), 24)], "、")
}

// misreadMark reads, at the start of s, one to three characters that are
// no numeral nor a mark that opens text, then a numbered section's title
// ("令三、…", "@) 五、…"): the title after them.
func misreadMark(s string) (string, bool) {
	if emptyBox(s) {
		// A box OCR read empty or with a stroke for its number (a
		// reference holds one): the numbered title after it.
		rest := strings.TrimLeft(s[2:], " \u3000")
		_, after, _ := strings.Cut(rest, "、")
		return rest, sectionValue(rest) > 0 && !isChineseDigit(firstRune(after))
	}
	i := 0
	var prefix []rune
	for k := 1; k <= 3 && i < len(s); k++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune("一二三四五六七八九十两几第、（(“”‘’《「【[", r) || isDigit(r) {
			return "", false // a numeral, or a mark that the text opens with
		}
		prefix = append(prefix, r)
		i += size
		rest := strings.TrimLeft(s[i:], " \u3000")
		if sectionValue(rest) == 0 {
			continue
		}
		// A word that ends with the numeral ("统一、规范的…", "星期一、
		// 星期三…"), or numerals in a row ("近三、四年来", "一、三、五")
		// are text.
		_, after, _ := strings.Cut(rest, "、")
		if isChineseDigit(firstRune(after)) {
			return "", false
		}
		for j := range prefix {
			if words.Known(append(slices.Clone(prefix[j:]), firstRune(rest))) {
				return "", false
			}
		}
		return rest, true
	}
	return "", false
}

// afterBreak reports whether line i opens a paragraph by what stands
// before it: a blank or removed line, or a line that ends a sentence.
func afterBreak(d *draft, i int) bool {
	if i == 0 {
		return true
	}
	p := &d.lines[i-1]
	if p.blank || p.gone {
		return true
	}
	return strings.ContainsRune("。！？；：”", lastRune(strings.TrimSpace(p.text)))
}

// leadingNumber reads a number in a circle ("③"), of one or two digits
// and a space ("3 "), or in a box as OCR reads it ("[3] ") at the start
// of s: its value and the text after it (0 if none), and whether it was
// circled (a boxed one, like a reference's, counts only where it repeats
// the heading's own number).
func leadingNumber(s string) (int, string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	if r >= '①' && r <= '⑳' {
		return int(r-'①') + 1, strings.TrimLeft(s[size:], " \u3000"), true
	}
	if m := boxedNumber.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, strings.TrimLeft(s[len(m[0]):], " \u3000"), false
	}
	k := 0
	for k < len(s) && k < 3 && isDigit(rune(s[k])) {
		k++
	}
	if k == 0 || k > 2 || !strings.HasPrefix(s[k:], " ") && !strings.HasPrefix(s[k:], "\u3000") {
		return 0, "", false
	}
	n, _ := strconv.Atoi(s[:k])
	return n, strings.TrimLeft(s[k:], " \u3000"), false
}

// emptyBox reports whether s opens with a box OCR read empty or with a
// stroke for the number in it ("[] 一、…", "[| 一、…").
func emptyBox(s string) bool {
	return strings.HasPrefix(s, "[]") || strings.HasPrefix(s, "[|")
}

// boxedNumber is a number set in a square before a heading as OCR reads
// it, in square brackets ("[3] 三、…"); a reference ("[3]") runs on in
// its sentence.
var boxedNumber = regexp.MustCompile(`^[\[【〔](\d{1,2})[\]】〕][ 　]`)

// opensPhrase reports whether s opens as a Chinese heading does: with a
// Chinese character, a number or an opening mark.
func opensPhrase(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHan(r) || isDigit(r) || strings.ContainsRune("（“《", r)
}

// cutOpen returns s without the opening bracket it starts with (OCR may
// read it as "[").
func cutOpen(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "【"); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "[")
}

// cutClose returns s without the closing bracket it ends with, when it
// has no other inside (OCR may read the bracket as "]", or as both).
func cutClose(s string) (string, bool) {
	inner := strings.TrimRight(s, "】]")
	if n := len(s) - len(inner); n == 0 || n > len("]】") || strings.ContainsAny(inner, "【】[]") {
		return "", false
	}
	return strings.TrimSpace(inner), true
}

// headPhrase is text a heading may be: a few words with no stop inside
// (a question or an exclamation may end it).
func headPhrase(s string) bool {
	n := utf8.RuneCountInString(s)
	body := strings.TrimRight(s, "？！?!")
	return n >= 2 && n <= 32 && !strings.ContainsAny(body, "。；;？！?!")
}

// styleMarks reports whether the page's style sets mark before its
// headings: least headings at least (two) bear it, no two of them the same, with
// text between them, three lines or more between most two: a list's
// items stand closer, each a line or two, a blank line or none between.
func styleMarks(found []markedHead, mark string, d *draft, least int) bool {
	n, apart, alone, twice, last := 0, 0, 0, 0, -1
	inOrder := true // the numbers run 1, 2, 3, …
	growing, prev := true, 0
	seen := map[string]bool{}
	for _, h := range found {
		if h.mark != mark {
			continue
		}
		if seen[h.text+h.tail] {
			return false
		}
		if last >= 0 {
			between := linesBetween(d, last, h.at)
			if between == 0 {
				return false
			}
			if between >= 3 {
				apart++
			}
		}
		seen[h.text+h.tail] = true
		n++
		if h.twice {
			twice++
		}
		if h.alone {
			alone++
		}
		inOrder = inOrder && h.number == n
		growing, prev = growing && h.number > prev, h.number
		last = h.last
	}
	// A number in a circle is a style's where most repeat the headings'
	// own or where they run 1, 2, 3, … (a document numbers its headings
	// "一、", "（一）", "1."; circled numbers count items in its text); a
	// number of digits only where it repeats the heading's own
	// (headingMarkAt: else it numbers the document's, "1 范围").
	// Most of them stand apart from the lines under them: a paragraph's
	// first line fills the column and goes on.
	if n < least || 2*apart < n-1 || 2*alone < n {
		return false
	}
	switch mark {
	case "circled":
		return (2*twice >= n || inOrder) && !circledInText(d, found)
	case "misread":
		// Misread marks differ from line to line: the sections' numbers
		// that follow them, growing, tell them.
		return growing
	}
	return true
}

// markedApart reports whether the heading text s of line i stands apart
// from the lines under it: a blank line follows, or it is numbered as a
// heading is, or it is a phrase without a comma that the break after it
// cuts in no word, or a short tail without a stop finishes it (a heading
// that wraps: tail is that line, else -1), or it falls short of the lines
// under it, up to a blank line, by two characters or more (a paragraph's
// first line fills the column and goes on in mid clause).
func markedApart(d *draft, i int, s string) (apart bool, tail int) {
	if i+1 >= len(d.lines) || d.lines[i+1].blank || headingPattern(s) != noPattern {
		return true, -1
	}
	next := nextWithText(d, i)
	if next < 0 {
		return true, -1
	}
	t := d.lines[next].text
	if !strings.Contains(s, "，") && !cutInPhrase(s, t) {
		return true, -1
	}
	if width(t) <= width(s)*6/10 && !hasTerminal(t) && !strings.ContainsAny(t, "，；") {
		return true, next
	}
	col := 0
	for j := i + 1; j < len(d.lines) && j <= i+3 && !d.lines[j].blank; j++ {
		if !d.lines[j].gone {
			col = max(col, width(d.lines[j].text))
		}
	}
	return width(s) <= col-4, -1
}

// circledInText reports whether a number in a circle that marks one of
// the found headings stands in a line of text too: a note's reference
// ("…的规定①。"), its note set "① …" under the text.
func circledInText(d *draft, found []markedHead) bool {
	marks := map[rune]bool{}
	for _, h := range found {
		if h.mark == "circled" {
			marks[firstRune(strings.TrimSpace(d.lines[h.at].text))] = true
		}
	}
	for i := range d.lines {
		t := strings.TrimSpace(d.lines[i].text)
		_, size := utf8.DecodeRuneInString(t)
		for _, r := range t[min(size, len(t)):] {
			if marks[r] {
				return true
			}
		}
	}
	return false
}

// linesBetween counts the lines with text that stay between lines i and j.
func linesBetween(d *draft, i, j int) int {
	n := 0
	for k := i + 1; k < j; k++ {
		if l := &d.lines[k]; !l.blank && !l.gone {
			n++
		}
	}
	return n
}

// nextWithText is the index of the first line after i with text, past
// one blank line at most (OCR sets them inside headings); -1 if none.
func nextWithText(d *draft, i int) int {
	for j := i + 1; j < len(d.lines) && j <= i+2; j++ {
		l := &d.lines[j]
		switch {
		case l.gone:
			return -1
		case !l.blank:
			return j
		}
	}
	return -1
}
