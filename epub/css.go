package epub

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/markdown"
)

// style is the book's stylesheet and the font files it refers to (none
// when fonts are left to the reader).
type style struct {
	text  string
	faces []embeddedFace
}

// embeddedFace is a font subset and the weight the stylesheet gives it.
type embeddedFace struct {
	file   string // in the fonts folder
	weight string // CSS font-weight
	family string // CSS family of a fallback font ("": the body family)
	data   []byte
}

// mediaType is the face's media type: OpenType for CFF subsets.
func (f embeddedFace) mediaType() string {
	if strings.HasSuffix(f.file, ".otf") {
		return "font/otf"
	}
	return "font/ttf"
}

// fileFor names the subset file of font f: a CFF font's subset is an
// OpenType (.otf) font, a TrueType one's a .ttf.
func fileFor(f *fonts.Font, ttf string) string {
	if f.CFF() {
		return strings.TrimSuffix(ttf, ".ttf") + ".otf"
	}
	return ttf
}

// stylesheet builds the CSS and, when fonts are embedded, the subset of the
// body font holding exactly the characters the book shows, and a subset of
// the bold face with the characters set bold.
func stylesheet(d *markdown.Document, opts Options) (style, error) {
	cjk := isCJK(d.Meta.Lang)
	if !opts.EmbedFont {
		return style{text: css("serif", nil, cjk)}, nil
	}
	have, missing := split(opts.Font, bookRunes(d))
	subset := subsetter(d.Meta.Lang)
	sub, err := subset(opts.Font, have)
	if err != nil {
		return style{}, fmt.Errorf("subsetting %s: %w", opts.Font.Name, err)
	}
	st := style{faces: []embeddedFace{{file: fileFor(opts.Font, fontFile), weight: "normal", data: sub}}}
	family := cssString(opts.Font.Name)
	// Characters the body font lacks come from the fallback fonts, each
	// embedded as a family of its own listed after the body's.
	for _, fb := range opts.Fallbacks {
		var in []rune
		if in, missing = split(fb, missing); len(in) == 0 {
			continue
		}
		sub, err := subset(fb, in)
		if err != nil {
			return style{}, fmt.Errorf("subsetting %s: %w", fb.Name, err)
		}
		name := cssString(fb.Name)
		file := fileFor(fb, fmt.Sprintf("fallback%d.ttf", len(st.faces)))
		st.faces = append(st.faces, embeddedFace{file: file, weight: "normal", family: name, data: sub})
		family += ", " + name
	}
	if len(missing) > 0 {
		opts.warn("the font %s lacks %d characters of the text (%s); readers will fall back to another font for them",
			opts.Font.Name, len(missing), sample(missing, 12))
	}

	if bold := boldFace(opts); bold != nil {
		runes, _ := split(opts.Font, boldRunes(d))
		// A bold face lacking a character the regular one has would make
		// readers fall back to another family for it: then embolden the
		// regular face instead.
		if inBold, lacking := split(bold, runes); len(lacking) == 0 {
			sub, err := subset(bold, inBold)
			if err != nil {
				return style{}, fmt.Errorf("subsetting %s: %w", bold.Name, err)
			}
			st.faces = append(st.faces, embeddedFace{file: fileFor(bold, boldFontFile), weight: "bold", data: sub})
		} else {
			opts.warn("the bold font %s lacks %d characters of the headings (%s); headings use the regular font made bold",
				bold.Name, len(lacking), sample(lacking, 12))
		}
	}
	st.text = css(family+", serif", st.faces, cjk)
	return st, nil
}

// subsetter picks how to subset fonts for a book in lang. Chinese and
// Japanese set “ ” ‘ ’ · and kin 1 em wide, which many CJK fonts only do
// through OpenType features readers do not apply, so their subsets get
// full-width glyphs for these marks; other languages (Korean included,
// which spaces them like Latin text) keep the font's proportional ones.
func subsetter(lang string) func(*fonts.Font, []rune) ([]byte, error) {
	l := strings.ToLower(lang)
	if strings.HasPrefix(l, "zh") || strings.HasPrefix(l, "ja") {
		return (*fonts.Font).SubsetCJK
	}
	return (*fonts.Font).Subset
}

// boldFace is the font for bold text: Options.Bold, or the bundled bold
// face when the body font is the bundled one.
func boldFace(opts Options) *fonts.Font {
	if opts.Bold != nil {
		return opts.Bold
	}
	if opts.Font == fonts.Bundled() {
		return fonts.BundledBold()
	}
	return nil
}

// split separates the runes f has from those it lacks (spaces and controls
// need no glyph and count as neither).
func split(f *fonts.Font, runes []rune) (have, missing []rune) {
	for _, r := range runes {
		switch {
		case f.HasRune(r):
			have = append(have, r)
		case r > ' ':
			missing = append(missing, r)
		}
	}
	return have, missing
}

// boldRunes lists the characters the stylesheet sets bold: headings, the
// title, the navigation heading, table headers and strong text.
func boldRunes(d *markdown.Document) []rune {
	seen := map[rune]bool{}
	add := func(s string) {
		for _, r := range s {
			seen[r] = true
		}
	}
	add(d.Meta.Title)
	add(markdown.LabelsFor(d.Meta.Lang).Contents)
	d.Walk(func(b *markdown.Block, _ int) bool {
		switch {
		case b.Kind == markdown.Heading:
			add(b.Text())
		case b.Kind == markdown.Deck: // its emphasis is not marked up
		case b.Kind == markdown.Table && b.Table != nil:
			for _, c := range b.Table.Head {
				add(c.Text())
			}
			fallthrough
		default:
			for _, sp := range blockSpans(b) {
				if sp.Style&markdown.Strong != 0 {
					add(sp.Text)
				}
			}
		}
		return true
	})
	return sortedRunes(seen)
}

// bookRunes lists, sorted and without repeats, every character the book
// shows with the body font: the text, the front matter on the title page,
// captions, footnote numbers and the labels the book adds.
func bookRunes(d *markdown.Document) []rune {
	seen := map[rune]bool{}
	add := func(s string) {
		for _, r := range s {
			seen[r] = true
		}
	}
	m := d.Meta
	add(m.Title)
	add(m.Subtitle)
	add(m.Author)
	l := markdown.LabelsFor(m.Lang)
	add(l.Contents + l.Cover + l.TitlePage + l.Start)
	add(d.Text())
	return sortedRunes(seen)
}

func sortedRunes(seen map[rune]bool) []rune {
	out := make([]rune, 0, len(seen))
	for r := range seen {
		if r != '\n' {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

func sample(rs []rune, n int) string {
	if len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return string(rs)
}

// cssString quotes a font family name.
func cssString(s string) string {
	s = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ").Replace(s)
	return `"` + s + `"`
}

// dataURL is how go-epub takes in-memory files.
func dataURL(mediaType string, data []byte) string {
	return "data:" + mediaType + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// css returns the stylesheet. The first part is CSS 2 that every reader
// understands (Adobe RMSDK, Kindle conversion); the properties after it
// refine line breaking and punctuation where the engine supports them and
// are ignored elsewhere (see docs/cjk-typesetting.md §11).
func css(family string, faces []embeddedFace, cjk bool) string {
	var s strings.Builder
	s.WriteString("@charset \"UTF-8\";\n")
	name, _, _ := strings.Cut(family, ", ")
	for _, f := range faces {
		fam := name
		if f.family != "" {
			fam = f.family
		}
		fmt.Fprintf(&s, "@font-face {\n  font-family: %s;\n  font-style: normal;\n  font-weight: %s;\n  src: url(\"../fonts/%s\");\n}\n",
			fam, f.weight, f.file)
	}
	indent, leading := "2em", "1.7"
	if !cjk {
		indent, leading = "1.5em", "1.5"
	}
	fmt.Fprintf(&s, `body {
  margin: 0 0.5em;
  font-family: %s;
  line-height: %s;
  text-align: justify;
  orphans: 2;
  widows: 2;
  line-break: strict;
  word-break: normal;
  overflow-wrap: break-word;
  text-autospace: normal;
  text-spacing-trim: normal;
  hanging-punctuation: allow-end;
}
p {
  margin: 0;
  text-indent: %s;
}
`, family, leading, indent)
	fmt.Fprintf(&s, `h1, h2, h3 {
  text-indent: 0;
  text-align: center;
  font-weight: bold;
  line-height: 1.4;
  page-break-after: avoid;
  break-after: avoid;
  page-break-inside: avoid;
  break-inside: avoid;
}
h1 { font-size: 1.6em; margin: 1.5em 0 1em; }
h2 { font-size: 1.35em; margin: 1.2em 0 0.5em; }
h3 { font-size: 1.15em; margin: 1em 0 0.4em; }
p.deck {
  text-indent: 0;
  text-align: center;
  font-size: 1.05em;
  color: #555555;
  margin: 0 0 1.4em;
}
div.titlepage { padding-top: 30%%; text-align: center; }
h1.title { font-size: 2em; margin: 0 0 1em; }
p.subtitle { text-indent: 0; text-align: center; font-size: 1.2em; margin: 0 0 3em; }
p.author { text-indent: 0; text-align: center; }
p.front { text-indent: 0; text-align: center; font-size: 0.95em; margin: 0.3em 0; }
div.titlepage p.front { margin: 0 0 0.6em; }
p.salutation { text-indent: 0; margin-top: 0.8em; }
blockquote { margin: 0.8em 2em; }
blockquote p { text-indent: 0; margin: 0.4em 0; }
ul, ol { margin: 0.6em 0 0.6em 2em; padding: 0; }
li { margin: 0.2em 0; }
li p { text-indent: 0; }
li ul, li ol { margin-top: 0.2em; margin-bottom: 0.2em; }
pre { margin: 0.8em 0; white-space: pre-wrap; text-align: left; font-size: 0.9em; }
code { font-family: monospace, %[1]s; }
hr { width: 30%%; margin: 1.5em auto; border: 0; border-top: 1px solid #888888; }
a { color: inherit; }
div.table { margin: 1em 0; overflow-x: auto; max-width: 100%%; }
table { border-collapse: collapse; margin: 0 auto; border-top: 2px solid #000000; border-bottom: 2px solid #000000; font-size: 0.9em; line-height: 1.5; }
thead th { border-bottom: 1px solid #000000; font-weight: bold; }
th, td { padding: 0.25em 0.6em; text-align: left; vertical-align: top; text-indent: 0; }
thead th { text-align: center; }
table.wide th, table.wide td { white-space: nowrap; }
th.center, td.center { text-align: center; }
th.right, td.right { text-align: right; white-space: nowrap; }
div.figure { margin: 1em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
div.figure img { max-width: 100%%; height: auto; }
p.caption { text-indent: 0; text-align: center; font-size: 0.9em; margin: 0.4em 0 0; }
p.figure-missing { text-indent: 0; text-align: center; color: #555555; }
sup { font-size: 0.7em; line-height: 0; vertical-align: super; }
a.noteref { text-decoration: none; }
div.notes { margin-top: 2em; border-top: 1px solid #888888; font-size: 0.85em; }
aside.footnote p { text-indent: 0; margin: 0.4em 0; }
a.noteback { text-decoration: none; font-weight: bold; }
`, family)
	if cjk {
		// Han characters have no italics (readers would slant them): CJK
		// emphasis gets emphasis dots under the characters (着重号), as in
		// the PDF, never bold. Engines without text-emphasis keep the
		// dotted underline; those with it drop the underline through
		// emphasisStyle, a stylesheet of its own so that an engine that
		// rejects @supports loses only that one rule.
		s.WriteString(`em { font-style: normal; text-decoration: underline; text-decoration-style: dotted;
  -webkit-text-emphasis: filled dot; text-emphasis: filled dot;
  -webkit-text-emphasis-position: under right; text-emphasis-position: under right; }
em span.latin { font-style: italic; -webkit-text-emphasis: none; text-emphasis: none; }
`)
	} else {
		s.WriteString("body { -webkit-hyphens: auto; hyphens: auto; }\n")
	}
	s.WriteString("nav ol { list-style: none; padding: 0; margin: 0 0 0 1.5em; }\nnav > ol { margin-left: 0; }\nnav li { margin: 0.3em 0; }\n")
	return s.String()
}

// emphasisStyle leaves emphasis dots alone where the engine draws them.
const emphasisStyle = `@charset "UTF-8";
@supports (text-emphasis: filled dot) or (-webkit-text-emphasis: filled dot) {
  em { text-decoration: none; }
}
`

// coverStyle centres the cover image on its page.
const coverStyle = `@charset "UTF-8";
body { margin: 0; padding: 0; text-align: center; }
img { max-width: 100%; max-height: 100%; }
`

// coverFonts picks the fonts the cover is drawn with: the bold face (when
// there is one) for the title, the body font for the rest.
func coverFonts(opts Options) (title, text *fonts.Font) {
	if bold := boldFace(opts); bold != nil {
		return bold, opts.Font
	}
	return opts.Font, opts.Font
}

// isCJK reports whether lang is Chinese, Japanese or Korean, whose books
// get the CJK conventions: 2-em indent, looser leading, no italics.
func isCJK(lang string) bool {
	l := strings.ToLower(lang)
	return strings.HasPrefix(l, "zh") || strings.HasPrefix(l, "ja") || strings.HasPrefix(l, "ko")
}
