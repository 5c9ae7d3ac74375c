package layout

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cjk-publish/publish/markdown"
)

// longTitleDoc has a title, a subtitle and a section heading of n
// characters, and enough text for many pages.
func longTitleDoc(t testing.TB, n int) *markdown.Document {
	long := strings.Repeat("长", n)
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\nsubtitle: %s\n---\n\n# %s\n\n", long, long, long)
	for k := 0; k < 3; k++ {
		fmt.Fprintf(&b, "## %s%d\n\n%s\n\n", long, k, strings.Repeat("正文。", 2000))
	}
	d, err := markdown.Parse("t.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLongTitlesBounded checks that a title and headings of 100 000
// characters leave running heads, contents entries, bookmarks and the
// title page their usual size.
func TestLongTitlesBounded(t *testing.T) {
	td, err := typeset(longTitleDoc(t, 100000), Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := td.paper
	if len(td.deco.headers) == 0 {
		t.Fatal("no running heads")
	}
	for n, h := range td.deco.headers {
		if h.width > p.measure() || !strings.HasSuffix(lineString(h), "…") {
			t.Errorf("page %d: running head %.0f pt wide (measure %.0f), %q", n, h.width, p.measure(), lineString(h))
		}
	}
	titleRows, tocRows := map[int]int{}, map[int]int{}
	for _, r := range td.rows {
		if r.kind == tocRow {
			tocRows[r.more().tocEntry]++
		}
		if r.front && r.kind == textRow && r.size > 2*p.size {
			titleRows[r.para]++
		}
		if utf8.RuneCountInString(r.more().outline) > maxOutline {
			t.Errorf("bookmark of %d characters", utf8.RuneCountInString(r.more().outline))
		}
	}
	for e, n := range tocRows {
		if n > 2 {
			t.Errorf("contents entry %d takes %d lines", e, n)
		}
	}
	for _, n := range titleRows {
		if n > 4 {
			t.Errorf("title takes %d lines on the title page", n)
		}
	}
	if front := td.pages[0]; len(front.rows) > 20 {
		t.Errorf("title page holds %d rows", len(front.rows))
	}
}

// BenchmarkLongTitle reports the memory a document needs as its title and
// headings grow: it stays flat where it grew with pages × title before.
func BenchmarkLongTitle(b *testing.B) {
	for _, n := range []int{25000, 50000, 100000} {
		d := longTitleDoc(b, n)
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if err := WritePDF(discard{}, d, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
