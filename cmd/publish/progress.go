package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// progress prints what a batch is doing: one line per output file, and on
// a terminal a bar that is redrawn below those lines.
type progress struct {
	a               *app
	total, finished int
	quiet, bar      bool
	current         string
}

func newProgress(a *app, total int, quiet bool) *progress {
	return &progress{a: a, total: total, quiet: quiet, bar: a.terminal && !quiet && total > 1}
}

func isTerminal(w io.Writer) bool {
	if c, ok := w.(*checkedWriter); ok {
		w = c.w
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// line prints one line on w above the bar.
func (p *progress) line(w io.Writer, s string) {
	p.a.mu.Lock()
	defer p.a.mu.Unlock()
	if p.bar {
		fmt.Fprint(p.a.stderr, "\r\033[K")
	}
	fmt.Fprintln(w, s)
	p.draw()
}

// draw renders the bar; the caller holds the lock.
func (p *progress) draw() {
	if !p.bar {
		return
	}
	const width = 30
	n := width * p.finished / max(p.total, 1)
	name := p.current
	if r := []rune(name); len(r) > 40 {
		name = "…" + string(r[len(r)-39:])
	}
	fmt.Fprintf(p.a.stderr, "\r\033[K[%s%s] %d/%d %s", strings.Repeat("#", n), strings.Repeat(" ", width-n), p.finished, p.total, name)
}

func (p *progress) started(name string) {
	p.a.mu.Lock()
	defer p.a.mu.Unlock()
	p.current = name
	p.draw()
}

func (p *progress) done() {
	p.a.mu.Lock()
	defer p.a.mu.Unlock()
	p.finished++
	p.draw()
}

func (p *progress) output(path string, size int) {
	if !p.quiet {
		p.line(p.a.stdout, fmt.Sprintf("%s\t%s", path, humanSize(size)))
	}
}

func (p *progress) failed(err error) {
	p.line(p.a.stderr, "publish: error: "+err.Error())
}

func (p *progress) verbose(o *options, format string, args ...any) {
	if o.verbose && !o.quiet {
		p.line(p.a.stderr, fmt.Sprintf(format, args...))
	}
}

func (p *progress) finish(summary string) {
	p.a.mu.Lock()
	defer p.a.mu.Unlock()
	if p.bar {
		fmt.Fprint(p.a.stderr, "\r\033[K")
	}
	if !p.quiet {
		fmt.Fprintln(p.a.stderr, summary)
	}
}

// summary is the last line of a run: documents published and failed, and
// exactly which files were written.
func summary(failed []bool, outputs []int, took time.Duration) string {
	ok, files, failedFiles := 0, 0, 0
	for i := range failed {
		if failed[i] {
			failedFiles += outputs[i]
			continue
		}
		ok++
		files += outputs[i]
	}
	s := fmt.Sprintf("published %d of %d documents (%s), %d failed", ok, len(failed), plural(files, "file"), len(failed)-ok)
	if failedFiles > 0 {
		s += fmt.Sprintf(" (%s of failed documents written)", plural(failedFiles, "file"))
	}
	return s + fmt.Sprintf(", %.2fs", took.Seconds())
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func humanSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
