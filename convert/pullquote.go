package convert

import (
	"fmt"
	"strings"
)

// pullQuotes flags sentences that repeat another sentence of the
// document nearly verbatim: newspaper pull quotes that OCR read into the
// text. They are reported, never dropped; the reader decides.
type pullQuotes struct{}

// gramLen is the length of the character shingles compared; one in
// gramSample shingles (chosen by hash, so the same in every sentence) is
// kept, which keeps the pass fast on long documents.
const (
	gramLen      = 6
	gramSample   = 4
	minQuoteLen  = 24
	quoteOverlap = 0.8
)

// sentence is a sentence of a block with its input lines.
type sentence struct {
	text        string
	first, last int
}

func (pullQuotes) apply(d *draft) {
	seen := make(map[uint64]int, 64) // shingle -> first sentence that has it
	tally := map[int]int{}
	var sents []sentence
	var runes []rune
	var grams []uint64
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.kind != paragraph && b.kind != deck {
			continue
		}
		for _, s := range sentencesOf(b) {
			runes, grams = shingles(s.text, runes[:0], grams[:0])
			if len(grams) < 3 {
				continue
			}
			id := len(sents)
			sents = append(sents, s)
			clear(tally)
			for _, g := range grams {
				if q, ok := seen[g]; ok {
					tally[q]++
				} else {
					seen[g] = id
				}
			}
			best, n := -1, 0
			for q, c := range tally {
				if c > n || (c == n && q < best) {
					best, n = q, c
				}
			}
			if best >= 0 && float64(n) >= quoteOverlap*float64(len(grams)) {
				q := sents[best]
				d.note(q.first, q.last, "pull-quote", fmt.Sprintf("pull quote? %q is repeated nearly verbatim at L%d-%d (both kept)", head(q.text, 14), s.first, s.last))
			}
		}
	}
}

// sentencesOf cuts a block after every sentence end.
func sentencesOf(b *block) []sentence {
	var out []sentence
	start, n := 0, 0 // sentence start, its non-space characters so far
	t := b.text
	cur := lineCursor{b: b}
	for i, r := range t {
		if !isSpace(r) {
			n++
		}
		switch r {
		case '。', '！', '？', '!', '?':
		case '.':
			if !strings.HasPrefix(t[i+1:], " ") {
				continue
			}
		default:
			continue
		}
		end := i + len(string(r))
		if n >= minQuoteLen {
			first := cur.at(start)
			out = append(out, sentence{strings.TrimSpace(t[start:end]), first, cur.at(end - 1)})
		}
		start, n = end, 0
	}
	if n >= minQuoteLen {
		out = append(out, sentence{strings.TrimSpace(t[start:]), cur.at(start), b.last})
	}
	return out
}

// shingles appends to out the sampled hashes of the sentence's character
// n-grams, spaces ignored (a polynomial rolling hash over the runes); rs
// is scratch space.
func shingles(s string, rs []rune, out []uint64) ([]rune, []uint64) {
	for _, r := range s {
		if !isSpace(r) {
			rs = append(rs, r)
		}
	}
	const base = 1099511628211
	var top uint64 = 1 // base^(gramLen-1)
	for i := 1; i < gramLen; i++ {
		top *= base
	}
	var h uint64
	for i, r := range rs {
		if i >= gramLen {
			h -= uint64(rs[i-gramLen]) * top
		}
		h = h*base + uint64(r)
		if i >= gramLen-1 {
			// Mix the bits before sampling: the low bits of a
			// polynomial hash depend on the last rune only.
			m := h * 0x9E3779B97F4A7C15
			if (m>>32)%gramSample == 0 {
				out = append(out, m)
			}
		}
	}
	return rs, out
}
