package layout

import (
	"bytes"
	"math"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
)

// pen draws set lines with fpdf and tracks the text state already set on
// the current page, so that each operator is written only when it changes.
type pen struct {
	pdf   *fpdf.Fpdf
	mk    *marking // nil: draw untagged
	page  int      // physical page index (a sheet side when imposed)
	lpage int      // logical page index

	inArtifact bool
	tc         float64
	mode       int
	face       int32
	size       float64
	gray       bool
	lw         float64 // line width; emboldening strokes with it too

	buf []byte       // the text operators being written
	rd  bytes.Reader // hands buf to fpdf
}

// lineWidth sets the width of stroked lines and of emboldening strokes.
func (p *pen) lineWidth(w float64) {
	if w != p.lw {
		p.pdf.SetLineWidth(w)
		p.lw = w
	}
}

// Text rendering modes (PDF 9.3.6).
const (
	modeFill      = 0
	modeFillThick = 2 // fill and stroke: emboldening
	modeInvisible = 3 // drawn by other means, kept for text extraction
)

func (p *pen) setFace(t *document, face int32, size float64) {
	if face == p.face && size == p.size {
		return
	}
	f := t.fs.faces[face]
	p.pdf.RawWriteStr("BT /" + t.pdfFonts[f.family].res + " " + strconv.FormatFloat(size, 'f', 2, 64) + " Tf ET")
	p.face, p.size = face, size
}

// show draws runes in the current face with their origin at x, y (y
// down from the top of the page, as fpdf measures).
func (p *pen) show(t *document, x, y float64, runes []rune) {
	pf := t.pdfFonts[t.fs.faces[p.face].family]
	_, h := p.pdf.GetPageSize()
	// Text is filled with the text colour: like fpdf, set it for the
	// run when the fill colour differs.
	r, g, b := p.pdf.GetTextColor()
	fr, fg, fb := p.pdf.GetFillColor()
	colored := r != fr || g != fg || b != fb
	s := p.buf[:0]
	if colored {
		s = append(s, "q "+colorOp(r, g, b)+" "...)
	}
	s = append(s, "BT "...)
	s = strconv.AppendFloat(s, x, 'f', 2, 64)
	s = append(s, ' ')
	s = strconv.AppendFloat(s, h-y, 'f', 2, 64)
	s = append(s, " Td "...)
	s = pf.appendHex(s, runes)
	s = append(s, " Tj ET"...)
	if colored {
		s = append(s, " Q"...)
	}
	p.write(s)
}

// write writes b as a line of the page's content, as RawWriteStr would,
// without making a string of it first; b, built on p.buf, is kept as the
// buffer of the next line.
func (p *pen) write(b []byte) {
	p.rd.Reset(b)
	p.pdf.RawWriteBuf(&p.rd)
	p.buf = b[:0]
}

// colorOp sets the fill colour, grey when r, g and b agree.
func colorOp(r, g, b int) string {
	c := func(v int) string { return strconv.FormatFloat(float64(v)/255, 'f', 3, 64) }
	if r == g && g == b {
		return c(r) + " g"
	}
	return c(r) + " " + c(g) + " " + c(b) + " rg"
}

func (p *pen) setMode(mode int) {
	if mode != p.mode {
		p.pdf.SetTextRenderingMode(mode)
		p.mode = mode
	}
}

func (p *pen) setTc(tc float64) {
	if math.Abs(tc-p.tc) < 0.0005 {
		return
	}
	if math.Abs(tc) < 0.0005 {
		tc = 0 // never "-0.000"
	}
	s := append(strconv.AppendFloat(p.buf[:0], tc, 'f', 3, 64), " Tc"...)
	p.write(s)
	p.tc = tc
}

func (p *pen) setGray(gray bool) {
	if gray == p.gray {
		return
	}
	if gray {
		p.pdf.SetTextColor(80, 80, 80)
	} else {
		p.pdf.SetTextColor(0, 0, 0)
	}
	p.gray = gray
}

// fill sets the fill colour to the text colour, for marks drawn as shapes.
func (p *pen) fill() {
	if p.gray {
		p.pdf.SetFillColor(80, 80, 80)
	} else {
		p.pdf.SetFillColor(0, 0, 0)
	}
}

// oblique reports glyphs of an emphasized run that are slanted: Latin
// letters and digits without a true italic face (CJK characters get dots
// instead).
func oblique(fs *faceSet, g placed) bool {
	return g.style&inlineEmph != 0 && g.r < 0x2E80 && !wideClass(classOf(g.r)) && !fs.faces[g.face].italic
}

// dotted reports glyphs that get an emphasis dot (着重号) under them:
// CJK characters of an emphasized run, not its punctuation.
func dotted(g placed) bool {
	return g.style&inlineEmph != 0 && classOf(g.r) == clsIdeo && g.r != '\u3000'
}

// dashPairs marks the glyphs of each —— (two U+2014): they are drawn as one
// unbroken rule, since many fonts leave a gap between the two dashes.
func dashPairs(gs []placed) []bool {
	var hidden []bool
	for i := 0; i+1 < len(gs); i++ {
		if gs[i].r == '—' && gs[i+1].r == '—' && gs[i].face == gs[i+1].face && gs[i].size == gs[i+1].size {
			if hidden == nil {
				hidden = make([]bool, len(gs))
			}
			hidden[i], hidden[i+1] = true, true
			i++
		}
	}
	return hidden
}

// drawLine draws ln with its left edge at x and baseline at y, one Text()
// per run of glyphs sharing face, size, spacing and drawing style. The
// text is marked content of structure element elem (an artifact when
// elem < 0), split where a link or a span in another language begins;
// shading, dash rules and emphasis dots are artifacts.
func (p *pen) drawLine(t *document, ln line, x, y float64, elem int) {
	gs := ln.glyphs
	if len(gs) == 0 {
		return
	}
	if elem < 0 && !p.inArtifact {
		p.artifact(artifactLayout, func() { p.drawLine(t, ln, x, y, elem) })
		return
	}
	if hasPanels(gs) {
		p.artifact(artifactLayout, func() { p.monoPanels(gs, x, y) })
	}
	hidden := dashPairs(gs)
	segs := []segment{{0, len(gs), elem, 0}}
	if !p.inArtifact {
		segs = p.segments(t, gs, elem)
	}
	for _, sg := range segs {
		p.marked(sg.elem, func() {
			s := append(p.buf[:0], "/Span <</ActualText "...)
			s = append(appendActualText(s, gs[sg.from:sg.to]), ">> BDC"...)
			p.write(s)
			p.glyphRuns(t, gs, hidden, sg.from, sg.to, x, y)
			p.setTc(0) // extraction subtracts the spacing in force at EMC
			p.pdf.RawWriteStr("EMC")
		})
		if sg.link != 0 {
			p.linkArea(t, gs[sg.from:sg.to], x, y, sg.elem)
		}
	}
	if hidden != nil || hasDots(gs) {
		p.artifact(artifactLayout, func() {
			p.dashRules(t, gs, hidden, x, y)
			p.emphasisDots(gs, x, y)
		})
	}
}

// hasPanels reports inline code on a line that is not all code.
func hasPanels(gs []placed) bool {
	mono, plain := false, false
	for _, g := range gs {
		if g.style&inlineMono != 0 {
			mono = true
		} else {
			plain = true
		}
	}
	return mono && plain
}

func hasDots(gs []placed) bool {
	for _, g := range gs {
		if dotted(g) {
			return true
		}
	}
	return false
}

// glyphRuns draws glyphs [from, to) of a line.
func (p *pen) glyphRuns(t *document, gs []placed, hidden []bool, from, to int, x, y float64) {
	hid := func(i int) bool { return hidden != nil && hidden[i] }
	var s []rune
	for i := from; i < to; {
		g := gs[i]
		tc := g.end - g.x - g.adv
		j := i + 1
		s = append(s[:0], g.r)
		for ; j < to; j++ {
			h, prev := gs[j], gs[j-1]
			if h.face != g.face || h.size != g.size || math.Abs(h.x-prev.end) > 0.005 ||
				math.Abs((h.end-h.x-h.adv)-tc) > 0.0005 || hid(j) != hid(i) || oblique(t.fs, h) != oblique(t.fs, g) ||
				(h.style^g.style)&inlineNote != 0 {
				break
			}
			s = append(s, h.r)
		}
		p.setFace(t, g.face, g.size)
		p.setTc(tc)
		mode := modeFill
		switch {
		case hid(i):
			mode = modeInvisible
		case t.fs.faces[g.face].embolden:
			mode = modeFillThick
			p.lineWidth(g.size * 0.03)
		}
		p.setMode(mode)
		gy := y
		if g.style&inlineNote != 0 {
			gy -= 0.7 * g.size // a footnote mark is raised
		}
		if oblique(t.fs, g) {
			// No italic face: slant the glyphs by 12 degrees about the
			// run's start on the baseline.
			p.pdf.TransformBegin()
			p.pdf.TransformSkewX(12, x+g.x, gy)
			p.show(t, x+g.x, gy, s)
			p.pdf.TransformEnd()
		} else {
			p.show(t, x+g.x, gy, s)
		}
		if last := gs[j-1]; last.space && j < len(gs) && !hid(j-1) {
			// A real space character, stretched to the next word: text
			// extraction and the structure tree read word breaks from it.
			p.setTc(gs[j].x - last.end - t.fs.advance(int(last.face), ' ')*last.size)
			p.setMode(modeFill)
			p.show(t, x+last.end, y, []rune{' '})
		}
		i = j
	}
}

// dashRules draws each hidden —— as one rule two ems long, at the height
// and weight of a CJK font's dash.
func (p *pen) dashRules(t *document, gs []placed, hidden []bool, x, y float64) {
	if hidden == nil {
		return
	}
	p.fill()
	for i := 0; i+1 < len(gs); i++ {
		if !hidden[i] {
			continue
		}
		a, b := gs[i], gs[i+1]
		em := a.size
		thick := 0.06 * em
		if t.fs.faces[a.face].embolden || t.fs.faces[a.face].font != t.fs.faces[t.fs.body[0]].font {
			thick = 0.085 * em
		}
		x0 := x + a.x + 0.02*em
		x1 := x + b.x + math.Max(b.adv, em) - 0.02*em
		p.pdf.Rect(x0, y-0.38*em-thick/2, x1-x0, thick, "F")
		i++
	}
}

// emphasisDots puts a dot under each emphasized CJK character, centred on
// its cell (GB/T 15834 着重号).
func (p *pen) emphasisDots(gs []placed, x, y float64) {
	filled := false
	for _, g := range gs {
		if !dotted(g) {
			continue
		}
		if !filled {
			p.fill()
			filled = true
		}
		p.pdf.Circle(x+g.x+g.adv/2, y+0.24*g.size, 0.06*g.size, "F")
	}
}

// monoPanels tints the background of inline code; a line that is all code
// (a code block's line) gets its panel from the row instead.
func (p *pen) monoPanels(gs []placed, x, y float64) {
	all := true
	for _, g := range gs {
		if g.style&inlineMono == 0 {
			all = false
			break
		}
	}
	if all {
		return
	}
	for i := 0; i < len(gs); {
		if gs[i].style&inlineMono == 0 {
			i++
			continue
		}
		j := i
		for j+1 < len(gs) && gs[j+1].style&inlineMono != 0 {
			j++
		}
		em := gs[i].size
		x0 := x + gs[i].x - 0.15*em
		x1 := x + gs[j].x + gs[j].adv + 0.15*em
		p.pdf.SetFillColor(236, 236, 232)
		p.pdf.Rect(x0, y-0.9*em, x1-x0, 1.18*em, "F")
		i = j + 1
	}
}

// linkArea makes glyphs gs one clickable area, an annotation that is a
// child of the Link element e.
func (p *pen) linkArea(t *document, gs []placed, x, y float64, e int) {
	n := len(gs) - 1
	em := gs[0].size
	x0, x1 := x+gs[0].x, x+math.Max(gs[n].end, gs[n].x+gs[n].adv)
	var text strings.Builder
	for _, g := range gs {
		text.WriteRune(g.r)
	}
	if gs[0].style&inlineNote != 0 {
		em /= noteScale
	}
	a := annotation{x: x0, y: y - 0.88*em, w: x1 - x0, h: 1.1 * em, uri: t.links.url(gs[0].link), elem: e, text: text.String()}
	if strings.HasPrefix(a.uri, "#") {
		// A heading or a footnote of the document.
		n, ok := t.anchors[a.uri]
		if !ok {
			return
		}
		a.uri, a.anchor = "", n
	}
	p.annotate(a)
}
