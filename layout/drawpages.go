package layout

import (
	"math"

	"github.com/go-pdf/fpdf"
)

// drawPages draws every page: rows as marked content of their structure
// elements, everything else as artifacts, link areas and heading
// positions recorded in mk for the tagging pass.
func drawPages(pdf *fpdf.Fpdf, t *document, mk *marking) {
	p := t.paper
	for i, pg := range t.pages {
		pdf.AddPage()
		pn := &pen{pdf: pdf, face: -1, lw: -1, mk: mk, page: i, lpage: i}
		drawFurniture(pn, t, pg)
		for _, pr := range pg.rows {
			r := t.rows[pr.row]
			y := pr.baseline
			top := y - baselineIn(r)
			switch r.kind {
			case spaceRow:
				continue
			case ruleRow:
				pn.artifact(artifactLayout, func() {
					pn.lineWidth(0.5)
					c := p.left + p.measure()/2
					pdf.Line(c-r.rule/2, top+r.height/2, c+r.rule/2, top+r.height/2)
				})
				continue
			}
			if r.tint {
				pn.artifact(artifactLayout, func() {
					pdf.SetFillColor(243, 243, 240)
					pdf.Rect(p.left, top, p.measure(), r.height, "F")
				})
			}
			pn.setGray(r.gray)
			if len(r.marker.glyphs) > 0 {
				pn.drawLine(t, r.marker, r.markerX, y, int(r.markTag))
			}
			pn.drawLine(t, r.ln, r.x, y, int(r.tag))
			if r.outline != "" && len(r.ln.glyphs) > 0 {
				level := 0
				if r.heading >= 3 {
					level = 1
				}
				pdf.Bookmark(r.outline, level, top)
			}
			if r.anchor >= 0 {
				if _, ok := mk.anchors[r.anchor]; !ok {
					mk.anchors[r.anchor] = [2]float64{float64(i), top}
				}
			}
			if r.kind == tocRow {
				drawTOCEntry(pn, t, pr.row, r, y)
			}
		}
		pn.setGray(false)
	}
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
		pn.artifact(artifactFooter, func() {
			pn.drawLine(t, f, p.left+(p.measure()-f.width)/2, p.h-p.bottom+2*p.size, -1)
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
	pn.annotate(annotation{x: r.x, y: top, w: right - r.x, h: r.height, anchor: r.tocEntry, elem: int(r.tag), text: lineString(r.ln)})
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
