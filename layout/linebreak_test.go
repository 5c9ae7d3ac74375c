package layout

import (
	"math"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/fonts"
)

const testSize = 10.0

func testFaces() *faceSet { return newFaceSet([]*fonts.Font{fonts.Bundled()}, nil) }

// breakText sets text at testSize on a measure of ems characters and
// returns the lines' texts.
func breakText(t *testing.T, text string, ems int, indent bool) []line {
	t.Helper()
	fs := testFaces()
	ind := 0.0
	if indent {
		ind = 2 * testSize
	}
	items := buildItems(fs, []textRun{{text: text}}, testSize, ind, func(int) string { return "test" })
	m := float64(ems) * testSize
	return setLines(items, breakParagraph(items, m), m, true)
}

func lineStrings(lines []line) []string {
	out := make([]string, len(lines))
	for i, ln := range lines {
		out[i] = lineString(ln)
	}
	return out
}

// checkLines asserts what must hold for any paragraph: nothing lost, no
// prohibited character at a line edge, justified lines exactly filling the
// measure and none wider than it.
func checkLines(t *testing.T, text string, lines []line, ems int, strict bool) {
	t.Helper()
	got := strings.Join(lineStrings(lines), "")
	if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(text, " ", "") {
		t.Errorf("text changed:\n got %q\nwant %q", got, text)
	}
	m := float64(ems) * testSize
	for i, ln := range lines {
		if len(ln.glyphs) == 0 {
			continue
		}
		first, last := ln.glyphs[0].r, ln.glyphs[len(ln.glyphs)-1].r
		if strict && i > 0 && noStart(first) {
			t.Errorf("line %d %q starts with %q", i, lineString(ln), first)
		}
		if strict && i < len(lines)-1 && noEnd(last) {
			t.Errorf("line %d %q ends with %q", i, lineString(ln), last)
		}
		if ln.width > m+0.01 {
			t.Errorf("line %d %q is %.2f pt wide, measure %.2f", i, lineString(ln), ln.width, m)
		}
		if !ln.last && math.Abs(ln.width-m) > 0.01 {
			t.Errorf("line %d %q not justified: %.2f of %.2f pt", i, lineString(ln), ln.width, m)
		}
	}
}

// Golden cases, checked by hand against clreq: each want is the only
// acceptable result or the one a careful compositor would choose.
func TestBreakGolden(t *testing.T) {
	cases := []struct {
		name string
		text string
		ems  int
		want []string
	}{
		{"ideographs fill whole lines", "一二三四五六七八九十一二", 5,
			[]string{"一二三四五", "六七八九十", "一二"}},
		{"comma kept at the line end with its blank trimmed", "一二三四，五六七八九十", 5,
			[]string{"一二三四，", "五六七八", "九十"}},
		{"full stop never starts a line: pulled in by compressing 、", "一二、三四。五六七八九", 5,
			[]string{"一二、三四。", "五六七八九"}},
		{"opening quote never ends a line", "一二三四“五六”七八九十", 5,
			[]string{"一二三四", "“五六”七八", "九十"}},
		{"number with decimal point and percent kept whole", "比重提高到50.9%高技术产业", 6,
			[]string{"比重提高到", "50.9%高技术", "产业"}}, // digits of the Latin serif: 5.9 em
		{"—— and …… never split nor at a line start", "一二三——四五六……七八", 5,
			[]string{"一二三——", "四五六……", "七八"}},
		{"short last line avoided", "一二三四五六七八九十一", 5,
			[]string{"一二三四", "五六七八九", "十一"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := breakText(t, c.text, c.ems, false)
			got := lineStrings(lines)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
			checkLines(t, c.text, lines, c.ems, true)
		})
	}
}

// Every prohibited character at every position of a paragraph.
func TestKinsokuEveryPosition(t *testing.T) {
	base := []rune("国家中心城市现代化建设迈出重大步伐省会城市首位度提升")
	marks := []string{"，", "。", "、", "：", "；", "？", "！", "）", "》", "”", "’", "·", "%", "——", "……", "（", "《", "“", "‘", "”。", "。”", "）。", "“《"}
	for _, mk := range marks {
		for pos := 1; pos < len(base); pos++ {
			text := string(base[:pos]) + mk + string(base[pos:])
			for _, ems := range []int{5, 7} {
				lines := breakText(t, text, ems, true)
				checkLines(t, text, lines, ems, true)
			}
		}
	}
}

func TestLongLatinWordsAndURLs(t *testing.T) {
	cases := []struct {
		text string
		ems  int
	}{
		{"见https://www.zhengzhou.gov.cn/news/2023/01/05/government-work-report.html全文", 8},
		{"Supercalifragilisticexpialidocious", 6},
		{"the quick brown fox jumps over the lazy dog", 6},
	}
	for _, c := range cases {
		lines := breakText(t, c.text, c.ems, false)
		checkLines(t, c.text, lines, c.ems, false)
		if len(lines) < 2 {
			t.Errorf("%q: want several lines, got %q", c.text, lineStrings(lines))
		}
	}
	// A URL breaks after / or . before it breaks anywhere else.
	lines := breakText(t, "https://www.zhengzhou.gov.cn/news/2023/report.html", 10, false)
	for _, s := range lineStrings(lines[:len(lines)-1]) {
		if !strings.ContainsAny(s[len(s)-1:], "/.-") {
			t.Errorf("URL broken inside a segment: %q", lineStrings(lines))
		}
	}
	// Words break at spaces only.
	lines = breakText(t, "the quick brown fox jumps over the lazy dog", 6, false)
	for _, s := range lineStrings(lines) {
		for _, w := range strings.Fields(s) {
			if !strings.Contains("the quick brown fox jumps over the lazy dog", w) {
				t.Errorf("word split: %q", lineStrings(lines))
			}
		}
	}
}

func TestOnlyPunctuation(t *testing.T) {
	text := strings.Repeat("。，、！？”", 6)
	lines := breakText(t, text, 5, false)
	checkLines(t, text, lines, 5, false)
	if len(lines) < 3 {
		t.Errorf("got %q", lineStrings(lines))
	}
}

func TestNumbersAtLineEnd(t *testing.T) {
	for pos := 0; pos < 12; pos++ {
		text := strings.Repeat("增", pos) + "增长12.3%，占1274.2万人的18.2%" + "产业"
		lines := breakText(t, text, 8, false)
		checkLines(t, text, lines, 8, true)
		for _, s := range lineStrings(lines) {
			for _, n := range []string{"12.3%", "1274.2", "18.2%"} {
				if strings.Contains(text, n) && !strings.Contains(strings.Join(lineStrings(lines), "\n"), n) {
					t.Errorf("%q split: %q", n, lineStrings(lines))
				}
			}
			_ = s
		}
	}
}

func TestPunctuationCompression(t *testing.T) {
	fs := testFaces()
	width := func(s string) float64 {
		items := buildItems(fs, []textRun{{text: s}}, testSize, 0, func(int) string { return "" })
		w := 0.0
		for _, it := range items[:len(items)-1] {
			w += it.width
		}
		return w / testSize
	}
	cases := []struct {
		text string
		ems  float64 // natural width without the trimmed blank at the end
	}{
		{"字。”", 1 + 1.5 - 0.5},
		{"字”“字", 1 + 1.5 + 1},
		{"字），字", 1 + 1.5 - 0.5 + 1 + 0.5},
		{"字（“字", 1 + 1.5 + 1},
		{"字“字”", 1 + 3 - 0.5},
		{"中·文", 3},
		{"中文abc", 2 + 0.25 + fs.advance(0, 'a') + fs.advance(0, 'b') + fs.advance(0, 'c')},
	}
	for _, c := range cases {
		if got := width(c.text); math.Abs(got-c.ems) > 0.02 {
			t.Errorf("%q: %.3f em, want %.3f", c.text, got, c.ems)
		}
	}
}

// Inline code sits on a half-em grid and breaks only after one of its
// spaces, never inside a word of code.
func TestInlineCodeBreaks(t *testing.T) {
	fs := testFaces()
	runs := []textRun{{text: "运行"}, {text: "go test ./layout", style: inlineMono}, {text: "命令即可完成"}}
	items := buildItems(fs, runs, testSize, 0, func(int) string { return "test" })
	m := 9.0 * testSize
	lines := setLines(items, breakParagraph(items, m), m, true)
	got := lineStrings(lines)
	want := []string{"运行go test ", "./layout命令即可", "完成"} // 8.25 em, then 完 would overfill
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, ln := range lines {
		for i := 1; i < len(ln.glyphs); i++ {
			a, b := ln.glyphs[i-1], ln.glyphs[i]
			if a.style&b.style&inlineMono == 0 {
				continue
			}
			if d := (b.x + b.adv/2) - (a.x + a.adv/2); math.Abs(d-testSize/2) > 0.01 {
				t.Errorf("%q%q: pitch %.2f, want half an em", a.r, b.r, d)
			}
		}
	}
}
