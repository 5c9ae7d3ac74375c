package convert

import (
	"strings"
	"testing"
)

// bandsText is a text set in cols columns of width characters, each
// column lines tall, the columns one after the other.
func bandsText(cols, width, lines int) [][]string {
	rs := []rune(strings.Repeat("全面推进乡村振兴，加快建设农业强国，扎实推动乡村产业、人才、文化、生态、组织振兴。", 12))
	columns := make([][]string, cols)
	for c := range columns {
		for l := 0; l < lines; l++ {
			at := (c*lines + l) * width
			columns[c] = append(columns[c], string(rs[at:at+width]))
		}
	}
	return columns
}

// printBands prints columns as pdftotext reads close columns: band by
// band, the pieces of a band one after the other, a blank line after each.
func printBands(head string, columns [][]string, bands []int) string {
	out := []string{head, ""}
	at := 0
	for _, tall := range bands {
		for _, col := range columns {
			out = append(out, col[at:at+tall]...)
			out = append(out, "")
		}
		at += tall
	}
	return strings.Join(out, "\n") + "\f"
}

func TestReadBands(t *testing.T) {
	columns := bandsText(3, 9, 7)
	var inOrder []string
	for _, col := range columns {
		inOrder = append(inOrder, strings.Join(col, "\n"))
	}
	want := "乡村振兴的报告\n\n" + strings.Join(inOrder, "\n\n") + "\n\f"
	for _, c := range []struct {
		name  string
		bands []int
	}{
		{"two bands", []int{4, 3}},
		{"three bands", []int{3, 2, 2}},
		{"bands one line tall", []int{1, 1, 1, 1, 1, 1, 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, report := readBands(rawOf(printBands("乡村振兴的报告", columns, c.bands)))
			var texts []string
			for _, l := range out {
				texts = append(texts, l.text)
			}
			if got := strings.Join(texts, "\n"); got != want {
				t.Errorf("read as\n%s\nwant\n%s", got, want)
			}
			if len(report) != 1 || report[0].Rule != "columns" || report[0].Line != 3 {
				t.Errorf("report %+v", report)
			}
		})
	}
}

func TestReadBandsLeavesOtherText(t *testing.T) {
	columns := bandsText(3, 9, 6)
	var inOrder []string
	for _, col := range columns {
		inOrder = append(inOrder, strings.Join(col[:3], "\n"), strings.Join(col[3:], "\n"))
	}
	for name, text := range map[string]string{
		// Pieces of equal height that run on as printed.
		"columns in reading order": "乡村振兴的报告\n\n" + strings.Join(inOrder, "\n\n") + "\n\f",
		// The same bands, but no form feed: not pdftotext's pages.
		"no pages": strings.TrimSuffix(printBands("乡村振兴的报告", columns, []int{3, 3}), "\f"),
		// Lines as wide as a page's: not close-set columns.
		"wide lines": printBands("乡村振兴的报告", bandsText(3, 30, 4), []int{2, 2}),
	} {
		t.Run(name, func(t *testing.T) {
			raw := rawOf(text)
			out, report := readBands(raw)
			if report != nil || len(out) != len(raw) {
				t.Errorf("changed: %+v", report)
			}
		})
	}
}
