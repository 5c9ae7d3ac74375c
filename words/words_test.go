package words

import (
	"encoding/binary"
	"strings"
	"testing"
)

func TestEnds(t *testing.T) {
	if n := Size(); n < 50000 {
		t.Fatalf("%d words in the embedded list", n)
	}
	for _, tc := range []struct{ text, want string }{
		{"广东稳居首位", "广东/稳居/首位"},
		{"关于加快建设全国统一大市场", "关于/加快/建设/全国/统一/大/市场"},
		{"政府工作报告摘编", "政府/工作/报告/摘编"},
	} {
		rs := []rune(tc.text)
		ends := Ends(rs)
		var b strings.Builder
		for i, r := range rs {
			if i > 0 && ends[i] {
				b.WriteByte('/')
			}
			b.WriteRune(r)
		}
		if b.String() != tc.want {
			t.Errorf("%s: %s", tc.text, b.String())
		}
	}
}

func TestSplits(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"（一）全力办好国家大事，纵", "深推进京津冀协同发展", true},
		{"三、“十五五”时期主", "要目标任务", true},
		{"（五）推进乡村全面振兴", "坚决扛稳粮食安全责", false},
		{"一、“十四五”时期经济社", "会发展回顾", true},
		{"", "会发展回顾", false},
	} {
		if got := Splits(c.a, c.b); got != c.want {
			t.Errorf("Splits(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestTable checks words.bin as Ends reads it: its length, keys in
// strictly ascending order, each a word of one to four characters of the
// range, each with a count, and counts that add up to the total.
func TestTable(t *testing.T) {
	if string(table[:4]) != "WRD1" || len(table) != headerSize+12*size {
		t.Fatalf("words.bin: header %q, %d bytes for %d words", table[:4], len(table), size)
	}
	sum := 0.0
	var prev uint64
	for i := range size {
		k := binary.LittleEndian.Uint64(keys[8*i:])
		if k <= prev {
			t.Fatalf("key %d (%#x) not above the one before (%#x)", i, k, prev)
		}
		prev = k
		var rs []rune
		for s := 48; s >= 0 && k>>s&0xFFFF != 0; s -= 16 {
			rs = append(rs, rune(k>>s&0xFFFF)-1+firstHan)
		}
		if back, ok := key(rs); !ok || back != k {
			t.Fatalf("key %d (%#x) is no word of 1-4 characters", i, k)
		}
		c := binary.LittleEndian.Uint32(counts[4*i:])
		if c == 0 {
			t.Fatalf("%s: no count", string(rs))
		}
		sum += float64(c)
	}
	if sum != total {
		t.Fatalf("counts add up to %v, the header says %v", sum, total)
	}
	for _, c := range []struct {
		word string
		in   bool
	}{{"一", true}, {"政府", true}, {"一一列举", true}, {"政府工作报告", false}, {"abc", false}, {"", false}} {
		if _, ok := logp([]rune(c.word)); ok != c.in {
			t.Errorf("logp(%q): listed %v, want %v", c.word, ok, c.in)
		}
	}
}

// BenchmarkEnds segments a title, as the first title of a run does: with
// the list read in place, the first call costs what the others do.
func BenchmarkEnds(b *testing.B) {
	rs := []rune("关于加快建设全国统一大市场的意见")
	for b.Loop() {
		Ends(rs)
	}
}

func TestEach(t *testing.T) {
	n, found := 0, false
	Each(func(w []rune, count int) {
		n++
		if !found && string(w) == "市场" {
			found = count > 0 && Known(w)
		}
		if len(w) > 1 && !Known(w) {
			t.Fatalf("Each gives %q, which Known does not have", string(w))
		}
	})
	if n != Size() || !found {
		t.Errorf("Each gave %d words of %d; 市场 found: %v", n, Size(), found)
	}
}

func TestScore(t *testing.T) {
	for _, tc := range []struct{ better, worse string }{
		{"更加巩固", "更加巩国"},
		{"民生福祉", "民生福社"},
	} {
		if b, w := Score([]rune(tc.better)), Score([]rune(tc.worse)); b <= w {
			t.Errorf("Score(%s) %.1f <= Score(%s) %.1f", tc.better, b, tc.worse, w)
		}
	}
	if s := Score(nil); s != 0 {
		t.Errorf("Score(nil) = %v", s)
	}
}
