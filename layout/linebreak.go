package layout

import "math"

// Line breaking: total-fit (Knuth and Plass 1981) over the items of a
// paragraph, with first-fit kept for comparison. Both only break at
// breakable glue, so kinsoku and clusters hold; neither ever lets a line
// exceed the measure while shrinking can be avoided.

// breakResult is the positions of the glue items where lines end; the
// last one is the paragraph end.
type breakResult []int

// lineSpan gives the items of line k: [start, end).
func lineSpan(items []item, breaks breakResult, k int) (start, end int) {
	if k > 0 {
		start = afterBreak(items, breaks[k-1])
	}
	return start, breaks[k]
}

// afterBreak skips the glue after a break: a new line starts at a box.
func afterBreak(items []item, b int) int {
	i := b + 1
	for i < len(items) && items[i].kind == glueItem && !items[i].forced {
		i++
	}
	return i
}

// sums are prefix sums of widths, stretch and shrink.
type sums struct{ w, y, z []float64 }

func prefixSums(items []item) sums {
	s := sums{make([]float64, len(items)+1), make([]float64, len(items)+1), make([]float64, len(items)+1)}
	for i, it := range items {
		s.w[i+1], s.y[i+1], s.z[i+1] = s.w[i]+it.width, s.y[i], s.z[i]+it.shrink
		if !math.IsInf(it.stretch, 1) {
			s.y[i+1] += it.stretch
		}
	}
	return s
}

// ratio is the adjustment ratio of the line [a, b) ending at glue b:
// 0 fits naturally, 1 uses all stretch, -1 all shrink.
func ratio(items []item, s sums, a, b int, measure float64) float64 {
	nat := s.w[b] - s.w[a]
	if items[b].forced && math.IsInf(items[b].stretch, 1) && nat <= measure {
		return 0 // last line of a paragraph: natural width
	}
	switch {
	case nat < measure:
		if st := s.y[b] - s.y[a]; st > 0 {
			return (measure - nat) / st
		}
		if measure-nat < 0.01 {
			return 0
		}
		return math.Inf(1)
	case nat > measure:
		if sh := s.z[b] - s.z[a]; sh > 0 {
			return (measure - nat) / sh
		}
		if nat-measure < 0.01 {
			return 0
		}
		return math.Inf(-1)
	}
	return 0
}

// breakOptions tunes one pass of the breaker.
type breakOptions struct {
	tolerance float64 // largest ratio accepted
	emergency bool    // allow breaks inside clusters and against kinsoku
}

// infBad caps the badness of a line, so that demerits stay finite when
// nothing but very loose lines fit.
const infBad = 1e6

type node struct {
	pos       int // glue index of the break; -1 for the paragraph start
	line      int
	fitness   int
	demerits  float64
	prev      *node
	lastShort int // characters on the line ending here (for the short last line rule)
}

func fitnessClass(r float64) int {
	switch {
	case r < -0.5:
		return 0
	case r <= 0.5:
		return 1
	case r <= 1:
		return 2
	}
	return 3
}

func (it item) breakCost(emergency bool) (float64, bool) {
	if it.kind != glueItem {
		return 0, false
	}
	if it.breakable {
		return it.cost, true
	}
	if emergency && it.emergency > 0 {
		return it.emergency, true
	}
	return 0, false
}

// charCount counts the characters that are not punctuation in [a, b).
func charCount(items []item, a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if items[i].kind == boxItem && !items[i].blank && !items[i].mark {
			n++
		}
	}
	return n
}

// totalFit finds the breaks minimising the paragraph's total demerits; nil
// when no set of breaks keeps every ratio within the tolerance.
func totalFit(items []item, measure float64, o breakOptions) breakResult {
	s := prefixSums(items)
	active := []*node{{pos: -1, fitness: 1}}
	for b, it := range items {
		cost, ok := it.breakCost(o.emergency)
		if !ok {
			continue
		}
		var best [4]*node
		keep := active[:0]
		for _, a := range active {
			start := afterBreak(items, a.pos)
			if a.pos < 0 {
				start = 0
			}
			if start > b {
				keep = append(keep, a)
				continue
			}
			r := ratio(items, s, start, b, measure)
			if r < -1 || it.forced {
				// Too long already (or the paragraph ends): later breaks
				// cannot use this node.
			} else {
				keep = append(keep, a)
			}
			if math.IsInf(r, 1) && o.tolerance > 4 {
				// No stretch at all (Latin without spaces): judge by how
				// much of the measure stays empty.
				r = 10 * (measure - (s.w[b] - s.w[start])) / measure
			}
			if r < -1 || r > o.tolerance {
				continue
			}
			ar := math.Abs(r)
			bad := math.Min(100*ar*ar*ar, infBad)
			d := (1 + bad) * (1 + bad)
			d += cost * cost
			fc := fitnessClass(r)
			if a.pos >= 0 && (fc-a.fitness > 1 || a.fitness-fc > 1) {
				d += 3000
			}
			if it.forced && items[b].stretch > 0 && math.IsInf(items[b].stretch, 1) && a.pos >= 0 {
				// A paragraph's last line needs two characters that are
				// not punctuation (clreq; xeCJK CheckSingle).
				if charCount(items, start, b) < 2 && charCount(items, 0, b) >= 4 {
					d += 1e7
				}
			}
			total := a.demerits + d
			if best[fc] == nil || total < best[fc].demerits {
				best[fc] = &node{pos: b, line: a.line + 1, fitness: fc, demerits: total, prev: a}
			}
		}
		active = keep
		for _, n := range best {
			if n != nil {
				active = append(active, n)
			}
		}
		if len(active) == 0 {
			return nil
		}
	}
	var end *node
	for _, a := range active {
		if a.pos == len(items)-1 && (end == nil || a.demerits < end.demerits) {
			end = a
		}
	}
	if end == nil {
		return nil
	}
	var out breakResult
	for n := end; n != nil && n.pos >= 0; n = n.prev {
		out = append(out, n.pos)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// breakParagraph tries total-fit with growing tolerance, then with
// emergency breaks, then first-fit: every paragraph gets lines.
func breakParagraph(items []item, measure float64) breakResult {
	// A generous first tolerance lets the short-last-line rule pull a
	// character down; loose lines still cost their badness.
	for _, o := range []breakOptions{{tolerance: 4}, {tolerance: math.Inf(1)}, {tolerance: math.Inf(1), emergency: true}} {
		if br := totalFit(items, measure, o); br != nil {
			return br
		}
	}
	return firstFit(items, measure, true)
}

// firstFit is the greedy breaker of word processors and browsers: each
// line takes as much as fits at natural width, then breaks at the last
// allowed place.
func firstFit(items []item, measure float64, emergency bool) breakResult {
	s := prefixSums(items)
	var out breakResult
	start, last := 0, -1
	for b := 0; b < len(items); b++ {
		if _, ok := items[b].breakCost(emergency); !ok {
			continue
		}
		if s.w[b]-s.w[start] <= measure+0.01 || last < 0 {
			if items[b].forced {
				out = append(out, b)
				start, last = afterBreak(items, b), -1
				continue
			}
			last = b
			continue
		}
		out = append(out, last)
		start = afterBreak(items, last)
		last = -1
		b = start - 1
	}
	if len(out) == 0 || out[len(out)-1] != len(items)-1 {
		out = append(out, len(items)-1)
	}
	return out
}
