package layout

import (
	"hash/fnv"
	"strings"

	"github.com/cjk-publish/publish/fonts"
)

// Font names in the PDF: readers and preflight tools expect a subset to be
// named "ABCDEF+PostScriptName" (PDF 32000 9.6.4).

// postScriptName builds a name from the font's family and style with only
// the characters PostScript names allow everywhere.
func postScriptName(f *fonts.Font) string {
	clean := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	fam, style := clean(f.Family()), clean(f.Style())
	switch {
	case fam == "":
		fam = "CJKFont"
	case style == "":
		return fam
	}
	if style == "" {
		style = "Regular"
	}
	return fam + "-" + style
}

// subsetTag is six capital letters that identify the subset: the same
// glyphs of the same font give the same tag, so output stays reproducible.
func subsetTag(ps string, runes []rune) string {
	h := fnv.New64a()
	h.Write([]byte(ps))
	var b [4]byte
	for _, r := range runes {
		b[0], b[1], b[2], b[3] = byte(r), byte(r>>8), byte(r>>16), byte(r>>24)
		h.Write(b[:])
	}
	v := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + byte(v%26)
		v /= 26
	}
	return string(tag)
}
