package convert

import (
	"fmt"

	"github.com/cjk-publish/publish/lookalike"
	"github.com/cjk-publish/publish/words"
)

// shapeReading repairs a character OCR misread in a title or heading as
// one of like shape (福社 for 福祉, 巩国 for 巩固) where the text has no
// other reading of it: titleReading and headingReading read from the
// text, this pass from the shapes OCR confuses. A character that makes no
// word with its neighbours is read as a character OCR has taken for it
// (lookalike.Of) that does, when the heading's run of Chinese characters
// reads far likelier so: minShapeGain more in log probability of its
// words. The likeliest such reading is taken. Headings are short and set
// large, where OCR misreads most, and a reader sees them first; body
// text is left as read.
type shapeReading struct{}

// minShapeGain is the least gain in log probability of a heading's words
// (natural log: about ninety times likelier) for which a character is
// read as another. Right readings gain five and more; a saying or a name
// the word list lacks gains three or less from a lookalike that makes a
// word (见真章 read 见真意).
const minShapeGain = 4.5

func (shapeReading) apply(d *draft) {
	if !d.zh() || !d.misread() {
		return
	}
	seen := map[string][]reading{} // each heading text is read once, however often it recurs
	for bi := range d.blocks {
		b := &d.blocks[bi]
		if b.kind != heading {
			continue
		}
		t := []rune(b.text)
		rs, ok := seen[b.text]
		if !ok {
			for i := range t {
				if y, why := shapeOf(t, i); y != 0 {
					rs = append(rs, reading{i, y, why})
					t[i] = y // a later character is read beside the reading
				}
			}
			seen[b.text] = rs
			t = []rune(b.text)
		}
		if len(rs) == 0 {
			continue
		}
		cur := lineCursor{b: b}
		for _, r := range rs {
			d.noteRemoved(cur.at(len(string(t[:r.at]))), "shape-reading", string(t[r.at]),
				fmt.Sprintf("heading %q read as %q: %s", string(t[r.at]), string(r.as), r.why))
			t[r.at] = r.as
		}
		b.text = string(t)
	}
}

// shapeOf returns the character that heading position i is a misreading
// of (0: none) and why.
func shapeOf(t []rune, i int) (rune, string) {
	x := t[i]
	if !isHan(x) || inWord(t, i, x) {
		return 0, ""
	}
	reads := lookalike.Of(x)
	if len(reads) == 0 {
		return 0, ""
	}
	from, to := i, i+1
	for from > 0 && isHan(t[from-1]) {
		from--
	}
	for to < len(t) && isHan(t[to]) {
		to++
	}
	run := append([]rune(nil), t[from:to]...)
	base := words.Score(run)
	best, gain := rune(0), minShapeGain
	for _, r := range reads {
		if !inWord(t, i, r.As) {
			continue
		}
		run[i-from] = r.As
		if g := words.Score(run) - base; g > gain {
			best, gain = r.As, g
		}
	}
	if best == 0 {
		return 0, ""
	}
	return best, fmt.Sprintf("OCR takes one for the other, and only %q makes a word here", string(best))
}
