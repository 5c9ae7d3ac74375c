// Package headline breaks titles into balanced lines: on spaces, after
// punctuation and between phrases rather than inside words (a list of
// Chinese words with their frequencies tells where words are), never against
// the line-start and line-end rules of CJK text (kinsoku), and with lines
// of nearly equal width, so that no title ends on a lone character.
//
// Body text is broken elsewhere (layout's total-fit breaker); a title is
// short, so every way of breaking it is weighed here.
package headline

import (
	"github.com/cjk-publish/publish/words"
	"math"
	"strings"
	"unicode"
)

// Measure returns the width of one line of text, in any unit.
type Measure func(line string) float64

// atom is a piece of the title that is never split: a CJK character with
// the marks that cling to it, or a Latin word or number.
type atom struct {
	text  string
	space bool // a space separates it from the atom before
}

// Break splits text into lines no wider than width. A title that fits
// stays one line. An atom wider than width gets a line of its own (the
// caller may then choose a smaller size).
func Break(text string, width float64, measure Measure) []string {
	lines, _ := BreakCost(text, width, measure)
	return lines
}

// Bad is the cost from which a break is a poor one: inside a word, or
// against kinsoku.
const Bad = inWord

// BreakCost is Break that also returns the cost of its worst break: 0
// when every line ends at a space or punctuation, Bad or more when one
// breaks a word or a kinsoku rule.
func BreakCost(text string, width float64, measure Measure) ([]string, float64) {
	text = strings.Join(strings.FieldsFunc(text, unicode.IsSpace), " ")
	if text == "" {
		return nil, 0
	}
	if measure(text) <= width {
		return []string{text}, 0
	}
	atoms := split(text)
	n := len(atoms)
	cost := make([]float64, n) // cost[i]: breaking before atom i
	rs := []rune(join(atoms))
	var ends []bool // where the words of the CJK text end
	at := 0         // rune offset of atom i in rs
	for i := 0; i < n; i++ {
		if i > 0 && atoms[i].space {
			at++
		}
		if i > 0 {
			cost[i] = boundary(atoms[i-1], atoms[i])
			if wide(rs[at-1]) && wide(rs[at]) {
				if ends == nil {
					ends = words.Ends(rs)
				}
				if !ends[at] {
					cost[i] += inWord
				}
			}
		}
		at += len([]rune(atoms[i].text))
	}
	// w[a][b]: width of the line of atoms a..b-1.
	w := make([][]float64, n+1)
	for a := 0; a < n; a++ {
		w[a] = make([]float64, n+1)
		for e := a + 1; e <= n; e++ {
			w[a][e] = measure(join(atoms[a:e]))
			if e > a+1 && w[a][e] > width {
				for f := e + 1; f <= n; f++ {
					w[a][f] = math.Inf(1)
				}
				break
			}
		}
	}
	fits := func(a, e int) bool { return e == a+1 || w[a][e] <= width }
	// The fewest lines that can hold the title.
	fewest := make([]int, n+1)
	for e := 1; e <= n; e++ {
		fewest[e] = math.MaxInt32
		for a := e - 1; a >= 0 && fits(a, e); a-- {
			if !math.IsInf(cost[a], 1) || a == 0 {
				fewest[e] = min(fewest[e], fewest[a]+1)
			}
		}
	}
	total := measure(text)
	var best []int
	bestCost := math.Inf(1)
	for lines := fewest[n]; lines <= fewest[n]+1 && lines <= n && fewest[n] <= n; lines++ {
		ends, c := balance(n, lines, total, width, w, cost, fits)
		c += extraLine * float64(lines-fewest[n])
		if ends != nil && c < bestCost {
			best, bestCost = ends, c
		}
	}
	if best == nil { // only forbidden breaks: break anywhere that fits
		for i := range cost {
			if math.IsInf(cost[i], 1) {
				cost[i] = forced
			}
		}
		for lines := 1; best == nil && lines <= n; lines++ {
			best, _ = balance(n, lines, total, width, w, cost, fits)
		}
	}
	out := make([]string, 0, len(best))
	a, paid := 0, 0.0
	for _, e := range best {
		if a > 0 {
			paid = max(paid, cost[a])
		}
		out = append(out, join(atoms[a:e]))
		a = e
	}
	return out, paid
}

// Costs of breaking; spread is the weight of unequal lines.
const (
	forced    = 1000 // a break against kinsoku, when nothing else fits
	extraLine = 40   // one line more than the fewest
	inWord    = 100  // inside a word of the dictionary
	spread    = 300
)

// balance finds the cheapest way to set the n atoms in exactly the given
// number of lines: break costs plus the squared deviation of each line's
// width from the mean, relative to the measure.
func balance(n, lines int, total, width float64, w [][]float64, cost []float64, fits func(a, e int) bool) ([]int, float64) {
	mean := total / float64(lines)
	inf := math.Inf(1)
	// d[k][e]: best cost of atoms 0..e-1 in k lines; from[k][e] the start
	// of the last of them.
	d := make([][]float64, lines+1)
	from := make([][]int, lines+1)
	for k := range d {
		d[k] = make([]float64, n+1)
		from[k] = make([]int, n+1)
		for e := range d[k] {
			d[k][e] = inf
		}
	}
	d[0][0] = 0
	for k := 1; k <= lines; k++ {
		for e := 1; e <= n; e++ {
			for a := e - 1; a >= 0 && fits(a, e); a-- {
				if math.IsInf(d[k-1][a], 1) || (a > 0 && math.IsInf(cost[a], 1)) {
					continue
				}
				dev := (w[a][e] - mean) / width
				c := d[k-1][a] + spread*dev*dev
				if a > 0 {
					c += cost[a]
				}
				if c < d[k][e] {
					d[k][e], from[k][e] = c, a
				}
			}
		}
	}
	if math.IsInf(d[lines][n], 1) {
		return nil, inf
	}
	ends := make([]int, lines)
	e := n
	for k := lines; k >= 1; k-- {
		ends[k-1] = e
		e = from[k][e]
	}
	return ends, d[lines][n]
}

func join(atoms []atom) string {
	var s strings.Builder
	for i, a := range atoms {
		if i > 0 && a.space {
			s.WriteByte(' ')
		}
		s.WriteString(a.text)
	}
	return s.String()
}

// split cuts text into atoms: Latin words and numbers whole, each CJK
// character alone, marks that may not start a line joined to the atom
// before and marks that may not end one to the atom after.
func split(text string) []atom {
	var out []atom
	var cur strings.Builder
	space, glue := false, false // glue: the next character joins the current atom
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, atom{text: cur.String(), space: space})
			cur.Reset()
			space = false
		}
	}
	prev := rune(0)
	for _, r := range text {
		switch {
		case r == ' ':
			flush()
			space, glue = true, false
		case cur.Len() == 0:
			cur.WriteRune(r)
		case glue, noStart(r), latin(prev) && latin(r), sameLong(prev, r):
			cur.WriteRune(r)
		default:
			flush()
			cur.WriteRune(r)
		}
		glue = noEnd(r)
		if r != ' ' {
			prev = r
		}
	}
	flush()
	return out
}

// sameLong reports the halves of —— and ……, which are never split.
func sameLong(a, b rune) bool { return a == b && (a == '—' || a == '…' || a == '⋯') }

// latin reports characters of Latin words and numbers (they are not
// broken inside titles).
func latin(r rune) bool {
	return r < 0x2000 && !unicode.IsSpace(r) && r != '·' && !unicode.In(r, unicode.Ps, unicode.Pi)
}

// noStart: closing brackets and quotes, stops, and other marks that may
// not begin a line (GB/T 15834 5.1, W3C clreq); noEnd: opening marks and
// currency signs.
func noStart(r rune) bool {
	switch {
	case unicode.In(r, unicode.Pe, unicode.Pf):
		return true
	case unicode.Is(unicode.Po, r) && !strings.ContainsRune("#&*@\\", r):
		return true
	case r == '—' || r == '…' || r == '⋯' || r == '～' || r == '-' || r == '–' || r == '℃' || r == '%' || r == '‰':
		return true
	}
	return false
}

func noEnd(r rune) bool {
	return unicode.In(r, unicode.Ps, unicode.Pi, unicode.Sc) || r == '№'
}

// Characters that close a phrase (a break after them is natural) and
// bound characters that lean on the word before them (never break before
// them): structural particles, aspect markers, plural and noun suffixes,
// localisers.
const (
	leanBack = "的之地得了着过们等性化者式型率上中下里内外间时"
	links    = "和与及并暨或而且"
	leadIn   = "在对于为把从向按以将被给关"
)

// leaning are short English words that belong with the word after them.
var leaning = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true,
	"and": true, "or": true, "for": true, "by": true, "with": true, "at": true, "from": true}

// boundary is the cost of a break between atoms p and n.
func boundary(p, n atom) float64 {
	last := lastRune(p.text)
	first := firstRune(n.text)
	switch {
	case n.space && leaning[strings.ToLower(p.text)]:
		return 30 // "of the / President": the article goes with its noun
	case n.space:
		return 0
	case unicode.In(last, unicode.Pe, unicode.Pf, unicode.Po):
		return 0 // after a comma, a colon, a closing quote
	case last == '—' || last == '…':
		return 5
	case unicode.In(first, unicode.Ps, unicode.Pi):
		return 2
	}
	pw, nw := wide(last), wide(first)
	if !pw || !nw {
		if unicode.IsDigit(last) && nw {
			return 60 // a number and its unit: 3.2 / 万亿
		}
		return 15 // where CJK meets Latin
	}
	c := 20.0
	switch {
	case strings.ContainsRune(leanBack, first):
		c = 80
	case strings.ContainsRune(links, last), strings.ContainsRune(leadIn, last):
		c = 60
	case last == '的' || last == '之':
		c = 4
	case strings.ContainsRune(links, first):
		c = 8
	}
	return c
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// wide reports CJK characters.
func wide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}
