package fonts

import (
	"slices"
	"testing"
)

func TestFallbacks(t *testing.T) {
	latin, err := Parse("latin", subsetOf(t, Bundled(), "abcdefghijklmnopqrstuvwxyz ,."))
	if err != nil {
		t.Fatal(err)
	}
	const unassigned = rune(0x0378) // no font maps an unassigned code point
	for _, tc := range []struct {
		name          string
		primary       *Font
		text          string
		wantFirst     *Font // first font of the chain (nil: empty chain)
		wantUncovered []rune
	}{
		{"nothing missing", Bundled(), "中文 text，。\n", nil, nil},
		{"bundled covers what the primary lacks", latin, "abc 中文中文，。\n", Bundled(), nil},
		{"characters no font has", latin, "ab\u0378中\u0378\t", Bundled(), []rune{unassigned}},
		{"bold primary", BundledBold(), "粗体\u0378", nil, []rune{unassigned}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			chain, uncovered := Fallbacks(tc.primary, []rune(tc.text))
			if !slices.Equal(uncovered, tc.wantUncovered) {
				t.Errorf("uncovered %q, want %q", uncovered, tc.wantUncovered)
			}
			if tc.wantFirst == nil && len(chain) > 0 || tc.wantFirst != nil && (len(chain) == 0 || chain[0] != tc.wantFirst) {
				t.Errorf("chain %v, want it to start with %v", fontNames(chain), tc.wantFirst)
			}
			checkChainCovers(t, tc.primary, chain, uncovered, []rune(tc.text))
		})
	}
}

// TestFallbacksReachSystemFonts asks for characters the bundled font lacks
// but an installed TrueType font has.
func TestFallbacksReachSystemFonts(t *testing.T) {
	faces, err := systemFaces()
	if err != nil {
		t.Skipf("no system fonts: %v", err)
	}
	var want []rune
	for _, s := range faces {
		if s.Format != FormatTrueType || s.cmap == nil {
			continue
		}
		for it := s.cmap.Iter(); it.Next() && len(want) < 5; {
			if r, g := it.Char(); g != 0 && r > ' ' && !Bundled().HasRune(r) && !slices.Contains(want, r) {
				want = append(want, r)
			}
		}
	}
	if len(want) == 0 {
		t.Skip("no installed TrueType font has a character the bundled font lacks")
	}
	text := append([]rune("中文"), want...)
	chain, uncovered := Fallbacks(Bundled(), text)
	if len(uncovered) > 0 {
		t.Errorf("uncovered %q although an installed font has them", uncovered)
	}
	if len(chain) == 0 || chain[0].Path == "" {
		t.Fatalf("chain %v, want system fonts", fontNames(chain))
	}
	checkChainCovers(t, Bundled(), chain, uncovered, text)
}

// checkChainCovers verifies every character is drawn by primary or a chain
// font, or reported uncovered (and then no chain font has it).
func checkChainCovers(t *testing.T, primary *Font, chain []*Font, uncovered, text []rune) {
	t.Helper()
	for _, r := range text {
		if r < ' ' || primary.HasRune(r) {
			continue
		}
		drawn := slices.ContainsFunc(chain, func(f *Font) bool { return f.HasRune(r) })
		if drawn == slices.Contains(uncovered, r) {
			t.Errorf("%q: drawn by the chain %v, reported uncovered %v", r, drawn, !drawn)
		}
	}
}

func fontNames(chain []*Font) []string {
	var out []string
	for _, f := range chain {
		out = append(out, f.Name)
	}
	return out
}

func TestBoldFor(t *testing.T) {
	bold, err := Parse("bold subset", subsetOf(t, BundledBold(), "粗体"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		font *Font
		want *Font
	}{
		{"bundled regular", Bundled(), BundledBold()},
		{"bundled bold", BundledBold(), BundledBold()},
		{"a bold font is its own bold", bold, bold},
		{"nil", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := BoldFor(tc.font); got != tc.want {
				t.Errorf("BoldFor = %v, want %v", got, tc.want)
			}
		})
	}
	t.Run("family without bold", func(t *testing.T) {
		needFile(t, wqyPath)
		f, err := LoadIndex(wqyPath, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := BoldFor(f); got != nil {
			t.Errorf("BoldFor(%s) = %s, want nil", f.Name, got.Name)
		}
	})
	t.Run("system family with bold", func(t *testing.T) {
		const regular = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
		needFile(t, regular)
		f, err := LoadIndex(regular, 0)
		if err != nil {
			t.Fatal(err)
		}
		got := BoldFor(f)
		if got == nil || got.Family() != f.Family() || got.Style() != "Bold" {
			t.Errorf("BoldFor(%s) = %v, want the family's Bold", f.Name, got)
		}
	})
}
