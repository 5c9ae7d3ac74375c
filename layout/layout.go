// Package layout typesets a document as a PDF: CJK line breaking with
// kinsoku and total-fit, justification with punctuation compression and
// Han-Latin spacing, inline styles (bold face, emphasis dots under CJK,
// slanted Latin, code on a fixed grid), lists with hanging indents, pages
// with widow, orphan and heading control, a title page, a linked table of
// contents on its own pages, running heads, folios, an outline and
// metadata.
//
// Layout is computed on plain values (items -> lines -> rows -> pages) that
// tests inspect directly; fpdf.go and pen.go are the only files that draw,
// embed.go adds the fonts to the file fpdf writes and streams.go
// compresses it.
package layout

import (
	"fmt"
	"io"
	"time"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/hyphen"
	"github.com/cjk-publish/publish/markdown"
)

// Options tune WritePDF.
type Options struct {
	Paper    string        // "a4" (default when ""), "a5", "b5", "letter"; anything else is an error
	FontSize float64       // body size in pt; 0 = chosen per paper
	Fonts    []*fonts.Font // body font then fallbacks in order; nil or empty = fonts.Bundled()
	Bold     *fonts.Font   // heading face; nil = fonts.BundledBold() for the bundled body, else the body emboldened
	TOC      string        // "auto" (default: on with 3+ sections), "on", "off"
	Created  time.Time     // creation and modification date; zero = time.Now()
	Creator  string        // metadata Creator, e.g. "publish 0.1.0"
	Warn     func(msg string)

	Duplex     bool // mirrored margins for printing on both sides, folios at the outer edge
	Booklet    bool // pages imposed two-up on sheets of twice their width, in saddle-stitch order
	Columns    int  // 0 or 1: one column; 2: two columns with spanning headings
	ColumnRule bool // a rule between the columns
}

// decorations are the lines drawn outside the text rows.
type decorations struct {
	headers map[int]line // per page number
	folios  map[int]line
	tocNums map[int]line // per row index of the last line of a TOC entry
}

// document is everything the drawing stage needs.
type document struct {
	meta   markdown.Meta
	paper  paper
	fs     *faceSet
	rows   []row
	pages  []page
	deco   decorations
	target map[int]int // heading anchor -> page

	links    *linkTable
	tags     *tagTree
	impose   imposition
	pdfFonts []*pdfFont      // per font program, filled in when drawing
	warnings []string        // what could not be set as written
	anchors  map[string]int  // targets of links inside the document ("#id", "#fn:3") -> anchor number
	images   map[string]bool // pictures fpdf took, filled in when drawing

	recipes  []paraRecipe  // lean rows: how to set their glyphs again
	lean     bool          // rows keep no glyphs (see lean.go)
	used     *usedSet      // lean rows: the characters their glyphs draw
	lines    *lineSetter   // while drawing: sets lean rows' glyphs again
	deflater *pageDeflater // while drawing: compresses finished pages
}

// typeset lays out d completely without drawing, every row with its
// glyphs.
func typeset(d *markdown.Document, opts Options) (*document, error) {
	return typesetWith(d, opts, false)
}

// typesetWith lays out d; lean rows keep no glyphs (see lean.go).
func typesetWith(d *markdown.Document, opts Options, lean bool) (*document, error) {
	if err := checkHandout(opts); err != nil {
		return nil, err
	}
	paperName := opts.Paper
	if opts.Booklet && paperName == "" {
		paperName = "a5" // two-up on A4
	}
	p, err := paperFor(paperName, opts.FontSize)
	if err != nil {
		return nil, err
	}
	toc := opts.TOC
	switch toc {
	case "":
		toc = "auto"
	case "auto", "on", "off":
	default:
		return nil, fmt.Errorf("toc %q: want auto, on or off", opts.TOC)
	}
	latin := latinScript(d)
	var hyph *hyphen.Patterns
	if latin {
		var ok bool
		if hyph, ok = hyphen.For(d.Meta.Lang); !ok && cjkLang(d.Meta.Lang) {
			hyph, _ = hyphen.For("en") // English text under a default CJK tag
		}
		p = p.forLatin(opts.Columns == 2)
	}
	fs := newTextFaces(opts.Fonts, opts.Bold, latin, hyph)
	c, err := compose(d, fs, p, toc, opts.Columns, lean)
	if err != nil {
		return nil, err
	}
	var pages []page
	if opts.Columns == 2 {
		pages = paginateColumns(c.rows, p, opts.ColumnRule) // footnotes are endnotes here (compose)
		for i := range pages {
			pages[i].repeat = -1 // tables do not break between columns with their header
		}
	} else {
		pages = paginate(c.rows, c.flow, c.noteRows, p)
	}
	runningHeads(pages, c.rows, d.Meta.Title)
	out := &document{meta: d.Meta, paper: p, fs: fs, rows: c.rows, pages: pages, target: headingPages(pages, c.rows), links: &c.links, tags: c.tags,
		impose: newImposition(p, len(pages), opts.Duplex, opts.Booklet), warnings: c.warn, anchors: c.anchors,
		recipes: c.recipes, lean: lean, used: c.used}
	out.deco = decorations{headers: map[int]line{}, folios: map[int]line{}, tocNums: map[int]line{}}
	small := 0.8 * p.size
	heads := map[string]line{} // each distinct head is set once, shortened to the measure
	for _, pg := range pages {
		if pg.folio {
			out.deco.folios[pg.number] = singleLine(fs, itoa(pg.number), small, false)
		}
		if pg.header != "" {
			h, ok := heads[pg.header]
			if !ok {
				h = singleLine(fs, fs.clip(pg.header, fs.pairedHeadings(), small, p.measure(), 1), small, fs.pairedHeadings())
				heads[pg.header] = h
			}
			out.deco.headers[pg.number] = h
		}
	}
	for i, r := range c.rows {
		if r.kind == tocRow && (i+1 == len(c.rows) || c.rows[i+1].kind != tocRow || c.rows[i+1].more().tocEntry != r.more().tocEntry) {
			out.deco.tocNums[i] = singleLine(fs, itoa(out.target[r.more().tocEntry]), r.size, false)
		}
	}
	// out.links points into the composer: let go of what the document
	// holds itself, so that draw can release it.
	c.rows, c.recipes, c.ahead, c.notes, c.noteRows = nil, nil, nil, nil, nil
	return out, nil
}

// singleLine sets text at natural width on one line, in the heading face
// when heading is set.
func singleLine(fs *faceSet, text string, size float64, heading bool) line {
	items := buildItems(fs, []textRun{{text: text, bold: heading}}, size, 0, func(int) string { return "running head" })
	br := breakResult{len(items) - 1}
	return setLines(items, br, 1e9, false)[0]
}

// WritePDF typesets d and writes the PDF to w.
func WritePDF(w io.Writer, d *markdown.Document, opts Options) error {
	if d == nil {
		return fmt.Errorf("layout: no document")
	}
	t, err := typesetWith(d, opts, leanFor(d))
	if err != nil {
		return fmt.Errorf("layout: %w", err)
	}
	if opts.Warn != nil {
		for _, m := range append(t.fs.warnings(), t.warnings...) {
			opts.Warn(m)
		}
	}
	if err := draw(w, t, opts); err != nil {
		return fmt.Errorf("layout: %w", err)
	}
	return nil
}
