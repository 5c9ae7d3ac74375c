package convert

import (
	"strings"
	"testing"
)

func TestFrontBlocks(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     string
	}{
		{"report", "2026年某省政府工作报告\n\n——2026年1月26日在某省第十四届人民代表大会第四次会议上\n\n某省人民政府省长 王五\n\n各位代表：\n\n现在，我代表省人民政府向大会报告工作，请予审议。\n", "dateline, speaker, salutation"},
		{"news with a source line", "书记市长拜年爆猛料\n\n“深圳卫视深视新闻”微信公众号\n\n深圳GDP突破3万亿元大关。\n", "source"},
		{"news with a byline", "新港新能源汽车出口突破50万辆\n\n本报记者 刘晓雯 王海涛\n\n1月18日清晨，新港港区的码头上停满了车。\n", "byline"},
		{"English address", "Remarks on the State of the Port\n\nRiverside Convention Hall, Port Alder, February 9, 2026\n\nGENTLEMEN OF THE CONGRESS:\n\nThank you. I want to begin by thanking the people.\n", "dateline, salutation"},
		{"text right under the title", "政府工作报告摘编\n\n1月4日上午，市长向大会作政府工作报告。\n\n各位代表：\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := repair(c.in, Options{})
			if got := strings.Join(d.meta.front, ", "); got != c.want {
				t.Errorf("front %q, want %q", got, c.want)
			}
			if c.want != "" && !strings.Contains(d.markdown(), "\nfront: ["+c.want+"]\n") {
				t.Errorf("front matter lacks the roles:\n%s", d.markdown())
			}
		})
	}
}
