package fonts

import (
	"fmt"
	"math"
	"slices"
)

// A CFF subset is always written CID-keyed, whatever the original: glyph
// i of the subset has CID i (ROS Adobe-Identity-0), so a PDF can show it
// with Identity-H and CID = glyph ID, and every glyph keeps the Private
// DICT (hinting zones, width defaults, local subroutines) it was drawn
// with through FDArray and FDSelect. Every call is replaced by the
// subroutine's code when that makes the smaller font; else the
// subroutines the kept glyphs call are kept and renumbered, the others
// dropped; if a font calls them in a way
// renumbering cannot follow (a number computed on the stack, a hint mask
// whose length differs between two runs of one subroutine), every
// subroutine of the
// kept Font DICTs is kept as it is instead.

// cffGlyph is one glyph of a CFF subset: a glyph of the original font, or
// a new charstring drawn with the Private DICT of Font DICT fd.
type cffGlyph struct {
	old  int // -1 for a new charstring
	code []byte
	fd   uint8
}

// subsetCFF writes a CFF table holding glyphs, numbered from 0 in order.
func (c *cffFont) subsetCFF(glyphs []cffGlyph) ([]byte, error) {
	// Font DICTs in use, in order of first use.
	fdNew := map[uint8]int{}
	var fds []uint8
	for i := range glyphs {
		g := &glyphs[i]
		if g.old >= 0 {
			g.code = c.charStrings.item(g.old)
			if c.fdOf != nil {
				g.fd = c.fdOf[g.old]
			}
		}
		if _, ok := fdNew[g.fd]; !ok {
			fdNew[g.fd] = len(fds)
			fds = append(fds, g.fd)
		}
	}

	// First run every glyph to copy its charstring with the calls
	// inlined and to mark the subroutines it reaches. Small subsets share
	// little: the inlined charstrings are often the smaller font (and
	// compress better), so they are kept when they are no longer than the
	// glyphs and subroutines they replace.
	r := &csRun{c: c, flatten: true, used: newSubrUse(c)}
	flat := make([][]byte, len(glyphs))
	inlinedSize, keptSize := 0, 0
	for i, g := range glyphs {
		if g.old < 0 {
			flat[i] = g.code
			continue
		}
		if err := r.runGlyph(g.old); err != nil {
			return nil, err
		}
		if r.seac {
			return nil, fmt.Errorf("glyph %d is an accented character made with seac, which CID-keyed fonts cannot hold: %w", g.old, errCharstring)
		}
		flat[i] = r.flat
		inlinedSize += len(r.flat)
		keptSize += len(g.code)
		if len(r.flat) > 65535 { // the format's limit on one charstring
			r.flatBad = true
		}
	}
	if !r.flatBad && inlinedSize <= keptSize+r.used.size {
		return c.writeCID(flat, glyphs, fds, fdNew, nil, make([][][]byte, len(fds)))
	}

	return c.renumbered(glyphs, fds, fdNew)
}

// renumbered writes the subset keeping the subroutines the glyphs reach,
// renumbered: it runs the glyphs again, recording where each call's
// number is written.
func (c *cffFont) renumbered(glyphs []cffGlyph, fds []uint8, fdNew map[uint8]int) ([]byte, error) {
	r := &csRun{c: c, record: true}
	for _, g := range glyphs {
		if g.old >= 0 {
			if err := r.runGlyph(g.old); err != nil {
				return nil, err
			}
		}
	}
	plan := planSubrs(c, r, fds)
	codes := make([][]byte, len(glyphs))
	for i, g := range glyphs {
		if g.old >= 0 {
			codes[i] = plan.rewrite(blobKey{kind: blobGlyph, index: int32(g.old)}, g.code)
		} else {
			codes[i] = g.code
		}
	}
	gsubrs := make([][]byte, len(plan.global))
	for i, old := range plan.global {
		gsubrs[i] = plan.rewrite(blobKey{kind: blobGlobal, index: int32(old)}, c.gsubrs.item(old))
	}
	lsubrs := make([][][]byte, len(fds))
	for k, fd := range fds {
		for _, old := range plan.local[fd] {
			lsubrs[k] = append(lsubrs[k], plan.rewrite(blobKey{kind: blobLocal, fd: fd, index: int32(old)}, c.privates[fd].subrs.item(old)))
		}
	}
	return c.writeCID(codes, glyphs, fds, fdNew, gsubrs, lsubrs)
}

// subrUse marks the subroutines glyphs reach and adds up their sizes.
type subrUse struct {
	c      *cffFont
	global []bool
	local  [256][]bool
	size   int // bytes of the marked subroutines
}

func newSubrUse(c *cffFont) *subrUse {
	return &subrUse{c: c, global: make([]bool, c.gsubrs.count)}
}

// mark notes a call of subroutine target.
func (u *subrUse) mark(target blobKey) {
	var seen []bool
	var subrs cffIndex
	if target.kind == blobGlobal {
		seen, subrs = u.global, u.c.gsubrs
	} else {
		subrs = u.c.privates[target.fd].subrs
		if u.local[target.fd] == nil {
			u.local[target.fd] = make([]bool, subrs.count)
		}
		seen = u.local[target.fd]
	}
	if !seen[target.index] {
		seen[target.index] = true
		u.size += len(subrs.item(int(target.index)))
	}
}

// subrPlan is which subroutines a subset keeps and how calls to them are
// rewritten.
type subrPlan struct {
	keepAll bool
	global  []int           // kept global subroutines, old numbers in order
	local   map[uint8][]int // kept local subroutines per Font DICT
	gNew    []int32         // new number of each global subroutine (-1: dropped)
	lNew    map[uint8][]int32
	edits   map[uint64][]subrCall // per charstring (packed blobKey), in order
}

func planSubrs(c *cffFont, r *csRun, fds []uint8) *subrPlan {
	p := &subrPlan{local: map[uint8][]int{}, lNew: map[uint8][]int32{}, edits: map[uint64][]subrCall{}}
	p.keepAll = r.unknown || r.varied
	p.gNew = make([]int32, c.gsubrs.count)
	for _, fd := range fds {
		p.lNew[fd] = make([]int32, c.privates[fd].subrs.count)
	}
	for k, target := range r.calls {
		if target.kind == blobGlobal {
			p.gNew[target.index] = 1
		} else if l := p.lNew[target.fd]; l != nil {
			l[target.index] = 1
		} else {
			p.keepAll = true // a global subroutine calling into another glyph's Font DICT
		}
		p.edits[k.in] = append(p.edits[k.in], subrCall{from: k.from, to: k.to, target: target})
	}
	number := func(marks []int32) []int {
		var kept []int
		for i, m := range marks {
			if m != 0 || p.keepAll {
				marks[i] = int32(len(kept))
				kept = append(kept, i)
			} else {
				marks[i] = -1
			}
		}
		return kept
	}
	p.global = number(p.gNew)
	for fd, marks := range p.lNew {
		p.local[fd] = number(marks)
	}
	if p.keepAll {
		p.edits = nil
	}
	for _, list := range p.edits {
		slices.SortFunc(list, func(a, b subrCall) int { return int(a.from - b.from) })
	}
	return p
}

// rewrite returns charstring code (named key) with its subroutine numbers
// changed to the subset's.
func (p *subrPlan) rewrite(key blobKey, code []byte) []byte {
	edits := p.edits[key.pack()]
	if len(edits) == 0 {
		return code
	}
	out := make([]byte, 0, len(code)+4)
	last := 0
	for _, e := range edits {
		if int(e.from) < last { // overlapping spans cannot happen in a charstring that ran
			continue
		}
		out = append(out, code[last:e.from]...)
		var n int32
		var count int
		if e.target.kind == blobLocal {
			n, count = p.lNew[e.target.fd][e.target.index], len(p.local[e.target.fd])
		} else {
			n, count = p.gNew[e.target.index], len(p.global)
		}
		out = appendCSInt(out, int(n)-subrBias(count))
		last = int(e.to)
	}
	return append(out, code[last:]...)
}

// appendCSInt appends an integer operand in its shortest charstring form.
func appendCSInt(b []byte, v int) []byte {
	switch {
	case v >= -107 && v <= 107:
		return append(b, byte(v+139))
	case v >= 108 && v <= 1131:
		v -= 108
		return append(b, byte(v>>8+247), byte(v))
	case v >= -1131 && v <= -108:
		v = -v - 108
		return append(b, byte(v>>8+251), byte(v))
	}
	return append(b, 28, byte(v>>8), byte(v))
}

// appendCSFixed appends a number operand: an integer when it is one,
// else 16.16 fixed point.
func appendCSFixed(b []byte, v float64) []byte {
	if v == math.Trunc(v) && v >= -32768 && v <= 32767 {
		return appendCSInt(b, int(v))
	}
	f := int32(math.Round(v * 65536))
	return append(b, 255, byte(f>>24), byte(f>>16), byte(f>>8), byte(f))
}

// writeIndex encodes items as a CFF INDEX with the smallest offset size.
func writeIndex(items [][]byte) []byte {
	if len(items) == 0 {
		return []byte{0, 0}
	}
	total := 1
	for _, it := range items {
		total += len(it)
	}
	size := 1
	for lim := 0xFF; total > lim; lim = lim<<8 | 0xFF {
		size++
	}
	out := make([]byte, 3, 3+(len(items)+1)*size+total)
	out[0], out[1], out[2] = byte(len(items)>>8), byte(len(items)), byte(size)
	put := func(v int) {
		for k := size - 1; k >= 0; k-- {
			out = append(out, byte(v>>(8*k)))
		}
	}
	off := 1
	put(off)
	for _, it := range items {
		off += len(it)
		put(off)
	}
	for _, it := range items {
		out = append(out, it...)
	}
	return out
}

// dictInt appends an integer DICT operand, always in 5 bytes when fixed
// is set (so that offsets can be written before they are known). DICTs
// share the shorter integer forms with charstrings.
func dictInt(b []byte, v int, fixed bool) []byte {
	if fixed || v < -32768 || v > 32767 {
		return append(b, 29, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	}
	return appendCSInt(b, v)
}

func dictOp(b []byte, op int) []byte {
	if op >= 1200 {
		return append(b, 12, byte(op-1200))
	}
	return append(b, byte(op))
}

// copyEntry appends a DICT entry as the original wrote it.
func copyEntry(b []byte, e dictEntry) []byte {
	return dictOp(append(b, e.raw...), e.op)
}

// writeCID assembles the CID-keyed CFF table.
func (c *cffFont) writeCID(codes [][]byte, glyphs []cffGlyph, fds []uint8, fdNew map[uint8]int, gsubrs [][]byte, lsubrs [][][]byte) ([]byte, error) {
	n := len(codes)
	if n > 0xFFFF {
		return nil, fmt.Errorf("%d glyphs: too many for one font", n)
	}
	// Private DICTs (each followed by its local subroutines).
	privs := make([][]byte, len(fds))
	for k, fd := range fds {
		var d []byte
		for _, e := range c.privates[fd].dict {
			if e.op != opSubrs {
				d = copyEntry(d, e)
			}
		}
		if len(lsubrs[k]) > 0 {
			d = dictOp(dictInt(d, len(d)+6, true), opSubrs)
		}
		privs[k] = d
	}
	// charset: CID i for glyph i; FDSelect format 3.
	var charset []byte
	if n > 1 {
		charset = []byte{2, 0, 1, byte((n - 2) >> 8), byte(n - 2)}
	} else {
		charset = []byte{0}
	}
	fdSelect := []byte{3, 0, 0}
	ranges := 0
	for i, g := range glyphs {
		fd := byte(fdNew[g.fd])
		if i == 0 || fd != fdSelect[len(fdSelect)-1] {
			fdSelect = append(fdSelect, byte(i>>8), byte(i), fd)
			ranges++
		}
	}
	fdSelect = append(fdSelect, byte(n>>8), byte(n))
	fdSelect[1], fdSelect[2] = byte(ranges>>8), byte(ranges)
	charStrings := writeIndex(codes)

	// Font DICTs point at the Private DICTs, which come last; their size
	// does not depend on the offsets (5-byte operands).
	strs := [][]byte{[]byte("Adobe"), []byte("Identity")}
	fontDict := func(k int, off int) []byte {
		var d []byte
		if fm := findEntry(c.fdDict(fds[k]), opFontMatrix); fm != nil {
			d = copyEntry(d, *fm)
		}
		d = dictInt(d, len(privs[k]), true)
		d = dictInt(d, off, true)
		return dictOp(d, opPrivate)
	}
	topDict := func(charsetAt, fdSelectAt, charStringsAt, fdArrayAt int) []byte {
		var d []byte
		d = dictInt(d, 391, false)
		d = dictInt(d, 392, false)
		d = dictInt(d, 0, false)
		d = dictOp(d, opROS)
		for _, op := range []int{opFontMatrix, 5 /* FontBBox */, 1203 /* UnderlinePosition */, 1204 /* UnderlineThickness */} {
			if e := findEntry(c.top, op); e != nil {
				d = copyEntry(d, *e)
			}
		}
		d = dictOp(dictInt(d, n, true), opCIDCount)
		d = dictOp(dictInt(d, charsetAt, true), opCharset)
		d = dictOp(dictInt(d, fdSelectAt, true), opFDSelect)
		d = dictOp(dictInt(d, charStringsAt, true), opCharStrings)
		return dictOp(dictInt(d, fdArrayAt, true), opFDArray)
	}
	name := c.name
	if name == "" {
		name = "CJKFont"
	}
	header := []byte{1, 0, 4, 4}
	nameIndex := writeIndex([][]byte{[]byte(name)})
	topLen := len(writeIndex([][]byte{topDict(0, 0, 0, 0)}))
	stringIndex := writeIndex(strs)
	gsubrIndex := writeIndex(gsubrs)

	at := len(header) + len(nameIndex) + topLen + len(stringIndex) + len(gsubrIndex)
	charsetAt := at
	fdSelectAt := charsetAt + len(charset)
	charStringsAt := fdSelectAt + len(fdSelect)
	fdArrayAt := charStringsAt + len(charStrings)
	fdArrayLen := len(writeIndex(dictsOf(len(fds), func(k int) []byte { return fontDict(k, 0) })))
	privAt := make([]int, len(fds))
	pos := fdArrayAt + fdArrayLen
	for k := range fds {
		privAt[k] = pos
		pos += len(privs[k])
		if len(lsubrs[k]) > 0 {
			pos += len(writeIndex(lsubrs[k]))
		}
	}
	out := make([]byte, 0, pos)
	out = append(out, header...)
	out = append(out, nameIndex...)
	out = append(out, writeIndex([][]byte{topDict(charsetAt, fdSelectAt, charStringsAt, fdArrayAt)})...)
	out = append(out, stringIndex...)
	out = append(out, gsubrIndex...)
	out = append(out, charset...)
	out = append(out, fdSelect...)
	out = append(out, charStrings...)
	out = append(out, writeIndex(dictsOf(len(fds), func(k int) []byte { return fontDict(k, privAt[k]) }))...)
	for k := range fds {
		out = append(out, privs[k]...)
		if len(lsubrs[k]) > 0 {
			out = append(out, writeIndex(lsubrs[k])...)
		}
	}
	if len(out) != pos {
		return nil, fmt.Errorf("CFF subset: %d bytes written, %d planned", len(out), pos)
	}
	return out, nil
}

func dictsOf(n int, f func(int) []byte) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}

func findEntry(d []dictEntry, op int) *dictEntry {
	for i := range d {
		if d[i].op == op {
			return &d[i]
		}
	}
	return nil
}

// fdDict returns the Font DICT fd of a CID-keyed font (nil for a
// name-keyed font, whose only "Font DICT" is the Top DICT's Private).
func (c *cffFont) fdDict(fd uint8) []dictEntry {
	if !c.cid {
		return nil
	}
	fda := findOp(c.top, opFDArray)
	x, _, err := readIndex(c.data, int(fda[0]))
	if err != nil {
		return nil
	}
	d, _ := parseDict(x.item(int(fd)))
	return d
}

// shiftedCharstring draws glyph g moved right by dx font units, with the
// advance width adv, as a new charstring for Font DICT fd without hints.
func (c *cffFont) shiftedCharstring(g int, dx float64, adv float64) ([]byte, uint8, error) {
	path, err := c.outline(g)
	if err != nil {
		return nil, 0, err
	}
	fd := uint8(0)
	if c.fdOf != nil {
		fd = c.fdOf[g]
	}
	return encodeOutline(path, dx, adv-c.privates[fd].nominalW), fd, nil
}

// encodeOutline writes an outline as a charstring: the width operand,
// then rmoveto, rlineto and rrcurveto with relative coordinates, then
// endchar.
func encodeOutline(path []segment, dx, width float64) []byte {
	b := appendCSFixed(nil, width)
	cur := point{}
	rel := func(p point) {
		b = appendCSFixed(b, p.x-cur.x)
		b = appendCSFixed(b, p.y-cur.y)
		cur = p
	}
	for _, s := range path {
		for k := range s.p {
			s.p[k].x += dx
		}
		switch s.op {
		case 'M':
			rel(s.p[2])
			b = append(b, 21)
		case 'L':
			rel(s.p[2])
			b = append(b, 5)
		case 'C':
			rel(s.p[0])
			rel(s.p[1])
			rel(s.p[2])
			b = append(b, 8)
		}
	}
	return append(b, 14)
}
