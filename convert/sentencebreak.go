package convert

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// sentenceBreaks starts a new paragraph where layout ran two paragraphs
// together on one line with a space between them ("…势头良好。 这五年，…").
// Only a Chinese sentence end followed by a space and Chinese text counts:
// before a digit or a Latin letter the space is a stray one around a
// number ("超10%。 8 家全国重点实验室"), and English puts spaces after
// every sentence.
type sentenceBreaks struct{}

func (sentenceBreaks) apply(d *draft) {
	if !d.zh() || narrowColumns(d.lines) {
		return
	}
	var out []line // nil until a line splits
	for i, l := range d.lines {
		var parts []string
		if !l.blank && !l.gone && !l.spaced {
			parts = splitSentences(l.text)
			if head, rest, ok := runInHead(l.text); ok {
				parts = append([]string{head}, splitSentences(rest)...)
				if len(parts) == 1 {
					parts = append(parts, rest)
				}
			}
		}
		if len(parts) <= 1 {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]line, 0, len(d.lines)+8), d.lines[:i]...)
		}
		for k, p := range parts {
			piece := l
			piece.text = p
			if len(parts) > 1 {
				piece.lineW = width(l.text)
			}
			if k > 0 {
				piece.split, piece.indent = true, false
				d.note(l.no, l.no, "split", fmt.Sprintf("new paragraph in mid line after %q", tail(parts[k-1], 8)))
			}
			out = append(out, piece)
		}
	}
	if out != nil {
		d.lines = out
	}
}

// narrowColumns reports whether the text is set in newspaper columns of
// twenty-four characters or fewer (its full lines, the upper quartile of the
// widths, are that narrow). Paragraphs there never share a line: each
// opens on a line of its own, and a space after a sentence end is OCR's.
func narrowColumns(lines []line) bool {
	ws := collectInHalves(len(lines), func(lo, hi int) []int {
		ws := make([]int, 0, hi-lo)
		for _, l := range lines[lo:hi] {
			if !l.blank && !l.gone {
				ws = append(ws, width(l.text))
			}
		}
		return ws
	})
	if len(ws) < 20 {
		return false
	}
	slices.Sort(ws)
	return ws[len(ws)-1-len(ws)/4] <= 48
}

// splitSentences cuts s (nil: s stays whole) after "。", "！" or "？" (and closing quotes) when
// spaces and then Chinese text follow.
func splitSentences(s string) []string {
	if !strings.Contains(s, " ") && !strings.Contains(s, "\u3000") {
		return nil // no space: nothing to cut at
	}
	if !strings.Contains(s, "。") && !strings.Contains(s, "！") && !strings.Contains(s, "？") {
		return nil
	}
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		r, size := decodeFirst(s[i:])
		i += size
		if r != '。' && r != '！' && r != '？' {
			continue
		}
		end := i
		for end < len(s) {
			c, n := utf8.DecodeRuneInString(s[end:])
			if !strings.ContainsRune(closers, c) {
				break
			}
			end += n
		}
		k := end
		for k < len(s) && (s[k] == ' ' || strings.HasPrefix(s[k:], "\u3000")) {
			if s[k] == ' ' {
				k++
			} else {
				k += len("\u3000")
			}
		}
		if k > end && k < len(s) && opensChinese(firstRune(s[k:])) {
			parts = append(parts, strings.TrimSpace(s[start:end]))
			start = end
		}
		i = end
	}
	return append(parts, strings.TrimSpace(s[start:]))
}

// runInHead splits a line that opens with a numbered title set off by a
// space from the text run in after it ("（一）推进城乡融合发展 全县新改建
// …"): the title, a phrase with no mark, and the text, which goes on with
// a clause, not a sentence's end within six characters (OCR's stray
// space in a run-in head that is a sentence: "（一）产业发展 量质齐升。").
// OCR may read the change of weight after the title as a quote mark,
// with a space or none.
func runInHead(s string) (head, rest string, ok bool) {
	m := numberedTitle.FindStringIndex(s)
	if m == nil {
		return "", "", false
	}
	from := m[1] + len(s[m[1]:]) - len(strings.TrimLeft(s[m[1]:], " "))
	i := titleEnd(s[from:])
	if i < 0 {
		return "", "", false
	}
	head, rest = s[:from+i], strings.TrimLeft(s[from+i:], " \u3000")
	title := s[from : from+i]
	clause := strings.IndexFunc(rest, func(r rune) bool { return strings.ContainsRune("，。；、！？", r) })
	if n := runeCount(title); n < 4 || n > 24 || containsAnyOf(unquoted(title), "，。；：！？、,.;:!?") || !strings.ContainsFunc(title, isHan) ||
		rest == "" || !opensChinese(firstRune(rest)) && firstRune(rest) != '”' || runeCount(rest) < 8 || clause < 0 ||
		strings.ContainsRune("。！？", firstRune(rest[clause:])) && runeCount(rest[:clause]) < 6 {
		return "", "", false
	}
	return head, rest, true
}

// titleEnd finds where a run-in title ends in s, the text after its
// number: at the first space, or where OCR read the change of weight
// after it as a quote mark and left no space, a closing quote that closes
// nothing ("大力促进消费”各地…") or an opening one that nothing after it
// on the line closes, no space either ("持续改善民生“今年以来…"); -1 for
// none. A quote right after the number is the title's, or a speck.
func titleEnd(s string) int {
	depth := 0
	for i, r := range s {
		switch {
		case r == ' ' || r == '\u3000':
			return i
		case r == '”' && depth == 0 && i > 0:
			return i
		case r == '”':
			depth = max(0, depth-1)
		case r == '“' && i > 0 && !strings.ContainsAny(s[i:], "” \u3000"):
			return i
		case r == '“':
			depth++
		}
	}
	return -1
}

// numberedTitle is a section's or a subsection's number opening a line.
var numberedTitle = regexp.MustCompile(`^(?:[（(] ?[一二三四五六七八九十]{1,3} ?[）)]|[一二三四五六七八九十]{1,3}、)`)

// opensChinese is a character a Chinese paragraph can start with.
func opensChinese(r rune) bool {
	return isHan(r) || strings.ContainsRune("“‘《（【「『—", r)
}
