package epub

import (
	"bytes"
	"encoding/xml"
)

// xhtmlDocument wraps a chapter body in a complete XHTML document laid out
// as go-epub lays out its sections, with the book's language on the root
// element. The writer makes chapters itself rather than through go-epub,
// which serializes each one through encoding/xml, deflates it, and checks
// every new file name against all the others (quadratic in the number of
// sections); the post-pass would then inflate each one again to add the
// language.
func xhtmlDocument(lang, title string, sheets []string, body string) []byte {
	const (
		head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" +
			"<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
		tail = "\n</body>\n</html>\n"
	)
	l := escapeAttr(lang)
	var s bytes.Buffer
	s.Grow(len(head) + len(body) + len(title) + 2*len(l) + 100*len(sheets) + 200)
	s.WriteString(head)
	s.WriteString(` lang="` + l + `" xml:lang="` + l + "\">\n  <head>\n    <title dir=\"auto\">")
	// encoding/xml's escaping, as go-epub's title is.
	_ = xml.EscapeText(&s, []byte(title)) // a bytes.Buffer does not fail
	s.WriteString("</title>\n")
	for _, href := range sheets {
		s.WriteString(`    <link rel="stylesheet" type="text/css" href="`)
		_ = xml.EscapeText(&s, []byte(href))
		s.WriteString("\"></link>\n")
	}
	s.WriteString("  </head>\n  <body dir=\"auto\">\n")
	s.WriteString(body)
	s.WriteString(tail)
	return s.Bytes()
}
