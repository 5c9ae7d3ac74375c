package epub

import (
	"fmt"
	"strings"
)

// navDocument writes the EPUB 3 navigation document (go-epub's has no
// language, an English title, and no entries pointing inside a file).
// dir is the document's folder relative to the package folder.
func (f *fixes) navDocument(dir string) []byte {
	var s strings.Builder
	lang := escapeAttr(f.Lang)
	fmt.Fprintf(&s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"+
		"<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"%s\" xml:lang=\"%s\">\n", lang, lang)
	fmt.Fprintf(&s, "<head>\n<title>%s</title>\n", escapeText(f.NavTitle))
	if f.Style != "" {
		fmt.Fprintf(&s, "<link rel=\"stylesheet\" type=\"text/css\" href=\"%s\"/>\n", escapeAttr(relHref(dir, f.Style)))
	}
	s.WriteString("</head>\n<body>\n")
	fmt.Fprintf(&s, "<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\">\n<h1>%s</h1>\n", escapeText(f.NavTitle))
	navList(&s, f.TOC, dir, 0)
	s.WriteString("</nav>\n")
	if len(f.Landmarks) > 0 {
		s.WriteString("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n")
		for _, l := range f.Landmarks {
			fmt.Fprintf(&s, "<li><a epub:type=\"%s\" href=\"%s\">%s</a></li>\n",
				escapeAttr(l.Type), escapeAttr(relHref(dir, l.Href)), escapeText(l.Title))
		}
		s.WriteString("</ol>\n</nav>\n")
	}
	s.WriteString("</body>\n</html>\n")
	return []byte(s.String())
}

func navList(s *strings.Builder, entries []tocEntry, dir string, depth int) {
	indent := strings.Repeat("  ", depth)
	s.WriteString(indent + "<ol>\n")
	for _, e := range entries {
		fmt.Fprintf(s, "%s  <li><a href=\"%s\">%s</a>", indent, escapeAttr(relHref(dir, e.Href)), escapeText(e.Title))
		if len(e.Children) > 0 {
			s.WriteString("\n")
			navList(s, e.Children, dir, depth+2)
			s.WriteString(indent + "  ")
		}
		s.WriteString("</li>\n")
	}
	s.WriteString(indent + "</ol>\n")
}

// ncxDocument writes the EPUB 2 table of contents with the nesting of the
// navigation document, the dtb:uid that must equal the package identifier,
// and play orders.
func (f *fixes) ncxDocument(dir string) []byte {
	var s strings.Builder
	fmt.Fprintf(&s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"+
		"<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"%s\">\n", escapeAttr(f.Lang))
	s.WriteString("  <head>\n")
	fmt.Fprintf(&s, "    <meta name=\"dtb:uid\" content=\"%s\"/>\n", escapeAttr(f.Identifier))
	fmt.Fprintf(&s, "    <meta name=\"dtb:depth\" content=\"%d\"/>\n", tocDepth(f.TOC))
	s.WriteString("    <meta name=\"dtb:totalPageCount\" content=\"0\"/>\n    <meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n  </head>\n")
	fmt.Fprintf(&s, "  <docTitle>\n    <text>%s</text>\n  </docTitle>\n", escapeText(f.Title))
	for _, a := range f.Authors {
		fmt.Fprintf(&s, "  <docAuthor>\n    <text>%s</text>\n  </docAuthor>\n", escapeText(a))
	}
	s.WriteString("  <navMap>\n")
	order := 0
	var walk func(entries []tocEntry, depth int)
	walk = func(entries []tocEntry, depth int) {
		indent := strings.Repeat("  ", depth+2)
		for _, e := range entries {
			order++
			fmt.Fprintf(&s, "%s<navPoint id=\"navpoint-%d\" playOrder=\"%d\">\n", indent, order, order)
			fmt.Fprintf(&s, "%s  <navLabel>\n%s    <text>%s</text>\n%s  </navLabel>\n", indent, indent, escapeText(e.Title), indent)
			fmt.Fprintf(&s, "%s  <content src=\"%s\"/>\n", indent, escapeAttr(relHref(dir, e.Href)))
			walk(e.Children, depth+1)
			fmt.Fprintf(&s, "%s</navPoint>\n", indent)
		}
	}
	walk(f.TOC, 0)
	s.WriteString("  </navMap>\n</ncx>\n")
	return []byte(s.String())
}

// tocDepth is the number of nesting levels of entries.
func tocDepth(entries []tocEntry) int {
	d := 0
	for _, e := range entries {
		d = max(d, 1+tocDepth(e.Children))
	}
	return d
}
