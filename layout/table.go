package layout

import (
	"math"

	"github.com/cjk-publish/publish/markdown"
)

// Tables are set as Chinese three-line tables (三线表): a thick rule above
// the header, a thin one under it, a thick one under the last row, no
// vertical rules. Columns are sized from their content; cell text is
// broken by the same line breaker as the body, so kinsoku holds inside
// cells. A table wider than the measure wraps its widest columns, then
// shrinks its type; a row never splits across pages unless it is taller
// than a page, and the header is repeated on every page the table
// continues on.

// tableData is what the rows of one table share.
type tableData struct {
	x0, x1  float64       // left and right end of the rules, pt
	head    *tableRowData // the header row, repeated on continuation pages
	headRow int           // its row
	headH   float64       // its height
	size    float64       // the cells' font size
}

// tableRowData is one row of a table (or one page-sized slice of a row
// taller than a page).
type tableRowData struct {
	t     *tableData
	head  bool
	first bool // the header: the top rule is drawn above it
	last  bool // the last row: the bottom rule is drawn under it
	cells []cellSet
	text  string // the row's text, cells apart, for text extraction
}

// cellSet is the set lines of one cell.
type cellSet struct {
	lines []line
	xs    []float64 // left edge of each line, pt
	tag   int       // its TH or TD structure element
}

// Table metrics, in ems of the cell size.
const (
	cellPadX  = 0.45 // space left and right of cell text
	cellPadY  = 0.3  // space above and below
	ruleThick = 1.0  // pt, top and bottom rules
	ruleThin  = 0.5  // pt, rule under the header
)

func (c *composer) table(b *markdown.Block, bx box, where func(int) string, elem int) {
	t := b.Table
	if t == nil || len(t.Head) == 0 {
		return
	}
	em := c.p.size
	n := len(t.Head)
	all := append([][]markdown.Cell{t.Head}, t.Rows...)
	runsOf := func(r, j int) []textRun {
		if j >= len(all[r]) {
			return nil
		}
		runs := spansToRuns(all[r][j])
		if r == 0 {
			for i := range runs {
				runs[i].bold = true
			}
		}
		return runs
	}
	// Natural and least widths of each column, at a size.
	measure := func(size float64) (nat, least []float64) {
		nat, least = make([]float64, n), make([]float64, n)
		for r := range all {
			for j := 0; j < n; j++ {
				items := c.scratch.build(c.fs, runsOf(r, j), size, 0, where)
				w, l := itemWidths(items)
				nat[j] = math.Max(nat[j], w)
				least[j] = math.Max(least[j], l)
			}
		}
		return nat, least
	}
	// The largest type at which no column has to wrap narrower than five
	// characters ("农林牧渔业" on one line rather than three); failing
	// that, the smallest, with columns wrapped to their least widths, and
	// smaller still when even those do not fit.
	avail := bx.width
	var size, pad float64
	var nat, least []float64
	fits := false
	for _, f := range []float64{0.9, 0.8, 0.75, 0.7} {
		size = f * em
		nat, least = measure(size)
		pad = 2 * cellPadX * size * float64(n)
		floor := make([]float64, n)
		for j := range floor {
			floor[j] = math.Max(least[j], math.Min(nat[j], 5*size))
		}
		if total(floor)+pad <= avail {
			least, fits = floor, true
			break
		}
	}
	if !fits && total(least)+pad > avail {
		size = math.Max(0.55*em, size*avail/(total(least)+pad))
		nat, least = measure(size)
		pad = 2 * cellPadX * size * float64(n)
	}
	widths := columnWidths(nat, least, avail-pad)
	tw := total(widths) + pad
	x0 := c.p.left + bx.left + (bx.width-tw)/2
	td := &tableData{x0: x0, x1: x0 + tw, size: size}

	lh := size * 1.45
	maxLines := int((c.p.h - c.p.top - c.p.bottom - 4*cellPadY*size - 3*lh) / lh)
	c.space(0.6 * em)
	for r := range all {
		rd := &tableRowData{t: td, head: r == 0, first: r == 0, last: r == len(all)-1}
		tr := c.tags.add("TR", elem)
		cellRole := "TD"
		if r == 0 {
			cellRole = "TH"
		}
		x := x0
		for j := 0; j < n; j++ {
			w := widths[j]
			st := paraStyle{size: size, width: w}
			lines := c.cellLines(runsOf(r, j), st, where)
			cs := cellSet{lines: lines, tag: c.tags.add(cellRole, tr)}
			a := markdown.AlignNone
			if j < len(t.Align) {
				a = t.Align[j]
			}
			if r == 0 && a == markdown.AlignNone {
				a = markdown.AlignCenter
			}
			for _, ln := range lines {
				lx := x + cellPadX*size
				switch a {
				case markdown.AlignCenter:
					lx += (w - ln.width) / 2
				case markdown.AlignRight:
					lx += w - ln.width
				}
				cs.xs = append(cs.xs, lx)
			}
			rd.cells = append(rd.cells, cs)
			x += w + 2*cellPadX*size
		}
		for j := 0; j < n && j < len(all[r]); j++ {
			if j > 0 {
				rd.text += " "
			}
			rd.text += all[r][j].Text()
		}
		for _, part := range splitRow(rd, maxLines) {
			h := float64(part.lineCount())*lh + 2*cellPadY*size
			c.rows = append(c.rows, row{kind: tableRow, height: h, size: size, x: x0, anchor: -1, para: -1, keep: part.head, tag: int32(tr), extra: &rowExtra{tbl: part}})
			if part.head {
				td.head, td.headRow, td.headH = part, len(c.rows)-1, h
			}
		}
	}
	c.space(0.6 * em)
}

// lineCount is the number of lines of the row's tallest cell.
func (rd *tableRowData) lineCount() int {
	n := 1
	for _, cs := range rd.cells {
		n = max(n, len(cs.lines))
	}
	return n
}

// splitRow cuts a row taller than a page into slices of at most max
// lines each; other rows come back whole.
func splitRow(rd *tableRowData, maxLines int) []*tableRowData {
	if maxLines < 1 || rd.lineCount() <= maxLines || rd.head {
		return []*tableRowData{rd}
	}
	var out []*tableRowData
	for from := 0; from < rd.lineCount(); from += maxLines {
		part := &tableRowData{t: rd.t, last: rd.last && from+maxLines >= rd.lineCount()}
		for _, cs := range rd.cells {
			lo, hi := min(from, len(cs.lines)), min(from+maxLines, len(cs.lines))
			part.cells = append(part.cells, cellSet{lines: cs.lines[lo:hi], xs: cs.xs[lo:hi], tag: cs.tag})
		}
		if from == 0 {
			part.text = rd.text
		}
		out = append(out, part)
	}
	return out
}

// itemWidths returns a paragraph's width on one line and the width of its
// widest piece between two places a line may break.
func itemWidths(items []item) (natural, least float64) {
	piece := 0.0
	for _, it := range items {
		if it.kind == glueItem && (it.breakable || it.forced) {
			least = math.Max(least, piece)
			piece = 0
			if !it.forced {
				natural += it.width
			}
			continue
		}
		natural += it.width
		piece += it.width
	}
	return natural, math.Max(least, piece)
}

// columnWidths shares avail among columns: their natural widths when they
// fit (widened to the measure when they nearly fill it), else each its
// least width plus a share of the rest in proportion to how much wrapping
// it would need, as browsers lay out automatic tables.
func columnWidths(nat, least []float64, avail float64) []float64 {
	w := make([]float64, len(nat))
	tn := total(nat)
	switch {
	case tn <= avail:
		grow := 1.0
		if tn >= 0.6*avail && tn > 0 {
			grow = avail / tn
		}
		for j := range w {
			w[j] = nat[j] * grow
		}
	case total(least) <= avail:
		rest, want := avail-total(least), tn-total(least)
		for j := range w {
			w[j] = least[j] + rest*(nat[j]-least[j])/want
		}
	default:
		// Even the least widths do not fit: the breaker breaks inside
		// clusters as a last resort.
		tl := total(least)
		for j := range w {
			w[j] = avail * least[j] / tl
		}
	}
	return w
}

func total(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}
