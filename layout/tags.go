package layout

// The logical structure of the PDF (tagged PDF, PDF/UA-1): a tree of
// structure elements built while composing, whose leaves are the marked
// content sequences the pen draws (MCIDs) and the link annotations. The
// running heads, folios, rules, leaders and other decoration are
// artifacts. tagged.go writes the tree into the file.

// Each block is tagged as it is composed (compose.go): a paragraph P,
// a heading H1-H3, a quote BlockQuote, a list L of LI with Lbl and LBody,
// a table Table of TR with TH and TD, a figure Figure (its Alt the image's
// alt text) with a Caption, code Code, a footnote Footnote; a thematic
// break is drawn as an artifact.

// roleMap maps the structure types of our own to standard ones.
var roleMap = map[string]string{
	"Deck":     "P",
	"Subtitle": "P",
	"Author":   "P",
	"Date":     "P",
	"Footnote": "Div",
}

// structElem is one element of the tree.
type structElem struct {
	role   string
	parent int
	lang   string // BCP 47, when it differs from the document's
	alt    string
	kids   []kid
	order  int64 // reading position of its first content, for sorting
}

// kid is a child of an element: another element, a marked content
// sequence on a page, or a link annotation.
type kid struct {
	elem  int // >= 0: an element
	page  int // MCR: physical page index
	mcid  int
	annot int // >= 0: an annotation (OBJR)
	order int64
}

// tagTree is the structure of one document; element 0 is the Document.
type tagTree struct {
	elems []structElem
	// Grouping elements open for the blocks that follow.
	quote int // BlockQuote of a run of quote blocks; -1 none
	lists []listLevel
}

type listLevel struct {
	level   int // the blocks' nesting level
	list    int // the L element
	item    int // the last LI
	body    int // its LBody
	started bool
}

func newTagTree() *tagTree {
	return &tagTree{elems: []structElem{{role: "Document", parent: -1}}, quote: -1}
}

// add makes a new element under parent.
func (tt *tagTree) add(role string, parent int) int {
	tt.elems = append(tt.elems, structElem{role: role, parent: parent, order: -1})
	n := len(tt.elems) - 1
	tt.elems[parent].kids = append(tt.elems[parent].kids, kid{elem: n, annot: -1, mcid: -1})
	return n
}

// close ends the open groups (a heading or a paragraph between two lists
// starts new ones).
func (tt *tagTree) close() {
	tt.quote = -1
	tt.lists = tt.lists[:0]
}

// mark records a marked content sequence of element e on a page.
func (tt *tagTree) mark(e, page, mcid int, order int64) {
	tt.elems[e].kids = append(tt.elems[e].kids, kid{elem: -1, page: page, mcid: mcid, annot: -1, order: order})
}

// link records an annotation as a child of element e.
func (tt *tagTree) link(e, annot int, order int64) {
	tt.elems[e].kids = append(tt.elems[e].kids, kid{elem: -1, mcid: -1, annot: annot, order: order})
}
