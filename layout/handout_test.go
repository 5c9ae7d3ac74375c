package layout

import (
	"fmt"
	"math"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// word is a word of a page as poppler reads it from the PDF.
type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

type bboxPage struct {
	w, h  float64
	words []word
}

var (
	bboxPageRe = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	bboxWordRe = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// readPages runs pdftotext -bbox on pdf.
func readPages(t *testing.T, pdf []byte) []bboxPage {
	t.Helper()
	needTool(t, "pdftotext")
	path := savePDF(t, pdf)
	out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var pages []bboxPage
	for _, l := range strings.Split(string(out), "\n") {
		if m := bboxPageRe.FindStringSubmatch(l); m != nil {
			pages = append(pages, bboxPage{w: atof(m[1]), h: atof(m[2])})
		} else if m := bboxWordRe.FindStringSubmatch(l); m != nil && len(pages) > 0 {
			pg := &pages[len(pages)-1]
			pg.words = append(pg.words, word{m[5], atof(m[1]), atof(m[2]), atof(m[3]), atof(m[4])})
		}
	}
	return pages
}

func atof(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// folios finds the page numbers printed in the bottom band of a page,
// with their horizontal centres.
func folios(pg bboxPage) map[int]float64 {
	out := map[int]float64{}
	for _, w := range pg.words {
		if n, err := strconv.Atoi(w.text); err == nil && w.yMin > 0.9*pg.h {
			out[n] = (w.xMin + w.xMax) / 2
		}
	}
	return out
}

// handoutDoc is long enough for several pages; it has no title page, so
// every page carries its number.
func handoutDoc(t *testing.T, paras int) string {
	var b strings.Builder
	b.WriteString("---\ntitle: 讲义\n---\n\n# 讲义\n\n")
	for s := 0; s < 3; s++ {
		fmt.Fprintf(&b, "## 第%d节\n\n", s+1)
		for i := 0; i < paras; i++ {
			b.WriteString(strings.Repeat("讲义正文的句子，", 12) + "到此为止。\n\n")
		}
	}
	return b.String()
}

// A booklet of n pages prints on n/4 sheets: read from the PDF, sheet
// side s holds pages n-s and s+1 (then s+1 and n-s), left and right, each
// on its half; blank pages make up the last sheet.
func TestBookletOrder(t *testing.T) {
	d := parseDoc(t, handoutDoc(t, 30))
	td, err := typeset(d, Options{Booklet: true, TOC: "off"})
	if err != nil {
		t.Fatal(err)
	}
	logical := len(td.pages)
	n := (logical + 3) / 4 * 4
	if logical%4 == 0 {
		t.Fatalf("%d pages: pick a length that needs blank pages", logical)
	}
	pages := readPages(t, writePDF(t, d, Options{Booklet: true, TOC: "off"}))
	if len(pages) != n/2 {
		t.Fatalf("%d sheet sides for %d pages, want %d", len(pages), logical, n/2)
	}
	for s, pg := range pages {
		if math.Abs(pg.w-841.89) > 0.5 || math.Abs(pg.h-595.28) > 0.5 {
			t.Errorf("sheet side %d is %.2f x %.2f pt, want A4 landscape", s+1, pg.w, pg.h)
		}
		left, right := n-s, s+1
		if s%2 == 1 {
			left, right = s+1, n-s
		}
		got := folios(pg)
		t.Logf("sheet side %d: folios %v", s+1, got)
		for num, half := range map[int]int{left: 0, right: 1} {
			x, ok := got[num]
			if num > logical {
				if ok {
					t.Errorf("sheet side %d: blank page %d has a folio", s+1, num)
				}
				continue
			}
			if !ok {
				t.Errorf("sheet side %d: page %d not found (folios %v)", s+1, num, got)
				continue
			}
			if int(x/(pg.w/2)) != half {
				t.Errorf("sheet side %d: page %d at x %.0f, want the %s half", s+1, num, x, []string{"left", "right"}[half])
			}
		}
	}
}

// Printed on both sides, right-hand pages have the wider margin on the
// left and the folio at the right; left-hand pages mirror them.
func TestDuplexMargins(t *testing.T) {
	d := parseDoc(t, handoutDoc(t, 8))
	pages := readPages(t, writePDF(t, d, Options{Duplex: true, TOC: "off"}))
	plain := readPages(t, writePDF(t, d, Options{TOC: "off"}))
	if len(pages) < 3 {
		t.Fatalf("%d pages", len(pages))
	}
	left := func(pg bboxPage) float64 {
		x := pg.w
		for _, w := range pg.words {
			if w.yMin < 0.9*pg.h && w.yMin > 0.1*pg.h {
				x = math.Min(x, w.xMin)
			}
		}
		return x
	}
	for i, pg := range pages {
		num := i + 1
		shift := left(pg) - left(plain[i])
		fx, ok := folios(pg)[num]
		if !ok {
			t.Fatalf("page %d has no folio", num)
		}
		pfx := folios(plain[i])[num]
		if num%2 == 1 && (shift < 5 || fx < pfx+100) {
			t.Errorf("right-hand page %d: text moved %.1f pt, folio at %.0f (centred %.0f)", num, shift, fx, pfx)
		}
		if num%2 == 0 && (shift > -5 || fx > pfx-100) {
			t.Errorf("left-hand page %d: text moved %.1f pt, folio at %.0f (centred %.0f)", num, shift, fx, pfx)
		}
	}
}

// Two columns, read from the PDF: body lines start at two left edges,
// section headings are centred across both, and the last page's columns
// end within a line of each other.
func TestTwoColumns(t *testing.T) {
	d := parseDoc(t, handoutDoc(t, 9))
	td, err := typeset(d, Options{Columns: 2, TOC: "off"})
	if err != nil {
		t.Fatal(err)
	}
	pdf := writePDF(t, d, Options{Columns: 2, ColumnRule: true, TOC: "off"})
	pages := readPages(t, pdf)
	p := td.paper
	col := float64(columnEms(p)) * p.size
	shift := columnShift(p)
	for i, pg := range pages {
		var starts []float64
		for _, w := range pg.words {
			if w.yMin > p.top-2 && w.yMin < p.h-p.bottom && !strings.HasPrefix(w.text, "第") {
				starts = append(starts, w.xMin)
			}
			if strings.HasPrefix(w.text, "第") && strings.HasSuffix(w.text, "节") {
				c := (w.xMin + w.xMax) / 2
				if math.Abs(c-pg.w/2) > 2 {
					t.Errorf("page %d: heading %q centred at %.1f, not across the page (%.1f)", i+1, w.text, c, pg.w/2)
				}
			}
		}
		in1, in2 := 0, 0
		for _, x := range starts {
			switch {
			case x >= p.left-1 && x < p.left+col:
				in1++
			case x >= p.left+shift-1 && x < p.left+shift+col:
				in2++
			default:
				t.Errorf("page %d: a word starts at %.1f, in no column", i+1, x)
			}
		}
		if in1 == 0 || in2 == 0 {
			t.Errorf("page %d: %d words in the left column, %d in the right", i+1, in1, in2)
		}
	}
	// The last page: both columns end at about the same height.
	last := pages[len(pages)-1]
	t.Logf("%d pages in two columns", len(pages))
	var bottoms [2]float64
	for _, w := range last.words {
		if w.yMax > 0.9*last.h {
			continue
		}
		k := 0
		if w.xMin >= p.left+shift-1 {
			k = 1
		}
		bottoms[k] = math.Max(bottoms[k], w.yMax)
	}
	if math.Abs(bottoms[0]-bottoms[1]) > p.size*p.leading+1 {
		t.Errorf("last page columns end at %.1f and %.1f", bottoms[0], bottoms[1])
	}
	// The rules are artifacts between the columns, and the structure still
	// reads the paragraphs in order.
	got := structText(t, pdf)
	order := regexp.MustCompile(`"第(\d)节"`).FindAllStringSubmatch(got, -1)
	var seen []string
	for _, m := range order {
		seen = append(seen, m[1])
	}
	if !sort.StringsAreSorted(seen) || len(seen) != 3 {
		t.Errorf("sections in the structure: %v", seen)
	}
}

func TestHandoutOptionErrors(t *testing.T) {
	d := parseDoc(t, "正文。\n")
	for _, o := range []Options{{Columns: 3}, {ColumnRule: true}, {Columns: -1}} {
		if err := WritePDF(new(strings.Builder), d, o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}
