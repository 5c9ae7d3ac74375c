package headline

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// cells measures CJK characters as one unit and other characters as half.
func cells(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ':
			w += 0.25
		case r < 0x2000:
			w += 0.5
		default:
			w += 1
		}
	}
	return w
}

func TestBreak(t *testing.T) {
	tests := []struct {
		name, text string
		width      float64
		want       []string
	}{
		{"fits", "政府工作报告摘编", 10, []string{"政府工作报告摘编"}},
		{"after the particle, not before it", "关于加快建设全国统一大市场战略的意见", 16,
			[]string{"关于加快建设全国统一", "大市场战略的意见"}},
		{"no lone last character", "二〇二六年河北省人民政府工作报告", 15,
			[]string{"二〇二六年河北省", "人民政府工作报告"}},
		{"at the space between phrases", "深圳GDP破3万亿元　广东稳居首位", 12,
			[]string{"深圳GDP破3万亿元", "广东稳居首位"}},
		{"not inside a word", "广东经济总量稳居全国首位", 7,
			[]string{"广东经济总量", "稳居全国首位"}},
		{"never a lone last character", "2026年吉林省政府工作报告", 11,
			[]string{"2026年吉林省", "政府工作报告"}},
		{"after the comma", "书记市长拜年爆猛料，深圳GDP破3万亿元", 14,
			[]string{"书记市长拜年爆猛料，", "深圳GDP破3万亿元"}},
		{"quotes stay with their words", "推动“十五五”规划开好局起好步", 8,
			[]string{"推动“十五五”", "规划开好局起好步"}},
		{"English at spaces, balanced", "Eighth Annual Message of the President to the Congress", 20,
			[]string{"Eighth Annual Message", "of the President to the Congress"}},
	}
	for _, tc := range tests {
		got := Break(tc.text, tc.width, cells)
		if strings.Join(got, "/") != strings.Join(tc.want, "/") {
			t.Errorf("%s: %q", tc.name, got)
		}
		for _, l := range got {
			if cells(l) > tc.width {
				t.Errorf("%s: line %q is wider than %g", tc.name, l, tc.width)
			}
		}
	}
}

// Whatever the width, lines keep every character, none starts with a
// closing mark or ends with an opening one, and none is wider than the
// measure unless a single unbreakable piece is.
func TestBreakInvariants(t *testing.T) {
	titles := []string{
		"关于加快建设全国统一大市场战略的意见",
		"书记市长拜年爆猛料，深圳GDP破3万亿元",
		"“十四五”时期经济社会发展回顾——2026年1月27日在吉林省第十四届人民代表大会第五次会议上",
		"《政府工作报告》（摘编）……全文",
		"Woodrow Wilson: Eighth Annual Message to the Congress, December 7, 1920",
		"Supercalifragilisticexpialidocious",
	}
	for _, title := range titles {
		for width := 3.0; width <= 30; width++ {
			lines := Break(title, width, cells)
			if got, want := strings.ReplaceAll(strings.Join(lines, ""), " ", ""), strings.ReplaceAll(title, " ", ""); got != want {
				t.Fatalf("%q at %g: lost text: %q", title, width, lines)
			}
			for k, l := range lines {
				first, last := []rune(l)[0], []rune(l)[len([]rune(l))-1]
				if k > 0 && (unicode.In(first, unicode.Pe, unicode.Pf) || strings.ContainsRune("，。、：；！？", first)) {
					t.Errorf("%q at %g: line %q starts with %q", title, width, l, first)
				}
				if k+1 < len(lines) && unicode.In(last, unicode.Ps, unicode.Pi) {
					t.Errorf("%q at %g: line %q ends with %q", title, width, l, last)
				}
				if cells(l) > width && len(split(l)) > 1 {
					t.Errorf("%q at %g: line %q overflows", title, width, l)
				}
			}
		}
	}
}

func FuzzBreak(f *testing.F) {
	f.Add("关于加快建设全国统一大市场战略的意见", 7.0)
	f.Add("“《（", 1.0)
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if width < 1 || width > 100 || len(s) > 200 || !utf8.ValidString(s) {
			return
		}
		lines := Break(s, width, cells)
		want := strings.Join(strings.Fields(s), "")
		if got := strings.ReplaceAll(strings.Join(lines, ""), " ", ""); got != want {
			t.Fatalf("lost text: %q -> %q", s, lines)
		}
	})
}
