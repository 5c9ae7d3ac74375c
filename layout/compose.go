package layout

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cjk-publish/publish/markdown"
)

// rowKind says what a row of a page holds.
type rowKind uint8

const (
	textRow  rowKind = iota
	ruleRow          // a short centred rule (thematic break, title page)
	tocRow           // a table-of-contents entry: text, leaders, page number
	spaceRow         // blank space that is kept at the top of a page
	tableRow         // one row of a table, all its cells (table.go)
	imageRow         // a figure's picture (image.go)
)

// row is one line of a page: set text plus what pagination and drawing
// need to know about it.
type row struct {
	kind   rowKind
	ln     line
	x      float64 // left edge of the line box on the page, pt
	size   float64 // font size, pt
	height float64 // baseline-to-baseline advance, pt
	before float64 // extra space above (dropped at the top of a page)
	gray   bool
	tint   bool // code: a tinted panel behind the row
	span   bool // in two columns: runs across both
	front  bool // title or contents page: no running head

	para, lineNo, lines int  // paragraph identity and position, for widows and orphans
	keep                bool // heading or deck: keep with the next two lines
	newPage             bool // starts a page

	heading int   // heading level of the block this row starts (0 = none)
	anchor  int   // heading number, for TOC links; -1 none
	notes   []int // footnotes first cited on this row

	// What few rows have (see rowExtra): a long document has a row per
	// line, so the common row stays small.
	extra *rowExtra

	tag     int32 // structure element of the text; -1: an artifact
	markTag int32 // structure element of the list marker
	recipe  int32 // lean rows: 1 + the recipe that sets ln's glyphs again; 0: ln has them
}

// rowExtra holds what only some rows have: list markers, headings'
// bookmarks, anchors and running heads, contents entries, tables,
// figures, rules and tinted panels.
type rowExtra struct {
	marker  line    // list marker, drawn in the hanging indent
	markerX float64 // left edge of the marker

	outline  string // bookmark title, on the first row of a heading
	id       string // heading ID, for links inside the document
	section  string // running-head text that this row starts
	tocEntry int    // for tocRow: the heading number it points to
	tocLevel int

	tbl  *tableRowData // tableRow
	img  *figureData   // imageRow
	rule float64       // ruleRow: length of the rule, pt
	boxW float64       // width of the tinted panel, pt, from half an em left of x
}

// noExtra is what a row without extras reads; it is never written.
var noExtra rowExtra

// more is r's extras, to read.
func (r *row) more() *rowExtra {
	if r.extra == nil {
		return &noExtra
	}
	return r.extra
}

// ext is r's extras, to write: made on first use.
func (r *row) ext() *rowExtra {
	if r.extra == nil {
		r.extra = &rowExtra{}
	}
	return r.extra
}

// composer turns the document's blocks into rows.
type composer struct {
	fs      *faceSet
	p       paper
	rows    []row
	para    int
	heading int // number of headings with anchors so far
	scratch itemScratch
	breaker breaker
	links   linkTable
	cols    int             // 1, or 2 for two columns
	ahead   map[int]setPara // body paragraphs set in parallel, by block index
	aheadTo int             // blocks before this one were considered for setting ahead
	doc     *markdown.Document
	tags    *tagTree
	curTag  int // element of the rows being added; -1: artifacts

	lean    bool // rows drop their glyphs (see lean.go)
	recipes []paraRecipe
	used    *usedSet // the characters of the glyphs dropped

	notes    [][]row        // footnote rows, per note (index n-1), while composing
	flow     int            // rows of the text; the footnotes' rows follow
	noteRows [][]int        // the rows of each footnote
	anchors  map[string]int // link targets inside the document -> anchor number
	warn     []string
}

func (c *composer) where(block markdown.Block) func(int) string {
	return func(pos int) string { return fmt.Sprintf("line %d char %d", block.Line, pos) }
}

// paragraph sets text into rows with the given style.
type paraStyle struct {
	size       float64
	bold, gray bool
	indent     float64 // first-line indent, pt
	left       float64 // extra left margin, pt
	width      float64 // measure, pt
	centre     bool
	right      bool // flush right (table cells)
	justify    bool
	before     float64
	keep       bool
	front      bool
	tint       bool
}

// box is the horizontal extent blocks are set in, relative to the left
// edge of the text block: quotes and list items narrow it.
type box struct{ left, width float64 }

func (c *composer) setParagraph(runs []textRun, st paraStyle, where func(int) string) []int {
	return c.addLines(c.setText(&c.scratch, &c.breaker, runs, st, where), st)
}

// addLines turns a set paragraph into rows.
func (c *composer) addLines(p setPara, st paraStyle) []int {
	c.para++
	var idx []int
	lines, recipe := p.lines, c.keep(p)
	for k, ln := range lines {
		x := c.p.left + st.left
		switch {
		case st.centre:
			x += (st.width - ln.width) / 2
		case st.right:
			x += st.width - ln.width
		}
		r := row{kind: textRow, ln: ln, x: x, size: st.size, height: st.size * c.p.leading, gray: st.gray,
			para: c.para, lineNo: k, lines: len(lines), keep: st.keep, anchor: -1, front: st.front, tint: st.tint,
			tag: int32(c.curTag), markTag: -1, recipe: recipe[k]}
		if k < len(p.cites) {
			r.notes = p.cites[k] // a lean line's footnote marks, for markCitations
		}
		if k == 0 {
			r.before = st.before
		}
		c.rows = append(c.rows, r)
		idx = append(idx, len(c.rows)-1)
	}
	return idx
}

// spansToRuns maps the model's spans to runs: footnote marks become their
// numbers, linked to the footnote.
func spansToRuns(spans []markdown.Span) []textRun {
	runs := make([]textRun, 0, len(spans))
	for i, s := range spans {
		if s.Note > 0 {
			t := itoa(s.Note)
			if i > 0 && spans[i-1].Note > 0 {
				t = "," + t // marks in a row stay apart
			}
			runs = append(runs, textRun{text: t, style: inlineNote, link: noteTarget(s.Note)})
			continue
		}
		var st inline
		if s.Style&markdown.Emph != 0 {
			st |= inlineEmph
		}
		if s.Style&markdown.Mono != 0 {
			st |= inlineMono
		}
		runs = append(runs, textRun{text: s.Text, bold: s.Style&markdown.Strong != 0, style: st, link: s.Link})
	}
	return runs
}

// compose builds every row: title block, table of contents, body, and
// the footnotes (after the body's rows; with two columns they follow the
// text as endnotes). A lean composer's rows keep no glyphs (lean.go).
func compose(d *markdown.Document, fs *faceSet, p paper, toc string, cols int, lean bool) (*composer, error) {
	c := &composer{fs: fs, p: p, doc: d, notes: make([][]row, len(d.Notes)), tags: newTagTree(), curTag: -1, cols: max(cols, 1), lean: lean}
	// Every line the composer sets numbers its links in one table, the
	// one citations and annotations read, whichever scratch set it first.
	c.scratch.links = &c.links
	if lean {
		c.used = &usedSet{}
	}
	sections := 0
	for _, b := range d.Blocks {
		if b.Kind == markdown.Heading && b.Level >= 2 {
			sections++
		}
	}
	// A short document is not worth a title page and a contents page:
	// its title block heads the first page of text.
	showTOC := sections > 0 && (toc == "on" || (toc == "auto" && sections >= 3 && textPages(d, fs, p) >= minPagesForContents))
	tb := d.TitleBlock()
	skip := map[int]bool{tb.Block: true}
	for _, i := range tb.Front {
		skip[i] = true
	}
	c.titleBlock(d, tb, showTOC)
	if showTOC {
		c.contents(d)
	}
	for i := range c.rows {
		c.rows[i].span = true // the title block and the contents run across the columns
	}
	// Body.
	first := true
	col, full := box{0, c.colMeasure()}, box{0, p.measure()}
	for i := range d.Blocks {
		if i >= c.aheadTo {
			c.setAhead(d, skip, i)
		}
		if skip[i] {
			continue
		}
		start := len(c.rows)
		b := &d.Blocks[i]
		bx := col
		if c.spans(b) {
			bx = full
		}
		c.block(b, bx, 0, i, 0)
		c.tags.close()
		if c.spans(b) {
			for k := start; k < len(c.rows); k++ {
				c.rows[k].span = true
			}
		}
		if first && len(c.rows) > start && showTOC {
			c.rows[start].newPage = true
		}
		if len(c.rows) > start {
			first = false
		}
	}
	c.setNotes()
	c.markCitations()
	c.flow = len(c.rows)
	c.noteRows = make([][]int, len(c.notes))
	for k, rows := range c.notes {
		for _, r := range rows {
			if c.cols == 2 {
				// Two columns: no foot of the page to set them at; the notes
				// follow the text, numbered as the marks are.
				r.para, r.keep = -1, false
				c.rows = append(c.rows, r)
				continue
			}
			c.noteRows[k] = append(c.noteRows[k], len(c.rows))
			c.rows = append(c.rows, r)
		}
	}
	if c.cols == 2 {
		for i := range c.rows {
			c.rows[i].notes = nil
		}
		c.flow = len(c.rows)
	}
	c.anchors = map[string]int{}
	for i, r := range c.rows {
		if id := r.more().id; id != "" {
			c.anchors["#"+strings.TrimPrefix(id, "#")] = anchorBase + i
		}
	}
	return c, nil
}

// anchorBase numbers the anchors of links inside the document apart from
// the headings' contents anchors.
const anchorBase = 1 << 24

// colMeasure is the width of a column of body text.
func (c *composer) colMeasure() float64 {
	if c.cols == 2 {
		return float64(columnEms(c.p)) * c.p.size
	}
	return c.p.measure()
}

// spans reports blocks that run across both columns: section headings
// and their decks, thematic breaks, tables and figures.
func (c *composer) spans(b *markdown.Block) bool {
	switch b.Kind {
	case markdown.Heading:
		return b.Level <= 2
	case markdown.Deck, markdown.Rule, markdown.Table, markdown.Figure:
		return true
	}
	return false
}

// block sets one block in bx. depth counts the lists around it; top is
// the block's index in the document's top level (-1 when nested), under
// which it may have been set ahead; parent is the structure element the
// block's own element goes in.
func (c *composer) block(b *markdown.Block, bx box, depth, top, parent int) {
	em := c.p.size
	runs := spansToRuns(b.Spans)
	where := c.where(*b)
	switch b.Kind {
	case markdown.Heading:
		c.curTag = c.tags.add("H"+strconv.Itoa(min(max(b.Level, 1), 3)), parent)
		st := paraStyle{size: 1.3 * em, bold: true, width: bx.width, left: bx.left, centre: true, before: 1.4 * em, keep: true}
		if b.Level >= 3 || top < 0 {
			st = paraStyle{size: 1.1 * em, bold: true, width: bx.width, left: bx.left, before: 0.8 * em, keep: true}
		}
		if b.Level == 1 && top >= 0 {
			st.size = 1.6 * em
		}
		if st.centre {
			runs = c.balanced(runs, st)
		}
		idx := c.setParagraph(runs, st, where)
		r := &c.rows[idx[0]]
		if b.ID != "" {
			r.ext().id = b.ID
		}
		if top >= 0 {
			r.heading, r.ext().outline = b.Level, clipRunes(b.Text(), maxOutline)
			if b.Level >= 2 {
				r.anchor = c.heading
				c.heading++
			}
			if b.Level == 2 {
				r.ext().section = clipRunes(b.Text(), 5*maxOutline) // set shorter still, to the measure, as a running head
			}
		}
	case markdown.Deck:
		c.curTag = c.tags.add("Deck", parent)
		// The deck is styled as a whole; emphasis dots would be noise.
		for k := range runs {
			runs[k].style &^= inlineEmph
		}
		idx := c.setParagraph(runs, paraStyle{size: 1.05 * em, gray: true, width: bx.width - 4*em, left: bx.left + 2*em, centre: true, keep: true}, where)
		if len(idx) > 0 {
			last := &c.rows[idx[len(idx)-1]]
			last.height += 0.5 * em
		}
	case markdown.Quote:
		c.quote(b, bx, depth, c.tags.add("BlockQuote", parent))
	case markdown.List:
		c.list(b, bx, depth, c.tags.add("L", parent))
	case markdown.Code:
		c.curTag = c.tags.add("Code", parent)
		c.code(b, bx, where)
	case markdown.Rule:
		c.rows = append(c.rows, c.ruleAt(bx, 6*em, 2*em))
	case markdown.Table:
		c.table(b, bx, where, c.tags.add("Table", parent))
	case markdown.Figure:
		c.figure(b, bx, where, parent)
	default:
		c.curTag = c.tags.add("P", parent)
		st := c.paragraphStyle(b, bx, top > 0 && c.doc.Blocks[top-1].Kind == markdown.Paragraph)
		var lines setPara
		if top >= 0 {
			lines = c.bodyLines(top, runs, st, where)
		} else {
			lines = c.setText(&c.scratch, &c.breaker, runs, st, where)
		}
		c.addLines(lines, st)
	}
}

// paragraphStyle is the style of a body paragraph in bx: justified with a
// 2-em first-line indent (Latin text: about an em, none but after another
// paragraph), the salutation flush left without one.
func (c *composer) paragraphStyle(b *markdown.Block, bx box, afterParagraph bool) paraStyle {
	em := c.p.size
	st := paraStyle{size: em, width: bx.width, left: bx.left, indent: 2 * em, justify: true}
	if c.fs.latin {
		st.indent = 0
		if afterParagraph {
			st.indent = latinIndent * em
		}
	}
	if b.Role == markdown.Salutation {
		st.indent = 0
		st.before = 0.5 * em
	}
	return st
}

// ruleAt is a short rule centred in bx, an artifact.
func (c *composer) ruleAt(bx box, length, height float64) row {
	r := row{kind: ruleRow, height: height, size: c.p.size, x: c.p.left + bx.left + (bx.width-length)/2, anchor: -1, para: -1, tag: -1}
	r.ext().rule = length
	return r
}

// space is blank space between blocks (dropped at the top of a page).
func (c *composer) space(h float64) {
	c.rows = append(c.rows, row{kind: spaceRow, height: h, anchor: -1, para: -1, tag: -1})
}

// quote sets a block quote indented two characters on both sides, with
// air above and below; its paragraphs have no first-line indent and are
// set apart by a little space instead.
func (c *composer) quote(b *markdown.Block, bx box, depth, elem int) {
	em := c.p.size
	inner := box{bx.left + 2*em, bx.width - 4*em}
	if inner.width < 8*em {
		inner = box{bx.left + em, bx.width - em}
	}
	c.space(0.5 * em)
	c.inset(b.Blocks, inner, depth, em, 0.4*em, elem)
	c.space(0.5 * em)
}

// inset sets the blocks of a quote, a list item or a footnote in bx, as
// children of structure element parent: their paragraphs without
// first-line indent, set apart by gap, at size.
func (c *composer) inset(blocks []markdown.Block, bx box, depth int, size, gap float64, parent int) {
	for k := range blocks {
		blk := &blocks[k]
		if blk.Kind != markdown.Paragraph {
			c.block(blk, bx, depth, -1, parent)
			continue
		}
		c.curTag = c.tags.add("P", parent)
		st := paraStyle{size: size, width: bx.width, left: bx.left, justify: true}
		if k > 0 {
			st.before = gap
		}
		c.setParagraph(spansToRuns(blk.Spans), st, c.where(*blk))
	}
}

// bullets mark the items of unordered lists by depth, as HTML's disc,
// circle and square do.
var bullets = []string{"•", "◦", "▪"}

// list sets each item with a hanging indent: the marker sits in the
// indent, every line of the item starts at the same edge. Nested lists
// indent further. Each item is an LI of list element elem, with its
// marker as Lbl and its content as LBody.
func (c *composer) list(b *markdown.Block, bx box, depth, elem int) {
	em := c.p.size
	markers := make([]line, len(b.Items))
	lv := 2 * em
	for i := range b.Items {
		m := markdown.ListMarker(b, i)
		if !b.Ordered {
			m = bullets[depth%len(bullets)]
		}
		markers[i] = singleLine(c.fs, m, em, false)
		// Long numbers ("10.", "100.") widen the indent rather than collide.
		lv = max(lv, markers[i].width+0.5*em)
	}
	inner := box{bx.left + lv, bx.width - lv}
	for i, it := range b.Items {
		li := c.tags.add("LI", elem)
		lbl := c.tags.add("Lbl", li)
		body := c.tags.add("LBody", li)
		start := len(c.rows)
		c.inset(it, inner, depth+1, em, 0.3*em, body)
		for r := start; r < len(c.rows); r++ {
			if c.rows[r].kind == textRow || c.rows[r].kind == tocRow {
				e := c.rows[r].ext()
				e.marker = markers[i]
				e.markerX = c.p.left + inner.left - 0.5*em - markers[i].width
				c.rows[r].markTag = int32(lbl)
				break
			}
		}
	}
}

// code sets a code block line by line: breaks kept, no justification,
// fixed cells, a tinted panel.
func (c *composer) code(b *markdown.Block, bx box, where func(int) string) {
	em := c.p.size
	lines := strings.Split(strings.TrimRight(b.Text(), "\n"), "\n")
	for k, l := range lines {
		if strings.TrimSpace(l) == "" {
			l = "\u00a0"
		}
		st := paraStyle{size: 0.9 * em, width: bx.width - em, left: bx.left + 0.5*em, tint: true}
		if k == 0 {
			st.before = 0.4 * em
		}
		idx := c.setParagraph([]textRun{{text: l, style: inlineMono}}, st, where)
		for _, i := range idx {
			c.rows[i].height = 0.9 * em * 1.45
			c.rows[i].ext().boxW = bx.width
		}
	}
	// Air between the panel and the text after it.
	c.space(0.4 * em)
}
