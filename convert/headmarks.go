package convert

import (
	"strings"
	"unicode/utf8"
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
// disc as "@" or "@@", the triangle as "^".
var headMarks = []string{"●", "▲", "■", "◆", "★", "▶", "►", "◇", "○", "◎", "•", "@@", "@", "^"}

// markedHead is a heading that bears a mark: the line it starts on, its
// lines (two where a bracketed heading wraps), the mark and its text.
type markedHead struct {
	at, last   int // its first and last line
	lines      int
	mark       string
	text, tail string // the heading's text on its first line and, wrapped, on its second
}

func (headingMarks) apply(d *draft) {
	if !d.zh() {
		return
	}
	var found []markedHead
	for i := range d.lines {
		if h, ok := headingMarkAt(d, i); ok {
			found = append(found, h)
		}
	}
	styled := map[string]bool{}
	for _, h := range found {
		if _, ok := styled[h.mark]; !ok {
			styled[h.mark] = styleMarks(found, h.mark, d)
		}
	}
	for _, h := range found {
		if !styled[h.mark] {
			continue
		}
		l := &d.lines[h.at]
		if h.lines == 1 {
			noteMark(d, l, h.text)
			l.text = h.text
			l.ruled = true // it stands apart, as a heading under a rule does
			continue
		}
		next := &d.lines[h.last]
		noteMark(d, l, h.text)
		noteMark(d, next, h.tail)
		l.text, next.text = h.text, h.tail
		l.headLines = h.lines
	}
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
	if l.blank || l.gone || strings.Contains(l.text, "记者") || strings.Contains(l.text, "通讯员") || strings.HasSuffix(l.text, "摄") {
		return markedHead{}, false // a byline or a photo's caption
	}
	s := strings.TrimSpace(l.text)
	if rest, ok := cutOpen(s); ok {
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
			return markedHead{}, false // a name on a social network ("@城东老街坊 留言称")
		}
		if m == "@@" {
			m = "@" // OCR's two readings of one disc
		}
		return markedHead{at: i, last: i, lines: 1, mark: m, text: rest}, opensPhrase(rest) && headPhrase(rest)
	}
	return markedHead{}, false
}

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
// headings: two headings at least bear it, no two of them the same, with
// text between them, three lines or more between most two: a list's
// items stand closer, each a line or two, a blank line or none between.
func styleMarks(found []markedHead, mark string, d *draft) bool {
	n, apart, last := 0, 0, -1
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
		last = h.last
	}
	return n >= 2 && 2*apart >= n-1
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
