package convert

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Columns read band by band. When a page's columns stand close together,
// pdftotext (reading order mode) may cut the page into horizontal bands
// at the same heights in every column and read it band after band: the
// first lines of columns 1, 2, 3, then the next lines of columns 1, 2,
// 3, each piece a block of its own between blank lines:
//
//	中国共产党沣城市       ← column 1, band 1 (10 lines)
//	…
//	                         (blank)
//	业转型步伐加快，新能   ← column 2, band 1 (10 lines)
//	…
//	同志，各县（市、区）党 ← column 1, band 2 (3 lines)
//
// The pieces of one band have the same number of lines, give or take
// one, since the band cuts every column at the same heights. readBands
// finds, page by page, a run of such groups and reads it column after
// column, when the text runs on better that way: more of the joins
// between pieces are pairs of characters the document writes elsewhere
// on one line. The pieces of a column are joined with no blank line
// between them, as the column ran.

const (
	// bandsMaxColumns is the most columns a band may hold.
	bandsMaxColumns = 6
	// bandsMaxWidth is the widest line (half-em units) of a column
	// piece: close-set newspaper columns are narrow.
	bandsMaxWidth = 48
	// bandsSearch is how many blocks at a page's top (title, masthead,
	// running head) may come before the bands.
	bandsSearch = 8
	// bandsMinGain is how many more joins must run on when read column
	// after column than as printed.
	bandsMinGain = 3
)

// piece is a run of non-blank lines of a page: lines[from:to].
type piece struct{ from, to int }

// readBands reads every page of raw whose columns pdftotext read band by
// band column after column. Text with no form feeds (no pages printed
// by pdftotext) is returned unchanged.
func readBands(raw []rawLine) ([]rawLine, []Decision) {
	if !slices.ContainsFunc(raw, func(r rawLine) bool { return strings.IndexByte(r.text, '\f') >= 0 }) {
		return raw, nil
	}
	var pairs map[uint64]int32 // character pairs within lines, made when needed
	var out []rawLine
	var report []Decision
	for start := 0; start < len(raw); {
		end := start + 1
		for end < len(raw) && strings.IndexByte(raw[end].text, '\f') < 0 {
			end++
		}
		page := raw[start:end]
		start = end
		blocks := pageBlocks(page)
		cands := bandCandidates(page, blocks)
		if len(cands) == 0 {
			out = append(out, page...)
			continue
		}
		if pairs == nil {
			pairs = linePairs(raw)
		}
		best, bestGain := bandRun{}, 0
		for _, c := range cands {
			asPrinted, byColumn := c.joins(page, blocks, pairs)
			if gain := byColumn - asPrinted; gain >= bandsMinGain && byColumn >= 2*asPrinted && gain > bestGain {
				best, bestGain = c, gain
			}
		}
		if bestGain == 0 {
			out = append(out, page...)
			continue
		}
		out = append(out, best.read(page, blocks)...)
		first, last := page[blocks[best.first].from].no, page[blocks[best.end()-1].to-1].no
		report = append(report, Decision{Line: first, EndLine: last, Rule: "columns",
			Detail: fmt.Sprintf("read %d columns printed band by band (%d bands) one after the other", best.cols, best.rows)})
	}
	if report == nil {
		return raw, nil
	}
	return out, report
}

// pageBlocks splits a page into its blocks.
func pageBlocks(page []rawLine) []piece {
	var blocks []piece
	for i := 0; i < len(page); {
		if strings.TrimFunc(page[i].text, isSpaceOrFeed) == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(page) && strings.TrimFunc(page[j].text, isSpaceOrFeed) != "" {
			j++
		}
		blocks = append(blocks, piece{i, j})
		i = j
	}
	return blocks
}

func isSpaceOrFeed(r rune) bool { return isSpace(r) || r == '\f' }

// bandRun is rows bands of cols pieces each, from block first on.
type bandRun struct{ first, cols, rows int }

// end is the block after the run.
func (c bandRun) end() int { return c.first + c.cols*c.rows }

// bandCandidates lists the runs of two bands or more near the page's
// top: groups of cols narrow blocks whose line counts differ by one at
// most.
func bandCandidates(page []rawLine, blocks []piece) []bandRun {
	narrow := make([]bool, len(blocks))
	for i, b := range blocks {
		narrow[i] = true
		for _, l := range page[b.from:b.to] {
			if width(l.text) > bandsMaxWidth {
				narrow[i] = false
				break
			}
		}
	}
	var cands []bandRun
	for first := 0; first < bandsSearch && first < len(blocks); first++ {
		for cols := 2; cols <= bandsMaxColumns; cols++ {
			rows := 0
			for g := first; g+cols <= len(blocks); g += cols {
				lo, hi, ok := 1<<30, 0, true
				for k, b := range blocks[g : g+cols] {
					n := b.to - b.from
					lo, hi, ok = min(lo, n), max(hi, n), ok && narrow[g+k]
				}
				if !ok || hi-lo > 1 {
					break
				}
				rows++
			}
			if rows < 2 {
				continue
			}
			cands = append(cands, bandRun{first, cols, rows})
		}
	}
	return cands
}

// columns is the blocks of the run column by column, each column top
// to bottom.
func (c bandRun) columns() [][]int {
	out := make([][]int, c.cols)
	for col := range out {
		for row := 0; row < c.rows; row++ {
			out[col] = append(out[col], c.first+row*c.cols+col)
		}
	}
	return out
}

// joins counts the joins between the run's blocks that run on (pairs of
// characters the document has within a line), as printed and read
// column after column.
func (c bandRun) joins(page []rawLine, blocks []piece, pairs map[uint64]int32) (asPrinted, byColumn int) {
	runsOn := func(a, b piece) bool {
		x, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(page[a.to-1].text, isSpace))
		y, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(page[b.from].text, isSpaceOrFeed))
		return pairs[pairKey(x, y)] > 0
	}
	for k := c.first; k+1 < c.end(); k++ {
		if runsOn(blocks[k], blocks[k+1]) {
			asPrinted++
		}
	}
	idx := slices.Concat(c.columns()...)
	for k := 0; k+1 < len(idx); k++ {
		if runsOn(blocks[idx[k]], blocks[idx[k+1]]) {
			byColumn++
		}
	}
	return asPrinted, byColumn
}

// read writes the page with the run read column after column: a
// column's pieces joined, a blank line between columns.
func (c bandRun) read(page []rawLine, blocks []piece) []rawLine {
	from, to := blocks[c.first].from, blocks[c.end()-1].to
	out := append([]rawLine(nil), page[:from]...)
	blank := rawLine{no: page[blocks[c.first].to].no}
	for k, col := range c.columns() {
		if k > 0 {
			out = append(out, blank)
		}
		for _, bi := range col {
			out = append(out, page[blocks[bi].from:blocks[bi].to]...)
		}
	}
	return append(out, page[to:]...)
}

// linePairs counts the pairs of characters that stand side by side
// within a line of raw.
func linePairs(raw []rawLine) map[uint64]int32 {
	pairs := make(map[uint64]int32)
	for _, r := range raw {
		prev := rune(-1)
		for _, x := range r.text {
			if isSpace(x) || x == '\f' {
				prev = -1
				continue
			}
			if prev >= 0 {
				pairs[pairKey(prev, x)]++
			}
			prev = x
		}
	}
	return pairs
}

func pairKey(x, y rune) uint64 { return uint64(x)<<32 | uint64(uint32(y)) }
