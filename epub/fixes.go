package epub

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/klauspost/compress/flate"
)

// fixes is what the post-pass needs to correct go-epub's archive: the
// values go-epub gets wrong or cannot express, from one source of truth.
type fixes struct {
	Lang        string
	Identifier  string
	Title       string
	Authors     []string // one dc:creator each
	Publisher   string
	Rights      string
	HasImages   bool // the book shows images (the cover), all with alternative text
	Description string
	NavTitle    string
	Modified    time.Time // dcterms:modified and the archive's timestamps
	Date        string    // dc:date, W3C form
	Source      string
	Subjects    []string
	Style       string // stylesheet for the navigation document, relative to the package folder
	TOC         []tocEntry
	Landmarks   []landmark
	AppleFonts  bool // ask Apple Books to use the embedded font
	Extra       []extraFile
}

// extraFile is a publication resource the post-pass adds to the package
// itself.
type extraFile struct {
	Href      string // relative to the package folder
	MediaType string
	Data      []byte
	Make      func() ([]byte, error) // makes Data, when set, in parallel with other files
	Level     int                    // deflate level
	Spine     bool                   // read after go-epub's documents, in the order of Extra
	// Replaces marks the content of a file go-epub packed as a
	// placeholder: the manifest entry stays, the content is this.
	Replaces bool
}

// landmark is one entry of the navigation document's landmarks list.
type landmark struct {
	Type, Title, Href string
}

const (
	mediaXHTML = "application/xhtml+xml"
	mediaNCX   = "application/x-dtbncx+xml"
	appleFile  = "META-INF/com.apple.ibooks.display-options.xml"
	appleXML   = `<?xml version="1.0" encoding="UTF-8"?>
<display_options>
  <platform name="*">
    <option name="specified-fonts">true</option>
  </platform>
</display_options>
`
)

// apply reads go-epub's archive and returns the corrected one.
func (f *fixes) apply(raw []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("reading packed book: %w", err)
	}
	files := map[string]*zip.File{}
	for _, zf := range zr.File {
		files[zf.Name] = zf
	}
	container, err := readEntry(files, "META-INF/container.xml")
	if err != nil {
		return nil, err
	}
	opfPath, err := rootFile(container)
	if err != nil {
		return nil, err
	}
	opfData, err := readEntry(files, opfPath)
	if err != nil {
		return nil, err
	}
	pkg, err := parsePackage(opfData)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", opfPath, err)
	}
	dir := path.Dir(opfPath)
	if dir == "." {
		dir = ""
	}
	inDir := func(href string) string { return path.Join(dir, href) }

	// New content for the files the post-pass writes itself; everything
	// else is copied as it is, still compressed.
	var own []entry
	extra := map[string]bool{}
	for _, x := range f.Extra {
		name := inDir(x.Href)
		if _, ok := files[name]; ok != x.Replaces || extra[name] {
			if x.Replaces {
				return nil, fmt.Errorf("packed book has no %s to replace", name)
			}
			return nil, fmt.Errorf("packed book already has %s", name)
		}
		if x.Replaces {
			// The placeholder's media type may not be the content's.
			for i := range pkg.Items {
				if pkg.Items[i].Href == x.Href {
					pkg.Items[i].MediaType = x.MediaType
				}
			}
		} else {
			id := "extra-" + x.Href
			pkg.Items = append(pkg.Items, opfItem{ID: id, Href: x.Href, MediaType: x.MediaType})
			if x.Spine {
				pkg.Spine.Refs = append(pkg.Spine.Refs, opfItemRef{IDRef: id})
			}
		}
		own = append(own, entry{name: name, data: x.Data, make: x.Make, level: x.Level})
		extra[name] = true
	}
	ids := pkg.renameIDs()
	own = append(own, entry{name: opfPath, data: f.packageDocument(pkg, ids), level: flate.DefaultCompression})
	coverImage := ""
	for _, it := range pkg.Items {
		if hasProperty(it.Properties, "cover-image") {
			coverImage = it.Href
		}
	}
	for _, it := range pkg.Items {
		name := inDir(it.Href)
		if extra[name] {
			continue // complete as it is
		}
		var data []byte
		switch {
		case hasProperty(it.Properties, "nav"):
			data = f.navDocument(path.Dir(it.Href))
		case it.MediaType == mediaNCX:
			data = f.ncxDocument(path.Dir(it.Href))
		case it.MediaType == mediaXHTML:
			if data, err = readEntry(files, name); err != nil {
				return nil, err
			}
			data = setLang(data, f.Lang)
			if coverImage != "" {
				data = setCoverAlt(data, relHref(path.Dir(it.Href), coverImage), f.Title)
			}
		default:
			continue
		}
		own = append(own, entry{name: name, data: data, level: flate.DefaultCompression})
	}
	if f.AppleFonts {
		own = append(own, entry{name: appleFile, data: []byte(appleXML), level: flate.DefaultCompression})
	}

	// Workers take entries in order: the longest to compress first, so that
	// none is left running alone at the end; the files still to be made
	// (the cover, the chapters) are small.
	sort.SliceStable(own, func(i, j int) bool {
		if (own[i].make == nil) != (own[j].make == nil) {
			return own[i].make == nil
		}
		return len(own[i].data) > len(own[j].data)
	})
	compressed, err := deflateAll(own)
	if err != nil {
		return nil, err
	}
	written := make(map[string]deflated, len(compressed))
	names := make([]string, 0, len(files)+len(compressed))
	for n := range files {
		names = append(names, n)
	}
	for _, d := range compressed {
		if _, ok := files[d.name]; !ok {
			names = append(names, d.name)
		}
		written[d.name] = d
	}
	sort.Slice(names, func(i, j int) bool { return entryLess(names[i], names[j]) })

	// The book's size is known closely beforehand.
	var book bytes.Buffer
	size := len(raw)
	for _, d := range compressed {
		size += len(d.data) + 2*len(d.name) + 100 // headers
	}
	book.Grow(size)
	zw := newArchive(&book, f.Modified)
	for _, n := range names {
		if strings.HasSuffix(n, "/") {
			continue // folders are implied by the file names
		}
		if d, ok := written[n]; ok {
			err = zw.writeDeflated(d)
		} else {
			err = zw.copyRaw(files[n])
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
	}
	if err := zw.close(); err != nil {
		return nil, err
	}
	return book.Bytes(), nil
}

// entryLess orders archive entries: mimetype first (the OCF requires it),
// then META-INF, then everything else by name.
func entryLess(a, b string) bool {
	rank := func(n string) int {
		switch {
		case n == "mimetype":
			return 0
		case strings.HasPrefix(n, "META-INF/"):
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra < rb
	}
	return a < b
}

func readEntry(files map[string]*zip.File, name string) ([]byte, error) {
	zf, ok := files[name]
	if !ok {
		return nil, fmt.Errorf("packed book has no %s", name)
	}
	r, err := zf.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

// rootFile finds the package document named by container.xml.
func rootFile(container []byte) (string, error) {
	var c struct {
		Rootfiles []struct {
			FullPath string `xml:"full-path,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := xml.Unmarshal(container, &c); err != nil {
		return "", fmt.Errorf("META-INF/container.xml: %w", err)
	}
	if len(c.Rootfiles) == 0 || c.Rootfiles[0].FullPath == "" {
		return "", fmt.Errorf("META-INF/container.xml names no package document")
	}
	return c.Rootfiles[0].FullPath, nil
}

func hasProperty(props, p string) bool {
	for _, x := range strings.Fields(props) {
		if x == p {
			return true
		}
	}
	return false
}

// relHref expresses target (relative to the package folder) relative to
// the folder from (also relative to the package folder; "." for itself).
func relHref(from, target string) string {
	if from == "." || from == "" {
		return target
	}
	up := strings.Repeat("../", strings.Count(from, "/")+1)
	if strings.HasPrefix(target, from+"/") {
		return strings.TrimPrefix(target, from+"/")
	}
	return up + target
}

var (
	htmlStartTag = regexp.MustCompile(`<html\b[^>]*>`)
	langAttr     = regexp.MustCompile(`\s(?:xml:)?lang\s*=\s*("[^"]*"|'[^']*')`)
)

// setLang gives the root element of an XHTML document both lang and
// xml:lang (go-epub writes neither), replacing any it had.
func setLang(data []byte, lang string) []byte {
	loc := htmlStartTag.FindIndex(data)
	if loc == nil {
		return data
	}
	tag := langAttr.ReplaceAll(data[loc[0]:loc[1]], nil)
	attrs := fmt.Sprintf(` lang="%s" xml:lang="%s"`, escapeAttr(lang), escapeAttr(lang))
	end := len(tag) - 1
	if end > 0 && tag[end-1] == '/' {
		end--
	}
	var out bytes.Buffer
	out.Grow(len(data) + len(attrs))
	out.Write(data[:loc[0]])
	out.Write(bytes.TrimRight(tag[:end], " \t\r\n"))
	out.WriteString(attrs)
	out.Write(tag[end:])
	out.Write(data[loc[1]:])
	return out.Bytes()
}

// setCoverAlt replaces go-epub's English alternative text of the cover
// image with the book's title.
func setCoverAlt(data []byte, src, title string) []byte {
	old := fmt.Sprintf(`<img src="%s" alt="Cover Image" />`, src)
	if !bytes.Contains(data, []byte(old)) {
		return data
	}
	repl := fmt.Sprintf(`<img src="%s" alt="%s" />`, src, escapeAttr(title))
	return bytes.Replace(data, []byte(old), []byte(repl), 1)
}
