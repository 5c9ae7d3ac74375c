package convert

import (
	"fmt"
	"strings"
)

// letterSpacing undoes justified letter-spacing in Chinese lines
// ("疫 苗 接 种 覆 盖 1213.6 万 人 ，60 岁"): when most CJK characters of a
// line are set apart by spaces, the spaces are layout, not text.
type letterSpacing struct{}

func (letterSpacing) apply(d *draft) {
	if !d.zh() {
		return
	}
	for i := range d.lines {
		l := &d.lines[i]
		if l.blank || l.gone || !isLetterSpaced(l.text) {
			continue
		}
		fixed := joinSpacedLetters(dropSpacesNextToWide(l.text))
		d.note(l.no, l.no, "letter-spacing", fmt.Sprintf("removed letter-spacing: %q", head(fixed, 16)))
		l.text = fixed
		l.spaced = true
	}
}

// isLetterSpaced reports whether at least four gaps and half of the CJK
// characters of s are spaces next to a CJK character, or three gaps part
// every two of its four ("细 颗 粒 物": a short line stretched to the
// column).
func isLetterSpaced(s string) bool {
	if strings.Count(s, " ") < 3 {
		return false
	}
	wide, gaps := 0, 0
	rs := []rune(s)
	for i, r := range rs {
		if isWide(r) {
			wide++
		}
		if r == ' ' && i > 0 && i+1 < len(rs) && rs[i-1] != ' ' && rs[i+1] != ' ' && (isWide(rs[i-1]) || isWide(rs[i+1])) {
			gaps++
		}
	}
	return gaps >= 4 && gaps*2 >= wide || gaps == 3 && wide == 4 && len(rs) == 7
}

// dropSpacesNextToWide removes every whitespace run that touches a CJK
// character and collapses the others to one space.
func dropSpacesNextToWide(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		if !isSpace(rs[i]) {
			b.WriteRune(rs[i])
			continue
		}
		j := i
		for j < len(rs) && isSpace(rs[j]) {
			j++
		}
		if i > 0 && j < len(rs) && !isWide(rs[i-1]) && !isWide(rs[j]) {
			b.WriteByte(' ')
		}
		i = j - 1
	}
	return b.String()
}

// joinSpacedLetters removes, in a letter-spaced line, the space between
// two lone characters ("1 2 0 7元" → "1207元", "G D P" → "GDP"): each
// stands alone between spaces, CJK characters or the line ends.
func joinSpacedLetters(s string) string {
	rs := []rune(s)
	lone := func(i int) bool {
		before := i == 0 || rs[i-1] == ' ' || isWide(rs[i-1])
		after := i+1 == len(rs) || rs[i+1] == ' ' || isWide(rs[i+1])
		return before && after
	}
	var b strings.Builder
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && !isWide(rs[i-1]) && !isWide(rs[i+1]) && lone(i-1) && lone(i+1) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
