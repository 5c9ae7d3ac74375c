package headline

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

// The word list: Chinese characters and words of two to four characters
// with their counts, from jieba's dictionary (WORDS-LICENSE;
// scripts/headline-words rebuilds it). It is read the first time a CJK
// title needs breaking.

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

func words() *lexicon {
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

// wordEnds segments a run of CJK characters the way jieba does without
// its model of unknown words: the segmentation whose words have the
// largest product of probabilities. It returns, for each boundary between
// rs[i-1] and rs[i], whether a word ends there.
func wordEnds(rs []rune) []bool {
	lx := words()
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
