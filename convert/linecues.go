package convert

import "strings"

// Cues a single line gives about where it sits in a paragraph, for the
// decisions at a junction.

// startsAlnum tells whether s starts with an ASCII letter or digit.
func startsAlnum(s string) bool {
	return s != "" && (isDigit(rune(s[0])) || isLatin(rune(s[0])))
}

// startsUnbreakable is a line that starts with a figure or a Latin word,
// or with an opening bracket or quote before one: a unit a line break
// could not cut, so the line before may have ended short of it.
func startsUnbreakable(s string) bool {
	if r := firstRune(s); strings.ContainsRune("（(“‘《", r) {
		s = s[len(string(r)):]
	}
	return startsAlnum(s)
}

// alnumRuns counts the runs of ASCII letters and digits in s: a run
// starts at each such byte after another kind of byte.
func alnumRuns(s string) int {
	n, in := 0, byte(0)
	for i := 0; i < len(s); i++ {
		now := alnumByte[s[i]]
		n += int(now &^ in)
		in = now
		if now == 0 {
			i += cjkTail(s, i)
		}
	}
	return n
}

// alnumByte is 1 for the ASCII letters and digits, else 0.
var alnumByte = func() (t [256]byte) {
	for c := range t {
		if isDigit(rune(c)) || isLatin(rune(c)) {
			t[c] = 1
		}
	}
	return t
}()

// endsClauseEarly is a line that starts with the tail of a clause: a
// sentence end within its first five characters, or a comma after its
// first. Paragraphs do not open that way, so the line continues the one
// before whatever its width.
func endsClauseEarly(s string) bool {
	n := 0
	for i := 0; i < len(s); { // decodeFirst: this reads every junction
		r, size := decodeFirst(s[i:])
		switch r {
		case '。':
			return n > 0 && n <= 5
		case '，':
			return n == 1
		case '！', '？', '；', '：', '、':
			return false
		}
		n++
		if n > 5 {
			return false
		}
		i += size
	}
	return false
}

// shortByIndent tells whether line s of width w falls short of the
// column col by about a two-character indent (digits and Latin letters
// loosen the measure). A line one character short is full: the
// character that would have ended it was taken to the next line with a
// mark that may not start one ("夯" / "实。").
func shortByIndent(w, col int, s string) bool {
	return shortByIndentLoose(w, col, alnumRuns(s))
}

// shortByIndentLoose is shortByIndent for a line with loose runs of
// digits and Latin letters.
func shortByIndentLoose(w, col, loose int) bool {
	return w <= col-3-loose && w >= col-6-loose
}

// leavesOpen reports whether line a opens a book title it does not
// close, or a quotation that the line under it, b, closes: a heading's
// line does neither, a line of text cut inside one does. (A heading's
// quotation may lose its close to OCR: "…端出“幸福饭".)
func leavesOpen(a, b string) bool {
	return strings.Count(a, "《") > strings.Count(a, "》") ||
		strings.Count(a, "“") > strings.Count(a, "”") && strings.HasPrefix(b, "”")
}

// cutAfterComma is a line that ends one or two characters after a comma
// ("（七）统筹生态环境保护，厚"): the column cut a clause, where a heading
// would end with a phrase.
func cutAfterComma(s string) bool {
	i := strings.LastIndex(s, "，")
	if i < 0 {
		return false
	}
	n := runeCount(s[i+len("，"):])
	return n >= 1 && n <= 2 && !hasEndPunct(s)
}

// shortTail is a few characters without punctuation or spaces: the end
// of a dated line that a page break cut ("——…第四次" / "会议上"), not a
// byline, salutation or paragraph of its own.
func shortTail(s string) bool {
	return runeCount(s) <= 6 && !hasEndPunct(s) && !strings.ContainsAny(s, " \u3000，。、；：")
}

// sectionTitle is a "一、" line short enough for a title and free of the
// marks that separate clauses and sentences: quotes and title marks
// only.
func sectionTitle(s string) bool {
	i := strings.IndexRune(s, '、')
	if i < 0 || runeCount(s) > 30 {
		return false
	}
	rest := s[i+len("、"):]
	return rest != "" && !strings.ContainsAny(rest, "，。；：、！？,.;:!?（）()") && !strings.ContainsRune(terminals+softEnds, endMark(s))
}
