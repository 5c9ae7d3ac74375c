package convert

import "testing"

func TestOrphanLabels(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		want []string // texts flagged as orphaned labels
	}{
		{"labels at the end before the byline",
			"标题\n\n" + column + "\n2022年工作回顾\n\n五年来工作回顾\n\n郑州全媒体记者 董艳竹 王红\n", []string{"2022年工作回顾", "五年来工作回顾"}},
		{"a heading with text under it is no orphan",
			"标题\n\n工作回顾\n\n" + column, nil},
		{"a numbered heading is never an orphan",
			"标题\n\n正文。\n\n一、工作回顾\n\n二、工作安排\n\n正文。\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Normalize(c.in, Options{})
			var got []string
			for _, d := range r.Report {
				if d.Rule == "orphan-label" {
					got = append(got, d.Detail)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("flagged %q, want %q", got, c.want)
			}
			for i := range got {
				if !contains(got[i], c.want[i]) {
					t.Errorf("flag %q does not name %q", got[i], c.want[i])
				}
			}
		})
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || (len(s) >= len(sub) && indexOf(s, sub) >= 0)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
