package fonts

import (
	"os"
	"os/exec"
	"slices"
	"testing"
	"unicode"
)

const samplePath = "../source/zhengzhou-2023.txt"

// sampleRunes returns the distinct printable characters of the sample.
func sampleRunes(tb testing.TB) []rune {
	tb.Helper()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatalf("reading sample: %v", err)
	}
	seen := map[rune]bool{}
	var out []rune
	for _, r := range string(data) {
		if !seen[r] && unicode.IsPrint(r) && r != ' ' {
			seen[r] = true
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// needTool skips the test when an external program is missing.
func needTool(tb testing.TB, name string) string {
	tb.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		tb.Skipf("%s not installed (Debian: poppler-utils / fontconfig); skipping", name)
	}
	return path
}

// needFile skips the test when a system font is not installed.
func needFile(tb testing.TB, path string) {
	tb.Helper()
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("%s not installed; skipping", path)
	}
}

// compositeRunes returns characters whose glyph in f is a composite.
func compositeRunes(f *Font) []rune {
	var out []rune
	for _, r := range f.Runes() {
		g := f.glyphData(f.cmap.lookup(r))
		if len(g) >= 10 && i16(g, 0) < 0 {
			out = append(out, r)
		}
	}
	return out
}

// wideRunes returns up to n characters of f outside the BMP.
func wideRunes(f *Font, n int) []rune {
	var out []rune
	for _, r := range f.Runes() {
		if r > 0xFFFF && len(out) < n {
			out = append(out, r)
		}
	}
	return out
}

// makeCollection packs standalone fonts into a TrueType collection: each
// font is copied whole and its table offsets moved by where it lands.
func makeCollection(tb testing.TB, fonts ...[]byte) []byte {
	tb.Helper()
	head := 12 + 4*len(fonts)
	out := make([]byte, pad4(head))
	copy(out, "ttcf")
	put32(out, 4, 0x00010000)
	put32(out, 8, uint32(len(fonts)))
	for i, f := range fonts {
		at := len(out)
		put32(out, 12+4*i, uint32(at))
		out = append(out, f...)
		out = append(out, make([]byte, pad4(len(f))-len(f))...)
		n := int(u16(f, 4))
		for t := 0; t < n; t++ {
			rec := at + 12 + 16*t + 8
			put32(out, rec, u32(out, rec)+uint32(at))
		}
	}
	return out
}

// subsetOf returns a subset of f holding text's characters.
func subsetOf(tb testing.TB, f *Font, text string) []byte {
	tb.Helper()
	b, err := f.Subset([]rune(text))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// fakeCFF2 returns a minimal OpenType file with a 'CFF2' table and no
// glyf: enough for the outline check to see variable CFF2 outlines.
func fakeCFF2() []byte {
	return writeFont([]table{{"CFF2", make([]byte, 16)}, {"cmap", make([]byte, 4)}})
}
