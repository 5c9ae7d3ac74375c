package layout

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cjk-publish/publish/markdown"
)

// Lean rows give back, when drawn, exactly the lines the composer set.
func TestLeanRowsSetAgainExactly(t *testing.T) {
	d := sampleDoc(t)
	full, err := typesetWith(d, Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	lean, err := typesetWith(d, Options{}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.rows) != len(lean.rows) || len(full.pages) != len(lean.pages) {
		t.Fatalf("rows %d/%d, pages %d/%d", len(full.rows), len(lean.rows), len(full.pages), len(lean.pages))
	}
	ls := &lineSetter{t: lean}
	dropped := 0
	for i, r := range lean.rows {
		if r.recipe > 0 && r.kind == textRow {
			dropped++
			if r.ln.glyphs != nil {
				t.Fatalf("row %d of a lean document keeps its glyphs", i)
			}
		}
		if got, want := ls.line(r), full.rows[i].ln; !reflect.DeepEqual(got, want) {
			t.Fatalf("row %d: set again as %q, composed as %q", i, lineString(got), lineString(want))
		}
	}
	if dropped < len(lean.rows)/2 {
		t.Errorf("only %d of %d rows are lean", dropped, len(lean.rows))
	}
	if !reflect.DeepEqual(usedRunes(full), usedRunes(lean)) {
		t.Error("lean rows change the characters the font subsets hold")
	}
}

// A document longer than a window of paragraphs set ahead typesets as it
// does paragraph by paragraph.
func TestAheadWindows(t *testing.T) {
	var b strings.Builder
	b.WriteString("# 标题\n\n")
	for b.Len() < 3*aheadWindow {
		b.WriteString("## 一节\n\n" + strings.Repeat("全面推进高质量发展，稳住经济大盘。", 20) + "\n\n")
	}
	d := parseDoc(t, b.String())
	o := Options{Created: time.Unix(1700000000, 0)}
	var one, two bytes.Buffer
	lean, _ := typesetWith(d, o, true)
	if err := draw(&one, lean, o); err != nil {
		t.Fatal(err)
	}
	full, _ := typesetWith(d, o, false)
	if err := draw(&two, full, o); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(one.Bytes(), two.Bytes()) {
		t.Error("lean rows and windows change the PDF")
	}
}

// longParagraph is one paragraph of about n characters: Chinese clauses
// with numbers, Latin words and marks that kinsoku rules apply to.
func longParagraph(n int) string {
	clause := "全面推进高质量发展，GDP增长5.2%（比上年）；“稳经济”政策落实到位。Policy works——"
	var b strings.Builder
	for b.Len() < 3*n {
		b.WriteString(clause)
	}
	r := []rune(b.String())
	return string(r[:n])
}

// A paragraph longer than a window is broken window by window: nothing is
// lost, every line obeys kinsoku and fills the measure, and lean rows set
// the same lines again.
func TestParagraphWindows(t *testing.T) {
	text := longParagraph(5*paraWindow + 123)
	fs := testFaces()
	p, _ := paperFor("a4", 0)
	for _, lean := range []bool{false, true} {
		c := &composer{fs: fs, p: p, lean: lean}
		st := paraStyle{size: testSize, width: 30 * testSize, indent: 2 * testSize, justify: true}
		set := c.setText(&c.scratch, &c.breaker, []textRun{{text: text}}, st, func(int) string { return "test" })
		if len(set.recipes) < 5 {
			t.Fatalf("%d windows for %d characters", len(set.recipes), len(text))
		}
		if !lean {
			checkLines(t, text, set.lines, 30, true)
			// Windows cost little: at most a line more than breaking the
			// paragraph whole.
			whole := breakText(t, text, 30, true)
			if len(set.lines) > len(whole)+len(set.recipes) {
				t.Errorf("%d lines in windows, %d whole", len(set.lines), len(whole))
			}
			continue
		}
		c.addLines(set, st)
		td := &document{fs: fs, rows: c.rows, recipes: c.recipes, links: &c.links, lean: true}
		ls := &lineSetter{t: td}
		var lines []line
		for _, r := range td.rows {
			if r.ln.glyphs != nil {
				t.Fatal("lean row keeps glyphs")
			}
			ln := ls.line(r)
			if ln.width != r.ln.width {
				t.Fatalf("row %d set again %.2f pt wide, composed %.2f", r.lineNo, ln.width, r.ln.width)
			}
			lines = append(lines, ln)
		}
		checkLines(t, text, lines, 30, true)
	}
}

// BenchmarkLongParagraph reports the memory of typesetting one paragraph
// of 1 and 4 MB: windows keep it proportional to the text.
func BenchmarkLongParagraph(b *testing.B) {
	for _, mb := range []int{1, 4} {
		text := longParagraph(mb << 20 / 3)
		d, err := markdown.Parse("p.md", []byte("# 标题\n\n"+text+"\n"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if err := WritePDF(discard{}, d, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Lean rows and windows work with every construct of the dialect: quotes,
// nested lists, tables (whose cells keep their glyphs), figures, code and
// footnotes cited from paragraphs long enough to be broken in windows.
// The lean PDF is the PDF with every glyph kept, byte for byte, on one
// column (footnotes at the foot of the citing page) and on two (endnotes).
func TestLeanEveryConstruct(t *testing.T) {
	long := longParagraph(3 * paraWindow)
	cut := len([]rune(long)) / 2
	src, err := os.ReadFile(allPath)
	if err != nil {
		t.Fatal(err)
	}
	md := string(src) + "\n\n## 长段\n\n" + string([]rune(long)[:cut]) + "[^long]" + string([]rune(long)[cut:]) + "[^2]\n\n" +
		"> " + long + "[^long]\n\n- " + long + "\n  - 嵌套[^long]\n\n[^long]: 长段的脚注，" + string([]rune(long)[:100]) + "\n"
	// Enough top-level paragraphs with marks to be set ahead in parallel.
	for k := range 2 * minAhead {
		md += fmt.Sprintf("\n第%d段，%s[^p%d]\n\n[^p%d]: 第%d段的脚注。\n", k, string([]rune(long)[:200]), k, k, k)
	}
	d, err := markdown.Parse(allPath, []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	d.LoadImages(filepath.Dir(allPath))
	for _, o := range []Options{{Paper: "a5"}, {Paper: "a4", Columns: 2}} {
		o.Created = time.Unix(1700000000, 0)
		full, err := typesetWith(d, o, false)
		if err != nil {
			t.Fatal(err)
		}
		lean, err := typesetWith(d, o, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(full.rows) != len(lean.rows) || len(full.pages) != len(lean.pages) {
			t.Fatalf("columns %d: rows %d/%d, pages %d/%d", o.Columns, len(full.rows), len(lean.rows), len(full.pages), len(lean.pages))
		}
		ls := &lineSetter{t: lean}
		kept, cited := 0, 0
		for i, r := range lean.rows {
			if r.kind == tableRow {
				kept++
			}
			if r.recipe > 0 && len(r.notes) > 0 {
				cited++
			}
			if !reflect.DeepEqual(r.notes, full.rows[i].notes) {
				t.Fatalf("columns %d, row %d: cites notes %v, with its glyphs %v", o.Columns, i, r.notes, full.rows[i].notes)
			}
			if got, want := ls.line(r), full.rows[i].ln; !reflect.DeepEqual(got, want) {
				t.Fatalf("columns %d, row %d: set again as %q, composed as %q", o.Columns, i, lineString(got), lineString(want))
			}
		}
		if kept == 0 || (o.Columns != 2 && cited == 0) { // two columns: endnotes, cited from no row
			t.Fatalf("columns %d: %d table rows, %d lean rows citing notes", o.Columns, kept, cited)
		}
		for p := range full.pages {
			if !reflect.DeepEqual(full.pages[p].foot, lean.pages[p].foot) {
				t.Errorf("columns %d, page %d: footnotes differ", o.Columns, p+1)
			}
		}
		if !reflect.DeepEqual(usedRunes(full), usedRunes(lean)) {
			t.Errorf("columns %d: lean rows change the characters the font subsets hold", o.Columns)
		}
		var a, b bytes.Buffer
		if err := draw(&a, full, o); err != nil {
			t.Fatal(err)
		}
		if err := draw(&b, lean, o); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("columns %d: the lean PDF differs from the PDF with every glyph kept", o.Columns)
		}
	}
}

// leanFor counts the text inside containers and footnotes, not only that
// of top-level paragraphs.
func TestLeanForCountsNestedText(t *testing.T) {
	chunk := strings.Repeat("全面推进高质量发展。", 100) // 3000 bytes
	var b strings.Builder
	for b.Len() < leanText*5/4 {
		b.WriteString("- " + chunk + "\n  > " + chunk + "\n")
	}
	d := parseDoc(t, "# 标题\n\n"+b.String())
	if !leanFor(d) {
		t.Error("a long nested list is not lean")
	}
	if leanFor(parseDoc(t, "# 标题\n\n- "+chunk+"\n")) {
		t.Error("a short document is lean")
	}
}

// FuzzLean typesets arbitrary Markdown with and without lean rows: the
// rows, their footnotes and the lines set again must be the same.
func FuzzLean(f *testing.F) {
	src, _ := os.ReadFile(allPath)
	f.Add(string(src))
	f.Add("# 题\n\n正文[^1]，" + longParagraph(paraWindow+paraWindow/2+10) + "[^2]\n\n> 引[^2]\n\n[^1]: 注\n[^2]: 又注[^1]\n")
	f.Add("- a[^1]\n  > | x |\n  > |---|\n  > | y[^1] |\n\n[^1]: n\n\n    - deep\n")
	f.Fuzz(func(t *testing.T, md string) {
		d, err := markdown.Parse("f.md", []byte(md))
		if err != nil {
			return
		}
		full, err := typesetWith(d, Options{Paper: "a5"}, false)
		if err != nil {
			t.Fatal(err)
		}
		lean, err := typesetWith(d, Options{Paper: "a5"}, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(full.rows) != len(lean.rows) || !reflect.DeepEqual(full.pages, lean.pages) {
			t.Fatalf("rows %d/%d; pages differ: %v", len(full.rows), len(lean.rows), !reflect.DeepEqual(full.pages, lean.pages))
		}
		ls := &lineSetter{t: lean}
		for i, r := range lean.rows {
			if !reflect.DeepEqual(r.notes, full.rows[i].notes) {
				t.Fatalf("row %d cites %v, with its glyphs %v", i, r.notes, full.rows[i].notes)
			}
			if got, want := ls.line(r), full.rows[i].ln; !reflect.DeepEqual(got, want) {
				t.Fatalf("row %d: set again as %q, composed as %q", i, lineString(got), lineString(want))
			}
		}
		if !reflect.DeepEqual(usedRunes(full), usedRunes(lean)) {
			t.Error("lean rows change the characters the font subsets hold")
		}
	})
}
