package layout

import (
	"math"
	"regexp"
	"strings"
	"testing"
)

// rowsOf typesets md on A4 and returns the body rows (title block left out).
func rowsOf(t *testing.T, md string) (*document, []row) {
	t.Helper()
	return rowsWhere(t, md, func(r row) bool { return r.kind == textRow && r.heading != 1 && r.ln.glyphs != nil })
}

// rowsWhere typesets md on A4 and returns the rows keep accepts.
func rowsWhere(t *testing.T, md string, keep func(row) bool) (*document, []row) {
	t.Helper()
	td, err := typeset(parseDoc(t, "---\ntitle: 样式\n---\n\n"+md), Options{TOC: "off"})
	if err != nil {
		t.Fatal(err)
	}
	var out []row
	for _, r := range td.rows {
		if keep(r) {
			out = append(out, r)
		}
	}
	return td, out
}

// List items hang: the marker sits in the indent, ending half an em before
// the text, and every line of the item starts at the same edge.
func TestListHangingIndent(t *testing.T) {
	long := strings.Repeat("列表项目的文字", 12)
	for _, md := range []string{"- " + long + "\n", "1. " + long + "\n2. 短。\n", "10. " + long + "\n"} {
		td, rows := rowsOf(t, md)
		em := td.paper.size
		if len(rows) < 2 {
			t.Fatalf("%q: %d rows", md, len(rows))
		}
		r0 := rows[0]
		if len(r0.more().marker.glyphs) == 0 {
			t.Fatalf("%q: no marker", md)
		}
		if got := r0.more().markerX + r0.more().marker.width; math.Abs(got-(r0.x-0.5*em)) > 0.01 || r0.more().markerX < td.paper.left {
			t.Errorf("%q: marker %.1f-%.1f, text at %.1f", md, r0.more().markerX, got, r0.x)
		}
		if r0.x-td.paper.left < 2*em-0.01 {
			t.Errorf("%q: indent %.1f pt, want at least 2 em", md, r0.x-td.paper.left)
		}
		if rows[1].x != r0.x || len(rows[1].more().marker.glyphs) != 0 {
			t.Errorf("%q: second line at %.1f (marker %v), first at %.1f", md, rows[1].x, rows[1].more().marker.glyphs != nil, r0.x)
		}
		if m := td.paper.measure() - (r0.x - td.paper.left); math.Abs(r0.ln.width-m) > 0.01 {
			t.Errorf("%q: first line %.2f pt, measure %.2f: not justified", md, r0.ln.width, m)
		}
	}
}

// Quotes are indented two ems on both sides.
func TestQuoteIndent(t *testing.T) {
	td, rows := rowsOf(t, "> "+strings.Repeat("引文的文字内容", 20)+"\n")
	em, p := td.paper.size, td.paper
	for i, r := range rows[:len(rows)-1] {
		if math.Abs(r.x-(p.left+2*em)) > 0.01 || math.Abs(r.x+r.ln.width-(p.left+p.measure()-2*em)) > 0.01 {
			t.Errorf("line %d spans %.1f-%.1f, want %.1f-%.1f", i, r.x, r.x+r.ln.width, p.left+2*em, p.left+p.measure()-2*em)
		}
	}
}

// Code keeps its lines and spaces, is not justified, and sets every
// character in a fixed cell.
func TestCodeBlock(t *testing.T) {
	_, rows := rowsOf(t, "```\nfunc main() {\n    x :=  1\n\n}\n```\n")
	var got []string
	for _, r := range rows {
		got = append(got, lineString(r.ln))
		if !r.tint {
			t.Errorf("%q: no panel", lineString(r.ln))
		}
	}
	want := []string{"func main() {", "    x :=  1", " ", "}"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("code lines %q, want %q", got, want)
	}
	ln := rows[1].ln
	half := rows[1].size / 2
	for i := 1; i < len(ln.glyphs); i++ {
		if d := ln.glyphs[i].x + ln.glyphs[i].adv/2 - (ln.glyphs[i-1].x + ln.glyphs[i-1].adv/2); math.Abs(d-half) > 0.01 {
			t.Errorf("glyph %d %q: cell pitch %.2f, want %.2f", i, ln.glyphs[i].r, d, half)
		}
	}
}

// Emphasis: dots under CJK characters (not punctuation), slanted Latin;
// strong text is set in the bold face; a deck carries no dots.
func TestInlineStyles(t *testing.T) {
	td, rows := rowsOf(t, "## 标题\n\n*整段强调的导语。*\n\n正文*强调，Word*与**加粗**和`code`。\n")
	var deck, body row
	for _, r := range rows {
		switch {
		case strings.HasPrefix(lineString(r.ln), "整段"):
			deck = r
		case strings.HasPrefix(lineString(r.ln), "正文"):
			body = r
		}
	}
	if len(deck.ln.glyphs) == 0 || len(body.ln.glyphs) == 0 {
		t.Fatalf("deck %q, body %q not found", lineString(deck.ln), lineString(body.ln))
	}
	for _, g := range deck.ln.glyphs {
		if dotted(g) {
			t.Errorf("deck glyph %q has an emphasis dot", g.r)
		}
	}
	bold := int32(td.fs.bold[0])
	for _, g := range body.ln.glyphs {
		want := map[rune][2]bool{'强': {true, false}, '调': {true, false}, '，': {false, false}, 'W': {false, false}, '正': {false, false}, '加': {false, false}}
		if w, ok := want[g.r]; ok && (dotted(g) != w[0] || oblique(td.fs, g) != w[1]) {
			t.Errorf("%q: dotted %v oblique %v, want %v", g.r, dotted(g), oblique(td.fs, g), w)
		}
		if (g.r == '加' || g.r == '粗') != (g.face == bold) {
			t.Errorf("%q: face %d (bold is %d)", g.r, g.face, bold)
		}
		if g.r == 'W' && !td.fs.faces[g.face].italic {
			t.Errorf("emphasized Latin is not set in the italic of the Latin serif")
		}
		if g.r == 'c' && g.style&inlineMono == 0 {
			t.Errorf("code span not marked mono")
		}
	}
}

// Each —— is hidden and drawn as one rule; a single dash and an odd third
// one are drawn as glyphs.
func TestDashPairs(t *testing.T) {
	for text, want := range map[string]string{
		"前——后":      "0110",
		"1949—1986": "000000000",
		"啊———哦":     "01100",
		"——":        "11",
		"甲——乙——丙":   "0110110",
	} {
		var gs []placed
		for _, r := range text {
			gs = append(gs, placed{glyph: glyph{r: r, size: 10}})
		}
		h := dashPairs(gs)
		var got strings.Builder
		for i := range gs {
			if h != nil && h[i] {
				got.WriteByte('1')
			} else {
				got.WriteByte('0')
			}
		}
		if got.String() != want {
			t.Errorf("%q: %s, want %s", text, got.String(), want)
		}
	}
}

// A link's text is clickable in the PDF and points at its target.
func TestLinks(t *testing.T) {
	d := parseDoc(t, "---\ntitle: 链接\n---\n\n见[郑州市人民政府网站](https://www.zhengzhou.gov.cn/)和[另一处](https://example.com/a)。\n")
	pdf := string(uncompressed(t, writePDF(t, d, Options{})))
	for _, url := range []string{"https://www.zhengzhou.gov.cn/", "https://example.com/a"} {
		if !regexp.MustCompile(`/URI \(` + regexp.QuoteMeta(url) + `\)`).MatchString(pdf) {
			t.Errorf("no link annotation to %s", url)
		}
	}
}

// The air after a code block never opens a page.
func TestNoSpaceAtPageHead(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 60; i++ {
		b.WriteString("```\ncode line\n```\n\n")
	}
	td, _ := rowsOf(t, b.String())
	for _, pg := range td.pages {
		if r := td.rows[pg.rows[0].row]; r.kind == spaceRow {
			t.Errorf("page %d opens with blank space", pg.number)
		}
	}
	if len(td.pages) < 2 {
		t.Fatalf("%d pages, want the code to run over pages", len(td.pages))
	}
}
