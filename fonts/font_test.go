package fonts

import (
	"bytes"
	"math"
	"sync"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestMetricsMatchSfnt compares HasRune, Advance and Ink with
// golang.org/x/image/font/sfnt on every character of the sample.
func TestMetricsMatchSfnt(t *testing.T) {
	for _, f := range []*Font{Bundled(), BundledBold()} {
		ref, err := sfnt.Parse(f.Data())
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		ppem := fixed.Int26_6(ref.UnitsPerEm()) << 6
		upem := float64(ref.UnitsPerEm())
		for _, r := range append(sampleRunes(t), 0xE000, 0x0378, ' ', '\u3000') {
			g, _ := ref.GlyphIndex(&buf, r)
			if f.HasRune(r) != (g != 0) {
				t.Errorf("%s %q: HasRune %v, sfnt glyph %d", f.Name, r, f.HasRune(r), g)
				continue
			}
			if g == 0 {
				if f.Advance(r) != 0 {
					t.Errorf("%s %q: advance %v for a missing character", f.Name, r, f.Advance(r))
				}
				continue
			}
			bounds, adv, err := ref.GlyphBounds(&buf, g, ppem, font.HintingNone)
			if err != nil {
				t.Fatal(err)
			}
			if want := float64(adv) / 64 / upem; math.Abs(f.Advance(r)-want) > 1e-9 {
				t.Errorf("%s %q: advance %v, sfnt %v", f.Name, r, f.Advance(r), want)
			}
			x0, x1, ok := f.Ink(r)
			inked := bounds.Max.X > bounds.Min.X
			if ok != inked {
				t.Errorf("%s %q: ink %v, sfnt bounds %v", f.Name, r, ok, bounds)
				continue
			}
			// sfnt bounds are rounded outward to 1/64 unit.
			if ok && (math.Abs(x0*upem-float64(bounds.Min.X)/64) > 1 || math.Abs(x1*upem-float64(bounds.Max.X)/64) > 1) {
				t.Errorf("%s %q: ink %v..%v em, sfnt %v..%v units", f.Name, r, x0, x1, bounds.Min.X, bounds.Max.X)
			}
		}
	}
}

// TestConcurrentUse reads metrics and subsets from many goroutines; run
// with -race to check the lock-free reads.
func TestConcurrentUse(t *testing.T) {
	f := Bundled()
	runes := sampleRunes(t)
	want, err := f.Subset(runes)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			var sum float64
			for _, r := range runes {
				if f.HasRune(r) {
					x0, x1, _ := f.Ink(r)
					sum += f.Advance(r) + x1 - x0
				}
			}
			got, err := f.Subset(runes)
			if err != nil || !bytes.Equal(got, want) || sum == 0 {
				t.Errorf("concurrent subset differs (err %v) or metrics are zero", err)
			}
		})
	}
	wg.Wait()
}

func BenchmarkAdvance(b *testing.B) {
	f := Bundled()
	runes := sampleRunes(b)
	for b.Loop() {
		for _, r := range runes {
			f.Advance(r)
		}
	}
}

func BenchmarkInk(b *testing.B) {
	f := Bundled()
	runes := sampleRunes(b)
	for b.Loop() {
		for _, r := range runes {
			f.Ink(r)
		}
	}
}

// BenchmarkParseBundled measures the one-time cost of reading the bundled
// font's table directory, cmap, loca and hmtx.
func BenchmarkParseBundled(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bundled", bundledRegular); err != nil {
			b.Fatal(err)
		}
	}
}

func TestEmbeddable(t *testing.T) {
	font := subsetOf(t, Bundled(), "中文")
	dir, _, _ := readTableDir(font, 0)
	os2, _ := dir.find("OS/2")
	for _, tc := range []struct {
		fsType uint16
		want   bool
	}{
		{0x0000, true}, // installable
		{0x0004, true}, // preview and print
		{0x0008, true}, // editable
		{0x0002, false},
		{0x0108, false},
		{0x0208, false},
	} {
		data := append([]byte(nil), font...)
		put16(data, int(os2.offset)+8, tc.fsType)
		f, err := Parse("font", data)
		if err != nil {
			t.Fatal(err)
		}
		if f.Embeddable() != tc.want {
			t.Errorf("fsType %#04x: Embeddable %v, want %v", tc.fsType, f.Embeddable(), tc.want)
		}
	}
	for _, f := range []*Font{Bundled(), BundledBold()} {
		if !f.Embeddable() {
			t.Errorf("%s is not embeddable", f.Name)
		}
	}
}

func TestBundledSerif(t *testing.T) {
	for s, want := range map[Serif]string{SerifRegular: "Regular", SerifBold: "Bold", SerifItalic: "Italic"} {
		f := BundledSerif(s)
		if f.Family() != "Noto Serif" || f.Style() != want {
			t.Errorf("style %d: %q %q", s, f.Family(), f.Style())
		}
		for _, r := range "Aa0éßœ—“”’…" {
			if !f.HasRune(r) || f.Advance(r) <= 0 {
				t.Errorf("%s lacks %q", f.Name, r)
			}
		}
		if _, err := f.Subset([]rune("Hyphenation é")); err != nil {
			t.Errorf("%s: subset: %v", f.Name, err)
		}
	}
}
