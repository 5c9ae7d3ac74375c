package lookalike

import "testing"

func TestOf(t *testing.T) {
	for _, tc := range []struct {
		read rune
		set  rune // a character OCR read as it, of like shape
		not  rune // one of another shape
	}{
		{'国', '固', '间'},
		{'社', '祉', '褂'},
		{'广', '厂', '支'},
	} {
		var set, not bool
		for _, r := range Of(tc.read) {
			if r.Times < 2 {
				t.Errorf("Of(%q) has %q read %d times", tc.read, r.As, r.Times)
			}
			set = set || r.As == tc.set
			not = not || r.As == tc.not
		}
		if !set || not {
			t.Errorf("Of(%q) = %v: want %q in it, not %q", tc.read, Of(tc.read), tc.set, tc.not)
		}
	}
	if len(Of('a')) != 0 {
		t.Errorf("Of('a') = %v", Of('a'))
	}
}
