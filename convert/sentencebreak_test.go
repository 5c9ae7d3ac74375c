package convert

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"济发展势头良好。 这五年，创新动能加速释放", []string{"济发展势头良好。", "这五年，创新动能加速释放"}},
		{"省内有进出口实绩的企业数量增长7%。 六是倾力保障和改善民生。", []string{"省内有进出口实绩的企业数量增长7%。", "六是倾力保障和改善民生。"}},
		{"提请大会审查。 “十五五”时期我省", []string{"提请大会审查。", "“十五五”时期我省"}},
		{"重点做好八个方面工作。 （一）促进消费", []string{"重点做好八个方面工作。", "（一）促进消费"}},
		// Before a number the space is a stray one.
		{"全社会研发投入年均增长超10%。 8 家全国重点实验室落", []string{"全社会研发投入年均增长超10%。 8 家全国重点实验室落"}},
		{"新起点。 2018 年以来，郑州", []string{"新起点。 2018 年以来，郑州"}},
		{"他说：“好。” 然后", []string{"他说：“好。”", "然后"}},
		{"没有空格。紧接着", []string{"没有空格。紧接着"}},
	} {
		got := splitSentences(c.in)
		if got == nil {
			got = []string{c.in} // nil: the line stays whole
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNoSentenceBreaksInNarrowColumns(t *testing.T) {
	// OCR of columns twelve and twenty-two characters wide: the space
	// after "。" is OCR's (where it dropped a quote mark), the text goes
	// on in the same paragraph.
	for _, col := range []string{
		strings.Repeat("过去五年，是极不寻常、极\n不平凡的五年。习近平总书\n", 12) + "旁。 “这里冬季平均气温在零\n下5摄氏度左右，自然降雪不\n",
		strings.Repeat("对此，周德山一开始并不认可，后来慢慢想通了\n，她改的都是外面的东西，手上的功夫一点没丢\n", 12) + "，纸还是那个纸。 他说。\n",
	} {
		d := applyPasses(col, sentenceBreaks{})
		for _, l := range d.lines {
			if l.split {
				t.Fatalf("split a narrow column's line at %q", l.text)
			}
		}
	}
}

func TestRunInHead(t *testing.T) {
	for _, c := range []struct {
		in         string
		head, rest string
		ok         bool
	}{
		{"（一）推进城乡融合发展 全县新改建农村公路120公里，", "（一）推进城乡融合发展", "全县新改建农村公路120公里，", true},
		{"二、持续改善民生　今年以来，全县城镇新增就业", "二、持续改善民生", "今年以来，全县城镇新增就业", true},
		{"（二）“一网通办”提质增效 全县政务服务事项全部上线，", "（二）“一网通办”提质增效", "全县政务服务事项全部上线，", true},
		// A run-in head that is a sentence, and a title alone, stay.
		{"（一）推进城乡融合发展。 全县新改建农村公路，", "", "", false},
		{"（一）推进城乡融合发展", "", "", false},
		// Text after a clause in the title, or text without a clause.
		{"（一）推进城乡融合，加快发展 全县新改建农村公路，", "", "", false},
		{"（一）推进城乡融合发展 全县新改建农村公路", "", "", false},
		{"1. 推进城乡融合发展 全县新改建农村公路，", "", "", false},
		// OCR's stray space in a run-in head that is a sentence.
		{"（一）产业发展 量质齐升。新增规模以上工业企业", "", "", false},
		// OCR's reading of the head: spaces in its bracket, a quote for
		// the change of weight after it.
		{"（一 ） 压实工作责任 ”各县区政府要落实属地责任，", "（一 ） 压实工作责任", "”各县区政府要落实属地责任，", true},
		{"（三）大力促进消费”各地开展“以旧换新、惠民购车”，", "（三）大力促进消费", "”各地开展“以旧换新、惠民购车”，", true},
		{"（二）持续改善民生“今年以来全县城镇新增就业2000人，", "（二）持续改善民生", "“今年以来全县城镇新增就业2000人，", true},
		// A quoted term in the title, or one that opens the text and
		// closes on the line, is no misread mark.
		{"（二）“一网通办”提质增效“全县通办”事项全部上线，", "", "", false},
		{"（二）打造“一刻钟便民生活圈”，全县新增社区食堂，", "", "", false},
		// A quote right after the number, and one whose close OCR
		// dropped before the space, are the title's.
		{"（三）”大力促进消费 各地开展以旧换新活动，", "（三）”大力促进消费", "各地开展以旧换新活动，", true},
		{"（三）推进“放管服改革 各地精简审批事项，", "（三）推进“放管服改革", "各地精简审批事项，", true},
	} {
		head, rest, ok := runInHead(c.in)
		if ok != c.ok || head != c.head || rest != c.rest {
			t.Errorf("runInHead(%q) = %q, %q, %v; want %q, %q, %v", c.in, head, rest, ok, c.head, c.rest, c.ok)
		}
	}
}

func TestRunInHeadSplitsOffText(t *testing.T) {
	in := "标题\n\n" + strings.Repeat("全市上下共同努力，完成了年度目标任务，各项事业取得了新的进展。\n", 4) +
		"\n（一）推进城乡融合发展 全县新改建农村公路120公里，新增公交线路8条。\n"
	if got := structure(in); !strings.Contains(got, "\n### （一）推进城乡融合发展\n全县新改建农村公路120公里，新增公交线路8条。") {
		t.Errorf("got\n%s", got)
	}
}
