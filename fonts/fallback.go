package fonts

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// Fallbacks returns the fonts to draw, after primary, the characters of
// runes that primary lacks: the bundled font first, then system fonts
// (TrueType or CFF, such as Noto CJK), each chosen for covering the most
// characters still missing.
// uncovered lists, once each and in order of first appearance, the
// characters no font covers. Control characters need no glyph and are
// ignored.
func Fallbacks(primary *Font, runes []rune) (chain []*Font, uncovered []rune) {
	missing := missingRunes(primary, runes)
	take := func(f *Font) bool {
		rest := missingRunes(f, missing)
		if len(rest) == len(missing) {
			return false
		}
		chain, missing = append(chain, f), rest
		return true
	}
	if len(missing) > 0 && !primary.bundled {
		take(Bundled())
	}
	if len(missing) == 0 {
		return chain, nil
	}
	faces, _ := systemFaces()
	tried := map[*scannedFace]bool{}
	for len(missing) > 0 {
		face := bestCover(faces, missing, tried)
		if face == nil {
			break
		}
		tried[face] = true
		if f, err := loadCached(face.Path, face.Index); err == nil {
			take(f)
		}
	}
	return chain, missing
}

// missingRunes returns the distinct non-control runes f lacks.
func missingRunes(f *Font, runes []rune) []rune {
	var out []rune
	seen := map[rune]bool{}
	for _, r := range runes {
		if seen[r] || unicode.IsControl(r) || f.HasRune(r) {
			continue
		}
		seen[r] = true
		out = append(out, r)
	}
	return out
}

// bestCover returns the untried usable face covering most of runes, or
// nil when none covers any.
func bestCover(faces []*scannedFace, runes []rune, tried map[*scannedFace]bool) *scannedFace {
	var best *scannedFace
	bestN := 0
	for _, s := range faces {
		if !s.Usable() || tried[s] {
			continue
		}
		n := 0
		for _, r := range runes {
			if s.has(r) {
				n++
			}
		}
		if n > bestN || n == bestN && n > 0 && betterFallback(s, best) {
			best, bestN = s, n
		}
	}
	return best
}

// betterFallback breaks a tie between two faces covering as many missing
// characters: the better GB2312 coverage, then the more regular face (a
// fallback sets body text), then the Simplified Chinese face of a family
// made for several regions (Noto CJK, Source Han), then a proportional
// one.
func betterFallback(a, b *scannedFace) bool {
	if a.GB2312 != b.GB2312 {
		return a.GB2312 > b.GB2312
	}
	if ra, rb := regularness(a), regularness(b); ra != rb {
		return ra < rb
	}
	if sa, sb := strings.HasSuffix(a.Family, " SC"), strings.HasSuffix(b.Family, " SC"); sa != sb {
		return sa
	}
	if ma, mb := strings.Contains(a.Family, "Mono"), strings.Contains(b.Family, "Mono"); ma != mb {
		return mb
	}
	return false
}

// BoldFor returns the bold face that goes with f: the bundled bold for the
// bundled fonts, f itself when it is bold, else a bold face of f's family
// on the system, or nil when there is none.
func BoldFor(f *Font) *Font {
	switch {
	case f == nil:
		return nil
	case f.bundled:
		return BundledBold()
	case isBold(f.style, f.weight):
		return f
	}
	faces, _ := systemFaces()
	var best *scannedFace
	for _, s := range faces {
		if !s.Usable() || !s.aliases.has(f.family) ||
			!isBold(s.Style, s.weight) || regularness(s) >= 1000 {
			continue
		}
		if best == nil || abs(s.weight-700) < abs(best.weight-700) {
			best = s
		}
	}
	if best == nil {
		return nil
	}
	bold, err := loadCached(best.Path, best.Index)
	if err != nil {
		return nil
	}
	return bold
}

func isBold(style string, weight int) bool {
	return weight >= 600 || strings.Contains(strings.ToLower(style), "bold")
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// loadedFonts caches system fonts read for fallback and bold lookup, so
// each file is read and parsed once per process.
var loadedFonts sync.Map // "path:index" -> *loadedFont

type loadedFont struct {
	once sync.Once
	font *Font
	err  error
}

func loadCached(path string, index int) (*Font, error) {
	v, _ := loadedFonts.LoadOrStore(fmt.Sprintf("%s:%d", path, index), new(loadedFont))
	l := v.(*loadedFont)
	l.once.Do(func() { l.font, l.err = LoadIndex(path, index) })
	return l.font, l.err
}
