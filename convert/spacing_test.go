package convert

import "testing"

func TestDropSpaces(t *testing.T) {
	for _, c := range []struct {
		in   string
		zh   bool
		want string
	}{
		{"2018 年以来，省会城市首位", true, "2018年以来，省会城市首位"},
		{"分别增长 7.5%、11.5% 、 17.4%、7.3%", true, "分别增长7.5%、11.5%、17.4%、7.3%"},
		{"环保绩效 A 级企业数量", true, "环保绩效A级企业数量"},
		{"—— 2026年 1月26日", true, "——2026年1月26日"},
		{"the Belt and Road 倡议", true, "the Belt and Road倡议"},
		{"PM2.5 PM10", true, "PM2.5 PM10"},
		{"rose by 27.4 % this year", false, "rose by 27.4% this year"},
		{"spaces stay in English", false, "spaces stay in English"},
	} {
		n := 0
		got := dropSpaces(c.in, c.zh, func(int) { n++ })
		if got != c.want {
			t.Errorf("dropSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
		if n != len(c.in)-len(got) {
			t.Errorf("dropSpaces(%q) reported %d removals, removed %d", c.in, n, len(c.in)-len(got))
		}
	}
}

func TestSpacingKeepsNumbersApart(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"a chapter's number", "第二章 停放 管理", "第二章 停放管理"},
		{"an article's number", "第六条 新建 住宅小区应当配建充电设施。", "第六条 新建住宅小区应当配建充电设施。"},
		{"an article without the space", "第六条新建 住宅小区", "第六条新建住宅小区"},
		{"an ordinal in a sentence", "本办法 第六条 规定的设施", "本办法第六条规定的设施"},
		{"a number that is not a part", "第六次 全体会议召开", "第六次全体会议召开"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &draft{lang: "zh", blocks: []block{{kind: paragraph, text: c.in}}}
			spacing{}.apply(d)
			if got := d.blocks[0].text; got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestSpacingInTitle(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"a headline's two phrases keep their space", "3.2万名跑者竞逐江城 2026云溪马拉松圆满落幕", "3.2万名跑者竞逐江城 2026云溪马拉松圆满落幕"},
		{"a figure set apart from its phrase", "一季度全市地区生产总值增长 5.2%", "一季度全市地区生产总值增长5.2%"},
		{"a character set apart", "人 工智能产业发展规划", "人工智能产业发展规划"},
		{"two spaces are stray ones", "全市 城乡居民 医疗保险参保指南", "全市城乡居民医疗保险参保指南"},
		{"a space before a mark", "全市城乡居民医疗保险 “参保缴费”指南", "全市城乡居民医疗保险“参保缴费”指南"},
		{"a space in a figure's phrase", "关于做好2026 年春季学期中小学校园安全工作的通知", "关于做好2026年春季学期中小学校园安全工作的通知"},
		{"a space before a word", "云溪市人民政府 关于表彰2025年度先进集体的决定", "云溪市人民政府关于表彰2025年度先进集体的决定"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &draft{lang: "zh", blocks: []block{{kind: heading, level: 1, text: c.in}}}
			spacing{}.apply(d)
			if got := d.blocks[0].text; got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
