package epub

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// TestWritePNG reads the PNG back with image/png: the same size, palette
// and pixels, for opaque and translucent palettes and an image that does
// not start at the origin.
func TestWritePNG(t *testing.T) {
	opaque := color.Palette{color.RGBA{0xF4, 0xEF, 0xE4, 0xFF}, color.RGBA{0x22, 0x1D, 0x1A, 0xFF}, color.RGBA{0x9E, 0x1C, 0x1C, 0xFF}}
	translucent := color.Palette{color.NRGBA{0x10, 0x20, 0x30, 0x80}, color.NRGBA{0xFF, 0, 0, 0xFF}, color.NRGBA{0, 0, 0, 0}, color.NRGBA{1, 2, 3, 0xFF}}
	for _, tc := range []struct {
		name string
		rect image.Rectangle
		pal  color.Palette
	}{
		{"opaque", image.Rect(0, 0, 37, 11), opaque},
		{"translucent", image.Rect(0, 0, 5, 9), translucent},
		{"offset", image.Rect(3, 4, 20, 30), opaque},
		{"one pixel", image.Rect(0, 0, 1, 1), opaque},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img := image.NewPaletted(tc.rect, tc.pal)
			for y := tc.rect.Min.Y; y < tc.rect.Max.Y; y++ {
				for x := tc.rect.Min.X; x < tc.rect.Max.X; x++ {
					img.SetColorIndex(x, y, uint8((x*7+y*3)%len(tc.pal)))
				}
			}
			var buf bytes.Buffer
			if err := writePNG(&buf, img); err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(&buf)
			if err != nil {
				t.Fatalf("image/png cannot read it: %v", err)
			}
			p, ok := got.(*image.Paletted)
			if !ok {
				t.Fatalf("read as %T, want *image.Paletted", got)
			}
			if p.Bounds().Size() != tc.rect.Size() {
				t.Fatalf("size %v, want %v", p.Bounds().Size(), tc.rect.Size())
			}
			for i, c := range tc.pal {
				if w, g := color.NRGBAModel.Convert(c), color.NRGBAModel.Convert(p.Palette[i]); w != g {
					t.Errorf("palette %d: %v, want %v", i, g, w)
				}
			}
			for y := 0; y < tc.rect.Dy(); y++ {
				for x := 0; x < tc.rect.Dx(); x++ {
					if a, b := p.ColorIndexAt(x, y), img.ColorIndexAt(tc.rect.Min.X+x, tc.rect.Min.Y+y); a != b {
						t.Fatalf("pixel %d,%d: index %d, want %d", x, y, a, b)
					}
				}
			}
		})
	}
}
