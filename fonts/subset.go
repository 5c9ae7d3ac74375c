package fonts

import (
	"fmt"
	"slices"
)

// Tables copied unchanged into a subset: names, and the hinting programs
// the copied glyph instructions may call.
var subsetKeep = []string{"name", "cvt ", "fpgm", "prep", "gasp"}

// Subset is a font cut down to the glyphs of some characters, with what a
// PDF writer needs to show them.
type Subset struct {
	// Font is a standalone font file: TrueType for TrueType fonts,
	// OpenType with a CID-keyed CFF table for CFF fonts.
	Font []byte
	// CFF is, for CFF fonts, the subset's CFF table alone (the form PDF
	// embeds), in which the CID of each glyph is its glyph ID.
	CFF []byte
	// Runes are the characters the subset maps, in increasing order, and
	// Glyphs the glyph ID of each.
	Runes  []rune
	Glyphs []uint16
	// Advances holds each glyph's advance width in font units.
	Advances   []uint16
	UnitsPerEm int
}

// Subset returns a standalone font holding the glyphs of runes plus
// .notdef (and, for TrueType, the components of composite glyphs),
// renumbered from 0. Runes the font lacks are left out (they map to
// nothing in the subset); duplicates are ignored. The result's cmap has a
// format 4 subtable for the BMP and, when needed, a format 12 one for the
// other planes. A CFF font gives an OpenType font with a CID-keyed CFF
// table.
func (f *Font) Subset(runes []rune) ([]byte, error) {
	s, err := f.subset(runes, false)
	if err != nil {
		return nil, fmt.Errorf("%s: subset: %w", f.Name, err)
	}
	return s.Font, nil
}

// SubsetFor is Subset with the glyph numbers and advances of the result,
// made for a PDF: characters the font draws with one glyph (· and ∙, a
// compatibility ideograph and its unified form) get a copy each, so that
// each glyph maps back to the one character it shows.
func (f *Font) SubsetFor(runes []rune) (*Subset, error) {
	s, err := f.subsetGlyphs(runes, false, true)
	if err != nil {
		return nil, fmt.Errorf("%s: subset: %w", f.Name, err)
	}
	return s, nil
}

// SubsetCJK is Subset for Chinese and Japanese text: each punctuation mark
// that CJK typesetting sets 1 em wide (“ ” ‘ ’ · — … and kin) but the font
// draws narrower is mapped to a 1 em glyph. That is the glyph the font's
// GSUB substitutes under locl (script hani, language ZHS) or fwid when it
// has one, otherwise a new glyph placing the original in a 1 em cell
// (a composite in TrueType, a moved copy of the outline in CFF): opening
// marks flush right, closing marks flush left, the others centred. Latin
// text set with such a subset gets these full-width marks too, so use
// Subset for other languages.
func (f *Font) SubsetCJK(runes []rune) ([]byte, error) {
	s, err := f.subset(runes, true)
	if err != nil {
		return nil, fmt.Errorf("%s: CJK subset: %w", f.Name, err)
	}
	return s.Font, nil
}

// subsetPair maps a character to a glyph of the original font, or to a
// glyph made for the subset (made >= 0 indexes the made glyphs).
type subsetPair struct {
	r    rune
	old  uint16
	made int
}

func (f *Font) subset(runes []rune, cjk bool) (*Subset, error) {
	return f.subsetGlyphs(runes, cjk, false)
}

// subsetGlyphs subsets f to runes; distinct gives each character a glyph
// of its own.
func (f *Font) subsetGlyphs(runes []rune, cjk, distinct bool) (*Subset, error) {
	chosen := make([]subsetPair, 0, len(runes))
	var made []madeGlyph
	for _, r := range runes {
		if g := f.cmap.lookup(r); g != 0 {
			chosen = append(chosen, subsetPair{r, g, -1})
		}
	}
	slices.SortFunc(chosen, func(a, b subsetPair) int { return int(a.r - b.r) })
	chosen = slices.CompactFunc(chosen, func(a, b subsetPair) bool { return a.r == b.r })
	if cjk {
		for i, p := range chosen {
			sub, m, fromFont, ok := f.fullWidthForm(p.r, p.old)
			switch {
			case ok && fromFont:
				chosen[i].old = sub
			case ok:
				chosen[i].made = len(made)
				made = append(made, m)
			}
		}
	}

	return f.build(chosen, made, distinct)
}

// build writes the subset holding the chosen characters (sorted by code
// point) and the made glyphs they refer to.
func (f *Font) build(chosen []subsetPair, made []madeGlyph, distinct bool) (*Subset, error) {
	// Number glyphs in code point order so runs of characters become runs
	// of glyphs (fewer cmap segments), then append composite components,
	// then the made glyphs.
	newID := make(map[uint16]uint16, len(chosen)+1)
	order := []uint16{0}
	newID[0] = 0
	add := func(old uint16) uint16 {
		id, ok := newID[old]
		if !ok {
			id = uint16(len(order))
			newID[old] = id
			order = append(order, old)
		}
		return id
	}
	ids := make([]uint16, len(chosen))
	for i, p := range chosen {
		if _, shared := newID[p.old]; shared && distinct && p.made < 0 {
			ids[i] = uint16(len(order)) // a copy of the glyph
			order = append(order, p.old)
			continue
		}
		ids[i] = add(p.old)
	}
	for i := 0; f.cff == nil && i < len(order); i++ { // order grows as components are found
		glyph, bad := f.glyphData(order[i]), false
		components(glyph, func(at int) {
			if c := u16(glyph, at); int(c) < f.numGlyphs {
				add(c)
			} else {
				bad = true
			}
		})
		if bad {
			return nil, fmt.Errorf("glyph %d refers to a missing component: %w", order[i], ErrCorrupt)
		}
	}
	if len(order)+len(made) > 0xFFFF {
		return nil, fmt.Errorf("%d glyphs: too many for one font", len(order)+len(made))
	}
	pairs := make([]cmapPair, len(chosen))
	for i, p := range chosen {
		pairs[i] = cmapPair{p.r, ids[i]}
		if p.made >= 0 {
			pairs[i].g = uint16(len(order) + p.made)
		}
	}

	metrics := make([]hMetric, 0, len(order)+len(made))
	for _, old := range order {
		metrics = append(metrics, hMetric{f.advanceUnits(old), f.lsbUnits(old)})
	}
	for _, m := range made {
		x0, _, _ := f.inkUnits(m.old)
		metrics = append(metrics, hMetric{uint16(f.emUnits()), int16(x0) + m.dx})
	}
	var outlines []table
	var cffTable []byte
	locaLong := false
	if f.cff != nil {
		glyphs := make([]cffGlyph, 0, len(order)+len(made))
		for _, old := range order {
			glyphs = append(glyphs, cffGlyph{old: int(old)})
		}
		for _, m := range made {
			code, fd, err := f.cff.shiftedCharstring(int(m.old), float64(m.dx), float64(f.emUnits()))
			if err != nil {
				return nil, err
			}
			glyphs = append(glyphs, cffGlyph{old: -1, code: code, fd: fd})
		}
		var err error
		if cffTable, err = f.cff.subsetCFF(glyphs); err != nil {
			return nil, err
		}
		outlines = []table{{"CFF ", cffTable}}
	} else {
		glyphs := make([][]byte, 0, len(order)+len(made))
		for _, old := range order {
			glyphs = append(glyphs, f.glyphData(old))
		}
		for _, m := range made {
			glyphs = append(glyphs, f.compositeData(m, newID[m.old]))
		}
		var glyf, loca []byte
		glyf, loca, locaLong = subsetGlyf(glyphs, order, newID)
		outlines = []table{{"loca", loca}, {"glyf", glyf}}
	}
	hmtx, numHMetrics := subsetHmtx(metrics)
	cmap, err := buildCmap(pairs)
	if err != nil {
		return nil, err
	}
	head, hhea, maxp := f.subsetHeaders(len(metrics), numHMetrics, locaLong)
	if err := f.fitMadeGlyphs(made, head, hhea, maxp); err != nil {
		return nil, err
	}
	tables := append([]table{
		{"head", head}, {"hhea", hhea}, {"maxp", maxp}, {"hmtx", hmtx},
		{"cmap", cmap}, {"post", f.subsetPost()},
	}, outlines...)
	if os2 := f.subsetOS2(pairs); os2 != nil {
		tables = append(tables, table{"OS/2", os2})
	}
	for _, tag := range subsetKeep {
		if t, ok := f.dir.find(tag); ok {
			tables = append(tables, table{tag, f.data[t.offset : t.offset+t.length]})
		}
	}
	out := &Subset{Font: writeFont(tables), CFF: cffTable, UnitsPerEm: f.emUnits()}
	out.Runes = make([]rune, len(pairs))
	out.Glyphs = make([]uint16, len(pairs))
	for i, p := range pairs {
		out.Runes[i], out.Glyphs[i] = p.r, p.g
	}
	out.Advances = make([]uint16, len(metrics))
	for i, m := range metrics {
		out.Advances[i] = m.advance
	}
	return out, nil
}

// subsetGlyf concatenates the subset's glyphs, rewriting the component
// indices of the copied composites (the first len(order) glyphs) to their
// new numbers, and builds the matching loca (short when every offset fits).
func subsetGlyf(glyphs [][]byte, order []uint16, newID map[uint16]uint16) (glyf, loca []byte, long bool) {
	size := 0
	for _, g := range glyphs {
		size += pad4(len(g))
	}
	glyf = make([]byte, 0, size)
	offsets := make([]int, len(glyphs)+1)
	for i, g := range glyphs {
		offsets[i] = len(glyf)
		at := len(glyf)
		glyf = append(glyf, g...)
		if i < len(order) {
			components(g, func(p int) {
				put16(glyf, at+p, newID[u16(g, p)])
			})
		}
		glyf = append(glyf, make([]byte, pad4(len(g))-len(g))...)
	}
	offsets[len(glyphs)] = len(glyf)
	long = len(glyf) > 0x1FFFE
	if long {
		loca = make([]byte, 4*len(offsets))
		for i, o := range offsets {
			put32(loca, 4*i, uint32(o))
		}
	} else {
		loca = make([]byte, 2*len(offsets))
		for i, o := range offsets {
			put16(loca, 2*i, uint16(o/2))
		}
	}
	return glyf, loca, long
}

// hMetric is one glyph's advance and left side bearing in font units.
type hMetric struct {
	advance uint16
	lsb     int16
}

// subsetHmtx writes the metrics, dropping the trailing advances equal to
// the last full metric (common in CJK fonts: one advance for all).
func subsetHmtx(metrics []hMetric) ([]byte, int) {
	n := len(metrics)
	last := metrics[n-1].advance
	full := n
	for full > 1 && metrics[full-2].advance == last {
		full--
	}
	hmtx := make([]byte, 4*full+2*(n-full))
	for i, m := range metrics {
		if i < full {
			put16(hmtx, 4*i, m.advance)
			put16(hmtx, 4*i+2, uint16(m.lsb))
		} else {
			put16(hmtx, 4*full+2*(i-full), uint16(m.lsb))
		}
	}
	return hmtx, full
}

// fitMadeGlyphs widens the font-wide extremes of head and hhea to the made
// glyphs and raises the composite maxima of maxp (version 1.0) to cover
// them, as validators and rasterizers size their buffers from these.
func (f *Font) fitMadeGlyphs(made []madeGlyph, head, hhea, maxp []byte) error {
	for _, m := range made {
		x0, x1, _ := f.inkUnits(m.old)
		xMin, xMax := int16(x0)+m.dx, int16(x1)+m.dx
		em := int16(f.emUnits())
		put16(head, 36, uint16(min(i16(head, 36), xMin)))
		put16(head, 40, uint16(max(i16(head, 40), xMax)))
		put16(hhea, 10, max(u16(hhea, 10), uint16(em)))
		put16(hhea, 12, uint16(min(i16(hhea, 12), xMin)))
		put16(hhea, 14, uint16(min(i16(hhea, 14), em-xMax)))
		put16(hhea, 16, uint16(max(i16(hhea, 16), xMax)))
		if len(maxp) < 32 {
			continue
		}
		points, contours, depth, err := f.glyphStats(m.old)
		if err != nil {
			return err
		}
		put16(maxp, 10, max(u16(maxp, 10), uint16(points)))
		put16(maxp, 12, max(u16(maxp, 12), uint16(contours)))
		put16(maxp, 28, max(u16(maxp, 28), 1))
		put16(maxp, 30, max(u16(maxp, 30), uint16(depth+1)))
	}
	return nil
}

// subsetHeaders copies head, hhea and maxp with the subset's loca format,
// metric count and glyph count.
func (f *Font) subsetHeaders(numGlyphs, numHMetrics int, locaLong bool) (head, hhea, maxp []byte) {
	get := func(tag string) []byte {
		t, _ := f.dir.find(tag)
		return slices.Clone(f.data[t.offset : t.offset+t.length])
	}
	head, hhea, maxp = get("head"), get("hhea"), get("maxp")
	put32(head, 8, 0)
	if locaLong {
		put16(head, 50, 1)
	} else {
		put16(head, 50, 0)
	}
	put16(hhea, 34, uint16(numHMetrics))
	put16(maxp, 4, uint16(numGlyphs))
	return head, hhea, maxp
}

// subsetPost writes a format 3 post table (no glyph names) keeping the
// original's italic angle, underline metrics and fixed-pitch flag.
func (f *Font) subsetPost() []byte {
	post := make([]byte, 32)
	if t, ok := f.dir.find("post"); ok {
		copy(post, f.data[t.offset:t.offset+t.length])
	}
	put32(post, 0, 0x00030000)
	return post
}

// subsetOS2 copies OS/2 with the first and last character indices of the
// subset's repertoire (nil when the font has no OS/2 table).
func (f *Font) subsetOS2(pairs []cmapPair) []byte {
	t, ok := f.dir.find("OS/2")
	if !ok || t.length < 68 {
		return nil
	}
	os2 := slices.Clone(f.data[t.offset : t.offset+t.length])
	first, last := rune(0xFFFF), rune(0)
	for _, p := range pairs {
		first, last = min(first, p.r), max(last, min(p.r, 0xFFFF))
	}
	if len(pairs) == 0 {
		first = 0
	}
	put16(os2, 64, uint16(first))
	put16(os2, 66, uint16(last))
	return os2
}
