package convert

import "testing"

func TestBylineNames(t *testing.T) {
	for _, c := range []struct {
		in       string
		names    string
		reporter bool
		ok       bool
	}{
		{"郑州全媒体记者 董艳竹 王红", "董艳竹 王红", true, true},
		{"省长 胡玉亭", "胡玉亭", false, true},
		{"河北省人民政府省长 王正谱", "王正谱", false, true},
		{"本报通讯员 欧阳明", "欧阳明", true, true},
		{"By Jane Q. Smith", "Jane Q. Smith", true, true},
		{"01 深圳的3万亿之路", "", false, false},
		{"关键词：稳经济增长", "", false, false},
		{"记者 2023年", "", false, false},
		{"各位代表 同志们", "", false, false},
	} {
		names, reporter, ok := bylineNames(c.in)
		if names != c.names || reporter != c.reporter || ok != c.ok {
			t.Errorf("bylineNames(%q) = %q, %v, %v; want %q, %v, %v", c.in, names, reporter, ok, c.names, c.reporter, c.ok)
		}
	}
}

func TestAuthorPrefersReporter(t *testing.T) {
	d := repair("标题\n\n省长 胡玉亭\n\n正文。\n\n本报记者 张三 李四\n", Options{})
	if d.meta.author != "张三 李四" {
		t.Errorf("author %q", d.meta.author)
	}
}
