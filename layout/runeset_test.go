package layout

import (
	"slices"
	"testing"
)

func TestRuneSet(t *testing.T) {
	for _, tc := range []struct {
		name string
		add  []rune
		want []rune
	}{
		{"empty", nil, nil},
		{"one", []rune{'中'}, []rune{'中'}},
		{"repeats once", []rune{'文', '中', '文', '中'}, []rune{'中', '文'}},
		{"word ends", []rune{0, 63, 64, 0xFFFF}, []rune{0, 63, 64, 0xFFFF}},
		{"beyond the BMP after it", []rune{0x20000, 'a', 0x1F600, 0x20000}, []rune{'a', 0x1F600, 0x20000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s runeSet
			for _, r := range tc.add {
				s.add(r)
			}
			if got := s.sorted(); !slices.Equal(got, tc.want) {
				t.Errorf("sorted() = %q, want %q", got, tc.want)
			}
		})
	}
}
