package convert

import "strings"

// alnumMeasuredExactly tells whether, in this document, lines with
// digits or Latin letters fill the column as exactly as lines of Chinese
// characters alone when each of those counts half a Chinese character
// (and a space one): a monospaced dump, where their width is measured,
// not only approximated. Proportional type sets them narrower or wider,
// and then their full lines fall short of the column or overshoot it.
// It looks at lines in mid paragraph that are clearly full: they end in
// mid clause, the next line follows without a blank or an indent.
func alnumMeasuredExactly(lines []line, bs []body) bool {
	n, tight := alnumFit(lines, bs)
	return n >= 8 && tight*10 >= n*9
}

// alnumFit counts the clearly full lines with digits or Latin letters
// and those of them that fill the column to within a half-width
// character.
func alnumFit(lines []line, bs []body) (n, tight int) {
	for k := 0; k+1 < len(bs); k++ {
		b, next := &bs[k], &bs[k+1] // pointers: bodies are large to copy
		text := lines[b.idx].text
		if b.ends || next.gap > 0 || lines[next.idx].indent || lines[next.idx].split ||
			b.w < b.col*8/10 || !continuesClause(text) || b.alnum == 0 {
			continue
		}
		n++
		if d := b.col - b.w - strings.Count(text, " "); d >= -1 && d <= 1 {
			tight++
		}
	}
	return n, tight
}

// continuesClause is a line that ends in mid clause: on a Chinese
// character, a digit or letter, or a comma.
func continuesClause(s string) bool {
	r := lastRune(s)
	return isHan(r) || isDigit(r) || isLatin(r) || r == '，' || r == '、'
}
