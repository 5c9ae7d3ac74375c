package layout

import (
	"fmt"
	"strings"

	"publish/doc"
)

// rowKind says what a row of a page holds.
type rowKind uint8

const (
	textRow rowKind = iota
	ruleRow         // a short centred rule (thematic break)
	tocRow          // a table-of-contents entry: text, leaders, page number
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

	para, lineNo, lines int  // paragraph identity and position, for widows and orphans
	keep                bool // heading or deck: keep with the next two lines
	newPage             bool // starts a page

	heading  int    // heading level of the block this row starts (0 = none)
	outline  string // bookmark title, on the first row of a heading
	anchor   int    // heading number, for TOC links; -1 none
	section  string // running-head text that this row starts
	tocEntry int    // for tocRow: the heading number it points to
	tocLevel int
}

// composer turns the document's blocks into rows.
type composer struct {
	fs      *faceSet
	p       paper
	rows    []row
	para    int
	heading int // number of headings with anchors so far
	toc     []tocItem
}

type tocItem struct {
	title string
	level int
	rows  []int // rows of the TOC entry
}

func (c *composer) where(block doc.Block) func(int) string {
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
}

func (c *composer) setParagraph(runs []textRun, st paraStyle, where func(int) string) []int {
	if st.bold {
		for i := range runs {
			runs[i].bold = true
		}
	}
	items := buildItems(c.fs, runs, st.size, st.indent, where)
	br := breakParagraph(items, st.width)
	lines := setLines(items, br, st.width, st.justify)
	c.para++
	var idx []int
	for k, ln := range lines {
		x := c.p.left + st.left
		if st.centre {
			x += (st.width - ln.width) / 2
		}
		r := row{kind: textRow, ln: ln, x: x, size: st.size, height: st.size * c.p.leading, gray: st.gray,
			para: c.para, lineNo: k, lines: len(lines), keep: st.keep, anchor: -1}
		if k == 0 {
			r.before = st.before
		}
		c.rows = append(c.rows, r)
		idx = append(idx, len(c.rows)-1)
	}
	return idx
}

func spansToRuns(spans []doc.Span) []textRun {
	runs := make([]textRun, 0, len(spans))
	for _, s := range spans {
		runs = append(runs, textRun{text: s.Text, bold: s.Style&doc.Strong != 0, link: s.Link})
	}
	return runs
}

// compose builds every row: title block, table of contents, body.
func compose(d *doc.Document, fs *faceSet, p paper, toc string) (*composer, error) {
	c := &composer{fs: fs, p: p}
	em := p.size
	m := p.measure()
	title, titleBlock := d.Meta.Title, -1
	for i, b := range d.Blocks {
		if b.Kind == doc.Heading && b.Level == 1 {
			title, titleBlock = b.Text(), i
			break
		}
	}
	// Title block.
	if title != "" {
		where := func(int) string { return "title" }
		var line0 doc.Block
		if titleBlock >= 0 {
			line0 = d.Blocks[titleBlock]
			where = c.where(line0)
		}
		idx := c.setParagraph([]textRun{{text: title}}, paraStyle{size: 2 * em, bold: true, width: m, centre: true, before: 0, keep: true}, where)
		c.rows[idx[0]].outline = title
		c.rows[idx[0]].heading = 1
		if d.Meta.Subtitle != "" {
			c.setParagraph([]textRun{{text: d.Meta.Subtitle}}, paraStyle{size: 1.25 * em, width: m, centre: true, before: 0.6 * em, keep: true}, func(int) string { return "subtitle" })
		}
		if d.Meta.Author != "" {
			c.setParagraph([]textRun{{text: d.Meta.Author}}, paraStyle{size: em, width: m, centre: true, gray: true, before: 0.8 * em}, func(int) string { return "author" })
		}
	}
	// Table of contents.
	sections := 0
	for _, b := range d.Blocks {
		if b.Kind == doc.Heading && b.Level >= 2 {
			sections++
		}
	}
	showTOC := toc == "on" || (toc == "auto" && sections >= 3)
	if showTOC && sections > 0 {
		c.setParagraph([]textRun{{text: "目录"}}, paraStyle{size: 1.3 * em, bold: true, width: m, centre: true, before: 2.5 * em, keep: true}, func(int) string { return "contents" })
		n := 0
		for _, b := range d.Blocks {
			if b.Kind != doc.Heading || b.Level < 2 {
				continue
			}
			left := float64(b.Level-2) * 2 * em
			// Leave room for leaders and the page number.
			idx := c.setParagraph([]textRun{{text: b.Text()}}, paraStyle{size: em, width: m - left - 4*em, left: left, before: 0.2 * em}, c.where(b))
			for _, i := range idx {
				c.rows[i].kind = tocRow
				c.rows[i].tocEntry = n
				c.rows[i].tocLevel = b.Level
			}
			n++
		}
	}
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
		switch b.Kind {
		case doc.Heading:
			st := paraStyle{size: 1.3 * em, bold: true, width: m, centre: true, before: 1.4 * em, keep: true}
			if b.Level >= 3 {
				st = paraStyle{size: 1.1 * em, bold: true, width: m, before: 0.8 * em, keep: true}
			}
			if b.Level == 1 {
				st.size = 1.6 * em
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
		case doc.Deck:
			idx := c.setParagraph(runs, paraStyle{size: 1.05 * em, gray: true, width: m - 4*em, left: 2 * em, centre: true, keep: true}, where)
			if len(idx) > 0 {
				last := &c.rows[idx[len(idx)-1]]
				last.height += 0.5 * em
			}
		case doc.Quote:
			c.setParagraph(runs, paraStyle{size: em, width: m - 4*em, left: 2 * em, indent: 2 * em, justify: true}, where)
		case doc.ListItem:
			lv := float64(max(b.Level-1, 1)) * 2 * em
			c.setParagraph(runs, paraStyle{size: em, width: m - lv, left: lv, justify: true}, where)
		case doc.Code:
			for _, l := range strings.Split(b.Text(), "\n") {
				if strings.TrimSpace(l) == "" {
					l = "\u00a0"
				}
				c.setParagraph([]textRun{{text: l}}, paraStyle{size: 0.9 * em, width: m}, where)
			}
		case doc.Rule:
			c.rows = append(c.rows, row{kind: ruleRow, height: 2 * em, size: em, anchor: -1, para: -1})
		default:
			c.setParagraph(runs, paraStyle{size: em, width: m, indent: 2 * em, justify: true}, where)
		}
		if first && len(c.rows) > start && (showTOC && sections > 0) {
			c.rows[start].newPage = true
		}
		if len(c.rows) > start {
			first = false
		}
	}
	return c, nil
}
