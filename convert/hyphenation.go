package convert

import (
	"fmt"
	"strings"
)

// vocabulary is the document's own evidence about words: how often each
// word occurs whole, and which hyphenated compounds it writes in mid line.
// It is read on first use: most documents never need it.
type vocabulary struct {
	lines     []line
	words     map[string]int
	compounds map[string]bool
}

func newVocabulary(lines []line) *vocabulary { return &vocabulary{lines: lines} }

// read counts every Latin word of the lines; a word cut by a hyphen at a
// line end is not counted as written with a hyphen.
func (v *vocabulary) read() {
	if v.words != nil {
		return
	}
	v.words, v.compounds = map[string]int{}, map[string]bool{}
	for _, l := range v.lines {
		if l.blank || l.gone {
			continue
		}
		text := strings.TrimSuffix(l.text, "-")
		for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !isLatin(r) && r != '-' }) {
			f = strings.ToLower(strings.Trim(f, "-"))
			if f == "" {
				continue
			}
			if strings.Contains(f, "-") {
				v.compounds[f] = true
				for _, part := range strings.Split(f, "-") {
					v.words[part]++
				}
				continue
			}
			v.words[f]++
		}
	}
}

// compoundFirst are words that head real hyphenated compounds: a hyphen
// after them at a line end is kept ("well-" / "known", "self-" /
// "government"). The weaker ones need the second part to be a word of the
// document.
var compoundFirst = map[string]bool{
	"well": true, "self": true, "ill": true, "ex": true, "half": true, "vice": true, "quasi": true,
	"all": false, "so": false, "long": false, "short": false, "low": false, "high": false, "full": false,
	"one": false, "two": false, "three": false, "first": false, "second": false, "third": false,
	"non": false, "anti": false, "pre": false, "post": false,
}

// tens and units form number compounds ("twenty-" / "one").
var tens = map[string]bool{"twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true}

var units = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "first": true, "second": true,
	"third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true}

// hyphenGlue decides a Latin word hyphenated at a line end ("go-" /
// "vernment"): the hyphen goes when the document writes the word whole
// or no rule makes it a compound; it stays for compounds the document
// writes with a hyphen, known compound heads ("well-known") and a
// capitalized second part ("Fellow-Citizens").
func hyphenGlue(a, b string, v *vocabulary) (glue, bool) {
	if !strings.HasSuffix(a, "-") || strings.HasSuffix(a, "--") {
		return glue{}, false
	}
	t := strings.TrimSuffix(a, "-")
	i := len(t)
	for i > 0 && isLatin(rune(t[i-1])) {
		i--
	}
	w1 := t[i:]
	j := 0
	for j < len(b) && isLatin(rune(b[j])) {
		j++
	}
	w2 := b[:j]
	if w1 == "" || w2 == "" {
		return glue{}, false
	}
	v.read()
	lw1, lw2 := strings.ToLower(w1), strings.ToLower(w2)
	keep := func(why string) (glue, bool) {
		return glue{rule: "hyphen", detail: fmt.Sprintf("kept hyphen %q (%s)", w1+"-"+w2, why)}, true
	}
	switch {
	case v.compounds[lw1+"-"+lw2]:
		return keep("the document writes it so")
	case i > 0 && t[i-1] == '-' || j < len(b) && b[j] == '-':
		return keep("a compound of several words") // "ship-to-" / "shore", "one-in-a-" / "hundred-year"
	case v.words[lw1+lw2] > 0:
	case isUpper(firstRune(w2)):
		return keep("capitalized second part")
	case tens[lw1] && units[lw2]:
		return keep("number")
	case compoundFirst[lw1] && len(lw2) >= 3:
		return keep("compound")
	}
	if strong, ok := compoundFirst[lw1]; ok && !strong && v.words[lw2] > 0 {
		return keep("compound")
	}
	return glue{cut: 1, rule: "hyphen", removed: "-",
		detail: fmt.Sprintf("removed line-end hyphen: %q", w1+"-"+w2+" → "+w1+w2)}, true
}
