package layout

import (
	"strings"
	"unicode"

	"github.com/cjk-publish/publish/markdown"
)

// cjkLang reports language tags of CJK writing (and the empty tag, which
// the Markdown reader treats as zh-CN).
func cjkLang(lang string) bool {
	l := strings.ToLower(lang)
	return l == "" || strings.HasPrefix(l, "zh") || strings.HasPrefix(l, "ja") || strings.HasPrefix(l, "ko") ||
		strings.HasPrefix(l, "yue") || strings.HasPrefix(l, "cmn")
}

// latinScript reports a document to be set by the conventions of Latin
// (English) typesetting: its language is not a CJK one and at least half
// its letters are Latin, or it has (almost) no CJK text whatever its tag
// says (a Markdown file without front matter is tagged zh-CN).
func latinScript(d *markdown.Document) bool {
	cjk, latin := 0, 0
	count := func(s string) {
		for _, r := range s {
			switch {
			case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
				cjk++
			case unicode.IsLetter(r):
				latin++
			}
		}
	}
	count(d.Meta.Title)
	for _, b := range d.Blocks {
		if cjk+latin > 20000 {
			break // enough to judge
		}
		count(b.Text())
	}
	if cjk+latin == 0 {
		return !cjkLang(d.Meta.Lang)
	}
	share := float64(cjk) / float64(cjk+latin)
	return share < 0.02 || (!cjkLang(d.Meta.Lang) && share < 0.5)
}
