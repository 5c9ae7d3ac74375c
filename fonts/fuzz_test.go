package fonts

import (
	"bytes"
	"testing"
)

// fuzzSeeds returns small real fonts and damaged copies of them.
func fuzzSeeds(tb testing.TB) [][]byte {
	font := subsetOf(tb, Bundled(), "中文，。Ab1"+string(compositeRunes(Bundled())[:2])+string(wideRunes(Bundled(), 2)))
	bold := subsetOf(tb, BundledBold(), "粗体")
	small, err := Parse("seed", subsetOf(tb, Bundled(), "中“”‘’·（「）"))
	if err != nil {
		tb.Fatal(err)
	}
	gsub := withFullWidthForms(tb, small).Data()
	cff := seedCFF(tb).Data()
	seeds := [][]byte{font, bold, gsub, makeCollection(tb, font, bold), cff, makeCollection(tb, cff, font), fakeCFF2(), nil, []byte("ttcf"), []byte("OTTO\x00\x01")}
	for _, n := range []int{12, 100, 300, len(font) / 3, len(font) - 1} {
		seeds = append(seeds, font[:n])
	}
	// Overwrite bytes inside each table of a copy, one table at a time.
	dir, _, _ := readTableDir(gsub, 0)
	for _, t := range dir {
		bad := append([]byte(nil), gsub...)
		for i := t.offset; i < t.offset+t.length && i < t.offset+40; i += 3 {
			bad[i] = 0xFF
		}
		seeds = append(seeds, bad)
	}
	return seeds
}

var fuzzRunes = []rune("中文，。Ab1粗体¨´\U00020000“”‘’·…")

// checkFont exercises every reader of a parsed font; a subset of a font
// that parsed must parse too.
func checkFont(t *testing.T, f *Font) {
	for _, r := range fuzzRunes {
		f.HasRune(r)
		f.Advance(r)
		f.Ink(r)
	}
	f.Runes()
	if sub, err := f.Subset(fuzzRunes); err == nil {
		if _, err := Parse("subset", sub); err != nil {
			t.Fatalf("subset of a parsed font does not parse: %v", err)
		}
	}
	if sub, err := f.SubsetCJK(fuzzRunes); err == nil {
		if _, err := Parse("CJK subset", sub); err != nil {
			t.Fatalf("CJK subset of a parsed font does not parse: %v", err)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		font, err := Parse("fuzz", data)
		if err != nil {
			return
		}
		checkFont(t, font)
	})
}

func FuzzLoadData(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, 0)
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, data []byte, index int) {
		font, err := loadData("fuzz.ttc", index, data)
		if err != nil {
			return
		}
		checkFont(t, font)
	})
}

func FuzzExtractFace(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, data []byte, index int) {
		face, err := extractFace(data, index)
		if offs, _ := collectionOffsets(data); err != nil || offs == nil {
			return
		}
		if _, _, err := readTableDir(face, 0); err != nil {
			t.Fatalf("extracted face has no readable table directory: %v", err)
		}
	})
}

func FuzzSubset(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, "中文，。Ab1¨´")
	}
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		font, err := Parse("fuzz", data)
		if err != nil {
			return
		}
		sub, err := font.Subset([]rune(text))
		if err != nil {
			return
		}
		got, err := Parse("subset", sub)
		if err != nil {
			t.Fatalf("subset does not parse: %v", err)
		}
		for _, r := range text {
			if font.HasRune(r) != got.HasRune(r) {
				t.Fatalf("%q: in font %v, in subset %v", r, font.HasRune(r), got.HasRune(r))
			}
		}
	})
}

// FuzzSubsetCJK checks CJK subsets of damaged fonts: they parse, map the
// same characters, and each mark they widen is 1 em wide.
func FuzzSubsetCJK(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, "中“”‘’·…（「）A")
	}
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		font, err := Parse("fuzz", data)
		if err != nil {
			return
		}
		sub, err := font.SubsetCJK([]rune(text))
		if err != nil {
			return
		}
		got, err := Parse("CJK subset", sub)
		if err != nil {
			t.Fatalf("CJK subset does not parse: %v", err)
		}
		for _, r := range text {
			if font.HasRune(r) != got.HasRune(r) {
				t.Fatalf("%q: in font %v, in subset %v", r, font.HasRune(r), got.HasRune(r))
			}
			if got.Advance(r) != font.Advance(r) && got.Advance(r) < 1 {
				t.Fatalf("%q: advance %v, was %v", r, got.Advance(r), font.Advance(r))
			}
		}
	})
}

// FuzzScanFaces feeds damaged fonts to the system font scanner, which
// reads every installed font file whatever its state.
func FuzzScanFaces(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, face := range scanFaces("fuzz.ttc", bytes.NewReader(data), int64(len(data))) {
			if face.GB2312 < 0 || face.GB2312 > 1 {
				t.Fatalf("coverage %v", face.GB2312)
			}
		}
	})
}
