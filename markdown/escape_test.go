package markdown

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHasAnyByte holds hasAnyByte to strings.ContainsAny on short and
// long strings, valid UTF-8 or not.
func TestHasAnyByte(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"甲", "a", " ", "\t", "*", "_", "\\", "&", "!", "\n", "\xff", "\xe3\x80", "。"}
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(120); k > 0; k-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
			if r.IntN(3) > 0 {
				b.WriteString("中文")
			}
		}
		s := b.String()
		for _, set := range []string{inlineSpecial + "&!\r\n", " \t"} {
			if got, want := hasAnyByte(s, set), strings.ContainsAny(s, set); got != want {
				t.Fatalf("hasAnyByte(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	}
}
