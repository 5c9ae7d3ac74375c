package epub

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"

	"github.com/klauspost/compress/zlib"
)

// writePNG writes a paletted image as an 8-bit PNG, its rows unfiltered
// (filters gain nothing on flat colours, and image/png uses none on
// paletted images either), deflated by the same deflater as the rest of
// the book: image/png's own, the standard library's, was most of the
// cover's time.
func writePNG(out *bytes.Buffer, img *image.Paletted) error {
	b := img.Bounds()
	out.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(b.Dx()))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(b.Dy()))
	ihdr[8], ihdr[9] = 8, 3 // 8 bits an index into a palette; deflate, no interlace
	pngChunk(out, "IHDR", ihdr[:])
	plte := make([]byte, 0, 3*len(img.Palette))
	alpha := make([]byte, 0, len(img.Palette))
	last := -1 // the last translucent entry: tRNS holds the alphas up to it
	for i, c := range img.Palette {
		n := color.NRGBAModel.Convert(c).(color.NRGBA)
		plte = append(plte, n.R, n.G, n.B)
		alpha = append(alpha, n.A)
		if n.A != 0xFF {
			last = i
		}
	}
	pngChunk(out, "PLTE", plte)
	if last >= 0 {
		pngChunk(out, "tRNS", alpha[:last+1])
	}
	var data bytes.Buffer
	z, err := zlib.NewWriterLevel(&data, zlib.BestSpeed)
	if err != nil {
		return err
	}
	row := make([]byte, 1+b.Dx()) // filter type 0 (none), then the indexes
	for y := b.Min.Y; y < b.Max.Y; y++ {
		i := img.PixOffset(b.Min.X, y)
		copy(row[1:], img.Pix[i:i+b.Dx()])
		if _, err := z.Write(row); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	pngChunk(out, "IDAT", data.Bytes())
	pngChunk(out, "IEND", nil)
	return nil
}

// pngChunk writes a chunk: its length, type, data, and the CRC of type and
// data.
func pngChunk(out *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	out.WriteString(kind)
	out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	out.Write(n[:])
}
