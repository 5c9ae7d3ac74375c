package convert

import (
	"fmt"
	"regexp"
	"strings"
)

// frontBlocks names the report's front block: the paragraphs right under
// the title that are not text but a dated line ("——2026年1月26日在…会议上"),
// the speaker ("河北省人民政府省长 王正谱"), a byline or source line, and the
// salutation ("各位代表："). They stay paragraphs, in order; the front
// matter key "front" lists their roles, so that the writers set them as a
// front block (centred under the title, the salutation flush left).
type frontBlocks struct{}

// maxFront is the most paragraphs a front block holds.
const maxFront = 5

func (frontBlocks) apply(d *draft) {
	if len(d.blocks) < 2 || d.blocks[0].kind != heading || d.blocks[0].level != 1 {
		return
	}
	var roles []string
	for _, b := range d.blocks[1:min(len(d.blocks), 1+maxFront)] {
		role := frontRole(b)
		if role == "" {
			break
		}
		roles = append(roles, role)
		d.note(b.first, b.last, "front", fmt.Sprintf("front block %s: %q", role, head(b.text, 16)))
		if role == "salutation" {
			break // the text follows the salutation
		}
	}
	d.meta.front = roles
}

// englishDated is a line that dates a speech or article: a month's name
// and a year, with the place before it ("Riverside Convention Hall, Port
// Alder, February 9, 2026").
var englishDated = regexp.MustCompile(`(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}$`)

// frontRole is the role of a paragraph in a front block, "" for text.
func frontRole(b block) string {
	t := b.text
	switch {
	case b.kind == byline:
		if _, reporter, _ := bylineNames(t); reporter {
			return "byline"
		}
		return "speaker"
	case b.kind != paragraph || b.first != b.last && !strings.HasPrefix(t, "——"):
		return ""
	case strings.HasPrefix(t, "——") && !strings.ContainsAny(t, "，。；！？") && runeCount(t) <= 60:
		return "dateline"
	case isSalutation(t) || englishSalutation(t):
		return "salutation"
	case sourceLike(t) && !hasEndPunct(t) && runeCount(t) <= 40:
		return "source"
	case englishDated.MatchString(t) && !strings.ContainsAny(t, ".;!?") && len(t) <= 80:
		return "dateline"
	}
	return ""
}

// englishSalutation is a short line ending in a colon that addresses the
// audience ("GENTLEMEN OF THE CONGRESS:", "Ladies and gentlemen:").
func englishSalutation(s string) bool {
	return strings.HasSuffix(s, ":") && len(s) <= 48 && !strings.ContainsAny(s, ".;!?") && len(strings.Fields(s)) <= 6
}
