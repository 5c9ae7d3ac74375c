package layout

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cjk-publish/publish/headline"
)

// Centred titles and headings are broken into balanced lines on phrase
// boundaries by the headline package; the body breaker then only follows
// the hard breaks put in here.

// maxBalanced is the longest title or heading, in characters, that is
// balanced: several lines of it at heading size.
const maxBalanced = 300

// balanced returns runs with a hard break wherever headline breaks the
// text at the given style's measure and size.
func (c *composer) balanced(runs []textRun, st paraStyle) []textRun {
	var text strings.Builder
	for _, r := range runs {
		text.WriteString(r.text)
	}
	if utf8.RuneCountInString(text.String()) > maxBalanced {
		return runs // weighing every break of a very long heading takes minutes
	}
	measure := func(s string) float64 { return c.naturalWidth(s, st.size, st.bold) }
	lines := headline.Break(text.String(), st.width-st.indent, measure)
	if len(lines) < 2 {
		return runs
	}
	return insertBreaks(runs, lines)
}

// naturalWidth is the width of text set on one line at natural spacing.
// Nothing is recorded in the face set: the text is set for real later.
func (c *composer) naturalWidth(text string, size float64, bold bool) float64 {
	frozen := c.fs.frozen
	c.fs.frozen = true
	defer func() { c.fs.frozen = frozen }()
	var sc itemScratch
	sc.links = &c.links
	items := sc.build(c.fs, []textRun{{text: text, bold: bold}}, size, 0, func(int) string { return "" })
	w := 0.0
	for _, it := range items {
		if !math.IsInf(it.width, 0) {
			w += it.width
		}
	}
	return w
}

// insertBreaks puts a line break into runs after the characters of each
// line but the last; lines hold the same characters as runs, with spaces
// collapsed.
func insertBreaks(runs []textRun, lines []string) []textRun {
	var ends []int // non-space characters before each break
	n := 0
	for _, l := range lines[:len(lines)-1] {
		for _, r := range l {
			if !unicode.IsSpace(r) {
				n++
			}
		}
		ends = append(ends, n)
	}
	out := make([]textRun, 0, len(runs)+len(ends))
	seen := 0
	for _, run := range runs {
		var b strings.Builder
		for _, r := range run.text {
			if !unicode.IsSpace(r) {
				if len(ends) > 0 && seen == ends[0] {
					b.WriteRune('\n')
					ends = ends[1:]
				}
				seen++
			}
			b.WriteRune(r)
		}
		run.text = b.String()
		out = append(out, run)
	}
	return out
}
