package layout

import (
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

// Paragraphs set ahead in parallel are exactly the ones set in order.
func TestSetAheadMatchesSequential(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("one processor: paragraphs are never set ahead")
	}
	d := sampleDoc(t)
	p, _ := paperFor("a5", 0)
	c := &composer{fs: testFaces(), p: p}
	c.setAhead(d, map[int]bool{}, 0)
	if len(c.ahead) < minAhead {
		t.Fatalf("%d paragraphs set ahead, want all of the sample's", len(c.ahead))
	}
	seq := &composer{fs: testFaces(), p: p}
	for i, lines := range c.ahead {
		b := d.Blocks[i]
		st := seq.paragraphStyle(&b, box{0, p.measure()}, i > 0 && d.Blocks[i-1].Kind == markdown.Paragraph)
		want := seq.setText(&seq.scratch, &seq.breaker, spansToRuns(b.Spans), st, seq.where(b))
		if !reflect.DeepEqual(lines.lines, want.lines) || !reflect.DeepEqual(lines.recipes[0].breaks, want.recipes[0].breaks) {
			t.Errorf("block %d (line %d) differs when set ahead", i, b.Line)
		}
	}
}

// Warnings keep document order when paragraphs are set in parallel.
func TestWarningsInOrderWhenSetAhead(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\ntitle: 测试\n---\n\n# 测试\n\n")
	for i := 0; i < 2*minAhead; i++ {
		b.WriteString("汉字𠀀在扩展B区。\n\n> 引文𠀁\n\n")
	}
	var warns []string
	writePDF(t, parseDoc(t, b.String()), Options{Warn: func(m string) { warns = append(warns, m) }})
	if len(warns) != 2 || !strings.Contains(warns[0], "U+20000") || !strings.Contains(warns[0], "at line 7 char 3, line 11 char 3,") ||
		!strings.Contains(warns[1], "U+20001") || !strings.Contains(warns[1], "at line 9 char 3, line 13 char 3,") {
		t.Errorf("warnings = %q", warns)
	}
}

// A long paragraph is set in overlapping windows, the last lines of one
// set again at the head of the next: each character it lacks a font for
// is still named once, in order.
func TestWarningsOnceInLongParagraphSetAhead(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("one processor: paragraphs are never set ahead")
	}
	// The first window's last characters (its last lines) lack a font.
	text := []rune(strings.Repeat("汉字在这里重复出现，句子很长。", 2*paraWindow/15))
	at := []int{paraWindow - 20, paraWindow - 12, paraWindow - 4}
	for _, i := range at {
		text[i] = '𠀀'
	}
	var b strings.Builder
	b.WriteString("---\ntitle: 测试\n---\n\n# 测试\n\n" + string(text) + "\n\n")
	for i := 0; i < minAhead; i++ {
		b.WriteString("短段落。\n\n")
	}
	var warns []string
	writePDF(t, parseDoc(t, b.String()), Options{Warn: func(m string) { warns = append(warns, m) }})
	var places []string
	for _, i := range at {
		places = append(places, "line 7 char "+strconv.Itoa(i+1))
	}
	want := "at " + strings.Join(places, ", ")
	if len(warns) != 1 || !strings.Contains(warns[0], "U+20000") || !strings.HasSuffix(warns[0], want) {
		t.Errorf("warnings = %q, want one for U+20000 ending %q", warns, want)
	}
}
