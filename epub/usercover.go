package epub

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // cover images: the EPUB core media types that Go decodes
	_ "image/jpeg"
	_ "image/png"
)

// maxCoverPixels bounds a given cover image: a larger one is no cover but
// a mistake (or a decompression bomb for readers).
const maxCoverPixels = 10000 * 10000

// CoverType checks that data is a cover image an EPUB may hold (PNG, JPEG
// or GIF) and returns its media type and file extension.
func CoverType(data []byte) (mediaType, ext string, err error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, image.ErrFormat) {
			return "", "", errors.New("not a PNG, JPEG or GIF image")
		}
		return "", "", fmt.Errorf("broken image: %v", err)
	}
	if cfg.Width < 1 || cfg.Height < 1 || cfg.Width*cfg.Height > maxCoverPixels {
		return "", "", fmt.Errorf("%dx%d pixels is no cover size", cfg.Width, cfg.Height)
	}
	switch format {
	case "png":
		return "image/png", ".png", nil
	case "jpeg":
		return "image/jpeg", ".jpg", nil
	case "gif":
		return "image/gif", ".gif", nil
	}
	return "", "", fmt.Errorf("%s images cannot be EPUB covers (use PNG, JPEG or GIF)", format)
}
