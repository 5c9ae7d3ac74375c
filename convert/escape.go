package convert

import "strings"

// Markdown escaping: text that a CommonMark reader would take for syntax
// gets a backslash (or, for an entity, "&amp;"), so that parsing the
// output gives back exactly the normalized text.

// inlineSpecial are the characters that can open inline syntax anywhere:
// emphasis, code spans, links and images, autolinks and raw HTML, and
// backslash escapes themselves.
const inlineSpecial = "\\`*_[]<>"

// escapeInline escapes inline syntax in s.
func escapeInline(s string) string {
	if !strings.ContainsAny(s, inlineSpecial+"&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(inlineSpecial, c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '&' && isEntityAt(s[i:]):
			b.WriteString("&amp;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
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

// escapeParagraph escapes a paragraph: inline syntax, and at its start
// whatever would open a block (heading, quote, list item, thematic break,
// code fence, ordered list marker "1." or "1)").
func escapeParagraph(s string) string {
	s = escapeInline(s)
	if s == "" {
		return s
	}
	if strings.IndexByte("#>-+=~|", s[0]) >= 0 {
		return "\\" + s
	}
	i := 0
	for i < len(s) && i < 10 && isDigit(rune(s[i])) {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// escapeHeading escapes heading text: every "#" (a trailing run would be
// read as a closing sequence) and inline syntax.
func escapeHeading(s string) string {
	return strings.ReplaceAll(escapeInline(s), "#", "\\#")
}
