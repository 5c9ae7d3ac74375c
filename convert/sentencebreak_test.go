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
