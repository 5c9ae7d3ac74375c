package fonts

import (
	"fmt"
	"slices"
)

// Tables copied unchanged into a subset: names, and the hinting programs
// the copied glyph instructions may call.
var subsetKeep = []string{"name", "cvt ", "fpgm", "prep", "gasp"}

// Subset returns a standalone TrueType font holding the glyphs of runes
// plus .notdef and the components of composite glyphs, renumbered from 0.
// Runes the font lacks are left out (they map to nothing in the subset);
// duplicates are ignored. The result's cmap has a format 4 subtable for
// the BMP and, when needed, a format 12 one for the other planes.
func (f *Font) Subset(runes []rune) ([]byte, error) {
	b, err := f.subset(runes)
	if err != nil {
		return nil, fmt.Errorf("%s: subset: %w", f.Name, err)
	}
	return b, nil
}

func (f *Font) subset(runes []rune) ([]byte, error) {
	pairs := make([]cmapPair, 0, len(runes))
	for _, r := range runes {
		if g := f.cmap.lookup(r); g != 0 {
			pairs = append(pairs, cmapPair{r, g})
		}
	}
	slices.SortFunc(pairs, func(a, b cmapPair) int { return int(a.r - b.r) })
	pairs = slices.CompactFunc(pairs, func(a, b cmapPair) bool { return a.r == b.r })

	// Number glyphs in code point order so runs of characters become runs
	// of glyphs (fewer cmap segments), then append composite components.
	newID := make(map[uint16]uint16, len(pairs)+1)
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
	for i := range pairs {
		pairs[i].g = add(pairs[i].g)
	}
	for i := 0; i < len(order); i++ { // order grows as components are found
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

	glyf, loca, locaLong := f.subsetGlyf(order, newID)
	hmtx, numHMetrics := f.subsetHmtx(order)
	cmap, err := buildCmap(pairs)
	if err != nil {
		return nil, err
	}
	head, hhea, maxp := f.subsetHeaders(len(order), numHMetrics, locaLong)
	tables := []table{
		{"head", head}, {"hhea", hhea}, {"maxp", maxp}, {"hmtx", hmtx},
		{"loca", loca}, {"glyf", glyf}, {"cmap", cmap}, {"post", f.subsetPost()},
	}
	if os2 := f.subsetOS2(pairs); os2 != nil {
		tables = append(tables, table{"OS/2", os2})
	}
	for _, tag := range subsetKeep {
		if t, ok := f.dir.find(tag); ok {
			tables = append(tables, table{tag, f.data[t.offset : t.offset+t.length]})
		}
	}
	return writeFont(tables), nil
}

// subsetGlyf copies the glyphs of order, rewriting composite component
// indices to their new numbers, and builds the matching loca (short when
// every offset fits).
func (f *Font) subsetGlyf(order []uint16, newID map[uint16]uint16) (glyf, loca []byte, long bool) {
	size := 0
	for _, old := range order {
		size += pad4(len(f.glyphData(old)))
	}
	glyf = make([]byte, 0, size)
	offsets := make([]int, len(order)+1)
	for i, old := range order {
		offsets[i] = len(glyf)
		g := f.glyphData(old)
		at := len(glyf)
		glyf = append(glyf, g...)
		components(g, func(p int) {
			put16(glyf, at+p, newID[u16(g, p)])
		})
		glyf = append(glyf, make([]byte, pad4(len(g))-len(g))...)
	}
	offsets[len(order)] = len(glyf)
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

// subsetHmtx writes the metrics of order, dropping the trailing advances
// equal to the last full metric (common in CJK fonts: one advance for all).
func (f *Font) subsetHmtx(order []uint16) ([]byte, int) {
	n := len(order)
	last := f.advanceUnits(order[n-1])
	full := n
	for full > 1 && f.advanceUnits(order[full-2]) == last {
		full--
	}
	hmtx := make([]byte, 4*full+2*(n-full))
	for i, old := range order {
		if i < full {
			put16(hmtx, 4*i, f.advanceUnits(old))
			put16(hmtx, 4*i+2, uint16(f.lsbUnits(old)))
		} else {
			put16(hmtx, 4*full+2*(i-full), uint16(f.lsbUnits(old)))
		}
	}
	return hmtx, full
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
