// Package words tells where Chinese words end: a frequency list of
// Chinese characters and words of two to four characters, from jieba's
// dictionary (LICENSE; scripts/words rebuilds it), segments a run of
// characters into its likeliest words. Titles are broken between words,
// and the normalizer asks whether a line break cut one.
package words

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
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
		counts := make(map[string]float64, 83000)
		total := 0.0
		if z, err := gzip.NewReader(bytes.NewReader(wordsGz)); err == nil {
			sc := bufio.NewScanner(z)
			for sc.Scan() {
				w, n, ok := strings.Cut(sc.Text(), " ")
				f, err := strconv.ParseFloat(n, 64)
				if !ok || err != nil || f <= 0 {
					continue
				}
				counts[strings.Clone(w)] = f
				total += f
			}
		}
		lex.logp = make(map[string]float64, len(counts))
		for w, f := range counts {
			lex.logp[w] = math.Log(f / total)
		}
		lex.unknown = math.Log(0.5 / math.Max(total, 1))
	})
	return &lex
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
