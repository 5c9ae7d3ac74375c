package epub

import (
	"fmt"

	"github.com/klauspost/compress/flate"

	"github.com/cjk-publish/publish/markdown"
)

// Names of the files the book is made of, inside the package folder.
const (
	xhtmlDir          = "xhtml"
	titlePageFile     = "titlepage.xhtml"
	introFile         = "intro.xhtml"
	styleFile         = "style.css"
	emphasisStyleFile = "emphasis.css"
	coverStyleFile    = "cover.css"
	fontFile          = "body.ttf"
	boldFontFile      = "bold.ttf"
	coverPageFile     = "cover.xhtml" // chosen by go-epub's SetCover
)

// chapter is one XHTML file of the book: the top-level blocks [from, to)
// of the document. The title page holds the title block instead.
type chapter struct {
	file      string
	title     string // <title> of the file
	titlePage bool
	from, to  int
	notes     []int // footnotes first cited here (1-based), set at the chapter's end
}

// tocEntry is one entry of the navigation document and the NCX. Href is
// relative to the package folder.
type tocEntry struct {
	Title    string
	Href     string
	Children []tocEntry
}

// book is the plan of the files, the table of contents and where every
// link target lives.
type book struct {
	chapters   []chapter
	toc        []tocEntry
	hasIntro   bool
	title      markdown.TitleBlock
	skip       map[int]bool               // top-level blocks shown on the title page
	anchorIn   map[string]string          // heading ID -> file holding it
	noteIn     map[int]string             // footnote -> file holding it
	images     map[*markdown.Image]string // loaded image -> its file, relative to the package folder
	imageFiles []extraFile
}

// planBook splits d into a title page, an untitled introduction holding
// whatever precedes the first section (if anything), and one chapter per
// level-2 heading. Level-3 headings stay in their chapter and become nested
// TOC entries pointing at their anchors.
func planBook(d *markdown.Document) *book {
	b := &book{title: d.TitleBlock(), skip: map[int]bool{}, anchorIn: map[string]string{}, noteIn: map[int]string{}, images: map[*markdown.Image]string{}}
	b.chapters = append(b.chapters, chapter{file: titlePageFile, title: d.Meta.Title, titlePage: true})
	if b.title.Block >= 0 {
		b.skip[b.title.Block] = true
		b.anchorIn[d.Blocks[b.title.Block].ID] = titlePageFile
	}
	for _, i := range b.title.Front {
		b.skip[i] = true
	}

	starts := []int{}
	for i, bl := range d.Blocks {
		if bl.Kind == markdown.Heading && bl.Level == 2 {
			starts = append(starts, i)
		}
	}
	first := len(d.Blocks)
	if len(starts) > 0 {
		first = starts[0]
	}
	for i := 0; i < first; i++ {
		if !b.skip[i] {
			b.hasIntro = true
			b.chapters = append(b.chapters, chapter{file: introFile, title: d.Meta.Title, from: 0, to: first})
			break
		}
	}
	for k, s := range starts {
		end := len(d.Blocks)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		b.chapters = append(b.chapters, chapter{
			file:  fmt.Sprintf("section%03d.xhtml", k+1),
			title: d.Blocks[s].Text(),
			from:  s,
			to:    end,
		})
	}

	// Where each heading, footnote and image lives; footnotes go to the
	// end of the chapter that first cites them.
	fileOf := map[int]string{}
	for ci := range b.chapters {
		ch := &b.chapters[ci]
		if ch.titlePage {
			continue
		}
		for i := ch.from; i < ch.to; i++ {
			fileOf[i] = ch.file
			visit(d.Blocks[i:i+1], func(bl *markdown.Block) {
				if bl.Kind == markdown.Heading && bl.ID != "" {
					b.anchorIn[bl.ID] = ch.file
				}
				for _, sp := range blockSpans(bl) {
					if sp.Note > 0 && b.noteIn[sp.Note] == "" {
						b.noteIn[sp.Note] = ch.file
						ch.notes = append(ch.notes, sp.Note)
					}
				}
			})
		}
	}
	// Notes cited only from other notes go where their citing note is.
	for changed := true; changed; {
		changed = false
		for n := 1; n <= len(d.Notes); n++ {
			file := b.noteIn[n]
			if file == "" {
				continue
			}
			visit(d.Notes[n-1].Blocks, func(bl *markdown.Block) {
				for _, sp := range blockSpans(bl) {
					if sp.Note > 0 && b.noteIn[sp.Note] == "" {
						b.noteIn[sp.Note] = file
						for ci := range b.chapters {
							if b.chapters[ci].file == file {
								b.chapters[ci].notes = append(b.chapters[ci].notes, sp.Note)
							}
						}
						changed = true
					}
				}
			})
		}
	}
	b.planImages(d)

	// The TOC comes from the document's own section tree, so that both
	// always agree.
	var walk func(ss []*markdown.Section) []tocEntry
	walk = func(ss []*markdown.Section) []tocEntry {
		var out []tocEntry
		for _, s := range ss {
			file := fileOf[s.Index]
			href := xhtmlDir + "/" + file
			if s.Index != chapterStart(b, file) {
				href += "#" + s.ID
			}
			out = append(out, tocEntry{Title: s.Title, Href: href, Children: walk(s.Children)})
		}
		return out
	}
	b.toc = walk(d.Sections())
	if len(b.toc) == 0 {
		// A navigation document needs at least one entry.
		target := titlePageFile
		if b.hasIntro {
			target = introFile
		}
		b.toc = []tocEntry{{Title: d.Meta.Title, Href: xhtmlDir + "/" + target}}
	}
	return b
}

func chapterStart(b *book, file string) int {
	for _, ch := range b.chapters {
		if ch.file == file {
			return ch.from
		}
	}
	return -1
}

// planImages gives every loaded image a file in the images folder (one
// per file read, however often it is shown).
func (b *book) planImages(d *markdown.Document) {
	byPath := map[string]string{}
	d.Walk(func(bl *markdown.Block, _ int) bool {
		im := bl.Image
		if bl.Kind != markdown.Figure || !im.Loaded() {
			return true
		}
		if href, ok := byPath[im.Path]; ok {
			b.images[im] = href
			return true
		}
		ext, media := ".png", "image/png"
		if im.Format == "jpeg" {
			ext, media = ".jpg", "image/jpeg"
		}
		href := fmt.Sprintf("images/figure%03d%s", len(b.imageFiles)+1, ext)
		byPath[im.Path] = href
		b.images[im] = href
		b.imageFiles = append(b.imageFiles, extraFile{Href: href, MediaType: media, Data: im.Data, Level: flate.NoCompression})
		return true
	})
}

// visit calls fn for blocks and every block nested in them.
func visit(blocks []markdown.Block, fn func(*markdown.Block)) {
	for i := range blocks {
		bl := &blocks[i]
		fn(bl)
		visit(bl.Blocks, fn)
		for _, it := range bl.Items {
			visit(it, fn)
		}
	}
}

// blockSpans are the inline spans of a block, table cells included.
func blockSpans(bl *markdown.Block) []markdown.Span {
	if bl.Table == nil {
		return bl.Spans
	}
	var out []markdown.Span
	for _, c := range bl.Table.Head {
		out = append(out, c...)
	}
	for _, r := range bl.Table.Rows {
		for _, c := range r {
			out = append(out, c...)
		}
	}
	return out
}

// landmarks lists the cover, the title page and where the text begins.
func (b *book) landmarks(lang string) []landmark {
	l := markdown.LabelsFor(lang)
	lm := []landmark{
		{Type: "cover", Title: l.Cover, Href: xhtmlDir + "/" + coverPageFile},
		{Type: "titlepage", Title: l.TitlePage, Href: xhtmlDir + "/" + titlePageFile},
	}
	if len(b.chapters) > 1 {
		lm = append(lm, landmark{Type: "bodymatter", Title: l.Start, Href: xhtmlDir + "/" + b.chapters[1].file})
	}
	return lm
}
