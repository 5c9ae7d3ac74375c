package convert

import (
	"fmt"
	"slices"
	"strings"
)

// Columns set side by side. Extraction that keeps the page layout
// (`pdftotext -layout` and the like) writes the columns of a page next to
// each other on every text line, separated by runs of spaces:
//
//	  各位代表：               互联网等创新产业集聚成势，              大，招投标…
//	  现在，我代表省人民政府         京雄科创走廊加快形成，未来              有效促进…
//
// readColumns finds, page by page, where the columns start (segments of
// text after a run of spaces begin at the same places on most lines) and
// reads the page column after column, as the text runs; lines above the
// columns (the title block, a running head) come first. The space before a
// segment inside its column is kept, so an indented first line stays
// indented. Text set in one column only is left as it is.

// rawLine is an input line before the passes: its number in the input
// and its text.
type rawLine struct {
	no   int
	text string
}

// segment is a run of text on a line with at most single spaces inside;
// start and end are rune offsets, cell the display column it starts at
// (a wide character takes two, as in a monospaced dump).
type segment struct {
	start, end int
	cell       int
	text       string
}

const (
	// columnGap is the fewest spaces that separate two columns.
	columnGap = 2
	// columnSlack is how far a segment may start from its column's start
	// (the layout grid is approximate: digits and Latin letters shift it).
	columnSlack = 3
	// titleApart is the fewest spaces that set two parts of a line
	// above the columns apart as two lines.
	titleApart = 4
	// minColumnLines is how many lines of a page must start a segment at
	// a place for a column to start there.
	minColumnLines = 6
)

// readColumns reads every page of raw whose columns stand side by side
// in reading order; it returns raw unchanged when no page has columns.
func readColumns(raw []rawLine) ([]rawLine, []Decision) {
	var out []rawLine
	var report []Decision
	changed := false
	var last []int // the columns of the page before
	for start := 0; start < len(raw); {
		end := pageEnd(raw, start)
		page := raw[start:end]
		if kept, removed := dropRightMargin(page); len(removed) > 0 {
			if !changed {
				out = append(out, raw[:start]...)
			}
			changed = true
			report = append(report, uprightRemoved(removed)...)
			page = kept
		}
		cols := columnStarts(page)
		at, margin := 0, false
		if len(cols) < 2 {
			at, margin = textEdge(page) // a page of one column right of a margin
		}
		if len(cols) < 2 && last != nil && !margin {
			// A last page with little text in its other columns: the
			// columns its lines agree on, or those of the page before.
			if few := fewLineColumns(page); len(few) >= 2 {
				cols = few
			} else if sharesColumns(page, last) {
				cols = last
			}
		}
		last = cols
		if len(cols) < 2 {
			if margin {
				moved, removed := dedentPage(page, at)
				if !changed {
					out = append(out, raw[:start]...)
				}
				changed = true
				out = append(out, moved...)
				report = append(report, Decision{Line: page[0].no, EndLine: page[len(page)-1].no, Rule: "columns",
					Detail: "read the page's text from its left edge, right of the labels in its margin"})
				report = append(report, uprightRemoved(removed)...)
			} else if changed {
				out = append(out, page...)
			}
			start = end
			continue
		}
		read, first, last := readPage(page, cols)
		if !changed {
			out = append(out, raw[:start]...) // the pages before, as they were
			if at := joinDropCap(read); at >= 0 {
				report = append(report, Decision{Line: read[at].no, EndLine: read[at].no, Rule: "columns",
					Detail: fmt.Sprintf("closed the gap after a drop cap: %q", head(strings.TrimSpace(read[at].text), 8))})
			}
		}
		changed = true
		out = append(out, read...)
		report = append(report, Decision{Line: first, EndLine: last, Rule: "columns",
			Detail: fmt.Sprintf("read %d columns set side by side, one after the other", len(cols))})
		start = end
	}
	if !changed {
		return raw, nil
	}
	return out, report
}

// dedentPage reads a page of one column whose text starts at place at,
// left of which only a name set upright in the margin stands, a
// character a line (textEdge). Its lines are moved left to start at the
// page's edge, so that only a paragraph's first line is indented, and
// the margin's characters go: they are returned in removed, by line.
func dedentPage(page []rawLine, at int) (out []rawLine, removed []rawLine) {
	out = make([]rawLine, 0, len(page))
	for _, l := range page {
		ff := ""
		text := l.text
		if strings.HasPrefix(text, "\f") {
			ff, text = "\f", text[1:]
		}
		segs := segments(text)
		if len(segs) > 0 && segs[0].end < at-1 && oneHan(segs[0].text) {
			removed = append(removed, rawLine{l.no, segs[0].text})
			text = strings.Repeat(" ", segs[0].end) + string([]rune(text)[segs[0].end:])
			if segs = segs[1:]; len(segs) == 0 {
				text = ""
			}
		}
		switch {
		case len(segs) == 0:
			out = append(out, rawLine{l.no, ff + text})
		case segs[0].start >= at-1:
			out = append(out, rawLine{l.no, ff + string([]rune(text)[min(at, segs[0].start):])})
		case len(segs) >= 2 && segs[0].end < at-1 && segs[1].start >= at-1:
			out = append(out, rawLine{l.no, ff + segs[0].text}, rawLine{l.no, string([]rune(text)[min(at, segs[1].start):])})
		default:
			out = append(out, rawLine{l.no, ff + strings.TrimLeft(text, " ")})
		}
	}
	return out, removed
}

// uprightRemoved reports the characters of a name set upright in a
// margin that the column reader took out, by line.
func uprightRemoved(removed []rawLine) []Decision {
	var report []Decision
	for _, r := range removed {
		report = append(report, Decision{Line: r.no, EndLine: r.no, Rule: "vertical-label", Removed: r.text,
			Detail: fmt.Sprintf("removed the margin's character %q, a name set upright", r.text)})
	}
	return report
}

// dropRightMargin takes out of a page the characters set upright in its
// right margin, one a line: a line's last piece of text, one Chinese
// character, right of where any longer piece of the page ends, three or
// more of them alone on their lines (a table's last cells share their
// rows with others). It returns the page (a copy, if changed) and what
// it took, by line.
func dropRightMargin(page []rawLine) (kept, removed []rawLine) {
	right, alone := 0, 0
	for _, l := range page {
		if !strings.Contains(l.text, "  ") && runeCount(l.text) > 1 {
			continue // (a line without a run of spaces holds no piece apart)
		}
		segs := segments(l.text)
		for _, s := range segs {
			if runeCount(s.text) >= 2 {
				right = max(right, s.end)
			}
		}
		if len(segs) == 1 && oneHan(segs[0].text) && segs[0].start > 0 {
			alone++
		}
	}
	if alone < 3 {
		return page, nil
	}
	kept = slices.Clone(page)
	for i, l := range kept {
		segs := segments(l.text)
		if n := len(segs); n > 0 && oneHan(segs[n-1].text) && segs[n-1].start > right+2 {
			removed = append(removed, rawLine{l.no, segs[n-1].text})
			kept[i].text = strings.TrimRight(string([]rune(l.text)[:segs[n-1].start]), " ")
		}
	}
	if len(removed) < 3 {
		return page, nil
	}
	return kept, removed
}

// textEdge returns where most lines of a page start, when that is a
// few places in with a name set upright in the margin left of it: half
// the lines start there, and three to a fifth of them further left, each
// one character that ends before that place (text left of it would run
// on across it).
func textEdge(page []rawLine) (int, bool) {
	// (Leading spaces are counted cheaply first: this runs on every page
	// of one column, and most pages start at their edge.)
	starts, n := map[int]int{}, 0
	for _, l := range page {
		text := strings.ReplaceAll(l.text, "\f", "")
		if t := strings.TrimLeft(text, " "); t != "" {
			starts[len(text)-len(t)]++
			n++
		}
	}
	at, left, alone := mostOf(starts, 0), 0, 0
	if at < 2 || starts[at]*2 < n {
		return at, false
	}
	for _, l := range page {
		segs := segments(strings.ReplaceAll(l.text, "\f", ""))
		if len(segs) == 0 || segs[0].start >= at-1 {
			continue
		}
		if segs[0].end >= at-1 || !oneHan(segs[0].text) {
			return at, false // text left of the place, or a label of more than a character ("问", "答" stay apart from none)
		}
		left++
		if len(segs) == 1 {
			alone++
		}
	}
	// A name set upright has three characters or more, two at least
	// alone on their lines (a label beside each paragraph, "问" / "答",
	// shares its line with the text).
	return at, left >= 3 && alone >= 2 && left*5 <= n
}

// joinDropCap closes the gap a drop cap leaves on the first page: the
// text's first character set large over two to four lines ("入    夜，
// 城东的…" / "     来。烤红薯…"), the lines beside it indented by its
// width. It returns the index of the cap's line (-1: none).
func joinDropCap(lines []rawLine) int {
	for i := 0; i < len(lines) && i < 16; i++ {
		rs := []rune(lines[i].text)
		if len(rs) < 4 || !isHan(rs[0]) && !isDigit(rs[0]) || rs[1] != ' ' {
			continue
		}
		k := 1
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		if k < len(rs) && !isHan(rs[k]) && !isDigit(rs[k]) {
			continue // "一 、…": a numeral set apart from its mark
		}
		n := 0
		for j := i + 1; j < len(lines) && j <= i+3; j++ {
			t := strings.TrimLeft(lines[j].text, " ")
			if t == "" || len(lines[j].text)-len(t) < 2 {
				break
			}
			n++
		}
		if k == len(rs) || n < 2 {
			continue // a cap spans two lines or more beside it
		}
		for j := i + 1; j <= i+n; j++ {
			lines[j].text = strings.TrimLeft(lines[j].text, " ")
		}
		lines[i].text = string(rs[0]) + string(rs[k:])
		return i
	}
	return -1
}

// fewLineColumns finds the columns of a page with too few lines for
// columnStarts: two lines or more of text after a run of spaces, all
// with their runs starting at the same places (a line above them, such
// as a running head, has its parts elsewhere). nil when no two lines
// agree.
func fewLineColumns(page []rawLine) []int {
	var best []int
	votes := 0
	var starts [][]int
	for _, l := range page {
		segs := segments(strings.ReplaceAll(l.text, "\f", ""))
		if len(segs) < 2 || rowOfFigures(segs) {
			continue
		}
		st := []int{0}
		for _, s := range segs[1:] {
			st = append(st, s.start)
		}
		starts = append(starts, st)
	}
	for _, a := range starts {
		n := 0
		for _, b := range starts {
			if len(a) == len(b) && slices.EqualFunc(a, b, func(x, y int) bool { return abs(x-y) <= columnSlack }) {
				n++
			}
		}
		if n > votes {
			best, votes = a, n
		}
	}
	if votes < 2 {
		return nil
	}
	return best
}

// rowOfFigures reports whether a line's runs after the first are short
// figures: a row of a table ("Revenue   120   100"), not lines of
// columns of text.
func rowOfFigures(segs []segment) bool {
	return len(segs) > 1 && slices.ContainsFunc(segs[1:], func(s segment) bool {
		return runeCount(s.text) <= 8 && strings.ContainsFunc(s.text, isDigit)
	})
}

// sharesColumns reports whether a page has lines with text in two of the
// columns cols, starting where they start.
func sharesColumns(page []rawLine, cols []int) bool {
	for _, l := range page {
		segs := segments(strings.ReplaceAll(l.text, "\f", ""))
		if rowOfFigures(segs) {
			continue
		}
		per := make([][]segment, len(cols))
		for _, s := range segs {
			k := 0
			for k+1 < len(cols) && s.start >= cols[k+1]-columnSlack {
				k++
			}
			per[k] = append(per[k], s)
		}
		if alignedColumns(per, cols) >= 2 {
			return true
		}
	}
	return false
}

// hasSpaceRun reports whether s has n white space characters in a row:
// without such a run, segments finds one segment at most. It reads
// bytes: a byte of another character than a space ends a run.
func hasSpaceRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		if !spaceCue[c] {
			run = 0 // most bytes: a table look-up
			i += 1 + cjkTail(s, i)
			continue
		}
		switch {
		case c < 0x80: // ASCII white space
			i++
		case (c == 0xC2 || c >= 0xE1 && c <= 0xE3) && wideSpaceAt(s, i):
			i += 3
			if c == 0xC2 {
				i--
			}
		default:
			i++
			run = 0
			continue
		}
		if run++; run >= n {
			return true
		}
	}
	return false
}

// segments cuts a line into its runs of text.
func segments(text string) []segment {
	rs := []rune(text)
	var segs []segment
	i, cell := 0, 0 // cell: the display column of rs[i]
	advance := func(to int) {
		for ; i < to; i++ {
			if isWide(rs[i]) {
				cell += 2
			} else {
				cell++
			}
		}
	}
	for i < len(rs) {
		k := i
		for k < len(rs) && isSpace(rs[k]) {
			k++
		}
		advance(k)
		if i == len(rs) {
			break
		}
		s, startCell := i, cell
		for k < len(rs) {
			if !isSpace(rs[k]) {
				k++
				continue
			}
			j := k
			for j < len(rs) && isSpace(rs[j]) {
				j++
			}
			if j-k >= columnGap || j == len(rs) {
				break
			}
			k = j
		}
		advance(k)
		segs = append(segs, segment{s, i, startCell, string(rs[s:i])})
	}
	return segs
}

// pieces cuts a line into its runs of text as segments does, and cuts
// those again at a single space next to a run of Chinese text: where
// columns stand close, the extraction parts two of them by one space
// only ("堆场间有序穿梭，整 南亚航线"). Letter-spaced text, one character
// or a number between single spaces ("统 计 ， 截 至 12 月"), stays whole.
func pieces(text string) []segment {
	var out []segment
	for _, s := range segments(text) {
		if !strings.Contains(s.text, " ") {
			out = append(out, s)
			continue
		}
		runs := strings.Split(s.text, " ")
		from, at := 0, 0 // the piece's first run, and its rune offset in s
		cut := func(to, end int) {
			cell := s.cell
			if from > 0 {
				cell += width(strings.Join(runs[:from], " ")) + 1
			}
			out = append(out, segment{s.start + at, s.start + end, cell, strings.Join(runs[from:to], " ")})
		}
		n := 0 // rune offset of run k in s
		for k := range runs {
			if k > 0 && (solidRun(runs[k-1]) || solidRun(runs[k])) {
				cut(k, n-1)
				from, at = k, n
			}
			n += runeCount(runs[k]) + 1
		}
		cut(len(runs), s.end-s.start)
	}
	return out
}

// solidRun reports whether a run of text between spaces is Chinese text
// set solid: two characters or more, one of them wide.
func solidRun(s string) bool {
	return runeCount(s) >= 2 && strings.ContainsFunc(s, isWide)
}

// columnStarts finds where the columns of a page start: places where a
// segment after a run of spaces begins on many lines. It returns nil for
// a page in one column. The first column starts at 0.
func columnStarts(page []rawLine) []int {
	// Most text has no run of spaces inside a line, nor starts far from
	// the left edge: no columns to find.
	inside := 0
	for _, l := range page {
		if inside == minColumnLines {
			break
		}
		if farStart(l.text) || spaceRunInside(l.text) {
			inside++
		}
	}
	if inside < minColumnLines {
		return nil
	}
	var hist []int
	lengths := map[int][]int{} // start -> lengths of the segments starting there
	lines, text := 0, 0
	split := make([][]segment, len(page)) // each line's pieces, for crossed
	for i, l := range page {
		segs := pieces(strings.ReplaceAll(l.text, "\f", ""))
		split[i] = segs
		if len(segs) > 0 {
			text++
		}
		// Text after a run of spaces starts a column; so does a line's
		// first text far from the left edge, where the extraction put a
		// column's line on a line of its own (its baseline differs).
		from := 1
		if len(segs) > 0 && segs[0].start > 3*columnSlack {
			from = 0
		}
		if len(segs)-from < 1 {
			continue
		}
		lines++
		for _, s := range segs[from:] {
			for len(hist) <= s.start+columnSlack {
				hist = append(hist, 0)
			}
			hist[s.start]++
			lengths[s.start] = append(lengths[s.start], runeCount(s.text))
		}
	}
	// Columns side by side put text in two places on many lines (not all:
	// the rows of columns need not line up).
	if lines < minColumnLines || lines*5 < text*2 {
		return nil
	}
	// The densest places first; a column start is a place most lines
	// with columns share, apart from the first column and the others.
	need := max(minColumnLines, lines*2/5)
	dens := make([]int, len(hist))
	order := make([]int, 0, len(hist))
	for p := range hist {
		dens[p] = windowCount(hist, p)
		order = append(order, p)
	}
	slices.SortStableFunc(order, func(a, b int) int { return dens[b] - dens[a] })
	cols := []int{0}
	for _, p := range order {
		if dens[p] < need {
			break
		}
		if !slices.ContainsFunc(cols, func(c int) bool { return abs(c-p) <= 3*columnSlack }) && proseNear(lengths, p) {
			cols = append(cols, modeNear(hist, p))
		}
	}
	slices.Sort(cols)
	if len(cols) >= 2 {
		// The last column may end early, where the text ends: fewer
		// lines than need start it, to the right of the others.
		// Half as many do where it stands a column's pitch right of the
		// last one, as the columns before stand apart.
		for _, p := range order {
			if dens[p] < minColumnLines {
				break
			}
			last := cols[len(cols)-1]
			pitch := last - cols[max(0, len(cols)-2)]
			if p > last+3*columnSlack && (dens[p] >= 2*minColumnLines || abs(p-last-pitch) <= columnSlack) && proseNear(lengths, p) {
				cols = append(cols, modeNear(hist, p))
			}
		}
	}
	cols = slices.DeleteFunc(cols, func(c int) bool { return c > 0 && crossed(split, c, lines) })
	if len(cols) < 2 {
		return nil
	}
	return cols
}

// spaceRunInside reports whether text, its edges trimmed, holds two
// spaces or two ideographic spaces in a row; the line as it is is
// searched first, since most have neither.
func spaceRunInside(text string) bool {
	if !strings.Contains(text, "  ") && !strings.Contains(text, "\u3000\u3000") {
		return false
	}
	t := strings.TrimSpace(text)
	return strings.Contains(t, "  ") || strings.Contains(t, "\u3000\u3000")
}

// farStart reports whether a line's text starts well right of the left
// edge: a line of a column other than the first, or an indented block.
func farStart(text string) bool {
	n := 0
	for _, r := range text {
		if !isSpace(r) {
			break
		}
		n++
	}
	return n > 3*columnSlack && n < len(text)
}

// crossed reports whether no column starts at place c: text runs across
// it on more than a tenth of the lines with columns, or on half the
// lines with text left of it (the lines of a single column cross the
// start of an indented block; a title set across the columns crosses
// on a line or two), or no text stands left of it at all (a margin).
// Where most lines with columns have text on both sides of c, lines
// above the first or below the last such line do not count: a box set
// across the columns under them (a sidebar) or a title block over them.
func crossed(split [][]segment, c, lines int) bool {
	lo, hi, beside := len(split), -1, 0
	for i, segs := range split {
		if len(segs) > 0 && segs[0].start < c-columnSlack && slices.ContainsFunc(segs, func(s segment) bool { return abs(s.start-c) <= columnSlack }) {
			lo, hi = min(lo, i), i
			beside++
		}
	}
	if beside < minColumnLines || 2*beside < lines {
		lo, hi = 0, len(split)-1 // no run of columns side by side to stand apart from
	}
	across, left := 0, 0
	for i, segs := range split {
		if len(segs) > 0 && segs[0].start < c-columnSlack {
			left++
		}
		if i < lo || i > hi {
			continue
		}
		for _, s := range segs {
			if s.start < c-columnSlack && s.end > c+columnSlack {
				across++
				break
			}
		}
	}
	return left == 0 || across > max(2, lines/10) || 2*across > left
}

// proseNear reports whether the segments starting within the slack of p
// are runs of text, several characters long: a column of prose, not
// figures in a table or page numbers after a running head.
func proseNear(lengths map[int][]int, p int) bool {
	var ls []int
	for q := p - columnSlack; q <= p+columnSlack; q++ {
		ls = append(ls, lengths[q]...)
	}
	if len(ls) == 0 {
		return false
	}
	slices.Sort(ls)
	return ls[len(ls)/2] >= 6
}

// modeNear is the place within the slack of p where most segments start:
// a column's own start, which indented lines pass by a few places.
func modeNear(hist []int, p int) int {
	best := p
	for q := max(0, p-columnSlack); q <= p+columnSlack && q < len(hist); q++ {
		if hist[q] > hist[best] {
			best = q
		}
	}
	return best
}

// windowCount counts the segments starting within the slack of q.
func windowCount(hist []int, q int) int {
	n := 0
	for i := max(0, q-columnSlack); i <= q+columnSlack && i < len(hist); i++ {
		n += hist[i]
	}
	return n
}

// readPage reads a page in columns: the lines above the first line that
// has text in two columns, then every column top to bottom (a blank line
// where a column has no text on a line, and between columns), then the
// lines below the last such line. It returns the lines and the first and
// last input line of the columns.
func readPage(page []rawLine, cols []int) ([]rawLine, int, int) {
	// A column that the extraction set at two places is read as one:
	// its lines that share a baseline with the column before follow it
	// a space apart, the others stand where the column starts.
	gluedAt, lo, hi := gluedColumn(page, cols), -1, -1
	if gluedAt >= 0 {
		lo, hi = cols[gluedAt]-columnSlack, cols[gluedAt+1]-columnSlack
		cols = slices.Delete(slices.Clone(cols), gluedAt, gluedAt+1)
	}
	assign := func(s segment) int {
		if s.start >= lo && s.start < hi {
			return gluedAt
		}
		k := 0
		for k+1 < len(cols) && s.start >= cols[k+1]-columnSlack {
			k++
		}
		return k
	}
	// per holds a line's text cut at single spaces too. apart counts the
	// columns a line has text in cut at runs of spaces only, or at single
	// spaces where it has text at the left edge: the first row of the
	// columns has them, not a byline over them whose words a single
	// space parts.
	per := make([][][]segment, len(page)) // line -> column -> segments
	aligned := make([]int, len(page))     // columns a line has text in, from their start
	apart := make([]int, len(page))
	distribute := func(segs []segment) [][]segment {
		line := make([][]segment, len(cols))
		for _, s := range segs {
			k := assign(s)
			line[k] = append(line[k], s)
		}
		if len(segs) >= 2 {
			intoNextColumn(line, cols)
		}
		if gluedAt >= 0 {
			// Two of the glued column's lines on one row: the one at
			// the column's place is the upper, read first.
			slices.SortStableFunc(line[gluedAt], func(a, b segment) int {
				switch ga, gb := a.start < hi, b.start < hi; {
				case ga == gb:
					return 0
				case ga:
					return 1
				}
				return -1
			})
		}
		return line
	}
	across := make([]bool, len(page))    // a line of one run of text across a column's start
	offStarts := make([]bool, len(page)) // a line with a run of text that starts where no column does
	for i, l := range page {
		text := strings.ReplaceAll(l.text, "\f", "")
		per[i] = distribute(pieces(text))
		segs := segments(text)
		whole := distribute(segs)
		aligned[i], apart[i] = alignedColumns(per[i], cols), alignedColumns(whole, cols)
		across[i] = lineAcross(whole, cols) && !rowOfColumns(per[i], cols) // (a row of columns a space apart is one run too)
		offStarts[i] = slices.ContainsFunc(segs, func(s segment) bool {
			return !slices.ContainsFunc(cols, func(c int) bool { return startsColumn([]segment{s}, c) })
		})
		if startsColumn(per[i][0], cols[0]) {
			apart[i] = aligned[i] // a row of the columns, from the first
		}
	}
	// The columns start with three lines in a row that have text in
	// two of them (a masthead may set two parts of a line apart), and
	// end with the last line that has text where a column starts.
	top, bottom := -1, -1
	for i := 0; i+2 < len(page) && top < 0; i++ {
		if apart[i] >= 2 && aligned[i+1] >= 2 && aligned[i+2] >= 2 {
			top = i
		}
	}
	for i := 0; i < top; i++ {
		if apart[i] >= 3 && !offStarts[i] && !slices.Contains(across[i+1:top], true) {
			// Text where three columns start is a row of the columns,
			// never a masthead's, even where the rows under it hold one
			// column's line each; but not a row with text where no
			// column starts, nor one over a line set across the columns
			// (the title): a masthead's strip of parts set apart.
			top = i
		}
	}
	for i := range page {
		if top < 0 && aligned[i] >= 2 {
			top = i // a page with fewer lines in columns
		}
	}
	for i := range page {
		if top < 0 && laterColumn(per[i], cols) {
			// The columns' lines do not share a line anywhere (their
			// baselines differ, so each line is of one column): they
			// start with the first line of a column after the first.
			top = i
		}
	}
	if top < 0 {
		return page, page[0].no, page[len(page)-1].no
	}
	top = alternatingAbove(page, per, cols, top)
	end := len(page)
	if at := adUnder(page, top); at >= 0 {
		end = at // an advertisement under the columns is read whole after them
	}
	for i := top; i < end; i++ {
		// (A foot of the paper's contacts or the page's credits under
		// the columns is no line of theirs, though it may start where
		// one does.)
		if aligned[i] == 0 {
			continue
		}
		if t := strings.TrimSpace(strings.ReplaceAll(page[i].text, "\f", "")); !contactsFoot(t) && !creditsFoot(t) {
			bottom = i
		}
	}
	for bottom > top && across[bottom] {
		// A box set across the columns under them (a notice, a
		// correction) is read after them, whole.
		bottom--
		for bottom > top && aligned[bottom] == 0 {
			bottom--
		}
	}
	var out []rawLine
	pageBreak := strings.ContainsRune(page[0].text, '\f')
	emit := func(no int, text string) {
		if pageBreak {
			text = "\f" + text
			pageBreak = false
		}
		out = append(out, rawLine{no, text})
	}
	// edge is where a column's lines start (the first column's may start
	// further in: firstEdge).
	edge := slices.Clone(cols)
	edge[0] = firstEdge(per, top, bottom)
	// Lines above the columns (a masthead, the title block, a running
	// head) are set apart, each a line of its own as it is on the page;
	// a title block's parts set far apart on one line (a title and its
	// issuer), phrases without a clause's mark, are lines of their own.
	// Where the columns start right of a margin, the margin's labels
	// beside the title block come first, read down.
	above := page[:top]
	if edge[0] > 1 {
		var margin, rest []rawLine
		for _, l := range above {
			text := strings.ReplaceAll(l.text, "\f", "")
			segs := segments(text)
			// A label stands alone or far from the title block's text
			// (not a byline's words, "记者  王刚", nor a title's
			// letter-spaced characters).
			if len(segs) > 0 && segs[0].start < edge[0]-1 && segs[0].end <= edge[0] && (len(segs) == 1 || segs[1].start-segs[0].end >= titleApart) {
				margin = append(margin, rawLine{l.no, segs[0].text})
				rs := []rune(text)
				text = strings.Repeat(" ", segs[0].end) + string(rs[segs[0].end:])
			}
			rest = append(rest, rawLine{l.no, text})
		}
		above = append(margin, rest...)
	}
	for _, l := range above {
		text := strings.TrimRightFunc(strings.ReplaceAll(l.text, "\f", ""), isSpace)
		if text == "" {
			continue
		}
		parts := []string{text}
		if segs := segments(text); len(segs) == 2 && segs[1].start-segs[0].end >= titleApart &&
			!hasClauseMark(segs[0].text) && !hasClauseMark(segs[1].text) {
			parts = []string{segs[0].text, segs[1].text}
		}
		for _, p := range parts {
			emit(l.no, p)
			emit(l.no, "")
		}
	}
	// full is how wide most of a column's lines are, indent how far in
	// most of its indented lines start.
	full, indent := make([]int, len(cols)), make([]int, len(cols))
	for k := range cols {
		widths, indents := map[int]int{}, map[int]int{}
		for i := top; i <= bottom; i++ {
			if len(per[i][k]) > 0 {
				widths[runeCount(strings.TrimSpace(segmentText(per[i][k], edge[k])))]++
				if in := per[i][k][0].start - edge[k]; in >= 2 {
					indents[in]++
				}
			}
		}
		full[k], indent[k] = mostOf(widths, 1<<30), mostOf(indents, 2)
	}
	// A line set across the columns (a heading over all of them) parts
	// the page into bands, each read column after column.
	from := top
	for _, at := range append(spanningLines(per, aligned, cols, top, bottom), bottom+1) {
		for k := range cols {
			if k > 0 {
				emit(page[from].no, "")
			}
			for i := from; i < at; i++ {
				if len(per[i][k]) == 0 && i > from && i < at-1 && len(per[i-1][k]) > 0 && len(per[i+1][k]) > 0 {
					// One empty row between two lines of the column: the
					// rows of another column sit between them (the lines of
					// columns need not line up), no space in this one.
					continue
				}
				if n := otherRows(per, i, k, at-1); n > 0 && i > from && len(per[i-1][k]) > 0 {
					i += n - 1 // the rows of another column, each of one column only
					continue
				}
				segs := per[i][k]
				if k == 0 && edge[0] > 1 && len(segs) >= 2 && segs[0].end < edge[0]-1 {
					// a margin's label beside the first column's line, a line of its own
					emit(page[i].no, segs[0].text)
					segs = segs[1:]
				}
				if k == gluedAt && len(segs) == 2 && segs[0].start >= hi && segs[1].start < hi {
					// the glued column's two lines on one row, each a line
					emit(page[i].no, segmentText(segs[:1], edge[k]))
					emit(page[i].no, segs[1].text)
					continue
				}
				text := segmentText(segs, edge[k])
				if prev := strings.TrimSpace(segmentText(per[max(i-1, from)][k], edge[k])); i > from && strings.HasPrefix(text, "    ") &&
					segs[0].start-edge[k] < indent[k]-2 && runeCount(prev) >= full[k] && !strings.ContainsRune(terminals+"：:", endMark(prev)) {
					// Under a line as wide as the column's lines are that
					// ends in mid sentence, a line that starts further
					// in, but well short of the column's indent, goes on
					// with the text: the grid drifts where columns stand
					// close.
					text = strings.TrimLeft(text, " ")
				}
				emit(page[i].no, text)
			}
		}
		if at <= bottom {
			emit(page[at].no, "")
			emit(page[at].no, strings.TrimSpace(strings.ReplaceAll(page[at].text, "\f", "")))
			emit(page[at].no, "")
		}
		from = at + 1
	}
	for i := bottom + 1; i < len(page); i++ {
		text := strings.TrimRightFunc(strings.ReplaceAll(page[i].text, "\f", ""), isSpace)
		if across[i] {
			// a box across the columns, a paragraph of its own
			emit(page[i].no, "")
			emit(page[i].no, strings.TrimSpace(text))
			emit(page[i].no, "")
			continue
		}
		emit(page[i].no, text)
	}
	return out, page[top].no, page[bottom].no
}

// firstEdge is where the first column's lines between top and bottom
// start: at the page's left edge, or further in where half its lines
// start at one place and hardly any left of it (a margin's labels set
// beside the columns' first rows, a column of their own there).
func firstEdge(per [][][]segment, top, bottom int) int {
	starts, n := map[int]int{}, 0
	for i := top; i <= bottom; i++ {
		if segs := per[i][0]; len(segs) > 0 {
			starts[segs[0].start]++
			n++
		}
	}
	at, left := mostOf(starts, 0), 0
	for s, c := range starts {
		if s < at-1 {
			left += c
		}
	}
	if at >= 2 && starts[at]*2 >= n && left*5 <= n {
		return at
	}
	return 0
}

// gluedColumn returns the index of a column start that is another
// column's second place (-1 for none): where two columns' lines share a
// baseline, -layout may set the later one a single space after the
// earlier, short of where it starts on its other lines. Text at that
// place always follows the column before it a space apart, and never
// shares a line with the column starting next, where the same column's
// other lines stand.
func gluedColumn(page []rawLine, cols []int) int {
	for k := 1; k+1 < len(cols); k++ {
		lo, hi := cols[k]-columnSlack, cols[k+1]-columnSlack
		in, glued, next, both := 0, 0, 0, 0
		for _, l := range page {
			segs := pieces(strings.ReplaceAll(l.text, "\f", ""))
			here, there := false, false
			for j, s := range segs {
				switch {
				case s.start >= lo && s.start < hi && !here:
					here = true
					if j > 0 && s.start-segs[j-1].end <= 1 && segs[j-1].start < lo {
						glued++
					}
				case s.start >= hi && s.start < hi+2*columnSlack:
					there = true
				}
			}
			if here {
				in++
			}
			if there {
				next++
			}
			if here && there {
				both++
			}
		}
		// (A heading's larger face may take two of the column's lines
		// onto its row, one at each place.)
		if in >= minColumnLines && glued*10 >= in*9 && next >= 3 && both*8 <= in {
			return k
		}
	}
	return -1
}

// adUnder returns the line, at or under the columns' first, that labels
// an advertisement at the page's foot ("广告" alone, as the law has it,
// the page's last few lines under it, with a number to call or a date
// and no sentence), or -1.
func adUnder(page []rawLine, top int) int {
	const most = 8 // lines with text under the label: the advertisement's and the page's foot
	for i := top; i < len(page); i++ {
		if !adLabel(page[i].text) {
			continue
		}
		n, sign, prose := 0, false, false
		for _, l := range page[i+1:] {
			if t := strings.TrimSpace(strings.ReplaceAll(l.text, "\f", "")); t != "" {
				n++
				sign = sign || adSign.MatchString(t)
				prose = prose || strings.Contains(t, "。")
			}
		}
		if n <= most && sign && !prose {
			return i
		}
	}
	return -1
}

// intoNextColumn gives the next column, where it has no text on the
// line, the text that a column's piece of the line runs into it: the
// grid counts a heading's larger face as narrow as the text's, so what
// follows the heading on its row starts a few places short of its
// column ("五、《条例》的贯彻 《条例》的主要内容，" with one space
// between, or "实施    营造全社会…" in two pieces). Such text starts
// within two slacks of the next column's start and runs on past it:
// a column's own lines end before the gutter.
func intoNextColumn(line [][]segment, cols []int) {
	for k := 0; k+1 < len(cols); k++ {
		segs := line[k]
		if len(segs) == 0 || len(line[k+1]) > 0 {
			continue
		}
		near := cols[k+1] - 2*columnSlack
		last := segs[len(segs)-1]
		if abs(segs[0].start-cols[k]) > 2*columnSlack || !isWide(firstRune(segs[0].text)) {
			continue // not a heading in the column, in Chinese
		}
		if len(segs) >= 2 && last.start >= near && last.end > cols[k+1]+columnSlack {
			line[k], line[k+1] = segs[:len(segs)-1], []segment{last}
			continue
		}
		rs := []rune(last.text)
		for j := len(rs) - 1; j > 0; j-- {
			at := last.start + j // the place of rs[j]
			if at < near {
				break
			}
			if rs[j] != ' ' || last.end <= cols[k+1]+columnSlack || !isWide(rs[j-1]) {
				continue
			}
			head, tail := string(rs[:j]), string(rs[j+1:])
			line[k] = append(segs[:len(segs)-1:len(segs)-1], segment{last.start, at, last.cell, head})
			line[k+1] = []segment{{at + 1, last.end, last.cell + width(head) + 1, tail}}
			break
		}
	}
}

// spanningLines lists the lines between top and bottom that hold one
// piece of text and nothing else, set across the columns: a heading
// over them, which parts the page into bands. Such a line runs well
// across a column's start (a column's own lines end before the next
// column starts, give or take the grid's slack), or, set in a larger
// face (which the grid counts as narrow as the text's), is a heading
// numbered in Chinese alone on its row, about the middle of a page of
// three columns or more, under a line of text and over lines of two
// columns or more (across two columns, a heading in the second starts
// about the middle). A column's own heading
// has the other columns' lines beside it, or stands in its column, away
// from the middle, or at a column's left edge.
func spanningLines(per [][][]segment, aligned, cols []int, top, bottom int) []int {
	var at []int
	width := cols[len(cols)-1] + cols[len(cols)-1] - cols[len(cols)-2] // the page's, about
	for i := top + 1; i < bottom; i++ {
		var only segment
		n := 0
		for _, segs := range per[i] {
			for _, s := range segs {
				only = s
				n++
			}
		}
		if n != 1 {
			continue
		}
		across := runsAcross(only, cols)
		pattern := headingPattern(only.text)
		numbered := (pattern == patSection || pattern == patSub || pattern == patChapter) && !hasEndPunct(only.text) && len(cols) >= 3
		centred := abs(only.start+only.end-width) < width/3 && !inColumnAt(only, cols, width)
		if across || numbered && centred && aligned[i-1] >= 1 && aligned[i+1] >= 2 && !firstColumnRunsOn(per, cols, i) {
			at = append(at, i)
		}
	}
	return at
}

// inColumnAt reports whether heading s starts right where a later
// column starts and fits in that column: the column's own, set at its
// left edge. A heading across the page may start there too: wider, or
// where one centred in a face once to twice the text's would start; on a
// page of five columns or more, 1.8 times (a heading at the middle
// column's start may start where one centred in twice the text's face
// would).
func inColumnAt(s segment, cols []int, width int) bool {
	w := runeCount(s.text)
	if c2 := width - 2*s.start; c2 >= w-2 && (5*c2 <= 9*w || len(cols) < 5 && c2 <= 2*w+2) {
		return false // (width/2 - start, doubled: half the heading's width on the grid, 1 to 2 cells a character, 1.8 on a page of five columns)
	}
	for k := 1; k < len(cols); k++ {
		end := width
		if k+1 < len(cols) {
			end = cols[k+1]
		}
		if abs(s.start-cols[k]) <= 1 && s.end-s.start <= end-cols[k] {
			return true
		}
	}
	return false
}

// firstColumnRunsOn reports whether the first column's text runs on
// beside line i: its line above ends in mid sentence and its line below
// goes on at the column's edge. Under a heading set across the page the
// first column opens a paragraph (indented) or a heading; a heading in
// a later column has the first column's sentences run on beside it.
func firstColumnRunsOn(per [][][]segment, cols []int, i int) bool {
	above, below := per[i-1][0], per[i+1][0]
	if len(above) == 0 || len(below) == 0 || below[0].start > cols[0]+1 {
		return false
	}
	a := strings.TrimSpace(segmentText(above, cols[0]))
	b := strings.TrimSpace(segmentText(below, cols[0]))
	return !hasEndPunct(a) && isHan(lastRune(a)) && isHan(firstRune(b))
}

// runsAcross reports whether segment s, alone on its line, runs well
// across a column's start: a column's own lines end before the next
// column starts, give or take the grid's slack.
func runsAcross(s segment, cols []int) bool {
	for _, c := range cols[1:] {
		if s.start < c-columnSlack-3 && s.end >= c+3 {
			return true
		}
	}
	return false
}

// lineAcross reports whether a line, cut into columns, is one segment
// that runs across a column's start.
func lineAcross(line [][]segment, cols []int) bool {
	var only segment
	n := 0
	for _, segs := range line {
		for _, s := range segs {
			only = s
			n++
		}
	}
	return n == 1 && runsAcross(only, cols)
}

// rowOfColumns reports whether a line, cut at single spaces too, has a
// run that starts right where a column after the first does: a row of
// the columns set a space apart (the column before it ran up to the
// gutter, its stop hung there). A box's words a space parts start
// anywhere.
func rowOfColumns(line [][]segment, cols []int) bool {
	for k := 1; k < len(cols); k++ {
		if segs := line[k]; len(segs) > 0 && abs(segs[0].start-cols[k]) <= 1 {
			return true
		}
	}
	return false
}

// alignedColumns counts the columns in which a line has text where the
// column starts (or an indent further in): text of the columns, not a
// page number or a running foot set apart.
func alignedColumns(per [][]segment, cols []int) int {
	n := 0
	for k, segs := range per {
		if startsColumn(segs, cols[k]) {
			n++
		}
	}
	return n
}

// alternatingAbove moves the top of a page's columns up over the lines
// above it whose columns' baselines differ, so that each line holds one
// column's line: three lines or more with text in the first column only
// and as many with text in a later one only, where those start. Lines
// with text in several columns may come between; a line in the first
// column that does not start at its edge, text across a column's start
// (a title block, a running head) or two blank lines in a row end them.
func alternatingAbove(page []rawLine, per [][][]segment, cols []int, top int) int {
	firsts, laters, first, blanks := 0, 0, top, 0
	for i := top - 1; i >= 0 && blanks < 2; i-- {
		in, n := -1, 0 // a column the line has text in, and how many
		for k, segs := range per[i] {
			if len(segs) == 0 {
				continue
			}
			last := segs[len(segs)-1]
			if k == 0 && !startsColumn(segs, cols[0]) || k+1 < len(cols) && last.start+runeCount(last.text) > cols[k+1]+columnSlack {
				return alternatingTop(firsts, laters, first, top)
			}
			in, n = k, n+1
		}
		switch {
		case n == 0 && strings.TrimSpace(page[i].text) == "":
			blanks++
			continue
		case n == 0:
			return alternatingTop(firsts, laters, first, top)
		case n == 1 && in == 0, n > 1 && startsColumn(per[i][0], cols[0]):
			firsts++ // a line of the first column, alone or in a row the columns share
		case n == 1 && startsColumn(per[i][in], cols[in]):
			laters++
		}
		blanks, first = 0, i
	}
	return alternatingTop(firsts, laters, first, top)
}

// alternatingTop is the top of the columns: first, the highest line of
// alternating columns, when there were enough of them.
func alternatingTop(firsts, laters, first, top int) int {
	if firsts >= 3 && laters >= 3 {
		return first
	}
	return top
}

// otherRows returns how many rows from row i hold no text of column k
// but one line of another column each, up to a line of column k (at most
// four): where the columns' baselines differ, column k goes on past them
// without a space, as lines beside a taller heading do. 0 when they end
// otherwise.
func otherRows(per [][][]segment, i, k, bottom int) int {
	const most = 4
	for n := 0; n <= most && i+n <= bottom; n++ {
		if len(per[i+n][k]) > 0 {
			return n
		}
		cols := 0
		for _, segs := range per[i+n] {
			if len(segs) > 0 {
				cols++
			}
		}
		if cols != 1 {
			return 0
		}
	}
	return 0
}

// laterColumn reports whether a line has text at the start of a column
// after the first.
func laterColumn(per [][]segment, cols []int) bool {
	for k := 1; k < len(per); k++ {
		if startsColumn(per[k], cols[k]) {
			return true
		}
	}
	return false
}

// startsColumn reports whether the first of a line's segments in a
// column starts where the column does (or an indent further in).
func startsColumn(segs []segment, col int) bool {
	return len(segs) > 0 && segs[0].start >= col-columnSlack && segs[0].start <= col+columnSlack+4
}

// segmentText joins the segments a line has in one column, keeping an
// indent: a first segment that starts well inside the column.
func segmentText(segs []segment, start int) string {
	if len(segs) == 0 {
		return ""
	}
	parts := make([]string, len(segs))
	for i, s := range segs {
		parts[i] = s.text
	}
	text := strings.Join(parts, " ")
	if segs[0].start-start >= 2 {
		text = "    " + text
	}
	return text
}

// mostOf is the value counted most often (the least of equals), or
// none when nothing is counted.
func mostOf(counts map[int]int, none int) int {
	best, found := none, false
	for v, c := range counts {
		if !found || c > counts[best] || c == counts[best] && v < best {
			best, found = v, true
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// dropMargin takes off the left margin a layout dump gives a page set in
// from the left, a column with its headings hung out into the margin
// (left and right pages may have margins of their own): the indent most
// of the page's lines share, where it is two spaces or more and few
// lines stand left of it (the headings hung out). Lines with more keep
// the rest (a paragraph's indent); lines with less lose theirs.
// Otherwise every line of the page would read as indented.
func dropMargin(raw []rawLine) []rawLine {
	for start := 0; start < len(raw); {
		end := pageEnd(raw, start)
		page := raw[start:end]
		start = end
		counts := map[int]int{}
		n := 0
		for _, r := range page {
			if lead, rest := leadingSpaces(r.text); rest != "" {
				counts[lead]++
				n++
			}
		}
		m := mostOf(counts, 0)
		left := 0
		for lead, c := range counts {
			if lead < m {
				left += c
			}
		}
		if m < 2 || n < 10 || 2*counts[m] < n || 4*left > n {
			continue
		}
		for i := range page {
			lead, rest := leadingSpaces(page[i].text)
			if rest == "" {
				continue
			}
			ff := ""
			if strings.HasPrefix(page[i].text, "\f") {
				ff = "\f"
			}
			page[i].text = ff + strings.Repeat(" ", max(0, lead-m)) + rest
		}
	}
	return raw
}

// pageEnd returns the index of the line after the page that starts at
// raw[start]: the next line with a form feed, or the end.
func pageEnd(raw []rawLine, start int) int {
	end := start + 1
	for end < len(raw) && !strings.ContainsRune(raw[end].text, '\f') {
		end++
	}
	return end
}

// leadingSpaces counts the spaces that open a line, after a form feed,
// and returns the rest of it.
func leadingSpaces(s string) (int, string) {
	s = strings.TrimPrefix(s, "\f")
	t := strings.TrimLeft(s, " ")
	return len(s) - len(t), t
}
