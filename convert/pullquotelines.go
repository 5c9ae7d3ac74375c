package convert

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Pull quotes set among the lines of the text. A paper or a magazine
// sets a sentence of an article again, in a larger face between rules,
// inside a column near where the text says it; a text dump reads it into
// the text as lines of their own, in mid sentence as often as not. A run
// of two lines or more that opens after a blank or removed line, its
// lines narrower than the column around them (the larger face), a
// sentence or a clause of one, whose text the text near it says again in
// the flow of its lines (where the copy starts or ends inside a line) is
// that quote: it is removed, and
// the report names it and where the text says it. A repeat that is not
// set so is only reported (pullquote.go). Chinese text only: its copies
// compare character for character, spaces aside.
type pullQuoteLines struct{}

const (
	quoteWindow   = 240 // lines searched on either side for the text's copy
	maxQuoteLines = 12  // the most lines a pull quote takes
	minQuoteRunes = 12  // the shortest pull quote, in characters
)

func (pullQuoteLines) apply(d *draft) {
	if !d.zh() {
		return
	}
	lines := d.lines
	top := max(topZone(lines), 1)
	var text *flatLines // read at the first line that may open a quote
	widths := lineWidths{lines: lines, w: make([]int, len(lines))}
	for i := top; i+1 < len(lines); i++ {
		if !opensQuoteRun(lines, &widths, i) {
			continue
		}
		if text == nil {
			text = flatten(lines, top)
		}
		last, from := quotedRun(lines, text, i)
		if last < 0 {
			continue
		}
		for k := i; k <= last; k++ {
			l := &lines[k]
			if l.blank || l.gone {
				continue
			}
			d.noteRemoved(l.no, "pull-quote", strings.Join(strings.Fields(l.text), ""),
				"removed pull quote "+quote(l.text)+": the text says it at L"+strconv.Itoa(from))
			l.gone = true
		}
		i = last
	}
}

// opensQuoteRun reports whether line i may open a pull quote: after a
// blank or removed line, it and the line under it as wide (or the line
// under it the quote's last), at least half the column and narrower
// than the column around them by more than a character (a paragraph's
// first line is short by its indent, but a line under it that goes on
// fills the column). A line the text introduces with a colon, or one
// set in, is the text's own quotation.
func opensQuoteRun(lines []line, widths *lineWidths, i int) bool {
	a, p := &lines[i], &lines[i-1]
	if a.blank || a.gone || a.indent || !(p.blank || p.gone) {
		return false // (an indented block is the text's own quotation)
	}
	if k := i - 2; k >= 0 && !lines[k].blank && !lines[k].gone && (strings.HasSuffix(lines[k].text, "：") || strings.HasSuffix(lines[k].text, ":")) {
		return false // the text introduces what follows: its quotation
	}
	j := i + 1 // the quote's next line; OCR may set a blank line between
	if j+1 < len(lines) && lines[j].blank && !lines[j+1].blank {
		j++
	}
	b := &lines[j]
	if b.blank || b.gone {
		return false
	}
	wa, wb := widths.at(i), widths.at(j)
	endsRun := j+1 == len(lines) || lines[j+1].blank || lines[j+1].gone
	if wa < 8 || wb < 8 || wa > wb+3 && !endsRun || wb > wa+3 {
		return false // (a quote's lines share its measure, but for its last)
	}
	col := widths.column(i)
	return wa <= col-3 && wb <= col-3 && 2*wa >= col // (set in the column, it fills most of it)
}

// lineWidths measures lines once each, as the candidates' columns read
// the same lines again and again.
type lineWidths struct {
	lines []line
	w     []int // width+1 of each line measured, 0 for none yet
}

func (m *lineWidths) at(i int) int {
	if m.w[i] == 0 {
		m.w[i] = width(m.lines[i].text) + 1
	}
	return m.w[i] - 1
}

// column is localColumn's width of the column at line i.
func (m *lineWidths) column(i int) int { return columnAround(m.lines, i, m.at) }

// quotedRun returns the last line of the pull quote that opens at line i
// and the input line where the text says it (-1, 0: none).
func quotedRun(lines []line, text *flatLines, i int) (last, from int) {
	t := text.line(i)
	m := text.copyNear(t, i, i)
	if m.at < 0 {
		return -1, 0
	}
	last = i
	misread := false // a line that differs from the copy by one character
	n := 1           // the quote's lines so far
	for k := i + 1; k < len(lines) && n < maxQuoteLines; k++ {
		if lines[k].blank || lines[k].gone {
			// OCR may set the quote's lines apart by a blank line; a line
			// as wide as the text's is no quote's.
			if k+1 == len(lines) || lines[k+1].blank || lines[k+1].gone || lines[k-1].blank ||
				width(lines[k+1].text) > width(lines[i].text)+3 {
				break
			}
			continue
		}
		n++
		next := text.line(k)
		if c := text.copyNear(t+next, i, k); c.at >= 0 {
			t, last, m = t+next, k, c
			continue
		}
		if !misread && runeCount(t) >= minQuoteRunes && oneMisread(next, m.after) {
			// OCR read a character of one copy as another: the quote's
			// line goes on with the copy all the same.
			misread, last = true, k
			t += next
		}
		break
	}
	if last == i || runeCount(t) < minQuoteRunes || m.aligned || !containsAnyOf(t, "，、；：。！？") {
		// The text's own lines, a repeat line for line, or a name (the
		// issuer's, under the text as at its head): a quote is a sentence.
		return -1, 0
	}
	return last, lines[m.at].no
}

// oneMisread reports whether s, of three characters or more, is the
// start of text but for one character OCR misread, added or dropped.
func oneMisread(s, text string) bool {
	a, b := []rune(s), []rune(text)
	if len(a) < 3 || len(b) < len(a)-1 {
		return false
	}
	for _, n := range []int{len(a), len(a) - 1, len(a) + 1} {
		if n <= len(b) && withinOneEdit(string(a), string(b[:n])) {
			return true
		}
	}
	return false
}

// textCopy is where the text says a quote again: the index of the line
// where the copy starts (-1: none), whether the copy starts and ends with
// lines there (as a repeated paragraph would, where a pull quote's source
// runs on in the flow of its lines), and the text after it.
type textCopy struct {
	at      int
	aligned bool
	after   string
}

// flatLines is the text from line top on without its spaces: starts[k]
// is where line k's text begins (blank and removed lines have none).
type flatLines struct {
	s      string
	starts []int
	top    int
	lines  []line // read for the lines removed since
}

// flatten reads lines from top on as one text.
func flatten(lines []line, top int) *flatLines {
	n := 0
	for k := top; k < len(lines); k++ {
		n += len(lines[k].text)
	}
	var b strings.Builder
	b.Grow(n)
	starts := make([]int, len(lines)+1)
	for k := range lines {
		starts[k] = b.Len()
		if k < top || lines[k].blank || lines[k].gone {
			continue
		}
		t := lines[k].text
		for t != "" {
			// the runs between spaces and tabs
			cut := strings.IndexAny(t, " \t")
			if cut < 0 {
				b.WriteString(t)
				break
			}
			b.WriteString(t[:cut])
			t = t[cut+1:]
		}
	}
	starts[len(lines)] = b.Len()
	return &flatLines{s: b.String(), starts: starts, top: top, lines: lines}
}

// line is line k's text without its spaces, as flatten read it (a line
// with text then).
func (f *flatLines) line(k int) string { return f.s[f.starts[k]:f.starts[k+1]] }

// copyNear finds text t in the lines within quoteWindow of lines i to
// last, outside them and from line top on (the title block may repeat a
// name the text says).
func (f *flatLines) copyNear(t string, i, last int) textCopy {
	if c := f.find(t, max(f.top, i-quoteWindow), i); c.at >= 0 {
		return c
	}
	return f.find(t, last+1, min(len(f.starts)-1, last+1+quoteWindow))
}

// find finds t in lines lo to hi (exclusive).
func (f *flatLines) find(t string, lo, hi int) textCopy {
	if lo >= hi {
		return textCopy{at: -1}
	}
	from, to := f.starts[lo], f.starts[hi]
	k := strings.Index(f.s[from:to], t)
	if k < 0 {
		return textCopy{at: -1}
	}
	pos, end := from+k, from+k+len(t)
	// The lines holding pos and the copy's last byte: the last ones that
	// start at or before them. A copy in lines since removed (a quote
	// found before) is none.
	n := sort.Search(len(f.starts), func(j int) bool { return f.starts[j] > pos }) - 1
	e := sort.Search(len(f.starts), func(j int) bool { return f.starts[j] > end-1 }) - 1
	for k := n; k <= e; k++ {
		if f.lines[k].gone {
			return textCopy{at: -1}
		}
	}
	_, endsLine := slices.BinarySearch(f.starts, end)
	after := min(to, end+96)
	for after > end && after < len(f.s) && !utf8.RuneStart(f.s[after]) {
		after-- // (whole characters; the text's end is a character's)
	}
	return textCopy{at: n, aligned: f.starts[n] == pos && endsLine, after: f.s[end:after]}
}
