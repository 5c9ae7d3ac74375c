// Package words tells where Chinese words end: a frequency list of
// Chinese characters and words of two to four characters, from jieba's
// dictionary (LICENSE; scripts/words rebuilds it), segments a run of
// characters into its likeliest words. Titles are broken between words,
// and the normalizer asks whether a line break cut one.
package words

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
)

// The word list is read on first use.

//go:embed words.txt.gz
var wordsGz []byte

type lexicon struct {
	logp    map[string]float64 // log probability of each word
	unknown float64            // log probability of a character not listed
}

var (
	lexOnce sync.Once
	lex     lexicon
)

func list() *lexicon {
	lexOnce.Do(func() {
		// One string holds the whole list and the map's keys are slices
		// of it: the list is read at the start of most runs, so reading
		// it makes no string per word and builds one map.
		var text string
		if z, err := gzip.NewReader(bytes.NewReader(wordsGz)); err == nil {
			if b, err := io.ReadAll(z); err == nil {
				text = string(b)
			}
		}
		total := 0.0
		n := 0
		for rest := text; rest != ""; {
			var ln string
			ln, rest, _ = strings.Cut(rest, "\n")
			if f, ok := count(ln); ok {
				total += f
				n++
			}
		}
		lex.logp = make(map[string]float64, n)
		for rest := text; rest != ""; {
			var ln string
			ln, rest, _ = strings.Cut(rest, "\n")
			if f, ok := count(ln); ok {
				w, _, _ := strings.Cut(ln, " ")
				lex.logp[w] = math.Log(f / total)
			}
		}
		lex.unknown = math.Log(0.5 / math.Max(total, 1))
	})
	return &lex
}

// count reads the count of a line "WORD COUNT" of the list; ok is false
// for a line without a positive count.
func count(ln string) (float64, bool) {
	_, n, ok := strings.Cut(ln, " ")
	if !ok {
		return 0, false
	}
	v, err := strconv.Atoi(n)
	if err != nil {
		f, ferr := strconv.ParseFloat(n, 64)
		if ferr != nil {
			return 0, false
		}
		return f, f > 0
	}
	return float64(v), v > 0
}

// Ends segments a run of CJK characters the way jieba does without its
// model of unknown words: the segmentation whose words have the largest
// product of probabilities. It returns, for each boundary between rs[i-1]
// and rs[i] (and at 0 and len(rs)), whether a word ends there.
func Ends(rs []rune) []bool {
	lx := list()
	n := len(rs)
	best := make([]float64, n+1)
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = math.Inf(-1)
		for j := max(0, i-4); j < i; j++ {
			p, ok := lx.logp[string(rs[j:i])]
			if !ok {
				if i-j > 1 {
					continue
				}
				p = lx.unknown
			}
			if s := best[j] + p; s > best[i] {
				best[i], from[i] = s, j
			}
		}
	}
	ends := make([]bool, n+1)
	for i := n; i > 0; i = from[i] {
		ends[i] = true
	}
	ends[0] = true
	return ends
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
func Size() int { return len(list().logp) }
