package layout

import (
	"math"
	"unicode"
)

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
	hyphen    bool    // a hyphenation point: a line ending here gets g, a hyphen

	// box only
	g      glyph
	offset float64 // where the glyph's origin sits relative to the box start
	blank  bool    // an indent: no glyph
	mark   bool    // punctuation: does not count as a character of a short last line
	style  inline
	link   int32 // 1-based index into the link table; 0 = none
}

// inline is the drawing style of a character beyond its face.
type inline uint8

const (
	inlineEmph inline = 1 << iota // emphasis: dots under CJK characters, oblique Latin
	inlineMono                    // code: Go Mono (CJK from the body fonts) in fixed cells, tinted background
	inlineNote                    // a footnote mark: small, raised, tied to the character before it
)

// noteScale is the size of a footnote mark against the text around it.
const noteScale = 0.6

// monoScale sets Go Mono (0.6 em advances) in half-em cells, two to a CJK
// character, so that code keeps its columns.
const monoScale = 5.0 / 6

// textRun is a run of text in one style.
type textRun struct {
	text  string
	bold  bool
	style inline
	link  string
}

// char is a character of the paragraph after whitespace handling.
type char struct {
	r           rune
	cls         class
	bold        bool
	style       inline
	link        int32 // link table index; 0 = none
	spaceBefore bool  // one or more spaces preceded it in the source
	breakBefore bool  // a hard line break preceded it
	pos         int   // rune offset in the block, for warnings
}

// collectChars appends the paragraph's characters to out[:0]; link
// targets are entered in links. In a Latin-script document (latin) quotes,
// dashes and ellipses are Latin punctuation, not CJK marks.
func collectChars(out []char, runs []textRun, links *linkTable, latin bool) []char {
	out = out[:0]
	space, brk := false, false
	n := 0
	for _, run := range runs {
		mono := run.style&inlineMono != 0
		linkID := links.id(run.link)
		for _, r := range run.text {
			n++
			cls := classOf(r)
			if latin {
				cls = latinClassOf(r)
			}
			if mono && (r == ' ' || r == '\t' || r == '\u00a0') {
				// Code keeps its spaces: each one fills a cell.
				r, cls = ' ', clsLatinPunct
			}
			switch {
			case r == '\n' || r == '\u2028':
				brk = true
				continue
			case cls == clsSpace && r != '\u3000':
				space = true
				continue
			case r < 0x20 || r == 0x7F || r == '\u00AD' || r == '\u200B' || r == '\uFEFF':
				continue // invisible controls have nothing to draw
			}
			if len(out) == 0 {
				space, brk = false, false
			}
			out = append(out, char{r: r, cls: cls, bold: run.bold, style: run.style, link: linkID, spaceBefore: space, breakBefore: brk, pos: n})
			space, brk = false, false
		}
	}
	return out
}

// latinClassOf classifies characters of a Latin-script document: words
// and numbers, spaces, and punctuation that sticks to them; CJK
// characters keep their classes.
func latinClassOf(r rune) class {
	switch {
	case r >= 0x2E80:
		return classOf(r)
	case r == ' ' || r == '\t' || r == '\u00a0':
		return clsSpace
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return clsAlnum
	}
	return clsLatinPunct
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

	wordSpace   = 0.3 // Latin-script documents
	wordStretch = 0.15
	wordShrink  = 0.06

	letterStretch = 0.01
	letterShrink  = 0.005
)

func wideClass(c class) bool {
	switch c {
	case clsIdeo, clsOpen, clsClose, clsStop, clsMiddle, clsDash, clsEllipsis, clsOther:
		return true
	}
	return false
}

func latinSideClass(c class, r rune) bool {
	return c == clsAlnum || ((c == clsPrefix || c == clsPostfix) && r < 0x2000)
}

// buildItems turns a paragraph into items. indent is the first-line
// indent in pt; where names a rune offset for warnings.
func buildItems(fs *faceSet, runs []textRun, size, indent float64, where func(pos int) string) []item {
	var sc itemScratch
	return sc.build(fs, runs, size, indent, where)
}

// itemScratch keeps the buffers of buildItems for reuse: the items it
// returns are valid until its next call.
type itemScratch struct {
	chars []char
	items []item
	links *linkTable // shared by the scratches of one document

	hyphenate bool             // set hyphenation points (justified Latin text)
	points    map[string][]int // hyphenation points of the words seen
	word      []rune

	// missing, when set, collects the characters no font has: paragraphs
	// set side by side record nothing in the face set, and their composer
	// records these in document order afterwards (ahead.go).
	missing *[]missingChar
}

// missingChar is a character drawn as the placeholder, and where it is.
type missingChar struct {
	r     rune
	pos   int
	where func(int) string
}

// linkTable numbers link targets, so that set glyphs refer to them by a
// small number and hold no pointers for the garbage collector to scan.
type linkTable struct {
	urls  []string
	index map[string]int32
}

// id returns the 1-based number of url (0 for none).
func (lt *linkTable) id(url string) int32 {
	if url == "" {
		return 0
	}
	if n, ok := lt.index[url]; ok {
		return n
	}
	if lt.index == nil {
		lt.index = map[string]int32{}
	}
	lt.urls = append(lt.urls, url)
	lt.index[url] = int32(len(lt.urls))
	return int32(len(lt.urls))
}

// url is the target of link number n.
func (lt *linkTable) url(n int32) string { return lt.urls[n-1] }

func (sc *itemScratch) build(fs *faceSet, runs []textRun, size, indent float64, where func(pos int) string) []item {
	if sc.links == nil {
		sc.links = &linkTable{}
	}
	sc.chars = collectChars(sc.chars, runs, sc.links, fs.latin)
	return sc.buildChars(fs, sc.chars, size, indent, where)
}

// buildChars is build for characters collected already: a whole
// paragraph, or a window of a long one.
func (sc *itemScratch) buildChars(fs *faceSet, chars []char, size, indent float64, where func(pos int) string) []item {
	items := sc.items[:0]
	if need := 2*len(chars) + 3; cap(items) < need {
		items = make([]item, 0, need)
	}
	if indent > 0 {
		items = append(items, item{kind: boxItem, width: indent, blank: true})
	}
	var prev char
	var prevGeo geometry
	for i, c := range chars {
		g := fs.glyphFor(c, size, where)
		if sc.missing != nil && fs.isPlaceholder(g, c.r) {
			*sc.missing = append(*sc.missing, missingChar{c.r, c.pos, where})
		}
		cls := c.cls
		geo := markGeometry(fs, g, cls)
		if c.style&inlineMono != 0 {
			geo = monoGeometry(g, c.r, size)
		}
		if i > 0 {
			switch {
			case (prev.style|c.style)&inlineNote != 0 && !c.breakBefore:
				items = append(items, noteGlue(prev, c, size))
			case prev.style&c.style&inlineMono != 0:
				items = append(items, monoGlue(prev, c))
			default:
				items = append(items, glueBetween(fs, prev, c, prevGeo, geo, size))
			}
		} else if indent > 0 {
			items = append(items, item{kind: glueItem, width: geo.blankBefore, shrink: geo.shrinkBefore})
		}
		items = append(items, item{kind: boxItem, width: geo.box, g: g, offset: geo.offset,
			mark: cls != clsIdeo && cls != clsAlnum && cls != clsOther, style: c.style, link: c.link})
		prev, prevGeo = c, geo
	}
	// The blank after the last mark is trimmed like at any line end.
	items = append(items, item{kind: glueItem, stretch: math.Inf(1), forced: true, breakable: true})
	if sc.hyphenate && fs.hyph != nil {
		sc.hyphenation(fs, items, chars, indent > 0, size, where)
	}
	sc.items = items
	return items
}

// hyphenPenalty is the cost of breaking a word at a hyphenation point
// (TeX's \hyphenpenalty); breaking after an explicit hyphen or dash costs
// dashPenalty (\exhyphenpenalty).
const (
	hyphenPenalty = 200
	dashPenalty   = 50
	doubleHyphen  = 3000 // demerits of two hyphenated lines in a row
)

// hyphenation makes the glue inside each word breakable at its
// hyphenation points. Item k (after the indent pair) is character k/2.
func (sc *itemScratch) hyphenation(fs *faceSet, items []item, chars []char, indented bool, size float64, where func(int) string) {
	first := 0
	if indented {
		first = 2
	}
	if sc.points == nil {
		sc.points = map[string][]int{}
	}
	for i := 0; i < len(chars); {
		if !unicode.IsLetter(chars[i].r) || chars[i].style&inlineMono != 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(chars) && !chars[j].spaceBefore && !chars[j].breakBefore &&
			(unicode.IsLetter(chars[j].r) || ((chars[j].r == '\'' || chars[j].r == '’') && j+1 < len(chars) && unicode.IsLetter(chars[j+1].r))) {
			j++
		}
		// A word glued to digits or other symbols (a code, a URL) is left whole.
		whole := (i > 0 && !chars[i].spaceBefore && (unicode.IsDigit(chars[i-1].r) || chars[i-1].r == '/' || chars[i-1].r == '_')) ||
			(j < len(chars) && !chars[j].spaceBefore && (unicode.IsDigit(chars[j].r) || chars[j].r == '/' || chars[j].r == '_' || chars[j].r == '@'))
		if j-i >= 5 && !whole {
			sc.word = sc.word[:0]
			for _, c := range chars[i:j] {
				sc.word = append(sc.word, c.r)
			}
			w := string(sc.word)
			pts, ok := sc.points[w]
			if !ok {
				pts = fs.hyph.Points(w)
				sc.points[w] = pts
			}
			for _, k := range pts {
				gl := &items[first+2*(i+k)-1]
				if gl.kind != glueItem || gl.breakable {
					continue
				}
				prev := chars[i+k-1]
				gl.breakable, gl.hyphen, gl.cost = true, true, hyphenPenalty
				gl.g = fs.resolve('-', prev.bold, prev.style&inlineEmph != 0, size, prev.pos, where)
			}
		}
		i = j
	}
}

// glyphFor resolves a character in the face and size its style asks for.
func (fs *faceSet) glyphFor(c char, size float64, where func(int) string) glyph {
	switch {
	case c.style&inlineNote != 0:
		return fs.resolve(c.r, false, false, size*noteScale, c.pos, where)
	case c.style&inlineMono != 0 && !c.bold:
		g := fs.resolveIn(fs.mono, c.r, size, c.pos, where)
		if int(g.face) == fs.mono[0] {
			g.size *= monoScale
			g.adv *= monoScale
		}
		return g
	}
	return fs.resolve(c.r, c.bold, c.style&inlineEmph != 0, size, c.pos, where)
}

// noteGlue joins a footnote mark to its neighbours: no space, no break
// before it (the mark belongs to the character it follows), a break after
// it where the next character may start a line.
func noteGlue(p, c char, size float64) item {
	gl := item{kind: glueItem, emergency: emergencyCost}
	if c.style&inlineNote == 0 {
		gl.breakable = !noStartClass(c.cls, c.r)
		if c.spaceBefore {
			gl.width, gl.stretch, gl.shrink, gl.space = 0.25*size, 0.1*size, 0.1*size, true
		}
	}
	return gl
}

// monoGeometry sets code on a grid: half-width characters in cells of half
// an em, wide ones in cells of an em, each glyph centred in its cell.
func monoGeometry(g glyph, r rune, size float64) geometry {
	cell := size / 2
	if wideClass(classOf(r)) && r >= 0x2E80 {
		cell = size
	}
	return geometry{box: cell, offset: (cell - g.adv) / 2}
}

// monoGlue joins two characters of code: no added space, no stretch, and
// a break only after a space (a last resort anywhere else).
func monoGlue(p, c char) item {
	gl := item{kind: glueItem, forced: c.breakBefore, emergency: urlCost}
	gl.breakable = gl.forced || (p.r == ' ' && c.r != ' ')
	if gl.forced {
		gl.stretch = math.Inf(1)
	}
	return gl
}

func glueBetween(fs *faceSet, p, c char, pg, cg geometry, em float64) item {
	pc, cc := p.cls, c.cls
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
	pl, cl := latinSideClass(pc, p.r), latinSideClass(cc, c.r)
	switch {
	case (pc == clsIdeo && cl) || (pl && cc == clsIdeo):
		gl.width += latinGap * em
		gl.stretch += latinGapPlus * em
		gl.shrink += latinGapMinus * em
		gl.space = c.spaceBefore
	case c.spaceBefore && !pw && !cw && fs.latin:
		// Word spaces of English book typesetting: 0.3 em, stretching to
		// 0.45 em and shrinking to 0.24 em within the first tolerance.
		gl.width = wordSpace * em
		gl.stretch = wordStretch * em
		gl.shrink = wordShrink * em
		gl.space = true
	case c.spaceBefore && !pw && !cw:
		sp := fs.space()
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
	if fs.latin && !pw && !cw && !c.spaceBefore && !c.breakBefore {
		// Letter spacing a hair looser or tighter (as font expansion
		// does) spares the word spaces of lines that are hard to fill.
		gl.stretch += letterStretch * em
		gl.shrink += letterShrink * em
	}
	cluster := sameDash ||
		(!pw && !cw && !c.spaceBefore) || // Latin words, numbers, URLs
		(pc == clsPrefix && cl)
	gl.breakable = !cluster && !noEndClass(pc, p.r) && !noStartClass(cc, c.r)
	gl.forced = c.breakBefore
	if gl.forced {
		gl.breakable = true
		gl.stretch = math.Inf(1)
	}
	if gl.breakable && pc == clsAlnum && p.r <= '9' && p.r >= '0' && cc == clsIdeo {
		gl.cost = numberUnit
	}
	if fs.latin && !gl.breakable && !c.spaceBefore && (p.r == '-' || p.r == '–' || p.r == '—') && unicode.IsLetter(c.r) {
		gl.breakable, gl.cost = true, dashPenalty // after the hyphen of a compound, or a dash
	}
	if !gl.breakable {
		gl.emergency = emergencyCost
		if !pw && !cw && (p.r == '/' || p.r == '.' || p.r == '-' || p.r == '_' || p.r == '?' || p.r == '&') {
			gl.emergency = urlCost
		}
	}
	return gl
}
