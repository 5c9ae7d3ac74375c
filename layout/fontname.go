package layout

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/cjk-publish/publish/fonts"
)

// Font names in the PDF. fpdf names an embedded TrueType font "utf8" plus
// its lower-cased family key, while PDF readers and preflight tools expect
// a subset to be named "ABCDEF+PostScriptName" (PDF 32000 9.6.4). The
// family key is chosen to be exactly as long as the wanted name minus
// "utf8", so the name can be patched in the finished file byte for byte
// without moving any object (the cross-reference offsets stay valid).

// pdfFont is how one font program is registered with fpdf and named in
// the file.
type pdfFont struct {
	family string // fpdf family key: "NN+" and the lower-cased PostScript name
	name   string // final name: subset tag, "+", PostScript name
}

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

// newPDFFont names font program number i, subset to runes.
func newPDFFont(i int, f *fonts.Font, runes []rune) pdfFont {
	ps := postScriptName(f)
	return pdfFont{
		family: fmt.Sprintf("%02d+%s", i%100, strings.ToLower(ps)),
		name:   subsetTag(ps, runes) + "+" + ps,
	}
}

// writeRenamed writes the finished PDF to w with each font's fpdf name
// replaced by its subset name (same length, so no offset moves).
func writeRenamed(w io.Writer, pdf []byte, names []pdfFont) error {
	for _, n := range names {
		if n.family == "" {
			continue
		}
		from := []byte("/utf8" + n.family)
		to := []byte("/" + n.name)
		if len(from) != len(to) {
			return fmt.Errorf("font name %s: length mismatch", n.name)
		}
		for rest := pdf; ; {
			k := bytes.Index(rest, from)
			if k < 0 {
				break
			}
			copy(rest[k:], to)
			rest = rest[k+len(to):]
		}
	}
	_, err := w.Write(pdf)
	return err
}
