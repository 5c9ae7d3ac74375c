package convert

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestTurnLabels(t *testing.T) {
	turn := func(q, a string) string {
		return "记者：" + q + "？\n" + a + "：" + "我们做了很多工作。\n"
	}
	for _, c := range []struct {
		name string
		in   string
		want []string
	}{
		{"an interview: two labels, three turns each",
			"导语。\n" + turn("一", "王启明") + turn("二", "王启明") + turn("三", "王启明"), []string{"王启明", "记者"}},
		{"a speaker's name in bold OCR read a different way each time",
			"导语。\n" + turn("一", "王启明") + turn("二", "五启朋") + turn("三", "王启阴"), []string{"五启朋", "王启明", "王启阴", "记者"}},
		{"names of one length that share no character are no speaker's",
			"导语。\n" + turn("一", "王启明") + turn("二", "李晓东") + turn("三", "张国华"), nil},
		{"question and answer",
			"导语。\n问：怎么办？\n答：这样办。\n问：为什么？\n答：因为好。\n问：何时？\n答：明年。\n", []string{"问", "答"}},
		{"one label alone is a list's",
			"全年收入增长5%。\n其中：工业增长6%。\n其中：农业增长3%。\n其中：服务业增长7%。\n", nil},
		{"labels that do not follow a sentence end are text",
			"他告诉\n记者：我们很好\n她告诉\n记者：我们很好\n他对\n记者：说\n王启明：好。\n王启明：好。\n王启明：好。\n", nil},
		{"a colon at a line's end or after a long phrase opens no turn",
			"好。\n各位代表：\n好。\n各位代表：\n好。\n各位代表：\n好。\n全市上下一心努力奋斗：好。\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var lines []line
			for _, s := range strings.Split(strings.TrimSuffix(c.in, "\n"), "\n") {
				lines = append(lines, line{text: s})
			}
			got := slices.Sorted(maps.Keys(turnLabels(lines)))
			want := slices.Sorted(slices.Values(c.want))
			if !slices.Equal(got, want) {
				t.Errorf("labels %q, want %q", got, want)
			}
		})
	}
}
