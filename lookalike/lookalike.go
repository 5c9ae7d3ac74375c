// Package lookalike tells which Chinese characters OCR reads as others:
// pairs.txt, counted by scripts/lookalike from pages of real words it set
// in Debian's CJK fonts at text and heading sizes and read back with
// Tesseract. The normalizer reads a heading's character that makes no
// word with its neighbours as one OCR takes for it that does.
package lookalike

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed pairs.txt
var pairs string

// Read is a character OCR read another as, and how often.
type Read struct {
	As    rune // the character set on the page
	Times int  // times scripts/lookalike saw it read so
}

// table maps a character read to the characters set that were read as
// it, most often first (pairs.txt's order).
var table = sync.OnceValue(func() map[rune][]Read {
	m := map[rune][]Read{}
	for _, line := range strings.Split(pairs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		read, _ := utf8.DecodeRuneInString(f[0])
		set, _ := utf8.DecodeRuneInString(f[1])
		n, err := strconv.Atoi(f[2])
		if err != nil {
			continue
		}
		m[read] = append(m[read], Read{set, n})
	}
	return m
})

// Of returns the characters that OCR has read as r, most often first.
func Of(r rune) []Read { return table()[r] }
