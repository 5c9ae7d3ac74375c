package convert

import (
	"slices"
	"unicode/utf8"
)

// Column geometry for unwrap: which lines carry text, how wide the column
// around each is, and whether paragraphs around it start indented.

// body is a line that carries text, with its place among the others.
type body struct {
	idx  int // index in draft.lines
	w    int // printed width
	run  int // lines without a blank between them share a run
	gap  int // blank lines before this one
	col  int // local column width
	cmax int // widest line of the neighbourhood
	// pw, pmax: English lines measured in a proportional face
	// (latinwidth.go), this one and the widest of the neighbourhood.
	pw, pmax int
	hi       int  // end (in the bodies) of the neighbourhood the column is measured on
	ends     bool // ends a sentence (given the next line)
	byline   bool // a byline or speaker line (Chinese text)
	// doubled: in a stretch where every line is followed by a blank
	// line, so a blank line says nothing about paragraphs.
	doubled bool
	// indents: paragraphs around this line start with an indent, so a
	// line without one continues the paragraph even after a blank line.
	indents bool
	// ahead: the column of this line and the next two of its run (0:
	// fewer lines), where a new column block would start.
	ahead int
	// below: the width of the next line when no blank line comes
	// between (else 0); belowAlnum: that line starts with a digit or a
	// Latin letter.
	below      int
	belowAlnum bool
	belowEnds  bool // that line ends a sentence
	// belowWord: in English, the proportional width of that line's
	// first word (0: no such line).
	belowWord int
	// oneWord: a single word without punctuation; wordRun: this line
	// and the one before it are such words, or this one and the next,
	// with no blank line between: a justified line extraction split
	// into words ("The" / "House" / "of" / "Representatives …").
	oneWord, wordRun bool
	// pageBreak: a page break (a form feed, or page furniture removed)
	// comes before this line: its blank lines are no paragraph break.
	pageBreak bool
	// headStart, headCont, headEnd: the first, a following and the
	// last line of a heading wrapped over several lines (wrapped.go).
	headStart, headCont, headEnd bool
	// turn: this line opens a turn of an interview ("记者：…").
	turn bool
	// flush: the document sets its paragraphs flush (firstLineShapes).
	flush bool
	// alnum: the runs of digits and Latin letters in the line (alnumRuns).
	alnum int
}

// bodies lists the lines with text, with their runs and preceding gaps.
// Chinese lines are measured without spaces (OCR adds and drops them);
// English lines with them: a ragged line ends where the next word would
// not fit, spaces included.
func bodies(lines []line, zh bool) []body {
	bs := make([]body, 0, len(lines))
	run, gap, brk := 0, 0, false
	for i := range lines {
		l := &lines[i] // a pointer: a line is large to copy
		brk = brk || l.page
		switch {
		case l.inTable:
		case l.gone:
			brk = true
		case l.blank:
			gap++
		default:
			if gap > 0 {
				run++
			}
			bs = append(bs, body{idx: i, run: run, gap: gap, pageBreak: brk})
			gap, brk = 0, false
		}
	}
	// What each line tells of itself (and of the next for ends), in
	// halves: measuring and reading every line is most of the work.
	inHalves(len(bs), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			l := &lines[bs[k].idx]
			w, pw := l.indentW, 0
			if zh {
				w += width(l.text)
			} else {
				w += utf8.RuneCountInString(l.text)
				pw = latinWidth(l.text) + l.indentW*int(latinAdvance[0])
			}
			if l.lineW > 0 {
				w = l.lineW // a piece of a line: the line ends at the column
				pw = 0
			}
			bs[k].w, bs[k].pw = w, pw
			next := ""
			if k+1 < len(bs) {
				next = lines[bs[k+1].idx].text
			}
			bs[k].ends = endsSentence(l.text, next)
			bs[k].oneWord = !zh && singleWord(l.text)
			bs[k].byline = isStandaloneLine(l.text)
			bs[k].alnum = alnumRuns(l.text)
		}
	})
	for k := range bs {
		if k+1 < len(bs) && bs[k+1].gap == 0 {
			next := lines[bs[k+1].idx].text
			bs[k].below, bs[k].belowAlnum = bs[k+1].w, startsAlnum(next)
			bs[k].belowEnds = bs[k+1].ends // endsSentence(next, the line after)
			if !zh {
				bs[k].belowWord = latinWidth(firstWord(next))
			}
		}
		bs[k].wordRun = bs[k].oneWord && ((k > 0 && bs[k-1].oneWord && bs[k].gap == 0) || (k+1 < len(bs) && bs[k+1].oneWord && bs[k+1].gap == 0))
	}
	splitAtWidthChange(bs)
	return bs
}

// splitAtWidthChange starts a new run where, after a sentence's end, the
// lines change from one column width to another half as wide again or
// more, with no blank line between: a lead paragraph set across the page
// over the columns, a box under them. Measured on the lines of both,
// the column would be neither's.
func splitAtWidthChange(bs []body) {
	const side = 5 // lines looked at on each side
	shift := 0
	for k := 1; k < len(bs); k++ {
		if bs[k].run+shift != bs[k-1].run {
			bs[k].run += shift
			continue
		}
		if bs[k-1].ends && k >= side && k+side <= len(bs) && bs[k-side].run == bs[k-1].run && bs[k+side-1].run == bs[k].run {
			a, b := columnOf(bs[k-side:k]), columnOf(bs[k:k+side])
			if a > 0 && b > 0 && (2*a >= 3*b || 2*b >= 3*a) {
				shift++
			}
		}
		bs[k].run += shift
	}
}

// columnOf is the width of the widest line among bs when three or more
// of them are that wide within a tenth: full lines of one column (digits
// and letters make them unequal). Else 0.
func columnOf(bs []body) int {
	w := 0
	for k := range bs {
		w = max(w, bs[k].w)
	}
	n := 0
	for k := range bs {
		if bs[k].w >= w-w/10 {
			n++
		}
	}
	if n < 3 {
		return 0
	}
	return w
}

// columnWidths estimates the column width around every line: the upper
// quartile of the nearest lines of its run (paragraph ends are short, full
// lines the majority; columns change width from block to block, also
// inside a run), or of the nearest lines across blank lines when the run
// is shorter than five lines: stretches where every line is followed by a
// blank, and short runs such as a sentence's last line, a heading and a
// two-line paragraph whose first line lost its indent, where no line
// fills the column.
func columnWidths(bs []body) {
	const reach = 4
	var scratch []int
	for s := 0; s < len(bs); {
		e := s
		for e < len(bs) && bs[e].run == bs[s].run {
			e++
		}
		for k := s; k < e; k++ {
			lo, hi := max(0, k-reach), min(len(bs), k+reach+1)
			if e-s >= 5 {
				lo, hi = max(s, k-reach), min(e, k+reach+1)
			}
			bs[k].col, bs[k].cmax, scratch = upperQuartile(bs[lo:hi], scratch)
			bs[k].pmax = widestPrinted(bs[lo:hi])
			if e-k >= 3 {
				bs[k].ahead = median3(bs[k].w, bs[k+1].w, bs[k+2].w)
			}
			if e-s < 5 {
				// A few lines between blank lines (headings, a date, a
				// salutation): the widest line of a wider neighbourhood
				// tells the ragged column better.
				for j := max(0, k-6); j < min(len(bs), k+7); j++ {
					bs[k].cmax = max(bs[k].cmax, bs[j].w)
					bs[k].pmax = max(bs[k].pmax, bs[j].pw)
				}
			}
		}
		s = e
	}
	markDoubled(bs)
}

// markDoubled sets body.doubled where the three lines before and after a
// line all follow a blank line, as it does.
func markDoubled(bs []body) {
	const reach = 3
	gaps := make([]int, len(bs)+1) // gaps[k]: lines of bs[:k] after a blank
	for k := range bs {
		gaps[k+1] = gaps[k]
		if bs[k].gap > 0 {
			gaps[k+1]++
		}
	}
	for k := range bs {
		lo, hi := max(1, k-reach), min(len(bs), k+reach+1)
		bs[k].doubled = hi-lo >= 2*reach && gaps[hi]-gaps[lo] == hi-lo
	}
}

// forwardColumn is the column width of the lines after line k: the
// column of a paragraph it starts, measured without the line itself (a
// heading may be narrower or wider than the text), on the lines of its
// run when it has three or more, else across blank lines (two lines may
// be a first line that lost its indent and a paragraph's last).
func forwardColumn(bs []body, k int, scratch []int) (int, []int) {
	const reach = 5
	after := bs[k+1 : min(len(bs), k+1+reach)]
	inRun := 0
	for inRun < len(after) && after[inRun].run == bs[k].run {
		inRun++
	}
	switch {
	case inRun >= 3:
		after = after[:inRun] // the lines of its run: its own paragraph
	case len(after) == 0:
		after = bs[k : k+1]
	}
	col, _, scratch := upperQuartile(after, scratch)
	return col, scratch
}

// upperQuartile returns the upper quartile and the maximum of the widths;
// ws is scratch space, returned for reuse.
func upperQuartile(bs []body, ws []int) (int, int, []int) {
	ws = ws[:0]
	for k := range bs { // by index: a body is large to copy
		ws = append(ws, bs[k].w)
	}
	slices.Sort(ws)
	n := len(ws)
	return ws[n-1-n/4], ws[n-1], ws
}

// widestPrinted is the largest proportional width among bs.
func widestPrinted(bs []body) int {
	w := 0
	for k := range bs {
		w = max(w, bs[k].pw)
	}
	return w
}

// markIndentUse sets body.indents where the paragraphs around a line
// start with an indent: among the 25 lines before and after, indented
// lines are at least as many as the unindented lines that follow a
// sentence end and a blank line (the other candidates for a paragraph
// start).
func markIndentUse(lines []line, bs []body) {
	const reach = 25
	// ind[k] and open[k] count among bs[:k].
	ind := make([]int, len(bs)+1)
	open := make([]int, len(bs)+1)
	for k := range bs {
		b := &bs[k] // pointers: bodies and lines are large to copy
		ind[k+1], open[k+1] = ind[k], open[k]
		l := &lines[b.idx]
		switch {
		case l.indent:
			ind[k+1]++
		case k > 0 && b.gap > 0 && bs[k-1].ends:
			open[k+1]++
		}
	}
	for k := range bs {
		lo, hi := max(0, k-reach), min(len(bs), k+reach+1)
		i, o := ind[hi]-ind[lo], open[hi]-open[lo]
		bs[k].indents = i > 0 && i >= o
	}
}

// blanksMostlyInText weighs, from the document's own statistics, a
// blank line after a full line that ends a sentence: a paragraph break
// (as blank lines after short sentence-ending lines are, at the rate
// sep) or a column break inside a paragraph (as blank lines after full
// lines in mid sentence are, at the rate mid) that happens to follow
// one of the sentences a paragraph has before its last. It reports
// whether the second is the likelier.
func blanksMostlyInText(lines []line, bs []body) bool {
	var midN, midGap, sepN, sepGap, sentences int
	for k := 1; k < len(bs); k++ {
		a, b := &bs[k-1], &bs[k] // pointers: bodies are large to copy
		if a.doubled && b.doubled {
			continue // every line is followed by a blank here
		}
		text := lines[a.idx].text
		sentences += countTerminals(text)
		slack := max(3, a.col/12)
		switch {
		case a.ends:
			if a.w < a.col*8/10 {
				sepN++
				if b.gap > 0 {
					sepGap++
				}
			}
		case !endsSoft(text) && hasEndPunct(text):
		case a.w >= a.col-slack:
			midN++
			if b.gap > 0 {
				midGap++
			}
		}
	}
	if midN < 20 || sepN < 5 || sentences <= sepN {
		return false
	}
	// sep/sepN < mid/midN × (sentences per paragraph - 1)
	perPara := float64(sentences) / float64(sepN)
	return float64(sepGap)/float64(sepN) < float64(midGap)/float64(midN)*(perPara-1)
}

// countTerminals counts the Chinese sentence ends "。" (E3 80 82), "！"
// (EF BC 81) and "？" (EF BC 9F) of s in one scan of its bytes.
func countTerminals(s string) int {
	n := 0
	for i := 0; i+2 < len(s); {
		c := s[i]
		if c < 0xE0 || c >= 0xF0 {
			i++ // not the lead byte of a three-byte character
			continue
		}
		if (c == 0xE3 && s[i+1] == 0x80 && s[i+2] == 0x82) || (c == 0xEF && s[i+1] == 0xBC && (s[i+2] == 0x81 || s[i+2] == 0x9F)) {
			n++
		}
		i += 3
	}
	return n
}

// firstLineShapes tells how this document sets its paragraphs' first
// lines, from those of its clear paragraphs (after a short line that ends
// a sentence). lost: with an indent that OCR dropped, the first lines
// mostly falling short of the column by about two characters rather
// than filling it (two such, and none full or indented, tell it in a
// short document). flush: without an indent, the first lines mostly
// filling the column, two at least, none indented.
func firstLineShapes(lines []line, bs []body) (lost, flush bool) {
	short, full, kept := firstLines(lines, bs)
	lost = short >= 3 && short > full || short == 2 && full == 0 && kept == 0
	flush = full >= 2 && full > 2*short && kept == 0
	return lost, flush
}

// firstLines counts the first lines of the clear paragraphs (after a
// short line that ends a sentence) that fall short of the column by about
// an indent, that fill it, and that the extraction kept indented.
func firstLines(lines []line, bs []body) (short, full, kept int) {
	for k := 1; k+1 < len(bs); k++ {
		a, b := &bs[k-1], &bs[k] // pointers: bodies are large to copy
		if !a.ends || a.w >= a.col*8/10 || bs[k+1].gap > 0 || b.w > b.col {
			continue
		}
		if lines[b.idx].indent {
			kept++ // the extraction kept this one's indent
			continue
		}
		switch loose := b.alnum; {
		case b.w >= b.col-1-loose:
			full++
		case b.w >= b.col-6-loose:
			short++
		}
	}
	return short, full, kept
}

// median3 is the middle one of three widths: one short last line or
// wide heading among them does not move it.
func median3(a, b, c int) int {
	return max(min(a, b), min(max(a, b), c))
}

// singleWord is a line holding one word of letters and nothing else.
func singleWord(s string) bool {
	if s == "" || len(s) > 24 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLatin(rune(s[i])) && s[i] != '\'' {
			return false
		}
	}
	return true
}

// quoteMarks counts the curly quotation marks of s.
func quoteMarks(s string) int {
	n := 0
	for _, r := range s {
		if r == '“' || r == '”' || r == '‘' || r == '’' {
			n++
		}
	}
	return n
}
