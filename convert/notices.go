package convert

import (
	"regexp"
	"strings"
)

// The paper's own notices that a page sets beside an article, in a box
// of their own: a correction of another day's article, a call to write
// to the editors about this one, a digest's credit of where the article
// was first printed. None is the article's text; each is a paragraph of
// its own, and each names itself in words no article's sentence uses so.

// paperNotices returns the lines of the notices among lines.
func paperNotices(lines []line) []int {
	var found []int
	text := false // a sentence of the text stands above: a notice stands beside one
	for i := range lines {
		l := &lines[i]
		if l.blank || l.gone {
			continue
		}
		above := text
		text = text || hasTerminal(l.text)
		if !above || !opensBox(lines, i) {
			continue
		}
		t := trimSpace(l.text)
		n := 0
		switch {
		case strings.HasPrefix(t, "更正") || strings.HasPrefix(t, "本报") || strings.HasPrefix(t, "本刊"):
			n = noticeLines(lines, i, correctionNotice)
		case strings.HasPrefix(t, "（") || strings.HasPrefix(t, "("):
			n = noticeLines(lines, i, sourceCredit)
		case len(t) <= 6*3 && boxLabel(t): // (six Chinese characters take eighteen bytes)
			// "读者互动" over the call, a blank line at most between
			j := i + 1
			if j < len(lines) && lines[j].blank {
				j++
			}
			if j < len(lines) && !lines[j].gone {
				if n = noticeLines(lines, j, readersCall); n > 0 {
					n += j - i
				}
			}
		}
		for k := i; k < i+n; k++ {
			if !lines[k].blank {
				found = append(found, k)
			}
		}
	}
	return found
}

// opensBox reports whether line i opens a paragraph: the first line, or
// under a blank line, a line found gone or a sentence's end.
func opensBox(lines []line, i int) bool {
	return i == 0 || lines[i-1].blank || lines[i-1].gone || sentenceEnds(lines[i-1].text) || strings.HasPrefix(lines[i].text, "\f")
}

// boxLabel is a box's label: two to six Chinese characters alone.
func boxLabel(t string) bool {
	n := runeCount(t)
	return n >= 2 && n <= 6 && allHan(t)
}

// noticeLines returns how many lines from line i make a paragraph (up
// to a blank line or a page's end, three lines at most) that is matches,
// or 0.
func noticeLines(lines []line, i int, is func(string) bool) int {
	text := ""
	for k := i; k < len(lines) && k < i+3; k++ {
		if lines[k].blank || lines[k].gone {
			break
		}
		text += trimSpace(lines[k].text)
		if k+1 == len(lines) || lines[k+1].blank || lines[k+1].gone || strings.HasPrefix(lines[k+1].text, "\f") {
			if is(text) {
				return k - i + 1
			}
			break
		}
	}
	return 0
}

// correctionNotice is a paper's correction of an article it printed
// earlier ("更正 本报6月9日第3版《…》一文中，“…”应为“…”。特此更正，谨向读者致歉。";
// OCR may lose the boxed label): it says "特此更正" and names the paper's
// page or article. (A document that corrects itself names no page of
// a paper's.)
func correctionNotice(t string) bool {
	return runeCount(t) <= 200 && strings.Contains(t, "特此更正") && selfName.MatchString(t) && (strings.Contains(t, "版") || strings.Contains(t, "《"))
}

// selfName is how a paper or a periodical names itself, or the article
// ("本报", "本刊", "本文"; not "本报告", "本文件").
var selfName = regexp.MustCompile(`本(?:报[^告]|刊|文[^件献稿])`)

// sourceCredit is a digest's credit of where an article was first
// printed, wholly in brackets ("（摘自2026年6月12日《溪桥日报》 推荐人：…）",
// "（选自《…》）").
func sourceCredit(t string) bool {
	return runeCount(t) <= 80 && parenthesized(t) && creditSource.MatchString(t)
}

var creditSource = regexp.MustCompile(`^[（(]\s*(?:摘自|选自|原载|转载自|转自|摘编自)`)

// readersCall is the editors' call to readers about this article, with
// the address to write to ("你对本文有何看法？欢迎来信 yj@yunjian.cn，注明
// “读者互动”"): it names the article or the periodical itself, asks, and
// gives an e-mail address. A notice of the text that asks for views
// names its own matter ("本文件", "本报告"), not "本文".
func readersCall(t string) bool {
	return runeCount(t) <= 120 && mailAddress.MatchString(t) && callWords.MatchString(t) && selfName.MatchString(t)
}

var callWords = regexp.MustCompile(`欢迎|来信|来稿|投稿|留言|反馈|分享`)
