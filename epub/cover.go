package epub

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/headline"
	"github.com/cjk-publish/publish/markdown"
)

// Cover geometry in pixels: the 3:4 page most e-reader libraries show.
const (
	coverW, coverH = 1200, 1600
	coverMargin    = 150 // text stays this far from the left and right edges
)

const rampSteps = 64 // levels of each anti-aliasing ramp

type ink int

const (
	inkBlack ink = iota
	inkRed
)

// canvas is a paletted cover image with helpers to draw on it.
type canvas struct {
	img *image.Paletted
}

// newCanvas makes a blank page. The cover has three colours: paper, ink and
// a red accent. Anti-aliased edges are ramps from paper to each colour, so
// the image is paletted (one byte a pixel), which keeps encoding it cheap.
func newCanvas() *canvas {
	paper := color.RGBA{0xF4, 0xEF, 0xE4, 0xFF}
	ink := color.RGBA{0x22, 0x1D, 0x1A, 0xFF}
	red := color.RGBA{0x9E, 0x1C, 0x1C, 0xFF}
	pal := color.Palette{paper}
	for _, c := range []color.RGBA{ink, red} { // in the order of the ink constants
		for k := 1; k <= rampSteps; k++ {
			pal = append(pal, blend(paper, c, float64(k)/rampSteps))
		}
	}
	return &canvas{img: image.NewPaletted(image.Rect(0, 0, coverW, coverH), pal)}
}

func blend(a, b color.RGBA, t float64) color.RGBA {
	mix := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xFF}
}

// index is the palette entry for coverage alpha (0-255) of colour c, scaled
// by strength (1 = full colour).
func index(c ink, alpha uint8, strength float64) uint8 {
	k := int(float64(alpha)*strength*rampSteps/255 + 0.5)
	if k <= 0 {
		return 0
	}
	return uint8(int(c)*rampSteps + k)
}

// fill paints a rectangle.
func (cv *canvas) fill(r image.Rectangle, c ink) {
	r = r.Intersect(cv.img.Rect)
	v := index(c, 255, 1)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := cv.img.Pix[y*cv.img.Stride:]
		for x := r.Min.X; x < r.Max.X; x++ {
			row[x] = v
		}
	}
}

// frame paints the outline of r, width w.
func (cv *canvas) frame(r image.Rectangle, w int, c ink) {
	cv.fill(image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+w), c)
	cv.fill(image.Rect(r.Min.X, r.Max.Y-w, r.Max.X, r.Max.Y), c)
	cv.fill(image.Rect(r.Min.X, r.Min.Y, r.Min.X+w, r.Max.Y), c)
	cv.fill(image.Rect(r.Max.X-w, r.Min.Y, r.Max.X, r.Max.Y), c)
}

// text draws one line centred on the page with its baseline at y.
func (cv *canvas) text(face font.Face, line string, y int, c ink, strength float64) {
	w := font.MeasureString(face, line)
	dot := fixed.Point26_6{X: fixed.I(coverW/2) - w/2, Y: fixed.I(y)}
	prev := rune(-1)
	for _, r := range line {
		if prev >= 0 {
			dot.X += face.Kern(prev, r)
		}
		dr, mask, mp, adv, ok := face.Glyph(dot, r)
		if ok {
			cv.stamp(dr, mask, mp, c, strength)
		}
		dot.X += adv
		prev = r
	}
}

// stamp composites a glyph mask, keeping the stronger coverage where
// glyphs overlap.
func (cv *canvas) stamp(dr image.Rectangle, mask image.Image, mp image.Point, c ink, strength float64) {
	a, ok := mask.(*image.Alpha)
	clip := dr.Intersect(cv.img.Rect)
	for y := clip.Min.Y; y < clip.Max.Y; y++ {
		row := cv.img.Pix[y*cv.img.Stride:]
		for x := clip.Min.X; x < clip.Max.X; x++ {
			mx, my := mp.X+x-dr.Min.X, mp.Y+y-dr.Min.Y
			var alpha uint8
			if ok {
				alpha = a.Pix[(my-a.Rect.Min.Y)*a.Stride+mx-a.Rect.Min.X]
			} else {
				_, _, _, al := mask.At(mx, my).RGBA()
				alpha = uint8(al >> 8)
			}
			if v := index(c, alpha, strength); v != 0 && (row[x] == 0 || v > row[x]) {
				row[x] = v
			}
		}
	}
}

// coverText shortens s to 300 characters with an ellipsis.
func coverText(s string) string {
	n := 0
	for i := range s {
		if n == 299 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// renderCover draws the cover: a double red frame, the title in large
// type, a red rule, the subtitle and the author, all centred.
func renderCover(m markdown.Meta, titleFont, textFont *fonts.Font) ([]byte, error) {
	text := m.Subtitle + m.Author
	if textFont == titleFont {
		text += m.Title
	}
	bf, err := coverFace(textFont, text)
	if err != nil {
		return nil, err
	}
	tf := bf
	if textFont != titleFont {
		if tf, err = coverFace(titleFont, m.Title); err != nil {
			return nil, err
		}
	}
	// No cover line holds 300 characters: longer texts are cut first, so
	// that fitting them stays cheap.
	m.Title, m.Subtitle, m.Author = coverText(m.Title), coverText(m.Subtitle), coverText(m.Author)
	cv := newCanvas()
	cv.frame(image.Rect(56, 56, coverW-56, coverH-56), 8, inkRed)
	cv.frame(image.Rect(80, 80, coverW-80, coverH-80), 2, inkRed)

	width := coverW - 2*coverMargin
	titleSize, titleLines, err := fitTitle(tf, m.Title, width-60)
	if err != nil {
		return nil, err
	}
	face, err := newFace(tf, titleSize)
	if err != nil {
		return nil, err
	}
	lineGap := int(titleSize * 1.25)
	// A title of many lines starts higher, so that the rule and the
	// subtitle keep their room below it.
	y := 560 - max(0, len(titleLines)-2)*lineGap/2
	for _, l := range titleLines {
		cv.text(face, l, y, inkBlack, 1)
		y += lineGap
	}
	y += 10 - lineGap + int(titleSize*0.5)
	cv.fill(image.Rect(coverW/2-140, y, coverW/2+140, y+6), inkRed)
	y += 110

	if m.Subtitle != "" {
		size, lines, err := fit(bf, m.Subtitle, width, 56, 36, 4)
		if err != nil {
			return nil, err
		}
		face, err := newFace(bf, size)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			cv.text(face, l, y, inkBlack, 0.8)
			y += int(size * 1.6)
		}
	}
	if m.Author != "" {
		size, lines, err := fit(bf, m.Author, width, 44, 30, 2)
		if err != nil {
			return nil, err
		}
		face, err := newFace(bf, size)
		if err != nil {
			return nil, err
		}
		ay := coverH - 200 - int(size*1.5)*(len(lines)-1)
		for _, l := range lines {
			cv.text(face, l, ay, inkBlack, 0.85)
			ay += int(size * 1.5)
		}
	}
	var out bytes.Buffer
	if err := writePNG(&out, cv.img); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// coverFace parses a subset of f holding the characters of text (and the
// ellipsis fit may add): a whole CJK font is tens of megabytes to copy out
// of its collection and parse for a few lines.
func coverFace(f *fonts.Font, text string) (*opentype.Font, error) {
	sub, err := f.Subset([]rune(text + "…"))
	if err != nil {
		return nil, err
	}
	of, err := opentype.Parse(sub)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	return of, nil
}

func newFace(f *opentype.Font, size float64) (font.Face, error) {
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("cover face at %.0f px: %w", size, err)
	}
	return face, nil
}

// Cover type sizes in pixels of the 1200-pixel-wide cover. A library
// shows covers about 160 pixels wide: at that scale a title set at
// legibleTitle pixels still has CJK characters 12 pixels high.
const (
	legibleTitle = 90
	largestTitle = 128
	titleLines   = 3 // at most, when a legible size allows
	mostLines    = 7 // a very long title at the legible size; the rest is cut
)

// fitTitle chooses the largest size from largestTitle down to
// legibleTitle at which the title breaks into at most titleLines balanced
// lines, none inside a word; else the same with one line more; else the
// size that needs the fewest lines. A title longer still is cut after
// mostLines at the legible size.
func fitTitle(f *opentype.Font, text string, width int) (float64, []string, error) {
	type choice struct {
		size  float64
		lines []string
		cost  float64
	}
	var tried []choice
	for size := float64(largestTitle); size >= legibleTitle; size -= 6 {
		face, err := newFace(f, size)
		if err != nil {
			return 0, nil, err
		}
		lines, cost := balancedLines(face, text, width)
		tried = append(tried, choice{size, lines, cost})
	}
	for _, most := range []int{titleLines, titleLines + 1} {
		for _, c := range tried {
			if len(c.lines) <= most && c.cost < headline.Bad {
				return c.size, c.lines, nil
			}
		}
	}
	best := tried[0]
	for _, c := range tried {
		if len(c.lines) < len(best.lines) {
			best = c
		}
	}
	if len(best.lines) <= mostLines {
		return best.size, best.lines, nil
	}
	_, lines, err := fit(f, text, width, legibleTitle, legibleTitle, mostLines)
	return legibleTitle, lines, err
}

// fit finds the largest size between max and min (pixels) at which text
// keeps to the fewest lines it needs at max size, or else sets it at min
// size in at most maxLines balanced lines (the last may be cut with an
// ellipsis).
func fit(f *opentype.Font, text string, width int, maxSize, minSize float64, maxLines int) (float64, []string, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return maxSize, nil, nil
	}
	var want int
	for size := maxSize; size >= minSize; size -= 4 {
		face, err := newFace(f, size)
		if err != nil {
			return 0, nil, err
		}
		lines, _ := balancedLines(face, text, width)
		if want == 0 {
			want = min(len(lines), 2)
		}
		if len(lines) <= want {
			return size, lines, nil
		}
	}
	face, err := newFace(f, minSize)
	if err != nil {
		return 0, nil, err
	}
	lines, _ := balancedLines(face, text, width)
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		last := []rune(strings.TrimRight(lines[maxLines-1], " "))
		for len(last) > 0 && font.MeasureString(face, string(last)+"…") > fixed.I(width) {
			last = last[:len(last)-1]
		}
		lines[maxLines-1] = strings.TrimRight(string(last), " ") + "…"
	}
	return minSize, lines, nil
}

// balancedLines breaks text with the headline package: on phrase
// boundaries, with kinsoku, in lines of nearly equal width.
func balancedLines(face font.Face, text string, width int) ([]string, float64) {
	measure := func(s string) float64 { return float64(font.MeasureString(face, s)) / 64 }
	return headline.BreakCost(text, float64(width), measure)
}
