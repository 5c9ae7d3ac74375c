package layout

import (
	"math"
	"strings"

	"github.com/go-pdf/fpdf"
)

// drawPages draws every page: rows as marked content of their structure
// elements, everything else as artifacts, link areas and heading
// positions recorded in mk for the tagging pass. Logical pages are drawn
// where place puts them; the outline follows the reading order.
func drawPages(pdf *fpdf.Fpdf, t *document, mk *marking) {
	for s := 0; s < t.sheets(); s++ {
		pdf.AddPage()
		t.pageDone(pdf.PageNo() - 1)
		for _, lp := range t.onSheet(s) {
			if lp < 0 {
				continue // a blank page of a booklet
			}
			_, dx, dy := t.place(lp)
			moved := dx != 0 || dy != 0
			if moved {
				pdf.TransformBegin()
				pdf.TransformTranslate(dx, dy)
			}
			pn := &pen{pdf: pdf, face: -1, lw: -1, mk: mk, page: s, lpage: lp}
			drawPage(pn, t, lp)
			if moved {
				pdf.TransformEnd()
			}
		}
	}
	for lp, pg := range t.pages {
		phys, _, dy := t.place(lp)
		pdf.SetPage(phys + 1)
		for _, pr := range pg.rows {
			if r := t.rows[pr.row]; r.more().outline != "" && t.drawn(r) {
				level := 0
				if r.heading >= 3 {
					level = 1
				}
				pdf.Bookmark(r.more().outline, level, pr.baseline-baselineIn(r)+dy)
			}
		}
	}
	pdf.SetPage(t.sheets())
}

// drawPage draws logical page lp in its own coordinates.
func drawPage(pn *pen, t *document, lp int) {
	p, pdf, pg := t.paper, pn.pdf, t.pages[lp]
	drawFurniture(pn, t, pg)
	if pg.repeat >= 0 {
		// The header of a table that continues from the page before.
		pn.artifact(artifactHeader, func() { drawTableRow(pn, t, t.rows[pg.repeat], p.top, 0, true) })
	}
	if len(pg.foot) > 0 {
		// A short rule sets the footnotes apart.
		pn.artifact(artifactLayout, func() {
			pn.lineWidth(0.5)
			y := pg.footY - 0.5*footGap*p.size
			pdf.Line(p.left, y, p.left+p.measure()/3, y)
		})
	}
	for _, pr := range append(pg.rows, pg.foot...) {
		r := t.rows[pr.row]
		y := pr.baseline
		top := y - baselineIn(r)
		x := pr.dx
		if r.more().id != "" {
			if n, ok := t.anchors["#"+strings.TrimPrefix(r.more().id, "#")]; ok {
				if _, seen := pn.mk.anchors[n]; !seen {
					pn.mk.anchors[n] = [2]float64{float64(lp), top}
				}
			}
		}
		switch r.kind {
		case spaceRow:
			continue
		case ruleRow:
			pn.artifact(artifactLayout, func() {
				pn.lineWidth(0.5)
				pdf.Line(r.x+x, top+r.height/2, r.x+x+r.more().rule, top+r.height/2)
			})
			continue
		case tableRow:
			drawTableRow(pn, t, r, top, x, false)
			continue
		case imageRow:
			if r.more().img != nil && t.images[r.more().img.name] {
				pn.marked(int(r.tag), func() {
					pdf.ImageOptions(r.more().img.name, r.x+x, top+0.2*r.size, r.more().img.w, r.more().img.h, false, fpdf.ImageOptions{ImageType: r.more().img.format}, 0, "")
				})
			}
			continue
		}
		if r.tint {
			pn.artifact(artifactLayout, func() {
				pdf.SetFillColor(243, 243, 240)
				pdf.Rect(r.x+x-0.5*p.size, top, r.more().boxW, r.height, "F")
			})
		}
		pn.setGray(r.gray)
		if len(r.more().marker.glyphs) > 0 {
			pn.drawLine(t, r.more().marker, r.more().markerX+x, y, int(r.markTag))
		}
		pn.drawLine(t, t.lineOf(r), r.x+x, y, int(r.tag))
		if r.anchor >= 0 {
			if _, ok := pn.mk.anchors[r.anchor]; !ok {
				pn.mk.anchors[r.anchor] = [2]float64{float64(lp), top}
			}
		}
		if r.kind == tocRow {
			drawTOCEntry(pn, t, pr.row, r, y)
		}
	}
	drawColumnRules(pn, t, pg)
	pn.setGray(false)
}

// drawFurniture draws the running head with a rule under it and the folio,
// as pagination artifacts.
func drawFurniture(pn *pen, t *document, pg page) {
	p := t.paper
	pn.setGray(true)
	if h, ok := t.deco.headers[pg.number]; ok {
		pn.artifact(artifactHeader, func() {
			y := p.top - 1.2*p.size
			pn.drawLine(t, h, p.left+(p.measure()-h.width)/2, y, -1)
			pn.lineWidth(0.4)
			pn.pdf.SetDrawColor(120, 120, 120)
			pn.pdf.Line(p.left, y+0.45*p.size, p.left+p.measure(), y+0.45*p.size)
			pn.pdf.SetDrawColor(0, 0, 0)
		})
	}
	if f, ok := t.deco.folios[pg.number]; ok {
		x := p.left + (p.measure()-f.width)/2
		if t.impose.duplex {
			// At the outer edge: right on right-hand pages, left on left-hand ones.
			x = p.left
			if recto(pg.number - 1) {
				x = p.left + p.measure() - f.width
			}
		}
		pn.artifact(artifactFooter, func() {
			pn.drawLine(t, f, x, p.h-p.bottom+2*p.size, -1)
		})
	}
	pn.setGray(false)
}

// drawTOCEntry adds dot leaders (an artifact) and the page number to the
// last line of an entry, and makes every line of it a link to the heading.
func drawTOCEntry(pn *pen, t *document, i int, r row, y float64) {
	p := t.paper
	right := p.left + p.measure()
	top := y - baselineIn(r)
	pn.annotate(annotation{x: r.x, y: top, w: right - r.x, h: r.height, anchor: r.more().tocEntry, elem: int(r.tag), text: lineString(t.lineOf(r))})
	num, ok := t.deco.tocNums[i]
	if !ok {
		return
	}
	pn.drawLine(t, num, right-num.width, y, int(r.tag))
	from := r.x + r.ln.width + 0.6*r.size
	to := right - num.width - 0.6*r.size
	// Leaders on a grid shared by all entries, so the dots line up: one
	// dashed line of zero-length dashes with round caps draws them all.
	step := r.size / 2
	first := p.left + math.Ceil((from-p.left)/step)*step
	if first > to {
		return
	}
	n := math.Floor((to - first) / step)
	pn.artifact(artifactLayout, func() {
		pn.pdf.SetDrawColor(100, 100, 100)
		pn.lineWidth(r.size * 0.09)
		pn.pdf.SetLineCapStyle("round")
		pn.pdf.SetDashPattern([]float64{0, step}, 0)
		pn.pdf.Line(first, y-0.3*r.size, first+n*step, y-0.3*r.size)
		pn.pdf.SetDashPattern(nil, 0)
		pn.pdf.SetLineCapStyle("butt")
		pn.pdf.SetDrawColor(0, 0, 0)
	})
}

// lineString is the text of a set line, spaces included.
func lineString(ln line) string {
	b := make([]rune, 0, len(ln.glyphs))
	for _, g := range ln.glyphs {
		if g.soft {
			continue
		}
		b = append(b, g.r)
		if g.space {
			b = append(b, ' ')
		}
	}
	return string(b)
}

// drawColumnRules draws the rules between columns, as artifacts.
func drawColumnRules(pn *pen, t *document, pg page) {
	if len(pg.rules) == 0 {
		return
	}
	pn.artifact(artifactLayout, func() {
		pn.lineWidth(0.4)
		pn.pdf.SetDrawColor(140, 140, 140)
		for _, r := range pg.rules {
			pn.pdf.Line(r.x, r.top+0.2*t.paper.size, r.x, r.bottom-0.2*t.paper.size)
		}
		pn.pdf.SetDrawColor(0, 0, 0)
	})
}

// drawTableRow draws the cells of a table row, each the content of its TH
// or TD element, and the rules of the three-line table as artifacts:
// above the header (thick), under it (thin), under the last row (thick).
// The row's text goes to text extraction as one line, cells apart, so
// that a table reads row by row.
func drawTableRow(pn *pen, t *document, r row, top, dx float64, repeated bool) {
	rd := r.more().tbl
	td := rd.t
	pdf := pn.pdf
	size := td.size
	lh := size * 1.45
	baseline := func(k int) float64 { return top + cellPadY*size + float64(k)*lh + (lh-size)/2 + 0.86*size }
	if rd.text != "" {
		pdf.RawWriteStr("/Span <</ActualText " + utf16Text(rd.text) + ">> BDC")
	}
	for _, cs := range rd.cells {
		pn.marked(cs.tag, func() {
			for k, ln := range cs.lines {
				pn.glyphRuns(t, ln.glyphs, dashPairs(ln.glyphs), 0, len(ln.glyphs), cs.xs[k]+dx, baseline(k))
			}
		})
	}
	if rd.text != "" {
		pn.setTc(0)
		pdf.RawWriteStr("EMC")
	}
	pn.artifact(artifactLayout, func() {
		for _, cs := range rd.cells {
			for k, ln := range cs.lines {
				pn.dashRules(t, ln.glyphs, dashPairs(ln.glyphs), cs.xs[k]+dx, baseline(k))
				pn.emphasisDots(ln.glyphs, cs.xs[k]+dx, baseline(k))
			}
		}
		if rd.first {
			pn.lineWidth(ruleThick)
			pdf.Line(td.x0+dx, top, td.x1+dx, top)
			pn.lineWidth(ruleThin)
			pdf.Line(td.x0+dx, top+r.height, td.x1+dx, top+r.height)
		}
		if rd.last && !repeated {
			pn.lineWidth(ruleThick)
			pdf.Line(td.x0+dx, top+r.height, td.x1+dx, top+r.height)
		}
	})
}
