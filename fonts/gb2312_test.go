package fonts

import (
	"slices"
	"testing"
	"unicode"
)

func TestGB2312(t *testing.T) {
	set := GB2312()
	han := 0
	for _, r := range set {
		if unicode.Is(unicode.Han, r) && r != '々' {
			han++
		}
	}
	if han != 6763 {
		t.Errorf("%d hanzi, want the 6763 of GB2312", han)
	}
	for _, r := range []rune("啊齄、。々○ａＺαЯ㈠①ㄅ") {
		if !slices.Contains(set, r) {
			t.Errorf("GB2312 set lacks %q", r)
		}
	}
	for _, r := range []rune("A\uE000𠀀體〇ⅰ€︵ɑ") {
		if slices.Contains(set, r) {
			t.Errorf("GB2312 set holds %q", r)
		}
	}
	if n := len(set); n != 7445 {
		t.Errorf("%d characters, want GB2312's 7445", n)
	}
}

func TestBundledCoversGB2312(t *testing.T) {
	for _, f := range []*Font{Bundled(), BundledBold()} {
		var missing []rune
		for _, r := range GB2312() {
			if !f.HasRune(r) {
				missing = append(missing, r)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s lacks %d GB2312 characters: %q", f.Name, len(missing), missing)
		}
	}
}
