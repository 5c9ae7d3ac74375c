package convert

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// spacing removes the spaces layout left between Chinese characters and
// next to them ("2018 年以来", "开工 3451个", "27.4% ，"): Chinese text
// has none, the typesetters add their own quarter-em spacing. Spaces
// between Latin words stay. A space before "%" after a digit goes in any
// language. Bylines keep the spaces between names, so do the names of
// bodies that issue a document together, a numbered heading
// the space after its number ("01 深圳的3万亿之路"), and a chapter or an
// article the space after its number ("第六条 新建…").
type spacing struct{}

func (spacing) apply(d *draft) {
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.keep {
			continue
		}
		if k == 0 && b.kind == heading && b.level == 1 && spacedPhrases(b.text) {
			continue // "3.2万名跑者竞逐江城 2026云溪马拉松圆满落幕": a headline's two phrases
		}
		if b.kind == paragraph && issuers(b.text) {
			continue // "云溪市医疗保障局 国家税务总局云溪市税务局": bodies that issue it together
		}
		prefix := ""
		if b.kind == heading && headingPattern(b.text) == patNumbered {
			if i := strings.IndexByte(b.text, ' '); i > 0 && i <= 2 {
				prefix, b.text = b.text[:i+1], b.text[i+1:]
			}
		}
		if strings.HasPrefix(b.text, "第") && b.kind != byline {
			if m := ordinalPart.FindStringIndex(b.text); m != nil {
				// "第二章 停放管理", "第六条 新建住宅小区…": a regulation
				// sets its chapters' and articles' numbers apart.
				prefix, b.text = prefix+b.text[:m[1]], b.text[m[1]:]
			}
		}
		n, first, last := 0, 0, 0
		cur := lineCursor{b: b}
		b.text = prefix + dropSpaces(b.text, d.zh(), func(off int) {
			no := cur.at(off + len(prefix))
			if n == 0 {
				first = no
			}
			n, last = n+1, no
		})
		if n > 0 {
			d.note(first, last, "spacing", "removed "+plural(n, "space")+" next to CJK characters")
		}
	}
}

// spacedPhrases reports whether a title is two phrases a single space apart,
// each of six characters or more, three of them Chinese, the second
// opening with a figure after the first's last character: a headline
// parts its two phrases so ("…竞逐江城 2026云溪马拉松…"). A stray space
// falls inside a figure's phrase ("2026 年") or before a word (an
// issuer's name before "关于…", a space the extraction left), which
// goes.
func spacedPhrases(s string) bool {
	a, b, ok := strings.Cut(s, " ")
	return ok && !strings.Contains(b, " ") && phraseOfHeadline(a) && phraseOfHeadline(b) && isHan(lastRune(a)) && isDigit(firstRune(b))
}

func phraseOfHeadline(s string) bool {
	return runeCount(s) >= 6 && hanCount(s) >= 3 && unicode.In(firstRune(s), unicode.Han, unicode.Nd) && unicode.In(lastRune(s), unicode.Han, unicode.Nd)
}

// ordinalPart is a chapter's, section's or article's number at the start
// of a block, with the one space after it.
var ordinalPart = regexp.MustCompile(`^第[一二三四五六七八九十百零〇0-9]{1,5}[编章节条] `)

// dropSpaces removes the spaces of s that touch a CJK character (only in
// Chinese text) or sit between a digit and "%"; removed is called with the
// byte offset of each removed space.
func dropSpaces(s string, zh bool, removed func(off int)) string {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s
	}
	var b strings.Builder // empty until a space goes
	start := 0            // s[start:i] is still to be copied
	for i >= 0 {
		prev := lastRune(strings.TrimRight(s[:i], " "))
		next := firstRune(s[i+1:])
		if (zh && (isWide(prev) || isWide(next))) || (isDigit(prev) && next == '%') {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[start:i])
			start = i + 1
			removed(i)
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
