package convert

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// bylines recognizes a byline or speaker line ("郑州全媒体记者 董艳竹 王红",
// "省长 胡玉亭", "By John Smith"): it stays a paragraph, keeps the spaces
// between the names, and gives the front matter its author.
type bylines struct{}

// roles end the part of a Chinese byline before the names.
// Every head of a body is a "…长" (省长, 校长, 院长, 局长, 董事长): the
// last character stands for them all.
var roles = []string{"记者", "通讯员", "评论员", "作者", "编辑", "撰稿", "摄影", "报道", "供稿", "撰文",
	"长", "主席", "书记", "总理", "主任", "经理", "教授", "院士"}

var englishByline = regexp.MustCompile(`^(?:By|BY|by) ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})$`)

// englishSpeaker is the speaker line under the title of an English
// speech: an office, then a first and last name ("Mayor Ellen
// Whitcombe", "Governor Ruth M. Abernathy"); a deck says more ("President
// Obama Visits Hiroshima").
var englishSpeaker = regexp.MustCompile(`^(?:Mayor|Governor|Lieutenant Governor|President|Vice President|Senator|Representative|Secretary|Chancellor|Premier|Prime Minister|Commissioner|Superintendent|County Executive|Chair|Chairman|Chairwoman|Judge) ([A-Z][a-z'-]+(?: [A-Z]\.)? [A-Z][A-Za-z'-]+)$`)

// speakerBlocks is how far from the top a speaker line is looked for: under
// the title, beside the place and date.
const speakerBlocks = 3

func (bylines) apply(d *draft) {
	defer d.joinDatelineTail()
	defer d.moveSpeakerLine()
	reporter := false
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.kind != paragraph || b.first != b.last {
			continue
		}
		names, isReporter, ok := bylineNames(b.text)
		if ok && strings.HasPrefix(b.text, "□") && k > speakerBlocks+1 {
			ok = false // a square before a name marks the byline under the title only
		}
		if !ok && k <= speakerBlocks && !d.zh() {
			if m := englishSpeaker.FindStringSubmatch(b.text); m != nil {
				names, ok = m[1], true
			}
		}
		if !ok {
			continue
		}
		b.kind, b.keep = byline, true
		// A reporter's byline names the author better than a speaker line.
		if d.meta.author == "" || (isReporter && !reporter) {
			d.meta.author = names
			reporter = isReporter
			d.note(b.first, b.last, "byline", fmt.Sprintf("byline -> author %q", names))
		} else {
			d.note(b.first, b.last, "byline", fmt.Sprintf("byline kept: %q", b.text))
		}
	}
}

// bylineNames returns the names of a byline and whether it names
// reporters (rather than a speaker).
func bylineNames(s string) (string, bool, bool) {
	if len(s) > 120 || !strings.Contains(s, " ") {
		return "", false, false // bylines are short and have spaces
	}
	if rest, ok := strings.CutPrefix(s, "□ "); ok {
		// "□ 祁望山", "□ 本报记者 林晓峰": a square marks the byline.
		if names, reporter, ok := bylineNames(rest); ok {
			return names, reporter, true
		}
		if personNames(rest) {
			return strings.Join(strings.Fields(rest), " "), true, true
		}
		return "", false, false
	}
	if s[0] == 'B' || s[0] == 'b' {
		if m := englishByline.FindStringSubmatch(s); m != nil {
			return m[1], true, true
		}
		return "", false, false
	}
	// The role ends the first word: checked before splitting the line,
	// since unwrap asks this of almost every line.
	first := strings.TrimLeftFunc(s, isSpace)
	if i := strings.IndexFunc(first, isSpace); i >= 0 {
		first = first[:i]
	}
	if !hasRoleSuffix(first) {
		return "", false, false
	}
	if strings.Count(s, "（") != strings.Count(s, "）") || strings.Count(s, "(") != strings.Count(s, ")") || opensNewsItem(s) {
		return "", false, false // "本报讯（记者 林晓峰": a news item's opening, which goes on
	}
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 6 || runeCount(f[0]) > 20 {
		return "", false, false
	}
	role := ""
	for _, r := range roles {
		if strings.HasSuffix(f[0], r) {
			role = r
		}
	}
	if role == "" {
		return "", false, false
	}
	if len(f) > 2 && credits[f[len(f)-1]] {
		f = f[:len(f)-1] // "本报记者 苏婉清 文/图": what the names did, after them
	}
	for _, n := range f[1:] {
		c := runeCount(n)
		if c < 2 || c > 4 || strings.ContainsFunc(n, func(r rune) bool { return !isHan(r) && r != '·' }) {
			return "", false, false
		}
	}
	reporter := role == "记者" || role == "通讯员" || role == "评论员" || role == "作者" || role == "撰稿" || role == "撰文"
	return strings.Join(f[1:], " "), reporter, true
}

// credits say what a byline's names did, after them: wrote, took the
// photographs, or both.
var credits = map[string]bool{"文/图": true, "图/文": true, "文／图": true, "图／文": true, "文图": true, "摄": true, "文": true}

func hasRoleSuffix(s string) bool {
	switch lastRune(s) { // the last characters of the roles: most words fail here
	case '者', '员', '辑', '稿', '影', '道', '文', '长', '席', '记', '理', '任', '授', '士':
	default:
		return false
	}
	for _, r := range roles {
		if strings.HasSuffix(s, r) {
			return true
		}
	}
	return false
}

// joinDatelineTail puts back the end of a dated line that OCR read after
// the speaker line under it ("——2026年1月8日在云溪市第九届人民代表大" /
// "云溪市人民政府代市长 许文涛" / "会第六次会议上"): the dated line breaks
// off, and a short line without a clause mark under the speaker ends as
// a dated line does.
func (d *draft) joinDatelineTail() {
	for k := 1; k+2 < len(d.blocks) && k <= speakerBlocks; k++ {
		dated, speaker, tail := d.blocks[k], d.blocks[k+1], d.blocks[k+2]
		if dated.kind != paragraph || !strings.HasPrefix(dated.text, "——") || hasEndPunct(dated.text) || datedLineEnd(dated.text) ||
			speaker.kind != byline || tail.kind != paragraph || tail.first != tail.last || runeCount(tail.text) > 20 ||
			!datedLineEnd(tail.text) || strings.ContainsAny(tail.text, "，。；、") {
			continue
		}
		d.blocks[k].text += tail.text
		d.blocks = slices.Delete(d.blocks, k+2, k+3)
		d.report = append(d.report, Decision{Line: tail.first, EndLine: tail.last, Rule: "byline",
			Detail: fmt.Sprintf("moved %q from under the speaker line to the end of the dated line", tail.text), Moved: tail.text})
		return
	}
}

// datedLineEnd is the end of a dated line: where the speech was given
// ("…会议上"), or what it was ("…的讲话", "…的报告").
func datedLineEnd(s string) bool {
	return strings.HasSuffix(s, "上") || strings.HasSuffix(s, "讲话") || strings.HasSuffix(s, "报告") || strings.HasSuffix(s, "发言")
}

// moveSpeakerLine puts a speaker line that layout moved to the very end
// ("省长 刘小涛" after the last paragraph) back under the dated line
// below the title ("——2026年2月3日在…会议上"), where a report prints it.
// A reporter's byline stays where it is: news puts it first or last.
func (d *draft) moveSpeakerLine() {
	n := len(d.blocks)
	if n < 4 {
		return
	}
	last := d.blocks[n-1]
	if last.kind != byline {
		return
	}
	if _, reporter, _ := bylineNames(last.text); reporter {
		return
	}
	for k := 1; k <= 2; k++ {
		dated := d.blocks[k]
		if dated.kind != paragraph || !strings.HasPrefix(dated.text, "——") || strings.ContainsAny(dated.text, "，。；") {
			continue
		}
		if d.blocks[k+1].kind == byline {
			return // the report has its speaker line in place
		}
		d.blocks = slices.Insert(d.blocks[:n-1], k+1, last)
		d.report = append(d.report, Decision{Line: last.first, EndLine: last.last, Rule: "byline",
			Detail: fmt.Sprintf("moved speaker line %q from the end to under the dated line", last.text), Moved: last.text})
		return
	}
}

// personNames reports whether s is one to three people's names of two
// or three Chinese characters, apart by spaces: a name of four may as
// well be a short heading ("乡村振兴").
func personNames(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, n := range f {
		if c := runeCount(n); c < 2 || c > 3 || !allHan(n) {
			return false
		}
	}
	return true
}
