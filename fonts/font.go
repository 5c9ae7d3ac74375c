// Package fonts provides the fonts both writers draw with: the bundled
// default CJK font, fonts chosen by path or family name (TrueType, and
// OpenType with CFF outlines such as Noto CJK and Source Han), per-rune
// coverage and metrics, fallback chains and subsets holding only the glyphs
// a document uses.
//
// A Font reads its table directory, character map, loca and hmtx (or its
// CFF table's indexes) once when parsed; afterwards every lookup is a
// lock-free read of immutable data, so a Font is safe for concurrent use.
package fonts

import (
	_ "embed"
	"fmt"
	"sync"
)

//go:embed data/LXGWWenKai-Regular.ttf
var bundledRegular []byte

//go:embed data/LXGWWenKai-Bold.ttf
var bundledBold []byte

// The bundled Latin serif (Noto Serif, SIL Open Font License,
// data/NotoSerif-OFL.txt): the body face of Latin-script documents, and
// the face of Latin words inside CJK text set in the bundled CJK font.
var (
	//go:embed data/NotoSerif-Regular.ttf
	serifRegular []byte
	//go:embed data/NotoSerif-Bold.ttf
	serifBold []byte
	//go:embed data/NotoSerif-Italic.ttf
	serifItalic []byte
)

// Font is a parsed TrueType or CFF-flavoured OpenType font. It is safe for
// concurrent use.
type Font struct {
	Name string // full name from the name table, e.g. "LXGW WenKai Bold"
	Path string // file it came from; "" for the bundled fonts

	index         int     // face of the collection at Path
	family, style string  // name table family and subfamily
	aliases       aliases // family and full names in every language
	weight        int     // OS/2 usWeightClass (0 when absent)
	fsType        uint16  // OS/2 embedding permissions
	bundled       bool

	data        []byte // the font file, or the whole collection the face is in
	collection  bool
	standalone  func() []byte // Data of a face of a collection, made once
	dir         tableDir
	upem        float64
	numGlyphs   int
	numHMetrics int
	locaLong    bool
	glyf, loca  []byte   // TrueType outlines
	cff         *cffFont // CFF outlines (glyf and loca are nil)
	hmtx        []byte
	cmap        *runeMap
}

// Parse reads a standalone TrueType or OpenType (CFF) font. name is used in errors and as the
// font's name when its name table has none.
func Parse(name string, data []byte) (*Font, error) {
	f, err := parse(name, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}

func parse(name string, data []byte) (*Font, error) {
	if offs, err := collectionOffsets(data); err != nil {
		return nil, err
	} else if offs != nil {
		return nil, fmt.Errorf("a font collection of %d faces: choose one with PATH:N", len(offs))
	}
	return parseFace(name, data, 0)
}

// parseFace reads the face whose table directory is at offset in data (0
// for a standalone font; a face of a collection is read in place, its
// tables shared with the other faces, not copied).
func parseFace(name string, data []byte, offset uint32) (*Font, error) {
	dir, version, err := readTableDir(data, offset)
	if err != nil {
		return nil, err
	}
	cff, err := dir.outlines(version)
	if err != nil {
		return nil, err
	}
	tab := func(tag string, min int) ([]byte, error) {
		t, ok := dir.find(tag)
		if !ok {
			return nil, fmt.Errorf("no %q table: %w", tag, ErrCorrupt)
		}
		b := data[t.offset : t.offset+t.length]
		if len(b) < min {
			return nil, fmt.Errorf("%q table too short: %w", tag, ErrCorrupt)
		}
		return b, nil
	}
	f := &Font{Name: name, data: data, dir: dir}
	var head, hhea, maxp, cmap, cffTable []byte
	type want struct {
		tag string
		min int
		dst *[]byte
	}
	tables := []want{{"head", 54, &head}, {"hhea", 36, &hhea}, {"maxp", 6, &maxp}, {"cmap", 4, &cmap}, {"hmtx", 4, &f.hmtx}}
	if cff {
		tables = append(tables, want{"CFF ", 4, &cffTable})
	} else {
		tables = append(tables, want{"loca", 4, &f.loca}, want{"glyf", 0, &f.glyf})
	}
	for _, t := range tables {
		if *t.dst, err = tab(t.tag, t.min); err != nil {
			return nil, err
		}
	}
	upem := u16(head, 18)
	if upem < 16 || upem > 16384 {
		return nil, fmt.Errorf("unitsPerEm %d out of range: %w", upem, ErrCorrupt)
	}
	f.upem = float64(upem)
	f.locaLong = i16(head, 50) == 1
	f.numGlyphs = int(u16(maxp, 4))
	f.numHMetrics = int(u16(hhea, 34))
	locaEntry := 2
	if f.locaLong {
		locaEntry = 4
	}
	switch {
	case f.numGlyphs == 0:
		return nil, fmt.Errorf("no glyphs: %w", ErrCorrupt)
	case f.numHMetrics == 0 || f.numHMetrics > f.numGlyphs:
		return nil, fmt.Errorf("numberOfHMetrics %d for %d glyphs: %w", f.numHMetrics, f.numGlyphs, ErrCorrupt)
	case len(f.hmtx) < 4*f.numHMetrics:
		return nil, fmt.Errorf("hmtx shorter than its %d metrics: %w", f.numHMetrics, ErrCorrupt)
	case !cff && len(f.loca) < locaEntry*(f.numGlyphs+1):
		return nil, fmt.Errorf("loca shorter than its %d glyphs: %w", f.numGlyphs, ErrCorrupt)
	}
	if cff {
		if f.cff, err = parseCFF(cffTable, f.numGlyphs); err != nil {
			return nil, err
		}
	}
	if f.cmap, err = parseCmap(cmap, f.numGlyphs); err != nil {
		return nil, err
	}
	if t, ok := dir.find("OS/2"); ok {
		os2 := data[t.offset : t.offset+t.length]
		f.weight, f.fsType = int(u16(os2, 4)), u16(os2, 8)
	}
	if nt, ok := dir.find("name"); ok {
		names := readNames(data[nt.offset : nt.offset+nt.length])
		f.family, f.style = names.family(), names.style()
		f.aliases = readAliases(data[nt.offset : nt.offset+nt.length])
		if full := names[nameFull]; full != "" {
			f.Name = full
		}
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
		if bundledFailed == nil {
			bundledFonts[0].bundled, bundledFonts[1].bundled = true, true
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

// Serif is the bundled Latin serif in one style.
type Serif int

const (
	SerifRegular Serif = iota
	SerifBold
	SerifItalic
)

var bundledSerif = sync.OnceValue(func() [3]*Font {
	var out [3]*Font
	for i, data := range [][]byte{serifRegular, serifBold, serifItalic} {
		f, err := Parse("Noto Serif", data)
		if err != nil {
			panic("bundled font is corrupt: " + err.Error())
		}
		f.bundled = true
		out[i] = f
	}
	return out
})

// BundledSerif returns the bundled Latin serif in the given style, parsed
// once per process.
func BundledSerif(s Serif) *Font { return bundledSerif()[s] }

// Data returns the font file's bytes (do not modify). A face of a
// collection is copied into a standalone font the first time it is asked
// for.
func (f *Font) Data() []byte {
	if f.collection {
		return f.standalone()
	}
	return f.data
}

// Family returns the font's family name from its name table, e.g.
// "LXGW WenKai" ("" when the font has none).
func (f *Font) Family() string { return f.family }

// Style returns the font's subfamily, e.g. "Regular" or "Bold".
func (f *Font) Style() string { return f.style }

// Embedding permission bits of OS/2 fsType.
const (
	fsRestricted   = 0x0002 // no embedding without the owner's permission
	fsNoSubsetting = 0x0100
	fsBitmapOnly   = 0x0200
)

// Embeddable reports whether the font's licence flags (OS/2 fsType) allow
// embedding a subset of its outlines in a document. fpdf refuses the
// others with a message on standard output, so check before writing.
func (f *Font) Embeddable() bool {
	return f.fsType&(fsRestricted|fsNoSubsetting|fsBitmapOnly) == 0
}

// CFF reports whether the font's outlines are CFF (PostScript) rather
// than TrueType.
func (f *Font) CFF() bool { return f.cff != nil }

// Format names the font's outline format: "TrueType" or "OpenType CFF".
func (f *Font) Format() string {
	if f.cff != nil {
		return "OpenType CFF"
	}
	return "TrueType"
}

// Index returns the face of the collection at Path the font was read from
// (0 for a single font).
func (f *Font) Index() int { return f.index }

// NumGlyphs returns the number of glyphs in the font.
func (f *Font) NumGlyphs() int { return f.numGlyphs }

// Runes returns every character the font maps, in increasing order.
func (f *Font) Runes() []rune { return f.cmap.runes() }

// HasRune reports whether the font maps r to a glyph.
func (f *Font) HasRune(r rune) bool { return f.cmap.lookup(r) != 0 }

// Advance returns the advance width of r in em (0 when the font lacks r).
func (f *Font) Advance(r rune) float64 {
	g := f.cmap.lookup(r)
	if g == 0 {
		return 0
	}
	return float64(f.advanceUnits(g)) / f.upem
}

// advanceUnits returns glyph g's advance in font units; glyphs past the
// last full metric share its advance.
func (f *Font) advanceUnits(g uint16) uint16 {
	m := int(g)
	if m >= f.numHMetrics {
		m = f.numHMetrics - 1
	}
	return u16(f.hmtx, 4*m)
}

// lsbUnits returns glyph g's left side bearing in font units.
func (f *Font) lsbUnits(g uint16) int16 {
	if int(g) < f.numHMetrics {
		return i16(f.hmtx, 4*int(g)+2)
	}
	return i16(f.hmtx, 4*f.numHMetrics+2*(int(g)-f.numHMetrics))
}

// Ink returns the horizontal extent of r's outline in em, from the glyph
// origin; ok is false for a missing or blank glyph. Punctuation placement
// depends on it: which side of a mark is blank differs between fonts.
func (f *Font) Ink(r rune) (x0, x1 float64, ok bool) {
	g := f.cmap.lookup(r)
	if g == 0 {
		return 0, 0, false
	}
	xMin, xMax, ok := f.inkUnits(g)
	if !ok {
		return 0, 0, false
	}
	return float64(xMin) / f.upem, float64(xMax) / f.upem, true
}

// Metrics are the font-wide measures a PDF font descriptor states, in
// font units.
type Metrics struct {
	UnitsPerEm        int
	Ascent, Descent   int // hhea ascender and descender (descent < 0)
	CapHeight         int // OS/2 sCapHeight, else the ascent
	XMin, YMin        int // head bounding box of all glyphs
	XMax, YMax        int
	ItalicAngle       float64 // post italic angle, degrees
	FixedPitch, Serif bool
}

// Metrics returns the font's font-wide measures.
func (f *Font) Metrics() Metrics {
	m := Metrics{UnitsPerEm: f.emUnits()}
	table := func(tag string) []byte {
		t, _ := f.dir.find(tag)
		return f.data[t.offset : t.offset+t.length]
	}
	head, hhea := table("head"), table("hhea")
	m.XMin, m.YMin, m.XMax, m.YMax = int(i16(head, 36)), int(i16(head, 38)), int(i16(head, 40)), int(i16(head, 42))
	m.Ascent, m.Descent = int(i16(hhea, 4)), int(i16(hhea, 6))
	m.CapHeight = m.Ascent
	if os2 := table("OS/2"); u16(os2, 0) >= 2 && len(os2) >= 90 {
		if c := int(i16(os2, 88)); c > 0 {
			m.CapHeight = c
		}
		// sFamilyClass 1-7 are the serif classes.
		m.Serif = os2[30] >= 1 && os2[30] <= 7
	}
	if post := table("post"); len(post) >= 16 {
		m.ItalicAngle = float64(int32(u32(post, 4))) / 65536
		m.FixedPitch = u32(post, 12) != 0
	}
	return m
}
