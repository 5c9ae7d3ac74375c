// Package markdown owns the project's Markdown dialect (CommonMark with
// GFM tables, footnotes and YAML front matter): Parse reads it into the
// document model both writers share, Format writes a model back, and the
// structure the writers show (title block, front block, sections, labels)
// is derived here once.
//
// A program can build a Document itself with struct literals (or the
// constructors in model.go) and Format it: Parse(Format(d)) gives d back
// for every document Parse can produce.
package markdown

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// MaxDepth bounds block nesting (quotes in lists in quotes ...). Deeper
// documents are refused: no real publication nests that far, and a
// hostile file must not exhaust the stack.
const MaxDepth = 32

// ErrFrontMatter and ErrTooDeep are the errors callers can branch on.
var (
	ErrFrontMatter = errors.New("broken front matter")
	ErrTooDeep     = fmt.Errorf("block nesting deeper than %d levels", MaxDepth)
)

// Document is a parsed Markdown document.
type Document struct {
	Name     string // file name used in messages (the name given to Parse)
	Meta     Meta
	Blocks   []Block
	Notes    []Note    // footnotes, in the order they are first cited
	Warnings []Warning // what Parse and LoadImages could not take as written
}

// Warning is something of the source that was kept as text, dropped or
// refused. Line is 1-based in the Markdown file (0 when unknown).
type Warning struct {
	Line int
	Msg  string
}

// String names the line: "line 12: ...".
func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("line %d: %s", w.Line, w.Msg)
	}
	return w.Msg
}

func (d *Document) warn(line int, format string, args ...any) {
	d.Warnings = append(d.Warnings, Warning{Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Kind says what a block is.
type Kind int

const (
	Paragraph Kind = iota // Spans; Role when in the front block
	Heading               // Spans, Level 1 (title), 2 (section), 3 (subsection), ID
	Deck                  // emphasized paragraph right under a section heading
	Quote                 // block quote: Blocks
	List                  // Items (each a list of blocks), Ordered, Start
	Code                  // preformatted text: one Mono span, Lang
	Rule                  // thematic break
	Table                 // Table
	Figure                // an image alone in its paragraph: Image
)

var kindNames = [...]string{"paragraph", "heading", "deck", "quote", "list", "code", "rule", "table", "figure"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("kind(%d)", int(k))
	}
	return kindNames[k]
}

// Style flags of a run of text.
type Style uint8

const (
	Strong Style = 1 << iota
	Emph
	Mono
)

// Span is a run of text in one style. Link is the target when the run is
// link text: an http, https or mailto URL, or "#ID" for a heading of the
// document. Note > 0 makes the span a footnote mark citing Notes[Note-1];
// a mark has no text of its own.
type Span struct {
	Text  string
	Style Style
	Link  string
	Note  int
}

// Block is one block of the document. Which fields are used depends on
// Kind (see the Kind constants).
type Block struct {
	Kind  Kind
	Level int    // Heading: 1-3
	ID    string // Heading: anchor, unique in the document (derived by Parse)
	Role  Role   // Paragraph: its role in the front block ("" for body text)
	Spans []Span // Paragraph, Heading, Deck, Code

	Lang   string    // Code: the info string of the fence
	Blocks []Block   // Quote: its content
	Items  [][]Block // List: the blocks of each item

	Ordered bool // List: numbered
	Start   int  // List: number of the first item

	Table *TableData // Table
	Image *Image     // Figure

	Line int // 1-based line of the Markdown source where the block starts

	// Marker is not set by Parse: lists are List blocks. Kept for
	// programs that still read list paragraphs flat.
	Marker string
}

// Role is the part a paragraph of the front block plays.
type Role string

// The roles of the front block.
const (
	Dateline   Role = "dateline"   // ——2026年1月26日在…会议上
	Speaker    Role = "speaker"    // 河北省人民政府省长 王正谱
	Byline     Role = "byline"     // a news byline: 记者 某某
	SourceLine Role = "source"     // a news source line: 来源：…
	Salutation Role = "salutation" // 各位代表：
)

// Roles lists the known roles.
var Roles = []Role{Dateline, Speaker, Byline, SourceLine, Salutation}

func knownRole(r Role) bool {
	for _, k := range Roles {
		if r == k {
			return true
		}
	}
	return false
}

// Align is the alignment of a table column.
type Align uint8

const (
	AlignNone Align = iota // the writer's default (start of the line)
	AlignLeft
	AlignCenter
	AlignRight
)

// Cell is the inline content of a table cell.
type Cell []Span

// Text is the cell's plain text.
func (c Cell) Text() string { return spansText(c) }

// TableData is a GFM table: a header row and body rows, each with one
// cell per column.
type TableData struct {
	Align []Align // per column
	Head  []Cell
	Rows  [][]Cell
}

// Columns is the number of columns.
func (t *TableData) Columns() int { return len(t.Head) }

// Image is a picture. Src, Alt and Caption are what the Markdown says
// (`![Alt](Src "Caption")`); the rest is filled in by LoadImages when the
// file is a PNG or JPEG inside the document's folder, and stays empty
// otherwise (writers then show the alt text).
type Image struct {
	Src     string
	Alt     string
	Caption string

	Path          string // the file read, "" when not loaded
	Data          []byte
	Format        string // "png" or "jpeg"
	Width, Height int    // pixels
}

// Loaded reports whether the image's data is there to embed.
func (im *Image) Loaded() bool { return im != nil && len(im.Data) > 0 }

// Note is a footnote: its label in the source and its content.
type Note struct {
	Label  string
	Blocks []Block
	Line   int
}

// Text is the block's plain text: the spans of a paragraph-like block, the
// texts of the blocks of a container one per line, a table's cells
// separated by tabs, a figure's caption (or alt text). Footnote marks are
// not text.
func (b Block) Text() string {
	switch b.Kind {
	case Quote:
		return blocksText(b.Blocks)
	case List:
		var parts []string
		for _, it := range b.Items {
			parts = append(parts, blocksText(it))
		}
		return strings.Join(parts, "\n")
	case Table:
		if b.Table == nil {
			return ""
		}
		var rows []string
		for _, r := range append([][]Cell{b.Table.Head}, b.Table.Rows...) {
			cells := make([]string, len(r))
			for i, c := range r {
				cells[i] = c.Text()
			}
			rows = append(rows, strings.Join(cells, "\t"))
		}
		return strings.Join(rows, "\n")
	case Figure:
		if b.Image == nil {
			return ""
		}
		if b.Image.Caption != "" {
			return b.Image.Caption
		}
		return b.Image.Alt
	}
	return spansText(b.Spans)
}

func spansText(spans []Span) string {
	if len(spans) == 1 {
		return spans[0].Text
	}
	var s strings.Builder
	for _, sp := range spans {
		s.WriteString(sp.Text)
	}
	return s.String()
}

func blocksText(blocks []Block) string {
	parts := make([]string, 0, len(blocks))
	for _, b := range blocks {
		if t := b.Text(); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// Text returns the document's text as a reader sees it: every block (list
// items with their markers) and every footnote, one per line. Writers are
// tested against it, and font fallback is chosen for its characters.
func (d *Document) Text() string {
	var s strings.Builder
	d.Walk(func(b *Block, _ int) bool {
		switch b.Kind {
		case Quote, List:
			return true
		case Figure:
			if b.Image != nil {
				s.WriteString(b.Image.Alt)
				s.WriteByte('\n')
			}
		}
		s.WriteString(b.Text())
		s.WriteByte('\n')
		return true
	})
	for i := range d.Notes {
		s.WriteString(fmt.Sprint(i + 1))
		s.WriteByte('\n')
	}
	d.walkLists(func(b *Block) {
		for i := range b.Items {
			s.WriteString(ListMarker(b, i))
		}
	})
	return s.String()
}

// Walk calls fn for every block of the document in reading order, nested
// ones (quotes, list items) after their container, then the blocks of the
// footnotes. depth is 0 for top-level blocks. fn returns false to skip a
// container's content.
func (d *Document) Walk(fn func(b *Block, depth int) bool) {
	walkBlocks(d.Blocks, 0, fn)
	for i := range d.Notes {
		walkBlocks(d.Notes[i].Blocks, 1, fn)
	}
}

func walkBlocks(blocks []Block, depth int, fn func(*Block, int) bool) {
	for i := range blocks {
		b := &blocks[i]
		if !fn(b, depth) {
			continue
		}
		walkBlocks(b.Blocks, depth+1, fn)
		for _, it := range b.Items {
			walkBlocks(it, depth+1, fn)
		}
	}
}

func (d *Document) walkLists(fn func(*Block)) {
	d.Walk(func(b *Block, _ int) bool {
		if b.Kind == List {
			fn(b)
		}
		return true
	})
}

// ListMarker is the marker of item i of list b as writers show it: "3."
// for a numbered list, a bullet otherwise.
func ListMarker(b *Block, i int) string {
	if b.Ordered {
		return fmt.Sprintf("%d.", b.Start+i)
	}
	return "•"
}

// IsWide reports whether r is a CJK character or full-width mark: text
// joined across a line break gets no space next to one.
func IsWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFF60) || (r >= 0xFFE0 && r <= 0xFFE6) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·'
}
