package epub

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cjk-publish/publish/markdown"
)

// renderChapter returns the XHTML body of one chapter (what goes between
// <body> and </body>). Containers are divs, not HTML5 sections, which
// older reading systems (Adobe RMSDK) do not know.
func renderChapter(d *markdown.Document, b *book, ch chapter) string {
	r := renderer{d: d, b: b, file: ch.file, cjk: isCJK(d.Meta.Lang), refs: map[int]int{}}
	r.s.Grow(chapterSize(d.Blocks[ch.from:ch.to]))
	if ch.titlePage {
		r.titlePage()
		return r.s.String()
	}
	r.s.WriteString(`<div class="chapter">` + "\n")
	for i := ch.from; i < ch.to; i++ {
		if !b.skip[i] {
			r.block(d.Blocks[i])
		}
	}
	if len(ch.notes) > 0 {
		r.s.WriteString(`<div class="notes">` + "\n")
		for _, n := range ch.notes {
			r.note(n)
		}
		r.s.WriteString("</div>\n")
	}
	r.s.WriteString("</div>")
	return r.s.String()
}

// chapterSize estimates the XHTML of blocks, so that it is built without
// copying: the text and about 16 bytes of markup a block.
func chapterSize(blocks []markdown.Block) int {
	n := 64
	visit(blocks, func(bl *markdown.Block) {
		n += 16
		for _, sp := range blockSpans(bl) {
			n += len(sp.Text) + 8
		}
	})
	return n
}

// renderer writes the blocks of one file.
type renderer struct {
	s    strings.Builder
	d    *markdown.Document
	b    *book
	file string      // the file written, for links inside the book
	cjk  bool        // emphasis is set with dots, not italics
	refs map[int]int // footnote marks written so far in this file, per note
}

// titlePage shows the title block: title, subtitle, author, and the
// front block's dateline, speaker, byline and source lines.
func (r *renderer) titlePage() {
	t := r.b.title
	r.s.WriteString(`<div class="titlepage" epub:type="titlepage">` + "\n")
	if t.Block >= 0 && r.d.Blocks[t.Block].ID != "" {
		fmt.Fprintf(&r.s, `<h1 class="title" id="%s">`, escapeAttr(r.d.Blocks[t.Block].ID))
	} else {
		r.s.WriteString(`<h1 class="title">`)
	}
	r.spans(t.Title, 0)
	r.s.WriteString("</h1>\n")
	if t.Subtitle != "" {
		fmt.Fprintf(&r.s, "<p class=\"subtitle\">%s</p>\n", escapeText(t.Subtitle))
	}
	for _, i := range t.Front {
		bl := r.d.Blocks[i]
		fmt.Fprintf(&r.s, `<p class="front %s">`, bl.Role)
		r.spans(bl.Spans, 0)
		r.s.WriteString("</p>\n")
	}
	if t.Author != "" {
		fmt.Fprintf(&r.s, "<p class=\"author\">%s</p>\n", escapeText(t.Author))
	}
	r.s.WriteString("</div>")
}

// block writes one block, containers with their content.
func (r *renderer) block(bl markdown.Block) {
	s := &r.s
	switch bl.Kind {
	case markdown.Heading:
		lvl := string(rune('0' + min(max(bl.Level, 1), 3)))
		idAttr := ""
		if bl.ID != "" {
			idAttr = ` id="` + escapeAttr(bl.ID) + `"`
		}
		s.WriteString("<h" + lvl + idAttr + ">")
		r.spans(bl.Spans, 0)
		s.WriteString("</h" + lvl + ">\n")
	case markdown.Deck:
		// The class carries the emphasis: an emphasized deck would be set
		// in oblique Han characters by readers that fake italics.
		s.WriteString(`<p class="deck">`)
		r.spans(bl.Spans, markdown.Emph|markdown.Strong)
		s.WriteString("</p>\n")
	case markdown.Code:
		s.WriteString("<pre><code>")
		s.WriteString(escapeText(bl.Text()))
		s.WriteString("</code></pre>\n")
	case markdown.Rule:
		s.WriteString("<hr/>\n")
	case markdown.Quote:
		s.WriteString("<blockquote>\n")
		for _, c := range bl.Blocks {
			r.block(c)
		}
		s.WriteString("</blockquote>\n")
	case markdown.List:
		tag := "ul"
		if bl.Ordered {
			tag = "ol"
		}
		if bl.Ordered && bl.Start != 1 {
			fmt.Fprintf(s, "<ol start=\"%d\">\n", bl.Start)
		} else {
			s.WriteString("<" + tag + ">\n")
		}
		for _, it := range bl.Items {
			s.WriteString("<li>")
			for _, c := range it {
				r.block(c)
			}
			s.WriteString("</li>\n")
		}
		s.WriteString("</" + tag + ">\n")
	case markdown.Table:
		r.table(bl.Table)
	case markdown.Figure:
		r.figure(bl.Image)
	default:
		switch bl.Role {
		case "":
			s.WriteString("<p>")
		case markdown.Salutation:
			s.WriteString(`<p class="salutation">`)
		default:
			fmt.Fprintf(s, `<p class="front %s">`, bl.Role)
		}
		r.spans(bl.Spans, 0)
		s.WriteString("</p>\n")
	}
}

// wideTable is the number of columns beyond which cells do not wrap.
const wideTable = 5

// alignClass is the class of a table cell aligned a.
var alignClass = map[markdown.Align]string{markdown.AlignLeft: ` class="left"`, markdown.AlignCenter: ` class="center"`, markdown.AlignRight: ` class="right"`}

// table writes a three-line table in a box that scrolls sideways on a
// narrow screen rather than overflowing it.
func (r *renderer) table(t *markdown.TableData) {
	if t == nil || len(t.Head) == 0 {
		return
	}
	s := &r.s
	// A table of many columns would wrap each to a character or two on a
	// phone: its cells stay on one line and the table scrolls sideways, in
	// a box the keyboard can reach to scroll it.
	if len(t.Head) > wideTable {
		s.WriteString(`<div class="table" tabindex="0"><table class="wide">` + "\n<thead>\n")
	} else {
		s.WriteString(`<div class="table" tabindex="0"><table>` + "\n<thead>\n")
	}
	row := func(cells []markdown.Cell, tag string) {
		s.WriteString("<tr>")
		for i := range t.Head {
			a := markdown.AlignNone
			if i < len(t.Align) {
				a = t.Align[i]
			}
			s.WriteString("<" + tag + alignClass[a] + ">")
			if i < len(cells) {
				r.spans(cells[i], 0)
			}
			s.WriteString("</" + tag + ">")
		}
		s.WriteString("</tr>\n")
	}
	row(t.Head, "th")
	s.WriteString("</thead>\n")
	if len(t.Rows) > 0 {
		s.WriteString("<tbody>\n")
		for _, cells := range t.Rows {
			row(cells, "td")
		}
		s.WriteString("</tbody>\n")
	}
	s.WriteString("</table></div>\n")
}

// figure writes an image with its caption under it; an image that was not
// loaded shows its alt text (and caption) instead.
func (r *renderer) figure(im *markdown.Image) {
	if im == nil {
		return
	}
	s := &r.s
	href, ok := r.b.images[im]
	if !ok {
		text := im.Alt
		if im.Caption != "" {
			text = strings.TrimSpace(text + " " + im.Caption)
		}
		if text != "" {
			fmt.Fprintf(s, "<p class=\"figure-missing\">%s</p>\n", escapeText(text))
		}
		return
	}
	fmt.Fprintf(s, "<div class=\"figure\"><img src=\"%s\" alt=\"%s\"/>", escapeAttr(relHref(xhtmlDir, href)), escapeAttr(im.Alt))
	if im.Caption != "" {
		fmt.Fprintf(s, "<p class=\"caption\">%s</p>", escapeText(im.Caption))
	}
	s.WriteString("</div>\n")
}

// note writes footnote n as an EPUB 3 footnote: an aside that readers show
// as a pop-up, its number a link back to the first mark citing it.
func (r *renderer) note(n int) {
	s := &r.s
	note := r.d.Notes[n-1]
	fmt.Fprintf(s, `<aside class="footnote" epub:type="footnote" role="doc-footnote" id="fn%d">`, n)
	back := fmt.Sprintf(`<a class="noteback" role="doc-backlink" href="#nref%d">%d</a> `, n, n)
	blocks := note.Blocks
	if len(blocks) > 0 && blocks[0].Kind == markdown.Paragraph {
		s.WriteString("<p>" + back)
		r.spans(blocks[0].Spans, 0)
		s.WriteString("</p>\n")
		blocks = blocks[1:]
	} else {
		s.WriteString("<p>" + back + "</p>\n")
	}
	for _, bl := range blocks {
		r.block(bl)
	}
	s.WriteString("</aside>\n")
}

// spans writes styled runs; styles in drop are not marked up.
func (r *renderer) spans(spans []markdown.Span, drop markdown.Style) {
	s := &r.s
	for _, sp := range spans {
		if sp.Note > 0 {
			r.noteRef(sp.Note)
			continue
		}
		st := sp.Style &^ drop
		href := r.href(sp.Link)
		if href != "" {
			fmt.Fprintf(s, `<a href="%s">`, escapeAttr(href))
		}
		if st&markdown.Strong != 0 {
			s.WriteString("<strong>")
		}
		if st&markdown.Emph != 0 {
			s.WriteString("<em>")
		}
		if st&markdown.Mono != 0 {
			s.WriteString("<code>")
		}
		for text := sp.Text; ; {
			line, rest, more := strings.Cut(text, "\n")
			if st&markdown.Emph != 0 && st&markdown.Mono == 0 && r.cjk {
				writeEmphasized(s, line)
			} else {
				s.WriteString(escapeText(line))
			}
			if !more {
				break
			}
			s.WriteString("<br/>")
			text = rest
		}
		if st&markdown.Mono != 0 {
			s.WriteString("</code>")
		}
		if st&markdown.Emph != 0 {
			s.WriteString("</em>")
		}
		if st&markdown.Strong != 0 {
			s.WriteString("</strong>")
		}
		if href != "" {
			s.WriteString("</a>")
		}
	}
}

// writeEmphasized writes emphasized text of a CJK book: the stylesheet
// puts emphasis dots under it, and Latin words in it, which take no dots,
// are wrapped to be set in italics instead.
func writeEmphasized(s *strings.Builder, text string) {
	start := 0
	latin := false
	flush := func(end int) {
		if end == start {
			return
		}
		if latin {
			s.WriteString(`<span class="latin">` + escapeText(text[start:end]) + "</span>")
		} else {
			s.WriteString(escapeText(text[start:end]))
		}
		start = end
	}
	for i, c := range text {
		l := c < 0x2E80 && (unicode.IsLetter(c) || unicode.IsDigit(c))
		if i > start && l != latin {
			flush(i)
		}
		latin = l
	}
	flush(len(text))
}

// noteRef writes a footnote mark: a superscript number linking to the
// footnote.
func (r *renderer) noteRef(n int) {
	file := r.b.noteIn[n]
	href := fmt.Sprintf("#fn%d", n)
	if file != r.file {
		href = file + href
	}
	r.refs[n]++
	id := fmt.Sprintf("nref%d", n)
	if k := r.refs[n]; k > 1 {
		id += fmt.Sprintf("-%d", k)
	}
	fmt.Fprintf(&r.s, `<sup><a class="noteref" epub:type="noteref" role="doc-noteref" id="%s" href="%s">%d</a></sup>`, id, escapeAttr(href), n)
}

// href is where a link goes from this file: a heading of the book, or an
// address outside it.
func (r *renderer) href(link string) string {
	if id, ok := strings.CutPrefix(link, "#"); ok {
		file, found := r.b.anchorIn[id]
		switch {
		case !found:
			return ""
		case file == r.file:
			return "#" + id
		}
		return file + "#" + id
	}
	return linkTarget(link)
}

// linkTarget keeps links a reader can follow from inside a book: absolute
// web and mail addresses. Relative links would point at files the book does
// not contain (an epubcheck error), so their text is kept without the link.
func linkTarget(link string) string {
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil || u.Scheme == "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
		return escapeURL(u.String())
	case "mailto":
		return escapeURL(u.String())
	}
	return ""
}

// escapeURL percent-encodes the ASCII characters a URL may not contain
// (url.URL.String leaves them in the query); other characters pass, as
// EPUB allows IRIs.
func escapeURL(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c == 0x7f || strings.IndexByte("\"<>\\^`{|}", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// escapeText escapes character data and replaces characters XML 1.0 cannot
// carry with U+FFFD, so that a stray control character from a damaged
// source cannot make a chapter unreadable.
func escapeText(t string) string { return escape(t, false) }

// escapeAttr escapes a double-quoted attribute value.
func escapeAttr(t string) string { return escape(t, true) }

func escape(t string, attr bool) string {
	clean := true
	for _, r := range t {
		if r == '&' || r == '<' || r == '>' || (attr && r == '"') || !xmlChar(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return t
	}
	var s strings.Builder
	s.Grow(len(t) + 16)
	for _, r := range t {
		switch {
		case r == '&':
			s.WriteString("&amp;")
		case r == '<':
			s.WriteString("&lt;")
		case r == '>':
			s.WriteString("&gt;")
		case attr && r == '"':
			s.WriteString("&quot;")
		case !xmlChar(r):
			s.WriteRune('\uFFFD')
		default:
			s.WriteRune(r)
		}
	}
	return s.String()
}

// xmlChar reports whether r may appear in an XML 1.0 document.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}
