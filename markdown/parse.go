package markdown

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The dialect's reader: CommonMark, GFM tables and footnotes, and the
// escaped space of goldmark's CJK extension ("\ " separates emphasis
// delimiters from CJK punctuation and is not text). Nothing else: raw
// HTML, math and definition lists are kept as text with a warning.
var dialect = sync.OnceValue(func() parser.Parser {
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote))
	p := md.Parser()
	p.AddOptions(parser.WithEscapedSpace(),
		parser.WithASTTransformers(util.Prioritized(footnoteCensus{}, 500)))
	return p
})

// footnoteCensus records every footnote definition before goldmark's
// footnote transformer (priority 999) drops the ones never cited, so that
// dropping them can be reported.
type footnoteCensus struct{}

var censusContextKey = parser.NewContextKey()

func (footnoteCensus) Transform(doc *ast.Document, _ text.Reader, pc parser.Context) {
	var defs []*east.Footnote
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fn, ok := n.(*east.Footnote); ok && entering {
			defs = append(defs, fn)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	pc.Set(censusContextKey, defs)
}

// Parse reads Markdown. name is used in messages; Document.Warnings lists
// what could not be taken as written (unsupported syntax kept as text,
// links dropped, front block mismatches). Images are not read: see
// LoadImages.
func Parse(name string, src []byte) (*Document, error) {
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("%s: not valid UTF-8", name)
	}
	d := &Document{Name: name}
	body, fm, err := splitFrontMatter(src, &d.Meta)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := d.parseBody(body, fm.lines); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d.markDecks()
	d.assignIDs()
	d.resolveLinks()
	d.assignRoles(fm.frontLine)
	d.finishMeta()
	if d.Meta.Title == "" {
		if t := d.titleIndex(); t >= 0 {
			d.Meta.Title = d.Blocks[t].Text()
		}
	}
	if d.Meta.Title == "" {
		d.Meta.Title = strings.TrimSuffix(name[strings.LastIndexAny(name, `/\`)+1:], ".md")
	}
	if d.Meta.Description == "" {
		d.Meta.Description = d.Meta.Subtitle
	}
	sort.SliceStable(d.Warnings, func(i, j int) bool { return d.Warnings[i].Line < d.Warnings[j].Line })
	return d, nil
}

// parseBody reads the blocks and footnotes of the Markdown after the
// front matter, which took lineOffset lines.
func (d *Document) parseBody(body []byte, lineOffset int) error {
	pc := parser.NewContext()
	root := dialect().Parse(text.NewReader(body), parser.WithContext(pc))
	w := walker{src: body, lineOffset: lineOffset, doc: d}
	if defs, ok := pc.Get(censusContextKey).([]*east.Footnote); ok {
		for _, fn := range defs {
			if fn.Index < 0 {
				d.warn(w.line(fn), "footnote [^%s] is never cited: dropped", fn.Ref)
			}
		}
	}
	blocks, err := w.blocks(root, 0)
	d.Blocks = blocks
	return err
}

type walker struct {
	src        []byte
	lineOffset int
	doc        *Document
	newlines   []int // offsets of "\n" in src, for line numbers
}

func (w *walker) line(n ast.Node) int {
	if n.Type() != ast.TypeBlock {
		return 0
	}
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Type() == ast.TypeBlock {
				if l := w.line(c); l > 0 {
					return l
				}
			}
		}
		return 0
	}
	return w.lineAt(lines.At(0).Start)
}

func (w *walker) lineAt(off int) int {
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

// blocks maps the block children of parent.
func (w *walker) blocks(parent ast.Node, depth int) ([]Block, error) {
	if depth > MaxDepth {
		return nil, ErrTooDeep
	}
	if c := parent.FirstChild(); c != nil && c.Type() == ast.TypeInline {
		return w.paragraph(parent, w.line(parent)), nil
	}
	var out []Block
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		bs, err := w.block(n, depth)
		if err != nil {
			return nil, err
		}
		out = append(out, bs...)
	}
	return out, nil
}

// block maps one goldmark block node to the blocks it stands for (none,
// or several figures for a paragraph of images).
func (w *walker) block(n ast.Node, depth int) ([]Block, error) {
	line := w.line(n)
	switch n := n.(type) {
	case *ast.Heading:
		lvl := n.Level
		if lvl > 3 {
			w.doc.warn(line, "heading level %d set as level 3 (the dialect has three)", lvl)
			lvl = 3
		}
		// A heading is one line: a hard break in a setext heading is a space.
		return one(Block{Kind: Heading, Level: lvl, Spans: withoutBreaks(w.inlines(n, line)), Line: line}), nil
	case *ast.Paragraph, *ast.TextBlock:
		return w.paragraph(n, line), nil
	case *ast.Blockquote:
		inner, err := w.blocks(n, depth+1)
		if err != nil {
			return nil, err
		}
		if len(inner) == 0 {
			return nil, nil
		}
		return one(Block{Kind: Quote, Blocks: inner, Line: line}), nil
	case *ast.List:
		b := Block{Kind: List, Ordered: n.IsOrdered(), Start: n.Start, Line: line}
		if !b.Ordered {
			b.Start = 0
		}
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			inner, err := w.blocks(it, depth+1)
			if err != nil {
				return nil, err
			}
			if len(inner) > 0 { // an empty item has nothing to show
				b.Items = append(b.Items, inner)
			}
		}
		if len(b.Items) == 0 {
			return nil, nil
		}
		return one(b), nil
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		t := strings.TrimRight(w.rawLines(n), "\n")
		if t == "" {
			return nil, nil
		}
		b := Block{Kind: Code, Spans: []Span{{Text: t, Style: Mono}}, Line: line}
		if f, ok := n.(*ast.FencedCodeBlock); ok && f.Info != nil {
			b.Lang = strings.Fields(string(f.Info.Segment.Value(w.src)) + " x")[0]
			if b.Lang == "x" && strings.TrimSpace(string(f.Info.Segment.Value(w.src))) == "" {
				b.Lang = ""
			}
			b.Lang = unescape([]byte(b.Lang))
		}
		return one(b), nil
	case *ast.HTMLBlock:
		t := w.rawLines(n)
		if n.HasClosure() {
			t += string(n.ClosureLine.Value(w.src))
		}
		t = strings.TrimRight(t, "\n")
		if n.HTMLBlockType == ast.HTMLBlockType2 && strings.HasPrefix(strings.TrimSpace(t), "<!--") {
			w.doc.warn(line, "HTML comment dropped")
			return nil, nil
		}
		w.doc.warn(line, "raw HTML is not part of the dialect: kept as text")
		if t == "" {
			return nil, nil
		}
		return one(Block{Kind: Code, Spans: []Span{{Text: t, Style: Mono}}, Line: line}), nil
	case *ast.ThematicBreak:
		return one(Block{Kind: Rule, Line: line}), nil
	case *east.Table:
		return one(w.table(n, line)), nil
	case *east.FootnoteList:
		for fn := n.FirstChild(); fn != nil; fn = fn.NextSibling() {
			f, ok := fn.(*east.Footnote)
			if !ok {
				continue
			}
			inner, err := w.blocks(f, depth+1)
			if err != nil {
				return nil, err
			}
			w.doc.Notes = append(w.doc.Notes, Note{Label: string(f.Ref), Blocks: inner, Line: w.line(f)})
		}
		return nil, nil
	}
	if n.Type() == ast.TypeBlock {
		if n.HasChildren() && n.FirstChild().Type() == ast.TypeBlock {
			return w.blocks(n, depth+1)
		}
		return w.paragraph(n, line), nil
	}
	return nil, nil
}

func one(b Block) []Block { return []Block{b} }

func (w *walker) rawLines(n ast.Node) string {
	var s strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		s.Write(seg.Value(w.src))
	}
	return s.String()
}

var (
	// A definition list (PHP Markdown Extra, pandoc): a line starting ": ".
	definitionLine = regexp.MustCompile(`(?m)^[ \t]{0,3}:[ \t]`)
	// Display math, or inline math with TeX in it.
	mathText = regexp.MustCompile(`\$\$|\$[^$\s][^$\n]*[\\^_{}][^$\n]*\$|\\\(|\\\[`)
)

// paragraph maps a paragraph: a figure per image when it holds images
// alone, else one paragraph block.
func (w *walker) paragraph(n ast.Node, line int) []Block {
	if figs := w.figures(n, line); figs != nil {
		return figs
	}
	raw := w.rawLines(n)
	if lines := n.Lines(); lines != nil && lines.Len() > 1 && definitionLine.MatchString(raw) {
		w.doc.warn(line, "definition lists are not part of the dialect: kept as text")
	}
	if strings.ContainsAny(raw, "$\\") && mathText.MatchString(raw) {
		w.doc.warn(line, "math is not part of the dialect: kept as text")
	}
	spans := w.inlines(n, line)
	if len(spans) == 0 {
		return nil
	}
	return one(Block{Kind: Paragraph, Spans: spans, Line: line})
}

// figures returns one figure block per image when the paragraph holds
// only images (and the spaces or line breaks between them), else nil.
func (w *walker) figures(n ast.Node, line int) []Block {
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			im := &Image{Src: unescape(c.Destination), Alt: plainText(c, w.src), Caption: unescape(c.Title)}
			out = append(out, Block{Kind: Figure, Image: im, Line: line})
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(w.src))) != 0 {
				return nil
			}
		default:
			return nil
		}
	}
	return out
}

// plainText is the text of n's inline children without markup (an
// image's alt text).
func plainText(n ast.Node, src []byte) string {
	var s strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			s.WriteString(unescape(c.Segment.Value(src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				s.WriteByte(' ')
			}
		case *ast.String:
			s.Write(c.Value)
		case *ast.CodeSpan:
			s.WriteString(codeText(c, src))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(s.String())
}

func codeText(c *ast.CodeSpan, src []byte) string {
	var s strings.Builder
	for t := c.FirstChild(); t != nil; t = t.NextSibling() {
		if tx, ok := t.(*ast.Text); ok {
			s.Write(tx.Segment.Value(src))
		} else if st, ok := t.(*ast.String); ok {
			s.Write(st.Value)
		}
	}
	return strings.ReplaceAll(s.String(), "\n", " ")
}

func (w *walker) table(n *east.Table, line int) Block {
	t := &TableData{}
	for _, a := range n.Alignments {
		t.Align = append(t.Align, map[east.Alignment]Align{east.AlignLeft: AlignLeft, east.AlignCenter: AlignCenter, east.AlignRight: AlignRight}[a])
	}
	row := func(r ast.Node) []Cell {
		var cells []Cell
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, Cell(w.inlines(c, line)))
		}
		for len(cells) < len(t.Align) {
			cells = append(cells, nil)
		}
		return cells
	}
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		switch r.(type) {
		case *east.TableHeader:
			t.Head = row(r)
		case *east.TableRow:
			t.Rows = append(t.Rows, row(r))
		}
	}
	return Block{Kind: Table, Table: t, Line: line}
}

// inlines flattens a block's inline content into styled spans, joining
// soft line breaks with no space next to a CJK character and one space
// elsewhere.
func (w *walker) inlines(n ast.Node, line int) []Span {
	in := inliner{src: w.src, doc: w.doc, line: line}
	in.walk(n, 0, "")
	return in.finish()
}

type inliner struct {
	src   []byte
	doc   *Document
	line  int
	spans []Span
	soft  bool // a soft line break waits for the next text
	html  bool // raw HTML was met (reported once per block)
	image bool
}

func (in *inliner) lastRune() rune {
	for k := len(in.spans) - 1; k >= 0; k-- {
		if r, _ := utf8.DecodeLastRuneInString(in.spans[k].Text); r != utf8.RuneError {
			return r
		}
	}
	return utf8.RuneError
}

func (in *inliner) emit(t string, st Style, link string) {
	if t == "" {
		return
	}
	if in.soft {
		in.soft = false
		prev, next := in.lastRune(), []rune(t)[0]
		if prev != utf8.RuneError && prev != '\n' && !IsWide(prev) && !IsWide(next) && next != ' ' && prev != ' ' {
			t = " " + t
		}
	}
	if k := len(in.spans) - 1; k >= 0 && in.spans[k].Style == st && in.spans[k].Link == link && in.spans[k].Note == 0 {
		in.spans[k].Text += t
		return
	}
	in.spans = append(in.spans, Span{Text: t, Style: st, Link: link})
}

func (in *inliner) walk(n ast.Node, st Style, link string) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			in.emit(unescape(c.Segment.Value(in.src)), st, link)
			if c.HardLineBreak() {
				in.soft = false
				in.emit("\n", st, link)
			} else if c.SoftLineBreak() {
				in.soft = true
			}
		case *ast.String:
			in.emit(string(c.Value), st, link)
		case *ast.CodeSpan:
			in.emit(codeText(c, in.src), st|Mono, link)
		case *ast.Emphasis:
			if c.Level >= 2 {
				in.walk(c, st|Strong, link)
			} else {
				in.walk(c, st|Emph, link)
			}
		case *ast.Link:
			in.walk(c, st, in.target(string(c.Destination)))
		case *ast.AutoLink:
			u := string(c.URL(in.src))
			target := u
			if c.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
				target = "mailto:" + u
			}
			in.emit(string(c.Label(in.src)), st, in.target(target))
		case *ast.Image:
			if !in.image {
				in.doc.warn(in.line, "image %q inside running text: kept as its alt text (an image needs a paragraph of its own)", unescape(c.Destination))
				in.image = true
			}
			in.walk(c, st, link)
		case *ast.RawHTML:
			if !in.html {
				in.doc.warn(in.line, "raw HTML is not part of the dialect: kept as text")
				in.html = true
			}
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				in.emit(string(seg.Value(in.src)), st, link)
			}
		case *east.FootnoteLink:
			in.soft = false
			in.spans = append(in.spans, Span{Note: c.Index})
		case *east.FootnoteBacklink:
		default:
			in.walk(c, st, link)
		}
	}
}

// target checks a link destination: web and mail addresses and in-document
// anchors are kept ("#..." resolved once the headings are known), anything
// else is dropped with a warning and its text kept.
func (in *inliner) target(dest string) string {
	dest = unescape([]byte(dest))
	if strings.HasPrefix(dest, "#") && len(dest) > 1 {
		return dest
	}
	if u, err := url.Parse(dest); err == nil {
		switch strings.ToLower(u.Scheme) {
		case "http", "https":
			if u.Host != "" {
				return dest
			}
		case "mailto":
			if u.Opaque != "" {
				return dest
			}
		}
	}
	in.doc.warn(in.line, "link to %q dropped, its text kept (links may go to http, https, mailto or a #heading of the document)", dest)
	return ""
}

// finish trims the block's outer whitespace and drops empty runs.
func (in *inliner) finish() []Span {
	spans := in.spans
	for len(spans) > 0 && spans[0].Note == 0 {
		spans[0].Text = strings.TrimLeft(spans[0].Text, " \t\n")
		if spans[0].Text != "" {
			break
		}
		spans = spans[1:]
	}
	for len(spans) > 0 && spans[len(spans)-1].Note == 0 {
		k := len(spans) - 1
		spans[k].Text = strings.TrimRight(spans[k].Text, " \t\n")
		if spans[k].Text != "" {
			break
		}
		spans = spans[:k]
	}
	out := spans[:0]
	for _, s := range spans {
		if s.Text != "" || s.Note > 0 {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// unescape resolves backslash escapes and character references the way
// CommonMark renderers do; an escaped space is the dialect's invisible
// separator and gives nothing.
func unescape(v []byte) string {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	// An escaped character is literal: resolve references only in the
	// runs between escapes, so that "\&copy;" stays "&copy;".
	var out []byte
	start := 0
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) && (util.IsPunct(v[i+1]) || v[i+1] == ' ') {
			out = append(out, resolveRefs(v[start:i])...)
			if v[i+1] != ' ' {
				out = append(out, v[i+1])
			}
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
// follows a section heading into a deck line.
func (d *Document) markDecks() {
	for i := 1; i < len(d.Blocks); i++ {
		b := &d.Blocks[i]
		if b.Kind != Paragraph || d.Blocks[i-1].Kind != Heading || d.Blocks[i-1].Level < 2 {
			continue
		}
		if isDeckSpans(b.Spans) {
			b.Kind = Deck
		}
	}
}

func isDeckSpans(spans []Span) bool {
	if len(spans) == 0 {
		return false
	}
	for _, s := range spans {
		if s.Style&(Emph|Strong) == 0 {
			return false
		}
	}
	return true
}
