package convert

import "testing"

func TestLetterSpacing(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"量 ，疫 苗 接 种 覆 盖 1213.6 万 人 ，60 岁 以 上 老 人 接 种 率", "量，疫苗接种覆盖1213.6万人，60岁以上老人接种率"},
		{"山 河 祖 国 the Belt and Road 山 河", "山河祖国the Belt and Road山河"},
		// Stray spaces around numbers are not letter-spacing.
		{"体超过 180万户，居全国省会城市第 8", "体超过 180万户，居全国省会城市第 8"},
		{"郑州全媒体记者 董艳竹 王红", "郑州全媒体记者 董艳竹 王红"},
		{"农 民 人 均 收 入 增 加 1 2 0 7 元 ， G D P 增 长", "农民人均收入增加1207元，GDP增长"},
		// Four characters stretched to the column.
		{"细 颗 粒 物", "细颗粒物"},
		{"张 三 李四", "张 三 李四"},
		{"记者 张 三", "记者 张 三"},
	} {
		d := applyPasses("标题\n\n"+c.in+"\n", letterSpacing{})
		if got := d.lines[2].text; got != c.want {
			t.Errorf("%q\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	if d := applyPasses("t h e e n d o f i t\n", letterSpacing{}); d.lines[0].text != "t h e e n d o f i t" {
		t.Error("English text was changed")
	}
}
