package convert

import "testing"

func TestEndsClauseEarly(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"中，被寄予越来越多的厚望。", true},
		{"湾区龙头。专家认为，深港发展将为大", true},
		{"发展根基。", true},
		{"同时，广东也是第一工业大省", false},   // a paragraph opener
		{"各位代表！回顾过去的五年", false},    // an exclamation opens a paragraph
		{"成绩来之不易。", false},         // a whole short sentence
		{"。坚持稳中求进", false},         // nothing before the mark
		{"提升财政金融改革质效。强化财政", false}, // a lead sentence
	} {
		if got := endsClauseEarly(c.line); got != c.want {
			t.Errorf("endsClauseEarly(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestCutAfterComma(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"（七）统筹生态环境保护，厚", true},
		{"（七）统筹生态环境保护，厚植", true},
		{"（五）加快乡村全面振兴，促进城乡融合发展", false}, // a heading of two phrases
		{"（一）全力办好国家大事", false},
		{"（二）稳增长，保就业。", false},
	} {
		if got := cutAfterComma(c.line); got != c.want {
			t.Errorf("cutAfterComma(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestAlnumRuns(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"全面推进市县国企改革。", 0},
		{"人大代表建议 292件、省政协提案 553件。", 2},
		{"CPI涨幅2%左右，单位GDP下降3.5%", 5},
	} {
		if got := alnumRuns(c.s); got != c.want {
			t.Errorf("alnumRuns(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestShortByIndent(t *testing.T) {
	for _, c := range []struct {
		w, col int
		s      string
		want   bool
	}{
		{52, 56, "当好更加有为的行动派。越是困难多挑战大，越须实", true},
		{50, 56, "…", true},
		{55, 56, "…", false}, // full: a half-width mark short
		{56, 56, "…", false},
		{44, 56, "…", false},         // much shorter: a last line or a heading
		{53, 56, "12 月、35 家", false}, // two numbers loosen the measure
	} {
		if got := shortByIndent(c.w, c.col, c.s); got != c.want {
			t.Errorf("shortByIndent(%d, %d, %q) = %v, want %v", c.w, c.col, c.s, got, c.want)
		}
	}
}

func TestSectionTitle(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"一、“十四五”时期和2025年工作回顾", true},
		{"二、“十五五”时期的主要目标任务", true},
		{"三、2026年重点工作", true},
		{"一、坚持稳中求进，全面深化改革开放", false},                      // a clause mark: running text
		{"一是全面推进市县国企改革", false},                           // no "、"
		{"一、加快建设现代化产业体系。", false},                         // a sentence end
		{"一、全面贯彻落实党的二十届四中全会精神推动经济社会高质量发展取得新的更大成效", false}, // too long for a title
		{"一、", false},
	} {
		if got := sectionTitle(c.s); got != c.want {
			t.Errorf("sectionTitle(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
