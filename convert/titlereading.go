package convert

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cjk-publish/publish/words"
)

// titleReading repairs characters of a Chinese title that OCR misread in
// its large type (小食捍 for 小食堂, 新能产 for 新能源), where the body,
// in text type, reads the same words right. A title character between two
// Chinese ones is replaced only where the body never has it beside either
// neighbour and it makes no word with them, and the body has, most of the
// time, another character there that does make a word: minReadings times
// after the title's two characters before it or before the two after it,
// or, for a character the body never has, pairReadings times beside one
// neighbour (see reading). Names the word list does not know (柏溪县 read
// 相溪县) are read from the body alone, on stricter terms: the body has the
// other character between the same two neighbours, or at a word's edge
// wherever it has the two characters beside it (see readingAlone); and a
// year is followed by 年 (2026怕政府 for 2026年政府).
type titleReading struct{}

const (
	minReadings   = 3       // body occurrences of the reading put in the title
	pairReadings  = 8       // the same, when the body has it beside one neighbour only
	aloneReadings = 2       // the same, for a reading that makes no known word
	readingSpan   = 1 << 16 // characters of body text that are looked at
)

func (titleReading) apply(d *draft) {
	if !d.zh() || len(d.blocks) < 2 || d.blocks[0].kind != heading || d.blocks[0].level != 1 || !d.misread() {
		return // text without OCR's hand (pdftotext's) has its title's characters right
	}
	title := &d.blocks[0]
	t := []rune(title.text)
	// The subtitle reads words of the title too ("琅川市生态环境局").
	// So does a later page's head that repeats the title, as OCR read
	// it there.
	more := []block{{text: d.meta.subtitle}}
	fold := foldHead(title.text)
	for _, l := range d.lines {
		if l.gone && l.text != title.text && runeCount(fold) >= 8 && withinOneEdit(foldHead(l.text), fold) {
			more = append(more, block{text: l.text})
		}
	}
	ev := readEvidence(t, append(more, d.blocks[1:]...))
	changed := false
	cur := lineCursor{b: title}
	if at, x := aboutOpening(t, ev); at >= 0 {
		// "美于…的通知": an official document's title names its kind
		// last and opens with 关于; OCR misread one of the two.
		d.noteRemoved(cur.at(len(string(t[:at]))), "title-reading", string(t[at]),
			fmt.Sprintf("title %q read as %q: a title that names a document's kind opens with 关于", string(t[at]), string(x)))
		t[at] = x
		changed = true
	}
	off := 0 // byte offset of t[i] in the title
	for i, r := range t {
		if middleDot(t, i) {
			// "2026中国。桐湾樱花节", "中国.桐湾": a title has no sentence end
			// between two words, OCR read the middle dot as one (and may
			// have left a space after it, which goes).
			d.noteRemoved(cur.at(off), "title-reading", string(r), fmt.Sprintf("title %q read as \"·\" between two words", string(r)))
			t[i] = '·'
			if t[i+1] == ' ' {
				t[i+1] = 0
			}
			changed = true
		}
		// A figure alone between two Chinese characters is one OCR
		// misread too ("生3环境"): text sets figures apart from words.
		if isHan(r) || isDigit(r) && i > 0 && i+1 < len(t) && isHan(t[i-1]) && isHan(t[i+1]) {
			if x, n := ev.reading(t, i); n > 0 {
				why := fmt.Sprintf("as the text has it %d times", n)
				if y, k := ev.context(t, i); k > 0 {
					// The body has the title's words on both sides of
					// it: what it has between them is the reading, and
					// where that is the title's own character, it stands.
					x, why = y, fmt.Sprintf("as the text has it between the same %d characters on each side", k)
				}
				if x != r {
					// Reported as a removal of the character OCR read, on
					// its line: the report accounts for every input character.
					d.noteRemoved(cur.at(off), "title-reading", string(r), fmt.Sprintf("title %q read as %q, %s", string(r), string(x), why))
					t[i] = x
					changed = true
				}
			}
		}
		off += utf8.RuneLen(r)
	}
	if changed {
		title.text = strings.ReplaceAll(string(t), "\x00", "")
	}
}

// aboutOpening returns the position of the character OCR misread in a
// title's opening 关于 and the character it is (-1: none): the title
// names a document's kind last, with 的 before it, its first two
// characters are one of 关于's and a character that makes no word with it
// and that the body never has beside it (关停 may open a title).
func aboutOpening(t []rune, ev *evidence) (int, rune) {
	s := string(t)
	if len(t) < 8 || !namesKind(s) || !strings.Contains(s, "的") || words.Known(t[:2]) || ev.pairs[pair{t[0], t[1]}] > 0 {
		return -1, 0
	}
	switch {
	case t[0] == '关' && t[1] != '于' && isHan(t[1]):
		return 1, '于'
	case t[1] == '于' && t[0] != '关' && isHan(t[0]):
		return 0, '关'
	}
	return -1, 0
}

// middleDot reports whether t[i] is a stop OCR read for a middle dot:
// "。" or "." between two Chinese characters, inside the title, the only
// such mark there (a title of two sentences keeps its stops).
func middleDot(t []rune, i int) bool {
	next := i + 1
	if next < len(t) && t[next] == ' ' {
		next++
	}
	return i > 0 && next < len(t) && (t[i] == '。' || t[i] == '.' || t[i] == '．') && isHan(t[i-1]) && isHan(t[next]) &&
		!slices.Contains(t[:i], t[i]) && !slices.Contains(t[i+1:], t[i])
}

// pair is two characters, as a map key.
type pair [2]rune

// evidence counts, in the body, the pairs of the title and what the
// body has around the title's characters.
type evidence struct {
	pairs   map[pair]int
	after   map[pair]map[rune]int // after two title characters: the next one
	before  map[pair]map[rune]int // before two title characters
	between map[pair]map[rune]int // between two title characters one apart
	next    map[rune]map[rune]int // after a title character
	prev    map[rune]map[rune]int // before a title character
	count   map[rune]int          // the title's characters
	text    strings.Builder       // the body text looked at
}

func readEvidence(t []rune, body []block) *evidence {
	ev := &evidence{pairs: map[pair]int{}, after: map[pair]map[rune]int{}, before: map[pair]map[rune]int{},
		between: map[pair]map[rune]int{}, next: map[rune]map[rune]int{}, prev: map[rune]map[rune]int{}, count: map[rune]int{}}
	for i := 0; i+1 < len(t); i++ {
		if isHan(t[i]) && isHan(t[i+1]) {
			p := pair{t[i], t[i+1]}
			ev.pairs[p] = 0
			ev.after[p] = map[rune]int{}
			ev.before[p] = map[rune]int{}
		}
		if i+2 < len(t) && isHan(t[i]) && isHan(t[i+2]) {
			ev.between[pair{t[i], t[i+2]}] = map[rune]int{}
		}
	}
	for _, r := range t {
		if isHan(r) {
			ev.next[r] = map[rune]int{}
			ev.prev[r] = map[rune]int{}
		}
	}
	seen := 0
	for _, b := range body {
		if seen >= readingSpan {
			break
		}
		rs := []rune(b.text)
		seen += len(rs)
		ev.text.WriteString(b.text)
		ev.text.WriteByte('\n')
		for j, r := range rs {
			if !isHan(r) {
				continue
			}
			var nx rune
			if j+1 < len(rs) && isHan(rs[j+1]) {
				nx = rs[j+1]
			}
			if nx != 0 && j > 0 && isHan(rs[j-1]) {
				if m, ok := ev.between[pair{rs[j-1], nx}]; ok {
					m[r]++
				}
			}
			if m, ok := ev.next[r]; ok {
				ev.count[r]++
				if nx != 0 {
					m[nx]++
				}
			}
			if nx == 0 {
				continue
			}
			if m, ok := ev.prev[nx]; ok {
				m[r]++
			}
			p := pair{r, nx}
			if _, ok := ev.pairs[p]; !ok {
				continue
			}
			ev.pairs[p]++
			if j+2 < len(rs) && isHan(rs[j+2]) {
				ev.after[p][rs[j+2]]++
			}
			if j > 0 && isHan(rs[j-1]) {
				ev.before[p][rs[j-1]]++
			}
		}
	}
	return ev
}

// reading returns the character the body reads at title position i and
// how often, or 0 when the title's own character stands.
func (ev *evidence) reading(t []rune, i int) (rune, int) {
	han := func(k int) bool { return k >= 0 && k < len(t) && isHan(t[k]) }
	if x, n := ev.year(t, i); n > 0 {
		return x, n
	}
	if !han(i-1) || !han(i+1) {
		return ev.readingAlone(t, i)
	}
	// The title's character must be unknown to the body beside both of
	// its neighbours, and make no word with them.
	if ev.pairs[pair{t[i-1], t[i]}] > 0 || ev.pairs[pair{t[i], t[i+1]}] > 0 || inWord(t, i, t[i]) {
		return 0, 0
	}
	// What the body has after the two characters before, or before the
	// two after; failing that, beside one neighbour, in place of a
	// character it never has at all. Each must be what that context
	// mostly comes with (新能 with 源, 食 with 堂), and all agree.
	type side struct {
		seen map[rune]int
		min  int
	}
	var sides []side
	if han(i - 2) {
		sides = append(sides, side{ev.after[pair{t[i-2], t[i-1]}], minReadings})
	}
	if han(i + 2) {
		sides = append(sides, side{ev.before[pair{t[i+1], t[i+2]}], minReadings})
	}
	if ev.count[t[i]] == 0 {
		// A neighbour that makes a word with its other neighbour (资 of
		// 资源, 飞 of 起飞), in the text or in the word list, owes the
		// title nothing on this side.
		if han(i-2) && ev.pairs[pair{t[i-2], t[i-1]}] == 0 && !words.Known(t[i-2:i]) {
			sides = append(sides, side{ev.next[t[i-1]], pairReadings})
		}
		if han(i+2) && ev.pairs[pair{t[i+1], t[i+2]}] == 0 && !words.Known(t[i+1:i+3]) {
			sides = append(sides, side{ev.prev[t[i+1]], pairReadings})
		}
	}
	best, most := rune(0), 0
	for _, sd := range sides {
		x, n := likeliest(sd.seen, t[i])
		all := 0
		for _, m := range sd.seen {
			all += m
		}
		if n < sd.min || 2*n < all || !inWord(t, i, x) || deictic(x, t[i+1]) {
			continue
		}
		if best != 0 && x != best {
			return 0, 0 // the contexts disagree
		}
		best, most = x, max(most, n)
	}
	if best == 0 {
		if x := ev.window(t, i); x != 0 {
			return x, 1
		}
		return ev.readingAlone(t, i)
	}
	return best, most
}

// context reads title position i from the longest stretch of the title
// around it, two to five characters on each side, that the body has
// with one character between: that character, the title's own among
// them if it is, and k, the characters on each side (0: no such
// stretch, or several characters between and not the title's).
func (ev *evidence) context(t []rune, i int) (rune, int) {
	body := ev.text.String()
	for k := min(5, i, len(t)-1-i); k >= 2; k-- {
		left, right := string(t[i-k:i]), string(t[i+1:i+1+k])
		seen := map[rune]bool{}
		for from := 0; ; {
			j := strings.Index(body[from:], left)
			if j < 0 {
				break
			}
			at := from + j + len(left)
			if y, size := utf8.DecodeRuneInString(body[at:]); isHan(y) && strings.HasPrefix(body[at+size:], right) {
				seen[y] = true
			}
			from = at
		}
		switch {
		case seen[t[i]]:
			return t[i], k
		case len(seen) == 1:
			for y := range seen {
				return y, k
			}
		case len(seen) > 1:
			return 0, 0
		}
	}
	return 0, 0
}

// window reads title position i where the body has the title's three
// characters around it, two on one side and one on the other, with
// another character in its place that makes a word with them, where
// the title's makes none (计划宣案 for 计划草案, which the body has
// once): four characters agree but one, a reading, not a chance.
func (ev *evidence) window(t []rune, i int) rune {
	if i < 1 || i+1 >= len(t) {
		return 0
	}
	body := ev.text.String()
	try := func(seen map[rune]int, from, to int) rune {
		found := rune(0)
		for x := range seen {
			w := slices.Concat(t[from:i], []rune{x}, t[i+1:to])
			if x == t[i] || !inWord(t, i, x) || !strings.Contains(body, string(w)) {
				continue
			}
			if found != 0 {
				return 0 // two readings: none
			}
			found = x
		}
		return found
	}
	if i >= 2 && isHan(t[i-2]) && isHan(t[i-1]) && isHan(t[i+1]) {
		if x := try(ev.after[pair{t[i-2], t[i-1]}], i-2, i+2); x != 0 {
			return x
		}
	}
	if i+2 < len(t) && isHan(t[i-1]) && isHan(t[i+1]) && isHan(t[i+2]) {
		return try(ev.before[pair{t[i+1], t[i+2]}], i-1, i+3)
	}
	return 0
}

// deictic reports whether x before r is a word that points at a place
// rather than names it (全市, 本县, 我省): the text's commonest words
// before 市 or 县, never the tail of a place's name (鹤泉市 is no 鹤全市).
func deictic(x, r rune) bool {
	return strings.ContainsRune("全本我该各此", x) && strings.ContainsRune("省市县区州镇乡村", r)
}

// readingAlone reads title position i from the body alone, for a reading
// that need make no known word (a place's name): the body has another
// character between the same two neighbours, aloneReadings times or more
// and two times in three; or, for the first or last character of a word
// of the title, the body has the two characters beside it aloneReadings
// times or more and, four times in five, with another character on that
// side; a word's edge is the title's start or end, a space or a mark.
// The title's character must make no pair the body has with the
// neighbours looked at, and no word with them.
func (ev *evidence) readingAlone(t []rune, i int) (rune, int) {
	han := func(k int) bool { return k >= 0 && k < len(t) && isHan(t[k]) }
	if inWord(t, i, t[i]) {
		return 0, 0
	}
	var x rune
	var n, all int
	switch {
	case han(i-1) && han(i+1):
		if ev.pairs[pair{t[i-1], t[i]}] > 0 || ev.pairs[pair{t[i], t[i+1]}] > 0 {
			return 0, 0
		}
		seen := ev.between[pair{t[i-1], t[i+1]}]
		x, n = likeliest(seen, t[i])
		for _, m := range seen {
			all += m
		}
		if 3*n < 2*all {
			return 0, 0
		}
	case (edge(t, i-1) || placeAfterYear(t, i)) && han(i+1) && han(i+2): // the first character of a word
		p := pair{t[i+1], t[i+2]}
		if ev.pairs[pair{t[i], t[i+1]}] > 0 {
			return 0, 0
		}
		x, n = likeliest(ev.before[p], t[i])
		all = ev.pairs[p]
	case edge(t, i+1) && han(i-1) && han(i-2): // the last character of a word
		p := pair{t[i-2], t[i-1]}
		if ev.pairs[pair{t[i-1], t[i]}] > 0 {
			return 0, 0
		}
		x, n = likeliest(ev.after[p], t[i])
		all = ev.pairs[p]
	default:
		return 0, 0
	}
	if n < aloneReadings || 5*n < 4*all {
		return 0, 0
	}
	return x, n
}

// edge reports whether title position k, beside a character, ends a
// word there: the title's start or end, a space or a mark. A digit does
// not: 年 or 月 after a number is not the first character of a name.
func edge(t []rune, k int) bool {
	return k < 0 || k >= len(t) || isSpace(t[k]) || unicode.IsPunct(t[k])
}

// placeAfterYear reports whether title position i, after a figure,
// opens the two-character name of a place (2026鹤川市…): a year or an
// edition goes before a place's name as before a word. Not 年 or 月,
// which follow figures as part of them.
func placeAfterYear(t []rune, i int) bool {
	return i > 0 && isDigit(t[i-1]) && i+2 < len(t) && t[i] != '年' && t[i] != '月' &&
		strings.ContainsRune("省市县区州镇乡村", t[i+2])
}

// year reads 年 for a character OCR misread after a year (2026怕政府),
// where the body writes the year with 年 aloneReadings times or more and
// never with that character, and the character makes no word, and no
// pair the body has, with the one after it (2026中国 stays).
func (ev *evidence) year(t []rune, i int) (rune, int) {
	if i < 4 || i+1 >= len(t) || t[i] == '年' || !isHan(t[i+1]) || (i > 4 && isDigit(t[i-5])) {
		return 0, 0
	}
	y := string(t[i-4 : i])
	if !(strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) || !isDigit(t[i-2]) || !isDigit(t[i-1]) {
		return 0, 0
	}
	if ev.pairs[pair{t[i], t[i+1]}] > 0 || inWord(t, i, t[i]) || strings.Contains(ev.text.String(), y+string(t[i])) {
		return 0, 0
	}
	if n := strings.Count(ev.text.String(), y+"年"); n >= aloneReadings {
		return '年', n
	}
	return 0, 0
}

// likeliest is the character of the highest score but not, with it;
// 0 when two share it.
func likeliest(score map[rune]int, not rune) (rune, int) {
	best, n, tie := rune(0), 0, false
	for x, s := range score {
		switch {
		case x == not:
		case s > n:
			best, n, tie = x, s, false
		case s == n:
			tie = true
		}
	}
	if tie {
		return 0, 0
	}
	return best, n
}

// inWord reports whether x, put at title position i, makes a word of two
// to four characters with the characters around it.
func inWord(t []rune, i int, x rune) bool {
	w := make([]rune, 0, 4)
	for from := max(0, i-3); from <= i; from++ {
		for to := i + 1; to <= min(len(t), from+4); to++ {
			if to-from < 2 {
				continue
			}
			w = append(append(append(w[:0], t[from:i]...), x), t[i+1:to]...)
			if words.Known(w) {
				return true
			}
		}
	}
	return false
}
