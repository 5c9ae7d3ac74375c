package convert

import (
	"fmt"
	"strings"
)

// Ornaments: the dingbats between sections, OCR's digits for them, and
// the emphasis dots under a heading's characters.

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
