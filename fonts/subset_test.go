package fonts

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

type subsetCase struct {
	name  string
	font  *Font
	runes []rune
	cjk   bool // SubsetCJK rather than Subset
}

// subset makes the case's subset.
func (tc subsetCase) subset() ([]byte, error) {
	if tc.cjk {
		return tc.font.SubsetCJK(tc.runes)
	}
	return tc.font.Subset(tc.runes)
}

// cjkSubsetCases are subsets with full-width marks made for them.
func cjkSubsetCases(tb testing.TB) []subsetCase {
	runes := append(sampleRunes(tb), cjkMarks...)
	return []subsetCase{
		{"sample CJK", Bundled(), runes, true},
		{"sample bold CJK", BundledBold(), runes, true},
		{"marks only CJK", Bundled(), cjkMarks, true},
	}
}

func subsetCases(tb testing.TB) []subsetCase {
	sample := sampleRunes(tb)
	var ascii []rune
	for r := rune(0x20); r < 0x7F; r++ {
		ascii = append(ascii, r)
	}
	return []subsetCase{
		{"sample", Bundled(), sample, false},
		{"sample bold", BundledBold(), sample, false},
		{"ascii", Bundled(), ascii, false},
		{"nothing", Bundled(), nil, false},
		{"composite glyphs", Bundled(), append(compositeRunes(Bundled()), '中'), false},
		{"beyond the BMP", Bundled(), append(wideRunes(Bundled(), 40), '文', 'A'), false},
		{"duplicates and missing", Bundled(), []rune{'中', '中', 0xE000, 0x10FFFD, 'a', '中'}, false},
		{"one run of characters", Bundled(), []rune("一丁丂七丄丅丆万丈三上下丌不与丏"), false},
		{"every other character", Bundled(), everyOther(Bundled().Runes()), false},
	}
}

// allSubsetCases are the TrueType cases and the CFF ones.
func allSubsetCases(tb testing.TB) []subsetCase {
	return append(subsetCases(tb), cffCases(tb)...)
}

// everyOther returns every second rune: scattered characters that need
// more cmap segments than fit in a format 4 subtable, one per character.
func everyOther(runes []rune) []rune {
	var out []rune
	for i := 0; i < len(runes); i += 2 {
		out = append(out, runes[i])
	}
	return out
}

// TestSubsetKeepsExactlyTheRequestedGlyphs checks each subset parses with
// x/image/font/sfnt and with Parse, maps exactly the requested characters
// the font has, and draws each with the original outline and advance.
func TestSubsetKeepsExactlyTheRequestedGlyphs(t *testing.T) {
	for _, tc := range allSubsetCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.font.Subset(tc.runes)
			if err != nil {
				t.Fatal(err)
			}
			checkChecksums(t, data)
			sub, err := Parse("subset", data)
			if err != nil {
				t.Fatalf("subset does not parse: %v", err)
			}
			var want []rune
			for _, r := range tc.runes {
				if tc.font.HasRune(r) {
					want = append(want, r)
				}
			}
			slices.Sort(want)
			want = slices.Compact(want)
			if got := sub.Runes(); !slices.Equal(got, want) {
				t.Fatalf("subset maps %d characters %q, want %d %q", len(got), string(got), len(want), string(want))
			}
			if sub.Name != tc.font.Name {
				t.Errorf("subset name %q, want %q", sub.Name, tc.font.Name)
			}
			orig, err := sfnt.Parse(tc.font.Data())
			if err != nil {
				t.Fatal(err)
			}
			got, err := sfnt.Parse(data)
			if err != nil {
				t.Fatalf("x/image/font/sfnt rejects the subset: %v", err)
			}
			if got.NumGlyphs() > len(want)+1+len(compositeRunes(tc.font)) {
				t.Errorf("subset has %d glyphs for %d characters", got.NumGlyphs(), len(want))
			}
			for _, r := range want {
				if err := sameGlyph(orig, got, r); err != nil {
					t.Errorf("%q: %v", r, err)
				}
				if a, b := tc.font.Advance(r), sub.Advance(r); a != b {
					t.Errorf("%q: advance %v in subset, %v in font", r, b, a)
				}
				x0, x1, ok := tc.font.Ink(r)
				y0, y1, ok2 := sub.Ink(r)
				if x0 != y0 || x1 != y1 || ok != ok2 {
					t.Errorf("%q: ink %v..%v %v in subset, %v..%v %v in font", r, y0, y1, ok2, x0, x1, ok)
				}
			}
		})
	}
}

// sameGlyph compares r's outline segments and advance in two fonts.
func sameGlyph(a, b *sfnt.Font, r rune) error {
	var bufA, bufB sfnt.Buffer
	ga, err := a.GlyphIndex(&bufA, r)
	if err != nil || ga == 0 {
		return fmt.Errorf("original has no glyph: %v", err)
	}
	gb, err := b.GlyphIndex(&bufB, r)
	if err != nil || gb == 0 {
		return fmt.Errorf("subset has no glyph (sfnt): %v", err)
	}
	ppem := fixed.Int26_6(a.UnitsPerEm()) << 6
	sa, err := a.LoadGlyph(&bufA, ga, ppem, nil)
	if err != nil {
		return err
	}
	sb, err := b.LoadGlyph(&bufB, gb, ppem, nil)
	if err != nil {
		return fmt.Errorf("subset glyph does not load: %v", err)
	}
	if !slices.Equal(sa, sb) {
		return fmt.Errorf("outline differs: %d segments, want %d", len(sb), len(sa))
	}
	aa, _ := a.GlyphAdvance(&bufA, ga, ppem, font.HintingNone)
	ab, _ := b.GlyphAdvance(&bufB, gb, ppem, font.HintingNone)
	if aa != ab {
		return fmt.Errorf("advance %v, want %v", ab, aa)
	}
	return nil
}

// checkChecksums verifies every table checksum and the whole-file
// checksum adjustment of a standalone font.
func checkChecksums(t *testing.T, data []byte) {
	t.Helper()
	dir, _, err := readTableDir(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range dir {
		if rec.offset%4 != 0 {
			t.Errorf("table %q at unaligned offset %d", rec.tag, rec.offset)
		}
		body := slices.Clone(data[rec.offset : rec.offset+rec.length])
		body = append(body, make([]byte, pad4(len(body))-len(body))...)
		if rec.tag == "head" {
			put32(body, 8, 0)
		}
		var stored uint32
		for i, e := 0, data[12:]; i < len(dir); i++ {
			if string(e[16*i:16*i+4]) == rec.tag {
				stored = binary.BigEndian.Uint32(e[16*i+4:])
			}
		}
		if sum := checksum(body); sum != stored {
			t.Errorf("table %q checksum %08x, stored %08x", rec.tag, sum, stored)
		}
	}
	whole := append(slices.Clone(data), make([]byte, pad4(len(data))-len(data))...)
	if sum := checksum(whole); sum != checkSumMagic {
		t.Errorf("file checksum %08x, want %08x", sum, uint32(checkSumMagic))
	}
}

// TestSubsetAcceptedByFontconfig has fc-query read the subset's family and
// character set, and fc-validate find the whole repertoire of a subset of
// every character complete for Chinese and English.
func TestSubsetAcceptedByFontconfig(t *testing.T) {
	fcQuery := needTool(t, "fc-query")
	fcValidate := needTool(t, "fc-validate")
	dir := t.TempDir()
	for _, tc := range append(allSubsetCases(t), cjkSubsetCases(t)...) {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.subset()
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".ttf")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(fcQuery, "-f", "%{family[0]}|%{fontformat}|%{charset}", path).Output()
			if err != nil {
				t.Fatalf("fc-query: %v", err)
			}
			fields := strings.SplitN(string(out), "|", 3)
			format := "TrueType"
			if tc.font.CFF() {
				format = "CFF"
			}
			if len(fields) != 3 || fields[0] != tc.font.Family() || fields[1] != format {
				t.Fatalf("fc-query reads %q", out)
			}
			got, err := parseCharset(fields[2])
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range tc.runes {
				_, _, inked := tc.font.Ink(r)
				if inked && !got[r] {
					t.Errorf("fontconfig does not see %q (U+%04X) in the subset", r, r)
				}
			}
			for r := range got {
				if !slices.Contains(tc.runes, r) {
					t.Errorf("fontconfig sees unrequested U+%04X in the subset", r)
				}
			}
		})
	}
	for _, cjk := range []bool{false, true} {
		t.Run(fmt.Sprintf("whole repertoire cjk=%v", cjk), func(t *testing.T) {
			f := Bundled()
			data, err := subsetCase{font: f, runes: f.Runes(), cjk: cjk}.subset()
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, fmt.Sprintf("all-%v.ttf", cjk))
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, lang := range []string{"zh-cn", "en"} {
				out, err := exec.Command(fcValidate, "-l", lang, path).CombinedOutput()
				if err != nil || !bytes.Contains(out, []byte("Satisfy the coverage")) {
					t.Errorf("fc-validate -l %s: %v: %s", lang, err, out)
				}
			}
		})
	}
}

// parseCharset reads fontconfig's "20-7e 3001" character set notation.
func parseCharset(s string) (map[rune]bool, error) {
	set := map[rune]bool{}
	for _, field := range strings.Fields(s) {
		lo, hi, isRange := strings.Cut(field, "-")
		a, err := strconv.ParseUint(lo, 16, 32)
		if err != nil {
			return nil, fmt.Errorf("charset %q: %w", field, err)
		}
		b := a
		if isRange {
			if b, err = strconv.ParseUint(hi, 16, 32); err != nil {
				return nil, fmt.Errorf("charset %q: %w", field, err)
			}
		}
		for r := a; r <= b; r++ {
			set[rune(r)] = true
		}
	}
	return set, nil
}

func BenchmarkSubset(b *testing.B) {
	runes := sampleRunes(b)
	f := Bundled()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Subset(runes); err != nil {
			b.Fatal(err)
		}
	}
}
