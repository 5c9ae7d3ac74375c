package markdown

import "bytes"

// CheckDepth refuses Markdown whose block nesting is certainly deeper than
// MaxDepth, in one pass over the lines and before any parsing: goldmark
// takes minutes over a hostile file of deeply nested lists before Parse
// can tell. The scan only counts containers that CommonMark opens for
// sure (a quote marker, a list marker with content after it, indentation
// that continues a list item), so it never refuses what Parse accepts;
// what it cannot be sure of is left to Parse. Levels are counted as Parse
// counts them: one for a quote, one for a list item (the list and its
// item make one level of the document's tree). Lazy continuation lines
// and tabs leave room for doubt near the limit, so the scan refuses only
// past twice MaxDepth (scanDepth): hostile files nest thousands deep, and
// Parse refuses what lies between, quickly at such depths.
func CheckDepth(src []byte) error {
	src = skipFrontMatter(src)
	var sc depthScan
	for len(src) > 0 {
		line := src
		if k := bytes.IndexByte(src, '\n'); k >= 0 {
			line, src = src[:k], src[k+1:]
		} else {
			src = nil
		}
		if sc.line(line) > scanDepth {
			return ErrTooDeep
		}
	}
	return nil
}

// scanDepth is the nesting past which CheckDepth refuses.
const scanDepth = 2 * MaxDepth

// skipFrontMatter returns src after a leading front matter block, as
// Parse splits it off; a block never closed is left to Parse to report.
func skipFrontMatter(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return src
	}
	rest := src[bytes.IndexByte(src, '\n')+1:]
	for len(rest) > 0 {
		line := rest
		next := []byte(nil)
		if k := bytes.IndexByte(rest, '\n'); k >= 0 {
			line, next = rest[:k], rest[k+1:]
		}
		if l := bytes.TrimRight(line, "\r"); string(l) == "---" || string(l) == "..." {
			return next
		}
		rest = next
	}
	return nil
}

// container is an open quote or list item: a list item's content starts
// at column col.
type container struct {
	quote bool
	col   int
}

type depthScan struct {
	open  []container
	fence []byte // the fence of an open code block, "" if none
	para  bool   // the last line was paragraph text in the innermost container
}

// levels is the depth Parse gives the content of the open containers.
func (sc *depthScan) levels() int {
	return len(sc.open)
}

// line reads one line and returns the nesting of its content.
func (sc *depthScan) line(line []byte) int {
	col, i := 0, 0 // column and byte position in line
	// Continue the open containers the line still belongs to.
	matched := 0
	for ; matched < len(sc.open); matched++ {
		c := sc.open[matched]
		ni, ncol := skipSpaces(line, i, col)
		if bytes.IndexByte(line[i:ni], '\t') >= 0 && ni < len(line) {
			// Tabs split into columns as CommonMark does are left to
			// Parse: taking the container as closed only counts less.
			break
		}
		if c.quote {
			if ncol-col > 3 || ni >= len(line) || line[ni] != '>' {
				break
			}
			line, i, col = afterQuoteMarker(line, ni+1, ncol+1)
			continue
		}
		if ni >= len(line) {
			// A blank line keeps the list item open.
			continue
		}
		if ncol < c.col {
			break
		}
		// Consume the item's indentation only.
		for col < c.col {
			i, col = advance(line, i, col)
		}
	}
	ni, _ := skipSpaces(line, i, col)
	blank := ni >= len(line)
	if sc.fence != nil {
		if matched == len(sc.open) && !blank && bytes.HasPrefix(line[ni:], sc.fence) && len(bytes.Trim(line[ni:], string(sc.fence[:1])+" \t\r")) == 0 {
			sc.fence = nil
		} else if matched == len(sc.open) {
			return sc.levels()
		} else {
			sc.fence = nil // the container ended, and the code block with it
		}
	}
	if matched < len(sc.open) {
		if blank {
			// A blank line ends quotes; list items may go on after it.
			for k := matched; k < len(sc.open); k++ {
				if sc.open[k].quote {
					sc.open = sc.open[:k]
					break
				}
			}
		} else {
			// The containers it does not continue are taken as closed, even
			// where the line may be a paragraph's lazy continuation: that
			// only counts less.
			sc.open = sc.open[:matched]
		}
	}
	if blank {
		sc.para = false
		return sc.levels()
	}
	// New containers at the start of the rest of the line.
	first := true
	for {
		ni, ncol := skipSpaces(line, i, col)
		if ncol-col > 3 || ni >= len(line) || bytes.IndexByte(line[i:ni], '\t') >= 0 {
			break // indented code, nothing left, or tabs (left to Parse)
		}
		rest := line[ni:]
		if isThematicBreak(rest) {
			sc.para = false
			return sc.levels()
		}
		if rest[0] == '>' {
			line, i, col = afterQuoteMarker(line, ni+1, ncol+1)
			sc.open = append(sc.open, container{quote: true})
			first = false
			continue
		}
		w, ordered, one := listMarker(rest)
		if w == 0 {
			break
		}
		after, acol := ni+w, ncol+w
		si, scol := skipSpaces(line, after, acol)
		if si >= len(line) || si == after || scol-acol > 4 || bytes.IndexByte(line[after:si], '\t') >= 0 {
			break // an empty item, indented code or tabs: not counted
		}
		if first && sc.para && ordered && !one {
			break // "2." cannot interrupt a paragraph
		}
		i, col = si, scol
		sc.open = append(sc.open, container{col: scol})
		first = false
		if sc.levels() > scanDepth {
			return sc.levels()
		}
	}
	rest := bytes.TrimLeft(line[i:], " \t")
	switch {
	case bytes.HasPrefix(rest, []byte("```")), bytes.HasPrefix(rest, []byte("~~~")):
		n := 0
		for n < len(rest) && rest[n] == rest[0] {
			n++
		}
		sc.fence = rest[:n:n]
		sc.para = false
	case len(rest) > 0 && rest[0] == '#':
		sc.para = false
	default:
		sc.para = len(rest) > 0
	}
	return sc.levels()
}

// afterQuoteMarker steps over the optional space after a quote marker
// that ends at position i, column col. A tab there gives one column to
// the marker and leaves the rest of its width as indentation of the
// content (">\t  code" opens indented code): the line is then returned
// with those columns written as spaces.
func afterQuoteMarker(line []byte, i, col int) ([]byte, int, int) {
	if i >= len(line) {
		return line, i, col
	}
	switch line[i] {
	case ' ':
		return line, i + 1, col + 1
	case '\t':
		w := 4 - col%4
		if w == 1 {
			return line, i + 1, col + 1
		}
		rest := make([]byte, w-1, w-1+len(line)-i-1)
		for k := range rest {
			rest[k] = ' '
		}
		return append(rest, line[i+1:]...), 0, col + 1
	}
	return line, i, col
}

// listMarker returns the width of a list marker at the start of s ("-",
// "+", "*", or up to nine digits and "." or ")") followed by a space, a
// tab or the line end; 0 if there is none.
func listMarker(s []byte) (width int, ordered, one bool) {
	if len(s) == 0 {
		return 0, false, false
	}
	end := func(k int) bool { return k >= len(s) || s[k] == ' ' || s[k] == '\t' || s[k] == '\r' }
	switch s[0] {
	case '-', '+', '*':
		if end(1) {
			return 1, false, false
		}
		return 0, false, false
	}
	n := 0
	for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 9 || n >= len(s) || (s[n] != '.' && s[n] != ')') || !end(n+1) {
		return 0, false, false
	}
	return n + 1, true, bytes.Equal(bytes.TrimLeft(s[:n], "0"), []byte("1"))
}

// isThematicBreak reports a line of three or more -, * or _ (the same
// one) and spaces only.
func isThematicBreak(s []byte) bool {
	var mark byte
	n := 0
	for _, c := range s {
		switch c {
		case ' ', '\t', '\r':
		case '-', '*', '_':
			if mark != 0 && c != mark {
				return false
			}
			mark = c
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// skipSpaces returns the position and column after the spaces and tabs at
// position i, column col.
func skipSpaces(line []byte, i, col int) (int, int) {
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i, col = advance(line, i, col)
	}
	return i, col
}

// advance steps over one space or tab (to the next multiple of four).
func advance(line []byte, i, col int) (int, int) {
	if line[i] == '\t' {
		return i + 1, col + 4 - col%4
	}
	return i + 1, col + 1
}
