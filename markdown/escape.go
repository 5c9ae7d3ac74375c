package markdown

import "strings"

// Escaping: text that a CommonMark reader would take for syntax gets a
// backslash (or, for a character reference, "&amp;"; for a space that
// would be stripped, "&#32;"), so that Parse(Format(d)) gives back exactly
// the text of d.

// inlineSpecial are the characters that can open inline syntax anywhere:
// emphasis, code spans, links, images and footnotes, autolinks and raw
// HTML, table cell separators, and backslash escapes themselves.
const inlineSpecial = "\\`*_[]<>|"

// escapeText escapes inline syntax in s; a line break becomes a hard
// break ("\" at the end of the line).
func escapeText(s string) string {
	if !hasAnyByte(s, inlineSpecial+"&!\r\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '\n':
			// A backslash before a hard break, escaped, would end the
			// line in three backslashes, where goldmark reads an escaped
			// backslash and no break. A character reference keeps both.
			b.WriteString("&#92;")
		case strings.IndexByte(inlineSpecial, c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '&' && isEntityAt(s[i:]):
			b.WriteString("&amp;")
		case c == '!' && i+1 == len(s):
			b.WriteString("\\!") // a link may follow: "![" would open an image
		case c == '\r':
			b.WriteString("&#13;")
		case c == '\n':
			b.WriteString("\\\n")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// hasAnyByte is strings.ContainsAny for a set of ASCII characters,
// which a long string is searched for one by one: a byte search is
// fast where ContainsAny reads every byte.
func hasAnyByte(s, set string) bool {
	if len(s) < 64 {
		return strings.ContainsAny(s, set)
	}
	for i := 0; i < len(set); i++ {
		if strings.IndexByte(s, set[i]) >= 0 {
			return true
		}
	}
	return false
}

// keepEdgeSpaces writes the spaces and tabs at the start and end of each
// line of inline Markdown (lines but the last end in a hard break) as
// character references: a reader would strip them.
func keepEdgeSpaces(s string) string {
	if !hasAnyByte(s, " \t") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		brk := i+1 < len(lines)
		if brk {
			l = l[:len(l)-1]
		}
		inner := strings.TrimLeft(l, " \t")
		lead := l[:len(l)-len(inner)]
		body := strings.TrimRight(inner, " \t")
		trail := inner[len(body):]
		if trail != "" && trail[0] == ' ' && oddBackslashes(body) {
			// The first space is an escaped one, the invisible separator:
			// it separates nothing at the end of a line, and a reader
			// would take its backslash for a literal one there.
			if trail == " " {
				body, trail = body[:len(body)-1], ""
			} else {
				body, trail = body+trail[:1], trail[1:]
			}
		}
		if len(lead)+len(body)+len(trail) != len(l) || lead != "" || trail != "" {
			l = spaceRefs(lead) + body + spaceRefs(trail)
		}
		if brk {
			l += "\\"
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// oddBackslashes reports whether s ends in an odd number of backslashes,
// the last of which escapes what follows.
func oddBackslashes(s string) bool {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	return n%2 == 1
}

func spaceRefs(s string) string {
	return strings.NewReplacer(" ", "&#32;", "\t", "&#9;").Replace(s)
}

// isEntityAt reports whether s starts with something a reader would
// resolve as a character reference: "&name;", "&#123;", "&#x1F;".
func isEntityAt(s string) bool {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 40 {
		return false
	}
	body := s[1:end]
	if body[0] == '#' {
		body = strings.TrimPrefix(strings.TrimPrefix(body[1:], "x"), "X")
	}
	if body == "" {
		return false
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// escapeLineStart escapes what would open a block at the start of a line
// of a paragraph: a heading, quote, list item, thematic break, setext
// underline, code fence, table delimiter row, definition, or an ordered
// list marker ("1. " or "1)").
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	if strings.IndexByte("#>-+=~:", s[0]) >= 0 {
		return "\\" + s
	}
	i := 0
	for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	// A marker opens a list item only before a space, a tab or the line's
	// end: "1.《出生医学证明》办理" is text as it stands.
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\n') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// escapeHeading escapes heading text: every "#" (a trailing run would be
// read as a closing sequence) besides inline syntax, but for the "#" of a
// character reference escapeText wrote ("&#13;"), which no closing
// sequence can start, and those inside a code span, where a backslash is
// text and a closing sequence cannot fall (the span ends in a backtick).
func escapeHeading(s string) string {
	if !strings.Contains(s, "#") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s):
			b.WriteString(s[i : i+2]) // an escape, copied whole
			i++
		case c == '`':
			n := backtickRun(s, i)
			end := i + n
			if close := closingRun(s, end, n); close >= 0 {
				end = close + n // a code span, copied as it is
			}
			b.WriteString(s[i:end])
			i = end - 1
		default:
			if c == '#' && (i == 0 || s[i-1] != '&') {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// backtickRun is the length of the run of backticks at s[i:].
func backtickRun(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	return n
}

// closingRun returns where, from s[from:], a run of exactly n backticks
// starts (one that closes a code span opened by n), or -1.
func closingRun(s string, from, n int) int {
	for i := from; i < len(s); i++ {
		if s[i] != '`' {
			continue
		}
		m := backtickRun(s, i)
		if m == n {
			return i
		}
		i += m - 1
	}
	return -1
}

// escapeDestination writes a link or image destination: plain when it is
// a simple URL, else in angle brackets.
func escapeDestination(s string) string {
	plain := s != ""
	depth := 0
	for i := 0; i < len(s) && plain; i++ {
		switch c := s[i]; {
		case c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '\\':
			plain = false
		case c == '(':
			depth++
		case c == ')':
			depth--
			plain = depth >= 0
		}
	}
	plain = plain && depth == 0
	var b strings.Builder
	if !plain {
		b.WriteByte('<')
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '&' && isEntityAt(s[i:]):
			b.WriteString("\\&")
		case !plain && (c == '<' || c == '>' || c == '\\'):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString("%0A")
		case c == '\r':
			b.WriteString("%0D")
		default:
			b.WriteByte(c)
		}
	}
	if !plain {
		b.WriteByte('>')
	}
	return b.String()
}

// escapeTitle writes a link title in double quotes.
func escapeTitle(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '&' && isEntityAt(s[i:]):
			b.WriteString("\\&")
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
