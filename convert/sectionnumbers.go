package convert

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// sectionNumbers puts back the numbers of section titles that OCR
// misread or lost, where the numbers sit in a box or a disc set white
// on black ("图 、 设计要求", "@合、2025年主要工作成效", "园 .总体要求"
// for "二、设计要求", "一、2025年主要工作成效", "一、总体要求"). Such a
// title is a paragraph of one short phrase after a mark of enumeration,
// with a few characters before the mark that are no number. The
// number comes from the title's place among the document's section
// titles, only where that sequence runs 一, 二, 三… without a gap and
// without another start: every title whose number OCR read stands at
// its place, and two titles at least need their number back, or one
// beside titles read right.
type sectionNumbers struct{}

func (sectionNumbers) apply(d *draft) {
	if !d.zh() {
		return
	}
	// The section titles, read or not, in order; rest is the phrase of
	// one whose number was lost ("" for one read right).
	type title struct {
		k    int
		rest string
	}
	var at []title
	known, lost := 0, 0
	for k, b := range d.blocks {
		if b.kind != paragraph || k == 0 {
			continue
		}
		if !isChineseDigit(firstRune(b.text)) && len(b.text) > 120 {
			continue // a paragraph of text: no title, read or not (cheap test first)
		}
		if n := sectionValue(b.text); n > 0 {
			if n != len(at)+1 {
				return // another sequence, or a gap: nothing to infer
			}
			at = append(at, title{k: k})
			known++
		} else if rest, ok := lostSectionNumber(b.text); ok {
			at = append(at, title{k, rest})
			lost++
		}
	}
	if lost == 0 || lost < 2 && known == 0 || len(at) > len(sectionNumerals) {
		return
	}
	for i, t := range at {
		if t.rest == "" {
			continue
		}
		b := &d.blocks[t.k]
		text := sectionNumerals[i] + "、" + t.rest
		// The characters read for the number are reported as removed:
		// the report accounts for every input character.
		misread := strings.TrimSpace(b.text[:strings.LastIndex(b.text, t.rest)])
		d.report = append(d.report, Decision{Line: b.first, EndLine: b.last, Rule: "section-number", Removed: misread,
			Detail: fmt.Sprintf("section number OCR misread: %q read as %q", b.text, text)})
		b.text = text
	}
}

// sectionNumerals are the numbers of a document's sections.
var sectionNumerals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"}

// sectionValue returns the number of a section read right, alone or
// run in ("三、施工与验收": 3; "一、基本情况。全市…": 1), or 0.
func sectionValue(s string) int {
	if headingPattern(s) != patSection {
		return 0
	}
	i := strings.Index(s, "、")
	if i < 0 {
		return 0
	}
	return numeralValue(s[:i])
}

// numeralValue is the value of one of sectionNumerals ("三": 3), or 0.
func numeralValue(num string) int {
	return slices.Index(sectionNumerals, num) + 1
}

// lostSectionNumber returns the phrase of a section title whose number
// OCR misread or lost: at most four characters, two of them Chinese, that
// are no number nor a bracket ("@〇OO"), then "、" (or the stop OCR read for it), then a short phrase
// of Chinese text without a mark (a year may open it).
func lostSectionNumber(s string) (string, bool) {
	i := strings.IndexAny(s, "、.．")
	if i < 0 || i > 12 {
		return "", false
	}
	head := strings.TrimSpace(s[:i])
	_, size := utf8.DecodeRuneInString(s[i:])
	rest := strings.TrimSpace(s[i+size:])
	n := runeCount(rest)
	if runeCount(head) > 4 || hanCount(head) > 2 || strings.ContainsAny(head, "一二三四五六七八九十0123456789（(第") ||
		n < 2 || n > 24 || !isHan(firstRune(rest)) && !isDigit(firstRune(rest)) || hasEndPunct(rest) || strings.ContainsAny(rest, "，、；：。.,") ||
		hanCount(rest) < 2 {
		return "", false
	}
	return rest, true
}

// subsectionNumbers puts back the numbers of subsections that OCR misread
// inside their brackets ("<志) 五年来…", "(IL) 加快…", "( ) 推进…" for
// "（二）…"), before the lines are joined: a line that opens a paragraph
// with a bracket, at most two characters that are no number, and its
// close, then Chinese text, takes its place's number among the
// subsections of its section, where the numbers read right there stand
// at their places and one of them follows it (a note in brackets after
// the last one is no subsection).
type subsectionNumbers struct{}

// subsection is a line that opens a subsection: its index in the lines,
// its number as read (0: lost) and, for a lost one, the bytes of its
// brackets.
type subsection struct {
	i, n, skip int
}

func (subsectionNumbers) apply(d *draft) {
	if !d.zh() {
		return
	}
	var run []subsection
	start := true // the line opens a paragraph
	for i := range d.lines {
		l := &d.lines[i]
		if l.gone {
			continue
		}
		if l.blank {
			start = true
			continue
		}
		if start || l.indent {
			switch p := headingPattern(l.text); {
			case p == patSection || p == patChapter:
				restoreSubsections(d, run)
				run = run[:0]
			case p == patSub:
				if n := subsectionValue(l.text); n > 0 {
					run = append(run, subsection{i: i, n: n})
				}
			default:
				if k := lostSubsectionNumber(l.text); k > 0 {
					run = append(run, subsection{i: i, skip: k})
				}
			}
		}
		start = hasEndPunct(l.text) || strings.HasSuffix(l.text, "：")
	}
	restoreSubsections(d, run)
}

// restoreSubsections numbers the lost subsections of one section's run,
// where every number read stands at its place and a number read follows
// each lost one.
func restoreSubsections(d *draft, run []subsection) {
	lost, known := 0, 0
	for k, s := range run {
		switch {
		case s.n == 0:
			lost++
		case s.n != k+1:
			return // another sequence, or a gap
		default:
			known++
		}
	}
	if lost == 0 || known == 0 || len(run) > len(sectionNumerals) {
		return
	}
	if last := run[len(run)-1]; last.n == 0 && strings.ContainsFunc(d.lines[last.i].text[:last.skip], isHan) {
		// A lost number needs a number read after it, but for the
		// last one OCR read as letters or marks ("(IV) …"): a note
		// after the last ("（注）") is in Chinese.
		return
	}
	for k, s := range run {
		if s.n != 0 {
			continue
		}
		l := &d.lines[s.i]
		num := "（" + sectionNumerals[k] + "）"
		d.noteRemoved(l.no, "section-number", strings.TrimSpace(l.text[:s.skip]),
			fmt.Sprintf("subsection number OCR misread: %q read as %q", strings.TrimSpace(l.text[:s.skip]), num))
		l.text = num + strings.TrimLeft(l.text[s.skip:], " ")
	}
}

// subsectionValue returns the number of a subsection read right
// ("（三）…": 3), or 0.
func subsectionValue(s string) int {
	_, size := utf8.DecodeRuneInString(s)
	end := strings.IndexAny(s, ")）")
	if end < size {
		return 0
	}
	return numeralValue(strings.TrimSpace(s[size:end]))
}

// lostSubsection is a line that opens with a bracket holding at most two
// characters that are no number, and its close, then Chinese text.
var lostSubsection = regexp.MustCompile(`^[(（<〈]\s*([^\s()（）0-9一二三四五六七八九十]{0,2})\s*[)）]\s*\p{Han}{2}`)

// lostSubsectionNumber returns the bytes of a line's misread subsection
// number with its brackets and the space after them, or 0.
func lostSubsectionNumber(s string) int {
	m := lostSubsection.FindStringSubmatchIndex(s)
	if m == nil {
		return 0
	}
	end := strings.IndexAny(s[m[3]:], ")）") + m[3]
	_, size := utf8.DecodeRuneInString(s[end:])
	return end + size
}
