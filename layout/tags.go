package layout

import (
	"strconv"

	"github.com/cjk-publish/publish/markdown"
)

// The logical structure of the PDF (tagged PDF, PDF/UA-1): a tree of
// structure elements built while composing, whose leaves are the marked
// content sequences the pen draws (MCIDs) and the link annotations. The
// running heads, folios, rules, leaders and other decoration are
// artifacts. tagged.go writes the tree into the file.

// blockRoles says how each kind of block is tagged: the structure type of
// its element and the grouping element that holds a run of such blocks.
// A new kind of block adds its line here (and, for a structure of its own
// such as a table's rows and cells, a case in tagTree.block).
var blockRoles = map[markdown.Kind]struct{ role, group string }{
	markdown.Paragraph: {"P", ""},
	markdown.Heading:   {"H", ""}, // H1-H3 by level
	markdown.Deck:      {"Deck", ""},
	markdown.Quote:     {"P", "BlockQuote"},
	markdown.ListItem:  {"LI", "L"},
	markdown.Code:      {"Code", ""},
	markdown.Rule:      {"", ""}, // a thematic break is drawn as an artifact
}

// roleMap maps the structure types of our own to standard ones.
var roleMap = map[string]string{
	"Deck":     "P",
	"Subtitle": "P",
	"Author":   "P",
	"Date":     "P",
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

// block opens the elements of block b and returns the one its text rows
// belong to and the one its list marker belongs to (-1: none); -1 for
// text means the block is an artifact.
func (tt *tagTree) block(b markdown.Block) (text, marker int) {
	r, ok := blockRoles[b.Kind]
	if !ok {
		r.role = "P" // a kind not yet listed is still read, as a paragraph
	}
	if r.group != "BlockQuote" {
		tt.quote = -1
	}
	if r.group != "L" {
		tt.lists = tt.lists[:0]
	}
	switch {
	case r.role == "":
		return -1, -1
	case r.role == "H":
		return tt.add("H"+strconv.Itoa(min(max(b.Level, 1), 6)), 0), -1
	case r.group == "BlockQuote":
		if tt.quote < 0 {
			tt.quote = tt.add("BlockQuote", 0)
		}
		return tt.add(r.role, tt.quote), -1
	case r.group == "L":
		return tt.listItem(b)
	}
	return tt.add(r.role, 0), -1
}

// listItem places a list paragraph: a new LI with Lbl and LBody when it has
// a marker, else one more paragraph of the open item; deeper levels nest a
// list inside the open item's body.
func (tt *tagTree) listItem(b markdown.Block) (text, marker int) {
	for len(tt.lists) > 0 && tt.lists[len(tt.lists)-1].level > b.Level {
		tt.lists = tt.lists[:len(tt.lists)-1]
	}
	if len(tt.lists) == 0 || tt.lists[len(tt.lists)-1].level < b.Level {
		parent := 0
		if n := len(tt.lists); n > 0 {
			parent = tt.lists[n-1].body
		}
		tt.lists = append(tt.lists, listLevel{level: b.Level, list: tt.add("L", parent)})
	}
	lv := &tt.lists[len(tt.lists)-1]
	marker = -1
	if b.Marker != "" || !lv.started {
		lv.item = tt.add("LI", lv.list)
		if b.Marker != "" {
			marker = tt.add("Lbl", lv.item)
		}
		lv.body = tt.add("LBody", lv.item)
		lv.started = true
	}
	return tt.add("P", lv.body), marker
}

// mark records a marked content sequence of element e on a page.
func (tt *tagTree) mark(e, page, mcid int, order int64) {
	tt.elems[e].kids = append(tt.elems[e].kids, kid{elem: -1, page: page, mcid: mcid, annot: -1, order: order})
}

// link records an annotation as a child of element e.
func (tt *tagTree) link(e, annot int, order int64) {
	tt.elems[e].kids = append(tt.elems[e].kids, kid{elem: -1, mcid: -1, annot: annot, order: order})
}
