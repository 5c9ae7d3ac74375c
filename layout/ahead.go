package layout

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/cjk-publish/publish/markdown"
)

// Body paragraphs are independent once their fonts are resolved, so they
// are broken into lines on every processor before the rows are assembled
// in order. Font lookups run first, in document order: warnings keep their
// order and the shared caches are only read while the workers run.

// textStyle is the style of body paragraph or quote i of d; ok is false
// for blocks set otherwise. Chinese indents every paragraph by two
// characters; Latin text by about an em, and not after a heading.
func (c *composer) textStyle(d *markdown.Document, i int) (paraStyle, bool) {
	em, m := c.p.size, c.colMeasure()
	b := d.Blocks[i]
	indent := 2 * em
	if c.fs.latin {
		indent = latinIndent * em
		if i == 0 || d.Blocks[i-1].Kind != b.Kind {
			indent = 0 // after a heading, a deck, a list, the title
		}
	}
	switch b.Kind {
	case markdown.Paragraph:
		return paraStyle{size: em, width: m, indent: indent, justify: true}, true
	case markdown.Quote:
		// Indented two characters on both sides.
		lv := float64(max(b.Level, 1)) * 2 * em
		if c.fs.latin {
			lv = float64(max(b.Level, 1)) * 1.5 * em
		}
		return paraStyle{size: em, width: m - 2*lv, left: lv, indent: indent, justify: true}, true
	}
	return paraStyle{}, false
}

// latinIndent is the first-line indent of Latin-script paragraphs, in em.
const latinIndent = 1.2

// bodyLines returns the lines of block i, set ahead or now.
func (c *composer) bodyLines(i int, runs []textRun, st paraStyle, where func(int) string) []line {
	if lines, ok := c.ahead[i]; ok {
		return lines
	}
	return c.setText(&c.scratch, &c.breaker, runs, st, where)
}

type aheadJob struct {
	block int
	runs  []textRun
	st    paraStyle
	where func(int) string
}

// minAhead is the number of paragraphs below which setting them in
// parallel does not pay for the goroutines.
const minAhead = 16

// setAhead sets the body paragraphs and quotes of d in parallel.
func (c *composer) setAhead(d *markdown.Document, titleBlock int) {
	var jobs []aheadJob
	for i, b := range d.Blocks {
		if i == titleBlock {
			continue
		}
		if st, ok := c.textStyle(d, i); ok {
			jobs = append(jobs, aheadJob{block: i, runs: spansToRuns(b.Spans), st: st, where: c.where(b)})
		}
	}
	workers := min(runtime.GOMAXPROCS(0), 8)
	if len(jobs) < minAhead || workers < 2 {
		return
	}
	// Resolve every character in order, as setting them would.
	fs := c.fs
	fs.advance(fs.body[0], ' ')
	for _, j := range jobs {
		c.scratch.chars = collectChars(c.scratch.chars, j.runs, &c.links, fs.latin)
		for _, ch := range c.scratch.chars {
			fs.resolve(ch.r, ch.bold, ch.style&inlineEmph != 0, j.st.size, ch.pos, j.where)
		}
	}
	fs.frozen = true
	defer func() { fs.frozen = false }()

	results := make([][]line, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := itemScratch{links: &c.links}
			var bk breaker
			for {
				k := int(next.Add(1)) - 1
				if k >= len(jobs) {
					return
				}
				j := jobs[k]
				results[k] = c.setText(&sc, &bk, j.runs, j.st, j.where)
			}
		}()
	}
	wg.Wait()
	c.ahead = make(map[int][]line, len(jobs))
	for k, j := range jobs {
		c.ahead[j.block] = results[k]
	}
}
