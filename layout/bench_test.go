package layout

import (
	"bytes"
	"io"
	"math"
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

// spacing sums up how evenly a breaker spaced the sample's justified lines.
type spacing struct {
	lines      int
	meanAbs    float64 // mean |adjustment ratio|
	max        float64
	over1      int // lines stretched beyond their stretchability
	sumSquares float64
	orphans    int // last lines with fewer than two characters
}

func measureSpacing(t *testing.T, greedy bool) spacing {
	t.Helper()
	d := sampleDoc(t)
	p, _ := paperFor("a4", 0)
	fs := testFaces()
	var s spacing
	for _, b := range d.Blocks {
		if b.Kind != markdown.Paragraph {
			continue
		}
		items := buildItems(fs, spansToRuns(b.Spans), p.size, 2*p.size, func(int) string { return "" })
		br := breakParagraph(items, p.measure())
		if greedy {
			br = firstFit(items, p.measure(), true)
		}
		for _, ln := range setLines(items, br, p.measure(), true) {
			if ln.last {
				n := 0
				for _, g := range ln.glyphs {
					if c := classOf(g.r); c == clsIdeo || c == clsAlnum {
						n++
					}
				}
				if n < 2 && len(br) > 1 {
					s.orphans++
				}
				continue
			}
			r := math.Abs(ln.ratio)
			s.lines++
			s.meanAbs += r
			s.sumSquares += r * r
			s.max = math.Max(s.max, r)
			if r > 1 {
				s.over1++
			}
		}
	}
	s.meanAbs /= float64(s.lines)
	return s
}

// Total-fit against first-fit on the sample. On a whole-em measure most
// lines of ideographs need no adjustment under either; total-fit buys the
// short-last-line rule with slightly looser lines, so the test asserts
// what it guarantees (no orphan, no line beyond its stretch) and logs the
// spacing figures of both.
func TestTotalFitAgainstFirstFit(t *testing.T) {
	kp, ff := measureSpacing(t, false), measureSpacing(t, true)
	for _, c := range []struct {
		name string
		s    spacing
	}{{"total-fit", kp}, {"first-fit", ff}} {
		t.Logf("%s: %d lines, mean |r| %.3f, max %.3f, %d over 1, sum r² %.2f, %d short last lines",
			c.name, c.s.lines, c.s.meanAbs, c.s.max, c.s.over1, c.s.sumSquares, c.s.orphans)
	}
	if kp.orphans != 0 || kp.over1 != 0 {
		t.Errorf("total-fit: %d short last lines, %d lines beyond their stretch", kp.orphans, kp.over1)
	}
}

// reportCPU adds the process CPU time per operation since start, which
// stays meaningful when other work shares the machine.
func reportCPU(b *testing.B, start float64) {
	if c := processCPU(); c > 0 {
		b.ReportMetric((c-start)*1e3/float64(b.N), "cpu-ms/op")
	}
}

func BenchmarkWritePDF(b *testing.B) {
	d := sampleDoc(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		if err := WritePDF(io.Discard, d, Options{Created: fixedDate}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// copies is the size of the big document, in samples.
const copies = 100

// The 100x document: time should grow linearly with the text.
func BenchmarkWritePDF100x(b *testing.B) {
	d := sampleDoc(b)
	big := &markdown.Document{Meta: d.Meta}
	for i := 0; i < copies; i++ {
		big.Blocks = append(big.Blocks, d.Blocks...)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := WritePDF(&buf, big, Options{Created: fixedDate}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(buf.Len()), "pdf-bytes")
	}
	reportCPU(b, cpu)
}

func BenchmarkTypeset(b *testing.B) {
	d := sampleDoc(b)
	for i := 0; i < b.N; i++ {
		if _, err := typeset(d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
