package convert

import (
	"slices"
	"strings"

	"github.com/cjk-publish/publish/markdown"
)

// line is one input line (or a piece of one, when a paragraph started in
// the middle of it) while the line passes work on it.
type line struct {
	no     int    // 1-based input line
	text   string // repaired text without its indentation
	indent bool   // began with indentation: a paragraph starts here
	blank  bool
	gone   bool // removed (running header, page number)
	split  bool // a paragraph starts here, in the middle of input line no
	page   bool // a form feed before this line: a new page starts
	// row: a row of figures kept a paragraph of its own; table: the
	// table read from this line to tableEnd (exclusive); inTable: a line
	// of a table read at an earlier line.
	row      bool
	table    *markdown.TableData
	tableEnd int
	inTable  bool
	spaced   bool // letter-spaced line (its spaces are layout, not text)
	ruled    bool // a rule set before it, which OCR read as a bar: a heading
	// markRead: the character OCR read for a mark set before its
	// numbered heading went ("令 一、…")
	markRead bool
	// emphasized: emphasis dots stood under it (a heading's line); the
	// lines of one heading have them all. styleMarked: the mark the
	// page's style sets before every heading stood before it.
	emphasized, styleMarked bool
	// headLines: the lines of a heading that wraps, on its first, where
	// the marks the page's style sets around it told its extent.
	headLines int
	lineW     int // width of the whole input line when it was split, else 0
	indentW   int // printed width of the indentation
}

// kind is what a block is.
type kind int

const (
	paragraph kind = iota
	heading
	deck
	byline
	label // orphaned label: a paragraph the report flags
	table // rows of figures read as a table
)

// joint records where a block's text continues from another input line, so
// later passes can report the input line of any position.
type joint struct {
	offset int // byte offset in block text
	no     int // input line that starts there
}

// block is a paragraph-like unit after unwrapping.
type block struct {
	kind   kind
	level  int // heading level 1-3
	text   string
	first  int // first input line
	last   int // last input line
	joints []joint
	keep   bool // spaces inside are meaningful (byline names, the cells of a row of figures)
	guess  bool // a heading recognized by its shape only, without numbering
	// wrapped: the lines of a heading that wraps (wrapped.go)
	wrapped bool
	// styled: the page's style marked its first line a heading's (its
	// mark before it, emphasis dots under it)
	styled bool
	// table holds the cells of a table block.
	table *markdown.TableData
}

// lineCursor finds the input lines of increasing offsets in a block in
// linear time overall (a search per offset would be quadratic on a long block).
type lineCursor struct {
	b *block
	k int // joints passed so far
}

func (c *lineCursor) at(off int) int {
	for c.k < len(c.b.joints) && c.b.joints[c.k].offset <= off {
		c.k++
	}
	if c.k == 0 {
		return c.b.first
	}
	return c.b.joints[c.k-1].no
}

// meta is the front matter being collected.
type meta struct {
	title, subtitle, author, lang, source string
	front                                 []string // roles of the front block's paragraphs
}

// draft is the document while the passes repair it.
type draft struct {
	lang   string // "zh" or "en": the main script of the text
	lines  []line
	blocks []block
	meta   meta
	report []Decision
	// blanksInText: blank lines in this document fall inside paragraphs
	// so often that one after a full line is no paragraph break.
	blanksInText bool
	// indentLost: paragraphs here were set indented and OCR dropped
	// the indent, so a first line short by two characters is text.
	indentLost bool
	// alnumExact: digits and Latin letters here take half a Chinese
	// character each, as the column measure counts them.
	alnumExact bool
	// turns: the labels that open the turns of an interview (turns.go).
	turns map[string]bool
	// top is the index in lines of the first line of the text proper
	// (furniture.go's topZone): above it stand the title block's lines.
	top int
	// signature lists the lines that start the names and the date of
	// the signature that closes the text (closingSignature), if any.
	signature []int
	// subtitleLines are the input lines moved into the front matter.
	subtitleLines [2]int
	// titleNo is the input line where the title block read from below
	// starts, where parts of a masthead stand between it and lines of
	// text above it (titleblock.go); 0 for none.
	titleNo int
	// scratch holds the detail of a decision while it is written.
	scratch []byte
}

func newDraft(text string, opts Options) *draft {
	// The lines are cut straight into raw, without a slice of strings
	// in between: a long document has hundreds of thousands.
	rest := strings.TrimRight(text, "\n")
	raw := make([]rawLine, 0, strings.Count(rest, "\n")+1)
	for no := 1; ; no++ {
		t, after, more := strings.Cut(rest, "\n")
		raw = append(raw, rawLine{no, t})
		if !more {
			break
		}
		rest = after
	}
	raw, bands := readBands(raw)
	raw, columns := readColumns(raw)
	raw = dropMargin(raw)
	d := &draft{lines: make([]line, len(raw)), report: make([]Decision, 0, len(raw)/2)}
	d.report = append(d.report, bands...)
	d.report = append(d.report, columns...)
	inHalves(len(raw), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			d.lines[i] = newLine(raw[i])
		}
	})
	d.lang = detectLang(text)
	d.meta.lang = map[string]string{"zh": "zh-CN", "en": "en"}[d.lang]
	d.meta.source = opts.Name
	return d
}

// newLine reads an input line's indentation and text.
func newLine(r rawLine) line {
	t := r.text
	l := line{no: r.no, page: strings.IndexByte(t, '\f') >= 0}
	trimmed := t
	if r, _ := decodeFirst(t); t != "" && isSpace(r) {
		trimmed = strings.TrimLeftFunc(t, isSpace)
		l.indent = isIndent(t[:len(t)-len(trimmed)])
		if l.indent {
			l.indentW = indentWidth(t[:len(t)-len(trimmed)])
		}
	}
	l.text = trimmed
	if r, _ := decodeLast(trimmed); trimmed != "" && isSpace(r) {
		l.text = strings.TrimRightFunc(trimmed, isSpace)
	}
	l.blank = l.text == ""
	return l
}

// isIndent tells whether leading whitespace is a paragraph indent: two
// spaces or more, or an ideographic space. One stray space is OCR noise.
func isIndent(space string) bool {
	return strings.ContainsRune(space, '\u3000') || strings.Count(space, " ") >= 2 || strings.Contains(space, "\t")
}

// zh reports whether the document's main script is Chinese.
func (d *draft) zh() bool { return d.lang == "zh" }

// note records a decision.
func (d *draft) note(first, last int, rule, detail string) {
	if last < first {
		last = first
	}
	d.report = append(d.report, Decision{Line: first, EndLine: last, Rule: rule, Detail: detail})
}

// noteRemoved records a decision that deleted text from input line no.
func (d *draft) noteRemoved(no int, rule, removed, detail string) {
	d.report = append(d.report, Decision{Line: no, EndLine: no, Rule: rule, Detail: detail, Removed: removed})
}

// repaired reports whether the character repairs changed input line no
// (an ASCII mark made full-width is reported in its own form).
func (d *draft) repaired(no int) bool {
	return slices.ContainsFunc(d.report, func(r Decision) bool { return r.Line == no && r.Rule == "chars" })
}

// misread reports whether the text shows OCR's hand: the character
// repairs found a mark OCR confuses (an ASCII stop or bracket in Chinese
// text, a stroke for a dash). Text a PDF gave back has none, and its
// characters are the document's own.
func (d *draft) misread() bool {
	return slices.ContainsFunc(d.report, func(r Decision) bool {
		return r.Rule == "chars" && strings.HasPrefix(r.Detail, "characters: ")
	})
}

// sortedReport returns the decisions in input order (stable: decisions on
// the same line keep the order the passes made them in).
func (d *draft) sortedReport() []Decision {
	order := make([]int, len(d.report))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := d.report[a].Line - d.report[b].Line; c != 0 {
			return c
		}
		return a - b
	})
	r := make([]Decision, len(order))
	for i, k := range order {
		r[i] = d.report[k]
	}
	return r
}

// detectLang picks "zh" when Han characters make up a fair share of the
// letters (of the first 16 KB: plenty to tell), else "en".
func detectLang(text string) string {
	if len(text) > 16<<10 {
		text = text[:16<<10]
	}
	// Counted on bytes: the lead bytes E4-E9 start U+4000-U+9FFF, the
	// common Han characters; rarer ones do not change the verdict.
	han, latin := 0, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= 0xE4 && c <= 0xE9:
			han++
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			latin++
		}
	}
	if han*4 >= latin && han > 0 {
		return "zh"
	}
	return "en"
}

// indentWidth is the printed width of leading whitespace: an ideographic
// space is as wide as a CJK character.
func indentWidth(space string) int {
	w := 0
	for _, r := range space {
		if r == '\u3000' {
			w += 2
		} else {
			w++
		}
	}
	return w
}
