package convert

import (
	"strings"
	"unicode/utf8"
)

// headingMarks removes the mark a page's style sets before each of its
// headings ("● 一、总体情况", "▲ 二、…", as OCR reads them "@@ 一、…",
// "^ 二、…") or the brackets it sets around them ("【一、总体情况】",
// wrapped or not): they are no text, and the line they mark stands apart
// as a heading. A style marks every heading so, so two lines at least
// must bear the same mark; lines marked so one right under another are a
// list's items, which keep their marks.
type headingMarks struct{}

// headMarks are the marks a style sets before a heading; OCR reads the
// disc as "@" or "@@", the triangle as "^".
var headMarks = []string{"●", "▲", "■", "◆", "★", "▶", "►", "◇", "○", "◎", "•", "@@", "@", "^"}

// markedHead is a heading that bears a mark: the line it starts on, its
// lines (two where a bracketed heading wraps), the mark and its text.
type markedHead struct {
	at, lines  int
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
	for _, h := range found {
		if !styleMarks(found, h.mark, d) {
			continue
		}
		l := &d.lines[h.at]
		if h.lines == 1 {
			d.noteRemoved(l.no, "heading-mark", cutAround(l.text, h.text), "the mark the page sets before or around every heading")
			l.text = h.text
			l.ruled = true // it stands apart, as a heading under a rule does
			continue
		}
		next := &d.lines[nextWithText(d, h.at)]
		d.noteRemoved(l.no, "heading-mark", cutAround(l.text, h.text), "the brackets the page sets around every heading")
		d.noteRemoved(next.no, "heading-mark", cutAround(next.text, h.tail), "the brackets the page sets around every heading")
		l.text, next.text = h.text, h.tail
		l.headLines = h.lines
	}
}

// cutAround is what a line loses, spaces aside, when only kept, a part
// of it, is left.
func cutAround(line, kept string) string {
	return strings.Join(strings.Fields(strings.Replace(line, kept, "", 1)), "")
}

// headingMarkAt reads a heading with a mark at line i.
func headingMarkAt(d *draft, i int) (markedHead, bool) {
	l := &d.lines[i] // a pointer: a line is large to copy
	if l.blank || l.gone || l.inTable {
		return markedHead{}, false
	}
	s := strings.TrimSpace(l.text)
	if rest, ok := cutOpen(s); ok {
		if inner, ok := cutClose(rest); ok {
			return markedHead{at: i, lines: 1, mark: "【", text: inner}, headPhrase(inner)
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
		return markedHead{at: i, lines: 2, mark: "【", text: rest, tail: tail}, headPhrase(rest + tail)
	}
	for _, m := range headMarks {
		rest, ok := strings.CutPrefix(s, m)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \u3000")
		if m == "@@" {
			m = "@" // OCR's two readings of one disc
		}
		r, _ := utf8.DecodeRuneInString(rest)
		opens := isHan(r) || isDigit(r) || strings.ContainsRune("（“《", r)
		return markedHead{at: i, lines: 1, mark: m, text: rest}, opens && headPhrase(rest)
	}
	return markedHead{}, false
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
// headings: two headings at least bear it, no two of them on lines one
// right under the other (a list's items).
func styleMarks(found []markedHead, mark string, d *draft) bool {
	n, last := 0, -2
	for _, h := range found {
		if h.mark != mark {
			continue
		}
		if last >= 0 && nextWithText(d, last) == h.at && !d.lines[h.at-1].blank {
			return false
		}
		n++
		last = h.at + h.lines - 1
	}
	return n >= 2
}

// nextWithText is the index of the first line after i with text, past
// one blank line at most (OCR sets them inside headings); -1 if none.
func nextWithText(d *draft, i int) int {
	for j := i + 1; j < len(d.lines) && j <= i+2; j++ {
		l := &d.lines[j]
		switch {
		case l.gone, l.inTable:
			return -1
		case !l.blank:
			return j
		}
	}
	return -1
}
