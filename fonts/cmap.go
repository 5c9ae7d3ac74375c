package fonts

import (
	"fmt"
	"slices"
)

// maxRune bounds the code points a character map may hold.
const maxRune = 0x10FFFF

// cmapBudget bounds the code points a subtable may list: well-formed
// subtables list each at most once, so more means overlapping ranges
// crafted to make reading slow.
const cmapBudget = 2 * (maxRune + 1)

// runeMap maps code points to glyph indices through 256-rune pages, so a
// lookup is two indexings with no lock; pages holding no glyph stay nil.
type runeMap struct {
	pages [(maxRune + 1) >> 8]*[256]uint16
	count int // mapped code points
}

func (m *runeMap) lookup(r rune) uint16 {
	if r < 0 || r > maxRune {
		return 0
	}
	p := m.pages[r>>8]
	if p == nil {
		return 0
	}
	return p[r&0xFF]
}

// set maps r to g. U+FFFF, a noncharacter that format 4 subtables reserve
// for their final segment, is never mapped.
func (m *runeMap) set(r rune, g uint16) {
	if g == 0 || r < 0 || r > maxRune || r == 0xFFFF {
		return
	}
	p := m.pages[r>>8]
	if p == nil {
		p = new([256]uint16)
		m.pages[r>>8] = p
	}
	if p[r&0xFF] == 0 {
		m.count++
	}
	p[r&0xFF] = g
}

// runes returns every mapped code point in increasing order.
func (m *runeMap) runes() []rune {
	out := make([]rune, 0, m.count)
	for i, p := range m.pages {
		if p == nil {
			continue
		}
		for j, g := range p {
			if g != 0 {
				out = append(out, rune(i<<8|j))
			}
		}
	}
	return out
}

// cmapChoice ranks the Unicode subtables we can read: full-repertoire
// format 12 first, then BMP format 4.
func cmapRank(platform, encoding, format uint16) int {
	unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
	switch {
	case !unicode:
		return 0
	case format == 12:
		return 2
	case format == 4:
		return 1
	}
	return 0
}

// parseCmap reads the best Unicode subtable of a cmap table, ignoring
// glyph indices at or beyond numGlyphs.
func parseCmap(cmap []byte, numGlyphs int) (*runeMap, error) {
	n := int(u16(cmap, 2))
	if 4+8*n > len(cmap) {
		return nil, fmt.Errorf("cmap: %w", ErrCorrupt)
	}
	best, bestOff := 0, 0
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		off := int(u32(cmap, rec+4))
		if off < 0 || off+2 > len(cmap) {
			continue
		}
		rank := cmapRank(u16(cmap, rec), u16(cmap, rec+2), u16(cmap, off))
		if rank > best {
			best, bestOff = rank, off
		}
	}
	m := new(runeMap)
	switch best {
	case 2:
		return m, readCmap12(m, cmap[bestOff:], numGlyphs)
	case 1:
		return m, readCmap4(m, cmap[bestOff:], numGlyphs)
	}
	return nil, fmt.Errorf("cmap: no Unicode character map (format 4 or 12)")
}

func readCmap4(m *runeMap, t []byte, numGlyphs int) error {
	segX2 := int(u16(t, 6))
	if segX2%2 != 0 || 16+4*segX2 > len(t) {
		return fmt.Errorf("cmap format 4: %w", ErrCorrupt)
	}
	ends, starts, deltas, ranges := 14, 16+segX2, 16+2*segX2, 16+3*segX2
	budget := cmapBudget
	for s := 0; s < segX2; s += 2 {
		end, start := int(u16(t, ends+s)), int(u16(t, starts+s))
		delta, ro := int(u16(t, deltas+s)), int(u16(t, ranges+s))
		if end < start {
			continue
		}
		if budget -= end - start + 1; budget < 0 {
			return fmt.Errorf("cmap format 4: overlapping segments: %w", ErrCorrupt)
		}
		for c := start; c <= end && c < 0xFFFF; c++ {
			var g int
			if ro == 0 {
				g = (c + delta) & 0xFFFF
			} else {
				at := ranges + s + ro + 2*(c-start)
				if at+2 > len(t) {
					break
				}
				if g = int(u16(t, at)); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g < numGlyphs {
				m.set(rune(c), uint16(g))
			}
		}
	}
	return nil
}

func readCmap12(m *runeMap, t []byte, numGlyphs int) error {
	n := int(u32(t, 12))
	if n < 0 || n > (len(t)-16)/12 {
		return fmt.Errorf("cmap format 12: %w", ErrCorrupt)
	}
	budget := int64(cmapBudget)
	for i := 0; i < n; i++ {
		g := 16 + 12*i
		start, end, glyph := int64(u32(t, g)), int64(u32(t, g+4)), int64(u32(t, g+8))
		if end > maxRune {
			end = maxRune
		}
		if end < start {
			continue
		}
		if budget -= end - start + 1; budget < 0 {
			return fmt.Errorf("cmap format 12: overlapping groups: %w", ErrCorrupt)
		}
		for c := start; c <= end; c++ {
			gid := glyph + c - start
			if gid >= int64(numGlyphs) {
				break
			}
			m.set(rune(c), uint16(gid))
		}
	}
	return nil
}

// cmapPair is one code point and the glyph it maps to in a subset.
type cmapPair struct {
	r rune
	g uint16
}

// buildCmap writes a cmap with a format 4 subtable for the BMP (the one
// fpdf reads) and, when pairs reach beyond it, a format 12 subtable too.
// pairs must be sorted by code point.
func buildCmap(pairs []cmapPair) ([]byte, error) {
	pairs = slices.DeleteFunc(slices.Clone(pairs), func(p cmapPair) bool { return p.r == 0xFFFF })
	var bmp []cmapPair
	wide := false
	for _, p := range pairs {
		if p.r < 0xFFFF {
			bmp = append(bmp, p)
		} else {
			wide = true
		}
	}
	f4, err := cmapFormat4(bmp)
	if err != nil {
		return nil, err
	}
	// Records point at shared subtable bodies: f4 first, then f12.
	type record struct{ platform, encoding, body uint16 }
	records := []record{{0, 3, 0}, {3, 1, 0}}
	bodies := [][]byte{f4}
	if wide {
		records = []record{{0, 3, 0}, {0, 4, 1}, {3, 1, 0}, {3, 10, 1}}
		bodies = append(bodies, cmapFormat12(pairs))
	}
	head := 4 + 8*len(records)
	offsets := []int{head, head + len(f4)}
	out := make([]byte, head, head+len(f4)+16+12*len(pairs))
	put16(out, 2, uint16(len(records)))
	for i, rec := range records {
		put16(out, 4+8*i, rec.platform)
		put16(out, 6+8*i, rec.encoding)
		put32(out, 8+8*i, uint32(offsets[rec.body]))
	}
	for _, b := range bodies {
		out = append(out, b...)
	}
	return out, nil
}

// cmapFormat4 builds a format 4 subtable. Each run of consecutive code
// points becomes one segment (glyphs are numbered in code point order, so
// an idDelta maps it). When that makes the subtable exceed its 16-bit
// length, runs separated by small gaps are merged into segments that list
// their glyphs (zeros in the gaps), with growing gaps until it fits.
func cmapFormat4(pairs []cmapPair) ([]byte, error) {
	for gap := 0; gap <= 64; gap = max(1, 2*gap) {
		if t := cmapFormat4Gap(pairs, gap); t != nil {
			return t, nil
		}
	}
	return nil, fmt.Errorf("cmap format 4: %d scattered characters do not fit in one subtable", len(pairs))
}

// format4Segment is one segment: glyphs is nil for an idDelta segment.
type format4Segment struct {
	start, end, delta int
	glyphs            []uint16
}

// cmapFormat4Gap builds the subtable merging runs at most gap code points
// apart, or returns nil when it would not fit.
func cmapFormat4Gap(pairs []cmapPair, gap int) []byte {
	var segs []format4Segment
	size := 16
	for i := 0; i < len(pairs); {
		j, consecutive := i+1, true
		for j < len(pairs) && int(pairs[j].r-pairs[j-1].r) <= gap+1 {
			consecutive = consecutive && pairs[j].r == pairs[j-1].r+1 && pairs[j].g == pairs[j-1].g+1
			j++
		}
		s := format4Segment{start: int(pairs[i].r), end: int(pairs[j-1].r)}
		if consecutive {
			s.delta = int(pairs[i].g) - s.start
		} else {
			s.glyphs = make([]uint16, s.end-s.start+1)
			for _, p := range pairs[i:j] {
				s.glyphs[int(p.r)-s.start] = p.g
			}
		}
		segs = append(segs, s)
		size += 8 + 2*len(s.glyphs)
		if size > 0xFFFF {
			return nil
		}
		i = j
	}
	segs = append(segs, format4Segment{start: 0xFFFF, end: 0xFFFF, delta: 1})
	n := len(segs)
	size += 8
	if size > 0xFFFF {
		return nil
	}
	t := make([]byte, size)
	put16(t, 0, 4)
	put16(t, 2, uint16(size))
	put16(t, 6, uint16(2*n))
	searchRange, selector := 2, 0
	for searchRange*2 <= 2*n {
		searchRange *= 2
		selector++
	}
	put16(t, 8, uint16(searchRange))
	put16(t, 10, uint16(selector))
	put16(t, 12, uint16(2*n-searchRange))
	array := 16 + 8*n // where glyph lists start
	for i, s := range segs {
		put16(t, 14+2*i, uint16(s.end))
		put16(t, 16+2*n+2*i, uint16(s.start))
		put16(t, 16+4*n+2*i, uint16(s.delta))
		if s.glyphs != nil {
			rangeOffset := 16 + 6*n + 2*i
			put16(t, rangeOffset, uint16(array-rangeOffset))
			for _, g := range s.glyphs {
				put16(t, array, g)
				array += 2
			}
		}
	}
	return t
}

func cmapFormat12(pairs []cmapPair) []byte {
	type group struct {
		start, end rune
		g          uint16
	}
	var groups []group
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && pairs[j].r == pairs[j-1].r+1 && pairs[j].g == pairs[j-1].g+1 {
			j++
		}
		groups = append(groups, group{pairs[i].r, pairs[j-1].r, pairs[i].g})
		i = j
	}
	t := make([]byte, 16+12*len(groups))
	put16(t, 0, 12)
	put32(t, 4, uint32(len(t)))
	put32(t, 12, uint32(len(groups)))
	for i, g := range groups {
		put32(t, 16+12*i, uint32(g.start))
		put32(t, 20+12*i, uint32(g.end))
		put32(t, 24+12*i, uint32(g.g))
	}
	return t
}
