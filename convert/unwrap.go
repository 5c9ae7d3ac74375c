package convert

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// unwrap joins column-wrapped lines into paragraphs. Where a paragraph
// ends is decided from the local column width (a short line that ends a
// sentence ends its paragraph), indentation, the punctuation at the line
// end and what the next line starts with. Blank lines inside a sentence
// (column and page breaks) are joined over when the line before is full
// width and does not end a sentence.
type unwrap struct{}

func (unwrap) apply(d *draft) {
	bs := bodies(d.lines, d.zh())
	if len(bs) == 0 {
		return
	}
	columnWidths(bs)
	// The document's statistics read the lines and the bodies' widths,
	// columns and sentence ends, which nothing below changes: they run
	// at once, before the bodies learn their turns and headings.
	d.turns = nil
	flush := false // the document sets its paragraphs flush
	together(func() {
		d.top = topZone(d.lines)
		d.signature = closingSignature(d.lines)
		if d.zh() {
			d.turns = turnLabels(d.lines)
		}
		d.blanksInText = d.zh() && blanksMostlyInText(d.lines, bs)
	}, func() {
		var lost bool
		lost, flush = firstLineShapes(d.lines, bs)
		d.indentLost = d.zh() && lost
		d.alnumExact = d.zh() && alnumMeasuredExactly(d.lines, bs)
	})
	for k := range bs {
		bs[k].flush = flush
		if d.zh() {
			bs[k].turn = opensTurn(d.turns, d.lines[bs[k].idx].text)
		}
	}
	markWrappedHeads(d.lines, bs, d.zh(), d.top)
	markIndentUse(d.lines, bs)
	titleAt := 0 // the body the title starts at: OCR may read the document's number first
	if len(bs) > 1 && bs[1].gap > 0 && documentNumber.MatchString(d.lines[bs[0].idx].text) {
		titleAt = 1
	}
	first := firstBody(d.lines)
	if k := slices.IndexFunc(bs, func(b body) bool { return d.titleNo > 0 && d.lines[b.idx].no == d.titleNo }); k > 0 {
		titleAt, first = k, bs[k].idx // the title block read from below, under lines a masthead's parts part from it
	}
	opens := paragraphStarts(d, bs, titleAt, first)
	// Each paragraph's text is joined from its own lines: on a long
	// document the two halves, parted where a paragraph starts, are
	// joined at once, the second into a draft of its own whose blocks
	// and report then follow the first's.
	mid := len(bs)
	if len(bs) >= 2*halfMin {
		mid = len(bs) / 2
		for mid < len(bs) && !opens[mid] {
			mid++
		}
	}
	if mid == len(bs) {
		d.joinLines(bs, opens, 0, len(bs))
		return
	}
	second := &draft{lang: d.lang, lines: d.lines}
	together(func() { d.joinLines(bs, opens, 0, mid) }, func() { second.joinLines(bs, opens, mid, len(bs)) })
	d.blocks = append(d.blocks, second.blocks...)
	d.report = append(d.report, second.report...)
}

// paragraphStarts marks the bodies that start a paragraph or a table.
// It is decided body after body, each junction knowing the paragraph
// above it (nothing in that reads the blocks). Once a paragraph starts at
// a body, what follows does not depend on what came before: so on a long
// document the second half is read at once from a guess, that its first
// body starts a paragraph, and the reading from the start goes on past
// the middle until it starts a paragraph where the guess does; from
// there on the two agree.
func paragraphStarts(d *draft, bs []body, titleAt, first int) []bool {
	opens := make([]bool, len(bs))
	whole := startScan{d: d, bs: bs, titleAt: titleAt, first: first}
	if len(bs) < 2*halfMin {
		for k := range bs {
			opens[k] = whole.step(k)
		}
		return opens
	}
	mid := len(bs) / 2
	guess := make([]bool, len(bs))
	together(func() {
		for k := 0; k < mid; k++ {
			opens[k] = whole.step(k)
		}
	}, func() {
		later := startScan{d: d, bs: bs, titleAt: titleAt, first: whole.first}
		for k := mid; k < len(bs); k++ {
			guess[k] = later.step(k)
		}
	})
	for k := mid; k < len(bs); k++ {
		if opens[k] = whole.step(k); opens[k] && guess[k] {
			copy(opens[k+1:], guess[k+1:])
			break
		}
	}
	return opens
}

// startScan reads junctions in order: whether a paragraph is open above
// the next body, and what unwrap knows of it.
type startScan struct {
	d       *draft
	bs      []body
	titleAt int
	first   int // firstBody of the lines
	open    bool
	p       openPara
	scratch []int
}

// step tells whether bs[k] starts a paragraph or a table, given the
// bodies before it since the scan began; a scan's first body starts one.
func (s *startScan) step(k int) bool {
	b := &s.bs[k] // pointers: lines and bodies are large to copy
	l := &s.d.lines[b.idx]
	if l.table != nil {
		s.open = false
		return true
	}
	if s.open && (k != s.titleAt || s.titleAt == 0) && !paragraphEnds(s.d, &s.d.lines[s.bs[k-1].idx], l, &s.bs[k-1], b, &s.p, s.first) {
		// (the title, read after the lines above it, starts its own)
		s.p.add(s.bs[k-1].w, s.bs[k-1].alnum)
		return false
	}
	s.open = true
	s.p = openPara{first: l.text, lines: 1, indented: l.indent, title: k == s.titleAt, afterHead: k > 0 && s.bs[k-1].headEnd}
	s.p.fwd, s.scratch = forwardColumn(s.bs, k, s.scratch)
	return true
}

// joinLines appends the blocks of bs[lo:hi] to d.blocks: a table read
// from a line, or a paragraph of the lines from one that opens one
// (opens[lo] is true) to the next.
func (d *draft) joinLines(bs []body, opens []bool, lo, hi int) {
	vocab := newVocabulary(d.lines)
	var cur *block
	var buf []byte // text of cur while it grows
	// The blocks' joints, one block's after another's: each line joined
	// adds one at most, so cur's grow in place.
	joints := make([]joint, 0, hi-lo)
	closeCur := func() {
		if n := len(cur.joints); n > 0 {
			cur.joints = cur.joints[:n:n]
			joints = joints[:len(joints)+n]
		} else {
			cur.joints = nil
		}
		cur.text = string(buf)
		d.closeBlock(cur)
		cur = nil
	}
	for k := lo; k < hi; k++ {
		b := &bs[k] // pointers: lines and bodies are large to copy
		l := &d.lines[b.idx]
		if !opens[k] {
			buf = d.join(cur, buf, d.lines[bs[k-1].idx].no, l, b.gap > 0, vocab)
			continue
		}
		if cur != nil {
			closeCur()
		}
		if l.table != nil {
			// A table read from these lines is a block of its own.
			d.blocks = append(d.blocks, block{kind: table, table: l.table, text: tableText(l.table), keep: true,
				first: l.no, last: d.lines[l.tableEnd-1].no})
			continue
		}
		// A heading that wraps opens its block: markWrappedHeads found
		// it, or it is a quotation wrapped over an interview's turn.
		wrapped := b.headStart || d.turns != nil && strings.HasPrefix(l.text, "“") && quotedHeadOverTurn(d, b.idx)
		cur = &block{first: l.no, last: l.no, keep: l.row, wrapped: wrapped, styled: l.styleMarked || l.emphasized, // a row of figures keeps its spaces
			joints: joints[len(joints):len(joints)]}
		buf = append(buf[:0], collapseSpaces(l.text)...)
	}
	if cur != nil {
		closeCur()
	}
}

// openPara is what unwrap knows of the paragraph the line before a
// junction belongs to.
type openPara struct {
	first  string // its first line
	lines  int    // its lines so far, the line before the junction included
	fwd    int    // the column width where it starts
	widths [8]int // widths of its last lines before that one, a ring
	sorted [8]int // scratch
	// loose: one of those lines has digits or Latin letters, whose
	// printed width the measure only approximates.
	loose bool
	// indented: its first line kept its indent.
	indented bool
	// title: it opens the text, where the title stands.
	title bool
	// afterHead: a heading the line passes found ends right above it.
	afterHead bool
}

// add records the width of a line that continues the paragraph, and its
// runs of digits and Latin letters.
func (p *openPara) add(w, alnum int) {
	p.widths[(p.lines-1)%len(p.widths)] = w
	p.lines++
	p.loose = p.loose || alnum > 0
}

// column is the width of the paragraph's column at its last line a: the
// median width of its lines before a (full lines, as a joined them),
// without a first line that may be short by the indent it lost once three
// others tell; else, for its second line, the column the lines from its
// start fill.
func (p *openPara) column() int {
	n := min(p.lines-1, len(p.widths))
	switch n {
	case 0:
		return p.fwd
	case 1:
		return max(p.widths[0], p.fwd)
	case 2:
		// Two lines: an indented first line may overshoot the column, a
		// first line that lost its indent falls short of it.
		if p.indented {
			return p.widths[1]
		}
		return max(p.widths[0], p.widths[1])
	}
	ws := p.sorted[:n]
	copy(ws, p.widths[:n])
	if n >= 4 && n < len(p.widths) && !p.indented {
		ws = ws[1:] // a first line may be short by the indent it lost
		n--
	}
	slices.Sort(ws)
	return ws[(n-1)/2] // the lower median: an indented first line may overshoot
}

// join appends line l to the paragraph text buf, reporting the join.
func (d *draft) join(cur *block, buf []byte, prevNo int, l *line, overBlank bool, vocab *vocabulary) []byte {
	var g glue
	if last := buf[len(buf)-1]; last < utf8.RuneSelf || overBlank {
		// Only an ASCII end (a digit, hyphen, letter) needs more than
		// the default glue; a CJK end joins with nothing.
		end := string(buf[tailStart(buf, 64):])
		g = joinGlue(end, l.text, d.zh(), vocab)
		if g.rule != "" {
			if g.removed != "" {
				d.noteRemoved(prevNo, g.rule, g.removed, g.detail)
			} else {
				d.note(prevNo, l.no, g.rule, g.detail)
			}
		}
		if overBlank {
			b := append(d.scratch[:0], "joined across blank line: "...)
			b = appendQuotedTail(b, end, 6)
			b = append(b, " + "...)
			d.scratch = appendQuotedHead(b, l.text, 6)
			d.note(prevNo, l.no, "join-blank", string(d.scratch))
		}
	} else if !d.zh() && !isWide(firstRune(l.text)) && !isWide(lastRune(string(buf[tailStart(buf, 4):]))) {
		g.sep = " "
	}
	buf = append(buf[:len(buf)-g.cut], g.sep...)
	if l.no != cur.last {
		cur.joints = append(cur.joints, joint{offset: len(buf), no: l.no})
	}
	cur.last = l.no
	return append(buf, collapseSpaces(l.text)...)
}

// tailStart is the offset of the last n bytes of buf, moved forward to a
// character boundary.
func tailStart(buf []byte, n int) int {
	i := max(0, len(buf)-n)
	for i < len(buf) && !utf8.RuneStart(buf[i]) {
		i++
	}
	return i
}

// closeBlock appends a finished paragraph and reports a multi-line join.
// Spaces were collapsed line by line, so the joints stay exact.
func (d *draft) closeBlock(b *block) {
	if b.text == "" {
		return
	}
	if b.last > b.first {
		s := strconv.AppendInt(append(d.scratch[:0], "joined "...), int64(b.last-b.first+1), 10)
		s = append(s, " lines into one paragraph: "...)
		d.scratch = appendQuotedHead(s, b.text, 12)
		d.note(b.first, b.last, "unwrap", string(d.scratch))
	}
	d.blocks = append(d.blocks, *b)
}

// joinGlue decides how line b continues text a.
func joinGlue(a, b string, zh bool, v *vocabulary) glue {
	if g, ok := numberGlue(a, b, zh); ok {
		return g
	}
	if g, ok := hyphenGlue(a, b, v); ok {
		return g
	}
	la, fb := lastRune(a), firstRune(b)
	if zh && isLatin(la) && isLatin(fb) && oneLatinWord(a, b, v) {
		return glue{rule: "unwrap", detail: fmt.Sprintf("rejoined a Latin word split at a line end: %q + %q", tail(a, 6), head(b, 6))}
	}
	switch {
	case isWide(la) || isWide(fb) || la == '—':
		return glue{}
	case zh && !(isLatin(fb) && (isLatin(la) || strings.ContainsRune(",.;:!?)", la))):
		return glue{}
	}
	return glue{sep: " "}
}

// oneLatinWord decides, in Chinese text, whether Latin letters that meet
// at a line break are one word cut by the column ("GD" / "P"): both parts
// are capitals (an acronym), or the document writes the joined word
// elsewhere and not the parts.
func oneLatinWord(a, b string, v *vocabulary) bool {
	i := len(a)
	for i > 0 && isLatin(rune(a[i-1])) {
		i--
	}
	j := 0
	for j < len(b) && isLatin(rune(b[j])) {
		j++
	}
	w1, w2 := a[i:], b[:j]
	if w1 == strings.ToUpper(w1) && w2 == strings.ToUpper(w2) {
		return true
	}
	v.read()
	lw1, lw2 := strings.ToLower(w1), strings.ToLower(w2)
	return v.words[lw1+lw2] > 0 && (v.words[lw1] == 0 || v.words[lw2] == 0)
}
