package convert

import (
	"fmt"
	"strconv"
	"strings"

	xwidth "golang.org/x/text/width"
)

// runningHeads removes running headers and footers ("2026年河北省  16",
// "7  河南日报") and bare page numbers. A header is a short text with a
// page number that recurs on several lines (or once, when the text is the
// start of the title); bare numbers count as page numbers only when at
// least two of them appear in increasing order.
type runningHeads struct{}

// pageLine is a line that may be a header: its text part and page number.
type pageLine struct {
	index int
	key   string
	page  int
}

func (runningHeads) apply(d *draft) {
	var heads, bare []pageLine
	keys := map[string]int{}
	for i, l := range d.lines {
		if l.blank || l.gone {
			continue
		}
		key, page, ok := splitPageLine(l.text)
		if !ok {
			continue
		}
		if key == "" {
			bare = append(bare, pageLine{i, "", page})
			continue
		}
		heads = append(heads, pageLine{i, key, page})
		keys[key]++
	}
	title := d.firstText()
	for _, h := range heads {
		if keys[h.key] < 2 && !(len(h.key) >= 6 && strings.HasPrefix(title, h.key)) {
			continue
		}
		l := &d.lines[h.index]
		d.noteRemoved(l.no, "running-header", strings.Join(strings.Fields(l.text), ""), fmt.Sprintf("removed running header %q", l.text))
		l.gone = true
	}
	if increasing(bare) {
		for _, b := range bare {
			l := &d.lines[b.index]
			d.noteRemoved(l.no, "page-number", l.text, fmt.Sprintf("removed page number %q", l.text))
			l.gone = true
		}
	}
}

// firstText is the first non-blank line: the title, if there is one.
func (d *draft) firstText() string {
	for _, l := range d.lines {
		if !l.blank {
			return l.text
		}
	}
	return ""
}

// splitPageLine recognizes "TEXT  12", "12  TEXT" and "12": a page number
// of at most four digits set apart from a short text by spaces.
func splitPageLine(s string) (key string, page int, ok bool) {
	if s == "" {
		return "", 0, false
	}
	// A page number or a dash is at one end of the line.
	edge := func(r rune) bool { return isDigitish(r) || r == '-' || r == '–' || r == '—' }
	if !edge(firstRune(s)) && !edge(lastRune(s)) {
		return "", 0, false
	}
	// Full-width digits read as digits here; the line is removed as it is.
	if strings.ContainsFunc(s, isFullwidthAlnum) {
		s = xwidth.Narrow.String(s)
	}
	if !(isDigit(rune(s[0])) || isDigit(rune(s[len(s)-1])) || strings.ContainsAny(s[:1], "-–—") || strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–")) {
		return "", 0, false
	}
	// "— 5 —", "- 12 -": a page number between dashes.
	if t := strings.Trim(s, " -–—"); t != s && t != "" {
		if n, err := strconv.Atoi(t); err == nil && len(t) <= 4 {
			return "", n, true
		}
	}
	fields := strings.Fields(s)
	switch {
	case len(fields) == 1:
		if n, err := strconv.Atoi(fields[0]); err == nil && len(fields[0]) <= 4 {
			return "", n, true
		}
		if t := strings.Trim(fields[0], "-—–"); t != fields[0] {
			if n, err := strconv.Atoi(t); err == nil && len(t) <= 4 {
				return "", n, true
			}
		}
		return "", 0, false
	case len(fields) < 2:
		return "", 0, false
	}
	if n, err := strconv.Atoi(fields[len(fields)-1]); err == nil && len(fields[len(fields)-1]) <= 4 {
		key = strings.Join(fields[:len(fields)-1], " ")
		page = n
	} else if n, err := strconv.Atoi(fields[0]); err == nil && len(fields[0]) <= 4 {
		key = strings.Join(fields[1:], " ")
		page = n
	} else {
		return "", 0, false
	}
	if runeCount(key) > 24 || hasEndPunct(key) {
		return "", 0, false
	}
	return key, page, true
}

// increasing reports whether there are at least two page numbers and they
// grow through the document.
func increasing(p []pageLine) bool {
	if len(p) < 2 {
		return false
	}
	for i := 1; i < len(p); i++ {
		if p[i].page <= p[i-1].page {
			return false
		}
	}
	return true
}
