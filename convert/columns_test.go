package convert

import (
	"strconv"
	"strings"
	"testing"
)

func TestCountTerminals(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"没有句号", 0},
		{"一句。两句！三句？", 3},
		{"半角.!?不算", 0},
		{"“引号。”之后，逗号、顿号；", 1},
	} {
		if got := countTerminals(c.in); got != c.want {
			t.Errorf("countTerminals(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestBlanksMostlyInText builds documents whose blank lines fall either
// mostly between paragraphs or mostly inside them, and checks that the
// document's statistics tell them apart.
func TestBlanksMostlyInText(t *testing.T) {
	// Full lines with a sentence end inside, a short last line.
	const full = "全面落实各项政策措施。推动经济持续回升向好，"
	para := func(lines int, blankInside bool) string {
		var b strings.Builder
		for i := range lines {
			b.WriteString(full + "\n")
			if blankInside && i%2 == 0 {
				b.WriteString("\n")
			}
		}
		b.WriteString("人民生活持续改善。\n")
		return b.String()
	}
	for _, c := range []struct {
		name string
		sep  string // between paragraphs
		in   bool   // blank lines inside paragraphs
		want bool
	}{
		{"blank lines between paragraphs", "\n", false, false},
		{"blank lines inside paragraphs, none between", "", true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var doc strings.Builder
			doc.WriteString("标题\n\n")
			for range 12 {
				doc.WriteString(para(4, c.in) + c.sep)
			}
			d := newDraft(doc.String(), Options{})
			bs := bodies(d.lines, true)
			columnWidths(bs)
			if got := blanksMostlyInText(d.lines, bs); got != c.want {
				t.Errorf("blanksMostlyInText = %v, want %v", got, c.want)
			}
		})
	}
}

func TestColumnChanges(t *testing.T) {
	for _, c := range []struct {
		col, ahead int
		want       bool
	}{
		{32, 0, false},   // nothing measured ahead
		{32, 34, false},  // lines of one column vary
		{32, 138, true},  // a wide block after a narrow one
		{140, 30, true},  // a narrow block after a wide one
		{52, 56, false},  // a wider column by two characters
		{144, 110, true}, // a fourth narrower
	} {
		if got := columnChanges(c.col, c.ahead); got != c.want {
			t.Errorf("columnChanges(%d, %d) = %v, want %v", c.col, c.ahead, got, c.want)
		}
	}
}

func TestMedian3(t *testing.T) {
	for _, c := range [][4]int{{1, 2, 3, 2}, {3, 2, 1, 2}, {2, 3, 1, 2}, {44, 32, 32, 32}, {30, 34, 135, 34}, {5, 5, 5, 5}} {
		if got := median3(c[0], c[1], c[2]); got != c[3] {
			t.Errorf("median3(%d, %d, %d) = %d, want %d", c[0], c[1], c[2], got, c[3])
		}
	}
}

func TestSplitAtWidthChange(t *testing.T) {
	// Widths of lines; '.' marks a line that ends a sentence, '|' a
	// blank line (a new run).
	for _, c := range []struct {
		name  string
		lines string
		runs  string // the run of each line
	}{
		{"a lead across the page over the columns",
			"84 88 90 86 60. 28 12 24 28 28 28", "00000111111"},
		{"a box under the columns",
			"28 28 28 26 20. 80 84 84 82 40.", "0000011111"},
		{"one column, a paragraph's end",
			"28 28 28 26 20. 24 28 28 28 28", "0000000000"},
		{"a change in mid sentence is a heading across the columns",
			"84 88 90 86 60 28 12 24 28 28 28", "00000000000"},
		{"a lead over the columns, a box under them",
			"84 88 90 86 60. 28 12 24 28 28 28. 80 84 84 82 40.", "0000011111122222"},
		{"a blank line before the lead, another after the box",
			"30 | 84 88 90 86 60. 28 12 24 28 28 28. 80 84 84 82 40. | 20", "011111222222333334"},
		{"short items over a column are no column of their own",
			"10. 14. 8. 12. 9. 28 28 28 28 20.", "0000000000"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var bs []body
			run := 0
			for _, f := range strings.Fields(c.lines) {
				if f == "|" {
					run++
					continue
				}
				w, _ := strconv.Atoi(strings.TrimSuffix(f, "."))
				bs = append(bs, body{w: w, run: run, ends: strings.HasSuffix(f, ".")})
			}
			splitAtWidthChange(bs)
			got := ""
			for _, b := range bs {
				got += strconv.Itoa(b.run)
			}
			if got != c.runs {
				t.Errorf("runs %s, want %s", got, c.runs)
			}
		})
	}
}
