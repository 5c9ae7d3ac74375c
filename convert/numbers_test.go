package convert

import "testing"

func TestNumberGlue(t *testing.T) {
	for _, c := range []struct {
		a, b string
		zh   bool
		ok   bool
		cut  int
		sep  string
	}{
		{"实施，受惠群众 178.", "16 万人次", true, true, 0, ""},
		{"推广高产优质品种3874 万亩、增长23", ".5%。实施", true, true, 0, ""},
		{"规模达到1,2-", "34亿元", true, true, 1, ""},
		{"编制完成20-", "23年规划", true, true, 1, ""},
		{"those for 1919 by $1,542,000,0", "00, while the total", false, true, 0, ""},
		{"decreased from $18,514,000,000 to $6,403-", ",000,000. The gross", false, true, 1, ""},
		{"1919, when it was $26,596,000,-", "000, had dropped", false, true, 1, ""},
		{"debt reached $24,175,000,", "000,000 on", false, true, 0, ""},
		// Two numbers that merely meet.
		{"on August 31,", "1919, when", false, false, 0, ""},
		{"in 1919,", "1920 and", false, false, 0, ""},
		{"the year 1920", "was good", false, false, 0, ""},
		{"交易额达到1234", "5678万元", true, true, 0, ""},
		{"2022年", "5911亿元", true, false, 0, ""},
		{"全国第", "9位", true, false, 0, ""},
		{"well-", "known", false, false, 0, ""},
	} {
		g, ok := numberGlue(c.a, c.b, c.zh)
		if ok != c.ok || g.cut != c.cut || g.sep != c.sep {
			t.Errorf("numberGlue(%q, %q) = %+v, %v; want ok %v cut %d sep %q", c.a, c.b, g, ok, c.ok, c.cut, c.sep)
		}
		if ok && g.cut > 0 && g.removed != "-" {
			t.Errorf("numberGlue(%q, %q) removes %q but reports %q", c.a, c.b, c.a[len(c.a)-g.cut:], g.removed)
		}
	}
}
