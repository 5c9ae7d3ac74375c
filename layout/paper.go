package layout

import (
	"fmt"
	"math"
	"strings"
)

// Papers are the paper sizes WritePDF accepts.
var Papers = []string{"a4", "a5", "b5", "letter"}

// paper is a page size with the body size and margins chosen for it.
type paper struct {
	name       string
	w, h       float64 // pt
	size       float64 // body font size, pt
	side, top  float64 // minimum side margin and top margin, pt
	bottom     float64
	leading    float64 // baseline distance in body sizes
	measureEms int     // characters per line (filled in by measure)
	left       float64
}

const mm = 72 / 25.4

func paperFor(name string, fontSize float64) (paper, error) {
	var p paper
	switch strings.ToLower(name) {
	case "", "a4":
		p = paper{name: "a4", w: 210 * mm, h: 297 * mm, size: 11, side: 25 * mm, top: 28 * mm, bottom: 28 * mm}
	case "a5":
		p = paper{name: "a5", w: 148 * mm, h: 210 * mm, size: 9.5, side: 15 * mm, top: 18 * mm, bottom: 20 * mm}
	case "b5":
		p = paper{name: "b5", w: 176 * mm, h: 250 * mm, size: 10.5, side: 20 * mm, top: 24 * mm, bottom: 24 * mm}
	case "letter":
		p = paper{name: "letter", w: 8.5 * 72, h: 11 * 72, size: 11, side: 25 * mm, top: 26 * mm, bottom: 26 * mm}
	default:
		return p, fmt.Errorf("unknown paper %q (want one of %s)", name, strings.Join(Papers, ", "))
	}
	if fontSize < 0 || fontSize > 72 || math.IsNaN(fontSize) {
		return p, fmt.Errorf("font size %g pt out of range", fontSize)
	}
	if fontSize > 0 {
		p.size = fontSize
	}
	p.leading = 1.6
	// A measure of whole ems: lines of ideographs then need no adjustment.
	p.measureEms = int((p.w - 2*p.side) / p.size)
	if p.measureEms < 4 {
		return p, fmt.Errorf("font size %g pt leaves under 4 characters per line on %s", p.size, p.name)
	}
	p.left = (p.w - float64(p.measureEms)*p.size) / 2
	return p, nil
}

func (p paper) measure() float64 { return float64(p.measureEms) * p.size }

// latinMeasure is the longest line of a Latin-script document in ems:
// about 70 characters, the measure of book typesetting.
const latinMeasure = 33

// latinLeading is the baseline distance of Latin-script text in body
// sizes: Latin letters fill less of the em than ideographs do.
const latinLeading = 1.3

// forLatin narrows the measure for Latin-script text, keeping the block
// centred on the page, and sets it at a Latin leading.
func (p paper) forLatin(columns bool) paper {
	p.leading = latinLeading
	if p.measureEms > latinMeasure && !columns {
		p.measureEms = latinMeasure
		p.left = (p.w - float64(p.measureEms)*p.size) / 2
	}
	return p
}
