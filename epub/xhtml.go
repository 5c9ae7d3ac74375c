package epub

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/cjk-publish/publish/markdown"
)

// renderChapter returns the XHTML body of one chapter (what goes between
// <body> and </body>). Containers are divs, not HTML5 sections, which
// older reading systems (Adobe RMSDK) do not know.
func renderChapter(d *markdown.Document, b *book, ch chapter) string {
	var s strings.Builder
	s.Grow(chapterSize(d.Blocks[ch.from:ch.to]))
	if ch.titlePage {
		renderTitlePage(&s, d, b)
		return s.String()
	}
	s.WriteString(`<div class="chapter">` + "\n")
	blocks := d.Blocks[ch.from:ch.to]
	for i := 0; i < len(blocks); {
		idx := ch.from + i
		bl := blocks[i]
		switch {
		case idx == b.titleBlock:
			i++ // shown on the title page
		case bl.Kind == markdown.ListItem:
			i += renderList(&s, blocks[i:])
		case bl.Kind == markdown.Quote:
			i += renderQuote(&s, blocks[i:])
		default:
			renderBlock(&s, bl, ch.anchors[idx])
			i++
		}
	}
	s.WriteString("</div>")
	return s.String()
}

// chapterSize estimates the XHTML of blocks, so that it is built without
// copying: the text and about 16 bytes of markup a block.
func chapterSize(blocks []markdown.Block) int {
	n := 64
	for _, bl := range blocks {
		n += 16
		for _, sp := range bl.Spans {
			n += len(sp.Text)
		}
	}
	return n
}

// renderTitlePage shows the title (the document's level-1 heading, or the
// front matter title), subtitle and author.
func renderTitlePage(s *strings.Builder, d *markdown.Document, b *book) {
	s.WriteString(`<div class="titlepage" epub:type="titlepage">` + "\n")
	if b.titleBlock >= 0 {
		s.WriteString(`<h1 class="title">`)
		writeSpans(s, d.Blocks[b.titleBlock].Spans, 0)
		s.WriteString("</h1>\n")
	} else {
		fmt.Fprintf(s, "<h1 class=\"title\">%s</h1>\n", escapeText(d.Meta.Title))
	}
	if d.Meta.Subtitle != "" {
		fmt.Fprintf(s, "<p class=\"subtitle\">%s</p>\n", escapeText(d.Meta.Subtitle))
	}
	if d.Meta.Author != "" {
		fmt.Fprintf(s, "<p class=\"author\">%s</p>\n", escapeText(d.Meta.Author))
	}
	s.WriteString("</div>")
}

// renderBlock writes one block that stands alone.
func renderBlock(s *strings.Builder, bl markdown.Block, id string) {
	idAttr := ""
	if id != "" {
		idAttr = ` id="` + id + `"`
	}
	switch bl.Kind {
	case markdown.Heading:
		lvl := string(rune('0' + min(max(bl.Level, 1), 3)))
		s.WriteString("<h" + lvl + idAttr + ">")
		writeSpans(s, bl.Spans, 0)
		s.WriteString("</h" + lvl + ">\n")
	case markdown.Deck:
		// The class carries the emphasis: an emphasized deck would be set
		// in oblique Han characters by readers that fake italics.
		s.WriteString(`<p class="deck">`)
		writeSpans(s, bl.Spans, markdown.Emph|markdown.Strong)
		s.WriteString("</p>\n")
	case markdown.Code:
		s.WriteString("<pre><code>")
		s.WriteString(escapeText(bl.Text()))
		s.WriteString("</code></pre>\n")
	case markdown.Rule:
		s.WriteString("<hr/>\n")
	default:
		s.WriteString("<p>")
		writeSpans(s, bl.Spans, 0)
		s.WriteString("</p>\n")
	}
}

// renderList writes the run of list items starting at blocks[0] as one or
// more lists and returns how many blocks it used. A marker starts an item;
// a list item block without one continues the previous item.
func renderList(s *strings.Builder, blocks []markdown.Block) int {
	n := 0
	for n < len(blocks) && blocks[n].Kind == markdown.ListItem {
		n++
	}
	open := ""
	inItem := false
	for _, bl := range blocks[:n] {
		if bl.Marker != "" {
			tag, start := listKind(bl.Marker)
			if inItem {
				s.WriteString("</li>\n")
				inItem = false
			}
			if tag != open {
				if open != "" {
					fmt.Fprintf(s, "</%s>\n", open)
				}
				open = tag
				if start > 1 {
					fmt.Fprintf(s, "<%s start=\"%d\">\n", tag, start)
				} else {
					fmt.Fprintf(s, "<%s>\n", tag)
				}
			}
			s.WriteString("<li>")
			inItem = true
		} else if !inItem {
			// A continuation with no item to continue (cannot come from
			// Markdown, but the model allows it): give it its own item.
			if open == "" {
				open = "ul"
				s.WriteString(`<ul class="plain">` + "\n")
			}
			s.WriteString("<li>")
			inItem = true
		}
		s.WriteString("<p>")
		writeSpans(s, bl.Spans, 0)
		s.WriteString("</p>")
	}
	if inItem {
		s.WriteString("</li>\n")
	}
	fmt.Fprintf(s, "</%s>\n", open)
	return n
}

// listKind tells an ordered marker ("3." or "3)") from a bullet.
func listKind(marker string) (tag string, start int) {
	m := strings.TrimSpace(marker)
	if len(m) < 2 || (m[len(m)-1] != '.' && m[len(m)-1] != ')') {
		return "ul", 0
	}
	n := 0
	for _, c := range m[:len(m)-1] {
		if c < '0' || c > '9' || n > 1e8 {
			return "ul", 0
		}
		n = n*10 + int(c-'0')
	}
	return "ol", n
}

// renderQuote writes the run of quote paragraphs starting at blocks[0] as
// one block quote and returns how many blocks it used.
func renderQuote(s *strings.Builder, blocks []markdown.Block) int {
	n := 0
	s.WriteString("<blockquote>\n")
	for n < len(blocks) && blocks[n].Kind == markdown.Quote {
		s.WriteString("<p>")
		writeSpans(s, blocks[n].Spans, 0)
		s.WriteString("</p>\n")
		n++
	}
	s.WriteString("</blockquote>\n")
	return n
}

// writeSpans writes styled runs; styles in drop are not marked up.
func writeSpans(s *strings.Builder, spans []markdown.Span, drop markdown.Style) {
	for _, sp := range spans {
		st := sp.Style &^ drop
		href := linkTarget(sp.Link)
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
			s.WriteString(escapeText(line))
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
