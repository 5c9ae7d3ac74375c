package layout

import "math"

// Text becomes a Knuth-Plass item list: one box per character and one glue
// between every two neighbours. A glue says how wide the gap is, how far it
// may stretch or shrink, and whether (and at what cost) the line may break
// there; kinsoku rules and unbreakable clusters are decided here, once.

type itemKind uint8

const (
	boxItem itemKind = iota
	glueItem
)

type item struct {
	kind    itemKind
	width   float64 // pt
	stretch float64 // pt; math.Inf(1) for the paragraph-end fill
	shrink  float64 // pt

	// glue only
	breakable bool    // a line may end here
	forced    bool    // a line must end here (hard break, paragraph end)
	cost      float64 // penalty for breaking here
	emergency float64 // cost of breaking here when nothing else fits; 0 = never
	space     bool    // the source had a space: keep it visible to text extraction

	// box only
	g      glyph
	offset float64 // where the glyph's origin sits relative to the box start
	blank  bool    // an indent: no glyph
	mark   bool    // punctuation: does not count as a character of a short last line
	link   string
}

// textRun is a run of text in one style.
type textRun struct {
	text string
	bold bool
	link string
}

// char is a character of the paragraph after whitespace handling.
type char struct {
	r           rune
	bold        bool
	link        string
	spaceBefore bool // one or more spaces preceded it in the source
	breakBefore bool // a hard line break preceded it
	pos         int  // rune offset in the block, for warnings
}

func collectChars(runs []textRun) []char {
	var out []char
	space, brk := false, false
	n := 0
	for _, run := range runs {
		for _, r := range run.text {
			n++
			switch {
			case r == '\n' || r == '\u2028':
				brk = true
				continue
			case classOf(r) == clsSpace && r != '\u3000':
				space = true
				continue
			case r < 0x20 || r == 0x7F || r == '\u00AD' || r == '\u200B' || r == '\uFEFF':
				continue // invisible controls have nothing to draw
			}
			if len(out) == 0 {
				space, brk = false, false
			}
			out = append(out, char{r: r, bold: run.bold, link: run.link, spaceBefore: space, breakBefore: brk, pos: n})
			space, brk = false, false
		}
	}
	return out
}

// geometry of one character: its box and the blank beside it that may be
// compressed (full-width punctuation keeps its ink in one half of the em).
type geometry struct {
	box, offset               float64
	blankBefore, blankAfter   float64
	shrinkBefore, shrinkAfter float64
}

func markGeometry(fs *faceSet, g glyph, cls class) geometry {
	em := g.size
	switch cls {
	case clsMiddle:
		cell := math.Max(g.adv, em)
		return geometry{box: cell, offset: (cell - g.adv) / 2}
	case clsOpen, clsClose, clsStop:
	default:
		return geometry{box: g.adv}
	}
	inkLeft := cls != clsOpen
	if g.adv >= 0.9*em {
		x0, x1, ok := fs.faces[g.face].font.Ink(g.r)
		switch {
		case !ok:
			return geometry{box: g.adv}
		case x1 <= 0.55:
			inkLeft = true
		case x0 >= 0.45:
			inkLeft = false
		default: // centred ink (a Traditional Chinese or Japanese font)
			return geometry{box: g.adv}
		}
	}
	half := em / 2
	// The stops 。？！ give up their blank last (clreq).
	sh := half
	if g.r == '。' || g.r == '？' || g.r == '！' || g.r == '．' {
		sh = em / 4
	}
	if inkLeft {
		return geometry{box: half, blankAfter: half, shrinkAfter: sh}
	}
	// Opening mark: the glyph sits flush right in its 1-em cell.
	return geometry{box: half, offset: half - g.adv + (em - math.Max(g.adv, em)), blankBefore: half, shrinkBefore: sh}
}

// Spacing constants, in em (clreq 3.2.2, Typst, xeCJK).
const (
	cjkStretch    = 0.12  // between two CJK characters
	latinGap      = 0.25  // Han-Latin gap
	latinGapPlus  = 0.1   // its stretch
	latinGapMinus = 0.125 // its shrink
	numberUnit    = 50    // cost of separating a number from the CJK word after it
	emergencyCost = 10000 // breaking a cluster or a kinsoku rule
	urlCost       = 800   // breaking a long Latin word after / . - _
)

func wideClass(c class) bool {
	switch c {
	case clsIdeo, clsOpen, clsClose, clsStop, clsMiddle, clsDash, clsEllipsis, clsOther:
		return true
	}
	return false
}

func latinSide(r rune) bool {
	c := classOf(r)
	return c == clsAlnum || ((c == clsPrefix || c == clsPostfix) && r < 0x2000)
}

// buildItems turns a paragraph into items. indent is the first-line
// indent in pt; where names a rune offset for warnings.
func buildItems(fs *faceSet, runs []textRun, size, indent float64, where func(pos int) string) []item {
	chars := collectChars(runs)
	items := make([]item, 0, 2*len(chars)+3)
	if indent > 0 {
		items = append(items, item{kind: boxItem, width: indent, blank: true})
	}
	var prev char
	var prevGeo geometry
	for i, c := range chars {
		pos := c.pos
		g := fs.resolve(c.r, c.bold, size, func() string { return where(pos) })
		cls := classOf(c.r)
		geo := markGeometry(fs, g, cls)
		if i > 0 {
			items = append(items, glueBetween(fs, prev, c, prevGeo, geo, size))
		} else if indent > 0 {
			items = append(items, item{kind: glueItem, width: geo.blankBefore, shrink: geo.shrinkBefore})
		}
		items = append(items, item{kind: boxItem, width: geo.box, g: g, offset: geo.offset,
			mark: cls != clsIdeo && cls != clsAlnum && cls != clsOther, link: c.link})
		prev, prevGeo = c, geo
	}
	// The blank after the last mark is trimmed like at any line end.
	items = append(items, item{kind: glueItem, stretch: math.Inf(1), forced: true, breakable: true})
	return items
}

func glueBetween(fs *faceSet, p, c char, pg, cg geometry, em float64) item {
	pc, cc := classOf(p.r), classOf(c.r)
	gl := item{kind: glueItem}
	gl.width = pg.blankAfter + cg.blankBefore
	gl.shrink = pg.shrinkAfter + cg.shrinkBefore
	if pg.blankAfter+cg.blankBefore > 0 && (pg.box > 0 && cg.box > 0) && wideClass(pc) && wideClass(cc) &&
		(pc != clsIdeo && cc != clsIdeo) {
		// Adjacent marks: take half an em out of the doubled blank.
		gl.width = math.Max(0, gl.width-em/2)
		gl.shrink = math.Min(gl.shrink, gl.width)
	}
	pw, cw := wideClass(pc), wideClass(cc)
	pl, cl := latinSide(p.r), latinSide(c.r)
	switch {
	case (pc == clsIdeo && cl) || (pl && cc == clsIdeo):
		gl.width += latinGap * em
		gl.stretch += latinGapPlus * em
		gl.shrink += latinGapMinus * em
		gl.space = c.spaceBefore
	case c.spaceBefore && !pw && !cw:
		sp := fs.advance(fs.body[0], ' ')
		if sp <= 0 {
			sp = 0.3
		}
		gl.width = sp * em
		gl.stretch = sp * em / 2
		gl.shrink = sp * em / 3
		gl.space = true
	case c.spaceBefore && pw && cw:
		// A space the Markdown keeps between CJK words (a byline's names).
		gl.width += em / 2
		gl.shrink += em / 4
		gl.space = true
	case c.spaceBefore && (pw != cw):
		gl.width += latinGap * em
		gl.stretch += latinGapPlus * em
		gl.shrink += latinGapMinus * em
		gl.space = true
	}
	sameDash := (pc == clsDash && cc == clsDash) || (pc == clsEllipsis && cc == clsEllipsis)
	if (pw || cw) && !sameDash {
		gl.stretch += cjkStretch * em
	}
	cluster := sameDash ||
		(!pw && !cw && !c.spaceBefore) || // Latin words, numbers, URLs
		(pc == clsPrefix && cl)
	gl.breakable = !cluster && !noEnd(p.r) && !noStart(c.r)
	gl.forced = c.breakBefore
	if gl.forced {
		gl.breakable = true
		gl.stretch = math.Inf(1)
	}
	if gl.breakable && pc == clsAlnum && p.r <= '9' && p.r >= '0' && cc == clsIdeo {
		gl.cost = numberUnit
	}
	if !gl.breakable {
		gl.emergency = emergencyCost
		if !pw && !cw && (p.r == '/' || p.r == '.' || p.r == '-' || p.r == '_' || p.r == '?' || p.r == '&') {
			gl.emergency = urlCost
		}
	}
	return gl
}
