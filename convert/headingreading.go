package convert

import "fmt"

// headingReading repairs a character OCR misread in a section's heading
// (一流莒商环境 for 一流营商环境, 随外省一广落户 for 随外省一方落户) where
// the text reads the same words right. Headings are short and their
// terms recur less than a title's, so the terms are stricter than
// titleReading's: the heading's character makes no word with its
// neighbours and the text never has it beside either of them, and the
// text has the heading's own characters on both sides of one other
// character, three or more in all, that makes a word with them; the
// longest such stretch decides, and two readings there are none. A
// character the text never has at all is read from three characters on
// one side, which the text has at least twice, each time beside the
// same character.
type headingReading struct{}

const (
	minStretch  = 3 // heading characters around a reading, both sides together
	maxSide     = 6 // heading characters looked at on each side
	sideReading = 3 // heading characters on one side, for a character the text never has
)

func (headingReading) apply(d *draft) {
	if !d.zh() || !d.misread() {
		return
	}
	var ev *headingEvidence // made for the first heading that needs it
	seen := map[string][]reading{}
	for bi := range d.blocks {
		b := &d.blocks[bi]
		if b.kind != heading || b.level < 2 {
			continue
		}
		rs, ok := seen[b.text]
		if !ok {
			if ev == nil {
				ev = newHeadingEvidence(d.blocks)
			}
			rs = ev.readings([]rune(b.text))
			seen[b.text] = rs
		}
		if len(rs) == 0 {
			continue
		}
		t := []rune(b.text)
		cur := lineCursor{b: b}
		for _, r := range rs {
			off := len(string(t[:r.at]))
			d.noteRemoved(cur.at(off), "heading-reading", string(t[r.at]),
				fmt.Sprintf("heading %q read as %q, %s", string(t[r.at]), string(r.as), r.why))
			t[r.at] = r.as
		}
		b.text = string(t)
	}
}

// reading is a character of a heading read as another.
type reading struct {
	at  int // rune index in the heading
	as  rune
	why string
}

// headingEvidence is the text a document's headings are read against:
// its paragraphs, up to readingSpan characters, and the pairs of Chinese
// characters and the characters they have.
type headingEvidence struct {
	text  []rune
	pairs map[pair]int
	count map[rune]int
}

func newHeadingEvidence(blocks []block) *headingEvidence {
	ev := &headingEvidence{pairs: map[pair]int{}, count: map[rune]int{}}
	for _, b := range blocks {
		if len(ev.text) >= readingSpan {
			break
		}
		if b.kind == heading {
			continue
		}
		ev.text = append(append(ev.text, []rune(b.text)...), '\n')
	}
	for j, r := range ev.text {
		if !isHan(r) {
			continue
		}
		ev.count[r]++
		if j+1 < len(ev.text) && isHan(ev.text[j+1]) {
			ev.pairs[pair{r, ev.text[j+1]}]++
		}
	}
	return ev
}

// readings returns the characters of heading t that OCR misread.
func (ev *headingEvidence) readings(t []rune) []reading {
	var out []reading
	for i, x := range t {
		if !isHan(x) || i > 0 && isHan(t[i-1]) && ev.pairs[pair{t[i-1], x}] > 0 ||
			i+1 < len(t) && isHan(t[i+1]) && ev.pairs[pair{x, t[i+1]}] > 0 || inWord(t, i, x) {
			continue
		}
		if y, k := ev.stretch(t, i); y != 0 && inWord(t, i, y) {
			out = append(out, reading{i, y, fmt.Sprintf("as the text has it between the same %d characters", k)})
		} else if y, n := ev.side(t, i); y != 0 && ev.count[x] == 0 {
			out = append(out, reading{i, y, fmt.Sprintf("a character the text never has, beside the same %d characters %d times", sideReading, n)})
		}
	}
	return out
}

// stretch reads heading position i from the longest stretch of the
// heading around it, at least one character on each side and minStretch
// in all, that the text has with one Chinese character between: that
// character and the stretch's length (0 when none, or when two
// characters share the longest).
func (ev *headingEvidence) stretch(t []rune, i int) (rune, int) {
	if i == 0 || i+1 >= len(t) {
		return 0, 0
	}
	best, most, tie := rune(0), 0, false
	txt := ev.text
	for j := 1; j+1 < len(txt); j++ {
		if txt[j-1] != t[i-1] || txt[j+1] != t[i+1] || !isHan(txt[j]) {
			continue
		}
		a := 1
		for a < maxSide && i-1-a >= 0 && j-1-a >= 0 && txt[j-1-a] == t[i-1-a] {
			a++
		}
		b := 1
		for b < maxSide && i+1+b < len(t) && j+1+b < len(txt) && txt[j+1+b] == t[i+1+b] {
			b++
		}
		switch n := a + b; {
		case n < minStretch || n < most:
		case n > most:
			best, most, tie = txt[j], n, false
		case txt[j] != best:
			tie = true
		}
	}
	if tie {
		return 0, 0
	}
	return best, most
}

// side reads heading position i from the sideReading characters before
// it, or else after it, where the text has them aloneReadings times or
// more, always beside one Chinese character: that character and how
// often.
func (ev *headingEvidence) side(t []rune, i int) (rune, int) {
	look := func(from, to, at int) (rune, int) {
		for k := from; k < to; k++ {
			if k < 0 || k >= len(t) || !isHan(t[k]) {
				return 0, 0
			}
		}
		w := t[from:to]
		y, n := rune(0), 0
		txt := ev.text
		for j := 0; j+len(w) <= len(txt); j++ {
			if txt[j] != w[0] || !runesAt(txt, j, w) {
				continue
			}
			k := j + at
			if k < 0 || k >= len(txt) || !isHan(txt[k]) || y != 0 && txt[k] != y {
				return 0, 0
			}
			y, n = txt[k], n+1
		}
		if n < aloneReadings {
			return 0, 0
		}
		return y, n
	}
	if y, n := look(i-sideReading, i, sideReading); y != 0 {
		return y, n
	}
	return look(i+1, i+1+sideReading, -1)
}

// runesAt reports whether txt has w at j.
func runesAt(txt []rune, j int, w []rune) bool {
	if j+len(w) > len(txt) {
		return false
	}
	for k, r := range w {
		if txt[j+k] != r {
			return false
		}
	}
	return true
}
