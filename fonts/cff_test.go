package fonts

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

const seedCFFPath = "testdata/NotoSerifCJKsc-seed.otf"

// seedCFF returns a small real CID-keyed CFF font kept in testdata.
func seedCFF(tb testing.TB) *Font {
	tb.Helper()
	data, err := os.ReadFile(seedCFFPath)
	if err != nil {
		tb.Fatal(err)
	}
	f, err := Parse("seed", data)
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// installedCFF loads an installed OpenType CFF face, or nil.
func installedCFF(name string) *Font {
	f, err := Load(name)
	if err != nil || !f.CFF() {
		return nil
	}
	return f
}

// cffCases are subsets of CFF fonts: the testdata font always, Noto CJK
// when installed (CI installs fonts-noto-cjk).
func cffCases(tb testing.TB) []subsetCase {
	seed := seedCFF(tb)
	cases := []subsetCase{
		{"CFF seed", seed, seed.Runes(), false},
		{"CFF seed part", seed, []rune("中A“"), false},
		{"name-keyed CFF", nameKeyed(tb), seed.Runes(), false},
	}
	sample := sampleRunes(tb)
	if f := installedCFF("Noto Serif CJK SC"); f != nil {
		var ascii []rune
		for r := rune(0x20); r < 0x7F; r++ {
			ascii = append(ascii, r)
		}
		every := f.Runes()
		var scattered []rune
		for i := 0; i < len(every); i += 11 {
			scattered = append(scattered, every[i])
		}
		cases = append(cases,
			subsetCase{"Noto Serif CJK SC sample", f, sample, false},
			subsetCase{"Noto Serif CJK SC ascii", f, ascii, false},
			subsetCase{"Noto Serif CJK SC every 11th character", f, scattered, false})
	}
	if f := installedCFF("Noto Sans CJK SC Bold"); f != nil {
		cases = append(cases, subsetCase{"Noto Sans CJK SC Bold sample", f, sample, false})
	}
	return cases
}

// TestCFFTableRoundTrip reads the subset's CFF table back with our own
// parser: CID-keyed, one charstring per glyph, the identity charset, and
// each glyph's outline equal to the original's.
func TestCFFTableRoundTrip(t *testing.T) {
	for _, tc := range cffCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			s, err := tc.font.SubsetFor(tc.runes)
			if err != nil {
				t.Fatal(err)
			}
			c, err := parseCFF(s.CFF, len(s.Advances))
			if err != nil {
				t.Fatalf("subset CFF does not parse: %v", err)
			}
			if !c.cid || !bytes.Equal(c.data[int(findOp(c.top, opCharset)[0]):][:1], []byte{2}) && len(s.Advances) > 1 {
				t.Errorf("subset is not CID-keyed with a format 2 charset")
			}
			for k, r := range s.Runes {
				want, err := tc.font.cff.outline(int(tc.font.cmap.lookup(r)))
				if err != nil {
					t.Fatal(err)
				}
				got, err := c.outline(int(s.Glyphs[k]))
				if err != nil {
					t.Fatalf("%q: %v", r, err)
				}
				if !slices.Equal(got, want) {
					t.Errorf("%q: outline of %d segments, want %d", r, len(got), len(want))
				}
			}
			if c.gsubrs.count > tc.font.cff.gsubrs.count {
				t.Errorf("subset has %d global subroutines, the font %d", c.gsubrs.count, tc.font.cff.gsubrs.count)
			}
		})
	}
}

// TestCFFRenumberedSubroutines writes subsets that keep their
// subroutines, renumbered (the form large subsets take), and reads every
// glyph back with our parser and with x/image/font/sfnt.
func TestCFFRenumberedSubroutines(t *testing.T) {
	for _, tc := range cffCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			f := tc.font
			glyphs := []cffGlyph{{old: 0}}
			seen := map[uint16]bool{0: true}
			for _, r := range tc.runes {
				if g := f.cmap.lookup(r); g != 0 && !seen[g] {
					seen[g] = true
					glyphs = append(glyphs, cffGlyph{old: int(g)})
				}
			}
			fdNew := map[uint8]int{}
			var fds []uint8
			for i := range glyphs {
				g := &glyphs[i]
				g.code = f.cff.charStrings.item(g.old)
				if f.cff.fdOf != nil {
					g.fd = f.cff.fdOf[g.old]
				}
				if _, ok := fdNew[g.fd]; !ok {
					fdNew[g.fd] = len(fds)
					fds = append(fds, g.fd)
				}
			}
			cffTable, err := f.cff.renumbered(glyphs, fds, fdNew)
			if err != nil {
				t.Fatal(err)
			}
			back, err := parseCFF(cffTable, len(glyphs))
			if err != nil {
				t.Fatalf("renumbered subset does not parse: %v", err)
			}
			if f.cff.gsubrs.count > 100 && back.gsubrs.count >= f.cff.gsubrs.count {
				t.Errorf("all %d global subroutines kept: unused ones were not dropped", back.gsubrs.count)
			}
			for i, g := range glyphs {
				want, _ := f.cff.outline(g.old)
				got, err := back.outline(i)
				if err != nil || !slices.Equal(got, want) {
					t.Fatalf("glyph %d: outline changed (%v)", g.old, err)
				}
			}
			// The same through x/image/font/sfnt: a font around the CFF
			// with a character map and metrics for the kept glyphs.
			var pairs []cmapPair
			metrics := make([]hMetric, len(glyphs))
			newID := map[int]uint16{}
			for i, g := range glyphs {
				newID[g.old] = uint16(i)
				metrics[i] = hMetric{f.advanceUnits(uint16(g.old)), f.lsbUnits(uint16(g.old))}
			}
			runes := slices.Clone(tc.runes)
			slices.Sort(runes)
			for _, r := range slices.Compact(runes) {
				if g := f.cmap.lookup(r); g != 0 {
					pairs = append(pairs, cmapPair{r, newID[int(g)]})
				}
			}
			cmap, err := buildCmap(pairs)
			if err != nil {
				t.Fatal(err)
			}
			hmtx, numH := subsetHmtx(metrics)
			head, hhea, maxp := f.subsetHeaders(len(glyphs), numH, false)
			font := writeFont([]table{{"head", head}, {"hhea", hhea}, {"maxp", maxp}, {"hmtx", hmtx}, {"cmap", cmap}, {"post", f.subsetPost()}, {"CFF ", cffTable}})
			got, err := sfnt.Parse(font)
			if err != nil {
				t.Fatalf("x/image/font/sfnt rejects the renumbered CFF: %v", err)
			}
			orig, err := sfnt.Parse(f.Data())
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range pairs {
				if err := sameGlyph(orig, got, p.r); err != nil {
					t.Errorf("%q: %v", p.r, err)
				}
			}
		})
	}
}

// TestCFFSubsetsDropUnusedSubroutines checks that a subset of the sample's
// characters keeps a small share of Noto's subroutines and stays small.
func TestCFFSubsetsDropUnusedSubroutines(t *testing.T) {
	f := installedCFF("Noto Serif CJK SC")
	if f == nil {
		t.Skip("Noto Serif CJK SC not installed (Debian: fonts-noto-cjk)")
	}
	s, err := f.SubsetFor(sampleRunes(t))
	if err != nil {
		t.Fatal(err)
	}
	c, err := parseCFF(s.CFF, len(s.Advances))
	if err != nil {
		t.Fatal(err)
	}
	local := 0
	for _, p := range c.privates {
		local += p.subrs.count
	}
	t.Logf("%d glyphs: CFF %d bytes, %d global and %d local subroutines", len(s.Advances), len(s.CFF), c.gsubrs.count, local)
	if c.gsubrs.count >= f.cff.gsubrs.count/2 || local > 20*len(s.Advances) {
		t.Errorf("subroutines were not subset: %d global of %d, %d local", c.gsubrs.count, f.cff.gsubrs.count, local)
	}
	if len(s.CFF) > 400*len(s.Advances) {
		t.Errorf("CFF of %d bytes for %d glyphs", len(s.CFF), len(s.Advances))
	}
}

// TestCFFShiftedGlyph moves glyphs of the seed font into a new
// charstring, as CJK subsets do for narrow marks, and reads the subset
// back with x/image/font/sfnt: the outline is the original's moved by dx,
// the advance is the one asked for.
func TestCFFShiftedGlyph(t *testing.T) {
	f := seedCFF(t)
	orig, err := sfnt.Parse(f.Data())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		r  rune
		dx int16
	}{{'“', 300}, {'”', -40}, {'，', 0}, {'A', 117}} {
		t.Run(string(tc.r), func(t *testing.T) {
			g := f.cmap.lookup(tc.r)
			sub, err := f.subsetWith(tc.r, madeGlyph{old: g, dx: tc.dx})
			if err != nil {
				t.Fatal(err)
			}
			got, err := sfnt.Parse(sub)
			if err != nil {
				t.Fatalf("x/image/font/sfnt rejects the subset: %v", err)
			}
			var ba, bb sfnt.Buffer
			em := fixed.Int26_6(f.emUnits()) << 6
			gb, err := got.GlyphIndex(&bb, tc.r)
			if err != nil || gb == 0 {
				t.Fatalf("no glyph for %q in the subset: %v", tc.r, err)
			}
			want, err := orig.LoadGlyph(&ba, sfnt.GlyphIndex(g), em, nil)
			if err != nil {
				t.Fatal(err)
			}
			segs, err := got.LoadGlyph(&bb, gb, em, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(segs) != len(want) {
				t.Fatalf("%d segments, want %d", len(segs), len(want))
			}
			dx := fixed.Int26_6(tc.dx) << 6
			for k := range want {
				n := map[sfnt.SegmentOp]int{sfnt.SegmentOpMoveTo: 1, sfnt.SegmentOpLineTo: 1, sfnt.SegmentOpQuadTo: 2, sfnt.SegmentOpCubeTo: 3}[want[k].Op]
				for p := range n {
					want[k].Args[p].X += dx
				}
				if want[k] != segs[k] {
					t.Fatalf("segment %d is %v, want %v", k, segs[k], want[k])
				}
			}
			adv, err := got.GlyphAdvance(&bb, gb, em, 0)
			if err != nil || adv != em {
				t.Errorf("advance %v (%v), want 1 em %v", adv, err, em)
			}
		})
	}
}

// subsetWith subsets f to r drawn with the made glyph m.
func (f *Font) subsetWith(r rune, m madeGlyph) ([]byte, error) {
	s, err := f.build([]subsetPair{{r, m.old, 0}}, []madeGlyph{m}, false)
	if err != nil {
		return nil, err
	}
	return s.Font, nil
}

func BenchmarkSubsetCFF(b *testing.B) {
	f := installedCFF("Noto Serif CJK SC")
	if f == nil {
		b.Skip("Noto Serif CJK SC not installed (Debian: fonts-noto-cjk)")
	}
	runes := sampleRunes(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.SubsetFor(runes); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzCFF(f *testing.F) {
	seed := seedCFF(f)
	t, _ := seed.dir.find("CFF ")
	table := seed.data[t.offset : t.offset+t.length]
	f.Add(table, uint16(seed.numGlyphs))
	for _, n := range []int{5, 40, len(table) / 2, len(table) - 3} {
		f.Add(table[:n], uint16(seed.numGlyphs))
	}
	for _, at := range []int{3, 20, 60, 200, len(table) / 2, len(table) - 20} {
		bad := bytes.Clone(table)
		bad[at] ^= 0xA5
		f.Add(bad, uint16(seed.numGlyphs))
	}
	f.Fuzz(func(t *testing.T, data []byte, n uint16) {
		c, err := parseCFF(data, int(n))
		if err != nil {
			return
		}
		var glyphs []cffGlyph
		var want [][]segment
		for g := 0; g < int(n) && g < 64; g++ {
			path, err := c.outline(g)
			if err != nil {
				continue
			}
			glyphs = append(glyphs, cffGlyph{old: g})
			want = append(want, path)
		}
		if len(glyphs) == 0 {
			return
		}
		sub, err := c.subsetCFF(glyphs)
		if err != nil {
			return
		}
		back, err := parseCFF(sub, len(glyphs))
		if err != nil {
			t.Fatalf("subset of a CFF that parsed does not parse: %v", err)
		}
		for i := range glyphs {
			got, err := back.outline(i)
			if err != nil || !slices.Equal(got, want[i]) {
				t.Fatalf("glyph %d: outline changed by subsetting (%v)", glyphs[i].old, err)
			}
		}
	})
}

// TestCFFErrorsAreClear feeds damaged CFF tables to the parser: each is
// refused with an error, never a panic.
func TestCFFErrorsAreClear(t *testing.T) {
	seed := seedCFF(t)
	tab, _ := seed.dir.find("CFF ")
	table := seed.data[tab.offset : tab.offset+tab.length]
	for _, tc := range []struct {
		name string
		data []byte
		n    int
	}{
		{"empty", nil, 10},
		{"version 2", append([]byte{2}, table[1:]...), seed.numGlyphs},
		{"cut", table[:len(table)/2], seed.numGlyphs},
		{"glyph count differs", table, seed.numGlyphs + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := parseCFF(tc.data, tc.n); err == nil {
				t.Errorf("parsed")
			} else {
				t.Log(err)
			}
		})
	}
}

// nameKeyed rebuilds the seed font with a name-keyed CFF table (one
// Private DICT, a charset of glyph names, hintless charstrings), the form
// of Latin OpenType fonts.
func nameKeyed(tb testing.TB) *Font {
	tb.Helper()
	seed := seedCFF(tb)
	n := seed.numGlyphs
	codes := make([][]byte, n)
	strs := make([][]byte, n-1)
	for g := range n {
		path, err := seed.cff.outline(g)
		if err != nil {
			tb.Fatal(err)
		}
		codes[g] = encodeOutline(path, 0, float64(seed.advanceUnits(uint16(g))))
		if g > 0 {
			strs[g-1] = fmt.Appendf(nil, "glyph%d", g)
		}
	}
	charset := []byte{0}
	for g := 1; g < n; g++ {
		charset = append(charset, byte((390+g)>>8), byte(390+g))
	}
	private := dictOp(dictInt(nil, 0, false), opNominalW)
	top := func(charsetAt, charStringsAt, privateAt int) []byte {
		d := dictOp(dictInt(nil, charsetAt, true), opCharset)
		d = dictOp(dictInt(d, charStringsAt, true), opCharStrings)
		d = dictInt(d, len(private), true)
		return dictOp(dictInt(d, privateAt, true), opPrivate)
	}
	head := append([]byte{1, 0, 4, 4}, writeIndex([][]byte{[]byte("SeedNameKeyed")})...)
	rest := append(writeIndex(strs), writeIndex(nil)...)
	at := len(head) + len(writeIndex([][]byte{top(0, 0, 0)})) + len(rest)
	charStrings := writeIndex(codes)
	cff := append(head, writeIndex([][]byte{top(at, at+len(charset), at+len(charset)+len(charStrings))})...)
	cff = append(cff, rest...)
	cff = append(cff, charset...)
	cff = append(cff, charStrings...)
	cff = append(cff, private...)
	var tables []table
	for _, t := range seed.dir {
		data := seed.data[t.offset : t.offset+t.length]
		if t.tag == "CFF " {
			data = cff
		}
		tables = append(tables, table{t.tag, data})
	}
	f, err := Parse("name-keyed", writeFont(tables))
	if err != nil {
		tb.Fatalf("name-keyed font does not parse: %v", err)
	}
	if f.cff.cid {
		tb.Fatal("name-keyed font read as CID-keyed")
	}
	return f
}

// TestNameKeyedCFF subsets a name-keyed CFF font: the subset is CID-keyed
// and x/image/font/sfnt reads every glyph as in the original.
func TestNameKeyedCFF(t *testing.T) {
	f := nameKeyed(t)
	orig, err := sfnt.Parse(f.Data())
	if err != nil {
		t.Fatalf("x/image/font/sfnt rejects the name-keyed font: %v", err)
	}
	s, err := f.SubsetFor(f.Runes())
	if err != nil {
		t.Fatal(err)
	}
	got, err := sfnt.Parse(s.Font)
	if err != nil {
		t.Fatalf("x/image/font/sfnt rejects the subset: %v", err)
	}
	if c, err := parseCFF(s.CFF, len(s.Advances)); err != nil || !c.cid {
		t.Fatalf("subset is not a CID-keyed CFF (%v)", err)
	}
	for _, r := range f.Runes() {
		if err := sameGlyph(orig, got, r); err != nil {
			t.Errorf("%q: %v", r, err)
		}
	}
}
