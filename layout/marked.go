package layout

import (
	"strconv"
	"strings"
	"unicode"
)

// Marked content: what the pen draws is either content of a structure
// element (BDC with an MCID, recorded in the tag tree) or an artifact.

// Kinds of artifacts (PDF 32000 14.8.2.2).
const (
	artifactLayout = "/Artifact <</Type /Layout>> BDC"
	artifactHeader = "/Artifact <</Type /Pagination /Subtype /Header>> BDC"
	artifactFooter = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"
)

// annotation is a link area on a logical page, in points from the page's
// top left corner; it goes to uri or to the heading numbered anchor.
type annotation struct {
	page       int // logical page index
	x, y, w, h float64
	uri        string
	anchor     int // -1: none
	elem       int // the Link element it belongs to
	text       string
}

// marking is the tagging state of a document's drawing.
type marking struct {
	tree    *tagTree
	annots  []annotation
	mcids   []int              // next MCID per physical page
	anchors map[int][2]float64 // heading anchor -> logical page, top
	open    map[int]openLink   // per element: the link its last segment was in
	seq     int64
}

type openLink struct {
	link int32
	elem int
}

func newMarking(tt *tagTree) *marking {
	return &marking{tree: tt, anchors: map[int][2]float64{}, open: map[int]openLink{}}
}

// artifact wraps what draw draws as an artifact of the given kind.
func (p *pen) artifact(kind string, draw func()) {
	if p.inArtifact {
		draw()
		return
	}
	p.inArtifact = true
	p.pdf.RawWriteStr(kind)
	draw()
	p.pdf.RawWriteStr("EMC")
	p.inArtifact = false
}

// marked wraps what draw draws as the next marked content sequence of
// element e.
func (p *pen) marked(e int, draw func()) {
	if p.inArtifact || p.mk == nil {
		draw()
		return
	}
	m := p.mk
	for len(m.mcids) <= p.page {
		m.mcids = append(m.mcids, 0)
	}
	mcid := m.mcids[p.page]
	m.mcids[p.page]++
	m.seq++
	m.tree.mark(e, p.page, mcid, p.order())
	p.pdf.RawWriteStr("/" + m.tree.elems[e].role + " <</MCID " + strconv.Itoa(mcid) + ">> BDC")
	draw()
	p.pdf.RawWriteStr("EMC")
}

// order is the reading position of what is drawn next: logical page
// first, so that imposed pages keep their reading order.
func (p *pen) order() int64 { return int64(p.lpage)<<32 | p.mk.seq }

// annotate records a link area on the current logical page.
func (p *pen) annotate(a annotation) {
	if p.mk == nil || p.inArtifact {
		return
	}
	a.page = p.lpage
	if a.uri != "" {
		a.anchor = -1
	}
	p.mk.annots = append(p.mk.annots, a)
	p.mk.seq++
	p.mk.tree.link(a.elem, len(p.mk.annots)-1, p.order())
}

// segment is a run of a line's glyphs marked as one sequence of element
// elem: a link's text, a span in another language, or neither.
type segment struct {
	from, to int
	elem     int
	link     int32
}

// segments splits glyphs drawn for element elem at the edges of links and
// of words in another script than the document's (Latin words in Chinese
// text, CJK text in an English one), creating the Link and Span elements
// they belong to.
func (p *pen) segments(t *document, gs []placed, elem int) []segment {
	if p.mk == nil {
		return []segment{{0, len(gs), elem, 0}}
	}
	foreign := foreignRuns(gs, t.fs.latin)
	lang := func(i int) string {
		if foreign == nil {
			return ""
		}
		return foreign[i]
	}
	var out []segment
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].link == gs[i].link && lang(j) == lang(i) {
			j++
		}
		sg := segment{from: i, to: j, elem: elem, link: gs[i].link}
		tt := p.mk.tree
		switch {
		case sg.link != 0:
			if o, ok := p.mk.open[elem]; ok && o.link == sg.link {
				sg.elem = o.elem
			} else {
				sg.elem = tt.add("Link", elem)
				p.mk.open[elem] = openLink{sg.link, sg.elem}
			}
			if lang(i) != "" {
				tt.elems[sg.elem].lang = lang(i)
			}
		case lang(i) != "":
			delete(p.mk.open, elem)
			sg.elem = tt.add("Span", elem)
			tt.elems[sg.elem].lang = lang(i)
		default:
			delete(p.mk.open, elem)
		}
		out = append(out, sg)
		i = j
	}
	return out
}

// foreignRuns gives each glyph the language of the foreign word it is
// part of ("" for the document's own script): runs of at least two letters
// of the other script, with the digits and marks between their letters.
func foreignRuns(gs []placed, latinDoc bool) []string {
	var out []string           // allocated at the first foreign word
	kind := func(r rune) int { // 1 foreign, -1 native, 0 neutral
		switch {
		case latinDoc && r >= 0x2E80:
			return 1
		case latinDoc && unicode.IsLetter(r):
			return -1
		case !latinDoc && r < 0x2E80 && unicode.IsLetter(r) && r != '·':
			return 1
		case !latinDoc && r >= 0x2E80:
			return -1
		}
		return 0
	}
	for i := 0; i < len(gs); {
		if kind(gs[i].r) != 1 || gs[i].style&inlineMono != 0 { // code is no language
			i++
			continue
		}
		j, last, letters := i, i, 0
		for j < len(gs) && kind(gs[j].r) != -1 {
			if kind(gs[j].r) == 1 {
				last = j
				letters++
			}
			j++
		}
		// Digits and marks glued to the word's end belong to it (PM2.5).
		for last+1 < len(gs) && !gs[last].space && kind(gs[last+1].r) == 0 &&
			(unicode.IsDigit(gs[last+1].r) || (strings.ContainsRune(".+-", gs[last+1].r) && last+2 < len(gs) && unicode.IsDigit(gs[last+2].r))) {
			last++
		}
		if letters >= 2 {
			lang := "en"
			if latinDoc {
				lang = cjkTag(gs[i].r)
			}
			if out == nil {
				out = make([]string, len(gs))
			}
			for k := i; k <= last; k++ {
				out[k] = lang
			}
		}
		i = j
	}
	return out
}

// cjkTag names the language of CJK text inside a Latin-script document.
func cjkTag(r rune) string {
	switch {
	case unicode.In(r, unicode.Hiragana, unicode.Katakana):
		return "ja"
	case unicode.Is(unicode.Hangul, r):
		return "ko"
	}
	return "zh"
}
