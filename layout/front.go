package layout

import (
	"math"
	"strings"

	"github.com/cjk-publish/publish/markdown"
)

// The front matter of the PDF: a title page (or, for short documents, a
// title block at the head of the first page) and the table of contents on
// pages of its own.

// titleBlock sets the document title, subtitle, a rule, the author and the
// date. With a table of contents it fills a page of its own, the title a
// third of the way down, as a book's title page does.
func (c *composer) titleBlock(d *markdown.Document, titleBlock int, ownPage bool) {
	em, m := c.p.size, c.p.measure()
	title := d.Meta.Title
	where := func(int) string { return "title" }
	if titleBlock >= 0 {
		title = d.Blocks[titleBlock].Text()
		where = c.where(d.Blocks[titleBlock])
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
	idx := c.setParagraph(c.balanced([]textRun{{text: title}}, st), st, where)
	c.rows[idx[0]].outline = title
	c.rows[idx[0]].heading = 1
	if d.Meta.Subtitle != "" {
		st := paraStyle{size: 1.25 * em, width: m, centre: true, before: 0.5 * gap * em, keep: true, front: ownPage}
		c.curTag = c.tags.add("Subtitle", 0)
		c.setParagraph(c.balanced([]textRun{{text: d.Meta.Subtitle}}, st), st, func(int) string { return "subtitle" })
	}
	if ownPage || d.Meta.Author != "" {
		c.rows = append(c.rows, row{kind: ruleRow, height: 1.2 * gap * em, size: em, rule: 8 * em, before: 0.4 * gap * em, anchor: -1, para: -1, keep: true, front: ownPage, tag: -1})
	}
	if d.Meta.Author != "" {
		c.curTag = c.tags.add("Author", 0)
		c.setParagraph([]textRun{{text: d.Meta.Author}}, paraStyle{size: 1.1 * em, width: m, centre: true, gray: true, keep: ownPage, front: ownPage}, func(int) string { return "author" })
	}
	if ownPage && d.Meta.Date != "" {
		c.curTag = c.tags.add("Date", 0)
		c.setParagraph([]textRun{{text: d.Meta.Date}}, paraStyle{size: 0.95 * em, width: m, centre: true, gray: true, before: 0.3 * em, front: true}, func(int) string { return "date" })
	}
	if ownPage && d.Meta.Description != "" && d.Meta.Description != d.Meta.Subtitle {
		c.curTag = c.tags.add("P", 0)
		c.setParagraph([]textRun{{text: d.Meta.Description}}, paraStyle{size: 0.95 * em, width: m - 8*em, left: 4 * em, gray: true, centre: true, before: 3 * em, front: true}, func(int) string { return "description" })
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

// contentsTitle is the heading of the table of contents in the document's
// language.
func contentsTitle(lang string) string {
	l := strings.ToLower(lang)
	switch {
	case strings.HasPrefix(l, "zh-hant"), strings.HasPrefix(l, "zh-tw"), strings.HasPrefix(l, "zh-hk"):
		return "目錄"
	case strings.HasPrefix(l, "zh"), l == "":
		return "目录"
	case strings.HasPrefix(l, "ja"):
		return "目次"
	}
	return "Contents"
}

// contents sets the table of contents on a new page: one entry per ## and
// ### heading, subsections indented under their section, room kept on the
// right for the leaders and the page number.
func (c *composer) contents(d *markdown.Document) {
	em, m := c.p.size, c.p.measure()
	c.curTag = c.tags.add("P", 0)
	toc := c.tags.add("TOC", 0)
	idx := c.setParagraph([]textRun{{text: contentsTitle(d.Meta.Lang)}}, paraStyle{size: 1.4 * em, bold: true, width: m, centre: true, keep: true, front: true}, func(int) string { return "contents" })
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
		idx := c.setParagraph(spansToRuns(b.Spans), st, c.where(b))
		for _, i := range idx {
			c.rows[i].kind = tocRow
			c.rows[i].tocEntry = n
			c.rows[i].tocLevel = b.Level
		}
		n++
	}
}
