package convert

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	xwidth "golang.org/x/text/width"
)

// Page labels: the numbers and edition labels a page prints ("第3版",
// "—3—", "A03", "P.3") and the split of a line that may be furniture
// into its text and its label.

// angledNumber is a number alone in angle brackets.
var angledNumber = regexp.MustCompile(`^〈\s*\d{1,3}\s*〉$`)

// isDottedNumber tests dottedNumber, which opens with a dot or a star
// after white space (\s: ASCII).
func isDottedNumber(s string) bool {
	t := strings.TrimLeft(s, " \t\n\f\r")
	return t != "" && strings.ContainsRune(".。*・·", firstRune(t)) && dottedNumber.MatchString(s)
}

// Page labels: a number alone or dressed as a page or edition label
// ("第3版", "第 2 页 共 5 页", "— 第3版 —", "—3—" and OCR's "一3一", "·3·", "3 / 5", "A03", "03 版",
// "Page 3 of 5", "P.3").
var (
	labelToken = regexp.MustCompile(`^(?:[-—–一·•]{0,2}第\d{1,3}[版页面](?:[/／]?共\d{1,3}[版页面])?[-—–一·•]{0,2}|第[一二三四五六七八九十]{1,3}版|\d{1,3}版|【\d{1,3}】|[-—–一·•◇◆]{1,2}\d{1,4}[-—–一·•◇◆]{1,2}|[.。*・·]{1,2}\d{1,4}[.。*・·]{1,2}|[A-Za-z]\d{1,3}|` +
		`[A-Z](?:[OIl]\d[\dOIl]?|[OIl]{2}\d)|\d{1,4}|\d{1,4}/\d{1,4}|[Pp]age\d{1,4}(?:of\d{1,4})?|[Pp]\.\d{1,4})$`)
	labelSpaces = regexp.MustCompile(`(?:[-—–一·•]{1,2}\s*)?第\s*\d{1,3}\s*[版页面](?:\s*[/／]?\s*共\s*\d{1,3}\s*[版页面])?(?:\s*[-—–一·•]{1,2})?|[-—–一·•◇◆]{1,2}\s*\d{1,4}\s*[-—–一·•◇◆]{1,2}|[.。*・·]{1,2}\s*\d{1,4}\s*[.。*・·]{1,2}|` +
		`\d{1,3}\s+版|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?`)
	digitRun = regexp.MustCompile(`\d+`)
	// dottedNumber is a page number between middle dots as OCR reads
	// them: stops, stars ("。16。", "*。16。", ".15 .").
	dottedNumber = regexp.MustCompile(`^\s*[.。*・·]{1,2}\s*\d{1,4}\s*[.。*・·]{1,2}\s*$`)
	// sectionPage is a section's name and the page number or label set
	// against it with a dot or a bar: "民生·07", "要闻|3", "要闻·第3版";
	// pageSection the same the other way round: "第1版·综合", "A3·要闻".
	// A dotted name needs no mark before the number: OCR drops the space
	// ("城事·民生9").
	// An edition label needs no dot: OCR drops it ("第1版综合"), or reads
	// it as a quote after the label ("第1版“综合"): no text opens a quote
	// there.
	sectionPage = regexp.MustCompile(`^(\p{Han}{2,6}?|\p{Han}{2,6}[·・]\p{Han}{2,6})(?:[·・|｜](\d{1,3})|[·・|｜]?(第\d{1,3}[版页]))$|^(\p{Han}{2,6}[·・]\p{Han}{2,6})(\d{1,3})$`)
	pageSection = regexp.MustCompile(`^(?:([A-Z]?\d{1,3})[·・|｜“]|(第\d{1,3}[版页])[·・|｜“]?)(\p{Han}{2,6})$`)
	// ocrOne is a page label whose one digit OCR read as a bracket or a
	// stroke: "第]版", "第l版" for 第1版.
	ocrOne = regexp.MustCompile(`([第共])[\]lI|｜](\s*[版页面])`)
	// ocrStroke is a stroke OCR read after a label's digit: "第1]版".
	ocrStroke = regexp.MustCompile(`([第共]\d{1,2})[\]lI|｜](\s*[版页面])`)
)

// isLabelToken tests labelToken. Every label it matches holds an ASCII
// digit or 版: most words are told without the expression.
func isLabelToken(s string) bool {
	return (hasDigit(s) || strings.Contains(s, "版")) && labelToken.MatchString(s)
}

// hasDigit reports whether s has an ASCII digit (isDigit, \d).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(rune(s[i])) {
			return true
		}
	}
	return false
}

// setLabel sets f's label shape (digits as '#') and page number from a
// label token.
func (f *furnitureLine) setLabel(tok string) {
	f.label = strings.ToLower(digitRun.ReplaceAllString(tok, "#"))
	f.page, _ = strconv.Atoi(digitRun.FindString(tok))
}

// titledHead reads a line that splitFurniture leaves, for its clause
// marks, as a stem and a page label after it ("愿你们走得远，也记得来时的路
// P.2"): a title repeated as a running head.
func titledHead(s string) (furnitureLine, bool) {
	t := strings.TrimRight(s, " ")
	// Cheap tests first: this runs on every line.
	if i := strings.LastIndexByte(t, ' '); len(s) > 240 || i < 0 || !isLabelToken(t[i+1:]) || !hasClauseMark(s) {
		return furnitureLine{}, false
	}
	fields := strings.Fields(tightLabels(s))
	n := len(fields)
	if n < 2 || !isLabelToken(fields[n-1]) {
		return furnitureLine{}, false
	}
	f := furnitureLine{stem: foldHead(strings.Join(fields[:n-1], ""))}
	f.setLabel(fields[n-1])
	return f, runeCount(f.stem) >= 6 && runeCount(f.stem) <= 40
}

// splitFurniture reads a line that may be furniture: short, and free of
// the marks that separate clauses and sentences (a URL's dots aside).
func splitFurniture(s string) (furnitureLine, bool) {
	if len(s) <= 60 {
		s = foldSectionName(s) // a section's name OCR read with a comma or in brackets
	}
	if len(s) > 160 || hasClauseMark(s) && !isDottedNumber(s) || strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") || runeCount(s) > 40 {
		return furnitureLine{}, false
	}
	if strings.ContainsAny(s, ",;!?") && !urlLike(s) {
		return furnitureLine{}, false
	}
	s = foldOCRDots(s)
	fields := strings.Fields(tightLabels(s))
	if len(fields) == 1 {
		if !hasDigit(fields[0]) {
			// Both expressions below want a digit.
		} else if m := sectionPage.FindStringSubmatch(fields[0]); m != nil {
			fields = []string{m[1] + m[4], m[2] + m[3] + m[5]} // "民生·07": a section's name and the page
		} else if m := pageSection.FindStringSubmatch(fields[0]); m != nil {
			fields = []string{m[1] + m[2], m[3]} // "第1版·综合": the page and its section's name
		}
	}
	f := furnitureLine{page: -1}
	switch {
	case len(fields) == 0:
		return f, false
	case len(fields) == 1 && isLabelToken(fields[0]):
		f.setLabel(fields[0])
		return f, true
	case len(fields) == 1 && strings.ContainsAny(fields[0], labelFrame) && strings.ContainsFunc(fields[0], isDigit) &&
		isLabelToken(strings.Trim(fields[0], labelFrame)):
		// "（第1页 共2页）" in brackets, OCR's "]1/2", "【11" for 1/2, 【1】
		f.setLabel(strings.Trim(fields[0], labelFrame))
		return f, true
	case isLabelToken(fields[len(fields)-1]):
		f.setLabel(fields[len(fields)-1])
		fields = fields[:len(fields)-1]
		if n := len(fields); n > 0 && headSeparator(fields[n-1]) {
			fields = fields[:n-1] // "The Keepers of the Rain | 1"
		}
	case isLabelToken(fields[0]):
		f.setLabel(fields[0])
		fields = fields[1:]
		if len(fields) > 0 && headSeparator(fields[0]) {
			fields = fields[1:] // "2 | THE NORTHFIELD LEDGER"
		}
	}
	f.stem = foldHead(strings.Join(fields, ""))
	return f, runeCount(f.stem) <= 30
}

// hasClauseMark reports, scanning bytes, whether s has one of "，。；！？、":
// "。" (E3 80 82), "、" (E3 80 81), "，" (EF BC 8C), "；" (EF BC 9B),
// "！" (EF BC 81), "？" (EF BC 9F).
func hasClauseMark(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xE3:
			if s[i+1] == 0x80 && (s[i+2] == 0x82 || s[i+2] == 0x81) {
				return true
			}
		case 0xEF:
			if s[i+1] == 0xBC && (s[i+2] == 0x8C || s[i+2] == 0x9B || s[i+2] == 0x81 || s[i+2] == 0x9F) {
				return true
			}
		}
	}
	return false
}

// tightLabels narrows full-width digits and takes the spaces out of page
// labels ("第 3 版", "- 12 -"), so that a label is one field.
func tightLabels(s string) string {
	if strings.Contains(s, "第") && strings.ContainsAny(s, "]lI|｜") {
		s = ocrOne.ReplaceAllString(s, "${1}1$2") // "第]版": OCR's 1
		s = ocrStroke.ReplaceAllString(s, "$1$2") // "第1]版": a stroke after the digit
	}
	if !strings.ContainsFunc(s, isSpace) {
		return narrowAlnum(s) // the labels have no spaces to take out
	}
	s = narrowAlnum(s)
	if !hasDigit(s) {
		return s // every label has a digit
	}
	return labelSpaces.ReplaceAllStringFunc(s, func(m string) string {
		return strings.Join(strings.Fields(m), "")
	})
}

// headSeparator is a mark set between a running head's text and its
// page number.
func headSeparator(f string) bool {
	return f == "|" || f == "｜" || f == "│" || f == "·" || f == "•" || f == "/" || f == "I"
}

// foldHead folds a head's text for comparison: no spaces, ASCII letters
// in lower case, full-width letters and digits narrowed.
func foldHead(s string) string {
	s = narrowAlnum(s)
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

func narrowAlnum(s string) string {
	if strings.ContainsFunc(s, isFullwidthAlnum) {
		return xwidth.Narrow.String(s)
	}
	return s
}

// framedNumber is a number alone in lenticular or square brackets, as a
// page's foot sets it ("〔3〕", "【3】").
func framedNumber(s string) bool {
	t := strings.TrimSpace(s)
	inner := strings.Trim(t, "〔〕【】［］[]")
	return inner != t && inner != "" && isAllDigits(inner) && len(inner) <= 3
}

// pageSequence returns the labels of one shape that number pages: the
// longest run of them whose numbers grow, when it holds at least two and
// three quarters of them (OCR misreads a number now and then).
func pageSequence(fs []furnitureLine) []furnitureLine {
	if len(fs) < 2 {
		return nil
	}
	// Longest strictly increasing subsequence, quadratic: a document has
	// a few dozen page labels at most, and a guard keeps it so.
	if len(fs) > 2000 {
		return nil
	}
	n := len(fs)
	best, prev := make([]int, n), make([]int, n)
	end := 0
	for i := range fs {
		best[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if fs[j].page < fs[i].page && best[j]+1 > best[i] {
				best[i], prev[i] = best[j]+1, j
			}
		}
		if best[i] > best[end] {
			end = i
		}
	}
	if best[end] < 2 || best[end]*4 < n*3 {
		return nil
	}
	out := make([]furnitureLine, best[end])
	for i, k := end, best[end]-1; i >= 0; i, k = prev[i], k-1 {
		out[k] = fs[i]
	}
	// Bare numbers are page numbers only when they stay small: a year or
	// an amount alone on a line is text.
	if fs[0].label == "#" {
		for _, f := range out {
			if f.page > 999 {
				return nil
			}
		}
	}
	return out
}

// labelFrame is what may frame a page label: brackets, and the bars and
// brackets OCR reads for them.
const labelFrame = "[]【】〔〕［］|（）()〈"

// ocrDot is the dot between a section's two names as OCR reads it, a
// stop, a quote or an ellipsis, a space on either side or none ("城事
// .民生", "城事'民生", "城事… 民生"), between fields of a line, or before
// the page number OCR set against the second name ("城事 .民生9").
var ocrDot = regexp.MustCompile(`(^|\s)(\p{Han}{2,6}) ?[.'‘’…] ?(\p{Han}{2,6})(\s|$|\d{1,3}$)`)

// Section names as a page's head sets them and OCR reads them:
// framedSection in brackets ("【城事·民生】"), square brackets for either
// bracket or both ("[城事，民生]】"), the dot between two names as a
// comma, a stop or a quote; commaSection, two short names with the dot
// read as a comma and the space around the dot left after it ("水云， 生态观察");
// a slogan's or a verse's phrases are longer ("绿水青山， 就是金山银山").
var (
	framedSection = regexp.MustCompile(`^\s*[\[【〔［]\s*(\p{Han}{2,6})(?:\s*[，,、。.·・'‘’…]\s*(\p{Han}{2,6}))?\s*[\]】〕］]{1,2}\s*$`)
	commaSection  = regexp.MustCompile(`^\s*(\p{Han}{2,4})[，,]\s+(\p{Han}{2,4})\s*$`)
)

// foldSectionName writes a section's name as the page printed it
// ("【城事·民生】", "水云·生态观察"), so that OCR's readings of it on two
// pages are one head, and a head. A comma between two names on a line
// of its own, a space after it, is the dot; so is a clause's mark in
// brackets: text sets neither phrase so.
func foldSectionName(s string) string {
	switch r := firstRune(strings.TrimLeft(s, " ")); {
	case r == '[' || r == '【' || r == '〔' || r == '［':
		m := framedSection.FindStringSubmatch(s)
		switch {
		case m == nil:
			return s
		case m[2] == "":
			return "【" + m[1] + "】"
		}
		return "【" + m[1] + "·" + m[2] + "】"
	case isHan(r) && len(s) <= 40 && (strings.Contains(s, "， ") || strings.Contains(s, ", ")):
		if m := commaSection.FindStringSubmatch(s); m != nil {
			return m[1] + "·" + m[2]
		}
	}
	return s // most lines
}

// foldOCRDots puts the middle dot back between a section's two names
// where OCR read it as a stop or a quote: "城事 .民生 2" is "城事·民生 2".
func foldOCRDots(s string) string {
	if !markBetweenHan(s) {
		return s // most lines: the regular expression costs more than the look
	}
	return ocrDot.ReplaceAllString(s, "$1$2·$3$4")
}

// markBetweenHan reports whether s has one of ocrDot's marks with a
// Chinese character on each side, a space apart at most.
func markBetweenHan(s string) bool {
	if !containsAnyOf(s, ".'‘’…") {
		return false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '.' || r == '\'' || r == '‘' || r == '’' || r == '…' {
			before := strings.TrimSuffix(s[:i], " ")
			after := strings.TrimPrefix(s[i+size:], " ")
			if p, _ := utf8.DecodeLastRuneInString(before); isHan(p) {
				if n, _ := utf8.DecodeRuneInString(after); isHan(n) {
					return true
				}
			}
		}
		i += size
	}
	return false
}
