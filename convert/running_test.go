package convert

import "testing"

func TestSplitPageLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		key  string
		page int
		ok   bool
	}{
		{"2026年河北省  16", "2026年河北省", 16, true},
		{"7  河南日报", "河南日报", 7, true},
		{"书记市长拜年爆猛  6", "书记市长拜年爆猛", 6, true},
		{"5", "", 5, true},
		{"- 12 -", "", 12, true},
		{"— 5 —", "", 5, true},
		{"２０２６年河北省  １６", "2026年河北省", 16, true},
		{"-12-", "", 12, true},
		{"互联网骨干直联点总带宽全国第 9", "互联网骨干直联点总带宽全国第", 9, true},
		{"办成了一批打基础、管长远、蓄势能的大事要事，产业转型 2018", "", 0, false},
		{"位。获批“中国制造 2025”试点示范城", "", 0, false},
		{"12345", "", 0, false},
		{"", "", 0, false},
	} {
		key, page, ok := splitPageLine(c.in)
		if key != c.key || page != c.page || ok != c.ok {
			t.Errorf("splitPageLine(%q) = %q, %d, %v; want %q, %d, %v", c.in, key, page, ok, c.key, c.page, c.ok)
		}
	}
}

func TestRunningHeads(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		gone []int // input lines removed
	}{
		{"repeated header with page numbers",
			"2026年河北省政府工作报告\n\n工会、妇女儿童等事业实现新\n2026年河北省  16\n进步。\n加快科技成果转化应\n\n2026年河北省  17\n\n用，推动创新型河北建设。\n", []int{4, 8}},
		{"page number first",
			"标题\n\n城镇新增就业超 690万人、\n2  河南日报\n稳定在全国 1/10以上。\n部\n7  河南日报\n分企业经营比较困难\n", []int{4, 7}},
		{"header is the start of the title, once",
			"书记市长拜年爆猛料，深圳GDP破3万亿元\n\n去年1-11月，全市进出口总额 31579.51 亿元，同比\n书记市长拜年爆猛  6\n\n增长15.1%。\n", []int{4}},
		{"bare page numbers in order",
			"Woodrow Wilson\n\nthe part we should\n5\nplay alike in the arrangement\n6\n\nare unquestionably just\n", []int{4, 6}},
		{"one bare number is text",
			"标题\n\n互联网骨干直联点总带宽全国第\n9\n位。\n", nil},
		{"numbers out of order are text",
			"Items\n\n3\n\n1\n", nil},
		{"a line ending in a number, once",
			"标题\n\n互联网骨干直联点总带宽全国第 9\n位。\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := applyPasses(c.in, runningHeads{})
			var gone []int
			for _, l := range d.lines {
				if l.gone {
					gone = append(gone, l.no)
				}
			}
			if len(gone) != len(c.gone) {
				t.Fatalf("removed lines %v, want %v", gone, c.gone)
			}
			for i := range gone {
				if gone[i] != c.gone[i] {
					t.Fatalf("removed lines %v, want %v", gone, c.gone)
				}
			}
			if len(d.report) != len(c.gone) {
				t.Errorf("%d decisions for %d removals", len(d.report), len(c.gone))
			}
			for _, r := range d.report {
				if r.Removed == "" {
					t.Errorf("decision %v does not name what it removed", r)
				}
			}
		})
	}
}
