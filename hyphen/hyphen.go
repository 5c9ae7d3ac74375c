// Package hyphen finds where words may be hyphenated, by Liang's
// algorithm with the TeX hyphenation patterns of hyph-utf8 for the
// document's language. The pattern files are bundled unmodified in
// patterns/, each with its authors' licence in its header.
package hyphen

import (
	"embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

//go:embed patterns/*.tex
var files embed.FS

// Patterns hyphenates the words of one language.
type Patterns struct {
	Tag         string             // hyph-utf8 name, e.g. "en-us"
	left, right int                // fewest letters before and after a hyphen
	values      map[string][]uint8 // letters -> inter-letter values (len+1)
	longest     int                // letters of the longest pattern
	exceptions  map[string][]int   // whole words -> hyphen positions
	apostrophe  bool               // the patterns know apostrophes (French l'homme)
}

// languages maps BCP 47 primary subtags (and whole tags) to pattern files.
var languages = map[string]string{
	"en": "en-us", "en-us": "en-us", "en-gb": "en-gb", "en-au": "en-gb", "en-nz": "en-gb",
	"en-ie": "en-gb", "en-in": "en-gb", "en-za": "en-gb",
	"de": "de-1996", "fr": "fr", "es": "es", "it": "it", "pt": "pt",
}

// Languages lists the BCP 47 tags with patterns.
func Languages() []string {
	return []string{"de", "en", "en-GB", "en-US", "es", "fr", "it", "pt"}
}

var (
	mu     sync.Mutex
	loaded = map[string]*Patterns{}
)

// For returns the patterns for a BCP 47 language tag ("en", "en-GB",
// "de-CH"), or false when none are bundled.
func For(lang string) (*Patterns, bool) {
	l := strings.ToLower(strings.ReplaceAll(lang, "_", "-"))
	tag, ok := languages[l]
	if !ok {
		parts := strings.Split(l, "-")
		if len(parts) >= 2 {
			tag, ok = languages[parts[0]+"-"+parts[len(parts)-1]]
		}
		if !ok {
			tag, ok = languages[parts[0]]
		}
	}
	if !ok {
		return nil, false
	}
	mu.Lock()
	defer mu.Unlock()
	if p := loaded[tag]; p != nil {
		return p, true
	}
	data, err := files.ReadFile("patterns/hyph-" + tag + ".tex")
	if err != nil {
		panic("hyphen: bundled patterns missing: " + err.Error())
	}
	p, err := Parse(tag, string(data))
	if err != nil {
		panic("hyphen: bundled patterns broken: " + err.Error())
	}
	loaded[tag] = p
	return p, true
}

var minsRe = regexp.MustCompile(`(?m)^%\s+typesetting:\s*\n%\s+left:\s*(\d+)\s*\n%\s+right:\s*(\d+)`)

// Parse reads a hyph-utf8 pattern file: \patterns{...}, an optional
// \hyphenation{...} list of exceptions, and the hyphenmins of its header
// (2 and 3 when it gives none).
func Parse(tag, tex string) (*Patterns, error) {
	p := &Patterns{Tag: tag, left: 2, right: 3, values: map[string][]uint8{}, exceptions: map[string][]int{}}
	if m := minsRe.FindStringSubmatch(tex); m != nil {
		p.left, _ = strconv.Atoi(m[1])
		p.right, _ = strconv.Atoi(m[2])
	}
	var body strings.Builder
	for _, line := range strings.Split(tex, "\n") {
		if k := strings.IndexByte(line, '%'); k >= 0 {
			line = line[:k]
		}
		body.WriteString(line)
		body.WriteByte('\n')
	}
	text := body.String()
	pats, ok := group(text, `\patterns{`)
	if !ok {
		return nil, fmt.Errorf("%s: no \\patterns{...}", tag)
	}
	for _, pat := range strings.Fields(pats) {
		letters, values := splitPattern(pat)
		if letters == "" {
			return nil, fmt.Errorf("%s: pattern %q has no letters", tag, pat)
		}
		p.values[letters] = values
		p.apostrophe = p.apostrophe || strings.ContainsRune(letters, '\'')
		p.longest = max(p.longest, len([]rune(letters)))
	}
	if exc, ok := group(text, `\hyphenation{`); ok {
		for _, w := range strings.Fields(exc) {
			var pos []int
			n := 0
			for _, r := range w {
				if r == '-' {
					pos = append(pos, n)
					continue
				}
				n++
			}
			p.exceptions[strings.ToLower(strings.ReplaceAll(w, "-", ""))] = pos
		}
	}
	return p, nil
}

// group returns the text between open and its closing brace.
func group(text, open string) (string, bool) {
	k := strings.Index(text, open)
	if k < 0 {
		return "", false
	}
	rest := text[k+len(open):]
	e := strings.IndexByte(rest, '}')
	if e < 0 {
		return "", false
	}
	return rest[:e], true
}

// splitPattern turns "a1b2c" into "abc" and the values [0 1 2 0].
func splitPattern(pat string) (string, []uint8) {
	var letters strings.Builder
	values := []uint8{0}
	for _, r := range pat {
		if r >= '0' && r <= '9' {
			values[len(values)-1] = uint8(r - '0')
			continue
		}
		letters.WriteRune(r)
		values = append(values, 0)
	}
	return letters.String(), values
}

// Points returns the positions in word (counted in runes) before which a
// hyphen may go. Words with characters other than letters (and an inner
// apostrophe) are left whole.
func (p *Patterns) Points(word string) []int {
	if k := strings.IndexAny(word, "'’"); k > 0 && !p.apostrophe {
		word = word[:k] // Lincoln's: only the word before the apostrophe
	}
	rs := []rune(strings.ToLower(word))
	n := len(rs)
	if n < p.left+p.right {
		return nil
	}
	for _, r := range rs {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return nil
		}
	}
	if pos, ok := p.exceptions[string(rs)]; ok {
		return pos
	}
	dotted := make([]rune, 0, n+2)
	dotted = append(dotted, '.')
	for _, r := range rs {
		if r == '’' {
			r = '\'' // the patterns spell the apostrophe in ASCII
		}
		dotted = append(dotted, r)
	}
	dotted = append(dotted, '.')
	s := string(dotted)
	// Byte offsets of each rune, so substrings need no allocation.
	offs := make([]int, 0, len(dotted)+1)
	for i := range s {
		offs = append(offs, i)
	}
	offs = append(offs, len(s))
	score := make([]uint8, len(dotted)+1)
	for i := 0; i < len(dotted); i++ {
		for l := 1; l <= p.longest && i+l <= len(dotted); l++ {
			v, ok := p.values[s[offs[i]:offs[i+l]]]
			if !ok {
				continue
			}
			for k, x := range v {
				if x > score[i+k] {
					score[i+k] = x
				}
			}
		}
	}
	var out []int
	// score[j] sits before dotted[j]; word rune k is dotted[k+1].
	for k := p.left; k <= n-p.right; k++ {
		if score[k+1]%2 == 1 {
			out = append(out, k)
		}
	}
	return out
}

// Hyphenate returns word with a hyphen at every point, for tests and
// debugging: "hy-phen-ation".
func (p *Patterns) Hyphenate(word string) string {
	rs := []rune(word)
	var b strings.Builder
	pts := p.Points(word)
	for i, r := range rs {
		if len(pts) > 0 && pts[0] == i {
			b.WriteByte('-')
			pts = pts[1:]
		}
		b.WriteRune(r)
	}
	return b.String()
}
