package convert

// English set ragged ends a line where the next word would not fit, but
// in a proportional face: "William" is wider than "illicit". Counting
// characters takes a line of wide letters for a short one. The fit test
// measures lines in the advance widths of a common text face (Times
// Roman, in thousandths of an em); other faces differ from it far less
// than from equal widths.

// latinAdvance holds the advances of the printable ASCII characters,
// from the space (U+0020) to the tilde (U+007E).
var latinAdvance = [95]int16{
	250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, // space to /
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0 to ?
	921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ to O
	556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P to _
	333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` to o
	500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p to ~
}

// latinWidth is the printed width of s in thousandths of an em.
func latinWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r >= ' ' && r <= '~':
			w += int(latinAdvance[r-' '])
		case r == '\t':
			w += int(latinAdvance[0])
		case r == '‘' || r == '’':
			w += 333
		case r == '“' || r == '”':
			w += 444
		case r == '—' || r == '…':
			w += 1000
		case isWide(r):
			w += 1000
		default:
			w += 500
		}
	}
	return w
}
