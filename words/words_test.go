package words

import (
	"strings"
	"sync"
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

// BenchmarkList reads the embedded word list, as the first title of a
// run does.
func BenchmarkList(b *testing.B) {
	for b.Loop() {
		lexOnce = sync.Once{}
		list()
	}
}
