package markdown

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // DecodeConfig reads JPEG headers
	_ "image/png"  // and PNG headers
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Limits on an image file: enough for any figure of a report, small
// enough that a hostile file cannot exhaust memory when it is decoded.
const (
	MaxImageBytes  = 16 << 20
	MaxImagePixels = 40_000_000
)

// LoadImages reads the PNG and JPEG files of the document's figures from
// dir, the folder of the Markdown file. Only files inside that folder are
// read: a remote URL, an absolute path, a path that climbs out with "..",
// or a symbolic link that leads out is refused with a warning, as is a file
// that is missing, too large, or not a PNG or JPEG. A refused figure keeps
// its alt text. dir "" (standard input) reads no file.
func (d *Document) LoadImages(dir string) {
	var realDir string
	if dir != "" {
		var err error
		if realDir, err = filepath.EvalSymlinks(dir); err != nil {
			realDir = ""
		} else if realDir, err = filepath.Abs(realDir); err != nil {
			realDir = ""
		}
	}
	loaded := map[string]*Image{}
	d.Walk(func(b *Block, _ int) bool {
		if b.Kind != Figure || b.Image == nil {
			return true
		}
		if err := loadImage(b.Image, dir, realDir, loaded); err != nil {
			d.warn(b.Line, "image %q %s; its alt text is shown instead", b.Image.Src, err)
		}
		return true
	})
	sort.SliceStable(d.Warnings, func(i, j int) bool { return d.Warnings[i].Line < d.Warnings[j].Line })
}

func loadImage(im *Image, dir, realDir string, loaded map[string]*Image) error {
	src := im.Src
	if src == "" {
		return fmt.Errorf("has no path")
	}
	if u, err := url.Parse(src); err == nil && (len(u.Scheme) > 1 || strings.HasPrefix(src, "//")) {
		return fmt.Errorf("is not fetched (remote images are never downloaded)")
	}
	p := src
	if u, err := url.PathUnescape(src); err == nil {
		p = u
	}
	if filepath.IsAbs(p) || strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`) || filepath.VolumeName(p) != "" {
		return fmt.Errorf("refused: an absolute path is never embedded")
	}
	if dir == "" || realDir == "" {
		return fmt.Errorf("not read: the document has no folder to read it from")
	}
	joined := filepath.Join(dir, p)
	if rel, err := filepath.Rel(dir, joined); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("refused: it is outside the document's folder")
	}
	real, err := filepath.EvalSymlinks(joined)
	if err != nil {
		return fmt.Errorf("not found")
	}
	if real, err = filepath.Abs(real); err != nil {
		return fmt.Errorf("not found")
	}
	if rel, err := filepath.Rel(realDir, real); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("refused: a link leads outside the document's folder")
	}
	if prev, ok := loaded[real]; ok {
		im.Path, im.Data, im.Format, im.Width, im.Height = prev.Path, prev.Data, prev.Format, prev.Width, prev.Height
		return nil
	}
	st, err := os.Stat(real)
	if err != nil || !st.Mode().IsRegular() {
		return fmt.Errorf("is not a file")
	}
	if st.Size() > MaxImageBytes {
		return fmt.Errorf("is %d MB, more than %d MB", st.Size()>>20, MaxImageBytes>>20)
	}
	f, err := os.Open(real)
	if err != nil {
		return fmt.Errorf("cannot be read")
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxImageBytes+1))
	f.Close()
	if err != nil || len(data) > MaxImageBytes {
		return fmt.Errorf("cannot be read")
	}
	var format string
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		format = "png"
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		format = "jpeg"
	default:
		return fmt.Errorf("is not a PNG or JPEG file")
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("is a damaged %s file", strings.ToUpper(format))
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxImagePixels {
		return fmt.Errorf("has %d×%d pixels, more than %d million", cfg.Width, cfg.Height, MaxImagePixels/1_000_000)
	}
	im.Path, im.Data, im.Format, im.Width, im.Height = real, data, format, cfg.Width, cfg.Height
	loaded[real] = im
	return nil
}
