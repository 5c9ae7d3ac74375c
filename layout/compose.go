package layout

import (
	"fmt"
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
	tint   bool    // code: a tinted panel behind the row
	rule   float64 // ruleRow: length of the rule, pt
	boxW   float64 // width of the tinted panel, pt
	span   bool    // in two columns: runs across both
	front  bool    // title or contents page: no running head

	marker  line    // list marker, drawn in the hanging indent
	markerX float64 // left edge of the marker

	para, lineNo, lines int  // paragraph identity and position, for widows and orphans
	keep                bool // heading or deck: keep with the next two lines
	newPage             bool // starts a page

	heading  int    // heading level of the block this row starts (0 = none)
	outline  string // bookmark title, on the first row of a heading
	anchor   int    // heading number, for TOC links; -1 none
	section  string // running-head text that this row starts
	tocEntry int    // for tocRow: the heading number it points to
	tocLevel int

	tag     int32 // structure element of the text; -1: an artifact
	markTag int32 // structure element of the list marker
}

// composer turns the document's blocks into rows.
type composer struct {
	fs      *faceSet
	p       paper
	rows    []row
	para    int
	heading int // number of headings with anchors so far
	toc     []tocItem
	scratch itemScratch
	breaker breaker
	links   linkTable
	cols    int            // 1, or 2 for two columns
	ahead   map[int][]line // body paragraphs set in parallel, by block index
	tags    *tagTree
	curTag  int // element of the rows being added; -1: artifacts
}

type tocItem struct {
	title string
	level int
	rows  []int // rows of the TOC entry
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
	justify    bool
	before     float64
	keep       bool
	front      bool
	tint       bool
}

func (c *composer) setParagraph(runs []textRun, st paraStyle, where func(int) string) []int {
	return c.addLines(c.setText(&c.scratch, &c.breaker, runs, st, where), st)
}

// setText breaks and justifies a paragraph using the given scratch memory.
func (c *composer) setText(sc *itemScratch, bk *breaker, runs []textRun, st paraStyle, where func(int) string) []line {
	if st.bold {
		for i := range runs {
			runs[i].bold = true
		}
	}
	if sc.links == nil {
		sc.links = &c.links
	}
	sc.hyphenate = st.justify
	items := sc.build(c.fs, runs, st.size, st.indent, where)
	br := bk.breakParagraph(items, st.width)
	bk.sums = prefixSums(items, bk.sums)
	return setLinesWith(items, bk.sums, br, st.width, st.justify)
}

// addLines turns a set paragraph into rows.
func (c *composer) addLines(lines []line, st paraStyle) []int {
	c.para++
	var idx []int
	for k, ln := range lines {
		x := c.p.left + st.left
		if st.centre {
			x += (st.width - ln.width) / 2
		}
		r := row{kind: textRow, ln: ln, x: x, size: st.size, height: st.size * c.p.leading, gray: st.gray,
			para: c.para, lineNo: k, lines: len(lines), keep: st.keep, anchor: -1, front: st.front, tint: st.tint,
			tag: int32(c.curTag), markTag: -1}
		if k == 0 {
			r.before = st.before
		}
		c.rows = append(c.rows, r)
		idx = append(idx, len(c.rows)-1)
	}
	return idx
}

func spansToRuns(spans []markdown.Span) []textRun {
	runs := make([]textRun, 0, len(spans))
	for _, s := range spans {
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

// compose builds every row: title block, table of contents, body.
func compose(d *markdown.Document, fs *faceSet, p paper, toc string, cols int) (*composer, error) {
	c := &composer{fs: fs, p: p, tags: newTagTree(), curTag: -1, cols: max(cols, 1)}
	em := p.size
	m := p.measure()
	titleBlock := -1
	for i, b := range d.Blocks {
		if b.Kind == markdown.Heading && b.Level == 1 {
			titleBlock = i
			break
		}
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
	c.titleBlock(d, titleBlock, showTOC)
	if showTOC {
		c.contents(d)
	}
	for i := range c.rows {
		c.rows[i].span = true // the title block and the contents run across the columns
	}
	c.setAhead(d, titleBlock)
	// Body.
	first := true
	headingNo := 0
	for i, b := range d.Blocks {
		if i == titleBlock {
			continue
		}
		start := len(c.rows)
		runs := spansToRuns(b.Spans)
		where := c.where(b)
		text, marker := c.tags.block(b)
		c.curTag = text
		switch b.Kind {
		case markdown.Heading:
			st := paraStyle{size: 1.3 * em, bold: true, width: m, centre: true, before: 1.4 * em, keep: true}
			if b.Level >= 3 {
				st = paraStyle{size: 1.1 * em, bold: true, width: c.colMeasure(), before: 0.8 * em, keep: true}
			}
			if b.Level == 1 {
				st.size = 1.6 * em
			}
			if st.centre {
				runs = c.balanced(runs, st)
			}
			idx := c.setParagraph(runs, st, where)
			r := &c.rows[idx[0]]
			r.heading, r.outline = b.Level, b.Text()
			if b.Level >= 2 {
				r.anchor = headingNo
				headingNo++
			}
			if b.Level == 2 {
				r.section = b.Text()
			}
		case markdown.Deck:
			// The deck is styled as a whole; emphasis dots would be noise.
			for k := range runs {
				runs[k].style &^= inlineEmph
			}
			idx := c.setParagraph(runs, paraStyle{size: 1.05 * em, gray: true, width: m - 4*em, left: 2 * em, centre: true, keep: true}, where)
			if len(idx) > 0 {
				last := &c.rows[idx[len(idx)-1]]
				last.height += 0.5 * em
			}
		case markdown.Quote:
			st, _ := c.textStyle(d, i)
			c.addLines(c.bodyLines(i, runs, st, where), st)
		case markdown.ListItem:
			c.listItem(b, runs, where, marker)
		case markdown.Code:
			c.code(b, where)
		case markdown.Rule:
			c.rows = append(c.rows, row{kind: ruleRow, height: 2 * em, size: em, rule: 6 * em, anchor: -1, para: -1, tag: -1})
		default:
			st, _ := c.textStyle(d, i)
			c.addLines(c.bodyLines(i, runs, st, where), st)
		}
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
	return c, nil
}

// colMeasure is the width of a column of body text.
func (c *composer) colMeasure() float64 {
	if c.cols == 2 {
		return float64(columnEms(c.p)) * c.p.size
	}
	return c.p.measure()
}

// spans reports blocks that run across both columns: section headings
// and their decks, and thematic breaks.
func (c *composer) spans(b markdown.Block) bool {
	switch b.Kind {
	case markdown.Heading:
		return b.Level <= 2
	case markdown.Deck, markdown.Rule:
		return true
	}
	return false
}

// listItem sets a list paragraph with a hanging indent: the marker sits in
// the indent, every line of the text starts at the same edge.
func (c *composer) listItem(b markdown.Block, runs []textRun, where func(int) string, tag int) {
	em := c.p.size
	lv := float64(max(b.Level, 1)) * 2 * em
	marker := strings.TrimSpace(b.Marker)
	var mk line
	if marker != "" {
		mk = singleLine(c.fs, marker, em, false)
		// Long numbers ("10.", "100.") widen the indent rather than collide.
		if mk.width+0.5*em > 2*em {
			lv += mk.width + 0.5*em - 2*em
		}
	}
	idx := c.setParagraph(runs, paraStyle{size: em, width: c.colMeasure() - lv, left: lv, justify: true}, where)
	if marker != "" && len(idx) > 0 {
		r := &c.rows[idx[0]]
		r.marker, r.markerX = mk, r.x-0.5*em-mk.width
		r.markTag = int32(tag)
	}
}

// code sets a code block line by line: breaks kept, no justification,
// fixed cells, a tinted panel.
func (c *composer) code(b markdown.Block, where func(int) string) {
	em := c.p.size
	lines := strings.Split(strings.TrimRight(b.Text(), "\n"), "\n")
	for k, l := range lines {
		if strings.TrimSpace(l) == "" {
			l = "\u00a0"
		}
		st := paraStyle{size: 0.9 * em, width: c.colMeasure() - em, left: 0.5 * em, tint: true}
		if k == 0 {
			st.before = 0.4 * em
		}
		idx := c.setParagraph([]textRun{{text: l, style: inlineMono}}, st, where)
		for _, i := range idx {
			c.rows[i].height = 0.9 * em * 1.45
			c.rows[i].boxW = c.colMeasure()
		}
	}
	// Air between the panel and the text after it.
	c.rows = append(c.rows, row{kind: spaceRow, height: 0.4 * em, anchor: -1, para: -1, tag: -1})
}
