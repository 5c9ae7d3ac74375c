package convert

import "slices"

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
	// indents: paragraphs around this line start with an indent, so a
	// line without one continues the paragraph even after a blank line.
	indents bool
}

// bodies lists the lines with text, with their runs and preceding gaps.
func bodies(lines []line) []body {
	bs := make([]body, 0, len(lines))
	run, gap := 0, 0
	for i, l := range lines {
		switch {
		case l.gone:
		case l.blank:
			gap++
		default:
			if gap > 0 {
				run++
			}
			w := width(l.text) + l.indentW
			if l.lineW > 0 {
				w = l.lineW // a piece of a line: the line ends at the column
			}
			bs = append(bs, body{idx: i, w: w, run: run, gap: gap})
			gap = 0
		}
	}
	return bs
}

// columnWidths estimates the column width around every line: the upper
// quartile of the nearest lines of its run (paragraph ends are short, full
// lines the majority; columns change width from block to block, also
// inside a run), or of the nearest lines across blank lines when the run
// is shorter than three lines (stretches where every line is followed by a
// blank).
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
			if e-s >= 3 {
				lo, hi = max(s, k-reach), min(e, k+reach+1)
			}
			bs[k].col, bs[k].cmax, scratch = upperQuartile(bs[lo:hi], scratch)
		}
		s = e
	}
}

// upperQuartile returns the upper quartile and the maximum of the widths;
// ws is scratch space, returned for reuse.
func upperQuartile(bs []body, ws []int) (int, int, []int) {
	ws = ws[:0]
	for _, b := range bs {
		ws = append(ws, b.w)
	}
	slices.Sort(ws)
	n := len(ws)
	return ws[n-1-n/4], ws[n-1], ws
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
	for k, b := range bs {
		ind[k+1], open[k+1] = ind[k], open[k]
		l := lines[b.idx]
		switch {
		case l.indent:
			ind[k+1]++
		case k > 0 && b.gap > 0 && endsSentence(lines[bs[k-1].idx].text, l.text):
			open[k+1]++
		}
	}
	for k := range bs {
		lo, hi := max(0, k-reach), min(len(bs), k+reach+1)
		i, o := ind[hi]-ind[lo], open[hi]-open[lo]
		bs[k].indents = i > 0 && i >= o
	}
}
