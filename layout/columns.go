package layout

// Two columns: body text is set at the width of a column; section
// headings, decks, rules, the title block and the contents run across the
// page. Each run of column rows between two spanning rows fills the left
// column, then the right one; where the run ends on a page (before a
// heading, or at the end of the document) the two columns are balanced,
// so that they end at the same height.

// columnRule is a vertical rule between two columns.
type columnRule struct {
	x, top, bottom float64
}

// columnEms is the width of a column in ems: two columns and a gap of at
// least two ems fill the measure.
func columnEms(p paper) int { return (p.measureEms - 2) / 2 }

// columnShift is how far the second column sits right of the first.
func columnShift(p paper) float64 {
	col := columnEms(p)
	return float64(p.measureEms-col) * p.size
}

// paginateColumns distributes rows over pages in two columns.
func paginateColumns(rows []row, p paper, rule bool) []page {
	top, bottom := p.top, p.h-p.bottom
	shift := columnShift(p)
	var pages []page
	cur := page{number: 1}
	y := top
	finish := func() {
		pages = append(pages, cur)
		cur = page{number: len(pages) + 1}
		y = top
	}
	for i := 0; i < len(rows); {
		r := rows[i]
		if r.newPage && len(cur.rows) > 0 {
			finish()
		}
		if len(cur.rows) == 0 && r.kind == spaceRow && !r.front && !r.newPage {
			i++ // no air at the head of a page
			continue
		}
		if r.span || r.front {
			j := i + 1
			for j < len(rows) && (rows[j].span || rows[j].front) && !rows[j].newPage {
				j++
			}
			// Place spanning rows as one column would, keeping a heading
			// with two lines of the text after it.
			for k := i; k < j; k++ {
				need := rows[k].height
				if len(cur.rows) > 0 {
					need += rows[k].before
				}
				keep := 0.0
				if rows[k].keep && j < len(rows) && !rows[j].span {
					keep = 2 * rows[j].height
				}
				if len(cur.rows) > 0 && y+need+keep > bottom && (k == i || !rows[k-1].keep) {
					finish()
					need = rows[k].height
				}
				if len(cur.rows) > 0 {
					y += rows[k].before
				}
				cur.rows = append(cur.rows, pageRow{row: k, baseline: y + baselineIn(rows[k])})
				y += rows[k].height
			}
			i = j
			continue
		}
		j := i + 1
		for j < len(rows) && !rows[j].span && !rows[j].front && !rows[j].newPage {
			j++
		}
		if len(cur.rows) > 0 {
			y += rows[i].before
		}
		h := bottom - y
		a := fill(rows, i, j, h)
		b := fill(rows, a, j, h)
		if b == j {
			// The run ends on this page: balance the two columns.
			lo, hi := 0.0, h
			for n := 0; n < 30; n++ {
				mid := (lo + hi) / 2
				if fill(rows, fill(rows, i, j, mid), j, mid) == j {
					hi = mid
				} else {
					lo = mid
				}
			}
			h = hi
			a = fill(rows, i, j, h)
		} else if a == i && len(cur.rows) > 0 {
			finish() // not even a line fits below what the page holds
			continue
		} else if a == i {
			a = i + 1 // a row taller than the page: it overflows alone
			b = fill(rows, a, j, h)
		}
		h1 := stack(&cur, rows, i, a, y, 0)
		h2 := stack(&cur, rows, a, b, y, shift)
		if rule && a > i && b > a {
			x := p.left + shift - (shift-float64(columnEms(p))*p.size)/2
			cur.rules = append(cur.rules, columnRule{x: x, top: y, bottom: y + max(h1, h2)})
		}
		y += max(h1, h2)
		i = b
		if i < j {
			finish()
		}
	}
	if len(cur.rows) > 0 || len(pages) == 0 {
		pages = append(pages, cur)
	}
	return pages
}

// fill returns the end of the rows from `from` (before `to`) that a column
// of height h holds, breaking only where pagination may break.
func fill(rows []row, from, to int, h float64) int {
	y := 0.0
	k := from
	for k < to {
		need := rows[k].height
		if k > from {
			need += rows[k].before
		}
		if y+need > h+0.001 {
			break
		}
		y += need
		k++
	}
	if k < to {
		for b := k; b > from; b-- {
			if canBreakBefore(rows, b) {
				return b
			}
		}
		return from
	}
	return k
}

// stack places rows [from, to) in a column at dx from the first one, its
// top at y, and returns the height they take.
func stack(pg *page, rows []row, from, to int, y, dx float64) float64 {
	h := 0.0
	for k := from; k < to; k++ {
		if k > from {
			h += rows[k].before
		}
		pg.rows = append(pg.rows, pageRow{row: k, baseline: y + h + baselineIn(rows[k]), dx: dx})
		h += rows[k].height
	}
	return h
}
