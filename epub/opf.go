package epub

import (
	"encoding/xml"
	"fmt"
	"path"
	"sort"
	"strings"
)

// opfItem is a manifest entry as go-epub wrote it.
type opfItem struct {
	ID         string `xml:"id,attr"`
	Href       string `xml:"href,attr"`
	MediaType  string `xml:"media-type,attr"`
	Properties string `xml:"properties,attr"`
}

// opfPackage is the part of go-epub's package document the post-pass keeps:
// which files there are and the reading order. The metadata is written
// anew from the fixes.
type opfPackage struct {
	Items []opfItem `xml:"manifest>item"`
	Spine opfSpine  `xml:"spine"`
}

type opfSpine struct {
	Refs []opfItemRef `xml:"itemref"`
	PPD  string       `xml:"page-progression-direction,attr"`
}

type opfItemRef struct {
	IDRef  string `xml:"idref,attr"`
	Linear string `xml:"linear,attr"`
}

func parsePackage(data []byte) (*opfPackage, error) {
	var p opfPackage
	if err := xml.Unmarshal(data, &p); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, it := range p.Items {
		if seen[it.ID] {
			return nil, fmt.Errorf("manifest id %q used twice", it.ID)
		}
		seen[it.ID] = true
	}
	for _, ref := range p.Spine.Refs {
		if !seen[ref.IDRef] {
			return nil, fmt.Errorf("spine refers to unknown id %q", ref.IDRef)
		}
	}
	return &p, nil
}

// renameIDs gives every manifest item an id made from its file name, valid
// as an XML name (go-epub uses bare file names, invalid when they start
// with a digit, or opaque hashes): "section001.xhtml" becomes
// "section001-xhtml", "1.png" becomes "x1-png". It returns old -> new.
func (p *opfPackage) renameIDs() map[string]string {
	ids := map[string]string{}
	used := map[string]bool{}
	for _, it := range p.Items {
		var id string
		switch {
		case hasProperty(it.Properties, "nav"):
			id = "nav"
		case it.MediaType == mediaNCX:
			id = "ncx"
		default:
			id = xmlID(path.Base(it.Href))
		}
		base := id
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		used[id] = true
		ids[it.ID] = id
	}
	return ids
}

// xmlID turns a file name into an XML NCName: letters, digits, '-', '_'
// and '.', starting with a letter or '_'.
func xmlID(name string) string {
	var s strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
			s.WriteRune(r)
		default:
			s.WriteByte('-')
		}
	}
	id := s.String()
	if id == "" || !(id[0] >= 'a' && id[0] <= 'z' || id[0] >= 'A' && id[0] <= 'Z' || id[0] == '_') {
		id = "x" + id
	}
	return id
}

// packageDocument writes the package document: complete metadata, the
// manifest in a fixed order (spine documents in reading order, then the
// rest by file name) and the spine.
func (f *fixes) packageDocument(p *opfPackage, ids map[string]string) []byte {
	var s strings.Builder
	lang := escapeAttr(f.Lang)
	fmt.Fprintf(&s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"%s\">\n", lang)
	s.WriteString("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
	el := func(name, attrs, text string) {
		fmt.Fprintf(&s, "    <%s%s>%s</%s>\n", name, attrs, escapeText(text), name)
	}
	el("dc:identifier", ` id="pub-id"`, f.Identifier)
	el("dc:title", ` id="title"`, f.Title)
	el("dc:language", "", f.Lang)
	for i, a := range f.Authors {
		id := fmt.Sprintf("creator%d", i+1)
		if i == 0 {
			id = "creator"
		}
		el("dc:creator", fmt.Sprintf(` id="%s"`, id), a)
		el("meta", fmt.Sprintf(` refines="#%s" property="role" scheme="marc:relators"`, id), "aut")
		if len(f.Authors) > 1 {
			el("meta", fmt.Sprintf(` refines="#%s" property="display-seq"`, id), fmt.Sprint(i+1))
		}
	}
	if f.Publisher != "" {
		el("dc:publisher", "", f.Publisher)
	}
	if f.Rights != "" {
		el("dc:rights", "", f.Rights)
	}
	if f.Description != "" {
		el("dc:description", "", f.Description)
	}
	if f.Source != "" {
		el("dc:source", "", f.Source)
	}
	if f.Date != "" {
		el("dc:date", "", f.Date)
	}
	for _, k := range f.Subjects {
		if k != "" {
			el("dc:subject", "", k)
		}
	}
	el("meta", ` property="dcterms:modified"`, f.Modified.UTC().Format("2006-01-02T15:04:05Z"))
	f.accessibility(el)
	for _, it := range p.Items {
		if hasProperty(it.Properties, "cover-image") {
			// EPUB 2 readers find the cover through this element.
			fmt.Fprintf(&s, "    <meta name=\"cover\" content=\"%s\"/>\n", ids[it.ID])
		}
	}
	s.WriteString("  </metadata>\n  <manifest>\n")
	for _, it := range manifestOrder(p) {
		props := ""
		if it.Properties != "" {
			props = fmt.Sprintf(` properties="%s"`, escapeAttr(it.Properties))
		}
		fmt.Fprintf(&s, "    <item id=\"%s\" href=\"%s\" media-type=\"%s\"%s/>\n",
			ids[it.ID], escapeAttr(it.Href), escapeAttr(it.MediaType), props)
	}
	s.WriteString("  </manifest>\n")
	ppd := ""
	if p.Spine.PPD != "" {
		ppd = fmt.Sprintf(` page-progression-direction="%s"`, escapeAttr(p.Spine.PPD))
	}
	toc := ""
	for _, it := range p.Items {
		if it.MediaType == mediaNCX {
			toc = fmt.Sprintf(` toc="%s"`, ids[it.ID])
		}
	}
	fmt.Fprintf(&s, "  <spine%s%s>\n", toc, ppd)
	for _, ref := range p.Spine.Refs {
		linear := ""
		if ref.Linear != "" {
			linear = fmt.Sprintf(` linear="%s"`, escapeAttr(ref.Linear))
		}
		fmt.Fprintf(&s, "    <itemref idref=\"%s\"%s/>\n", ids[ref.IDRef], linear)
	}
	s.WriteString("  </spine>\n</package>\n")
	return []byte(s.String())
}

// manifestOrder lists spine documents in reading order, then the others
// sorted by file name: the same book always gets the same manifest,
// whatever order go-epub's maps gave.
func manifestOrder(p *opfPackage) []opfItem {
	byID := map[string]opfItem{}
	for _, it := range p.Items {
		byID[it.ID] = it
	}
	var out []opfItem
	inSpine := map[string]bool{}
	for _, ref := range p.Spine.Refs {
		if !inSpine[ref.IDRef] {
			inSpine[ref.IDRef] = true
			out = append(out, byID[ref.IDRef])
		}
	}
	var rest []opfItem
	for _, it := range p.Items {
		if !inSpine[it.ID] {
			rest = append(rest, it)
		}
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].Href < rest[j].Href })
	return append(out, rest...)
}

// accessibility writes the schema.org accessibility metadata (EPUB
// Accessibility 1.1): the book is text with headings, a contents list and
// a reading order that is the document's; its only picture, the cover,
// has the title as alternative text.
func (f *fixes) accessibility(el func(name, attrs, text string)) {
	prop := func(p, v string) { el("meta", fmt.Sprintf(` property="schema:%s"`, p), v) }
	prop("accessMode", "textual")
	if f.HasImages {
		prop("accessMode", "visual")
	}
	prop("accessModeSufficient", "textual")
	for _, feature := range []string{"tableOfContents", "readingOrder", "structuralNavigation"} {
		prop("accessibilityFeature", feature)
	}
	if f.HasImages {
		prop("accessibilityFeature", "alternativeText")
	}
	prop("accessibilityFeature", "displayTransformability")
	prop("accessibilityHazard", "none")
	summary := "The text is complete and readable without the images: a contents list and headings give structure, and the reading order follows the document."
	if f.HasImages {
		summary += " The cover image has the title as alternative text."
	}
	prop("accessibilitySummary", summary)
}
