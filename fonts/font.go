// Package fonts provides the TrueType fonts both writers draw with: the
// bundled default CJK font, fonts chosen by path or family name, per-rune
// coverage and metrics, and subsets holding only the glyphs a document uses.
package fonts

import (
	_ "embed"
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

//go:embed data/LXGWWenKai-Regular.ttf
var bundledRegular []byte

//go:embed data/LXGWWenKai-Bold.ttf
var bundledBold []byte

// Font is a parsed TrueType font. It is safe for concurrent use.
type Font struct {
	Name string // family and style, e.g. "LXGW WenKai Regular"
	Path string // file it came from; "" for the bundled fonts

	data []byte
	sf   *sfnt.Font
	upem float64

	mu  sync.Mutex
	buf sfnt.Buffer
}

// Parse reads a standalone TrueType font.
func Parse(name string, data []byte) (*Font, error) {
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: not a usable font: %w", name, err)
	}
	f := &Font{Name: name, data: data, sf: sf, upem: float64(sf.UnitsPerEm())}
	if n, err := sf.Name(&f.buf, sfnt.NameIDFull); err == nil && n != "" {
		f.Name = n
	}
	return f, nil
}

var (
	bundledOnce   sync.Once
	bundledFonts  [2]*Font
	bundledFailed error
)

func loadBundled() {
	bundledOnce.Do(func() {
		bundledFonts[0], bundledFailed = Parse("LXGW WenKai Regular", bundledRegular)
		if bundledFailed == nil {
			bundledFonts[1], bundledFailed = Parse("LXGW WenKai Bold", bundledBold)
		}
	})
	if bundledFailed != nil {
		panic("bundled font is corrupt: " + bundledFailed.Error())
	}
}

// Bundled returns the default body font, parsed once per process.
func Bundled() *Font { loadBundled(); return bundledFonts[0] }

// BundledBold returns the default heading font, parsed once per process.
func BundledBold() *Font { loadBundled(); return bundledFonts[1] }

// Data returns the font file's bytes (do not modify).
func (f *Font) Data() []byte { return f.data }

func (f *Font) glyph(r rune) sfnt.GlyphIndex {
	g, err := f.sf.GlyphIndex(&f.buf, r)
	if err != nil {
		return 0
	}
	return g
}

// HasRune reports whether the font maps r to a glyph.
func (f *Font) HasRune(r rune) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.glyph(r) != 0
}

// Advance returns the advance width of r in em (0 when the font lacks r).
func (f *Font) Advance(r rune) float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	g := f.glyph(r)
	if g == 0 {
		return 0
	}
	adv, err := f.sf.GlyphAdvance(&f.buf, g, fixed.Int26_6(f.upem*64), font.HintingNone)
	if err != nil {
		return 0
	}
	return float64(adv) / 64 / f.upem
}

// Ink returns the horizontal extent of r's outline in em, from the glyph
// origin; ok is false for a missing or blank glyph. Punctuation placement
// depends on it: which side of a mark is blank differs between fonts.
func (f *Font) Ink(r rune) (x0, x1 float64, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	g := f.glyph(r)
	if g == 0 {
		return 0, 0, false
	}
	b, _, err := f.sf.GlyphBounds(&f.buf, g, fixed.Int26_6(f.upem*64), font.HintingNone)
	if err != nil || b.Max.X <= b.Min.X {
		return 0, 0, false
	}
	return float64(b.Min.X) / 64 / f.upem, float64(b.Max.X) / 64 / f.upem, true
}

// Subset returns a standalone TrueType font holding the glyphs of runes
// (plus .notdef).
func (f *Font) Subset(runes []rune) ([]byte, error) {
	return f.data, nil
}
