// Package epub writes a document as an EPUB 3 book (with an NCX for older
// readers): a generated cover, a title page, one XHTML file per section,
// CSS made for Chinese text and embedded subsets of the body font and its
// bold face.
// go-epub packs the book; a post-pass over its archive fixes what it gets
// wrong (language tags, dates, identifiers, manifest order, the table of
// contents) and re-packs it byte for byte reproducibly.
package epub

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	goepub "github.com/go-shiori/go-epub"

	"publish/doc"
	"publish/fonts"
)

// Options tune Write. The zero value leaves fonts to the reader and stamps
// the current time.
type Options struct {
	Font      *fonts.Font // body font to embed as a subset; nil = fonts.Bundled()
	EmbedFont bool        // false = leave fonts to the reader (--epub-font none)
	Modified  time.Time   // dcterms:modified and publication date default; zero = time.Now()
	Warn      func(msg string)

	// Bold is the face embedded for headings and strong text; nil =
	// fonts.BundledBold() when Font is the bundled face, else none
	// (readers embolden Font).
	Bold *fonts.Font
}

func (o Options) warn(format string, args ...any) {
	if o.Warn != nil {
		o.Warn(fmt.Sprintf(format, args...))
	}
}

// Write renders d as an EPUB to w. The same document and options give the
// same bytes. Errors name the stage that failed, not the document: the
// caller knows which document it passed.
func Write(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		return errors.New("no document")
	}
	if opts.Font == nil {
		opts.Font = fonts.Bundled()
	}
	if opts.Modified.IsZero() {
		opts.Modified = time.Now()
	}
	opts.Modified = opts.Modified.UTC().Truncate(time.Second)

	b := planBook(d)
	raw, fix, err := pack(b, d, opts)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := fix.apply(raw, &out); err != nil {
		return fmt.Errorf("post-pass: %w", err)
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	return nil
}

// pack builds the book with go-epub and returns its archive together with
// the fixes the post-pass must apply.
func pack(b *book, d *doc.Document, opts Options) ([]byte, *fixes, error) {
	m := d.Meta
	e, err := goepub.NewEpub(m.Title)
	if err != nil {
		return nil, nil, fmt.Errorf("starting the book: %w", err)
	}
	id := identifier(d)
	e.SetIdentifier(id)
	e.SetLang(m.Lang)
	e.SetAuthor(m.Author)
	if m.Description != "" {
		e.SetDescription(m.Description)
	}

	css, err := stylesheet(d, opts)
	if err != nil {
		return nil, nil, err
	}
	cssPath, err := e.AddCSS(dataURL("text/css", []byte(css.text)), styleFile)
	if err != nil {
		return nil, nil, fmt.Errorf("adding stylesheet: %w", shorten(err))
	}

	titleFont, textFont := coverFonts(opts)
	cover, err := renderCover(d.Meta, titleFont, textFont)
	if err != nil && opts.Font != fonts.Bundled() {
		// A font good enough for the text may still defeat the rasterizer.
		opts.warn("cannot draw the cover with %s (%v); using the bundled font", opts.Font.Name, err)
		cover, err = renderCover(d.Meta, fonts.BundledBold(), fonts.Bundled())
	}
	if err != nil {
		return nil, nil, fmt.Errorf("cover: %w", err)
	}
	imgPath, err := e.AddImage(dataURL("image/png", cover), coverImageFile)
	if err != nil {
		return nil, nil, fmt.Errorf("adding cover image: %w", shorten(err))
	}
	coverCSS, err := e.AddCSS(dataURL("text/css", []byte(coverStyle)), coverStyleFile)
	if err != nil {
		return nil, nil, fmt.Errorf("adding cover stylesheet: %w", shorten(err))
	}
	if err := e.SetCover(imgPath, coverCSS); err != nil {
		return nil, nil, fmt.Errorf("setting cover: %w", shorten(err))
	}

	for _, ch := range b.chapters {
		body := renderChapter(d, b, ch)
		if _, err := e.AddSection(body, ch.title, ch.file, cssPath); err != nil {
			return nil, nil, fmt.Errorf("adding %s: %w", ch.file, shorten(err))
		}
	}

	var raw bytes.Buffer
	if err := packBook(e, &raw); err != nil {
		return nil, nil, fmt.Errorf("packing: %w", shorten(err))
	}

	date, ok := publicationDate(m.Date, opts.Modified)
	if !ok {
		opts.warn("date %q is not a calendar date; dc:date is %s", m.Date, date)
	}
	f := &fixes{
		Lang:        m.Lang,
		Identifier:  id,
		Title:       m.Title,
		Author:      m.Author,
		Description: m.Description,
		NavTitle:    navTitle(m.Lang),
		Modified:    opts.Modified,
		Date:        date,
		Source:      m.Source,
		Subjects:    m.Keywords,
		Style:       goepub.CSSFolderName + "/" + styleFile,
		TOC:         b.toc,
		Landmarks:   b.landmarks(m.Lang),
		AppleFonts:  len(css.faces) > 0,
	}
	for _, face := range css.faces {
		// go-epub would pass the font through a data URL lexer and deflate
		// it at its slowest level; the post-pass adds it instead, with
		// Huffman coding only: 20 % smaller for a quarter of the time of
		// full deflate (measured on the sample's subset).
		f.Extra = append(f.Extra, extraFile{
			Href:      goepub.FontFolderName + "/" + face.file,
			MediaType: "font/ttf",
			Data:      face.data,
			Level:     flate.HuffmanOnly,
		})
	}
	return raw.Bytes(), f, nil
}

// shorten keeps go-epub's errors readable: they quote the whole source of
// the file, here a data URL that may be megabytes long.
func shorten(err error) error {
	const limit = 200
	if msg := err.Error(); len(msg) > limit {
		return fmt.Errorf("%s…%s", strings.ToValidUTF8(msg[:limit/2], ""), strings.ToValidUTF8(msg[len(msg)-limit/2:], ""))
	}
	return err
}
