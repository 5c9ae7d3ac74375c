package fonts

import (
	"fmt"
	"math"
)

// Many CJK fonts draw the punctuation Chinese shares with Latin text
// (“ ” ‘ ’ ·) with proportional Latin advances and keep the full-width forms
// behind OpenType features that e-readers do not apply to embedded fonts
// and that subsets drop. A CJK subset therefore maps such marks straight to
// a full-width glyph.

// placement is where a punctuation mark's ink sits in its 1 em cell in
// Simplified Chinese.
type placement int

const (
	flushLeft  placement = iota // closing marks: blank on the right
	flushRight                  // opening marks: blank on the left
	centred                     // interpuncts, dashes, ellipses
)

// markPlacement returns where r sits in its cell when r is a mark Chinese
// sets 1 em wide but fonts may draw narrower.
func markPlacement(r rune) (placement, bool) {
	switch r {
	case '“', '‘':
		return flushRight, true
	case '”', '’':
		return flushLeft, true
	case '·', // U+00B7 middle dot, 间隔号
		'‧', // U+2027 hyphenation point
		'・', // U+30FB katakana middle dot
		'—', // U+2014 em dash; —— is two of them
		'―', // U+2015 horizontal bar
		'…', // U+2026 ellipsis; …… is two of them
		'⋯', // U+22EF midline ellipsis
		'‥', // U+2025 two dot leader
		'〜': // U+301C wave dash
		return centred, true
	}
	return 0, false
}

// Script and language of the Simplified Chinese forms in GSUB.
const (
	scriptHani = "hani"
	langZHS    = "ZHS "
)

// madeGlyph is a glyph a CJK subset adds: a composite drawing the font's
// glyph old moved right by dx font units, 1 em wide.
type madeGlyph struct {
	old uint16
	dx  int16
}

// fullWidthForm returns, for a narrow mark r drawn by glyph g, either the
// font's own full-width glyph sub for it (fromFont) or a made glyph
// placing g in a 1 em cell. ok is false when r gets neither: it is not
// such a mark, is already 1 em wide, or has no ink to place (or ink so far
// out that moving it leaves the 16-bit coordinate range).
func (f *Font) fullWidthForm(r rune, g uint16) (sub uint16, made madeGlyph, fromFont, ok bool) {
	place, isMark := markPlacement(r)
	em := f.emUnits()
	if !isMark || int(f.advanceUnits(g)) >= em {
		return 0, madeGlyph{}, false, false
	}
	gsub := f.gsub()
	for _, feature := range []struct{ tag, script, lang string }{
		{"locl", scriptHani, langZHS}, {"fwid", scriptHani, langZHS}, {"fwid", "DFLT", ""},
	} {
		s, found := gsub.substitute(feature.tag, feature.script, feature.lang, g)
		if found && s != g && int(s) < f.numGlyphs && int(f.advanceUnits(s)) >= em && f.hasOutline(s) {
			return s, madeGlyph{}, true, true
		}
	}
	x0, x1, inked := f.inkUnits(g)
	if !inked {
		return 0, madeGlyph{}, false, false
	}
	var dx int
	switch place {
	case flushLeft: // keep the mark's own left side bearing
		dx = 0
	case flushRight: // keep its own right side bearing
		dx = em - int(f.advanceUnits(g))
	case centred:
		dx = (em - x0 - x1) / 2
	}
	if dx < math.MinInt16 || dx > math.MaxInt16 || x0+dx < math.MinInt16 || x1+dx > math.MaxInt16 {
		return 0, madeGlyph{}, false, false
	}
	return 0, madeGlyph{old: g, dx: int16(dx)}, false, true
}

// hasOutline reports whether glyph g has a charstring or glyf record
// (blank glyphs of TrueType fonts have none).
func (f *Font) hasOutline(g uint16) bool {
	if f.cff != nil {
		return int(g) < f.numGlyphs && len(f.cff.charStrings.item(int(g))) > 0
	}
	return f.glyphData(g) != nil
}

// emUnits is 1 em in font units.
func (f *Font) emUnits() int { return int(f.upem) }

// inkUnits returns glyph g's horizontal ink extent in font units: for
// TrueType read from the glyph header, which holds the bounding box of all
// its points, for CFF measured on the outline.
func (f *Font) inkUnits(g uint16) (x0, x1 int, ok bool) {
	if f.cff != nil {
		path, err := f.cff.outline(int(g))
		if err != nil {
			return 0, 0, false
		}
		a, b, ok := xExtent(path)
		if !ok || b <= a {
			return 0, 0, false
		}
		return int(math.Floor(a)), int(math.Ceil(b)), true
	}
	glyph := f.glyphData(g)
	if len(glyph) < 10 || i16(glyph, 6) <= i16(glyph, 2) {
		return 0, 0, false
	}
	return int(i16(glyph, 2)), int(i16(glyph, 6)), true
}

// Composite component flag: the two arguments are an x, y offset.
const argsAreXYValues = 0x0002

// compositeData returns the glyf record of m: one component, the glyph
// numbered component in the subset, offset by m.dx, with its bounding box
// moved by the same amount.
func (f *Font) compositeData(m madeGlyph, component uint16) []byte {
	orig := f.glyphData(m.old)
	b := make([]byte, 18)
	put16(b, 0, 0xFFFF) // numberOfContours -1: composite
	put16(b, 2, uint16(i16(orig, 2)+m.dx))
	put16(b, 4, uint16(i16(orig, 4)))
	put16(b, 6, uint16(i16(orig, 6)+m.dx))
	put16(b, 8, uint16(i16(orig, 8)))
	put16(b, 10, argsAreWords|argsAreXYValues)
	put16(b, 12, component)
	put16(b, 14, uint16(m.dx))
	put16(b, 16, 0)
	return b
}

// glyphStats returns the points, contours and composite depth of glyph g
// (depth 0 for a simple glyph). A damaged font can make components refer
// to each other, so nesting stops at 8 levels and 1024 components.
func (f *Font) glyphStats(g uint16) (points, contours, depth int, err error) {
	budget := 1024
	return f.glyphStatsWithin(g, 0, &budget)
}

func (f *Font) glyphStatsWithin(g uint16, level int, budget *int) (points, contours, depth int, err error) {
	glyph := f.glyphData(g)
	if len(glyph) < 10 {
		return 0, 0, 0, nil
	}
	if n := int(i16(glyph, 0)); n >= 0 {
		if n == 0 {
			return 0, 0, 0, nil
		}
		return int(u16(glyph, 10+2*(n-1))) + 1, n, 0, nil
	}
	if level >= 8 {
		return 0, 0, 0, fmt.Errorf("glyph %d: components nested too deep: %w", g, ErrCorrupt)
	}
	components(glyph, func(at int) {
		if *budget--; err != nil || *budget < 0 {
			if err == nil {
				err = fmt.Errorf("glyph %d: too many components: %w", g, ErrCorrupt)
			}
			return
		}
		p, c, d, e := f.glyphStatsWithin(u16(glyph, at), level+1, budget)
		points, contours, depth, err = points+p, contours+c, max(depth, d+1), e
	})
	return points, contours, max(depth, 1), err
}
