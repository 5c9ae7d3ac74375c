package layout

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/image/font/gofont/gomono"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/hyphen"
)

// monoFont is Go Mono (BSD licence, shipped with golang.org/x/image), the
// face code is set in; characters it lacks (CJK) fall back to the body
// fonts.
var monoFont = sync.OnceValue(func() *fonts.Font {
	f, err := fonts.Parse("Go Mono", gomono.TTF)
	if err != nil {
		panic("layout: the bundled Go Mono font does not parse: " + err.Error())
	}
	return f
})

// face is one font as the typesetter uses it: a font program given to the
// PDF writer (family), drawn normally or emboldened by stroking.
type face struct {
	font     *fonts.Font
	family   int  // index of the font program in faceSet.fonts
	embolden bool // no bold font: fill and stroke the regular outlines
	italic   bool // a true italic: emphasis needs no slant
}

// glyph is one character set in one face at one size.
type glyph struct {
	r    rune    // the character drawn (a placeholder for uncovered ones)
	face int32   // index into faceSet.faces
	size float64 // pt
	adv  float64 // natural advance, pt
}

// faceSet resolves each character to the first font that has it and
// records characters no font can draw. Only that record is written while
// typesetting; frozen stops it while paragraphs are set in parallel.
type faceSet struct {
	fonts []*fonts.Font // distinct font programs, in order of first use
	faces []face
	body  []int // face chain for regular text
	bold  []int // face chain for headings and strong text
	mono  []int // face chain for code: Go Mono, then the body chain

	// The Latin serif tried first for Latin characters (none when the
	// body font is the user's): regular, bold, italic.
	serif [3]int
	latin bool // a Latin-script document: all but CJK text is Latin
	hyph  *hyphen.Patterns

	placeholder rune
	missing     map[rune][]string // positions of characters drawn as placeholders
	order       []rune
	frozen      bool // caches are complete and read concurrently: record nothing
}

// placeholderRune is drawn for characters that no font covers.
const placeholderRune = '□'

// newFaceSet makes the faces of a CJK document: Latin words inside it are
// set in the bundled serif when the body font is the bundled CJK font,
// whose own Latin is a handwriting style.
func newFaceSet(body []*fonts.Font, bold *fonts.Font) *faceSet {
	return newTextFaces(body, bold, false, nil)
}

// newTextFaces makes the faces of a document; latin says it is in a
// Latin script, hyph hyphenates its justified paragraphs (nil: none).
func newTextFaces(body []*fonts.Font, bold *fonts.Font, latin bool, hyph *hyphen.Patterns) *faceSet {
	if len(body) == 0 {
		body = []*fonts.Font{fonts.Bundled()}
	}
	fs := &faceSet{missing: map[rune][]string{}, serif: [3]int{-1, -1, -1}, latin: latin, hyph: hyph}
	family := func(f *fonts.Font) int {
		for i, g := range fs.fonts {
			if g == f {
				return i
			}
		}
		fs.fonts = append(fs.fonts, f)
		return len(fs.fonts) - 1
	}
	add := func(f *fonts.Font, embolden bool) int {
		fs.faces = append(fs.faces, face{font: f, family: family(f), embolden: embolden})
		return len(fs.faces) - 1
	}
	for _, f := range body {
		fs.body = append(fs.body, add(f, false))
	}
	embolden := false
	if bold == nil {
		if body[0] == fonts.Bundled() {
			bold = fonts.BundledBold()
		} else {
			bold, embolden = body[0], true
		}
	}
	fs.bold = append(fs.bold, add(bold, embolden))
	for _, f := range body {
		if f != bold {
			fs.bold = append(fs.bold, add(f, embolden))
		}
	}
	if body[0] == fonts.Bundled() {
		for st := range fs.serif {
			fs.faces = append(fs.faces, face{font: fonts.BundledSerif(fonts.Serif(st)), embolden: false, italic: fonts.Serif(st) == fonts.SerifItalic})
			fs.faces[len(fs.faces)-1].family = family(fs.faces[len(fs.faces)-1].font)
			fs.serif[st] = len(fs.faces) - 1
		}
	}
	fs.mono = append([]int{add(monoFont(), false)}, fs.body...)
	fs.placeholder = '?'
	if body[0].HasRune(placeholderRune) {
		fs.placeholder = placeholderRune
	}
	return fs
}

// pairedHeadings reports whether headings are set in a family of their
// own (a Hei heading face over a Song body): running heads then use it
// too. The bold of the body's own family stays for headings alone.
func (fs *faceSet) pairedHeadings() bool {
	h := fs.faces[fs.bold[0]]
	return !h.embolden && h.font.Family() != fs.faces[fs.body[0]].font.Family()
}

// advance returns the advance of r in face i, in em. Font lookups are two
// array indexings, cheaper than any cache in front of them.
func (fs *faceSet) advance(i int, r rune) float64 {
	return fs.faces[i].font.Advance(r)
}

// latinRune reports characters set in the Latin serif: in a Latin-script
// document everything before the CJK blocks, in a CJK document Latin
// letters, digits and their punctuation (not the interpunct of names).
func (fs *faceSet) latinRune(r rune) bool {
	if fs.latin {
		return r < 0x2E80
	}
	return r < 0x2000 && r != '·'
}

// resolve picks the face for r. Characters in no font come back as the
// placeholder, and where(pos) is recorded for the warning; characters
// beyond the Basic Multilingual Plane are drawn like any other (the PDF
// shows glyph IDs, not UTF-16). Italic applies where a true italic exists.
func (fs *faceSet) resolve(r rune, bold, italic bool, size float64, pos int, where func(int) string) glyph {
	chain := fs.body
	if bold {
		chain = fs.bold
	}
	if fs.serif[0] >= 0 && r <= 0xFFFF && fs.latinRune(r) {
		i := fs.serif[fonts.SerifRegular]
		switch {
		case bold:
			i = fs.serif[fonts.SerifBold]
		case italic:
			i = fs.serif[fonts.SerifItalic]
		}
		if a := fs.advance(i, r); a > 0 || fs.faces[i].font.HasRune(r) {
			return glyph{r: r, face: int32(i), size: size, adv: a * size}
		}
	}
	return fs.resolveIn(chain, r, size, pos, where)
}

// resolveIn picks the face for r from chain (the Latin serif aside).
func (fs *faceSet) resolveIn(chain []int, r rune, size float64, pos int, where func(int) string) glyph {
	for _, i := range chain {
		if a := fs.advance(i, r); a > 0 || fs.faces[i].font.HasRune(r) {
			return glyph{r: r, face: int32(i), size: size, adv: a * size}
		}
	}
	if !fs.frozen {
		fs.noteMissing(r, pos, where)
	}
	i := chain[0]
	return glyph{r: fs.placeholder, face: int32(i), size: size, adv: fs.advance(i, fs.placeholder) * size}
}

// noteMissing records that r, which no font has, is drawn as the
// placeholder at where(pos): the warnings name the first eight places.
func (fs *faceSet) noteMissing(r rune, pos int, where func(int) string) {
	if _, seen := fs.missing[r]; !seen {
		fs.order = append(fs.order, r)
	}
	if len(fs.missing[r]) < 8 {
		fs.missing[r] = append(fs.missing[r], where(pos))
	}
}

// isPlaceholder reports whether g, resolved for r, is the placeholder:
// no font has r.
func (fs *faceSet) isPlaceholder(g glyph, r rune) bool {
	return g.r != r || (r == fs.placeholder && !fs.faces[g.face].font.HasRune(r))
}

// space is the width of a word space in the Latin face, in em.
func (fs *faceSet) space() float64 {
	i := fs.body[0]
	if fs.serif[0] >= 0 {
		i = fs.serif[0]
	}
	if sp := fs.advance(i, ' '); sp > 0 {
		return sp
	}
	return 0.3
}

// warnings lists each character drawn as a placeholder with its first
// positions.
func (fs *faceSet) warnings() []string {
	var out []string
	for _, r := range fs.order {
		out = append(out, fmt.Sprintf("U+%04X %q drawn as %q (no font has it) at %s", r, r, fs.placeholder, strings.Join(fs.missing[r], ", ")))
	}
	return out
}
