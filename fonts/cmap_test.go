package fonts

import (
	"slices"
	"testing"
)

// TestCmapRoundTrip writes character maps and reads them back.
func TestCmapRoundTrip(t *testing.T) {
	spread := func(from, n, step int) []cmapPair {
		var p []cmapPair
		for i := 0; i < n; i++ {
			p = append(p, cmapPair{rune(from + i*step), uint16(i + 1)})
		}
		return p
	}
	for _, tc := range []struct {
		name  string
		pairs []cmapPair
	}{
		{"empty", nil},
		{"one", []cmapPair{{'中', 1}}},
		{"run", spread(0x4E00, 500, 1)},
		{"shared glyph", []cmapPair{{'A', 1}, {'B', 2}, {'C', 1}, {'D', 3}}},
		{"too scattered for one segment each", spread(0x100, 10000, 3)},
		{"every other code point", spread(0x3400, 16000, 2)},
		{"beyond the BMP", append(spread(0x4E00, 10, 1), spread(0x20000, 300, 2)...)},
		{"around 0xFFFF", []cmapPair{{0xFFFD, 1}, {0xFFFF, 2}, {0x10000, 3}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmap, err := buildCmap(tc.pairs)
			if err != nil {
				t.Fatal(err)
			}
			m, err := parseCmap(cmap, 0x10000)
			if err != nil {
				t.Fatal(err)
			}
			var want []rune
			for _, p := range tc.pairs {
				if p.r != 0xFFFF {
					want = append(want, p.r)
				}
				if p.r != 0xFFFF && m.lookup(p.r) != p.g {
					t.Errorf("U+%04X maps to %d, want %d", p.r, m.lookup(p.r), p.g)
				}
			}
			if got := m.runes(); !slices.Equal(got, want) {
				t.Errorf("map holds %d characters, want %d", len(got), len(want))
			}
		})
	}
}

// TestCmapTooScattered shows the one limit: a format 4 subtable cannot
// list 21000 characters two code points apart.
func TestCmapTooScattered(t *testing.T) {
	var pairs []cmapPair
	for r := rune(0x20); r < 0xFFF0; r += 3 {
		pairs = append(pairs, cmapPair{r, uint16(len(pairs) + 1)})
	}
	if _, err := buildCmap(pairs); err == nil {
		t.Fatalf("%d characters in a format 4 subtable: want a size error", len(pairs))
	}
}

// TestCmapOverlapsRefused feeds subtables whose groups all cover the whole
// of Unicode: reading them must stop early, reversed groups included.
func TestCmapOverlapsRefused(t *testing.T) {
	format12 := func(groups [][2]uint32) []byte {
		t := make([]byte, 12+16+12*len(groups))
		put16(t, 2, 1)
		put16(t, 4, 3)
		put16(t, 6, 10)
		put32(t, 8, 12)
		sub := t[12:]
		put16(sub, 0, 12)
		put32(sub, 12, uint32(len(groups)))
		for i, g := range groups {
			put32(sub, 16+12*i, g[0])
			put32(sub, 20+12*i, g[1])
		}
		return t
	}
	var whole, reversed [][2]uint32
	for i := 0; i < 1000; i++ {
		whole = append(whole, [2]uint32{0, maxRune})
		reversed = append(reversed, [2]uint32{0, maxRune}, [2]uint32{0xFFFFFFFF, 0})
	}
	for name, groups := range map[string][][2]uint32{"whole range": whole, "with reversed groups": reversed} {
		if _, err := parseCmap(format12(groups), 0x10000); err == nil {
			t.Errorf("%s: 1000 groups over all of Unicode accepted", name)
		}
	}
	if m, err := parseCmap(format12(whole[:1]), 100); err != nil || len(m.runes()) != 99 {
		t.Errorf("one group: %v", err)
	}
}
