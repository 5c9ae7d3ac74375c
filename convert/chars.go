package convert

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	xwidth "golang.org/x/text/width"
)

// controlChars removes control characters other than tabs (which become
// spaces): they are no text, and Markdown readers turn NUL into U+FFFD.
type controlChars struct{}

func (controlChars) apply(d *draft) {
	dirty := make([]bool, len(d.lines))
	inHalves(len(d.lines), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			dirty[i] = hasControl(d.lines[i].text)
		}
	})
	for i := range d.lines {
		l := &d.lines[i]
		if !dirty[i] {
			continue
		}
		var kept, removed strings.Builder
		for _, r := range l.text {
			switch {
			case r == '\t':
				kept.WriteByte(' ')
			case isControl(r):
				removed.WriteRune(r)
			default:
				kept.WriteRune(r)
			}
		}
		l.text = strings.TrimSpace(kept.String())
		l.blank = l.text == ""
		if removed.Len() > 0 {
			d.noteRemoved(l.no, "chars", removed.String(), fmt.Sprintf("removed %d control characters", len([]rune(removed.String()))))
		}
	}
}

// isControl is a C0/C1 control or a zero-width format character that OCR
// leaves behind.
func isControl(r rune) bool {
	return r != '\n' && (unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' || r == '\u00ad' ||
		(r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE) // noncharacters: YAML cannot hold them
}

// charRepairs fixes characters OCR gets wrong: full-width ASCII letters
// and digits, "∙" for the middle dot "·", and in Chinese text half-width
// ",;:?!()" and straight quotes where the full-width marks belong.
type charRepairs struct{}

func (charRepairs) apply(d *draft) {
	// Most lines have no character repairChars looks at; finding which
	// do reads each line on its own, in halves.
	marks := make([]bool, len(d.lines))
	inHalves(len(d.lines), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			marks[i] = mayNeedRepair(d.lines[i].text)
		}
	})
	inQuote := false
	prev := ""   // the line before in the same block
	before := "" // the line of text before, across blank lines
	for i := range d.lines {
		l := &d.lines[i]
		if l.blank || l.gone {
			inQuote = false
			if l.blank {
				prev = ""
			}
			continue
		}
		e := newEdits()
		read := l.text // the text marks[i] was found in
		if d.zh() {
			l.text = stopFromO(salutationColon(l.text, prev, e), e)
			l.text = strayCloser(l.text, before, e)
		}
		var changes map[string]int
		if d.zh() && prev != "" && strings.IndexByte(l.text, '"') >= 0 {
			// A quote the line before left open goes on into this one
			// ("从“望天水”到“放心" / "水\"").
			rs := []rune(prev)
			if k := lastQuote(rs); k >= 0 {
				inQuote = rs[k] == '“'
			}
		}
		if marks[i] || l.text != read {
			// (repairChars leaves a line without those characters
			// and the quote state as they are.)
			l.text, changes = repairChars(l.text, d.zh(), &inQuote, d.nextText(i))
		}
		if d.zh() {
			before := l.text
			l.text = repairOCRMarks(l.text, prev, d.nextText(i), d.textBeyondBlank(i), e)
			l.ruled = l.text != before && strings.ContainsRune("|｜‖", firstRune(before)) && !strings.ContainsRune("|｜‖", firstRune(l.text))
			l.markRead = e.headMark
		} else {
			l.text = repairEnglishOCR(l.text, e)
		}
		prev, before = l.text, l.text
		if changes == nil {
			changes = e.counts
		} else {
			for k, n := range e.counts {
				changes[k] += n
			}
		}
		if len(changes) > 0 {
			if len(e.removed) > 0 {
				d.noteRemoved(l.no, "chars", string(e.removed), "characters: "+describeChanges(changes))
			} else {
				d.note(l.no, l.no, "chars", "characters: "+describeChanges(changes))
			}
		}
	}
}

// textBeyondBlank is the text of the first line with text after the
// blank lines that follow line i ("" when line i+1 has text).
func (d *draft) textBeyondBlank(i int) string {
	j := i + 1
	for j < len(d.lines) && d.lines[j].gone {
		j++
	}
	if j == len(d.lines) || !d.lines[j].blank {
		return ""
	}
	for ; j < len(d.lines); j++ {
		if !d.lines[j].blank && !d.lines[j].gone {
			return d.lines[j].text
		}
	}
	return ""
}

// nextText is the text of the next non-blank line after line i ("" when
// a blank line or the end comes first).
func (d *draft) nextText(i int) string {
	for j := i + 1; j < len(d.lines); j++ {
		if d.lines[j].gone {
			continue
		}
		return d.lines[j].text
	}
	return ""
}

// repairChars repairs one line. inQuote carries straight-quote parity
// across lines; next is the following line, the context at the line end.
func repairChars(s string, zh bool, inQuote *bool, next string) (string, map[string]int) {
	if !mayNeedRepair(s) {
		return s, nil
	}
	rs := []rune(s)
	var changes map[string]int
	set := func(i int, r rune) {
		if changes == nil {
			changes = map[string]int{}
		}
		changes[fmt.Sprintf("%q→%q", string(rs[i]), string(r))]++
		rs[i] = r
	}
	// Neighbours skip spaces; past the line end the next line continues.
	prev := func(i int) rune {
		for j := i - 1; j >= 0; j-- {
			if !isSpace(rs[j]) {
				return rs[j]
			}
		}
		return 0
	}
	nextR := func(i int) rune {
		for j := i + 1; j < len(rs); j++ {
			if !isSpace(rs[j]) {
				return rs[j]
			}
		}
		return firstRune(next)
	}
	for i, r := range rs {
		switch {
		case isFullwidthAlnum(r):
			set(i, []rune(xwidth.Narrow.String(string(r)))[0])
		case r == '％' && isDigitish(prev(i)):
			set(i, '%')
		case r == '．' && isDigitish(prev(i)) && isDigitish(nextR(i)):
			set(i, '.')
		case r == '‐' || r == '‑':
			set(i, '-') // U+2010, U+2011: the hyphen as text writes it
		}
	}
	var spaceAfter []int // spaces to drop
	for i, r := range rs {
		p, n := prev(i), nextR(i)
		switch {
		case r == '∙' && (isWide(p) || isWide(n) || isDigit(p) || isDigit(n)):
			set(i, '·')
		case !zh:
		case strings.ContainsRune(",;:?!", r) && halfPunctInCJK(r, p, n):
			set(i, []rune(xwidth.Widen.String(string(r)))[0])
			if i+1 < len(rs) && rs[i+1] == ' ' && isWide(n) {
				// OCR's space after an ASCII mark: no paragraph
				// starts there ("各位代表! 回顾过去").
				spaceAfter = append(spaceAfter, i+1)
			}
		case r == '"' && (isWide(p) || isWide(n)):
			// A mark after a full-width opening one left open on the
			// line closes it ("“烟火气\""); else the ASCII ones alternate.
			if k := lastQuote(rs[:i]); k >= 0 {
				*inQuote = rs[k] == '“'
			}
			if *inQuote {
				set(i, '”')
			} else {
				set(i, '“')
			}
			*inQuote = !*inQuote
		case r == '(':
			if j := hanPair(rs, i); j > 0 {
				set(i, '（')
				set(j, '）')
			}
		case r == ')':
			// "（试行)": OCR read the closing bracket of a full-width
			// pair as the ASCII one.
			if k := slices.Index(rs[:i], '（'); k >= 0 && !slices.Contains(rs[k:i], '）') && !slices.Contains(rs[k:i], '(') &&
				strings.ContainsFunc(string(rs[k+1:i]), isHan) {
				set(i, '）')
			}
		}
	}
	if len(spaceAfter) > 0 {
		changes["space after a mark removed"] += len(spaceAfter)
		out := rs[:0]
		for i, r := range rs {
			if len(spaceAfter) > 0 && spaceAfter[0] == i {
				spaceAfter = spaceAfter[1:]
				continue
			}
			out = append(out, r)
		}
		rs = out
	}
	return string(rs), changes
}

// mayNeedRepair reports, scanning bytes for speed, whether s has a
// character some repair looks at: ",;:?!\"(", "∙" (E2 88 99), the
// hyphens U+2010 and U+2011 (E2 80 90/91), or a
// full-width digit, letter, "％" or "．" (EF BC 85/8E/90-99/A1-BA,
// EF BD 81-9A).
func mayNeedRepair(s string) bool {
	for i := 0; i < len(s); i++ {
		if !repairCue[s[i]] {
			i += cjkTail(s, i)
			continue // most bytes: a table look-up
		}
		switch c := s[i]; c {
		case ',', ';', ':', '?', '!', '"', '(', ')':
			return true
		case 0xE2:
			if strings.HasPrefix(s[i:], "∙") || strings.HasPrefix(s[i:], "‐") || strings.HasPrefix(s[i:], "‑") {
				return true
			}
		case 0xEF:
			if i+2 < len(s) {
				b, c := s[i+1], s[i+2]
				if (b == 0xBC && (c == 0x85 || c == 0x8E || (c >= 0x90 && c <= 0x99) || (c >= 0xA1 && c <= 0xBA))) ||
					(b == 0xBD && c >= 0x81 && c <= 0x9A) {
					return true
				}
			}
		}
	}
	return false
}

// repairCue marks the bytes mayNeedRepair looks at.
var repairCue = func() (t [256]bool) {
	for _, c := range []byte(",;:?!\"()\xE2\xEF") {
		t[c] = true
	}
	return t
}()

// hasControl reports, scanning bytes for speed, whether s may hold a
// character isControl removes.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !controlCue[c] {
			i += cjkTail(s, i)
			continue // most bytes: a table look-up
		}
		switch {
		case c < 0x20 || c == 0x7F:
			return true
		case c == 0xC2 || c >= 0xF0:
			if r, _ := utf8.DecodeRuneInString(s[i:]); isControl(r) {
				return true
			}
		case (c == 0xE2 || c == 0xEF) && i+1 < len(s):
			// Only U+200B (E2 80 8B), U+FDD0-FDEF (EF B7), U+FEFF
			// (EF BB) and U+FFFE/FFFF (EF BF) are controls here: the
			// second byte rules out the common marks without decoding.
			if d := s[i+1]; (c == 0xE2 && d == 0x80) || (c == 0xEF && (d == 0xB7 || d == 0xBB || d == 0xBF)) {
				if r, _ := utf8.DecodeRuneInString(s[i:]); isControl(r) {
					return true
				}
			}
		}
	}
	return false
}

// controlCue marks the bytes hasControl looks at.
var controlCue = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c == 0x7F || c == 0xC2 || c >= 0xF0 || c == 0xE2 || c == 0xEF
	}
	return t
}()

func isFullwidthAlnum(r rune) bool {
	return (r >= '０' && r <= '９') || (r >= 'Ａ' && r <= 'Ｚ') || (r >= 'ａ' && r <= 'ｚ')
}

func isDigitish(r rune) bool { return isDigit(r) || (r >= '０' && r <= '９') }

// halfPunctInCJK decides whether a half-width mark sits in Chinese text:
// Chinese follows it, and Chinese, a number or a Latin word precedes it
// ("5%,两年"); or Chinese precedes it at the end of the text.
func halfPunctInCJK(r, p, n rune) bool {
	if r == ':' && isDigit(p) && isDigit(n) {
		return false
	}
	if isWide(n) {
		return isWide(p) || isDigit(p) || isLatin(p) || p == '%'
	}
	return isHan(p) && (n == 0 || isWide(n))
}

// splitBrackets makes full-width the ASCII brackets of a pair around
// Chinese text that a line break parted ("（一）统筹推进重点工程（2026" /
// "—2027年）"): the line passes saw the halves apart.
type splitBrackets struct{}

func (splitBrackets) apply(d *draft) {
	if !d.zh() {
		return
	}
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.keep || !strings.Contains(b.text, "(") || !strings.Contains(b.text, ")") {
			continue
		}
		rs := []rune(b.text)
		n := 0
		for i, r := range rs {
			if r != '(' {
				continue
			}
			if j := hanPair(rs, i); j > 0 {
				rs[i], rs[j] = '（', '）'
				n++
			}
		}
		if n > 0 {
			b.text = string(rs)
			d.note(b.first, b.last, "chars", fmt.Sprintf("ASCII brackets around Chinese text made full-width ×%d", n))
		}
	}
}

// hanPair returns the index of the ")" closing the "(" at rs[i] around
// Chinese text, which takes full-width brackets, or -1.
func hanPair(rs []rune, i int) int {
	if j := matchParen(rs, i); j > 0 && slices.ContainsFunc(rs[i+1:j], isHan) {
		return j
	}
	return -1
}

// matchParen returns the index of the ")" closing rs[i], or -1.
func matchParen(rs []rune, i int) int {
	depth := 0
	for j := i; j < len(rs); j++ {
		switch rs[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

func describeChanges(c map[string]int) string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k
		if c[k] > 1 {
			parts[i] += fmt.Sprintf(" ×%d", c[k])
		}
	}
	return strings.Join(parts, ", ")
}

// lastQuote returns the index of the last double quote mark in rs, -1
// for none.
func lastQuote(rs []rune) int {
	for k := len(rs) - 1; k >= 0; k-- {
		if rs[k] == '“' || rs[k] == '”' {
			return k
		}
	}
	return -1
}

// isAllDigits reports whether s is ASCII digits only.
func isAllDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// urlLike reports whether a field of s is a web address.
func urlLike(s string) bool {
	for _, f := range strings.Fields(s) {
		if urlPattern.MatchString(f) {
			return true
		}
	}
	return false
}
