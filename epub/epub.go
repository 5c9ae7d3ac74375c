// Package epub writes a document as an EPUB 3 book (with an NCX for older
// readers): a generated cover, a title page, one XHTML file per section,
// CSS made for Chinese text and embedded subsets of the body font and its
// bold face.
// go-epub packs the frame of the book (container, stylesheets, cover and
// title pages); a post-pass over its archive fixes what it gets wrong
// (language tags, dates, identifiers, manifest order, the table of
// contents), adds the files whose size grows with the document (chapters,
// font subsets, the cover image), compressing them in parallel, and
// re-packs it byte for byte reproducibly, copying go-epub's other entries
// without recompressing them.
package epub

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	goepub "github.com/go-shiori/go-epub"
	"github.com/klauspost/compress/flate"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/markdown"
)

// Options tune Write. The zero value leaves fonts to the reader and stamps
// the current time.
type Options struct {
	Font      *fonts.Font      // body font to embed as a subset; nil = fonts.Bundled()
	EmbedFont bool             // false = leave fonts to the reader (--epub-font none)
	Modified  time.Time        // dcterms:modified and publication date default; zero = time.Now()
	Warn      func(msg string) // may be called from several goroutines at once

	// CSS is appended to the book's style sheet, after the book's own
	// rules, so that it overrides them.
	CSS string
	// Cover is the cover image (PNG, JPEG or GIF, see CoverType) shown
	// instead of the drawn one; nil draws a cover from the metadata.
	Cover []byte

	// Bold is the face embedded for headings and strong text; nil =
	// fonts.BundledBold() when Font is the bundled face, else none
	// (readers embolden Font).
	Bold *fonts.Font
	// Fallbacks are fonts for the characters Font lacks, in order of
	// preference (see fonts.Fallbacks); each one used is embedded too.
	Fallbacks []*fonts.Font
}

func (o Options) warn(format string, args ...any) {
	if o.Warn != nil {
		o.Warn(fmt.Sprintf(format, args...))
	}
}

// Write renders d as an EPUB to w. The same document and options give the
// same bytes. Errors name the stage that failed, not the document: the
// caller knows which document it passed.
func Write(w io.Writer, d *markdown.Document, opts Options) error {
	if d == nil {
		return errors.New("no document")
	}
	if opts.Font == nil {
		opts.Font = fonts.Bundled()
	}
	coverType, coverExt := "image/png", ".png"
	if opts.Cover != nil {
		var err error
		if coverType, coverExt, err = CoverType(opts.Cover); err != nil {
			return fmt.Errorf("cover image: %w", err)
		}
	}
	if opts.Modified.IsZero() {
		opts.Modified = time.Now()
	}
	opts.Modified = opts.Modified.UTC().Truncate(time.Second)

	// The cover does not depend on the rest: it is drawn meanwhile.
	cover := drawCover(d.Meta, opts)
	defer cover.wait() // no warning after returning, even on errors

	b := planBook(d)
	raw, fix, err := pack(b, d, cover, coverType, "cover"+coverExt, opts)
	if err != nil {
		return err
	}
	book, err := fix.apply(raw)
	if err != nil {
		if _, coverErr := cover.wait(); coverErr != nil {
			return coverErr
		}
		return fmt.Errorf("post-pass: %w", err)
	}
	if _, err := w.Write(book); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	return nil
}

// pack builds the book with go-epub and returns its archive together with
// the fixes the post-pass must apply.
func pack(b *book, d *markdown.Document, cover *coverJob, coverType, coverFile string, opts Options) ([]byte, *fixes, error) {
	m := d.Meta
	e, err := goepub.NewEpub(m.Title)
	if err != nil {
		return nil, nil, fmt.Errorf("starting the book: %w", err)
	}
	id := identifier(d)
	if m.Identifier != "" {
		var ok bool
		if id, ok = markdown.IdentifierURN(m.Identifier); !ok {
			opts.warn("identifier %q: the ISBN's check digit is wrong", m.Identifier)
		}
	}
	e.SetIdentifier(id)
	e.SetLang(m.Lang)
	e.SetAuthor(strings.Join(authors(m), ", "))
	if m.Description != "" {
		e.SetDescription(m.Description)
	}

	css, err := stylesheet(d, opts)
	if err != nil {
		return nil, nil, err
	}
	if opts.CSS != "" {
		css.text += "\n/* --css */\n" + opts.CSS + "\n"
	}
	cssPath, err := e.AddCSS(dataURL("text/css", []byte(css.text)), styleFile)
	if err != nil {
		return nil, nil, fmt.Errorf("adding stylesheet: %w", shorten(err))
	}
	sheets := []string{cssPath}
	if isCJK(m.Lang) {
		p, err := e.AddCSS(dataURL("text/css", []byte(emphasisStyle)), emphasisStyleFile)
		if err != nil {
			return nil, nil, fmt.Errorf("adding stylesheet: %w", shorten(err))
		}
		sheets = append(sheets, p)
	}

	// go-epub declares the cover (manifest property, cover page) around a
	// placeholder image; the post-pass puts in the real one, drawn
	// meanwhile. PNG data is compressed already, but deflating it again
	// gains a quarter: the PNG itself is made for speed.
	imgPath, err := e.AddImage(dataURL("image/png", placeholderPNG), coverFile)
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
	coverImage := extraFile{
		Href:      goepub.ImageFolderName + "/" + coverFile,
		MediaType: coverType,
		Make:      cover.wait,
		Level:     flate.NoCompression, // compressed already, and the last file a short book waits for
		Replaces:  true,
	}

	// go-epub makes the title page; the post-pass makes the chapters (see
	// xhtmlDocument), side by side.
	var chapters []extraFile
	for _, ch := range b.chapters {
		if ch.titlePage {
			if _, err := e.AddSection(renderChapter(d, b, ch), ch.title, ch.file, cssPath); err != nil {
				return nil, nil, fmt.Errorf("adding %s: %w", ch.file, shorten(err))
			}
			continue
		}
		chapters = append(chapters, extraFile{
			Href:      xhtmlDir + "/" + ch.file,
			MediaType: mediaXHTML,
			Make: func() ([]byte, error) {
				return xhtmlDocument(m.Lang, ch.title, sheets, renderChapter(d, b, ch)), nil
			},
			Level: textLevel,
			Spine: true,
		})
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
		Authors:     authors(m),
		Publisher:   m.Publisher,
		Rights:      m.Rights,
		HasImages:   true, // the cover, whose alternative text is the title
		Description: m.Description,
		NavTitle:    markdown.LabelsFor(m.Lang).Contents,
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
		// it at its default level; the post-pass adds it instead (see
		// fontLevel).
		f.Extra = append(f.Extra, extraFile{
			Href:      goepub.FontFolderName + "/" + face.file,
			MediaType: face.mediaType(),
			Data:      face.data,
			Level:     fontLevel,
		})
	}
	f.Extra = append(f.Extra, coverImage)
	f.Extra = append(f.Extra, b.imageFiles...)
	f.Extra = append(f.Extra, chapters...)
	return raw.Bytes(), f, nil
}

// authors are the book's creators, one each.
func authors(m markdown.Meta) []string {
	if len(m.Authors) == 0 && m.Author != "" {
		return []string{m.Author}
	}
	return m.Authors
}

// coverJob is the cover being drawn in the background.
type coverJob struct {
	done chan struct{}
	png  []byte
	err  error
}

// drawCover starts rendering the cover with the book's fonts, or with the
// bundled ones when the rasterizer cannot use them; a given cover image is
// used as it is.
func drawCover(m markdown.Meta, opts Options) *coverJob {
	j := &coverJob{done: make(chan struct{})}
	if opts.Cover != nil {
		j.png = opts.Cover
		close(j.done)
		return j
	}
	go func() {
		defer close(j.done)
		titleFont, textFont := coverFonts(opts)
		j.png, j.err = renderCover(m, titleFont, textFont)
		if j.err != nil && opts.Font != fonts.Bundled() {
			// A font good enough for the text may still defeat the rasterizer.
			opts.warn("cannot draw the cover with %s (%v); using the bundled font", opts.Font.Name, j.err)
			j.png, j.err = renderCover(m, fonts.BundledBold(), fonts.Bundled())
		}
		if j.err != nil {
			j.err = fmt.Errorf("cover: %w", j.err)
		}
	}()
	return j
}

// wait returns the cover once drawn.
func (j *coverJob) wait() ([]byte, error) {
	<-j.done
	return j.png, j.err
}

// placeholderPNG stands for the cover in go-epub's package: one pixel of
// the cover's paper colour.
var placeholderPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x01\x03\x00\x00\x00%\xdbV\xca" +
	"\x00\x00\x00\x03PLTE\xf4\xef\xe4k6/\x94\x00\x00\x00\x0eIDATx\x9cb`\x00\x04\x00\x00\xff\xff\x00\x02\x00\x01K\xbb)\x9f" +
	"\x00\x00\x00\x00IEND\xaeB`\x82")

// shorten keeps go-epub's errors readable: they quote the whole source of
// the file, here a data URL that may be megabytes long.
func shorten(err error) error {
	const limit = 200
	if msg := err.Error(); len(msg) > limit {
		return fmt.Errorf("%s…%s", strings.ToValidUTF8(msg[:limit/2], ""), strings.ToValidUTF8(msg[len(msg)-limit/2:], ""))
	}
	return err
}

// Deflate levels, chosen by measurement on the sample and a 100x document.
// Section files are small and UTF-8 Chinese compresses poorly: level 1
// makes them 5 % bigger than level 6 for 30 % less compression time, a few
// per cent of the stage; levels above 6 gain nothing. The font subsets are
// the sample's biggest files: level 6 makes them 17 % smaller than Huffman
// coding alone (55 KB) but takes five times as long, 8 ms more, which would
// double the stage on the sample (BenchmarkWrite: 10 ms against 24 ms).
const (
	textLevel = flate.DefaultCompression
	fontLevel = flate.HuffmanOnly
)
