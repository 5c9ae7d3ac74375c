package convert

import (
	"fmt"
	"strings"
)

// glue says how two lines of one paragraph join: cut bytes are removed
// from the end of the first line, then sep is written between them. A
// non-empty rule means the join is a decision worth reporting.
type glue struct {
	cut     int
	sep     string
	rule    string
	detail  string
	removed string
}

// numberGlue joins a number split across a line break, with or without a
// hyphen ("178." / "16万", "1,2-" / "34", "20-" / "23年",
// "$1,542,000,0" / "00,"). In English it leaves alone two numbers that
// merely meet at a line end ("1919," / "1920").
func numberGlue(a, b string, zh bool) (glue, bool) {
	if b == "" || a == "" {
		return glue{}, false
	}
	fb := firstRune(b)
	// "digit-" at the line end, a digit or a group comma next: a hyphen
	// the layout added inside a number.
	if strings.HasSuffix(a, "-") {
		t := strings.TrimSuffix(a, "-")
		if lt := lastRune(t); (isDigit(lt) || (lt == ',' && isDigit(lastRune(strings.TrimSuffix(t, ","))))) && (isDigit(fb) || (fb == ',' && isDigit(secondRune(b)))) {
			return glue{cut: 1, rule: "number-join", removed: "-",
				detail: fmt.Sprintf("number split by a hyphen rejoined: %q + %q", tail(a, 8), head(b, 8))}, true
		}
		return glue{}, false
	}
	num := trailingNumber(a)
	if num == "" {
		return glue{}, false
	}
	digits := leadingDigits(b)
	if digits == "" && !(fb == '.' && isDigit(secondRune(b))) {
		return glue{}, false
	}
	switch {
	case zh && strings.ContainsAny(num[len(num)-1:], ".,") || fb == '.':
		// "178." + "16万", "23" + ".5%": one number.
	case completesGroup(num, digits):
		// "1,542,000,0" + "00,": the comma groups need the digits.
	case zh:
		// Chinese writes a unit or a mark after every number ("2022年",
		// "5911亿元"): digits that meet at a line end are one number.
	default:
		return glue{}, false
	}
	return glue{rule: "number-join", detail: fmt.Sprintf("number split across lines rejoined: %q + %q", tail(a, 8), head(b, 8))}, true
}

func secondRune(s string) rune {
	rs := []rune(prefix(s, 2))
	if len(rs) < 2 {
		return 0
	}
	return rs[1]
}

// trailingNumber is the run of digits, "." and "," that ends s, starting
// with a digit ("" when s does not end in one).
func trailingNumber(s string) string {
	i := len(s)
	for i > 0 && (isDigit(rune(s[i-1])) || s[i-1] == '.' || s[i-1] == ',') {
		i--
	}
	for i < len(s) && !isDigit(rune(s[i])) {
		i++
	}
	return s[i:]
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && isDigit(rune(s[i])) {
		i++
	}
	return s[:i]
}

// completesGroup reports whether num ends in an unfinished comma group
// ("1,542,000,0", "18,514,000,") that digits completes to three digits.
func completesGroup(num, digits string) bool {
	k := strings.LastIndexByte(num, ',')
	if k < 0 || strings.Contains(num, ".") {
		return false
	}
	first := num[:strings.IndexByte(num, ',')]
	if len(first) > 3 || len(first) == 0 {
		return false
	}
	have := len(num) - k - 1
	if have >= 3 {
		return false
	}
	if have == 0 && strings.Count(num, ",") < 2 {
		return false // "1919," then "1920": a list, not a number
	}
	return have+len(digits) == 3
}
