package convert

import (
	"fmt"
	"strings"
)

// spacing removes the spaces layout left between Chinese characters and
// next to them ("2018 年以来", "开工 3451个", "27.4% ，"): Chinese text
// has none, the typesetters add their own quarter-em spacing. Spaces
// between Latin words stay. A space before "%" after a digit goes in any
// language. Bylines keep the spaces between names, and a numbered heading
// the space after its number ("01 深圳的3万亿之路").
type spacing struct{}

func (spacing) apply(d *draft) {
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.keep {
			continue
		}
		prefix := ""
		if b.kind == heading && headingPattern(b.text) == patNumbered {
			if i := strings.IndexByte(b.text, ' '); i > 0 && i <= 2 {
				prefix, b.text = b.text[:i+1], b.text[i+1:]
			}
		}
		n, first, last := 0, 0, 0
		cur := lineCursor{b: b}
		b.text = prefix + dropSpaces(b.text, d.zh(), func(off int) {
			no := cur.at(off + len(prefix))
			if n == 0 {
				first = no
			}
			n, last = n+1, no
		})
		if n > 0 {
			d.note(first, last, "spacing", fmt.Sprintf("removed %s next to CJK characters", plural(n, "space")))
		}
	}
}

// dropSpaces removes the spaces of s that touch a CJK character (only in
// Chinese text) or sit between a digit and "%"; removed is called with the
// byte offset of each removed space.
func dropSpaces(s string, zh bool, removed func(off int)) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i, r := range s {
		if r != ' ' {
			b.WriteRune(r)
			prev = r
			continue
		}
		next := firstRune(s[i+1:])
		if (zh && (isWide(prev) || isWide(next))) || (isDigit(prev) && next == '%') {
			removed(i)
			continue
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
