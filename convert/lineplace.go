package convert

import (
	"slices"
	"strings"
)

// Where a line stands: the text around it, blank lines, page breaks and
// the column it belongs to.

// textAround returns the lines with text nearest line i: p before it
// (-1 for none) and n after it (len(lines) for none).
func textAround(lines []line, i int) (p, n int) {
	p, n = i-1, i+1
	for p >= 0 && (lines[p].blank || lines[p].gone) {
		p--
	}
	for n < len(lines) && (lines[n].blank || lines[n].gone) {
		n++
	}
	return p, n
}

// sentenceAround reports whether the Chinese lines with text before and
// after line i are one sentence: the one before ends no sentence, and
// the one after goes on with it.
func sentenceAround(lines []line, i int) bool {
	p, n := textAround(lines, i)
	if p < 0 || n == len(lines) {
		return false
	}
	a, b := lines[p].text, lines[n].text
	if namesAddress(a) {
		return false // "详见" / "www.…": the text names the address
	}
	return isHan(lastRune(a)) && !hasEndPunct(a) && isHan(firstRune(b))
}

// unitAfter reports whether the text after line i opens with a unit or
// a word that counts ("12" / "个百分点"): the number is the text's.
func unitAfter(lines []line, i int) bool {
	_, n := textAround(lines, i)
	return n < len(lines) && strings.ContainsRune("年月日时分秒亿万千百个家项位名次倍元吨米户人条件辆台座所%％", firstRune(strings.TrimSpace(lines[n].text)))
}

// nearPageBreak reports whether line i is among the lines pdftotext
// writes at a page break: within two lines with text of a form feed.
// The first and the last line of the document are at page breaks too.
func nearPageBreak(lines []line, i int) bool {
	seen := 0
	for j := i; seen <= 2; j-- {
		if j < 0 {
			return seen == 1 // the first line with text
		}
		if lines[j].page {
			return true
		}
		if !lines[j].blank {
			seen++
		}
	}
	seen = 0
	for j := i + 1; seen < 2; j++ {
		if j == len(lines) {
			return seen == 0 // the last line with text
		}
		if lines[j].page {
			return true
		}
		if !lines[j].blank {
			seen++
		}
	}
	return false
}

// inTextFlow reports whether line i reads as a line of the text: as
// wide as the lines around it, between lines with text. A phrase the
// text repeats can fall on a line of its own twice ("三角一体化发展和长江经济带"
// after "…推动长"), where a running head, short or set apart by blank lines,
// does not.
func inTextFlow(lines []line, i int) bool {
	if i == 0 || i+1 == len(lines) || lines[i-1].blank || lines[i+1].blank || lines[i].page || lines[i+1].page {
		return false
	}
	w, col := width(lines[i].text), localColumn(lines, i)
	return w >= col-2 && w <= col+2
}

// localColumn is the upper quartile of the widths of the eight lines
// with text on either side of line i.
func localColumn(lines []line, i int) int {
	return columnAround(lines, i, func(j int) int { return width(lines[j].text) })
}

// columnAround is localColumn with the lines' widths from w.
func columnAround(lines []line, i int, w func(int) int) int {
	var near [16]int
	n := 0
	for j := i - 1; j >= 0 && n < 8; j-- {
		if !lines[j].blank {
			near[n] = w(j)
			n++
		}
	}
	for j, before := i+1, n; j < len(lines) && n < before+8; j++ {
		if !lines[j].blank {
			near[n] = w(j)
			n++
		}
	}
	if n == 0 {
		return w(i)
	}
	ws := near[:n]
	slices.Sort(ws)
	return ws[n-1-n/4]
}

// lastPageNumber reports whether line i, a bare number, is the last line
// with text and follows a sentence end: the number of the last page, not
// a figure the text goes on from.
func lastPageNumber(lines []line, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].blank && !lines[j].gone {
			return false
		}
	}
	for j := i - 1; j >= 0; j-- {
		if !lines[j].blank && !lines[j].gone {
			return strings.ContainsRune("。！？.!?", lastRune(strings.TrimRight(lines[j].text, "”’\"')）")))
		}
	}
	return false
}

// underSentence reports whether line i stands over a blank line (or the
// end) and under a blank line or a sentence's end.
func underSentence(lines []line, i int) bool {
	if i+1 < len(lines) && !lines[i+1].blank {
		return false
	}
	p := i - 1
	for p >= 0 && lines[p].gone {
		p--
	}
	return p >= 0 && (lines[p].blank || strings.ContainsRune("。！？", endMark(lines[p].text)))
}

// setApart reports whether line i has a blank or a removed line on both
// sides: no line of text runs on into it.
func setApart(lines []line, i int) bool {
	return i > 0 && (lines[i-1].blank || lines[i-1].gone) && i+1 < len(lines) && (lines[i+1].blank || lines[i+1].gone)
}

// isolated reports whether line i has a blank line or a document edge on
// both sides.
func isolated(lines []line, i int) bool {
	return (i == 0 || lines[i-1].blank) && (i+1 == len(lines) || lines[i+1].blank)
}
