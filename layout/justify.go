package layout

import "math"

// placed is a glyph at its final horizontal position on a line.
type placed struct {
	glyph
	x     float64 // origin of the glyph from the line start, pt
	end   float64 // where the glyph's text-extraction box should end, pt
	space bool    // a source space follows: leave the gap visible to extraction
	soft  bool    // a hyphen added at a line end: not part of the text
	style inline
	link  int32 // link table index; 0 = none
}

// line is one set line: glyphs placed, ready to draw.
type line struct {
	glyphs  []placed
	width   float64 // the set width (the measure for justified lines)
	natural float64 // the width at natural spacing
	ratio   float64 // adjustment ratio used (0 for natural lines)
	last    bool    // the paragraph's last line (or a line ending in a hard break)
}

// setLines justifies every line except the last ones of the paragraph to
// the measure exactly: stretch and shrink are spent in proportion to each
// glue's capacity, never inside Latin words, numbers, —— or …….
func setLines(items []item, breaks breakResult, measure float64, justify bool) []line {
	return setLinesWith(items, prefixSums(items, nil), breaks, measure, justify)
}

// setLinesWith is setLines with the items' prefix sums already computed.
// All lines of the paragraph share one glyph array.
func setLinesWith(items []item, s []sum, breaks breakResult, measure float64, justify bool) []line {
	boxes := 0
	for i := range items {
		if items[i].kind == boxItem && !items[i].blank {
			boxes++
		}
	}
	all := make([]placed, 0, boxes+len(breaks)) // and a hyphen a line at most
	out := make([]line, 0, len(breaks))
	for k := range breaks {
		a, b := lineSpan(items, breaks, k)
		if k == 0 {
			a = 0
		}
		ln := line{natural: endSum(items, s, b).w - s[a].w, glyphs: all[len(all):len(all):cap(all)]}
		ln.last = items[b].forced && math.IsInf(items[b].stretch, 1)
		r := 0.0
		spread := 0.0 // extra per glue when the line has no stretch at all
		if justify && (!ln.last || ln.natural > measure) {
			r = ratio(items, s, a, b, measure)
			if math.IsInf(r, 0) || math.IsNaN(r) {
				r = 0
				if n := glueCount(items, a, b); n > 0 && ln.natural < measure {
					spread = (measure - ln.natural) / float64(n)
				}
			}
		}
		ln.ratio = r
		x := 0.0
		for i := a; i < b; i++ {
			it := items[i]
			if it.kind == glueItem {
				w := it.width + spread
				switch {
				case r > 0:
					w += r * it.stretch
				case r < 0:
					w += r * it.shrink
				}
				x += w
				if it.space && len(ln.glyphs) > 0 {
					ln.glyphs[len(ln.glyphs)-1].space = true
				}
				continue
			}
			if !it.blank {
				if n := len(ln.glyphs); n > 0 && !ln.glyphs[n-1].space {
					ln.glyphs[n-1].end = x + it.offset
				}
				ln.glyphs = append(ln.glyphs, placed{glyph: it.g, x: x + it.offset, end: x + it.offset + it.g.adv, style: it.style, link: it.link})
				if i+1 == b {
					ln.glyphs[len(ln.glyphs)-1].end = x + it.width
				}
			}
			x += it.width
		}
		if it := items[b]; it.hyphen && !ln.last {
			if n := len(ln.glyphs); n > 0 {
				ln.glyphs[n-1].end = x
			}
			ln.glyphs = append(ln.glyphs, placed{glyph: it.g, x: x, end: x + it.g.adv, soft: true})
			x += it.g.adv
		}
		if n := len(ln.glyphs); n > 0 && ln.glyphs[n-1].end < ln.glyphs[n-1].x {
			ln.glyphs[n-1].end = ln.glyphs[n-1].x
		}
		ln.width = x
		// The next line's glyphs follow in the shared array; cap this one.
		ln.glyphs = ln.glyphs[:len(ln.glyphs):len(ln.glyphs)]
		all = all[:len(all)+len(ln.glyphs)]
		out = append(out, ln)
	}
	return out
}

func glueCount(items []item, a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if items[i].kind == glueItem {
			n++
		}
	}
	return n
}
