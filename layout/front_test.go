package layout

import (
	"strings"
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

func parseDoc(t *testing.T, md string) *markdown.Document {
	t.Helper()
	d, err := markdown.Parse("t.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// pageTexts gives, per page, the text of its rows.
func pageTexts(td *document) [][]string {
	out := make([][]string, len(td.pages))
	for i, pg := range td.pages {
		for _, pr := range pg.rows {
			out[i] = append(out[i], lineString(td.rows[pr.row].ln))
		}
	}
	return out
}

// The sample on A4: a title page, the contents on a page of their own,
// then the body; checked by hand against the rendered pages.
func TestSampleFrontPages(t *testing.T) {
	td, err := typeset(sampleDoc(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(td)
	want := [][]string{
		{"", "政府工作报告摘编", "把牢高质量发展主动权　全力稳住经济大盘", "", "董艳竹 王红"},
		{"目录", "关键词：稳经济增长", "关键词：产业发展", "关键词：科技创新", "关键词：改革开放",
			"关键词：城市品质", "关键词：绿色发展", "关键词：城市安全", "关键词：民生保障"},
	}
	for i, w := range want {
		if strings.Join(pages[i], "|") != strings.Join(w, "|") {
			t.Errorf("page %d = %q\nwant %q", i+1, pages[i], w)
		}
	}
	if got := pages[2][0]; !strings.HasPrefix(got, "1月4日上午") {
		t.Errorf("body starts with %q, want the first paragraph on page 3", got)
	}
	// The title's baseline sits near a third of the page.
	title := td.pages[0].rows[1].baseline / td.paper.h
	if title < 0.28 || title > 0.4 {
		t.Errorf("title at %.2f of the page height", title)
	}
	for _, pg := range td.pages[:2] {
		if pg.header != "" {
			t.Errorf("page %d has the running head %q", pg.number, pg.header)
		}
	}
	if td.pages[0].folio || !td.pages[1].folio {
		t.Errorf("folios: title page %v, contents page %v", td.pages[0].folio, td.pages[1].folio)
	}
	// TOC page numbers point at the pages that hold the headings.
	for _, pg := range td.pages {
		for _, pr := range pg.rows {
			if a := td.rows[pr.row].anchor; a >= 0 && td.target[a] != pg.number {
				t.Errorf("heading %d on page %d, contents say %d", a, pg.number, td.target[a])
			}
		}
	}
}

// Every page after the front pages shows the section in force at its top,
// or the section whose heading opens it; never the document title once a
// section has started.
func TestRunningHeads(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\ntitle: 书名\n---\n\n# 书名\n\n")
	for _, s := range []string{"甲", "乙", "丙"} {
		b.WriteString("## 第" + s + "章\n\n")
		for i := 0; i < 30; i++ {
			b.WriteString(strings.Repeat("正文文字", 30) + "\n\n")
		}
	}
	td, err := typeset(parseDoc(t, b.String()), Options{Paper: "a5"})
	if err != nil {
		t.Fatal(err)
	}
	section := ""
	opened := 0
	for _, pg := range td.pages[2:] {
		first := td.rows[pg.rows[0].row]
		want := section
		if first.more().section != "" {
			want = first.more().section
			opened++
		}
		if pg.header != want || want == "" {
			t.Errorf("page %d (starts %q): head %q, want %q", pg.number, lineString(first.ln), pg.header, want)
		}
		for _, pr := range pg.rows {
			if s := td.rows[pr.row].more().section; s != "" {
				section = s
			}
		}
	}
	if opened == 0 {
		t.Error("no page opens with a section heading: the case is not tested")
	}
}

// The sample's page holding the end of one section and the start of the
// next is headed by the one in force at its top.
func TestSampleRunningHeads(t *testing.T) {
	td, err := typeset(sampleDoc(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	inForce := ""
	for _, pg := range td.pages[2:] {
		var starts []string
		for _, pr := range pg.rows {
			if s := td.rows[pr.row].more().section; s != "" {
				starts = append(starts, s)
			}
		}
		want := td.meta.Title
		switch {
		case td.rows[pg.rows[0].row].more().section != "":
			want = starts[0]
		case inForce != "":
			want = inForce
		case len(starts) > 0:
			want = starts[0]
		}
		if pg.header != want {
			t.Errorf("page %d (sections starting: %q, in force: %q) is headed %q", pg.number, starts, inForce, pg.header)
		}
		if len(starts) > 0 {
			inForce = starts[len(starts)-1]
		}
	}
}

// Short documents get the title block at the head of the first page and no
// contents; the contents follow the title page when forced on.
func TestTitleBlockWithoutContents(t *testing.T) {
	d := parseDoc(t, "---\ntitle: 短文\nauthor: 作者\ndate: 2023-01-05\ndescription: 一篇很短的文章\n---\n\n# 短文\n\n## 一\n\n正文。\n")
	td, err := typeset(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(td.pages) != 1 || td.pages[0].header != "" {
		t.Fatalf("%d pages, head %q; want one page without a running head", len(td.pages), td.pages[0].header)
	}
	td, err = typeset(d, Options{TOC: "on"})
	if err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(td)
	if len(pages) != 3 || pages[1][0] != "目录" || pages[1][1] != "一" || pages[2][0] != "一" {
		t.Errorf("pages = %q", pages)
	}
	if got := strings.Join(pages[0], "|"); got != "|短文||作者|2023-01-05|一篇很短的文章" {
		t.Errorf("title page = %q", got)
	}
}

// Under about four pages of text the title block heads the first page and
// there are no contents, however many sections; a longer document gets
// both pages of its own.
func TestShortDocumentsHaveNoFrontPages(t *testing.T) {
	doc := func(paras int) string {
		var b strings.Builder
		b.WriteString("---\ntitle: 新闻\n---\n\n# 新闻\n\n")
		for _, s := range []string{"一", "二", "三", "四"} {
			b.WriteString("## 第" + s + "节\n\n")
			for i := 0; i < paras; i++ {
				b.WriteString(strings.Repeat("正文文字", 40) + "\n\n")
			}
		}
		return b.String()
	}
	short, err := typeset(parseDoc(t, doc(4)), Options{}) // about 2,600 characters
	if err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(short)
	if len(pages) > 2 || pages[0][0] != "新闻" || pages[0][1] != "第一节" {
		t.Errorf("short document: %d pages, first page starts %q", len(pages), pages[0][:2])
	}
	for _, r := range short.rows {
		if r.kind == tocRow {
			t.Fatal("short document has contents")
		}
	}
	long, err := typeset(parseDoc(t, doc(20)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages = pageTexts(long)
	if pages[0][1] != "新闻" || pages[1][0] != "目录" || pages[2][0] != "第一节" {
		t.Errorf("long document starts %q / %q / %q", pages[0], pages[1], pages[2][:1])
	}
}

// A long title is set in balanced lines broken between phrases: no line
// of one character, none ending before 的.
func TestTitleLinesBalanced(t *testing.T) {
	d := parseDoc(t, "# 关于加快建设全国统一大市场推进高质量发展战略的实施意见\n\n加快建设全国统一大市场。全国统一市场，统一规则。实施意见，战略部署，高质量发展。\n")
	td, err := typeset(d, Options{Paper: "a5"})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, r := range td.rows {
		if r.heading == 1 || (len(lines) > 0 && r.para == td.rows[0].para && r.kind == textRow) {
			lines = append(lines, lineString(r.ln))
		}
	}
	if len(lines) < 2 {
		t.Fatalf("title in %d line(s): %q", len(lines), lines)
	}
	t.Logf("title lines %q", lines)
	for k, l := range lines {
		n := len([]rune(l))
		if k > 0 && strings.HasPrefix(l, "的") {
			t.Errorf("line %q starts with 的", l)
		}
		if m := len([]rune(lines[0])); n < m-3 || n > m+3 {
			t.Errorf("unbalanced lines %q", lines)
		}
	}
}
