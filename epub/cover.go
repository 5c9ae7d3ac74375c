package epub

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/cjk-publish/publish/fonts"
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

// renderCover draws the cover: a double red frame, the title in large
// type, a red rule, the subtitle and the author, all centred.
func renderCover(m markdown.Meta, titleFont, textFont *fonts.Font) ([]byte, error) {
	tf, err := opentype.Parse(titleFont.Data())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", titleFont.Name, err)
	}
	bf := tf
	if textFont != titleFont {
		if bf, err = opentype.Parse(textFont.Data()); err != nil {
			return nil, fmt.Errorf("%s: %w", textFont.Name, err)
		}
	}
	cv := newCanvas()
	cv.frame(image.Rect(56, 56, coverW-56, coverH-56), 8, inkRed)
	cv.frame(image.Rect(80, 80, coverW-80, coverH-80), 2, inkRed)

	width := coverW - 2*coverMargin
	titleSize, titleLines, err := fit(tf, m.Title, width-60, 112, 64, 4)
	if err != nil {
		return nil, err
	}
	y := 560
	face, err := newFace(tf, titleSize)
	if err != nil {
		return nil, err
	}
	lineGap := int(titleSize * 1.3)
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
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&out, cv.img); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func newFace(f *opentype.Font, size float64) (font.Face, error) {
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("cover face at %.0f px: %w", size, err)
	}
	return face, nil
}

var phraseBreak = regexp.MustCompile(`\x{3000}+|\s{2,}`)

// fit finds the largest size between max and min (pixels) at which text
// fits width on one line, or else breaks it into at most maxLines lines at
// min size (the last line may be cut with an ellipsis).
func fit(f *opentype.Font, text string, width int, maxSize, minSize float64, maxLines int) (float64, []string, error) {
	// A subtitle with an ideographic space (or a run of spaces) is two
	// phrases: one a line when they fit.
	var phrases []string
	for _, p := range phraseBreak.Split(strings.TrimSpace(text), -1) {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			phrases = append(phrases, p)
		}
	}
	if len(phrases) == 0 {
		return maxSize, nil, nil
	}
	for size := maxSize; size >= minSize; size -= 4 {
		face, err := newFace(f, size)
		if err != nil {
			return 0, nil, err
		}
		lines := wrap(face, phrases, width)
		if len(lines) <= len(phrases) {
			return size, lines, nil
		}
	}
	face, err := newFace(f, minSize)
	if err != nil {
		return 0, nil, err
	}
	lines := wrap(face, phrases, width)
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

// wrap breaks each phrase greedily into lines no wider than width: between
// any two CJK characters, or at spaces.
func wrap(face font.Face, phrases []string, width int) []string {
	var lines []string
	limit := fixed.I(width)
	for _, p := range phrases {
		var line strings.Builder
		for _, tok := range tokens(p) {
			cand := line.String() + tok
			if line.Len() > 0 && font.MeasureString(face, strings.TrimRight(cand, " ")) > limit {
				lines = append(lines, strings.TrimRight(line.String(), " "))
				line.Reset()
				tok = strings.TrimLeft(tok, " ")
			}
			line.WriteString(tok)
		}
		if l := strings.TrimRight(line.String(), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// tokens splits text into units a line may break between: single wide
// characters (with any closing punctuation after them) and words with
// their following space.
func tokens(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case markdown.IsWide(r) && unicode.In(r, unicode.Pe, unicode.Pf, unicode.Po) && len(out) > 0 && cur.Len() == 0:
			out[len(out)-1] += string(r) // never start a line with a closing mark
		case markdown.IsWide(r):
			flush()
			cur.WriteRune(r)
			flush()
		case r == ' ':
			cur.WriteRune(r)
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}
