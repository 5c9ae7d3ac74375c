package layout

import (
	"math"

	"github.com/cjk-publish/publish/markdown"
)

// The front matter of the PDF: a title page (or, for short documents, a
// title block at the head of the first page) and the table of contents on
// pages of its own.

// titleBlock sets the document title, subtitle, the front block's
// dateline, speaker, byline and source lines (centred, smaller, in the
// body face), a rule, the author (unless the front block names the
// speaker or has a byline) and the date. With a table of contents it
// fills a page of its own, the title a third of the way down, as a book's
// title page does.
func (c *composer) titleBlock(d *markdown.Document, tb markdown.TitleBlock, ownPage bool) {
	em, m := c.p.size, c.p.measure()
	title := tb.TitleText()
	where := func(int) string { return "title" }
	if tb.Block >= 0 {
		where = c.where(d.Blocks[tb.Block])
	}
	if title == "" {
		return
	}
	size, gap := 2*em, 1.0
	if ownPage {
		size, gap = 2.2*em, 1.6
		// The title's first baseline sits near a third of the text block.
		c.rows = append(c.rows, row{kind: spaceRow, height: 0.3*(c.p.h-c.p.top-c.p.bottom) - size, anchor: -1, para: -1, front: true, keep: true, tag: -1})
	}
	st := paraStyle{size: size, bold: true, width: m - 2*em, left: em, centre: true, keep: true, front: ownPage}
	defer c.tags.close()
	c.curTag = c.tags.add("H1", 0)
	runs := spansToRuns(tb.Title)
	for i := range runs {
		runs[i].style &^= inlineEmph
	}
	idx := c.setParagraph(c.balanced(clipRuns(c.fs, runs, true, size, m-2*em, 4), st), st, where)
	c.rows[idx[0]].ext().outline = clipRunes(title, maxOutline)
	c.rows[idx[0]].heading = 1
	if tb.Block >= 0 {
		c.rows[idx[0]].ext().id = d.Blocks[tb.Block].ID
	}
	if tb.Subtitle != "" {
		st := paraStyle{size: 1.25 * em, width: m, centre: true, before: 0.5 * gap * em, keep: true, front: ownPage}
		c.curTag = c.tags.add("Subtitle", 0)
		c.setParagraph(c.balanced([]textRun{{text: c.fs.clip(tb.Subtitle, false, 1.25*em, m, 3)}}, st), st, func(int) string { return "subtitle" })
	}
	for k, i := range tb.Front {
		b := d.Blocks[i]
		st := paraStyle{size: 1.05 * em, width: m - 2*em, left: em, centre: true, before: 0.3 * gap * em, keep: true, front: ownPage}
		if k == 0 {
			st.before = 0.8 * gap * em
		}
		c.curTag = c.tags.add("P", 0)
		c.setParagraph(spansToRuns(b.Spans), st, c.where(b))
	}
	if ownPage || tb.Author != "" {
		r := row{kind: ruleRow, x: c.p.left + (m-8*em)/2, height: 1.2 * gap * em, size: em, before: 0.4 * gap * em, anchor: -1, para: -1, keep: true, front: ownPage, tag: -1}
		r.ext().rule = 8 * em
		c.rows = append(c.rows, r)
	}
	if tb.Author != "" {
		c.curTag = c.tags.add("Author", 0)
		c.setParagraph([]textRun{{text: c.fs.clip(tb.Author, false, 1.1*em, m, 2)}}, paraStyle{size: 1.1 * em, width: m, centre: true, gray: true, keep: ownPage, front: ownPage}, func(int) string { return "author" })
	}
	if ownPage && d.Meta.Date != "" {
		c.curTag = c.tags.add("Date", 0)
		c.setParagraph([]textRun{{text: c.fs.clip(d.Meta.Date, false, 0.95*em, m, 1)}}, paraStyle{size: 0.95 * em, width: m, centre: true, gray: true, before: 0.3 * em, front: true}, func(int) string { return "date" })
	}
	if ownPage && d.Meta.Description != "" && d.Meta.Description != d.Meta.Subtitle {
		c.curTag = c.tags.add("P", 0)
		c.setParagraph([]textRun{{text: c.fs.clip(d.Meta.Description, false, 0.95*em, m-8*em, 6)}}, paraStyle{size: 0.95 * em, width: m - 8*em, left: 4 * em, gray: true, centre: true, before: 3 * em, front: true}, func(int) string { return "description" })
	}
	if !ownPage && len(c.rows) > 0 {
		// Air between the title block and the text.
		c.rows[len(c.rows)-1].height += 0.6 * em
	}
}

// minPagesForContents is the number of pages of text from which a
// document gets a title page and a contents page of their own.
const minPagesForContents = 4

// textPages estimates how many pages the blocks of d fill: each block's
// natural width over the measure gives its lines.
func textPages(d *markdown.Document, fs *faceSet, p paper) float64 {
	em, m := p.size, p.measure()
	height := 0.0
	for _, b := range d.Blocks {
		w := 2 * em
		for _, r := range b.Text() {
			a := fs.advance(fs.body[0], r)
			if a <= 0 {
				a = 1
			}
			w += a * em
		}
		size := em
		if b.Kind == markdown.Heading {
			size = 1.3 * em
			height += 1.4 * em
		}
		height += math.Ceil(w*size/em/m) * size * p.leading
	}
	return height / (p.h - p.top - p.bottom)
}

// contents sets the table of contents on a new page: one entry per ## and
// ### heading, subsections indented under their section, room kept on the
// right for the leaders and the page number.
func (c *composer) contents(d *markdown.Document) {
	em, m := c.p.size, c.p.measure()
	c.curTag = c.tags.add("P", 0)
	toc := c.tags.add("TOC", 0)
	idx := c.setParagraph([]textRun{{text: markdown.LabelsFor(d.Meta.Lang).Contents}}, paraStyle{size: 1.4 * em, bold: true, width: m, centre: true, keep: true, front: true}, func(int) string { return "contents" })
	c.rows[idx[0]].newPage = true
	c.rows[idx[len(idx)-1]].height += 1.2 * em
	n := 0
	for _, b := range d.Blocks {
		if b.Kind != markdown.Heading || b.Level < 2 {
			continue
		}
		left := float64(b.Level-2) * 2 * em
		st := paraStyle{size: em, width: m - left - 4*em, left: left, before: 0.5 * em, front: true}
		if b.Level >= 3 {
			st.before = 0.1 * em
		}
		c.curTag = c.tags.add("Link", c.tags.add("TOCI", toc))
		runs := clipRuns(c.fs, spansToRuns(b.Spans), false, st.size, st.width, 2)
		for i := range runs {
			runs[i].link = "" // the entry itself links to the heading
		}
		idx := c.setParagraph(runs, st, c.where(b))
		for _, i := range idx {
			c.rows[i].kind = tocRow
			c.rows[i].ext().tocEntry = n
			c.rows[i].ext().tocLevel = b.Level
		}
		n++
	}
}
