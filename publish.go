// Package publish turns raw OCR text and Markdown into publications: clean
// Markdown, a typeset PDF with embedded CJK fonts, and an EPUB. It is the
// pipeline of the publish command as a library:
//
//	doc, err := publish.Read("report.txt", data, publish.ReadOptions{})
//	...
//	err = doc.PDF(pdfFile, publish.Options{Paper: "a5"})
//	err = doc.EPUB(epubFile, publish.Options{})
//
// Raw text is decoded and repaired (see Normalize) into Markdown with YAML
// front matter; Markdown is read as written. Both writers are made from
// that Markdown alone.
package publish

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/cjk-publish/publish/convert"
	"github.com/cjk-publish/publish/epub"
	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/layout"
	"github.com/cjk-publish/publish/markdown"
	"github.com/cjk-publish/publish/source"
)

// Version is the version of the library and the command.
const Version = "0.1.0"

// MaxLineBytes bounds one input line: beyond it a file is not
// line-structured text but a blob.
const MaxLineBytes = 1 << 20

// Format is what an input is.
type Format int

const (
	// Detect takes names ending in .md or .markdown, and text starting
	// with a front matter block, as Markdown; anything else as raw text.
	Detect   Format = iota
	Text            // raw text to normalize (txt)
	Markdown        // Markdown in the project dialect, published as written (md)
)

// ParseFormat reads a --from value: "txt" (or "text") or "md" (or
// "markdown").
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "", "auto":
		return Detect, nil
	case "txt", "text":
		return Text, nil
	case "md", "markdown":
		return Markdown, nil
	}
	return Detect, fmt.Errorf("unknown input format %q (choose txt or md)", s)
}

func (f Format) String() string {
	return [...]string{"auto", "txt", "md"}[f]
}

// ReadOptions tune Read.
type ReadOptions struct {
	From     Format // Detect (default), Text or Markdown
	Encoding string // encoding of raw text: "" or "auto" detects; see source.Encodings
	// Metadata is set over the front matter, like pandoc's --metadata: a
	// key given several times makes a list.
	Metadata []markdown.Field
	// Dir is the folder that relative paths of the front matter
	// (cover-image) and the document's figures are read from; "" means
	// the folder of the input's name. Figures outside it are refused.
	Dir string
	// Warn receives problems that do not stop the document, one line
	// each, without the document's name; nil drops them.
	Warn func(msg string)
}

// Document is an input read and ready to publish.
type Document struct {
	Name     string             // as given to Read, for messages
	Markdown []byte             // the Markdown the outputs are made from
	Model    *markdown.Document // Markdown parsed, with the metadata overrides applied
	Report   *convert.Result    // the normalizer's decisions; nil for Markdown input
	Encoding string             // the encoding the input was read in
	Format   Format             // what the input was taken for: Text or Markdown
	Cover    []byte             // the front matter's cover-image, read; nil when none
}

// Read decodes an input, normalizes it when it is raw text, and parses
// the Markdown. Errors are one line and start with name.
func Read(name string, data []byte, opts ReadOptions) (*Document, error) {
	warn := opts.Warn
	if warn == nil {
		warn = func(string) {}
	}
	format := opts.From
	if format == Detect {
		format = detect(name, data)
	}
	encoding := opts.Encoding
	if format == Markdown {
		encoding = "auto" // Markdown is UTF-8 (or says so with a BOM)
	}
	text, err := source.Decode(name, data, encoding)
	if err != nil {
		return nil, err
	}
	if w := source.Implausible(text, data, encoding); w != "" {
		warn(w)
	}
	if err := checkLines(name, text.Body); err != nil {
		return nil, err
	}
	doc := &Document{Name: name, Encoding: text.Encoding, Format: format}
	if format == Markdown {
		doc.Markdown = []byte(text.Body)
		// Refused before goldmark spends minutes on a hostile nesting.
		if err := markdown.CheckDepth(doc.Markdown); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	} else {
		doc.Report = convert.Normalize(text.Body, convert.Options{Name: filepath.Base(name)})
		doc.Markdown = []byte(doc.Report.Markdown)
	}
	doc.Model, err = markdown.Parse(name, doc.Markdown)
	if err != nil {
		return nil, err
	}
	m := &doc.Model.Meta
	if err := m.Override(opts.Metadata); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	doc.Model.ApplyFront() // --metadata front=... names the roles anew
	for _, w := range m.Warnings {
		warn(w)
	}
	dir := opts.Dir
	if dir == "" {
		dir = filepath.Dir(name)
	}
	// Figures come from the folder of the Markdown file and below, nowhere
	// else; the dialect's warnings name their lines.
	doc.Model.LoadImages(dir)
	for _, w := range doc.Model.Warnings {
		warn(w.String())
	}
	if m.CoverImage != "" {
		p := m.CoverImage
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		if doc.Cover, err = ReadCover(p); err != nil {
			return nil, fmt.Errorf("%s: cover-image %w", name, err)
		}
	}
	return doc, nil
}

// ReadFile reads the input at path (see Read).
func ReadFile(path string, opts ReadOptions) (*Document, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return Read(path, data, opts)
}

// readFile reads a file with errors that name it once, capped by what is
// actually read (see source.ReadFile): devices are refused, pipes stop at
// the cap.
func readFile(path string) ([]byte, error) {
	return source.ReadFile(path, source.DefaultLimits())
}

// ReadCover reads a cover image file and checks that an EPUB can show it.
func ReadCover(path string) ([]byte, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	if _, _, err := epub.CoverType(data); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}

// detect tells Markdown from raw text by the name, then by a leading
// front matter block.
func detect(name string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return Markdown
	case ".txt", ".text":
		return Text
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(data, []byte("---\n")) || bytes.HasPrefix(data, []byte("---\r\n")) {
		return Markdown
	}
	return Text
}

// checkLines refuses text whose lines are too long to be a document.
func checkLines(name, body string) error {
	line, start := 1, 0
	for i := 0; i <= len(body); i++ {
		if i == len(body) || body[i] == '\n' {
			if i-start > MaxLineBytes {
				return fmt.Errorf("%s: line %d is %.1f MB long (at most %d MB): not line-structured text", name, line, float64(i-start)/(1<<20), MaxLineBytes>>20)
			}
			line++
			start = i + 1
		}
	}
	return nil
}

// Normalize repairs raw OCR text (column-wrapped lines, sentences cut by
// blank lines, letter-spaced lines, numbers split from their units) and
// returns it as Markdown with front matter. name becomes the front
// matter's source.
func Normalize(name, text string) string {
	return convert.Normalize(text, convert.Options{Name: name}).Markdown
}

// Options tune the PDF and the EPUB. The zero value publishes an A4 PDF
// and an EPUB with the bundled font.
type Options struct {
	Paper    string      // PDF paper: "a4" (default), "a5", "b5", "letter"
	FontSize float64     // PDF body size in pt; 0 = chosen per paper
	Font     *fonts.Font // body font; nil = the bundled LXGW WenKai
	Bold     *fonts.Font // heading face; nil = the bold face of the bundled font, or the body font emboldened
	TOC      string      // PDF title and contents pages: "auto" (default: 3+ sections, 4+ pages), "on", "off"
	// Handout layouts of the PDF (see layout.Options).
	Duplex, Booklet bool
	Columns         int // 0 or 1, or 2
	ColumnRule      bool
	// ReaderFonts leaves the EPUB's fonts to the reader instead of
	// embedding a subset of the body font.
	ReaderFonts bool
	CSS         string    // appended to the EPUB's style sheet
	Cover       []byte    // EPUB cover image (PNG, JPEG, GIF); nil = the document's cover-image, else one drawn from the metadata
	Created     time.Time // dates in both files; zero = now
	Creator     string    // the PDF's Creator; "" = "publish VERSION"
	// Warn receives problems that do not stop the document (missing
	// glyphs, dates that are not dates); it may be called from two
	// goroutines at once. nil drops them.
	Warn func(msg string)
}

func (o Options) warn() func(string) {
	if o.Warn == nil {
		return func(string) {}
	}
	return o.Warn
}

// PDF typesets the document and writes the PDF to w.
func (d *Document) PDF(w io.Writer, o Options) error {
	return d.Render(w, nil, o)
}

// EPUB writes the document as an EPUB 3 book to w.
func (d *Document) EPUB(w io.Writer, o Options) error {
	return d.Render(nil, w, o)
}

// Render writes the PDF to pdf and the EPUB to book, side by side (they
// only read the document); a nil writer skips that format. Each output is
// written as it is made, never held whole in memory, so a failure can
// leave part of it in its writer: write to a temporary file and keep it
// only when Render succeeds (the command does).
func (d *Document) Render(pdf, book io.Writer, o Options) error {
	if d == nil || d.Model == nil {
		return errors.New("publish: no document")
	}
	if o.Created.IsZero() {
		o.Created = time.Now().UTC().Truncate(time.Second)
	}
	if o.Creator == "" {
		o.Creator = "publish " + Version
	}
	if o.Font == nil {
		o.Font = fonts.Bundled()
		if o.Bold == nil {
			o.Bold = fonts.BundledBold()
		}
	}
	cover := o.Cover
	if cover == nil {
		cover = d.Cover
	}
	warn := o.warn()
	chain := fontChain(o.Font, d.Model)
	var pdfErr, bookErr error
	var wg sync.WaitGroup
	if pdf != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pdfErr = layout.WritePDF(pdf, d.Model, layout.Options{
				Paper: o.Paper, FontSize: o.FontSize, Fonts: chain, Bold: o.Bold,
				TOC: o.TOC, Created: o.Created, Creator: o.Creator, Warn: warn,
				Duplex: o.Duplex, Booklet: o.Booklet, Columns: o.Columns, ColumnRule: o.ColumnRule,
			})
		}()
	}
	if book != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bookErr = epub.Write(book, d.Model, epub.Options{
				Font: o.Font, Bold: o.Bold, Fallbacks: chain[1:], EmbedFont: !o.ReaderFonts, Modified: o.Created,
				CSS: o.CSS, Cover: cover, Warn: warn,
			})
		}()
	}
	wg.Wait()
	if pdfErr != nil {
		return fmt.Errorf("%s: PDF: %w", d.Name, pdfErr)
	}
	if bookErr != nil {
		return fmt.Errorf("%s: EPUB: %w", d.Name, bookErr)
	}
	return nil
}

// fontChain is the body font followed by the system fonts that cover the
// document's characters it lacks.
func fontChain(body *fonts.Font, d *markdown.Document) []*fonts.Font {
	seen := map[rune]bool{}
	var runes []rune
	for _, r := range d.Meta.Title + d.Meta.Subtitle + d.Meta.Author + d.Text() {
		if !seen[r] {
			seen[r] = true
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	chain, _ := fonts.Fallbacks(body, runes)
	return append([]*fonts.Font{body}, chain...)
}

// ReadCSS reads a style sheet to add to the EPUB (Options.CSS).
func ReadCSS(path string) (string, error) {
	data, err := readFile(path)
	if err != nil {
		return "", err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("%s: not a UTF-8 style sheet", path)
	}
	return string(data), nil
}
