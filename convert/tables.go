package convert

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/cjk-publish/publish/markdown"
)

// tableRows keeps the rows of a table of figures apart: a dump writes a
// statistical table one row a line, its cells separated by runs of spaces
//
//	指标            2024年      2025年      增长
//	地区生产总值    4.93        5.20        5.6%
//
// Such lines are never joined into a paragraph. Where every row has the
// same cells, starting at the same places, they become a Markdown table
// (the line above them, text in as many cells, its header; figures set
// right); otherwise each row stays a paragraph of its own.
type tableRows struct{}

// minTableRows is the fewest rows of figures that make a table.
const minTableRows = 2

func (tableRows) apply(d *draft) {
	// Whether a line is a row of figures does not depend on the tables
	// read before it: readTable sets none of what figureRow reads.
	rows := make([]bool, len(d.lines))
	inHalves(len(d.lines), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			rows[i] = figureRow(d.lines[i])
		}
	})
	for i := 0; i < len(d.lines); {
		j := i
		for j < len(d.lines) && rows[j] {
			j++
		}
		if j-i < minTableRows {
			i++
			continue
		}
		d.readTable(i, j)
		i = j
	}
}

// figureCell is a cell holding a figure: a number with its sign, unit or
// percent ("4.93", "-1.2%", "3,826.5", "12亿元").
var figureCell = regexp.MustCompile(`^(?:[+\-−]?[\d,.]+\d*[%‰]?\p{Han}{0,3}|[-—–/…]+)$`)

// yearCell is a cell that heads a column of figures: a year or a month.
var yearCell = regexp.MustCompile(`^(?:\d{4}年(?:\d{1,2}月)?|\d{4}|\d{1,2}月)$`)

// figureRow is a line of two cells or more, short ones, most after the
// first holding figures, and no sentence.
func figureRow(l line) bool {
	if l.blank || l.gone || !hasSpaceRun(l.text, columnGap) || hasTerminal(l.text) {
		return false // no gap between cells, or a sentence
	}
	cells := segments(l.text)
	if len(cells) < 2 {
		return false
	}
	figures := 0
	for k, c := range cells {
		if runeCount(c.text) > 24 {
			return false
		}
		if k > 0 && figureCell.MatchString(strings.ReplaceAll(c.text, " ", "")) {
			figures++
		}
	}
	return figures*2 >= len(cells)-1 && figures > 0
}

// readTable reads lines[i:j], rows of figures, with the header above them
// when there is one.
func (d *draft) readTable(i, j int) {
	rows := make([][]segment, 0, j-i)
	for k := i; k < j; k++ {
		rows = append(rows, segments(d.lines[k].text))
	}
	var head []segment
	first := i
	if headerRow(rows[0]) {
		head, rows = rows[0], rows[1:]
		if len(rows) < minTableRows-1 {
			return
		}
	} else if i > 0 {
		if h := d.lines[i-1]; !h.blank && !h.gone && !hasTerminal(h.text) {
			if cells := segments(h.text); len(cells) >= 2 && (len(cells) == len(rows[0]) || len(cells) == len(rows[0])-1) {
				head, first = cells, i-1
			}
		}
	}
	if !alignedRows(head, rows) {
		// Columns not clear: one paragraph a row.
		for k := first; k < j; k++ {
			d.lines[k].row = true
		}
		d.note(d.lines[first].no, d.lines[j-1].no, "table", fmt.Sprintf("kept %d rows of figures apart, one paragraph each (their columns do not line up)", j-first))
		return
	}
	n := len(rows[0])
	t := &markdown.TableData{Align: make([]markdown.Align, n), Head: make([]markdown.Cell, n)}
	if head != nil {
		for k, c := range head {
			t.Head[k+n-len(head)] = markdown.Cell{{Text: c.text}}
		}
	}
	for _, r := range rows {
		row := make([]markdown.Cell, n)
		for k, c := range r {
			row[k] = markdown.Cell{{Text: c.text}}
		}
		t.Rows = append(t.Rows, row)
	}
	for k := 1; k < n; k++ {
		t.Align[k] = markdown.AlignRight // figures
	}
	d.lines[first].table = t
	d.lines[first].tableEnd = j
	for k := first + 1; k < j; k++ {
		d.lines[k].inTable = true
	}
	d.note(d.lines[first].no, d.lines[j-1].no, "table", fmt.Sprintf("read %d rows of figures as a table of %d columns", len(rows), n))
}

// headerRow is a row whose cells after the first name years or months
// ("2024年", "2025年"): the header over columns of figures.
func headerRow(r []segment) bool {
	for _, c := range r[1:] {
		if !yearCell.MatchString(c.text) && figureCell.MatchString(c.text) {
			return false
		}
	}
	return true
}

// alignedRows reports whether the rows have the same cells, starting at
// the same places (a header may lack the first, over the row labels).
// Places are compared as characters (the grid of pdftotext -layout) or as
// display columns, a wide character two (a monospaced dump).
func alignedRows(head []segment, rows [][]segment) bool {
	at := []func(segment) int{func(s segment) int { return s.start }, func(s segment) int { return s.cell }}
	for _, place := range at {
		if alignedAt(head, rows, place) {
			return true
		}
	}
	return false
}

func alignedAt(head []segment, rows [][]segment, place func(segment) int) bool {
	n := len(rows[0])
	if len(head) > n {
		return false // a header of more cells than the rows heads no column of them
	}
	for _, r := range rows[1:] {
		if len(r) != n {
			return false
		}
		for k := 1; k < n; k++ {
			if abs(place(r[k])-place(rows[0][k])) > columnSlack {
				return false
			}
		}
	}
	for k := range head {
		c := k + n - len(head)
		if c > 0 && abs(place(head[k])-place(rows[0][c])) > 2*columnSlack {
			return false
		}
	}
	return true
}

// tableText is a table's cells, row by row: its text for the passes that
// read text (the report, the line of a quote).
func tableText(t *markdown.TableData) string {
	var b strings.Builder
	for _, row := range append([][]markdown.Cell{t.Head}, t.Rows...) {
		for _, c := range row {
			if c.Text() != "" {
				b.WriteString(c.Text())
				b.WriteByte(' ')
			}
		}
	}
	return strings.TrimSpace(b.String())
}
