package layout

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/cjk-publish/publish/markdown"
)

// Body paragraphs are independent of each other, so they are broken into
// lines on every processor before the rows are assembled in order. The
// link table is filled first, in document order, and only read while the
// workers run; the face set records nothing then, and the characters no
// font has are recorded afterwards in document order, so that the
// warnings name them as setting one paragraph after another would.

// latinIndent is the first-line indent of Latin-script paragraphs, in em.
const latinIndent = 1.2

// bodyLines returns the lines of block i, set ahead or now.
func (c *composer) bodyLines(i int, runs []textRun, st paraStyle, where func(int) string) setPara {
	if p, ok := c.ahead[i]; ok {
		delete(c.ahead, i)
		return p
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

// aheadWindow bounds the characters set ahead at once: the set lines of a
// window are held until their rows are made, so a window, not the whole
// document, is what they cost.
const aheadWindow = 1 << 17

// setAhead sets the top-level body paragraphs of d from block from on in
// parallel, up to a window of characters; aheadTo records where it
// stopped. Blocks in skip are set elsewhere (the title block, the front
// block); nested paragraphs, tables and figures are set as they come.
func (c *composer) setAhead(d *markdown.Document, skip map[int]bool, from int) {
	var jobs []aheadJob
	all := box{0, c.colMeasure()}
	chars := 0
	i := from
	for ; i < len(d.Blocks) && chars < aheadWindow; i++ {
		b := &d.Blocks[i]
		if skip[i] || b.Kind != markdown.Paragraph {
			continue
		}
		st := c.paragraphStyle(b, all, i > 0 && d.Blocks[i-1].Kind == markdown.Paragraph)
		jobs = append(jobs, aheadJob{block: i, runs: spansToRuns(b.Spans), st: st, where: c.where(*b)})
		for _, sp := range b.Spans {
			chars += len(sp.Text)
		}
	}
	c.aheadTo = i
	workers := min(runtime.GOMAXPROCS(0), 8)
	if len(jobs) < minAhead || workers < 2 {
		return
	}
	for _, j := range jobs {
		for _, r := range j.runs {
			c.links.id(r.link)
		}
	}
	fs := c.fs
	fs.frozen = true
	results := make([]setPara, len(jobs))
	missing := make([][]missingChar, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var found []missingChar
			sc := itemScratch{links: &c.links, missing: &found}
			var bk breaker
			for {
				k := int(next.Add(1)) - 1
				if k >= len(jobs) {
					return
				}
				j := jobs[k]
				found = found[:0]
				results[k] = c.setText(&sc, &bk, j.runs, j.st, j.where)
				if len(found) > 0 {
					missing[k] = slices.Clone(found)
				}
			}
		}()
	}
	wg.Wait()
	fs.frozen = false
	for _, m := range missing {
		last := -1
		for _, mc := range m {
			if mc.pos > last { // the windows of a long paragraph overlap: each character once
				fs.noteMissing(mc.r, mc.pos, mc.where)
				last = mc.pos
			}
		}
	}
	if c.ahead == nil {
		c.ahead = make(map[int]setPara, len(jobs))
	}
	for k, j := range jobs {
		c.ahead[j.block] = results[k]
	}
}
