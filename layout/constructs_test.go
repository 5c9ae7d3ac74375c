package layout

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/internal/golden"
	"github.com/cjk-publish/publish/markdown"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// allPath is the document with every construct of the dialect.
const allPath = golden.AllPath

func allDoc(t testing.TB) *markdown.Document { return golden.AllDoc(t) }

// describe writes a row as a golden line: kind, position and text.
func describe(td *document, pr pageRow) string {
	r := td.rows[pr.row]
	pos := fmt.Sprintf("x=%.1f y=%.1f", r.x, pr.baseline)
	switch r.kind {
	case spaceRow:
		return "space"
	case ruleRow:
		return fmt.Sprintf("rule %s len=%.1f", pos, r.more().rule)
	case imageRow:
		return fmt.Sprintf("image %s %.1fx%.1f %s", pos, r.more().img.w, r.more().img.h, r.more().img.format)
	case tableRow:
		var cells []string
		for _, cs := range r.more().tbl.cells {
			var ls []string
			for k, ln := range cs.lines {
				ls = append(ls, fmt.Sprintf("%.1f:%s", cs.xs[k], lineString(ln)))
			}
			cells = append(cells, strings.Join(ls, "/"))
		}
		flags := ""
		if r.more().tbl.head {
			flags += " head"
		}
		if r.more().tbl.last {
			flags += " last"
		}
		return fmt.Sprintf("table%s %s h=%.1f | %s", flags, pos, r.height, strings.Join(cells, " | "))
	}
	s := fmt.Sprintf("text %s size=%.1f", pos, r.size)
	if len(r.more().marker.glyphs) > 0 {
		s += fmt.Sprintf(" marker=%q@%.1f", lineString(r.more().marker), r.more().markerX)
	}
	if len(r.notes) > 0 {
		s += fmt.Sprintf(" notes=%v", r.notes)
	}
	return s + " " + lineString(r.ln)
}

// The every-construct document on A5: pages, rows, positions and text,
// checked against testdata/all.a5.golden (rewritten with -update after
// looking at the pages).
func TestGoldenEveryConstruct(t *testing.T) {
	td, err := typeset(allDoc(t), Options{Paper: "a5"})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, pg := range td.pages {
		fmt.Fprintf(&b, "== page %d head=%q folio=%v\n", pg.number, pg.header, pg.folio)
		if pg.repeat >= 0 {
			b.WriteString("repeat " + describe(td, pageRow{row: pg.repeat}) + "\n")
		}
		for _, pr := range pg.rows {
			b.WriteString(describe(td, pr) + "\n")
		}
		for _, pr := range pg.foot {
			b.WriteString("foot " + describe(td, pr) + "\n")
		}
	}
	golden.Check(t, "testdata/all.a5.golden", b.String(), *updateGolden)
}

// longTable is a table of n rows whose first column needs wrapping.
func longTable(n int) string {
	var b strings.Builder
	b.WriteString("| 地区 | 生产总值（亿元） | 增长（%） |\n|---|--:|:-:|\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "| 第%d个地区，名称较长需要在单元格里换行，且逗号不得出现在行首 | %d,%03d.%d | %d.%d |\n", i+1, 1+i, i*7%1000, i%10, 3+i%5, i%10)
	}
	return b.String()
}

// A table longer than a page repeats its header on every page it
// continues on, never splits a row, and keeps kinsoku in its cells.
func TestTableAcrossPages(t *testing.T) {
	td, err := typeset(parseDoc(t, "---\ntitle: 表\n---\n\n# 表\n\n"+longTable(60)), Options{Paper: "a5", TOC: "off"})
	if err != nil {
		t.Fatal(err)
	}
	seen, repeats := 0, 0
	for _, pg := range td.pages {
		for k, pr := range pg.rows {
			r := td.rows[pr.row]
			if r.kind != tableRow {
				continue
			}
			if !r.more().tbl.head {
				seen++
				if k == 0 && pg.repeat < 0 {
					t.Errorf("page %d continues the table without its header", pg.number)
				}
			}
			for _, cs := range r.more().tbl.cells {
				for _, ln := range cs.lines {
					if s := lineString(ln); strings.HasPrefix(s, "，") || strings.HasPrefix(s, "）") {
						t.Errorf("cell line starts with a closing mark: %q", s)
					}
				}
			}
		}
		if pg.repeat >= 0 {
			repeats++
		}
	}
	if seen != 60 || repeats < 2 {
		t.Errorf("%d body rows set (want 60, none split), header repeated on %d pages", seen, repeats)
	}
}

// A table wider than the measure shrinks its type and wraps its columns
// to fit; numbers are never broken and sit flush right when the
// alignment row says so.
func TestWideTableFits(t *testing.T) {
	md := "| 行业 | 2021 | 2022 | 2023 | 2024 | 2025 | 五年合计 | 年均增长 | 占比 | 备注 | 说明 |\n" +
		"|---|--:|--:|--:|--:|--:|--:|--:|--:|---|---|\n" +
		"| 农林牧渔业 | 310.2 | 322.5 | 335.1 | 341.9 | 350.6 | 1,660.3 | 3.1 | 2.7 | 含农林牧渔专业及辅助性活动 | 按可比价格计算的增长速度 |\n"
	td, rows := rowsOfKind(t, md, tableRow)
	m := td.paper.measure()
	for _, r := range rows {
		if r.more().tbl.t.x0 < td.paper.left-0.01 || r.more().tbl.t.x1 > td.paper.left+m+0.01 {
			t.Errorf("table spans %.1f-%.1f, measure %.1f-%.1f", r.more().tbl.t.x0, r.more().tbl.t.x1, td.paper.left, td.paper.left+m)
		}
		if r.more().tbl.t.size >= 0.9*td.paper.size {
			t.Errorf("type not shrunk: %.1f pt", r.more().tbl.t.size)
		}
		for j, cs := range r.more().tbl.cells {
			if j >= 1 && j <= 8 && len(cs.lines) != 1 {
				t.Errorf("number column %d broken over %d lines", j, len(cs.lines))
			}
		}
	}
	// Right alignment: the numbers of a column end at the same edge.
	a, b := rows[1].more().tbl.cells[1], rows[0].more().tbl.cells[1]
	if ea, eb := a.xs[0]+a.lines[0].width, b.xs[0]+b.lines[0].width; ea-eb > 0.01 || eb-ea > 0.01 {
		t.Errorf("right-aligned cells end at %.2f and %.2f", ea, eb)
	}
}

func rowsOfKind(t *testing.T, md string, k rowKind) (*document, []row) {
	t.Helper()
	td, out := rowsWhere(t, md, func(r row) bool { return r.kind == k })
	if len(out) == 0 {
		t.Fatalf("no rows of kind %d", k)
	}
	return td, out
}

// Every footnote is set at the foot of the page that holds its mark.
func TestFootnotesOnTheCitingPage(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\ntitle: 注\n---\n\n# 注\n\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "%s第%d段引用了一条注释[^n%d]，然后继续。\n\n", strings.Repeat("正文文字", 12), i, i)
	}
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "[^n%d]: 第%d条注释的内容%s。\n", i, i, strings.Repeat("说明", i%7*5))
	}
	d := parseDoc(t, b.String())
	td, err := typeset(d, Options{Paper: "a5", TOC: "off"})
	if err != nil {
		t.Fatal(err)
	}
	markPage, notePage := map[int]int{}, map[int]int{}
	for _, pg := range td.pages {
		for _, pr := range pg.rows {
			for _, n := range td.rows[pr.row].notes {
				markPage[n] = pg.number
			}
		}
		for _, pr := range pg.foot {
			if id := td.rows[pr.row].more().id; id != "" {
				n := noteOf(id)
				notePage[n] = pg.number
				if pr.baseline > td.paper.h-td.paper.bottom+0.01 {
					t.Errorf("note %d below the text block", n)
				}
			}
		}
		if len(pg.rows) > 0 && len(pg.foot) > 0 {
			last := pg.rows[len(pg.rows)-1]
			if end := last.baseline; end > pg.footY {
				t.Errorf("page %d: text runs to %.1f, into the footnotes at %.1f", pg.number, end, pg.footY)
			}
		}
	}
	for n := 1; n <= 40; n++ {
		if markPage[n] == 0 || markPage[n] != notePage[n] {
			t.Errorf("note %d: mark on page %d, note on page %d", n, markPage[n], notePage[n])
		}
	}
}

// A picture is never set wider than the measure nor larger than its
// pixels at 150 dpi; an image that was refused shows its alt text.
func TestFigures(t *testing.T) {
	d := allDoc(t)
	td, err := typeset(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range td.rows {
		if r.kind != imageRow {
			continue
		}
		n++
		if r.more().img.w > td.paper.measure()+0.01 || r.more().img.w > 360*72.0/150+0.01 {
			t.Errorf("picture %.1f pt wide", r.more().img.w)
		}
	}
	if n != 2 {
		t.Errorf("%d pictures set, want the PNG and the JPEG", n)
	}
	text := ""
	for _, r := range td.rows {
		text += lineString(r.ln) + "\n"
	}
	for _, alt := range []string{"远程图片", "上级目录的图片", "系统文件"} {
		if !strings.Contains(text, alt) {
			t.Errorf("alt text %q of a refused image not shown", alt)
		}
	}
}

// pdftotext gives a table row by row, cells in order, and no pipe syntax;
// the pictures are image XObjects.
func TestEveryConstructPDFText(t *testing.T) {
	pdf := writePDF(t, allDoc(t), Options{})
	text := pdfText(t, pdf)
	for _, want := range []string{
		"指标 2024年 2025年 增长（%）",
		"地区生产总值（亿元） 12,345.6 13,036.9 5.6",
		"农林牧渔业 310.2 322.5 335.1 341.9 350.6 1,660.3 3.1 2.7 含农林牧渔专业及辅助性活动",
		"按可比价格计算，增长速度为实际增长。",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext lacks the line %q", want)
		}
	}
	if strings.Contains(text, "|") || strings.Contains(text, "--:") {
		t.Error("pdftotext shows table syntax")
	}
	if n := strings.Count(string(pdf), "/Subtype /Image"); n != 2 {
		t.Errorf("%d image XObjects, want 2", n)
	}
}

// FuzzTypeset sets arbitrary Markdown (tables, footnotes, nesting): it
// must never panic, and every page must keep its rows inside the paper.
func FuzzTypeset(f *testing.F) {
	src, _ := os.ReadFile(allPath)
	f.Add(string(src))
	f.Add(longTable(30))
	f.Add("- a[^1]\n  > | x |\n  > |---|\n  > | y[^1] |\n\n[^1]: n\n\n    - deep\n")
	f.Fuzz(func(t *testing.T, md string) {
		d, err := markdown.Parse("f.md", []byte(md))
		if err != nil {
			return
		}
		td, err := typeset(d, Options{Paper: "a5"})
		if err != nil {
			t.Fatal(err)
		}
		for _, pg := range td.pages {
			for _, pr := range append(pg.rows, pg.foot...) {
				if pr.baseline < 0 || pr.baseline > td.paper.h {
					t.Fatalf("page %d: a row at %.1f pt, off the paper", pg.number, pr.baseline)
				}
			}
		}
	})
}
