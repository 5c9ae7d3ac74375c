package fonts

import (
	"fmt"
	"unicode"
)

// Missing is a character none of a document's fonts can draw.
type Missing struct {
	Rune         rune
	Count        int // occurrences in the text
	Line, Column int // first occurrence, from 1; the column counts characters
}

func (m Missing) String() string {
	return fmt.Sprintf("U+%04X %q ×%d, first at line %d column %d", m.Rune, m.Rune, m.Count, m.Line, m.Column)
}

// MissingIn returns, in order of first appearance, the characters of text
// that none of fonts covers, with their counts and first positions.
// Control characters need no glyph and are never missing.
func MissingIn(text string, fonts ...*Font) []Missing {
	var out []Missing
	index := map[rune]int{}
	line, col := 1, 0
	for _, r := range text {
		col++
		if r == '\n' {
			line, col = line+1, 0
			continue
		}
		if unicode.IsControl(r) || FontFor(r, fonts...) != nil {
			continue
		}
		if i, seen := index[r]; seen {
			out[i].Count++
			continue
		}
		index[r] = len(out)
		out = append(out, Missing{Rune: r, Count: 1, Line: line, Column: col})
	}
	return out
}

// FontFor returns the first of fonts that has r, or nil.
func FontFor(r rune, fonts ...*Font) *Font {
	for _, f := range fonts {
		if f != nil && f.HasRune(r) {
			return f
		}
	}
	return nil
}
