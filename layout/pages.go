package layout

import "strconv"

// Pages: rows are stacked on pages top to bottom; a page ends at the last
// row boundary that keeps headings with their next two lines and leaves no
// paragraph's single first line at a page foot (orphan) or single last line
// at a page head (widow).

type pageRow struct {
	row      int
	baseline float64 // pt from the top of the page
	dx       float64 // offset of the row's column from the first one, pt
}

type page struct {
	rows   []pageRow
	number int    // 1-based
	header string // running head ("" = none)
	folio  bool   // carries the page number
	rules  []columnRule

	repeat int       // row of a table header drawn again at the top (-1 none)
	foot   []pageRow // footnote rows at the foot of the page
	footY  float64   // top of the footnote area (the separator rule sits above it)
}

// canBreakBefore reports whether a page may end just before row i.
func canBreakBefore(rows []row, i int) bool {
	if i <= 0 || i >= len(rows) {
		return true
	}
	prev, cur := rows[i-1], rows[i]
	if prev.keep {
		return false
	}
	if i >= 2 && rows[i-2].keep && !prev.keep && prev.kind == textRow {
		return false // a heading needs two lines after it
	}
	if cur.para == prev.para && cur.para >= 0 {
		if cur.lineNo < 2 || cur.lines-cur.lineNo < 2 {
			return false
		}
	}
	return true
}

// baselineIn places a row's baseline inside its line box.
func baselineIn(r row) float64 {
	return (r.height-r.size)/2 + 0.86*r.size
}

// footGap is the space above the footnotes of a page, where a short
// rule sets them apart, in body sizes.
const footGap = 1.0

// paginate distributes the first flow rows over pages; notes[n-1] are the
// rows (after the flow) of footnote n, set at the foot of the page whose
// rows cite it first. Notes taller than the room left go on to the foot of
// the next page.
func paginate(rows []row, flow int, notes [][]int, p paper) []page {
	top, bottom := p.top, p.h-p.bottom
	gap := footGap * p.size
	height := func(idx []int) float64 {
		h := 0.0
		for _, k := range idx {
			h += rows[k].height
		}
		return h
	}
	var pages []page
	var carry []int // footnote rows left over from the page before
	start := 0
	for start < flow || len(carry) > 0 {
		if start < flow {
			if r := rows[start]; r.kind == spaceRow && !r.front && !r.newPage {
				start++ // air between blocks is not wanted at the head of a page
				continue
			}
		}
		pg := page{number: len(pages) + 1, repeat: -1}
		y := top
		if start < flow {
			if r := rows[start]; r.kind == tableRow && !r.more().tbl.head && r.more().tbl.t.head != nil {
				pg.repeat = r.more().tbl.t.headRow
				y += r.more().tbl.t.headH
			}
		}
		foot := height(carry)
		if foot > 0 {
			foot += gap
		}
		i := start
		for i < flow {
			if i > start && rows[i].newPage {
				break
			}
			need := rows[i].height
			if i > start {
				need += rows[i].before
			}
			extra := 0.0
			for _, n := range rows[i].notes {
				extra += height(notes[n-1])
			}
			if extra > 0 && foot == 0 {
				extra += gap
			}
			if i > start && y+need+foot+extra > bottom {
				break
			}
			y += need
			foot += extra
			i++
		}
		end := i
		if end < flow && !rows[end].newPage {
			b := end
			for b > start && !canBreakBefore(rows, b) {
				b--
			}
			if b > start {
				end = b
			}
		}
		y = top
		if pg.repeat >= 0 {
			y += rows[pg.repeat].height
		}
		for k := start; k < end; k++ {
			if k > start {
				y += rows[k].before
			}
			pg.rows = append(pg.rows, pageRow{row: k, baseline: y + baselineIn(rows[k])})
			y += rows[k].height
		}
		// The footnotes: those carried over, then those cited here, as
		// many rows as fit under the text.
		want := carry
		for k := start; k < end; k++ {
			for _, n := range rows[k].notes {
				want = append(want, notes[n-1]...)
			}
		}
		room := bottom - y - gap
		fit := 0
		for h := 0.0; fit < len(want) && h+rows[want[fit]].height <= room+0.01; fit++ {
			h += rows[want[fit]].height
		}
		if fit == 0 && len(want) > 0 && len(pg.rows) == 0 {
			fit = 1 // a page of footnotes alone takes at least one row
		}
		carry = append([]int(nil), want[fit:]...)
		fy := bottom - height(want[:fit])
		pg.footY = fy
		for _, k := range want[:fit] {
			pg.foot = append(pg.foot, pageRow{row: k, baseline: fy + baselineIn(rows[k])})
			fy += rows[k].height
		}
		pages = append(pages, pg)
		start = end
	}
	return pages
}

// runningHeads decides folios and heads. The title and contents pages get
// no running head (the title page no folio either). Every other page shows
// the section in force at its top (a section whose heading opens the page
// is in force there), else the first section that starts on it, else the
// document title.
func runningHeads(pages []page, rows []row, title string) {
	section := ""
	for i := range pages {
		pg := &pages[i]
		titlePage, hasTitle, front := false, false, len(pg.rows) > 0
		first := ""
		for _, pr := range pg.rows {
			r := rows[pr.row]
			if r.heading == 1 {
				hasTitle = true
				titlePage = titlePage || r.front
			}
			if !r.front {
				front = false
			}
			if first == "" {
				first = r.more().section
			}
		}
		pg.folio = !titlePage
		if len(pg.rows) > 0 {
			if s := rows[pg.rows[0].row].more().section; s != "" {
				section = s
			}
		}
		if !front && !hasTitle {
			switch {
			case section != "":
				pg.header = section
			case first != "":
				pg.header = first
			default:
				pg.header = title
			}
		}
		for _, pr := range pg.rows {
			if s := rows[pr.row].more().section; s != "" {
				section = s
			}
		}
	}
}

// headingPages maps heading anchors to their page numbers.
func headingPages(pages []page, rows []row) map[int]int {
	out := map[int]int{}
	for _, pg := range pages {
		for _, pr := range pg.rows {
			if a := rows[pr.row].anchor; a >= 0 {
				if _, ok := out[a]; !ok {
					out[a] = pg.number
				}
			}
		}
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
