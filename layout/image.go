package layout

import (
	"bytes"
	"fmt"
	"image"
	imagedraw "image/draw"
	"image/png"

	"github.com/cjk-publish/publish/markdown"
)

// Figures: the picture as an image XObject, scaled to the measure but
// never past its pixel size at 150 dpi (a small chart stays sharp rather
// than blown up), and never taller than a page; the caption is set
// centred under it. A figure whose file was not loaded shows its alt text.

// printDPI is the resolution a picture is printed at, at most.
const printDPI = 150

// figureData is a picture ready for fpdf.
type figureData struct {
	name   string // registered name, unique in the document
	data   []byte
	format string // "PNG" or "JPG"
	w, h   float64
}

func (c *composer) figure(b *markdown.Block, bx box, where func(int) string, parent int) {
	em := c.p.size
	im := b.Image
	if im == nil {
		return
	}
	caption := func(before float64, elem int) {
		if im.Caption == "" {
			return
		}
		c.curTag = c.tags.add("Caption", elem)
		c.setParagraph([]textRun{{text: im.Caption}}, paraStyle{size: 0.9 * em, width: bx.width - 2*em, left: bx.left + em, centre: true, before: before}, where)
	}
	if !im.Loaded() {
		text := im.Alt
		if text == "" {
			text = im.Src
		}
		c.curTag = c.tags.add("P", parent)
		c.setParagraph([]textRun{{text: text}}, paraStyle{size: 0.9 * em, gray: true, width: bx.width - 2*em, left: bx.left + em, centre: true, before: 0.5 * em, keep: im.Caption != ""}, where)
		caption(0.2*em, parent)
		c.space(0.5 * em)
		return
	}
	data, format, err := pdfImage(im)
	if err != nil {
		c.warn = append(c.warn, fmt.Sprintf("line %d: image %q cannot be embedded (%v); its alt text is shown instead", b.Line, im.Src, err))
		im = &markdown.Image{Alt: im.Alt, Caption: im.Caption, Src: im.Src}
		c.figure(&markdown.Block{Kind: markdown.Figure, Image: im, Line: b.Line}, bx, where, parent)
		return
	}
	w := float64(im.Width) * 72 / printDPI
	h := float64(im.Height) * 72 / printDPI
	if w > bx.width {
		w, h = bx.width, h*bx.width/w
	}
	if maxH := c.p.h - c.p.top - c.p.bottom - 4*em; h > maxH {
		w, h = w*maxH/h, maxH
	}
	fig := &figureData{name: fmt.Sprintf("figure%d", len(c.rows)), data: data, format: format, w: w, h: h}
	elem := c.tags.add("Figure", parent)
	c.tags.elems[elem].alt = im.Alt
	c.rows = append(c.rows, row{kind: imageRow, x: c.p.left + bx.left + (bx.width-w)/2, height: h + 0.4*em, size: em,
		before: 0.6 * em, keep: im.Caption != "", anchor: -1, para: -1, tag: int32(elem), extra: &rowExtra{img: fig}})
	caption(0, elem)
	c.space(0.6 * em)
}

// pdfImage gives the image's data in a form fpdf embeds: JPEG as it is,
// PNG as it is unless interlaced (which fpdf cannot read), then decoded
// and written again.
func pdfImage(im *markdown.Image) ([]byte, string, error) {
	if im.Format == "jpeg" {
		return im.Data, "JPG", nil
	}
	const interlaceAt = 28 // in the IHDR chunk after the signature
	if len(im.Data) > interlaceAt && im.Data[interlaceAt] == 0 {
		return im.Data, "PNG", nil
	}
	src, err := png.Decode(bytes.NewReader(im.Data))
	if err != nil {
		return nil, "", err
	}
	dst := image.NewNRGBA(src.Bounds())
	imagedraw.Draw(dst, dst.Bounds(), src, src.Bounds().Min, imagedraw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, dst); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), "PNG", nil
}
