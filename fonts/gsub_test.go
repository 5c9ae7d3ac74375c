package fonts

import (
	"bytes"
	"testing"

	"github.com/go-text/typesetting/di"
	gtfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// goTextFace parses data with go-text.
func goTextFace(tb testing.TB, data []byte) *gtfont.Face {
	tb.Helper()
	face, err := gtfont.ParseTTF(bytes.NewReader(data))
	if err != nil {
		tb.Fatalf("go-text: %v", err)
	}
	return face
}

// shapeOne returns the glyph go-text's HarfBuzz port picks for r set
// horizontally in the given script, language and features.
func shapeOne(tb testing.TB, face *gtfont.Face, r rune, script language.Script, lang string, features ...string) uint16 {
	tb.Helper()
	in := shaping.Input{
		Text: []rune{r}, RunEnd: 1, Direction: di.DirectionLTR, Face: face, Size: fixed.I(16),
		Script: script, Language: language.NewLanguage(lang),
	}
	for _, tag := range features {
		in.FontFeatures = append(in.FontFeatures, shaping.FontFeature{Tag: ot.MustNewTag(tag), Value: 1})
	}
	out := (&shaping.HarfbuzzShaper{}).Shape(in)
	if len(out.Glyphs) != 1 {
		tb.Fatalf("%q shapes to %d glyphs", r, len(out.Glyphs))
	}
	return uint16(out.Glyphs[0].GlyphID)
}

// goTextSingle applies lookup index of go-text's parse of a GSUB table
// to g, when it is a single substitution.
func goTextSingle(face *gtfont.Face, index int, g uint16) (uint16, bool) {
	for _, sub := range face.Font.GSUB.Lookups[index].Subtables {
		single, ok := sub.(tables.SingleSubs)
		if !ok {
			return 0, false
		}
		i, covered := single.Data.Cov().Index(tables.GlyphID(g))
		if !covered {
			continue
		}
		switch d := single.Data.(type) {
		case tables.SingleSubstData1:
			return uint16(int(g) + int(d.DeltaGlyphID)), true
		case tables.SingleSubstData2:
			return uint16(d.SubstituteGlyphIDs[i]), true
		}
	}
	return 0, false
}

// TestGSUBSingleLookupsMatchGoText applies every lookup of the bundled
// fonts' GSUB to every glyph and compares with go-text's parse of the
// table. Their single substitutions are the vertical forms (vert), in
// both formats.
func TestGSUBSingleLookupsMatchGoText(t *testing.T) {
	for _, f := range []*Font{Bundled(), BundledBold()} {
		face := goTextFace(t, f.Data())
		gsub := f.gsub()
		substituted := 0
		for index := range face.Font.GSUB.Lookups {
			for g := 0; g < f.numGlyphs; g++ {
				got, ok := gsub.applySingle(uint16(index), uint16(g))
				want, wantOK := goTextSingle(face, index, uint16(g))
				if got != want || ok != wantOK {
					t.Fatalf("%s lookup %d glyph %d: %d %v, go-text %d %v", f.Name, index, g, got, ok, want, wantOK)
				}
				if ok {
					substituted++
				}
			}
		}
		if substituted < 100 {
			t.Errorf("%s: only %d single substitutions", f.Name, substituted)
		}
		vert, ok := gsub.substitute("vert", scriptHani, langZHS, f.cmap.lookup('“'))
		if !ok || f.advanceUnits(vert) != 1000 {
			t.Errorf("%s: no vertical “ (glyph %d %v)", f.Name, vert, ok)
		}
		for _, feature := range []string{"locl", "fwid"} {
			if l := gsub.featureLookups(feature, scriptHani, langZHS); len(l) != 0 {
				t.Errorf("%s: %s lookups %v in a font without that feature", f.Name, feature, l)
			}
		}
	}
}

// gsubFeature is a feature of a test GSUB table and its one lookup.
type gsubFeature struct {
	tag    string
	lookup uint16
}

// buildGSUB returns a GSUB table with features (sorted by tag) whose
// indices the DFLT default, hani default and hani ZHS language systems
// list, and the given raw lookups.
func buildGSUB(features []gsubFeature, dflt, haniDefault, zhs []uint16, lookups [][]byte) []byte {
	var b []byte
	w16 := func(v uint16) { b = append(b, byte(v>>8), byte(v)) }
	langSys := func(idx []uint16) []byte {
		saved := b
		b = nil
		w16(0)
		w16(0xFFFF)
		w16(uint16(len(idx)))
		for _, i := range idx {
			w16(i)
		}
		out := b
		b = saved
		return out
	}
	// Script list: DFLT, hani.
	dfltLS, haniLS, zhsLS := langSys(dflt), langSys(haniDefault), langSys(zhs)
	dfltScript := append([]byte{0, 4, 0, 0}, dfltLS...)
	haniScript := append([]byte{0, 10, 0, 1, 'Z', 'H', 'S', ' ', 0, byte(10 + len(haniLS))}, haniLS...)
	haniScript = append(haniScript, zhsLS...)
	scriptList := []byte{0, 2, 'D', 'F', 'L', 'T', 0, 14, 'h', 'a', 'n', 'i', 0, byte(14 + len(dfltScript))}
	scriptList = append(append(scriptList, dfltScript...), haniScript...)
	// Feature list: records then one table per feature.
	b = nil
	w16(uint16(len(features)))
	for i, f := range features {
		b = append(b, f.tag...)
		w16(uint16(2 + 6*len(features) + 6*i))
	}
	for _, f := range features {
		w16(0)
		w16(1)
		w16(f.lookup)
	}
	featureList := b
	// Lookup list.
	b = nil
	w16(uint16(len(lookups)))
	at := 2 + 2*len(lookups)
	for _, l := range lookups {
		w16(uint16(at))
		at += len(l)
	}
	for _, l := range lookups {
		b = append(b, l...)
	}
	lookupList := b
	b = nil
	w16(1)
	w16(0)
	w16(10)
	w16(uint16(10 + len(scriptList)))
	w16(uint16(10 + len(scriptList) + len(featureList)))
	return append(append(append(b, scriptList...), featureList...), lookupList...)
}

// singleFormat2 is a type 1 lookup mapping from[i] to to[i] (from sorted),
// with a format 1 coverage.
func singleFormat2(from, to []uint16) []byte {
	var b []byte
	w16 := func(v uint16) { b = append(b, byte(v>>8), byte(v)) }
	w16(lookupSingle)
	w16(0)
	w16(1)
	w16(8)                     // subtable offset from the lookup
	w16(2)                     // format
	w16(uint16(6 + 2*len(to))) // coverage offset
	w16(uint16(len(to)))       // glyph count
	for _, g := range to {
		w16(g)
	}
	w16(1)
	w16(uint16(len(from)))
	for _, g := range from {
		w16(g)
	}
	return b
}

// extensionFormat1 is a type 7 lookup wrapping a single substitution
// adding delta to the glyphs first..last (a format 2 coverage range).
func extensionFormat1(first, last uint16, delta int16) []byte {
	var b []byte
	w16 := func(v uint16) { b = append(b, byte(v>>8), byte(v)) }
	w16(lookupExtension)
	w16(0)
	w16(1)
	w16(8) // extension subtable offset from the lookup
	w16(1) // extension format
	w16(lookupSingle)
	b = append(b, 0, 0, 0, 8) // substitution subtable offset from the extension
	w16(1)                    // format
	w16(6)                    // coverage offset
	w16(uint16(delta))
	w16(2) // coverage format 2: one range
	w16(1)
	w16(first)
	w16(last)
	w16(0)
	return b
}

// withGSUB returns src with gsub as its GSUB table.
func withGSUB(tb testing.TB, src *Font, gsub []byte) *Font {
	tb.Helper()
	tables := []table{{"GSUB", gsub}}
	for _, t := range src.dir {
		if t.tag != "GSUB" {
			tables = append(tables, table{t.tag, src.data[t.offset : t.offset+t.length]})
		}
	}
	f, err := Parse("with GSUB", writeFont(tables))
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// withFullWidthForms returns f (which must have “ ” ‘ （ 「 ）) with a
// GSUB holding a locl for Simplified Chinese mapping “ ‘ to the glyphs of
// （ 「, and a fwid registered only for the DFLT script, behind an
// extension lookup, mapping ” to the glyph of ）.
func withFullWidthForms(tb testing.TB, f *Font) *Font {
	g := f.cmap.lookup
	closeQ, closeParen := g('”'), g('）')
	gsub := buildGSUB(
		[]gsubFeature{{"fwid", 1}, {"locl", 0}},
		[]uint16{0}, nil, []uint16{1},
		[][]byte{
			singleFormat2([]uint16{g('‘'), g('“')}, []uint16{g('「'), g('（')}),
			extensionFormat1(closeQ, closeQ, int16(closeParen-closeQ)),
		})
	return withGSUB(tb, f, gsub)
}

// fullWidthTestFont is the bundled font with full-width forms in GSUB.
func fullWidthTestFont(tb testing.TB) *Font { return withFullWidthForms(tb, Bundled()) }

// TestGSUBSingleSubstitutionsMatchShaper checks the parser on both single
// substitution formats, coverage formats, an extension lookup and the
// script and language fallbacks against go-text's shaper.
func TestGSUBSingleSubstitutionsMatchShaper(t *testing.T) {
	f := fullWidthTestFont(t)
	g := f.cmap.lookup
	tests := []struct {
		feature, script, lang string
		r                     rune
		want                  rune // 0: no substitution
		shaperScript          language.Script
		shaperLang            string
	}{
		{"locl", scriptHani, langZHS, '“', '（', language.Han, "zh-Hans"},
		{"locl", scriptHani, langZHS, '‘', '「', language.Han, "zh-CN"},
		{"locl", scriptHani, langZHS, '”', 0, language.Han, "zh-Hans"},
		{"locl", scriptHani, "ZHT ", '“', 0, language.Han, "zh-Hant"},
		{"fwid", scriptHani, langZHS, '”', 0, language.Han, "zh-Hans"}, // hani lists no fwid
		{"fwid", "DFLT", "", '”', '）', language.Cyrillic, "ru"},        // no cyrl script: DFLT
		{"fwid", "DFLT", "", '“', 0, language.Cyrillic, "ru"},
		{"fwid", "cyrl", "", '”', '）', language.Cyrillic, "ru"},
	}
	face := goTextFace(t, f.Data())
	for _, tc := range tests {
		got, ok := f.gsub().substitute(tc.feature, tc.script, tc.lang, g(tc.r))
		switch {
		case tc.want == 0 && ok:
			t.Errorf("%s %s/%s %q: substituted glyph %d", tc.feature, tc.script, tc.lang, tc.r, got)
		case tc.want != 0 && (!ok || got != g(tc.want)):
			t.Errorf("%s %s/%s %q: glyph %d %v, want %d (%q)", tc.feature, tc.script, tc.lang, tc.r, got, ok, g(tc.want), tc.want)
		}
		features := []string{}
		if tc.feature != "locl" {
			features = append(features, tc.feature)
		}
		want := g(tc.r)
		if tc.want != 0 {
			want = g(tc.want)
		}
		if shaped := shapeOne(t, face, tc.r, tc.shaperScript, tc.shaperLang, features...); shaped != want {
			t.Errorf("%s %q in %s: shaper picks glyph %d, test expects %d", tc.feature, tc.r, tc.shaperLang, shaped, want)
		}
	}
}
