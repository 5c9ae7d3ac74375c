package convert

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Decision is one non-trivial decision of the normalizer.
type Decision struct {
	Line, EndLine int    // 1-based input lines the decision concerns (EndLine == Line for one line)
	Rule          string // short stable rule id, e.g. "unwrap", "join-blank", "running-header"
	Detail        string // human text
	// Removed is the text (whitespace aside) the decision deleted from
	// input line Line; empty when it deleted nothing. Conservation checks
	// rely on it: every other character of the input is in the output.
	Removed string
	// Moved is the text (whitespace aside) the decision moved from input
	// line Line to another place of the output; empty when it moved
	// nothing. Text moved from several lines has a line of Moved for
	// each input line from Line on.
	Moved string
}

// String renders "L255-257 joined across blank line: ..." style.
func (d Decision) String() string {
	if d.EndLine > d.Line {
		return fmt.Sprintf("L%d-%d %s", d.Line, d.EndLine, d.Detail)
	}
	return fmt.Sprintf("L%d %s", d.Line, d.Detail)
}

// ReportText is the report: one line per decision, then counts per rule.
func (r *Result) ReportText() string {
	var s strings.Builder
	counts := map[string]int{}
	for _, d := range r.Report {
		s.WriteString(d.String())
		s.WriteByte('\n')
		counts[d.Rule]++
	}
	rules := make([]string, 0, len(counts))
	for k := range counts {
		rules = append(rules, k)
	}
	sort.Strings(rules)
	fmt.Fprintf(&s, "\n%d decisions\n", len(r.Report))
	for _, k := range rules {
		fmt.Fprintf(&s, "%-16s %d\n", k, counts[k])
	}
	return s.String()
}

// Counts returns the number of decisions per rule.
func (r *Result) Counts() map[string]int {
	c := map[string]int{}
	for _, d := range r.Report {
		c[d.Rule]++
	}
	return c
}

// quote is strconv.Quote, faster on the common case of a report line:
// Chinese text and ASCII, which it writes as they are.
func quote(s string) string {
	if !plainQuote(s) {
		return strconv.Quote(s) // escapes what needs it
	}
	return `"` + s + `"`
}

// plainQuote reports whether strconv.Quote would write s as it is:
// every character of it is one of those of a common report line.
func plainQuote(s string) bool {
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7F && r != '"' && r != '\\':
		case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3001 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E:
		case r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·':
		default:
			return false
		}
	}
	return true
}

// appendQuoted appends quote(cut + s + cutAfter) to b, where cut and
// cutAfter are "" or "…", which quote writes as it is.
func appendQuoted(b []byte, cut, s, cutAfter string) []byte {
	if !plainQuote(s) {
		return strconv.AppendQuote(b, cut+s+cutAfter)
	}
	b = append(b, '"')
	b = append(b, cut...)
	b = append(b, s...)
	b = append(b, cutAfter...)
	return append(b, '"')
}

// appendQuotedTail appends quote(tail(s, n)) to b.
func appendQuotedTail(b []byte, s string, n int) []byte {
	if i := tailCut(s, n); i > 0 {
		return appendQuoted(b, "…", s[i:], "")
	}
	return appendQuoted(b, "", s, "")
}

// appendQuotedHead appends quote(head(s, n)) to b.
func appendQuotedHead(b []byte, s string, n int) []byte {
	if p := prefix(s, n); len(p) < len(s) {
		return appendQuoted(b, "", p, "…")
	}
	return appendQuoted(b, "", s, "")
}

// tail and head shorten text for a report line: its last or first n
// characters, with "…" where text was cut.
func tail(s string, n int) string {
	if i := tailCut(s, n); i > 0 {
		return "…" + s[i:]
	}
	return s
}

// tailCut is the offset of the last n characters of s (0: s has no more).
func tailCut(s string, n int) int {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

func head(s string, n int) string {
	if p := prefix(s, n); len(p) < len(s) {
		return p + "…"
	}
	return s
}

// prefix is the first n characters of s.
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := decodeFirst(s[i:])
		i += size
	}
	return s[:i]
}
