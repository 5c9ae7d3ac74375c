package layout

import "fmt"

// Handout layouts: pages printed on both sides (duplex: the text block
// moves toward the binding, folios to the outer edge), booklets (pages
// imposed two-up on sheets twice their width, in saddle-stitch order, so
// that printing both sides and folding the stack gives the booklet) and
// two-column pages (columns.go). Layout happens on logical pages; place
// maps them onto the physical pages of the file.

// imposition is where the logical pages go.
type imposition struct {
	duplex  bool      // mirrored margins
	booklet bool      // two-up, saddle-stitch order
	gutter  float64   // how far the text block moves toward the binding, pt
	slots   [][2]int  // booklet: logical page (-1 blank) left and right on each sheet side
	sheetOf []int     // booklet: sheet side of each logical page
	sideOf  []float64 // booklet: x of each logical page on its sheet
	sheetW  float64   // booklet: width of a sheet
}

// bindingShare is the part of the side margin added to the inner margin
// and taken from the outer one when pages are mirrored.
const bindingShare = 0.25

func newImposition(p paper, pages int, duplex, booklet bool) imposition {
	im := imposition{duplex: duplex || booklet, booklet: booklet}
	if im.duplex {
		im.gutter = bindingShare * p.left
	}
	if !booklet {
		return im
	}
	im.sheetW = 2 * p.w
	if p.name == "a5" {
		im.sheetW = 297 * mm // A4 landscape, a millimetre wider than two A5 pages
	}
	n := (pages + 3) / 4 * 4
	im.sheetOf = make([]int, n)
	im.sideOf = make([]float64, n)
	page := func(i int) int {
		if i < pages {
			return i
		}
		return -1 // a blank page added to make up the last sheet
	}
	for s := 0; s < n/2; s++ {
		left, right := n-1-s, s
		if s%2 == 1 {
			left, right = s, n-1-s
		}
		im.slots = append(im.slots, [2]int{page(left), page(right)})
		im.sheetOf[left], im.sheetOf[right] = s, s
		im.sideOf[left], im.sideOf[right] = im.sheetW/2-p.w, im.sheetW/2
	}
	return im
}

// recto reports a right-hand page: odd page numbers, binding on the left.
func recto(lpage int) bool { return lpage%2 == 0 }

// place maps a logical page to the physical page it is drawn on and the
// offset of its top left corner there.
func (t *document) place(lpage int) (phys int, dx, dy float64) {
	im := t.impose
	phys = lpage
	if im.booklet {
		phys, dx = im.sheetOf[lpage], im.sideOf[lpage]
	}
	if im.duplex {
		if recto(lpage) {
			dx += im.gutter
		} else {
			dx -= im.gutter
		}
	}
	return phys, dx, 0
}

// sheets is the number of physical pages.
func (t *document) sheets() int {
	if t.impose.booklet {
		return len(t.impose.slots)
	}
	return len(t.pages)
}

// onSheet lists the logical pages drawn on physical page s (-1: blank).
func (t *document) onSheet(s int) []int {
	if t.impose.booklet {
		return t.impose.slots[s][:]
	}
	return []int{s}
}

// sheetW and sheetH are the size of a physical page.
func (t *document) sheetW() float64 {
	if t.impose.booklet {
		return t.impose.sheetW
	}
	return t.paper.w
}

func (t *document) sheetH() float64 { return t.paper.h }

// checkHandout validates the handout options.
func checkHandout(o Options) error {
	switch {
	case o.Columns < 0 || o.Columns > 2:
		return fmt.Errorf("columns %d: want 1 or 2", o.Columns)
	case o.ColumnRule && o.Columns != 2:
		return fmt.Errorf("a column rule needs two columns")
	}
	return nil
}
