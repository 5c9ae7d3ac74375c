package layout

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/go-pdf/fpdf"
)

// The fpdf adapter: draws what typeset decided and nothing else. Every
// glyph run goes through Text() at a computed position; character spacing
// (Tc) stretches each glyph's advance up to the next glyph's origin, so
// text extraction sees touching glyphs and inserts no spaces between CJK
// characters. fpdf's MultiCell/Write are never used: they drop characters.

func familyName(i int) string { return fmt.Sprintf("f%d", i) }

// usedRunes collects, per font program, the characters drawn with it.
func usedRunes(t *document) [][]rune {
	used := map[int]map[rune]bool{}
	addLine := func(ln line) {
		for _, g := range ln.glyphs {
			fam := t.fs.faces[g.face].family
			if used[fam] == nil {
				used[fam] = map[rune]bool{}
			}
			used[fam][g.r] = true
		}
	}
	for _, r := range t.rows {
		addLine(r.ln)
	}
	for _, m := range []map[int]line{t.deco.headers, t.deco.folios, t.deco.tocNums} {
		for _, ln := range m {
			addLine(ln)
		}
	}
	return runesOf(t.fs, used)
}

// pen tracks the text state already set on the current page.
type pen struct {
	pdf  *fpdf.Fpdf
	tc   float64
	mode int
	face int
	size float64
	gray bool
}

func (p *pen) setFace(t *document, face int, size float64) {
	if face == p.face && size == p.size {
		return
	}
	f := t.fs.faces[face]
	p.pdf.SetFont(familyName(f.family), "", size)
	mode := 0
	if f.embolden {
		mode = 2
		p.pdf.SetLineWidth(size * 0.03)
	}
	if mode != p.mode {
		p.pdf.SetTextRenderingMode(mode)
		p.mode = mode
	}
	p.face, p.size = face, size
}

func (p *pen) setTc(tc float64) {
	if math.Abs(tc-p.tc) < 0.0005 {
		return
	}
	p.pdf.RawWriteStr(fmt.Sprintf("%.3f Tc", tc))
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

// drawLine draws ln with its left edge at x and baseline at y, one Text()
// per run of glyphs sharing face, size and spacing.
func (p *pen) drawLine(t *document, ln line, x, y float64) {
	gs := ln.glyphs
	if len(gs) == 0 {
		return
	}
	p.pdf.RawWriteStr("/Span <</ActualText " + actualText(ln) + ">> BDC")
	defer func() {
		p.setTc(0) // extraction subtracts the spacing in force at EMC
		p.pdf.RawWriteStr("EMC")
	}()
	for i := 0; i < len(gs); {
		g := gs[i]
		tc := g.end - g.x - g.adv
		j := i + 1
		var s strings.Builder
		s.WriteRune(g.r)
		for ; j < len(gs); j++ {
			h, prev := gs[j], gs[j-1]
			if h.face != g.face || h.size != g.size || math.Abs(h.x-prev.end) > 0.005 ||
				math.Abs((h.end-h.x-h.adv)-tc) > 0.0005 {
				break
			}
			s.WriteRune(h.r)
		}
		p.setFace(t, g.face, g.size)
		p.setTc(tc)
		p.pdf.Text(x+g.x, y, s.String())
		for k := i; k < j; k++ {
			if gs[k].link != "" {
				p.pdf.LinkString(x+gs[k].x, y-g.size*0.88, gs[k].end-gs[k].x, g.size*1.1, gs[k].link)
			}
		}
		i = j
	}
}

func draw(w io.Writer, t *document, opts Options) error {
	created := opts.Created
	if created.IsZero() {
		created = time.Now()
	}
	p := t.paper
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: fpdf.SizeType{Wd: p.w, Ht: p.h}})
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	m := t.meta
	pdf.SetTitle(m.Title, true)
	if m.Author != "" {
		pdf.SetAuthor(m.Author, true)
	}
	if m.Subtitle != "" {
		pdf.SetSubject(m.Subtitle, true)
	} else if m.Description != "" {
		pdf.SetSubject(m.Description, true)
	}
	if len(m.Keywords) > 0 {
		pdf.SetKeywords(strings.Join(m.Keywords, ", "), true)
	}
	if opts.Creator != "" {
		pdf.SetCreator(opts.Creator, true)
	}
	pdf.SetProducer("publish layout (fpdf)", true)
	pdf.SetLang(m.Lang)

	for fam, runes := range usedRunes(t) {
		if len(runes) == 0 {
			continue
		}
		f := t.fs.fonts[fam]
		data, err := f.Subset(runes)
		if err != nil {
			return fmt.Errorf("subsetting %s: %w", f.Name, err)
		}
		pdf.AddUTF8FontFromBytes(familyName(fam), "", data)
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("embedding %s: %w", f.Name, err)
		}
	}
	links := map[int]int{}
	for a := range t.target {
		links[a] = 0
	}
	for a := 0; a < len(links); a++ {
		links[a] = pdf.AddLink()
	}

	for _, pg := range t.pages {
		pdf.AddPage()
		pn := &pen{pdf: pdf, face: -1}
		if pg.body {
			drawFurniture(pn, t, pg)
		}
		for _, pr := range pg.rows {
			r := t.rows[pr.row]
			y := pr.baseline
			top := y - baselineIn(r)
			switch r.kind {
			case ruleRow:
				pdf.SetLineWidth(0.5)
				c := p.left + p.measure()/2
				pdf.Line(c-3*p.size, top+r.height/2, c+3*p.size, top+r.height/2)
				continue
			}
			pn.setGray(r.gray)
			pn.drawLine(t, r.ln, r.x, y)
			if r.outline != "" && len(r.ln.glyphs) > 0 {
				level := 0
				if r.heading >= 3 {
					level = 1
				}
				pdf.Bookmark(r.outline, level, top)
			}
			if r.anchor >= 0 {
				pdf.SetLink(links[r.anchor], top, pg.number)
			}
			if r.kind == tocRow {
				drawTOCEntry(pn, t, pr.row, r, y, links[r.tocEntry])
			}
		}
		pn.setGray(false)
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}

// drawFurniture draws the running head with a rule under it and the folio.
func drawFurniture(pn *pen, t *document, pg page) {
	p := t.paper
	pn.setGray(true)
	if h, ok := t.deco.headers[pg.number]; ok {
		y := p.top - 1.2*p.size
		pn.drawLine(t, h, p.left+(p.measure()-h.width)/2, y)
		pn.pdf.SetLineWidth(0.4)
		pn.pdf.SetDrawColor(120, 120, 120)
		pn.pdf.Line(p.left, y+0.45*p.size, p.left+p.measure(), y+0.45*p.size)
		pn.pdf.SetDrawColor(0, 0, 0)
	}
	if f, ok := t.deco.folios[pg.number]; ok {
		pn.drawLine(t, f, p.left+(p.measure()-f.width)/2, p.h-p.bottom+2*p.size)
	}
	pn.setGray(false)
}

// drawTOCEntry adds dot leaders and the page number to the last line of an
// entry, and makes every line of it a link to the heading.
func drawTOCEntry(pn *pen, t *document, i int, r row, y float64, link int) {
	p := t.paper
	right := p.left + p.measure()
	top := y - baselineIn(r)
	pn.pdf.Link(r.x, top, right-r.x, r.height, link)
	num, ok := t.deco.tocNums[i]
	if !ok {
		return
	}
	pn.drawLine(t, num, right-num.width, y)
	from := r.x + r.ln.width + 0.6*r.size
	to := right - num.width - 0.6*r.size
	pn.pdf.SetFillColor(100, 100, 100)
	step := r.size / 2
	// Leaders on a grid shared by all entries, so the dots line up.
	for x := p.left + math.Ceil((from-p.left)/step)*step; x <= to; x += step {
		pn.pdf.Circle(x, y-0.3*r.size, r.size*0.045, "F")
	}
	pn.pdf.SetFillColor(0, 0, 0)
}

// actualText is the line's text as a PDF string: text extraction reads it
// instead of guessing spaces from the gaps that justification, the Han-Latin
// gap and 1-em punctuation cells leave between glyphs. Source spaces are
// kept.
func actualText(ln line) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, g := range ln.glyphs {
		for _, u := range utf16.Encode([]rune{g.r}) {
			fmt.Fprintf(&b, "%04X", u)
		}
		if g.space {
			b.WriteString("0020")
		}
	}
	b.WriteString(">")
	return b.String()
}
