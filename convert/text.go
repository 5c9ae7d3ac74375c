package convert

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cjk-publish/publish/markdown"
)

// Character classes shared by the passes.

func isSpace(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || (r >= '\t' && r <= '\r')
	case r > 0x3000:
		return false // CJK text: no Unicode space lies above U+3000
	}
	return unicode.IsSpace(r)
}

// hasSpace reports, scanning bytes for speed, whether s has a character
// isSpace accepts: ASCII white space, U+0085, U+00A0 (C2 85/A0), U+1680
// (E1 9A 80), U+2000-U+200A, U+2028, U+2029, U+202F (E2 80 80-8A/A8/A9/AF),
// U+205F (E2 81 9F) or U+3000 (E3 80 80).
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			if c == ' ' || (c >= '\t' && c <= '\r') {
				return true
			}
			continue
		}
		if i+1 >= len(s) {
			break
		}
		b := s[i+1]
		switch c {
		case 0xC2:
			if b == 0x85 || b == 0xA0 {
				return true
			}
		case 0xE1, 0xE2, 0xE3:
			if i+2 >= len(s) {
				break
			}
			t := s[i+2]
			switch {
			case c == 0xE1 && b == 0x9A && t == 0x80,
				c == 0xE2 && b == 0x80 && (t <= 0x8A || t == 0xA8 || t == 0xA9 || t == 0xAF),
				c == 0xE2 && b == 0x81 && t == 0x9F,
				c == 0xE3 && b == 0x80 && t == 0x80:
				return true
			}
		}
	}
	return false
}

// wideSpaceAt reports whether s holds at byte i a character isSpace
// accepts beyond ASCII, from its bytes (as hasSpace reads them, but for
// the invalid sequences it takes for spaces).
func wideSpaceAt(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	c, b := s[i], s[i+1]
	switch c {
	case 0xC2:
		return b == 0x85 || b == 0xA0
	case 0xE1, 0xE2, 0xE3:
		if i+2 >= len(s) {
			return false
		}
		t := s[i+2]
		switch {
		case c == 0xE1 && b == 0x9A && t == 0x80,
			c == 0xE2 && b == 0x80 && (t >= 0x80 && t <= 0x8A || t == 0xA8 || t == 0xA9 || t == 0xAF),
			c == 0xE2 && b == 0x81 && t == 0x9F,
			c == 0xE3 && b == 0x80 && t == 0x80:
			return true
		}
	}
	return false
}

func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case r >= 0xFF00 && r <= 0xFFEF, r >= 0x3008 && r <= 0x3020, r >= 0x3000 && r <= 0x3004:
		return false // full-width forms and CJK punctuation: the common non-Han characters
	}
	return unicode.Is(unicode.Han, r)
}

// hanCount counts the Chinese characters of s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// allHan reports whether s holds Chinese characters only.
func allHan(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return !isHan(r) })
}

// isWide is a CJK character or full-width mark: no space is written next
// to one in Chinese text.
func isWide(r rune) bool {
	switch {
	case r < 0xB7:
		return false
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFF60:
		return true // the common cases first: markdown.IsWide searches Unicode tables
	case r < 0x1100:
		return r == '·'
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '∙':
		return true
	}
	return markdown.IsWide(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLatin(r rune) bool { return r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') }

func isLower(r rune) bool { return r >= 'a' && r <= 'z' }

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

// closers may follow a sentence's final mark ("…。”").
const closers = "”’」』）)》〕】\"'"

// terminals end a sentence.
const terminals = "。！？!?…．."

// softEnds end a line in mid sentence.
const softEnds = "，、；,;—–-"

// noStart cannot begin a paragraph: a line starting with one continues
// the text before it.
const noStart = "，。、；：？！”’）》」』】〕…%,;:)"

// width is the printed width of s in half-em units (a CJK character is 2,
// a digit or Latin letter 1), spaces not counted: OCR adds and drops them.
func width(s string) int {
	w := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				w++
			}
			i++
			continue
		}
		if c := s[i]; c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && !(c == 0xE4 && s[i+1] == 0xB7) {
			w += 2 // U+4000-U+9FFF but U+4DC0-4DFF: Han, wide
			i += 3
			continue
		}
		if c := s[i]; (c == 0xE3 || c == 0xEF) && i+2 < len(s) && s[i+2]&0xC0 == 0x80 {
			// The common marks, without decoding: U+3001-U+303F
			// ("。", "、", "《") and U+FF00-U+FF3F ("，", "：", "（") are
			// wide, U+3000 is a space.
			if d := s[i+1]; c == 0xE3 && d == 0x80 || c == 0xEF && d == 0xBC {
				if c == 0xEF || s[i+2] != 0x80 {
					w += 2
				}
				i += 3
				continue
			}
		}
		r, size := decodeFirst(s[i:])
		i += size
		switch {
		case isSpace(r):
		case isWide(r):
			w += 2
		default:
			w++
		}
	}
	return w
}

// trimSpace is strings.TrimSpace, which returns most lines as they are:
// it looks at their edge characters first.
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	if f, _ := decodeFirst(s); !isSpace(f) {
		if l, _ := decodeLast(s); !isSpace(l) {
			return s
		}
	}
	return strings.TrimSpace(s)
}

// indexSpace is strings.IndexFunc(s, unicode.IsSpace), from the bytes.
func indexSpace(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || (c >= '\t' && c <= '\r') || (c == 0xC2 || c >= 0xE1 && c <= 0xE3) && wideSpaceAt(s, i) {
			return i
		}
	}
	return -1
}

// runeCount is the number of non-space characters of s.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				n++
			}
			i++
			continue
		}
		if c >= 0xE4 && c <= 0xE9 {
			// U+4000-U+9FFF, no space: counted without decoding.
			if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				n++
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			n++
		}
		i += size
	}
	return n
}

// lastRune and firstRune return the edge characters of s (0 when s is
// empty).
func lastRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := decodeLast(s)
	return r
}

func firstRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := decodeFirst(s)
	return r
}

// containsAnyOf is strings.ContainsAny for a few characters that are
// not ASCII: a byte search for each, where strings.ContainsAny looks up
// every character of s among chars.
func containsAnyOf(s, chars string) bool {
	for i := 0; i < len(chars); {
		_, n := decodeFirst(chars[i:])
		if strings.Contains(s, chars[i:i+n]) {
			return true
		}
		i += n
	}
	return false
}

// decodeFirst is utf8.DecodeRuneInString with the three-byte characters
// of CJK text (lead bytes E1-EC, EE, EF, which take any continuation
// bytes) decoded inline.
func decodeFirst(s string) (rune, int) {
	if len(s) >= 3 {
		if c := s[0]; c >= 0xE1 && c <= 0xEF && c != 0xED && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLast is utf8.DecodeLastRuneInString with the fast path of
// decodeFirst.
func decodeLast(s string) (rune, int) {
	if n := len(s); n >= 3 {
		if c := s[n-3]; c >= 0xE1 && c <= 0xEF && c != 0xED && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// endMark returns the last character of s that is not a closing quote or
// bracket.
func endMark(s string) rune {
	// A loop over the last runes: strings.TrimRight with a non-ASCII
	// cutset is slow, and this runs for every line.
	for t := s; t != ""; {
		r, size := decodeLast(t)
		if !isCloser(r) {
			return r
		}
		t = t[:len(t)-size]
	}
	return lastRune(s) // closers only
}

// isCloser reports whether r is one of closers.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '〕', '】', '"', '\'':
		return true
	}
	return false
}

// endsSentence reports whether s ends a sentence. A period after a digit
// ends one only when next does not continue the number.
func endsSentence(s, next string) bool {
	m := endMark(s)
	if !markIn(terminals, m) {
		return false
	}
	if m == '.' || m == '．' {
		t := strings.TrimRight(s, closers)
		t = t[:len(t)-len(string(m))]
		if isDigit(lastRune(t)) && isDigit(firstRune(next)) {
			return false
		}
		if beforeName(t) {
			return false // "…the regional director, Mr." / "Lindqvist"
		}
	}
	return true
}

// nameTitles are the abbreviations English sets before a name: a line
// that ends with one goes on with the name.
var nameTitles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true,
	"Sen": true, "Rep": true, "Gov": true, "Gen": true, "Lt": true, "Col": true,
	"Capt": true, "Sgt": true, "Rev": true, "Hon": true, "Messrs": true, "Mt": true,
}

// beforeName reports whether t (a line without its final full stop) ends
// with a title before a name ("Mr") or a name's initial ("John F").
func beforeName(t string) bool {
	w := t[strings.LastIndexAny(t, " \t(“\"")+1:]
	if nameTitles[w] {
		return true
	}
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && len(t) > 1
}

// endsSoft reports whether s ends in mid sentence with a comma-like mark.
func endsSoft(s string) bool {
	return markIn(softEnds, lastRune(s))
}

// markIn is strings.ContainsRune for a set of marks with no Chinese
// character in it: those, most of any text, skip the search.
func markIn(marks string, r rune) bool {
	return (r < 0x4E00 || r > 0x9FFF) && strings.ContainsRune(marks, r)
}

// hasEndPunct reports whether s ends with any punctuation.
func hasEndPunct(s string) bool {
	r := endMark(s)
	if r >= 0x4E00 && r <= 0x9FFF {
		return false // the common case, a Chinese character, without the table lookup
	}
	return unicode.IsPunct(r) || strings.ContainsRune(terminals+softEnds+"：:", r)
}

// cannotStart reports whether s begins with a character that never starts
// a paragraph.
func cannotStart(s string, zh bool) bool {
	r := firstRune(s)
	if markIn(noStart, r) {
		return true
	}
	return !zh && isLower(r)
}

// collapseSpaces turns every run of whitespace into one ASCII space.
func collapseSpaces(s string) string {
	if !spaceToCollapse(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// cjkTail is 2 where s[i] leads a three-byte character whose two
// continuation bytes follow, else 0: the scans below look for ASCII and
// lead bytes only, so they skip those of Chinese text at once.
func cjkTail(s string, i int) int {
	if c := s[i]; c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return 2
	}
	return 0
}

// spaceToCollapse reports, in one scan of its bytes, whether s has two
// ASCII spaces in a row or white space other than the ASCII space
// (hasOddSpace).
func spaceToCollapse(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !spaceCue[c] {
			i += cjkTail(s, i)
			continue // most bytes: a table look-up
		}
		switch {
		case c == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case c >= '\t' && c <= '\r':
			return true
		case wideSpaceAt(s, i):
			return true
		}
	}
	return false
}

// spaceCue marks the bytes a white space character starts with: the
// ASCII space and white space, and the lead bytes of the other spaces.
var spaceCue = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\v\f\r\xC2\xE1\xE2\xE3") {
		t[c] = true
	}
	return t
}()

// hasOddSpace reports, scanning bytes for speed, whether s has whitespace
// other than the ASCII space. Unicode spaces are encoded with the lead
// bytes C2, E1, E2 and E3.
func hasOddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '\t' && c <= '\r':
			return true
		case c == 0xC2 || (c >= 0xE1 && c <= 0xE3):
			if wideSpaceAt(s, i) {
				return true
			}
		}
	}
	return false
}

// byteBefore reports whether s has byte b with a byte that ok accepts
// right after it.
func byteBefore(s string, b byte, ok func(byte) bool) bool {
	for i := strings.IndexByte(s, b); i >= 0 && i+1 < len(s); {
		if ok(s[i+1]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], b)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
