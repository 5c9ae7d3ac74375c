package layout

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/go-pdf/fpdf"

	"github.com/cjk-publish/publish/markdown"
)

// The fpdf adapter: draws what typeset decided and nothing else. Every
// glyph run is shown at a computed position (pen.show; fonts are embedded
// by embed.go, not fpdf); character spacing
// (Tc) stretches each glyph's advance up to the next glyph's origin, so
// text extraction sees touching glyphs and inserts no spaces between CJK
// characters. fpdf's MultiCell/Write are never used: they drop characters.

// usedRunes collects, per font program, the characters drawn with it.
func usedRunes(t *document) [][]rune {
	used := make(familyRunes, len(t.fs.fonts))
	if t.used != nil && t.used.fams != nil {
		used = t.used.fams // the glyphs of lean rows, noted before they were dropped
	}
	for _, r := range t.rows {
		used.addLine(t.fs, r.ln)
		used.addLine(t.fs, r.more().marker)
		if r.more().tbl != nil {
			for _, cs := range r.more().tbl.cells {
				for _, ln := range cs.lines {
					used.addLine(t.fs, ln)
				}
			}
		}
	}
	for _, m := range []map[int]line{t.deco.headers, t.deco.folios, t.deco.tocNums} {
		for _, ln := range m {
			used.addLine(t.fs, ln)
		}
	}
	return used.sorted(len(t.fs.fonts))
}

func draw(w io.Writer, t *document, opts Options) error {
	created := opts.Created
	if created.IsZero() {
		created = time.Now()
	}
	created = created.UTC().Truncate(time.Second) // the XMP dates say Z
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: fpdf.SizeType{Wd: t.sheetW(), Ht: t.sheetH()}})
	pdf.SetCatalogSort(true)
	pdf.SetCompression(false) // compressStreams deflates the pages with one writer
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	m := t.meta
	pdf.SetTitle(m.Title, true)
	if m.Author != "" {
		pdf.SetAuthor(m.Author, true)
	}
	if m.Subtitle != "" {
		pdf.SetSubject(m.Subtitle, true)
	} else if m.Description != "" {
		pdf.SetSubject(m.Description, true)
	}
	if len(m.Keywords) > 0 {
		pdf.SetKeywords(strings.Join(m.Keywords, ", "), true)
	}
	if opts.Creator != "" {
		pdf.SetCreator(opts.Creator, true)
	}
	pdf.SetProducer("publish layout (fpdf)", true)
	pdf.SetLang(m.Lang)
	pdf.SetXmpMetadata(xmpPacket(m, opts.Creator, created))

	t.pdfFonts = make([]*pdfFont, len(t.fs.fonts))
	for fam, runes := range usedRunes(t) {
		if len(runes) == 0 {
			continue
		}
		f := t.fs.fonts[fam]
		pf, err := newPDFFont(fam, f, runes)
		if err != nil {
			return fmt.Errorf("subsetting %s: %w", f.Name, err)
		}
		t.pdfFonts[fam] = pf
	}
	registerImages(pdf, t, opts)
	mk := newMarking(t.tags)
	// Lean rows get their glyphs back as they are drawn; no character is
	// resolved anew, so no warning is recorded twice. Each page is
	// deflated as soon as the next one begins.
	t.lines = &lineSetter{t: t}
	t.fs.frozen = true
	defer func() { t.fs.frozen = false }()
	t.deflater = newPageDeflater(pdf)
	drawPages(pdf, t, mk)
	t.pageDone(pdf.PageCount())
	deflated, err := t.deflater.wait()
	if err != nil {
		return err
	}
	// Drawn: the rows are not needed while fpdf assembles the file.
	t.rows, t.recipes, t.lines = nil, nil, nil
	if err := pdf.Error(); err != nil {
		return err
	}
	var buf keptWriter
	if err := pdf.Output(&buf); err != nil {
		return err
	}
	// Its buffer is buf's; its pages, which the deflater reaches into,
	// are in the file now: let both go.
	pdf, t.deflater = nil, nil
	// The catalog is finished while it is still the last object (the
	// font objects come after it and embedFonts reads every offset).
	cataloged, err := finishCatalog(buf.data)
	if err != nil {
		return err
	}
	buf.data = nil
	withFonts, err := embedFonts(cataloged, t.pdfFonts)
	if err != nil {
		return fmt.Errorf("embedding fonts: %w", err)
	}
	cataloged = nil
	out, err := compressStreams(withFonts, deflated)
	if err != nil {
		return fmt.Errorf("compressing pages: %w", err)
	}
	update, err := addStructure(out, t, mk)
	if err != nil {
		return fmt.Errorf("tagging: %w", err)
	}
	if _, err := w.Write(out); err != nil {
		return err
	}
	_, err = w.Write(update)
	return err
}

// xmpPacket is the XMP metadata stream: the Info dictionary's title,
// authors (one each), subject, keywords, tools and dates, and the
// language, rights and publisher that only XMP can say.
func xmpPacket(m markdown.Meta, creator string, created time.Time) []byte {
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	lang := esc(m.Lang)
	var s strings.Builder
	s.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
		"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n" +
		"<pdfuaid:part>1</pdfuaid:part>\n") // tagged as PDF/UA-1 asks (tagged.go)
	alt := func(name, v string) {
		if v != "" {
			fmt.Fprintf(&s, "<dc:%s><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li><rdf:li xml:lang=\"%s\">%s</rdf:li></rdf:Alt></dc:%s>\n", name, esc(v), lang, esc(v), name)
		}
	}
	list := func(name, kind string, vs []string) {
		if len(vs) > 0 {
			fmt.Fprintf(&s, "<dc:%s><rdf:%s>", name, kind)
			for _, v := range vs {
				fmt.Fprintf(&s, "<rdf:li>%s</rdf:li>", esc(v))
			}
			fmt.Fprintf(&s, "</rdf:%s></dc:%s>\n", kind, name)
		}
	}
	alt("title", m.Title)
	authors := m.Authors
	if len(authors) == 0 && m.Author != "" {
		authors = []string{m.Author}
	}
	list("creator", "Seq", authors)
	if m.Subtitle != "" {
		alt("description", m.Subtitle)
	} else {
		alt("description", m.Description)
	}
	list("subject", "Bag", m.Keywords)
	list("language", "Bag", []string{m.Lang})
	list("publisher", "Bag", nonEmpty(m.Publisher))
	alt("rights", m.Rights)
	s.WriteString("<dc:format>application/pdf</dc:format>\n")
	if len(m.Keywords) > 0 {
		fmt.Fprintf(&s, "<pdf:Keywords>%s</pdf:Keywords>\n", esc(strings.Join(m.Keywords, ", ")))
	}
	s.WriteString("<pdf:Producer>publish layout (fpdf)</pdf:Producer>\n")
	if creator != "" {
		fmt.Fprintf(&s, "<xmp:CreatorTool>%s</xmp:CreatorTool>\n", esc(creator))
	}
	date := created.Format("2006-01-02T15:04:05Z")
	fmt.Fprintf(&s, "<xmp:CreateDate>%s</xmp:CreateDate>\n<xmp:ModifyDate>%s</xmp:ModifyDate>\n<xmp:MetadataDate>%s</xmp:MetadataDate>\n", date, date, date)
	s.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>")
	return []byte(s.String())
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// finishCatalog adds what fpdf cannot say to the document catalog: the
// XMP stream (fpdf writes it but does not link it) and the viewer
// preference to show the title rather than the file name; both need PDF
// 1.4. The catalog grows in place and the offsets after it move.
func finishCatalog(pdf []byte) ([]byte, error) {
	meta := bytes.Index(pdf, []byte("<< /Type /Metadata /Subtype /XML"))
	cat := bytes.Index(pdf, []byte("/Type /Catalog\n"))
	if meta < 0 || cat < 0 {
		return nil, fmt.Errorf("finishing the catalog: no metadata stream or catalog")
	}
	objLine := pdf[bytes.LastIndexByte(pdf[:meta-1], '\n')+1 : meta]
	num, _, ok := bytes.Cut(bytes.TrimSpace(objLine), []byte(" "))
	if !ok {
		return nil, fmt.Errorf("finishing the catalog: metadata object %q", objLine)
	}
	at := cat + len("/Type /Catalog\n")
	add := []byte(fmt.Sprintf("/Metadata %s 0 R\n/ViewerPreferences << /DisplayDocTitle true >>\n", num))
	xref, err := startXref(pdf)
	if err != nil || xref < at {
		return nil, fmt.Errorf("finishing the catalog: cross-reference table")
	}
	out := make([]byte, 0, len(pdf)+len(add))
	out = append(out, pdf[:at]...)
	out = append(out, add...)
	out = append(out, pdf[at:]...)
	// Move the cross-reference entries of the objects after the catalog
	// and the table's own offset.
	entries := xref + len(add)
	first := bytes.IndexByte(out[entries+len("xref\n"):], '\n') + entries + len("xref\n") + 1
	for e := first; e+xrefEntry <= len(out) && out[e+17] == 'n'; e += xrefEntry {
		if off, err := strconv.Atoi(string(out[e : e+10])); err == nil && off > at {
			copy(out[e:e+10], fmt.Sprintf("%010d", off+len(add)))
		}
	}
	sx := bytes.LastIndex(out, []byte("startxref\n"))
	out = append(out[:sx], fmt.Sprintf("startxref\n%d\n%%%%EOF\n", entries)...)
	if bytes.HasPrefix(out, []byte("%PDF-1.3")) {
		out[7] = '4'
	}
	return out, nil
}

// actualText is the line's text as a PDF string: text extraction reads it
// instead of guessing spaces from the gaps that justification, the Han-Latin
// gap and 1-em punctuation cells leave between glyphs. Source spaces are
// kept.
func actualText(gs []placed) string {
	return string(appendActualText(make([]byte, 0, 6+8*len(gs)), gs))
}

// appendActualText appends actualText(gs) to b.
func appendActualText(b []byte, gs []placed) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, "<FEFF"...)
	put := func(u uint16) {
		b = append(b, hex[u>>12], hex[u>>8&15], hex[u>>4&15], hex[u&15])
	}
	for _, g := range gs {
		if g.soft {
			continue // a hyphen of hyphenation: copied text keeps the word whole
		}
		if g.r > 0xFFFF {
			r1, r2 := utf16.EncodeRune(g.r)
			put(uint16(r1))
			put(uint16(r2))
		} else {
			put(uint16(g.r))
		}
		if g.space {
			put(' ')
		}
	}
	return append(b, '>')
}

// registerImages gives fpdf the pictures of the document; one it cannot
// read is left out with a warning rather than failing the document.
func registerImages(pdf *fpdf.Fpdf, t *document, opts Options) {
	t.images = map[string]bool{}
	for _, r := range t.rows {
		if r.kind != imageRow || r.more().img == nil {
			continue
		}
		pdf.RegisterImageOptionsReader(r.more().img.name, fpdf.ImageOptions{ImageType: r.more().img.format}, bytes.NewReader(r.more().img.data))
		if err := pdf.Error(); err != nil {
			pdf.ClearError()
			if opts.Warn != nil {
				opts.Warn(fmt.Sprintf("a %s picture cannot be embedded (%v): left out", r.more().img.format, err))
			}
			continue
		}
		t.images[r.more().img.name] = true
	}
}

// utf16Text is text as a PDF string in UTF-16.
func utf16Text(text string) string {
	var gs []placed
	for _, r := range text {
		gs = append(gs, placed{glyph: glyph{r: r}})
	}
	return actualText(gs)
}
