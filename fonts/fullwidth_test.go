package fonts

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/go-text/typesetting/language"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// cjkMarks are the marks SubsetCJK considers, plus ordinary text.
var cjkMarks = []rune("“”‘’·‧・—―…⋯‥〜")

// loadSegments returns the outline of r in a font at 1 unit per font unit,
// and its advance.
func loadSegments(f *sfnt.Font, r rune) (sfnt.Segments, fixed.Int26_6, error) {
	var buf sfnt.Buffer
	g, err := f.GlyphIndex(&buf, r)
	if err != nil || g == 0 {
		return nil, 0, fmt.Errorf("no glyph for %q: %v", r, err)
	}
	ppem := fixed.Int26_6(f.UnitsPerEm()) << 6
	segs, err := f.LoadGlyph(&buf, g, ppem, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("%q does not load: %v", r, err)
	}
	adv, err := f.GlyphAdvance(&buf, g, ppem, font.HintingNone)
	return slices.Clone(segs), adv, err
}

// shifted returns segs moved right by dx font units.
func shifted(segs sfnt.Segments, dx int) sfnt.Segments {
	out := slices.Clone(segs)
	for i := range out {
		for j := range out[i].Args {
			out[i].Args[j].X += fixed.Int26_6(dx) << 6
		}
	}
	return out
}

// TestSubsetCJKWidensNarrowMarks checks that in a CJK subset of the
// bundled fonts, whose “ ” ‘ ’ · are 0.35 em wide and whose GSUB has no
// locl or fwid, those marks become 1 em wide with the original outline
// moved into place, while every other glyph, including the marks the font
// already draws 1 em wide, is unchanged.
func TestSubsetCJKWidensNarrowMarks(t *testing.T) {
	for _, f := range []*Font{Bundled(), BundledBold()} {
		t.Run(f.Name, func(t *testing.T) {
			runes := append(sampleRunes(t), cjkMarks...)
			runes = append(runes, 'A', 'g')
			data, err := f.SubsetCJK(runes)
			if err != nil {
				t.Fatal(err)
			}
			checkChecksums(t, data)
			sub, err := Parse("subset", data)
			if err != nil {
				t.Fatalf("CJK subset does not parse: %v", err)
			}
			var want []rune
			for _, r := range runes {
				if f.HasRune(r) {
					want = append(want, r)
				}
			}
			slices.Sort(want)
			want = slices.Compact(want)
			if got := sub.Runes(); !slices.Equal(got, want) {
				t.Fatalf("subset maps %q, want %q", string(got), string(want))
			}
			orig, err := sfnt.Parse(f.Data())
			if err != nil {
				t.Fatal(err)
			}
			got, err := sfnt.Parse(data)
			if err != nil {
				t.Fatalf("x/image/font/sfnt rejects the CJK subset: %v", err)
			}
			widened := map[rune]bool{}
			for _, r := range cjkMarks {
				if f.Advance(r) < 1 {
					widened[r] = true
				}
			}
			for _, r := range []rune("“”‘’·") {
				if !widened[r] {
					t.Errorf("%q is already 1 em wide: the font changed", r)
				}
			}
			for _, r := range want {
				if !widened[r] {
					if err := sameGlyph(orig, got, r); err != nil {
						t.Errorf("%q: %v", r, err)
					}
					continue
				}
				checkWidened(t, f, sub, orig, got, r)
			}
		})
	}
}

// checkWidened checks that r is 1 em wide in the subset and drawn with the
// original outline, moved so its ink sits where Chinese puts that mark.
func checkWidened(t *testing.T, f, sub *Font, orig, got *sfnt.Font, r rune) {
	t.Helper()
	em := f.emUnits()
	if adv := sub.Advance(r); adv != 1 {
		t.Errorf("%q: advance %v em, want 1", r, adv)
	}
	x0, x1, _ := f.inkUnits(f.cmap.lookup(r))
	adv := int(f.advanceUnits(f.cmap.lookup(r)))
	var dx int
	switch r {
	case '“', '‘': // the blank right of the ink stays, the cell widens left
		dx = em - adv
	case '”', '’':
		dx = 0
	default: // centred to within rounding
		dx = (em - x0 - x1) / 2
		if c := x0 + x1 + 2*dx; c < em-1 || c > em+1 {
			t.Errorf("%q: ink centre %v, want %v", r, c/2, em/2)
		}
	}
	gx0, gx1, ok := sub.inkUnits(sub.cmap.lookup(r))
	if !ok || gx0 != x0+dx || gx1 != x1+dx {
		t.Errorf("%q: ink %d..%d, want %d..%d", r, gx0, gx1, x0+dx, x1+dx)
	}
	if lsb := int(sub.lsbUnits(sub.cmap.lookup(r))); lsb != gx0 {
		t.Errorf("%q: left side bearing %d, want xMin %d", r, lsb, gx0)
	}
	a, _, err := loadSegments(orig, r)
	if err != nil {
		t.Fatal(err)
	}
	b, badv, err := loadSegments(got, r)
	if err != nil {
		t.Fatalf("subset: %v", err)
	}
	if !slices.Equal(b, shifted(a, dx)) {
		t.Errorf("%q: outline is not the original moved by %d units", r, dx)
	}
	if badv != fixed.Int26_6(em)<<6 {
		t.Errorf("%q: sfnt advance %v, want %v", r, badv, fixed.Int26_6(em)<<6)
	}
}

// TestSubsetCJKPrefersTheFontsOwnForms checks that a font whose GSUB has
// full-width forms (locl for ZHS, fwid) gets them mapped directly, and
// marks neither covers are still synthesized.
func TestSubsetCJKPrefersTheFontsOwnForms(t *testing.T) {
	f := fullWidthTestFont(t)
	sub, orig, got := parsedCJKSubset(t, f, []rune("中“”‘’·"))
	for _, tc := range []struct{ r, drawnAs rune }{
		{'“', '（'}, {'‘', '「'}, {'”', '）'}, {'中', '中'},
	} {
		a, aadv, err := loadSegments(orig, tc.drawnAs)
		if err != nil {
			t.Fatal(err)
		}
		b, badv, err := loadSegments(got, tc.r)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a, b) || aadv != badv {
			t.Errorf("%q is not drawn as the font's %q", tc.r, tc.drawnAs)
		}
	}
	for _, r := range []rune("’·") {
		if sub.Advance(r) != 1 {
			t.Errorf("%q: advance %v, want a synthesized 1 em glyph", r, sub.Advance(r))
		}
	}
	if n := sub.NumGlyphs(); n != 1+4+2+2 {
		t.Errorf("%d glyphs, want .notdef, 4 mapped, 2 made and their 2 originals", n)
	}
}

// TestSubsetCJKSystemFonts checks installed CJK fonts with narrow marks:
// AR PL UMing CN draws · half width and has a full-width form under fwid,
// which go-text's shaper also picks; WenQuanYi Micro Hei has none, so its
// · is synthesized.
func TestSubsetCJKSystemFonts(t *testing.T) {
	for _, tc := range []struct {
		path      string
		fromFont  string // marks mapped to the font's own fwid form
		synthetic string // marks given a made glyph
	}{
		{umingPath, "·", ""},
		{wqyPath, "", "·"},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			needFile(t, tc.path)
			f, err := Load(tc.path + ":0")
			if err != nil {
				t.Fatal(err)
			}
			sub, orig, got := parsedCJKSubset(t, f, append([]rune("中文"), cjkMarks...))
			face := goTextFace(t, f.Data())
			for _, r := range tc.fromFont {
				fwid := shapeOne(t, face, r, language.Han, "zh-Hans", "fwid")
				if fwid == f.cmap.lookup(r) {
					t.Fatalf("%q: the shaper finds no fwid form", r)
				}
				var buf sfnt.Buffer
				ppem := fixed.Int26_6(orig.UnitsPerEm()) << 6
				want, err := orig.LoadGlyph(&buf, sfnt.GlyphIndex(fwid), ppem, nil)
				if err != nil {
					t.Fatal(err)
				}
				b, _, err := loadSegments(got, r)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(b, want) || sub.Advance(r) != 1 {
					t.Errorf("%q is not the font's fwid glyph %d (advance %v)", r, fwid, sub.Advance(r))
				}
			}
			for _, r := range tc.synthetic {
				checkWidened(t, f, sub, orig, got, r)
			}
			for _, r := range cjkMarks {
				if f.HasRune(r) && sub.Advance(r) < 1 {
					t.Errorf("%q: still %v em wide", r, sub.Advance(r))
				}
			}
		})
	}
}

// TestSubsetKeepsMarksProportional checks that the plain subset, used
// for Latin text, leaves the marks as the font draws them.
func TestSubsetKeepsMarksProportional(t *testing.T) {
	f := Bundled()
	sub, err := Parse("subset", subsetOf(t, f, "“A”‘b’·"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []rune("“”‘’·") {
		if sub.Advance(r) != f.Advance(r) || sub.Advance(r) >= 1 {
			t.Errorf("%q: advance %v, want the font's %v", r, sub.Advance(r), f.Advance(r))
		}
	}
}

func BenchmarkSubsetCJK(b *testing.B) {
	runes := append(sampleRunes(b), cjkMarks...)
	f := Bundled()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.SubsetCJK(runes); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGlyphStats checks the point, contour and depth counts maxp needs for
// a made glyph, and that components referring to themselves stop.
func TestGlyphStats(t *testing.T) {
	f := Bundled()
	quote := f.glyphData(f.cmap.lookup('“'))
	n := int(i16(quote, 0))
	points, contours, depth, err := f.glyphStats(f.cmap.lookup('“'))
	if err != nil || contours != n || points != int(u16(quote, 10+2*(n-1)))+1 || depth != 0 {
		t.Errorf("“: %d points %d contours depth %d %v, want %d contours", points, contours, depth, err, n)
	}
	comp := f.cmap.lookup(compositeRunes(f)[0])
	var wantPoints, wantContours int
	components(f.glyphData(comp), func(at int) {
		p, c, _, _ := f.glyphStats(u16(f.glyphData(comp), at))
		wantPoints, wantContours = wantPoints+p, wantContours+c
	})
	points, contours, depth, err = f.glyphStats(comp)
	if err != nil || points != wantPoints || contours != wantContours || depth < 1 || points == 0 {
		t.Errorf("composite: %d points %d contours depth %d %v, want %d %d", points, contours, depth, err, wantPoints, wantContours)
	}

	// Glyph 0 is a composite of two copies of itself.
	self := make([]byte, 10, 26)
	put16(self, 0, 0xFFFF)
	for _, flags := range []uint16{argsAreWords | argsAreXYValues | moreComponents, argsAreWords | argsAreXYValues} {
		self = append(self, byte(flags>>8), byte(flags), 0, 0, 0, 0, 0, 0)
	}
	loop := &Font{numGlyphs: 1, glyf: self, loca: []byte{0, 0, 0, byte(len(self) / 2)}}
	if _, _, _, err := loop.glyphStats(0); err == nil {
		t.Error("a glyph made of itself has stats")
	}
}

// parsedCJKSubset makes a CJK subset of f and reads it back both with our
// reader and with x/image's, along with x/image's reading of the original.
func parsedCJKSubset(t *testing.T, f *Font, runes []rune) (sub *Font, orig, got *sfnt.Font) {
	t.Helper()
	data, err := f.SubsetCJK(runes)
	if err != nil {
		t.Fatal(err)
	}
	if sub, err = Parse("subset", data); err != nil {
		t.Fatal(err)
	}
	if orig, err = sfnt.Parse(f.Data()); err != nil {
		t.Fatal(err)
	}
	if got, err = sfnt.Parse(data); err != nil {
		t.Fatalf("x/image/font/sfnt rejects the subset: %v", err)
	}
	return sub, orig, got
}
