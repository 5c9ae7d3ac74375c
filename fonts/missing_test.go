package fonts

import (
	"slices"
	"testing"
)

func TestMissingIn(t *testing.T) {
	latin, err := Parse("latin", subsetOf(t, Bundled(), "abc "))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		text  string
		fonts []*Font
		want  []Missing
	}{
		{"all covered", "abc\n中文", []*Font{latin, Bundled()}, nil},
		{"counts and first positions", "ab中\nc 文中\u0378\n\u0378", []*Font{latin},
			[]Missing{{'中', 2, 1, 3}, {'文', 1, 2, 3}, {'\u0378', 2, 2, 5}}},
		{"no font at all", "a\tb", nil, []Missing{{'a', 1, 1, 1}, {'b', 1, 1, 3}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MissingIn(tc.text, tc.fonts...); !slices.Equal(got, tc.want) {
				t.Errorf("MissingIn = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestFontFor(t *testing.T) {
	latin, err := Parse("latin", subsetOf(t, Bundled(), "abc"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		r    rune
		want *Font
	}{
		{'a', latin}, {'中', Bundled()}, {'\u0378', nil},
	} {
		if got := FontFor(tc.r, nil, latin, Bundled()); got != tc.want {
			t.Errorf("FontFor(%q) = %v, want %v", tc.r, got, tc.want)
		}
	}
}
