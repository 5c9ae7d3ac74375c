package epub

import (
	"fmt"

	"github.com/cjk-publish/publish/markdown"
)

// Names of the files the book is made of, inside the package folder.
const (
	xhtmlDir       = "xhtml"
	titlePageFile  = "titlepage.xhtml"
	introFile      = "intro.xhtml"
	styleFile      = "style.css"
	coverStyleFile = "cover.css"
	fontFile       = "body.ttf"
	boldFontFile   = "bold.ttf"
	coverPageFile  = "cover.xhtml" // chosen by go-epub's SetCover
)

// chapter is one XHTML file of the book: the blocks [from, to) of the
// document. The title page holds the document title and front matter
// instead of blocks.
type chapter struct {
	file      string
	title     string // <title> of the file
	titlePage bool
	from, to  int
	anchors   map[int]string // block index of a heading -> its id
}

// tocEntry is one entry of the navigation document and the NCX. Href is
// relative to the package folder.
type tocEntry struct {
	Title    string
	Href     string
	Children []tocEntry
}

// book is the plan of the files and the table of contents.
type book struct {
	chapters []chapter
	toc      []tocEntry
	hasIntro bool
	// titleBlock is the index of the level-1 heading the title page shows
	// (-1 when the document has none before its first section).
	titleBlock int
}

// planBook splits d into a title page, an untitled introduction holding
// whatever precedes the first section (if anything), and one chapter per
// level-2 heading. Level-3 headings stay in their chapter and become nested
// TOC entries pointing at their anchors.
func planBook(d *markdown.Document) *book {
	b := &book{titleBlock: -1}
	b.chapters = append(b.chapters, chapter{file: titlePageFile, title: d.Meta.Title, titlePage: true})

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
	for i, bl := range d.Blocks[:first] {
		if bl.Kind == markdown.Heading && bl.Level == 1 {
			b.titleBlock = i
			break
		}
	}
	if first > 1 || (first == 1 && b.titleBlock != 0) {
		b.hasIntro = true
		b.chapters = append(b.chapters, chapter{file: introFile, title: d.Meta.Title, from: 0, to: first, anchors: map[int]string{}})
	}
	for k, s := range starts {
		end := len(d.Blocks)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		b.chapters = append(b.chapters, chapter{
			file:    fmt.Sprintf("section%03d.xhtml", k+1),
			title:   d.Blocks[s].Text(),
			from:    s,
			to:      end,
			anchors: map[int]string{},
		})
	}

	// Anchor every section heading, then build the TOC from the document's
	// own section tree so that both always agree.
	where := map[int]*chapter{}
	for ci := range b.chapters {
		ch := &b.chapters[ci]
		if ch.titlePage {
			continue
		}
		for i := ch.from; i < ch.to; i++ {
			where[i] = ch
		}
	}
	var walk func(ss []*markdown.Section, prefix string) []tocEntry
	walk = func(ss []*markdown.Section, prefix string) []tocEntry {
		var out []tocEntry
		for n, s := range ss {
			id := fmt.Sprintf("%s%d", prefix, n+1)
			ch := where[s.Index]
			ch.anchors[s.Index] = id
			href := xhtmlDir + "/" + ch.file
			if s.Index != ch.from {
				href += "#" + id
			}
			out = append(out, tocEntry{Title: s.Title, Href: href, Children: walk(s.Children, id+"-")})
		}
		return out
	}
	b.toc = walk(d.Sections(), "s")
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

// landmarks lists the cover, the title page and where the text begins.
func (b *book) landmarks(lang string) []landmark {
	l := labelsFor(lang)
	lm := []landmark{
		{Type: "cover", Title: l.cover, Href: xhtmlDir + "/" + coverPageFile},
		{Type: "titlepage", Title: l.titlePage, Href: xhtmlDir + "/" + titlePageFile},
	}
	if len(b.chapters) > 1 {
		lm = append(lm, landmark{Type: "bodymatter", Title: l.start, Href: xhtmlDir + "/" + b.chapters[1].file})
	}
	return lm
}
