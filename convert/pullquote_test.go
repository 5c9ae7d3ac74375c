package convert

import (
	"strings"
	"testing"
)

func TestPullQuotes(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		want int
	}{
		{"quote before its source",
			"标题\n\n2018年以来，面对严峻考验和艰巨任务，全市上下踔厉奋发、主动作为、应变克难，办成了一批打基础、管长远、蓄势能的大事要事。\n\n郑州既经历了决战“三大”攻坚，也经受了大战大考。面对严峻考验和艰巨任务，全市上下踔厉奋发、主动作为、应变克难，办成了一批打基础、管长远、蓄势能的大事要事。\n", 1},
		{"no repetition",
			"标题\n\n持续打好稳住经济大盘“组合拳”，带动经济稳中向好、稳中提质，把服务市场主体放在首位。\n\n高位推进稳经济重点项目集中攻坚行动，省市重点项目投资四千六百七十亿元，综合考核位居全省前列。\n", 0},
		{"a sentence repeated three times is reported once",
			"标题\n\n面对严峻考验和艰巨任务，全市上下踔厉奋发、主动作为、应变克难，办成了一批打基础、管长远、蓄势能的大事要事。\n\n正文。\n\n面对严峻考验和艰巨任务，全市上下踔厉奋发、主动作为、应变克难，办成了一批打基础、管长远、蓄势能的大事要事。\n\n正文。\n\n面对严峻考验和艰巨任务，全市上下踔厉奋发、主动作为、应变克难，办成了一批打基础、管长远、蓄势能的大事要事。\n", 1},
		{"short repeated sentences are not quotes",
			"标题\n\n各位代表！\n\n正文。\n\n各位代表！\n", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Normalize(c.in, Options{})
			if got := r.Counts()["pull-quote"]; got != c.want {
				t.Errorf("%d pull quotes flagged, want %d\n%s", got, c.want, r.ReportText())
			}
			if !strings.Contains(r.Markdown, "面对严峻考验") && c.want > 0 {
				t.Error("a pull quote was dropped")
			}
		})
	}
}

// TestShingleTableGrows fills the table far past its first size and
// checks that every shingle still maps to the sentence that added it.
func TestShingleTableGrows(t *testing.T) {
	tab := newShingleTable(1)
	for i := range 5000 {
		g := uint64(i) * 0x9E3779B97F4A7C15
		if q := tab.firstOrAdd(g, i); q != -1 {
			t.Fatalf("shingle %d already recorded for %d", i, q)
		}
	}
	for i := range 5000 {
		g := uint64(i) * 0x9E3779B97F4A7C15
		if q := tab.firstOrAdd(g, 9999); q != i {
			t.Fatalf("shingle %d maps to %d", i, q)
		}
	}
	if 2*tab.n > len(tab.keys) {
		t.Errorf("table %d slots for %d shingles: more than half full", len(tab.keys), tab.n)
	}
}
