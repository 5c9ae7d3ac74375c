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

// sum is a prefix sum of widths (w), stretch (y) and shrink (z).
type sum struct{ w, y, z float64 }

// prefixSums returns the sums before each item and after the last one,
// reusing buf.
func prefixSums(items []item, buf []sum) []sum {
	s := buf[:0]
	if cap(s) < len(items)+1 {
		s = make([]sum, 0, len(items)+1+len(items)/4)
	}
	s = s[:len(items)+1]
	s[0] = sum{}
	for i, it := range items {
		s[i+1] = sum{s[i].w + it.width, s[i].y, s[i].z + it.shrink}
		if !math.IsInf(it.stretch, 1) {
			s[i+1].y += it.stretch
		}
	}
	return s
}

// ratio is the adjustment ratio of the line [a, b) ending at glue b:
// 0 fits naturally, 1 uses all stretch, -1 all shrink.
func ratio(items []item, s []sum, a, b int, measure float64) float64 {
	last := items[b].forced && math.IsInf(items[b].stretch, 1)
	return lineRatio(s[a], endSum(items, s, b), measure, last)
}

// endSum is the prefix sum at a line ending at glue b: a hyphenation
// point adds the hyphen drawn at the line end.
func endSum(items []item, s []sum, b int) sum {
	e := s[b]
	if items[b].hyphen {
		e.w += items[b].g.adv
	}
	return e
}

// lineRatio is ratio for the line between prefix sums a and b.
func lineRatio(a, b sum, measure float64, last bool) float64 {
	nat := b.w - a.w
	if last && nat <= measure {
		return 0 // last line of a paragraph: natural width
	}
	switch {
	case nat < measure:
		if st := b.y - a.y; st > 0 {
			return (measure - nat) / st
		}
		if measure-nat < 0.01 {
			return 0
		}
		return math.Inf(1)
	case nat > measure:
		if sh := b.z - a.z; sh > 0 {
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

// shortLastLine is the demerits of a paragraph's last line with fewer than
// two characters.
const shortLastLine = 1e7

// fitnessPenalty is added where a line's spacing class differs by more
// than one from the previous line's (a tight line after a loose one).
const fitnessPenalty = 3000

// node is a feasible break; nodes live in the breaker's arena and point to
// their predecessor by index, so a paragraph costs no allocation per node.
type node struct {
	pos      int // glue index of the break; -1 for the paragraph start
	start    int // first item of the line after this break
	at       sum // prefix sums at start
	fitness  int
	prev     int // arena index of the previous break; -1 for the start
	demerits float64
	hyphen   bool // the line before ends with a hyphen
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

func (it *item) breakCost(emergency bool) (float64, bool) {
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

// charCount counts the characters that are not punctuation in [a, b),
// up to limit: the callers only ask whether there are that many.
func charCount(items []item, a, b, limit int) int {
	n := 0
	for i := a; i < b && n < limit; i++ {
		if items[i].kind == boxItem && !items[i].blank && !items[i].mark {
			n++
		}
	}
	return n
}

// breaker holds the scratch memory of the line breaker, reused from one
// paragraph to the next.
type breaker struct {
	sums   []sum
	nodes  []node
	active []int
	next   []int
}

// totalFit finds the breaks minimising the paragraph's total demerits and
// returns them with those demerits; nil when no set of breaks keeps every ratio within the tolerance. Active
// nodes are dropped as soon as a line from them would be overfull, so the
// work per break is bounded by the characters a line can hold.
func (bk *breaker) totalFit(items []item, measure float64, o breakOptions) (breakResult, float64) {
	bk.sums = prefixSums(items, bk.sums)
	s := bk.sums
	bk.nodes = append(bk.nodes[:0], node{pos: -1, start: 0, fitness: 1, prev: -1, at: s[0]})
	active := append(bk.active[:0], 0)
	next := bk.next[:0]
	paraChars := -1 // characters of the whole paragraph, counted once at its end
	for b := range items {
		it := &items[b] // items are large: not copied
		cost, ok := it.breakCost(o.emergency)
		if !ok {
			continue
		}
		if !it.forced && o.tolerance <= 4 {
			// Active nodes are in order of their line starts. A later start
			// makes a line both shorter and less stretchable, so when the
			// line from the earliest is too loose, all of them are.
			if a0 := bk.nodes[active[0]]; a0.start <= b && ratio(items, s, a0.start, b, measure) > o.tolerance {
				continue
			}
		}
		var best [4]node
		var found [4]bool
		next = next[:0]
		sb, last := endSum(items, s, b), it.forced && math.IsInf(it.stretch, 1)
		for k, ai := range active {
			a := &bk.nodes[ai]
			start := a.start
			if start > b {
				next = append(next, ai)
				continue
			}
			r := lineRatio(a.at, sb, measure, last)
			if r > o.tolerance && !it.forced && o.tolerance <= 4 {
				// Too loose from here, and from every later start (as
				// above): the rest stay active, none ends a line at b.
				next = append(next, active[k:]...)
				break
			}
			if !(r < -1 || it.forced) {
				next = append(next, ai)
			}
			// Too long already (or the paragraph ends): later breaks
			// cannot use this node.
			if math.IsInf(r, 1) && o.tolerance > 4 {
				// No stretch at all (Latin without spaces): judge by how
				// much of the measure stays empty.
				r = 10 * (measure - (s[b].w - s[start].w)) / measure
			}
			if r < -1 || r > o.tolerance {
				continue
			}
			ar := math.Abs(r)
			bad := 100 * ar * ar * ar
			if bad > infBad { // math.Min is no plain compare, and is not inlined
				bad = infBad
			}
			d := (1+bad)*(1+bad) + cost*cost
			fc := fitnessClass(r)
			if a.pos >= 0 && (fc-a.fitness > 1 || a.fitness-fc > 1) {
				d += fitnessPenalty
			}
			if a.hyphen && it.hyphen {
				d += doubleHyphen
			}
			if it.forced && math.IsInf(it.stretch, 1) && a.pos >= 0 {
				// A paragraph's last line needs two characters that are
				// not punctuation (clreq; xeCJK CheckSingle).
				if paraChars < 0 {
					paraChars = charCount(items, 0, b, 4)
				}
				if paraChars >= 4 && charCount(items, start, b, 2) < 2 {
					d += shortLastLine
				}
			}
			total := a.demerits + d
			if !found[fc] || total < best[fc].demerits {
				nb := afterBreak(items, b)
				best[fc] = node{pos: b, start: nb, at: s[nb], fitness: fc, prev: ai, demerits: total, hyphen: it.hyphen}
				found[fc] = true
			}
		}
		// Nodes at the same break differ only in fitness class; one whose
		// demerits exceed the best by more than the fitness penalty can
		// never lead to the optimum, so it is not kept.
		least := math.Inf(1)
		for fc := range best {
			if found[fc] && best[fc].demerits < least {
				least = best[fc].demerits
			}
		}
		for fc := range best {
			if found[fc] && best[fc].demerits <= least+fitnessPenalty {
				bk.nodes = append(bk.nodes, best[fc])
				next = append(next, len(bk.nodes)-1)
			}
		}
		active, next = next, active
		if len(active) == 0 {
			bk.active, bk.next = active, next
			return nil, 0
		}
	}
	bk.active, bk.next = active, next
	end := -1
	for _, ai := range active {
		if bk.nodes[ai].pos == len(items)-1 && (end < 0 || bk.nodes[ai].demerits < bk.nodes[end].demerits) {
			end = ai
		}
	}
	if end < 0 {
		return nil, 0
	}
	var out breakResult
	for n := end; n >= 0 && bk.nodes[n].pos >= 0; n = bk.nodes[n].prev {
		out = append(out, bk.nodes[n].pos)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, bk.nodes[end].demerits
}

// breakParagraph tries total-fit with growing tolerance, then with
// emergency breaks, then first-fit: every paragraph gets lines.
func breakParagraph(items []item, measure float64) breakResult {
	return new(breaker).breakParagraph(items, measure)
}

func (bk *breaker) breakParagraph(items []item, measure float64) breakResult {
	// A tight first tolerance keeps few breaks active (a line can only end
	// near the measure), which makes the common case fast. When it leaves a
	// short last line, a generous tolerance lets the short-last-line rule
	// pull a character down; loose lines still cost their badness.
	var fallback breakResult
	for _, o := range []breakOptions{{tolerance: 1}, {tolerance: 4}, {tolerance: math.Inf(1)}, {tolerance: math.Inf(1), emergency: true}} {
		br, d := bk.totalFit(items, measure, o)
		if br == nil {
			continue
		}
		if d < shortLastLine || o.tolerance > 4 {
			return br
		}
		if fallback == nil {
			fallback = br
		}
	}
	if fallback != nil {
		return fallback
	}
	return firstFit(items, measure, true)
}

// firstFit is the greedy breaker of word processors and browsers: each
// line takes as much as fits at natural width, then breaks at the last
// allowed place.
func firstFit(items []item, measure float64, emergency bool) breakResult {
	s := prefixSums(items, nil)
	var out breakResult
	start, last := 0, -1
	for b := 0; b < len(items); b++ {
		if _, ok := items[b].breakCost(emergency); !ok {
			continue
		}
		if s[b].w-s[start].w <= measure+0.01 || last < 0 {
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
