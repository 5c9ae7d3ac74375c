package layout

import (
	"sync"

	"github.com/cjk-publish/publish/markdown"
)

// Lean rows: a long document's set lines hold about fifty bytes per
// character, several times the document itself. When the PDF of a long
// document is written (the composer is lean), a row keeps only its line's
// measures and the recipe of its paragraph (runs, style and line breaks),
// and the glyphs are set again from the recipe when the page is drawn:
// building items and justifying are cheap, the line breaking, which is
// not, is not redone. The result is the same line, glyph for glyph. The
// characters each font must hold are noted from each line's glyphs just
// before they are dropped, since they are gone by the time the fonts are
// subset: the subsets are those of the document set with every glyph
// kept, and so is the PDF, byte for byte.
//
// Long paragraphs are broken in windows: a paragraph of a megabyte would
// otherwise need a hundred bytes of items per character at once. Each
// window of paraWindow characters is broken with total-fit as if the
// paragraph ended there; its last windowBack lines are dropped and set
// again at the head of the next window, so every break is chosen with at
// least two lines of what follows in view.
//
// The blocks of the tree model take part as follows. Paragraphs, at the
// top level or inside quotes, list items and footnotes, headings, decks,
// captions and code lines are lean rows like any other; a list item's
// marker and a footnote's number are single lines that keep their glyphs.
// A row's footnote marks are read off its glyphs before they are dropped
// (setPara.cites), so that pagination still sets each note on the page
// that cites it. Table cells keep their glyphs (cellLines): a table row
// holds every line of its cells and is drawn as a whole, and tables are a
// small part of any long document. Figures hold no text but their caption.

// leanText is the document size (bytes of block text) from which rows
// are lean: below it the glyphs cost less than the tens of megabytes the
// fonts take anyway, and keeping them saves setting them twice (about a
// tenth of the PDF's time).
const leanText = 3 << 20

// Windows of long paragraphs, in characters and lines.
const (
	paraWindow = 4096
	windowBack = 2
)

// leanFor reports whether d holds leanText bytes of text, counting the
// text inside quotes, lists, tables and footnotes too.
func leanFor(d *markdown.Document) bool {
	n := 0
	for _, note := range d.Notes {
		if textAtLeast(note.Blocks, &n) {
			return true
		}
	}
	return textAtLeast(d.Blocks, &n)
}

// textAtLeast adds the text of blocks to *n and reports, as soon as it
// does, that *n reached leanText.
func textAtLeast(blocks []markdown.Block, n *int) bool {
	spans := func(ss []markdown.Span) bool {
		for _, sp := range ss {
			*n += len(sp.Text)
		}
		return *n >= leanText
	}
	for i := range blocks {
		b := &blocks[i]
		if spans(b.Spans) || textAtLeast(b.Blocks, n) {
			return true
		}
		for _, it := range b.Items {
			if textAtLeast(it, n) {
				return true
			}
		}
		if t := b.Table; t != nil {
			for _, row := range append([][]markdown.Cell{t.Head}, t.Rows...) {
				for _, cell := range row {
					if spans(cell) {
						return true
					}
				}
			}
		}
	}
	return false
}

// paraRecipe is what sets a paragraph's lines again: the whole paragraph,
// or the window of characters [from, to) whose lines start at line
// firstLine.
type paraRecipe struct {
	runs      []textRun
	st        paraStyle
	where     func(int) string
	breaks    breakResult
	windowed  bool
	from, to  int
	firstLine int
}

// setPara is a paragraph set into lines (without glyphs when the composer
// is lean), with the recipes that set them again and, for lean lines, the
// footnotes each line cites (nil when none does).
type setPara struct {
	lines   []line
	recipes []paraRecipe
	cites   [][]int
}

// usedSet records, per font program, the characters the glyphs of lean
// lines draw; paragraphs set ahead add theirs from several goroutines.
type usedSet struct {
	mu   sync.Mutex
	fams familyRunes
}

// addLine notes what line ln draws, as usedRunes would read it.
func (u *usedSet) addLine(fs *faceSet, ln line) {
	if u == nil {
		return // a composer that keeps its glyphs
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.fams == nil {
		u.fams = make(familyRunes, len(fs.fonts))
	}
	u.fams.addLine(fs, ln)
}

// setText breaks and justifies a paragraph using the given scratch memory
// (a long one window by window); a lean composer keeps no glyphs.
func (c *composer) setText(sc *itemScratch, bk *breaker, runs []textRun, st paraStyle, where func(int) string) setPara {
	return c.setTextAs(sc, bk, runs, st, where, c.lean)
}

// cellLines sets the text of a table cell, its lines with their glyphs
// even when the composer is lean (see above).
func (c *composer) cellLines(runs []textRun, st paraStyle, where func(int) string) []line {
	return c.setTextAs(&c.scratch, &c.breaker, runs, st, where, false).lines
}

// setTextAs is setText, the lines keeping no glyphs when lean is set.
func (c *composer) setTextAs(sc *itemScratch, bk *breaker, runs []textRun, st paraStyle, where func(int) string, lean bool) setPara {
	if st.bold {
		for i := range runs {
			runs[i].bold = true
		}
	}
	if sc.links == nil {
		sc.links = &c.links
	}
	sc.hyphenate = st.justify
	sc.chars = collectChars(sc.chars, runs, sc.links, c.fs.latin)
	chars := sc.chars
	if len(chars) <= paraWindow+paraWindow/2 {
		items := sc.buildChars(c.fs, chars, st.size, st.indent, where)
		br := bk.breakParagraph(items, st.width)
		bk.sums = prefixSums(items, bk.sums)
		p := setPara{lines: setLinesWith(items, bk.sums, br, st.width, st.justify), recipes: []paraRecipe{{runs: runs, st: st, where: where, breaks: br}}}
		if lean {
			c.drop(&p, 0)
		}
		return p
	}
	var p setPara
	for from := 0; from < len(chars); {
		to := min(from+paraWindow, len(chars))
		if len(chars)-to < paraWindow/2 {
			to = len(chars) // no short last window
		}
		indent := 0.0
		if from == 0 {
			indent = st.indent
		}
		items := sc.buildChars(c.fs, chars[from:to], st.size, indent, where)
		br := bk.breakParagraph(items, st.width)
		next := to
		if to < len(chars) && len(br) > windowBack {
			// Keep all but the last lines; the next window starts where
			// the first line dropped starts.
			br = br[:len(br)-windowBack]
			next = from + charAt(items, afterBreak(items, br[len(br)-1]), indent > 0)
		}
		bk.sums = prefixSums(items, bk.sums)
		first := len(p.lines)
		p.recipes = append(p.recipes, paraRecipe{runs: runs, st: st, where: where, breaks: br,
			windowed: true, from: from, to: to, firstLine: first})
		p.lines = append(p.lines, setLinesWith(items, bk.sums, br, st.width, st.justify)...)
		if lean {
			c.drop(&p, first)
		}
		from = next
	}
	return p
}

// charAt is the character whose box is item i: boxes and glues alternate,
// after the indent box and its glue when there is an indent.
func charAt(items []item, i int, indent bool) int {
	if indent {
		i -= 2
	}
	return i / 2
}

// drop removes the glyphs of p's lines from line first on, noting the
// characters they draw and the footnotes each cites.
func (c *composer) drop(p *setPara, first int) {
	for k := first; k < len(p.lines); k++ {
		c.used.addLine(c.fs, p.lines[k])
		if n := lineCitations(&c.links, p.lines[k]); n != nil {
			if p.cites == nil {
				p.cites = make([][]int, len(p.lines))
			}
			for len(p.cites) < len(p.lines) {
				p.cites = append(p.cites, nil)
			}
			p.cites[k] = n
		}
		p.lines[k].glyphs = nil
	}
}

// keep stores a set paragraph's recipes and tells each line's recipe, as
// row.recipe holds it (0: the line holds its glyphs).
func (c *composer) keep(p setPara) []int32 {
	rec := make([]int32, len(p.lines))
	if !c.lean {
		return rec
	}
	for _, r := range p.recipes {
		c.recipes = append(c.recipes, r)
		for k := r.firstLine; k < len(p.lines); k++ {
			rec[k] = int32(len(c.recipes))
		}
	}
	return rec
}

// lineSetter gives the glyphs of lean rows back, one paragraph (or window)
// at a time: rows are drawn in order, so each is set again once.
type lineSetter struct {
	t     *document
	sc    itemScratch
	bk    breaker
	which int32
	lines []line

	charsOf []textRun // the paragraph whose characters chars holds
	chars   []char
}

// line returns row r's line with its glyphs.
func (ls *lineSetter) line(r row) line {
	if r.recipe == 0 || r.kind != textRow && r.kind != tocRow {
		return r.ln
	}
	rc := ls.t.recipes[r.recipe-1]
	if ls.lines == nil || ls.which != r.recipe {
		ls.sc.links = ls.t.links
		ls.sc.hyphenate = rc.st.justify
		var items []item
		if rc.windowed {
			if !sameRuns(ls.charsOf, rc.runs) {
				ls.chars = collectChars(ls.chars, rc.runs, ls.t.links, ls.t.fs.latin)
				ls.charsOf = rc.runs
			}
			indent := 0.0
			if rc.from == 0 {
				indent = rc.st.indent
			}
			items = ls.sc.buildChars(ls.t.fs, ls.chars[rc.from:rc.to], rc.st.size, indent, rc.where)
		} else {
			items = ls.sc.build(ls.t.fs, rc.runs, rc.st.size, rc.st.indent, rc.where)
		}
		ls.bk.sums = prefixSums(items, ls.bk.sums)
		ls.lines = setLinesWith(items, ls.bk.sums, rc.breaks, rc.st.width, rc.st.justify)
		ls.which = r.recipe
	}
	return ls.lines[r.lineNo-rc.firstLine]
}

// sameRuns reports whether a and b are the same slice.
func sameRuns(a, b []textRun) bool {
	return len(a) == len(b) && len(a) > 0 && &a[0] == &b[0]
}

// lineOf is row r's line with its glyphs, set again for a lean row.
func (t *document) lineOf(r row) line {
	if t.lines == nil || r.recipe == 0 {
		return r.ln
	}
	return t.lines.line(r)
}

// drawn reports whether row r draws any glyph.
func (t *document) drawn(r row) bool {
	return len(r.ln.glyphs) > 0 || (t.lines != nil && r.recipe > 0 && (r.kind == textRow || r.kind == tocRow))
}

// pageDone hands physical page n, complete, to the page deflater.
func (t *document) pageDone(n int) {
	if t.deflater != nil {
		t.deflater.finished(n)
	}
}
