package convert

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// A damager turns a clean document (blocks of a truth.md) into the text a
// newspaper OCR dump would give, with every kind of damage the corpus
// README lists, at rates drawn per document from its seed: column blocks
// of changing width with hard breaks regardless of punctuation, blank
// lines in mid sentence, stretches where every line is followed by a
// blank line, paragraph breaks as a blank line, a bare line break or one
// space on the same line, lost indents, letter-spaced lines, stray spaces
// around numbers and Latin words, a leading space before the title, the
// byline moved to the end, numbers and English words split at line ends,
// running headers and page numbers, "∙" for "·", full-width digits and
// half-width punctuation.

// truthBlock is one block of a truth document: level 1-3 for headings,
// 0 for paragraphs.
type truthBlock struct {
	level int
	text  string
}

// parseTruth reads the blocks of a truth.md (headings and one-line
// paragraphs separated by blank lines).
func parseTruth(md string) []truthBlock {
	var bs []truthBlock
	for _, para := range strings.Split(md, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		level := 0
		for level < len(para) && para[level] == '#' {
			level++
		}
		if level > 0 && level < len(para) && para[level] == ' ' {
			para = para[level+1:]
		} else {
			level = 0
		}
		bs = append(bs, truthBlock{level, strings.Join(strings.Fields(para), " ")})
	}
	return bs
}

// renderTruth writes blocks back as a truth.md.
func renderTruth(bs []truthBlock) string {
	var s strings.Builder
	for i, b := range bs {
		if i > 0 {
			s.WriteString("\n")
		}
		if b.level > 0 {
			s.WriteString(strings.Repeat("#", b.level) + " ")
		}
		s.WriteString(b.text + "\n")
	}
	return s.String()
}

// damageRates are the per-document rates of each kind of damage.
type damageRates struct {
	blankSep, sameLine  float64 // paragraph break as a blank line / on the same line (else a bare line break)
	indent              float64 // paragraphs that keep their first-line indent
	midBlank, doubled   float64 // blank line after a line in mid paragraph; start of an every-line-blank stretch
	spaced              float64 // letter-spaced lines
	stray               float64 // stray space next to a number or Latin word
	numSplit, hyphen    float64 // a line break allowed inside a number / English word hyphenated at a line end
	fullDigit, halfPunc float64 // per number / per mark
	dot                 float64 // "∙" for "·"
	header              int     // lines between running headers (0: none)
	bylineToEnd         bool
	// indentDropped: the page was set with first-line indents that OCR
	// lost, so a paragraph's first line is short by the indent.
	indentDropped bool
}

func drawRates(r *rand.Rand) damageRates {
	u := func(lo, hi float64) float64 { return lo + r.Float64()*(hi-lo) }
	d := damageRates{
		blankSep: u(0.2, 0.9), sameLine: u(0, 0.12), midBlank: u(0, 0.08), doubled: u(0, 0.05),
		spaced: u(0, 0.04), stray: u(0, 0.3), numSplit: u(0, 0.5), hyphen: u(0, 0.6),
		fullDigit: u(0, 0.05), halfPunc: u(0, 0.03), dot: u(0, 0.5), bylineToEnd: r.IntN(3) == 0,
	}
	switch r.IntN(4) {
	case 0:
		d.indent = u(0.7, 1) // the rare document that keeps its indents
	case 1:
		d.indent = u(0, 0.3)
	}
	if r.IntN(2) == 0 {
		d.header = 30 + r.IntN(50)
	}
	d.indentDropped = r.IntN(3) == 0
	return d
}

// damager holds the state of one damaging run.
type damager struct {
	r      *rand.Rand
	rates  damageRates
	zh     bool
	out    []string // output lines
	col    int      // current column width (half-em units for Chinese, characters for English)
	left   int      // paragraphs left in the current column block
	double int      // lines left in an every-line-blank stretch
	page   int
	since  int // lines since the last running header
	header string
	// firstOut is the index in out of the first line the last call
	// of paragraph emitted.
	firstOut int
}

// indentCJK is the first-line indent of Chinese text.
const indentCJK = "\u3000\u3000"

// damage renders blocks as a damaged text dump.
func damage(bs []truthBlock, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	d := &damager{r: r, rates: drawRates(r), page: 1 + r.IntN(20)}
	han := 0
	for _, b := range bs {
		han += strings.Count(b.text, "的") + strings.Count(b.text, "，")
	}
	d.zh = han > 0
	d.header = headerText(bs, r)
	bs = d.moveByline(bs)
	var pending string // text of a paragraph that shares its last line with the next one
	for i, b := range bs {
		text := d.damageChars(b.text)
		if i == 0 {
			d.emit(" " + text)
			d.emit("")
			continue
		}
		if b.level > 0 {
			d.flush(&pending)
			if d.r.Float64() < 0.7 {
				d.emit("")
			}
			d.emit(text)
			if d.r.Float64() < 0.7 {
				d.emit("")
			}
			continue
		}
		d.nextColumn()
		indent := ""
		if d.r.Float64() < d.rates.indent {
			indent = map[bool]string{true: indentCJK, false: "    "}[d.zh]
		}
		if pending != "" {
			text, indent = pending+" "+text, ""
			pending = ""
		}
		next := i + 1
		if next < len(bs) && bs[next].level == 0 && endsSentence(b.text, "") && d.r.Float64() < d.rates.sameLine {
			pending = text
			continue
		}
		switch {
		case indent == "" && d.zh && d.rates.indentDropped:
			d.paragraph(indentCJK + text) // wrapped indented, then the indent lost
			d.out[d.firstOut] = strings.TrimLeft(d.out[d.firstOut], "\u3000 ")
		default:
			d.paragraph(indent + text)
		}
		if d.r.Float64() < d.rates.blankSep {
			d.emit("")
		}
	}
	d.flush(&pending)
	return strings.Join(d.out, "\n") + "\n"
}

func (d *damager) flush(pending *string) {
	if *pending != "" {
		d.paragraph(*pending)
		*pending = ""
	}
}

// moveByline moves a speaker or reporter line to the end of the document.
func (d *damager) moveByline(bs []truthBlock) []truthBlock {
	if !d.rates.bylineToEnd {
		return bs
	}
	for i, b := range bs {
		if i > 0 && b.level == 0 && i < 6 {
			if _, _, ok := bylineNames(b.text); ok {
				out := append(append([]truthBlock{}, bs[:i]...), bs[i+1:]...)
				return append(out, b)
			}
		}
	}
	return bs
}

// headerText is the text of the running header: a newspaper name or the
// start of the title.
func headerText(bs []truthBlock, r *rand.Rand) string {
	names := []string{"河南日报", "人民日报", "经济日报", "光明日报"}
	if r.IntN(2) == 0 && len(bs) > 0 {
		if t := []rune(bs[0].text); len(t) > 8 {
			return string(t[:6+r.IntN(3)])
		}
	}
	if r.IntN(4) == 0 {
		return ""
	}
	return names[r.IntN(len(names))]
}

// nextColumn switches the column width every few paragraphs.
func (d *damager) nextColumn() {
	if d.left > 0 && d.col > 0 {
		d.left--
		return
	}
	d.left = 1 + d.r.IntN(8)
	if d.zh {
		d.col = []int{32, 54, 54, 144}[d.r.IntN(4)] + 2*(d.r.IntN(3)-1)
	} else {
		d.col = []int{38, 64, 64, 90}[d.r.IntN(4)] + d.r.IntN(7) - 3
	}
}

// emit writes a line, with running headers and the blank lines of an
// every-line-blank stretch.
func (d *damager) emit(s string) {
	d.out = append(d.out, s)
	if s == "" {
		return
	}
	if d.double > 0 {
		d.double--
		d.out = append(d.out, "")
	}
	d.since++
	if d.rates.header > 0 && d.since >= d.rates.header {
		d.since = 0
		d.page++
		switch {
		case d.header == "":
			d.out = append(d.out, fmt.Sprint(d.page))
		case d.page%2 == 0:
			d.out = append(d.out, fmt.Sprintf("%d  %s", d.page, d.header))
		default:
			d.out = append(d.out, fmt.Sprintf("%s  %d", d.header, d.page))
		}
	}
}

// paragraph wraps text at the column and emits its lines, with blank
// lines in mid paragraph and letter-spaced lines.
func (d *damager) paragraph(text string) {
	var lines []string
	if d.zh {
		lines = d.wrapCJK(text)
	} else {
		lines = d.wrapLatin(text)
	}
	d.firstOut = len(d.out)
	for k, l := range lines {
		if d.double == 0 && d.r.Float64() < d.rates.doubled {
			d.double = 4 + d.r.IntN(16)
		}
		if d.zh && d.r.Float64() < d.rates.spaced {
			l = letterSpace(l)
		}
		d.emit(l)
		if k+1 < len(lines) && d.r.Float64() < d.rates.midBlank {
			d.emit("")
		}
	}
}

// wrapCJK breaks Chinese text at the column width wherever it falls,
// except inside a number or Latin word when the document avoids that;
// a mark that cannot start a line sometimes hangs in the margin.
func (d *damager) wrapCJK(text string) []string {
	rs := []rune(text)
	var lines []string
	start, w := 0, 0
	for i := 0; i < len(rs); i++ {
		cw := 1
		if isWide(rs[i]) {
			cw = 2
		}
		if w+cw <= d.col || i == start {
			w += cw
			continue
		}
		brk := i
		if strings.ContainsRune(noStart, rs[i]) && d.r.IntN(2) == 0 {
			brk = i + 1 // hanging punctuation
		}
		suffix := ""
		if brk < len(rs) && brk > start && isAlnum(rs[brk-1]) && isAlnum(rs[brk]) {
			switch {
			case d.r.Float64() < d.rates.numSplit:
				if isDigit(rs[brk]) && d.r.IntN(2) == 0 {
					suffix = "-"
				}
			default:
				k := brk
				for k > start && isAlnum(rs[k-1]) {
					k--
				}
				if k > start+2 {
					brk = k
				}
			}
		}
		lines = append(lines, strings.TrimRight(string(rs[start:brk]), " ")+suffix)
		for brk < len(rs) && rs[brk] == ' ' {
			brk++
		}
		start, w, i = brk, 0, brk-1
	}
	if start < len(rs) {
		lines = append(lines, string(rs[start:]))
	}
	return lines
}

func isAlnum(r rune) bool { return r < utf8.RuneSelf && (isDigit(r) || isLatin(r)) }

// wrapLatin sets English text ragged at the column, hyphenating a long
// word at the line end now and then.
func (d *damager) wrapLatin(text string) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(text) {
		switch {
		case cur == "":
			cur = word
		case len(cur)+1+len(word) <= d.col:
			cur += " " + word
		default:
			rest := d.col - len(cur) - 1
			if n := len(word); n >= 7 && rest >= 4 && isLatinWord(word) && d.r.Float64() < d.rates.hyphen {
				cut := min(rest-1, n-3)
				lines = append(lines, cur+" "+word[:cut]+"-")
				cur = word[cut:]
				continue
			}
			lines = append(lines, cur)
			cur = word
		}
	}
	return append(lines, cur)
}

func isLatinWord(w string) bool {
	for _, r := range w {
		if !isLower(r) {
			return false
		}
	}
	return true
}

// letterSpace spreads a line: a space between every two CJK characters,
// numbers and Latin words kept whole.
func letterSpace(s string) string {
	var b strings.Builder
	var prev rune
	for i, r := range s {
		if i > 0 && r != ' ' && prev != ' ' && (isWide(r) || isWide(prev)) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// damageChars applies the character damage to one block: stray spaces
// around numbers and Latin words, full-width digits, half-width
// punctuation and "∙" for "·".
func (d *damager) damageChars(s string) string {
	rs := []rune(s)
	parens := d.zh && d.r.Float64() < d.rates.halfPunc*10
	var b strings.Builder
	for i, r := range rs {
		prev, next := rune(0), rune(0)
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if d.zh && isAlnum(r) && !isAlnum(prev) && isWide(prev) && d.r.Float64() < d.rates.stray {
			b.WriteByte(' ')
		}
		switch {
		case r == '·' && d.r.Float64() < d.rates.dot:
			r = '∙'
		case isDigit(r) && d.r.Float64() < d.rates.fullDigit:
			r = r - '0' + '０'
		case parens && (r == '（' || r == '）'):
			r = map[rune]rune{'（': '(', '）': ')'}[r]
		case d.zh && d.r.Float64() < d.rates.halfPunc:
			if k := strings.IndexRune("，；：", r); k >= 0 {
				r = []rune(",;:")[k/len("，")]
			}
		}
		b.WriteRune(r)
		if d.zh && (isAlnum(r) || r == '%') && !isAlnum(next) && next != '%' && next != '.' && isWide(next) && d.r.Float64() < d.rates.stray {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestDamage checks the damager itself: the same seed gives the same
// text, and across seeds every kind of damage shows up while no text
// character is lost.
func TestDamage(t *testing.T) {
	blocks := []truthBlock{
		{1, "2026年某省政府工作报告"},
		{0, "——2026年1月27日在某省第十四届人民代表大会第五次会议上"},
		{0, "省长 张三"},
		{0, "各位代表："},
		{2, "一、工作回顾"},
	}
	for range 12 {
		blocks = append(blocks, truthBlock{0, "全年地区生产总值增长5.3%，达到14233.6亿元，GDP总量迈上新台阶（一）。规上工业增加值增长6.1%，“两新”政策带动消费品以旧换新销售额增长20%以上。改革开放持续深化∙·营商环境不断优化。"})
	}
	if damage(blocks, 1) != damage(blocks, 1) {
		t.Fatal("the same seed gives different texts")
	}
	seen := map[string]bool{}
	for seed := range uint64(40) {
		out := damage(blocks, seed)
		for what, found := range map[string]bool{
			"leading space before the title": strings.HasPrefix(out, " 2026"),
			"blank line in mid sentence":     strings.Contains(out, "，\n\n") || strings.Contains(out, "长\n\n"),
			"letter-spacing":                 strings.Contains(out, "规 上 工 业"),
			"stray space":                    strings.Contains(out, " 亿") || strings.Contains(out, "长 5") || strings.Contains(out, "达到 1"),
			"number hyphenated":              strings.Contains(out, "-\n"),
			"full-width digit":               strings.ContainsAny(out, "０１２３４５６７８９"),
			"half-width punctuation":         strings.ContainsAny(out, ",("),
			"∙ for ·":                        strings.Count(out, "∙") > 12,
			"byline moved to the end":        strings.HasSuffix(out, "省长 张三\n"),
			"running header":                 strings.Contains(out, "  "),
		} {
			seen[what] = seen[what] || found
		}
		if got, want := runeCount(strings.Join(strings.Fields(out), "")), runeCount(renderTruth(blocks))-runeCount("###"); got < want {
			t.Errorf("seed %d: %d characters, want at least %d", seed, got, want)
		}
	}
	for what, ok := range seen {
		if !ok {
			t.Errorf("no seed applied %s", what)
		}
	}
}
