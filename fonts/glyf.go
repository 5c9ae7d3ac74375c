package fonts

// Composite glyph flags (OpenType 'glyf' specification).
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	haveTwoByTwo   = 0x0080
)

// glyphData returns the outline bytes of glyph g (nil for an empty glyph
// or one whose loca entry points outside glyf).
func (f *Font) glyphData(g uint16) []byte {
	if int(g) >= f.numGlyphs {
		return nil
	}
	var start, end uint32
	if f.locaLong {
		start, end = u32(f.loca, 4*int(g)), u32(f.loca, 4*int(g)+4)
	} else {
		start, end = 2*uint32(u16(f.loca, 2*int(g))), 2*uint32(u16(f.loca, 2*int(g)+2))
	}
	if start >= end || uint64(end) > uint64(len(f.glyf)) {
		return nil
	}
	return f.glyf[start:end]
}

// components calls visit with the byte offset (within glyph) of each
// component glyph index of a composite glyph; it does nothing for a simple
// glyph and stops at the first record that runs past the glyph's end.
func components(glyph []byte, visit func(at int)) {
	if len(glyph) < 10 || i16(glyph, 0) >= 0 {
		return
	}
	for p := 10; p+4 <= len(glyph); {
		flags := u16(glyph, p)
		visit(p + 2)
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if flags&moreComponents == 0 {
			return
		}
	}
}
