// Package markdown reads a document in the project's Markdown dialect (CommonMark
// with YAML front matter) once, into the model both writers share: metadata
// from the front matter and a flat list of blocks with styled text runs.
package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"gopkg.in/yaml.v2"
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

var yamlLine = regexp.MustCompile(`line (\d+)`)

// Kind says what a block is.
type Kind int

const (
	Paragraph Kind = iota
	Heading        // Level 1 (title), 2 (section), 3 (subsection)
	Deck           // emphasized paragraph right under a heading
	Quote          // paragraph inside a block quote
	ListItem       // paragraph of a list item; Marker holds "•" or "3."
	Code           // preformatted lines
	Rule           // thematic break
)

var kindNames = [...]string{"paragraph", "heading", "deck", "quote", "list item", "code", "rule"}

func (k Kind) String() string { return kindNames[k] }

// Style flags of a run of text.
type Style uint8

const (
	Strong Style = 1 << iota
	Emph
	Mono
)

// Span is a run of text in one style. Link is the target when the run is
// link text.
type Span struct {
	Text  string
	Style Style
	Link  string
}

// Block is one paragraph-like unit.
type Block struct {
	Kind   Kind
	Level  int    // heading level 1-3; nesting depth for quotes and lists
	Marker string // list marker
	Spans  []Span
	Line   int // 1-based line of the Markdown source where the block starts
}

// Text is the block's plain text.
func (b Block) Text() string {
	var s strings.Builder
	for _, sp := range b.Spans {
		s.WriteString(sp.Text)
	}
	return s.String()
}

// Document is a parsed Markdown document.
type Document struct {
	Meta   Meta
	Blocks []Block
}

// Section is a node of the heading tree: Index is the position of the
// heading block in Blocks.
type Section struct {
	Title    string
	Level    int
	Index    int
	Children []*Section
}

// Sections returns the tree of level-2 and level-3 headings (the title is
// not a section). A level-3 heading before any level-2 one becomes a
// top-level entry, so nothing is dropped.
func (d *Document) Sections() []*Section {
	var top []*Section
	var cur *Section
	for i, b := range d.Blocks {
		if b.Kind != Heading || b.Level < 2 {
			continue
		}
		s := &Section{Title: b.Text(), Level: b.Level, Index: i}
		if b.Level == 2 || cur == nil {
			top = append(top, s)
			if b.Level == 2 {
				cur = s
			}
			continue
		}
		cur.Children = append(cur.Children, s)
	}
	return top
}

// Text returns the document's text as a reader sees it: front matter title,
// subtitle and every block, one per line. Writers are tested against it.
func (d *Document) Text() string {
	var s strings.Builder
	for _, b := range d.Blocks {
		s.WriteString(b.Marker)
		s.WriteString(b.Text())
		s.WriteByte('\n')
	}
	return s.String()
}

// Parse reads Markdown. name is used in error messages only.
func Parse(name string, src []byte) (*Document, error) {
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("%s: not valid UTF-8", name)
	}
	d := &Document{}
	body, fmLines, err := splitFrontMatter(src, &d.Meta)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	root := goldmark.DefaultParser().Parse(text.NewReader(body))
	w := walker{src: body, lineOffset: fmLines, doc: d}
	if err := w.blocks(root, 0); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d.markDecks()
	d.finishMeta()
	if d.Meta.Title == "" {
		for _, b := range d.Blocks {
			if b.Kind == Heading && b.Level == 1 {
				d.Meta.Title = b.Text()
				break
			}
		}
	}
	if d.Meta.Title == "" {
		d.Meta.Title = strings.TrimSuffix(name[strings.LastIndexAny(name, `/\`)+1:], ".md")
	}
	if d.Meta.Description == "" {
		d.Meta.Description = d.Meta.Subtitle
	}
	return d, nil
}

// splitFrontMatter parses a leading "---" block. It returns the body after
// it and the number of lines the front matter took.
func splitFrontMatter(src []byte, m *Meta) ([]byte, int, error) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return src, 0, nil
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	end := -1
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(string(lines[i]), "\r\n")
		if l == "---" || l == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		return nil, 0, fmt.Errorf("%w: no closing \"---\" line", ErrFrontMatter)
	}
	yamlText := bytes.Join(lines[1:end], nil)
	var raw map[string]interface{}
	if err := yaml.Unmarshal(yamlText, &raw); err != nil {
		msg := strings.TrimPrefix(strings.ReplaceAll(err.Error(), "\n", " "), "yaml: ")
		// yaml counts lines from the first line after "---"; say file lines.
		msg = yamlLine.ReplaceAllStringFunc(msg, func(m string) string {
			n, _ := strconv.Atoi(yamlLine.FindStringSubmatch(m)[1])
			return fmt.Sprintf("line %d", n+1)
		})
		return nil, 0, fmt.Errorf("%w: %s", ErrFrontMatter, msg)
	}
	if err := m.setAll(raw); err != nil {
		return nil, 0, err
	}
	return bytes.Join(lines[end+1:], nil), end + 1, nil
}

type walker struct {
	src        []byte
	lineOffset int
	doc        *Document
	newlines   []int // offsets of "\n" in src, for line numbers
}

func (w *walker) line(n ast.Node) int {
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		if c := n.FirstChild(); c != nil && c.Type() == ast.TypeBlock {
			return w.line(c)
		}
		return 0
	}
	off := lines.At(0).Start
	if w.newlines == nil {
		w.newlines = []int{}
		for i, c := range w.src {
			if c == '\n' {
				w.newlines = append(w.newlines, i)
			}
		}
	}
	return sort.SearchInts(w.newlines, off) + 1 + w.lineOffset
}

func (w *walker) blocks(parent ast.Node, depth int) error {
	if depth > MaxDepth {
		return ErrTooDeep
	}
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if err := w.block(n, depth); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) add(b Block) {
	if len(b.Spans) == 0 && b.Kind != Rule {
		return
	}
	w.doc.Blocks = append(w.doc.Blocks, b)
}

// block maps one goldmark block node; containers recurse with their kind.
func (w *walker) block(n ast.Node, depth int) error {
	switch n := n.(type) {
	case *ast.Heading:
		lvl := n.Level
		if lvl > 3 {
			lvl = 3
		}
		w.add(Block{Kind: Heading, Level: lvl, Spans: w.inlines(n), Line: w.line(n)})
	case *ast.Paragraph, *ast.TextBlock:
		w.add(Block{Kind: w.kindAt(n), Level: depth, Marker: w.marker(n), Spans: w.inlines(n), Line: w.line(n)})
	case *ast.Blockquote, *ast.List, *ast.ListItem, *ast.Document:
		return w.blocks(n, depth+1)
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		var s strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			s.Write(seg.Value(w.src))
		}
		if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
			s.Write(h.ClosureLine.Value(w.src))
		}
		t := strings.TrimRight(s.String(), "\n")
		if t != "" {
			w.add(Block{Kind: Code, Spans: []Span{{Text: t, Style: Mono}}, Line: w.line(n)})
		}
	case *ast.ThematicBreak:
		w.add(Block{Kind: Rule, Line: w.line(n)})
	default:
		if n.Type() == ast.TypeBlock {
			if n.HasChildren() {
				return w.blocks(n, depth+1)
			}
			w.add(Block{Kind: Paragraph, Spans: w.inlines(n), Line: w.line(n)})
		}
	}
	return nil
}

// kindAt tells whether a paragraph sits in a quote or a list item.
func (w *walker) kindAt(n ast.Node) Kind {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.(type) {
		case *ast.ListItem:
			return ListItem
		case *ast.Blockquote:
			return Quote
		}
	}
	return Paragraph
}

// marker gives the first paragraph of a list item its bullet or number.
func (w *walker) marker(n ast.Node) string {
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || item.FirstChild() != n {
		return ""
	}
	list, ok := item.Parent().(*ast.List)
	if !ok {
		return ""
	}
	if !list.IsOrdered() {
		return "• "
	}
	num := list.Start
	for c := list.FirstChild(); c != nil && c != ast.Node(item); c = c.NextSibling() {
		num++
	}
	return fmt.Sprintf("%d%c ", num, list.Marker)
}

// inlines flattens a block's inline content into styled spans, joining
// soft line breaks with no space between CJK characters and one space
// elsewhere.
func (w *walker) inlines(n ast.Node) []Span {
	var spans []Span
	var walk func(n ast.Node, st Style, link string)
	emit := func(t string, st Style, link string) {
		if t == "" {
			return
		}
		if k := len(spans) - 1; k >= 0 && spans[k].Style == st && spans[k].Link == link {
			spans[k].Text += t
			return
		}
		spans = append(spans, Span{Text: t, Style: st, Link: link})
	}
	walk = func(n ast.Node, st Style, link string) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				emit(unescape(c.Segment.Value(w.src)), st, link)
				if c.HardLineBreak() {
					emit("\n", st, link)
				} else if c.SoftLineBreak() {
					emit("\u2028", st, link) // resolved below
				}
			case *ast.String:
				emit(string(c.Value), st, link)
			case *ast.CodeSpan:
				var s strings.Builder
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					if tx, ok := t.(*ast.Text); ok {
						s.Write(tx.Segment.Value(w.src))
					}
				}
				emit(s.String(), st|Mono, link)
			case *ast.Emphasis:
				if c.Level >= 2 {
					walk(c, st|Strong, link)
				} else {
					walk(c, st|Emph, link)
				}
			case *ast.Link:
				walk(c, st, string(c.Destination))
			case *ast.AutoLink:
				u := string(c.URL(w.src))
				emit(u, st, u)
			case *ast.Image:
				walk(c, st, link)
			case *ast.RawHTML:
				for i := 0; i < c.Segments.Len(); i++ {
					seg := c.Segments.At(i)
					emit(string(seg.Value(w.src)), st, link)
				}
			default:
				walk(c, st, link)
			}
		}
	}
	walk(n, 0, "")
	// Resolve soft breaks now that both neighbours are known.
	for i := range spans {
		if !strings.Contains(spans[i].Text, "\u2028") {
			continue
		}
		var b strings.Builder
		t := spans[i].Text
		for j, r := range t {
			if r != '\u2028' {
				b.WriteRune(r)
				continue
			}
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			if prev == utf8.RuneError && i > 0 {
				prev, _ = utf8.DecodeLastRuneInString(spans[i-1].Text)
			}
			next, _ := utf8.DecodeRuneInString(t[j+len("\u2028"):])
			if next == utf8.RuneError && i+1 < len(spans) {
				next, _ = utf8.DecodeRuneInString(spans[i+1].Text)
			}
			if !IsWide(prev) && !IsWide(next) {
				b.WriteByte(' ')
			}
		}
		spans[i].Text = b.String()
	}
	// Trim the block's outer whitespace.
	if len(spans) > 0 {
		spans[0].Text = strings.TrimLeft(spans[0].Text, " ")
		k := len(spans) - 1
		spans[k].Text = strings.TrimRight(spans[k].Text, " \n")
	}
	out := spans[:0]
	for _, s := range spans {
		if s.Text != "" {
			out = append(out, s)
		}
	}
	return out
}

// unescape resolves backslash escapes and character references the way
// CommonMark renderers do.
func unescape(v []byte) string {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	// An escaped character is literal: resolve references only in the
	// runs between escapes, so that "\&copy;" stays "&copy;".
	var out []byte
	start := 0
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]) {
			out = append(out, resolveRefs(v[start:i])...)
			out = append(out, v[i+1])
			i++
			start = i + 1
		}
	}
	out = append(out, resolveRefs(v[start:])...)
	return string(out)
}

func resolveRefs(v []byte) []byte {
	if bytes.IndexByte(v, '&') < 0 {
		return v
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(v))
}

// markDecks turns a paragraph that is wholly emphasized and directly
// follows a heading into a deck line.
func (d *Document) markDecks() {
	for i := 1; i < len(d.Blocks); i++ {
		b := &d.Blocks[i]
		if b.Kind != Paragraph || d.Blocks[i-1].Kind != Heading || d.Blocks[i-1].Level < 2 {
			continue
		}
		all := len(b.Spans) > 0
		for _, s := range b.Spans {
			if s.Style&(Emph|Strong) == 0 {
				all = false
			}
		}
		if all {
			b.Kind = Deck
		}
	}
}

// IsWide reports whether r is a CJK character or full-width mark: text
// joined across a line break gets no space next to one.
func IsWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFF60) || (r >= 0xFFE0 && r <= 0xFFE6) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·'
}
