package markdown

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Format writes d in the dialect: front matter, then the blocks separated
// by blank lines, one line per paragraph, then the footnotes. Parse gives
// back d (less source lines, warnings and loaded image data) for every
// document Parse produces.
func Format(d *Document) []byte {
	var s strings.Builder
	s.WriteString(formatFrontMatter(d))
	f := formatter{notes: d.Notes}
	if lines := f.blocks(d.Blocks); len(lines) > 0 {
		n := len(lines) + 1
		for _, l := range lines {
			n += len(l)
		}
		s.Grow(n)
		for _, l := range lines {
			s.WriteByte('\n')
			s.WriteString(l)
		}
		s.WriteByte('\n')
	}
	for i, n := range d.Notes {
		lines := f.blocks(n.Blocks)
		s.WriteString("\n[^" + f.label(i) + "]:")
		for k, l := range lines {
			switch {
			case k == 0 && l != "":
				s.WriteString(" " + l)
			case l == "":
			default:
				if k == 0 {
					s.WriteString("\n")
				}
				s.WriteString("    " + l)
			}
			s.WriteByte('\n')
		}
		if len(lines) == 0 {
			s.WriteByte('\n')
		}
	}
	return []byte(s.String())
}

type formatter struct {
	notes []Note
}

// label is the label written for note i: its own when it can be written
// as it is, else its number.
func (f *formatter) label(i int) string {
	l := f.notes[i].Label
	if l == "" || len(l) > 100 || strings.ContainsAny(l, "[]\\^ \t\r\n") {
		return fmt.Sprint(i + 1)
	}
	return l
}

// blocks writes sibling blocks separated by blank lines. Two lists in a
// row alternate their markers, or a reader would join them.
func (f *formatter) blocks(bs []Block) []string {
	var out []string
	alt := false
	for i, b := range bs {
		if i > 0 {
			out = append(out, "")
		}
		if b.Kind == List && i > 0 && bs[i-1].Kind == List && bs[i-1].Ordered == b.Ordered {
			alt = !alt
		} else {
			alt = false
		}
		out = append(out, f.block(b, alt)...)
	}
	return out
}

func (f *formatter) block(b Block, alt bool) []string {
	switch b.Kind {
	case Heading:
		lvl := min(max(b.Level, 1), 3)
		t := escapeHeading(f.inline(withoutBreaks(b.Spans)))
		if t == "" {
			return []string{strings.Repeat("#", lvl)}
		}
		return []string{strings.Repeat("#", lvl) + " " + t}
	case Deck:
		spans := make([]Span, len(b.Spans))
		for i, s := range b.Spans {
			if s.Style&(Emph|Strong) == 0 && s.Note == 0 {
				s.Style |= Emph
			}
			spans[i] = s
		}
		return f.paragraph(spans)
	case Quote:
		var out []string
		for _, l := range f.blocks(b.Blocks) {
			if l == "" {
				out = append(out, ">")
			} else {
				out = append(out, "> "+l)
			}
		}
		return out
	case List:
		return f.list(b, alt)
	case Code:
		return codeFence(b.Text(), b.Lang)
	case Rule:
		return []string{"***"}
	case Table:
		return f.table(b.Table)
	case Figure:
		if b.Image == nil {
			return nil
		}
		im := b.Image
		s := "![" + escapeText(strings.ReplaceAll(im.Alt, "\n", " ")) + "](" + escapeDestination(im.Src)
		if im.Caption != "" {
			s += " " + escapeTitle(im.Caption)
		}
		return []string{s + ")"}
	}
	return f.paragraph(b.Spans)
}

// paragraph writes inline content as lines, escaping what would open a
// block at the start of each.
func (f *formatter) paragraph(spans []Span) []string {
	lines := strings.Split(f.inline(spans), "\n")
	for i, l := range lines {
		lines[i] = escapeLineStart(l)
	}
	return lines
}

func withoutBreaks(spans []Span) []Span {
	out := make([]Span, len(spans))
	for i, s := range spans {
		s.Text = strings.ReplaceAll(s.Text, "\n", " ")
		out[i] = s
	}
	return out
}

func (f *formatter) list(b Block, alt bool) []string {
	items := make([][]string, len(b.Items))
	loose := false
	for i, it := range b.Items {
		var lines []string
		for k, blk := range it {
			// A blank line between the blocks of an item makes the list
			// loose; a nested list needs none after a paragraph.
			// (Only a bullet list or one numbered from 1 may interrupt a
			// paragraph.)
			if k > 0 && !(blk.Kind == List && it[k-1].Kind == Paragraph && (!blk.Ordered || blk.Start == 1)) {
				lines = append(lines, "")
				loose = true
			}
			lines = append(lines, f.block(blk, k > 0 && blk.Kind == List && it[k-1].Kind == List && it[k-1].Ordered == blk.Ordered)...)
		}
		items[i] = lines
	}
	var out []string
	for i, lines := range items {
		marker := "-"
		if alt {
			marker = "+"
		}
		if b.Ordered {
			delim := "."
			if alt {
				delim = ")"
			}
			marker = fmt.Sprintf("%d%s", min(max(b.Start, 0), 999999999-len(b.Items))+i, delim)
		}
		if i > 0 && loose {
			out = append(out, "")
		}
		if len(lines) == 0 {
			out = append(out, marker)
			continue
		}
		pad := strings.Repeat(" ", len(marker)+1)
		for k, l := range lines {
			switch {
			case k == 0:
				out = append(out, marker+" "+l)
			case l == "":
				out = append(out, "")
			default:
				out = append(out, pad+l)
			}
		}
	}
	return out
}

// codeFence fences code with a run of backticks longer than any in it (or
// tildes when the info string has a backtick).
func codeFence(code, lang string) []string {
	fc := "`"
	if strings.Contains(lang, "`") {
		fc = "~"
	}
	longest := 2
	for _, l := range strings.Split(code, "\n") {
		t := strings.TrimLeft(l, " ")
		n := len(t) - len(strings.TrimLeft(t, fc))
		longest = max(longest, n)
	}
	fence := strings.Repeat(fc, longest+1)
	out := []string{fence + escapeInfo(lang)}
	out = append(out, strings.Split(code, "\n")...)
	return append(out, fence)
}

func escapeInfo(lang string) string {
	var b strings.Builder
	for _, r := range strings.Fields(lang + " ")[0:min(1, len(strings.Fields(lang)))] {
		for i := 0; i < len(r); i++ {
			if c := r[i]; c == '\\' || c == '&' && isEntityAt(r[i:]) {
				b.WriteByte('\\')
			}
			b.WriteByte(r[i])
		}
	}
	return b.String()
}

func (f *formatter) table(t *TableData) []string {
	if t == nil || len(t.Head) == 0 {
		return nil
	}
	n := len(t.Head)
	row := func(cells []Cell) string {
		var s strings.Builder
		s.WriteString("|")
		for i := 0; i < n; i++ {
			var c Cell
			if i < len(cells) {
				c = cells[i]
			}
			t := f.inline(withoutBreaks(c))
			if t == "" {
				s.WriteString(" |")
				continue
			}
			s.WriteString(" " + t + " |")
		}
		return s.String()
	}
	out := []string{row(t.Head)}
	delim := "|"
	for i := 0; i < n; i++ {
		a := AlignNone
		if i < len(t.Align) {
			a = t.Align[i]
		}
		delim += map[Align]string{AlignNone: " --- |", AlignLeft: " :-- |", AlignCenter: " :-: |", AlignRight: " --: |"}[a]
	}
	out = append(out, delim)
	for _, r := range t.Rows {
		out = append(out, row(r))
	}
	return out
}

// inline writes spans as inline Markdown. It tries the plain form first
// and checks it by reading it back; when emphasis delimiters would be
// read otherwise (next to punctuation, in runs), every delimiter is
// fenced off with the dialect's invisible separator "\ ".
func (f *formatter) inline(spans []Span) string {
	plain := keepEdgeSpaces(f.writeSpans(spans, false))
	if !hasEmphasis(spans) || readsBack(plain, spans) {
		return plain
	}
	return keepEdgeSpaces(f.writeSpans(spans, true))
}

func hasEmphasis(spans []Span) bool {
	for _, s := range spans {
		if s.Style&(Emph|Strong) != 0 {
			return true
		}
	}
	return false
}

// readsBack reports whether the inline Markdown md parses to spans.
func readsBack(md string, spans []Span) bool {
	lines := strings.Split(md, "\n")
	for i, l := range lines {
		lines[i] = escapeLineStart(l)
	}
	// Definitions for the footnote marks, so that they read as marks.
	src := strings.Join(lines, "\n") + "\n"
	for _, l := range noteLabels.FindAllString(md, -1) {
		src += "\n" + l + ": x\n"
	}
	d := &Document{}
	if err := d.parseBody([]byte(src), 0); err != nil || len(d.Blocks) != 1 {
		return false
	}
	return reflect.DeepEqual(stripNotes(d.Blocks[0].Spans), stripNotes(normalSpans(spans)))
}

var noteLabels = regexp.MustCompile(`\[\^[^\]\\ \t\r\n\[^]+\]`)

// stripNotes compares spans without footnote numbers (a lone paragraph
// has no definitions).
func stripNotes(spans []Span) []Span {
	out := make([]Span, len(spans))
	for i, s := range spans {
		if s.Note > 0 {
			s.Note = 1
		}
		out[i] = s
	}
	return out
}

// normalSpans merges neighbours of the same style, as Parse gives them.
func normalSpans(spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		if s.Text == "" && s.Note == 0 {
			continue
		}
		if s.Note > 0 {
			s.Style, s.Link = 0, ""
		}
		if k := len(out) - 1; k >= 0 && s.Note == 0 && out[k].Note == 0 && out[k].Style == s.Style && out[k].Link == s.Link {
			out[k].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}

// writeSpans writes the spans: link groups as [text](target), inside
// them (and outside) emphasis as nested delimiters, code as code spans.
func (f *formatter) writeSpans(spans []Span, fenced bool) string {
	spans = normalSpans(spans)
	if len(spans) == 1 && spans[0].Link == "" {
		return f.styled(spans, fenced) // one run: no copy through a builder
	}
	var out strings.Builder
	for i := 0; i < len(spans); {
		j := i + 1
		if spans[i].Link != "" {
			for j < len(spans) && spans[j].Link == spans[i].Link && spans[j].Note == 0 {
				j++
			}
			out.WriteString("[" + f.styled(spans[i:j], fenced) + "](" + escapeDestination(spans[i].Link) + ")")
		} else {
			for j < len(spans) && spans[j].Link == "" {
				j++
			}
			out.WriteString(f.styled(spans[i:j], fenced))
		}
		i = j
	}
	return out.String()
}

// styled writes spans with emphasis and code, without links. A delimiter
// run must be read as opening (closing) where it stands: a space inside it
// is written as a reference, and a separator "\ " goes where punctuation
// inside meets a letter outside, and between a closing and an opening run.
// fenced puts a separator outside every run.
func (f *formatter) styled(spans []Span, fenced bool) string {
	if len(spans) == 1 && spans[0].Style == 0 && spans[0].Note == 0 {
		return escapeText(spans[0].Text) // plain text: nothing opens or closes
	}
	var buf []byte
	var stack []Style // open delimiters, outermost first
	last := func() rune {
		r, _ := utf8.DecodeLastRune(buf)
		return r
	}
	for i, s := range spans {
		var piece string
		switch {
		case s.Note > 0:
			piece = "[^" + f.noteLabel(s.Note) + "]"
		case s.Style&Mono != 0:
			piece = codeSpan(s.Text)
		default:
			piece = escapeText(s.Text)
		}
		want := s.Style & (Emph | Strong)
		if s.Note > 0 {
			for _, st := range stack {
				want |= st // a mark stays inside the emphasis around it
			}
		}
		keep := 0
		for keep < len(stack) && want&stack[keep] != 0 {
			keep++
		}
		var open []Style
		for _, st := range []Style{Strong, Emph} {
			if want&st != 0 && !inStack(stack[:keep], st) {
				open = append(open, st)
			}
		}
		// The style that lasts longer opens first, outside.
		if len(open) == 2 && runLength(spans[i:], Emph) > runLength(spans[i:], Strong) {
			open[0], open[1] = open[1], open[0]
		}
		closing := len(stack) > keep
		if closing {
			buf = closeRuns(buf, stack[keep:])
			stack = stack[:keep]
			next, _ := utf8.DecodeRuneInString(piece)
			if fenced || len(open) > 0 || (isPunctRune(lastBefore(buf)) && !spaceOrPunct(next)) {
				buf = append(buf, "\\ "...)
			}
		}
		if len(open) > 0 {
			if len(piece) > 0 && (piece[0] == ' ' || piece[0] == '\t') {
				piece = spaceRefs(piece[:1]) + piece[1:]
			}
			next, _ := utf8.DecodeRuneInString(piece)
			if len(buf) > 0 && !closing && (fenced || (!spaceOrPunct(last()) && isPunctRune(next))) {
				buf = append(buf, "\\ "...)
			}
			for _, st := range open {
				buf = append(buf, delimiter(st)...)
				stack = append(stack, st)
			}
		}
		buf = append(buf, piece...)
	}
	if len(stack) > 0 {
		buf = closeRuns(buf, stack)
		if fenced {
			buf = append(buf, "\\ "...)
		}
	}
	return string(buf)
}

// closeRuns writes the closing delimiters of open (innermost last), a
// space before them as a reference.
func closeRuns(buf []byte, open []Style) []byte {
	if n := len(buf); n > 0 && (buf[n-1] == ' ' || buf[n-1] == '\t') {
		c := buf[n-1]
		buf = append(buf[:n-1], spaceRefs(string(c))...)
	}
	for k := len(open) - 1; k >= 0; k-- {
		buf = append(buf, delimiter(open[k])...)
	}
	return buf
}

// lastBefore is the last character before the closing delimiters that
// end buf.
func lastBefore(buf []byte) rune {
	i := len(buf)
	for i > 0 && buf[i-1] == '*' {
		i--
	}
	r, _ := utf8.DecodeLastRune(buf[:i])
	return r
}

func (f *formatter) noteLabel(n int) string {
	if n-1 < len(f.notes) {
		return f.label(n - 1)
	}
	return fmt.Sprint(n)
}

func inStack(stack []Style, st Style) bool {
	for _, s := range stack {
		if s == st {
			return true
		}
	}
	return false
}

func runLength(spans []Span, st Style) int {
	n := 0
	for _, s := range spans {
		if s.Style&st == 0 && s.Note == 0 {
			break
		}
		n += len(s.Text)
	}
	return n
}

func delimiter(st Style) string {
	if st == Strong {
		return "**"
	}
	return "*"
}

// codeSpan writes code between backtick runs longer than any inside it,
// padded with a space where the code starts or ends with a backtick or a
// space (a reader strips one space from each side).
func codeSpan(code string) string {
	longest, run := 0, 0
	for i := 0; i < len(code); i++ {
		if code[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if code != "" && strings.Trim(code, " ") != "" &&
		(code[0] == '`' || code[len(code)-1] == '`' || (code[0] == ' ' && code[len(code)-1] == ' ')) {
		code = " " + code + " "
	}
	return fence + code + fence
}

func spaceOrPunct(r rune) bool {
	return r == utf8.RuneError || unicode.IsSpace(r) || isPunctRune(r)
}

// isPunctRune is CommonMark's punctuation: ASCII punctuation and the
// Unicode P and S categories.
func isPunctRune(r rune) bool {
	if r < 0x80 {
		return r > ' ' && r < 0x7f && !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}
