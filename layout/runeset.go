package layout

import "sort"

// runeSet is a set of characters: a bit for each character of the Basic
// Multilingual Plane, a map for the rest. The fonts' subsets are read off
// every glyph of the document, hundreds of thousands in a long one, and a
// bit costs far less to set than a map entry.
type runeSet struct {
	bmp  [1 << 16 / 64]uint64
	rest map[rune]bool
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		s.bmp[r>>6] |= 1 << (r & 63)
		return
	}
	if s.rest == nil {
		s.rest = map[rune]bool{}
	}
	s.rest[r] = true
}

// sorted returns the characters in ascending order.
func (s *runeSet) sorted() []rune {
	var out []rune
	for w, bits := range s.bmp {
		for b := 0; bits != 0; b, bits = b+1, bits>>1 {
			if bits&1 != 0 {
				out = append(out, rune(w<<6+b))
			}
		}
	}
	var rest []rune
	for r := range s.rest {
		rest = append(rest, r)
	}
	sort.Slice(rest, func(a, b int) bool { return rest[a] < rest[b] })
	return append(out, rest...)
}

// familyRunes is a runeSet per font program (by family index).
type familyRunes []*runeSet

// addLine notes the characters line ln draws with each font program.
func (u *familyRunes) addLine(fs *faceSet, ln line) {
	face, set := int32(-1), (*runeSet)(nil)
	for _, g := range ln.glyphs {
		if g.face != face || set == nil {
			face = g.face
			fam := fs.faces[face].family
			for len(*u) <= fam {
				*u = append(*u, nil) // a font program found after the set was made
			}
			if (*u)[fam] == nil {
				(*u)[fam] = &runeSet{}
			}
			set = (*u)[fam]
		}
		set.add(g.r)
		if g.space {
			set.add(' ') // drawn between words
		}
	}
}

// sorted returns, per font program, the sorted characters drawn with it;
// n is the number of font programs.
func (u familyRunes) sorted(n int) [][]rune {
	out := make([][]rune, max(n, len(u)))
	for fam, set := range u {
		if set != nil {
			out[fam] = set.sorted()
		}
	}
	return out
}
