package convert

import (
	"fmt"
	"strings"

	"github.com/cjk-publish/publish/words"
)

// Merged rows. Where newspaper columns stand close together, pdftotext
// in its reading-order mode prints the lines of two neighbouring columns
// that share a baseline as one line, the two parts set apart by a single
// space:
//
//	隐私的数据，以及未经 件的地区探索建立数据
//	合法权利人授权同意的 跨境流动服务中心，在
//
// mergedRows finds such stretches in Chinese text and reads them column
// after column. A stretch needs four lines in a row that split at a
// single space into a left part as wide as the column (all alike) and a
// right part no wider, in a document whose own lines of one column are as
// wide; a single space between Chinese characters is otherwise OCR's
// noise, a letter-spaced line, a byline or a speaker's line. Lines of a
// stretch with one part (where the columns' baselines differ, after a
// heading or a paragraph's end) go to the column they continue.
type mergedRows struct{}

const (
	// minMergedRun is how many merged lines in a row make a stretch.
	minMergedRun = 4
	// maxRowGap is how many lines of one part a stretch goes on across.
	maxRowGap = 3
	// maxRowBytes is longer than any two columns' lines (two of forty
	// Chinese characters).
	maxRowBytes = 2 * 40 * 3
)

// rowSplit is a line cut into its two columns' parts.
type rowSplit struct {
	left, right string
	spaced      bool // the left part is letter-spaced
}

func (mergedRows) apply(d *draft) {
	if !d.zh() || !spacedRun(d.lines) {
		return
	}
	var widths map[int]int // lines of text per width, counted when first needed
	lineWidths := func() map[int]int {
		if widths == nil {
			widths = map[int]int{}
			for _, l := range d.lines {
				if rowLine(l) {
					widths[width(l.text)]++
				}
			}
		}
		return widths
	}
	var out []line // the lines read anew, made at the first stretch
	i := 0
	for {
		s, e, w := mergedStretch(d.lines, i, lineWidths)
		if s < 0 {
			break
		}
		out = append(out, d.lines[i:s]...)
		out = append(out, d.readRows(d.lines[s:e], w)...)
		i = e
	}
	if out != nil {
		d.lines = append(out, d.lines[i:]...)
	}
}

// spacedRun reports whether minMergedRun lines in a row have a single
// space in them: most documents have no such run, and need no more look.
func spacedRun(lines []line) bool {
	n := 0
	for _, l := range lines {
		if mayMerge(l) {
			if n++; n >= minMergedRun {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// mergedStretch finds the first stretch of merged rows in lines[from:]:
// its lines [s, e) and the column width w; s is -1 when there is none.
// lineWidths counts the document's lines per width.
func mergedStretch(lines []line, from int, lineWidths func() map[int]int) (s, e, w int) {
	for i := from; i < len(lines); i++ {
		// A run of lines that split at all; its full left parts give
		// the column's width.
		j := i
		for j < len(lines) && hasRowCut(lines[j]) && (j == i || follows(lines, j)) {
			j++
		}
		if j-i < minMergedRun {
			i = max(i, j-1) // the next run starts at j at the earliest
			continue
		}
		w = leftWidth(lines[i:j])
		// The document's own lines of one column are as wide (a merged
		// line is wider).
		if widths := lineWidths(); widths[w-2]+widths[w-1]+widths[w]+widths[w+1] < minMergedRun {
			i = j - 1
			continue
		}
		// Lines in a row that split into parts of that width, three
		// with a full left part.
		for k := i; k < j; {
			n, full := 0, 0
			for ; k+n < j; n++ {
				sp, ok := splitRow(lines[k+n], w)
				if !ok {
					break
				}
				if !sp.spaced && width(sp.left) >= w-2 {
					full++
				}
			}
			if n >= minMergedRun && full >= minMergedRun-1 {
				s, e = extendStretch(lines, from, k, k+n, w)
				return s, e, w
			}
			k += n + 1
		}
		i = j - 1
	}
	return -1, -1, 0
}

// follows reports whether lines[k] is the input line after lines[k-1].
func follows(lines []line, k int) bool {
	return k > 0 && lines[k].no == lines[k-1].no+1
}

// extendStretch takes in, on both sides of the run [s, e) and not before
// line from, merged lines across at most maxRowGap lines of one part no
// wider than a column.
func extendStretch(lines []line, from, s, e, w int) (int, int) {
	merged := func(k int) bool { _, ok := splitRow(lines[k], w); return ok }
	for {
		k := e
		for k < len(lines) && k-e < maxRowGap && oneColumnLine(lines[k], w) && follows(lines, k) && !merged(k) {
			k++
		}
		if k == len(lines) || !follows(lines, k) || !merged(k) {
			break
		}
		e = k + 1
	}
	for {
		k := s - 1
		for k >= from && s-1-k < maxRowGap && oneColumnLine(lines[k], w) && follows(lines, k+1) && !merged(k) {
			k--
		}
		if k < from || !follows(lines, k+1) || !merged(k) {
			return s, e
		}
		s = k
	}
}

// rowLine is a line a stretch may hold: text, not the first of a page.
func rowLine(l line) bool {
	return !l.blank && !l.gone && !l.page
}

// oneColumnLine is a line of text that fits in one column.
func oneColumnLine(l line, w int) bool {
	return rowLine(l) && width(l.text) <= w+2
}

// leftWidth is the width most unspaced left parts of the lines have
// (a part one place wider counts too: figures take a little more than
// half a character).
func leftWidth(lines []line) int {
	count := map[int]int{}
	for _, l := range lines {
		if cuts := rowCuts(l); len(cuts) == 1 && !cuts[0].spaced {
			count[width(cuts[0].left)]++
		}
	}
	best, votes := 0, 0
	for v := range count {
		if n := count[v] + count[v+1]; n > votes || n == votes && v < best {
			best, votes = v, n
		}
	}
	return best
}

// mayMerge tells whether l could hold two columns' lines: a line of
// text, not longer than two columns' lines, with single spaces only.
func mayMerge(l line) bool {
	return rowLine(l) && len(l.text) <= maxRowBytes && strings.IndexByte(l.text, ' ') >= 0 && !strings.Contains(l.text, "  ")
}

// eachRowCut calls yield for each way a line splits at a single space
// into two parts that could each be a column's line: text without
// spaces, or letter-spaced text (the spaces of a justified line between
// single characters and figures). It stops when yield returns false.
func eachRowCut(l line, yield func(rowSplit) bool) {
	if !mayMerge(l) {
		return
	}
	t := l.text
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' {
			continue
		}
		left, right := t[:i], t[i+1:]
		ls, lok := columnPart(left)
		_, rok := columnPart(right)
		if lok && rok && hasHan(left) && !yield(rowSplit{left, right, ls}) {
			return
		}
	}
}

// rowCuts lists the cuts of eachRowCut.
func rowCuts(l line) []rowSplit {
	var cuts []rowSplit
	eachRowCut(l, func(c rowSplit) bool { cuts = append(cuts, c); return true })
	return cuts
}

// hasRowCut reports whether a line has a cut, without listing them: most
// lines with a space have none.
func hasRowCut(l line) bool {
	found := false
	eachRowCut(l, func(rowSplit) bool { found = true; return false })
	return found
}

// columnPart reports whether s could be a column's line, and whether it
// is letter-spaced: every part between spaces holds at most one Chinese
// character.
func columnPart(s string) (spaced, ok bool) {
	if strings.IndexByte(s, ' ') < 0 {
		return false, true
	}
	n := 0 // Chinese characters since the last space
	for _, r := range s {
		switch {
		case r == ' ':
			n = 0
		case isHan(r):
			if n++; n > 1 {
				return true, false
			}
		}
	}
	return true, true
}

func hasHan(s string) bool { return strings.ContainsFunc(s, isHan) }

// splitRow cuts a line into two parts of a column of width w: a left part
// as wide as the column, a paragraph's first or last line or a numbered
// heading, and a right part no wider. A letter-spaced left part fills
// the column with fewer characters, but not with all of a line that fits
// in one column. Where both parts are letter-spaced the place is not
// certain: the cut that breaks no word and balances the parts is taken.
func splitRow(l line, w int) (rowSplit, bool) {
	best, found := rowSplit{}, false
	score := 0
	for _, c := range rowCuts(l) {
		lw, rw := width(c.left), width(c.right)
		if rw > w+3 || lw > w+3 || c.spaced && (lw < w/2 || lw+rw <= w+2) {
			continue
		}
		if !c.spaced && lw < w-5 && !strings.ContainsRune(terminals, endMark(c.left)) && headingPattern(c.left) == noPattern {
			continue // short, but no paragraph's last line nor a heading
		}
		s := abs(lw - rw)
		if words.Splits(c.left, c.right) {
			s += w
		}
		if !found || s < score {
			best, found, score = c, true, s
		}
	}
	return best, found
}

// readRows reads a stretch of merged rows column after column and reports
// it. Its lines of one part go to the column they fit best.
func (d *draft) readRows(lines []line, w int) []line {
	var left, right []line
	var moved []string
	var gap []line
	place := func(next rowSplit) {
		lp, rp := "", ""
		if len(left) > 0 {
			lp = left[len(left)-1].text
		}
		if len(right) > 0 {
			rp = right[len(right)-1].text
		}
		toRight := placeRows(gap, lp, rp, next.left, next.right, w)
		for k, g := range gap {
			if toRight[k] {
				right = append(right, g)
				moved = append(moved, g.text)
			} else {
				left = append(left, g)
				moved = append(moved, "")
			}
		}
		gap = gap[:0]
	}
	for _, l := range lines {
		sp, ok := splitRow(l, w)
		if !ok {
			gap = append(gap, l)
			continue
		}
		place(sp)
		a, b := l, l
		a.text, b.text, b.indent, b.indentW = sp.left, sp.right, false, 0
		left, right = append(left, a), append(right, b)
		moved = append(moved, sp.right)
	}
	d.report = append(d.report, Decision{Line: lines[0].no, EndLine: lines[len(lines)-1].no, Rule: "merged-rows",
		Detail: fmt.Sprintf("read %d lines that held two columns' lines side by side, one column after the other", len(lines)),
		Moved:  strings.Join(moved, "\n")})
	return append(left, right...)
}

// placeRows decides for the lines of one part between two merged lines
// which column each belongs to (true: the right one): the assignment
// whose lines follow each other in each column as a column's lines do.
// lp, rp are the columns' lines above, ln, rn those below. Ties go to
// the assignment that alternates (the columns' baselines differ, so
// their lines take turns) and then to the left column.
func placeRows(gap []line, lp, rp, ln, rn string, w int) []bool {
	best, bestCost := []bool(nil), 0
	for mask := 0; mask < 1<<len(gap); mask++ {
		col := [2][]string{{lp}, {rp}}
		toRight := make([]bool, len(gap))
		cost := 0
		for k, g := range gap {
			c := mask >> k & 1
			toRight[k] = c == 1
			col[c] = append(col[c], g.text)
			if k > 0 && toRight[k] == toRight[k-1] {
				cost++ // one column only: the other had space there
			}
		}
		col[0], col[1] = append(col[0], ln), append(col[1], rn)
		for _, c := range col {
			for k := 1; k < len(c); k++ {
				cost += 4 * rowJoinCost(c[k-1], c[k], w)
			}
		}
		if best == nil || cost < bestCost {
			best, bestCost = toRight, cost
		}
	}
	return best
}

// rowJoinCost is 1 when b cannot follow a in a column of width w: a
// sentence left open (a full line not ending one) and b starting a block
// (a heading's number, or a short line not ending one: a first line that
// lost its indent), or a block ended (a short line ending a sentence) and
// b a full line that starts no heading. A letter-spaced line fills its
// line whether it is full or a first line: it is neither short nor
// surely full.
func rowJoinCost(a, b string, w int) int {
	if a == "" || b == "" {
		return 0
	}
	full := func(s string) bool { return width(s) >= w-2 }
	short := func(s string) bool { return !full(s) && !strings.Contains(s, " ") }
	ends := func(s string) bool { return strings.ContainsRune(terminals+"：；", endMark(s)) }
	switch {
	case !short(a) && !ends(a) && headingPattern(b) != noPattern:
		return 1
	case !short(a) && !ends(a) && short(b) && !ends(b) && !words.Splits(a, b):
		return 1
	case short(a) && ends(a) && full(b) && headingPattern(b) == noPattern:
		return 1
	}
	return 0
}
