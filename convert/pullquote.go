package convert

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// pullQuotes flags sentences that repeat another sentence of the
// document nearly verbatim: newspaper pull quotes that OCR read into the
// text. They are reported, never dropped; the reader decides. (A pull
// quote set in lines of its own, in a larger face, is removed before the
// lines are joined: pullquotelines.go.)
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
	size := 0
	for k := range d.blocks {
		size += len(d.blocks[k].text)
	}
	// About one sampled shingle per gramSample characters of 3 bytes.
	seen := newShingleTable(size / 3 / gramSample) // shingle -> first sentence that has it
	var tally []hit                                // earlier sentences sharing shingles with this one: few, so a slice
	var sents []sentence
	var grams []uint64
	var told []bool // told[q]: a repeat of sentence q was reported
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.kind != paragraph && b.kind != deck {
			continue
		}
		for _, s := range sentencesOf(b) {
			grams = shingles(s.text, grams[:0])
			if len(grams) < 3 {
				continue
			}
			id := len(sents)
			sents = append(sents, s)
			told = append(told, false)
			tally = tally[:0]
			for _, g := range grams {
				if q := seen.firstOrAdd(g, id); q >= 0 {
					tally = count(tally, q)
				}
			}
			best, n := -1, 0
			for _, h := range tally {
				if h.n > n || (h.n == n && h.q < best) {
					best, n = h.q, h.n
				}
			}
			// A pull quote repeats its sentence once: a sentence that
			// recurs more often is reported at its first repeat only.
			if best >= 0 && !told[best] && float64(n) >= quoteOverlap*float64(len(grams)) {
				told[best] = true
				q := sents[best]
				d.note(q.first, q.last, "pull-quote", "pull quote? "+quote(head(q.text, 14))+" is repeated nearly verbatim at L"+strconv.Itoa(s.first)+"-"+strconv.Itoa(s.last)+" (both kept)")
			}
		}
	}
}

// shingleTable maps shingle hashes to the first sentence that has them:
// open addressing over flat slices, which allocates far less than a map
// of the same size.
type shingleTable struct {
	keys []uint64 // 0: empty slot
	ids  []int32
	n    int // slots used
}

func newShingleTable(n int) *shingleTable {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return &shingleTable{keys: make([]uint64, size), ids: make([]int32, size)}
}

// firstOrAdd returns the sentence recorded for shingle g, or records id
// for it and returns -1.
func (t *shingleTable) firstOrAdd(g uint64, id int) int {
	g |= 1 // keep 0 for empty slots
	mask := len(t.keys) - 1
	i := int(g>>32) & mask
	for t.keys[i] != 0 {
		if t.keys[i] == g {
			return int(t.ids[i])
		}
		i = (i + 1) & mask
	}
	t.keys[i], t.ids[i] = g, int32(id)
	if t.n++; 2*t.n > len(t.keys) {
		t.grow()
	}
	return -1
}

// grow doubles the table: it stays at most half full, so probes are short.
func (t *shingleTable) grow() {
	old, oldIDs := t.keys, t.ids
	t.keys, t.ids = make([]uint64, 2*len(old)), make([]int32, 2*len(old))
	mask := len(t.keys) - 1
	for k, g := range old {
		if g == 0 {
			continue
		}
		i := int(g>>32) & mask
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.ids[i] = g, oldIDs[k]
	}
}

// hit counts the shingles sentence q shares with the current one.
type hit struct{ q, n int }

// count adds one shared shingle of sentence q.
func count(tally []hit, q int) []hit {
	for i := range tally {
		if tally[i].q == q {
			tally[i].n++
			return tally
		}
	}
	return append(tally, hit{q, 1})
}

// sentencesOf cuts a block after every sentence end. It scans bytes:
// the marks it looks for are "。" (E3 80 82), "！" (EF BC 81), "？"
// (EF BC 9F) and ASCII.
func sentencesOf(b *block) []sentence {
	var out []sentence
	start, n := 0, 0 // sentence start, its non-space characters so far
	t := b.text
	cur := lineCursor{b: b}
	for i := 0; i < len(t); {
		c := t[i]
		end := 0
		switch {
		case c >= 0xE0 && c < 0xF0: // three bytes: Chinese text
			n++
			if (c == 0xE3 && strings.HasPrefix(t[i:], "。")) || (c == 0xEF && (strings.HasPrefix(t[i:], "！") || strings.HasPrefix(t[i:], "？"))) {
				end = i + 3
			}
			i += 3
		case c >= 0x80:
			n++
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
		default:
			if c != ' ' {
				n++
			}
			if c == '!' || c == '?' || (c == '.' && i+1 < len(t) && t[i+1] == ' ') {
				end = i + 1
			}
			i++
		}
		if end == 0 {
			continue
		}
		if n >= minQuoteLen {
			first := cur.at(start)
			out = append(out, sentence{trimSpace(t[start:end]), first, cur.at(end - 1)})
		}
		start, n = end, 0
	}
	if n >= minQuoteLen {
		out = append(out, sentence{trimSpace(t[start:]), cur.at(start), b.last})
	}
	return out
}

// shingles appends to out the sampled hashes of the sentence's character
// n-grams, spaces ignored: a polynomial rolling hash over the runes, the
// last gramLen of them kept in a ring.
func shingles(s string, out []uint64) []uint64 {
	const base = 1099511628211
	var top uint64 = 1 // base^(gramLen-1)
	for i := 1; i < gramLen; i++ {
		top *= base
	}
	var ring [gramLen]uint64
	var h uint64
	n, slot := 0, 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if c := s[i]; c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// decodeFirst's three-byte case, inline: nearly every rune
			r, size = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		} else if r >= utf8.RuneSelf {
			r, size = decodeFirst(s[i:])
		}
		i += size
		if r == ' ' || (r < 0x3001 && isSpace(r)) {
			continue
		}
		h = (h-ring[slot]*top)*base + uint64(r) // the oldest rune out, r in
		ring[slot] = uint64(r)
		if slot++; slot == gramLen {
			slot = 0
		}
		if n++; n >= gramLen {
			// Mix the bits before sampling: the low bits of a
			// polynomial hash depend on the last rune only.
			m := h * 0x9E3779B97F4A7C15
			if (m>>32)%gramSample == 0 {
				out = append(out, m)
			}
		}
	}
	return out
}
