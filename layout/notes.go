package layout

import (
	"strconv"
	"strings"
)

// Footnotes: a mark in the text is the note's number, small and raised,
// linked to the note; the note is set at the foot of the page that holds
// its first mark (pagination makes room for it there), under a short
// rule, in a smaller size with its number hanging.

// noteTarget is the internal link target of note n.
func noteTarget(n int) string { return "#fn:" + strconv.Itoa(n) }

// noteOf tells the note a link target points at (0 for none).
func noteOf(target string) int {
	s, ok := strings.CutPrefix(target, "#fn:")
	if !ok {
		return 0
	}
	n, _ := strconv.Atoi(s)
	return n
}

// noteSize is the size of footnote text against the body.
const noteSize = 0.85

// setNotes sets the rows of every footnote, apart from the flow.
func (c *composer) setNotes() {
	em := c.p.size
	size := noteSize * em
	for n := 1; n <= len(c.doc.Notes); n++ {
		note := c.doc.Notes[n-1]
		mk := singleLine(c.fs, itoa(n)+".", size, false)
		hang := max(1.8*size, mk.width+0.4*size)
		inner := box{hang, c.p.measure() - hang}
		start := len(c.rows)
		c.inset(note.Blocks, inner, 0, size, 0.2*size, c.tags.add("Footnote", 0))
		if len(c.rows) == start { // an empty note still shows its number
			c.curTag = c.tags.add("P", 0)
			c.setParagraph([]textRun{{text: "\u00a0"}}, paraStyle{size: size, width: inner.width, left: inner.left}, func(int) string { return "note" })
		}
		rows := append([]row(nil), c.rows[start:]...)
		c.rows = c.rows[:start]
		for i := range rows {
			rows[i].height = min(rows[i].height, size*1.45)
			if rows[i].kind == spaceRow {
				rows[i].height = 0.2 * size
			}
			rows[i].para, rows[i].keep, rows[i].newPage = -1, false, false
		}
		for i := range rows {
			if rows[i].kind == textRow {
				rows[i].ext().marker, rows[i].ext().markerX = mk, c.p.left
				rows[i].ext().id = noteTarget(n)
				break
			}
		}
		c.notes[n-1] = rows
	}
}

// citations lists the notes whose marks a row holds, in order. A lean
// row has no glyphs to read them from: they were noted before its glyphs
// were dropped (lean.go).
func (c *composer) citations(r *row) []int {
	if r.recipe > 0 {
		return r.notes
	}
	out := lineCitations(&c.links, r.ln)
	if r.more().tbl != nil {
		for _, cell := range r.more().tbl.cells {
			for k := range cell.lines {
				out = append(out, c.citations(&row{ln: cell.lines[k]})...)
			}
		}
	}
	return out
}

// lineCitations lists the notes whose marks a line holds, in order.
func lineCitations(links *linkTable, ln line) []int {
	var out []int
	for _, g := range ln.glyphs {
		if g.link != 0 {
			if n := noteOf(links.url(g.link)); n > 0 && (len(out) == 0 || out[len(out)-1] != n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// markCitations records on each row of the flow the notes it cites first,
// so that pagination sets them on its page. A note cited only from another
// note follows that note.
func (c *composer) markCitations() {
	if len(c.notes) == 0 {
		// Nothing to cite: no line need be read for marks.
		for i := range c.rows {
			c.rows[i].notes = nil
		}
		return
	}
	seen := make([]bool, len(c.notes)+1)
	for i := range c.rows {
		r := &c.rows[i]
		cited := c.citations(r)
		r.notes = nil
		for _, n := range cited {
			if n <= len(c.notes) && !seen[n] {
				seen[n] = true
				r.notes = append(r.notes, n)
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for k := range c.notes {
			if !seen[k+1] {
				continue
			}
			for i := range c.notes[k] {
				for _, n := range c.citations(&c.notes[k][i]) {
					if n <= len(c.notes) && !seen[n] {
						seen[n] = true
						c.notes[k] = append(c.notes[k], c.notes[n-1]...)
						c.notes[n-1] = nil
						changed = true
					}
				}
			}
		}
	}
	for k := range c.notes {
		for i := range c.notes[k] {
			c.notes[k][i].notes = nil // the marks lean rows noted: read
		}
	}
}
