// Package words tells where Chinese words end: a frequency list of
// Chinese characters and words of two to four characters, from jieba's
// dictionary (LICENSE; scripts/words rebuilds it), segments a run of
// characters into its likeliest words. Titles are broken between words,
// and the normalizer asks whether a line break cut one.
package words

import (
	_ "embed"
	"encoding/binary"
	"math"
)

// words.bin is read where it lies, so a run that breaks one title pays
// nothing to load the list (scripts/words writes it): "WRD1", the number
// of words n (uint32) and the total of their counts (float64), then the
// words as n ascending keys of 64 bits, then their n counts (uint32), all
// little-endian. A key holds a word's characters from its high end, 16
// bits each: the code point minus U+4E00, plus one.

//go:embed words.bin
var table []byte

const (
	firstHan, lastHan = 0x4E00, 0x9FFF // the range the list's characters are in
	headerSize        = 16
)

var (
	size    = int(binary.LittleEndian.Uint32(table[4:]))
	total   = math.Float64frombits(binary.LittleEndian.Uint64(table[8:]))
	keys    = table[headerSize : headerSize+8*size]
	counts  = table[headerSize+8*size:]
	unknown = math.Log(0.5 / math.Max(total, 1)) // log probability of a character not listed
)

// key packs a word of one to four characters of the list's range; ok is
// false for any other run.
func key(rs []rune) (k uint64, ok bool) {
	if len(rs) == 0 || len(rs) > 4 {
		return 0, false
	}
	for i, r := range rs {
		if r < firstHan || r > lastHan {
			return 0, false
		}
		k |= uint64(r-firstHan+1) << (48 - 16*i)
	}
	return k, true
}

// logp is the log probability of the word rs, by binary search of the
// keys; ok is false when the list does not have it.
func logp(rs []rune) (float64, bool) {
	k, ok := key(rs)
	if !ok {
		return 0, false
	}
	lo, hi := 0, size
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if binary.LittleEndian.Uint64(keys[8*m:]) < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == size || binary.LittleEndian.Uint64(keys[8*lo:]) != k {
		return 0, false
	}
	return math.Log(float64(binary.LittleEndian.Uint32(counts[4*lo:])) / total), true
}

// Ends segments a run of CJK characters the way jieba does without its
// model of unknown words: the segmentation whose words have the largest
// product of probabilities. It returns, for each boundary between rs[i-1]
// and rs[i] (and at 0 and len(rs)), whether a word ends there.
func Ends(rs []rune) []bool {
	_, from := segment(rs)
	ends := make([]bool, len(rs)+1)
	for i := len(rs); i > 0; i = from[i] {
		ends[i] = true
	}
	ends[0] = true
	return ends
}

// Score is the log probability of the likeliest segmentation of rs (see
// Ends): how well its characters read as words.
func Score(rs []rune) float64 {
	best, _ := segment(rs)
	return best[len(rs)]
}

// segment finds the likeliest segmentation of rs: best[i] is the log
// probability of the best one of rs[:i], from[i] where its last word
// starts.
func segment(rs []rune) (best []float64, from []int) {
	n := len(rs)
	best = make([]float64, n+1)
	from = make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = math.Inf(-1)
		for j := max(0, i-4); j < i; j++ {
			p, ok := logp(rs[j:i])
			if !ok {
				if i-j > 1 {
					continue
				}
				p = unknown
			}
			if s := best[j] + p; s > best[i] {
				best[i], from[i] = s, j
			}
		}
	}
	return best, from
}

// Splits reports whether the end of a and the start of b are one word
// cut in two: the likeliest segmentation of the characters around the
// join puts no word end there.
func Splits(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	ra, rb = ra[max(0, len(ra)-4):], rb[:min(4, len(rb))]
	if len(ra) == 0 || len(rb) == 0 {
		return false
	}
	return !Ends(append(append([]rune{}, ra...), rb...))[len(ra)]
}

// Size is the number of characters and words in the list.
func Size() int { return size }

// Known reports whether rs, of two to four characters, is a word of the
// list.
func Known(rs []rune) bool {
	if len(rs) < 2 {
		return false
	}
	_, ok := logp(rs)
	return ok
}

// Each calls f with every character and word of the list and its count,
// in the list's order.
func Each(f func(w []rune, count int)) {
	for i := range size {
		k := binary.LittleEndian.Uint64(keys[8*i:])
		var w []rune
		for s := 48; s >= 0 && k>>s&0xFFFF != 0; s -= 16 {
			w = append(w, rune(k>>s&0xFFFF)-1+firstHan)
		}
		f(w, int(binary.LittleEndian.Uint32(counts[4*i:])))
	}
}
