package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cjk-publish/publish/convert"
	"github.com/cjk-publish/publish/epub"
	"github.com/cjk-publish/publish/layout"
	"github.com/cjk-publish/publish/markdown"
	"github.com/cjk-publish/publish/source"
)

// Limits that keep one hostile file from exhausting the machine.
const (
	maxInputBytes = 64 << 20 // whole file
	maxLineBytes  = 1 << 20  // one line: beyond this the file is not line-structured text
)

// app carries the streams and the file system of one command run.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	fs             fileSystem
	terminal       bool // stderr is a terminal: draw a progress bar

	mu sync.Mutex // serializes output lines
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	return &app{stdin: stdin, stdout: stdout, stderr: stderr, fs: osFS, terminal: isTerminal(stderr)}
}

func (a *app) errorf(format string, args ...any) {
	a.mu.Lock()
	defer a.mu.Unlock()
	fmt.Fprintf(a.stderr, "publish: "+format+"\n", args...)
}

// publish is the main command.
func (a *app) publish(args []string) int {
	o, err := parseFlags("publish", args, a.stdout)
	if errors.Is(err, errHelp) {
		return 0
	}
	if err != nil {
		a.errorf("%v (see publish --help)", err)
		return 2
	}
	start := time.Now()
	fc, err := selectFonts(o)
	if err != nil {
		a.errorf("%v", err)
		return 2
	}
	ins := discover(o.inputs, o.outDir)
	if st, err := os.Stat(o.outDir); err == nil && !st.IsDir() {
		a.errorf("%s: output folder is a file", o.outDir)
		return 2
	}

	prog := newProgress(a, len(ins), o.quiet)
	failed := make([]bool, len(ins))
	outputs := make([]int, len(ins))
	jobs := make(chan int)
	var wg sync.WaitGroup
	workers := min(o.jobs, len(ins))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				in := ins[i]
				prog.started(in.display())
				n, err := a.publishOne(o, fc, in, prog)
				outputs[i] = n
				if err != nil {
					failed[i] = true
					prog.failed(err)
				}
				prog.done()
			}
		}()
	}
	for i := range ins {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	nFailed, nFiles := 0, 0
	for i := range ins {
		if failed[i] {
			nFailed++
		}
		nFiles += outputs[i]
	}
	prog.finish(fmt.Sprintf("published %d of %d documents (%d files), %d failed, %.2fs",
		len(ins)-nFailed, len(ins), nFiles, nFailed, time.Since(start).Seconds()))
	if nFailed > 0 {
		return 1
	}
	return 0
}

// readInput returns the input's bytes, refusing files too large to be a
// document before reading them.
func (a *app) readInput(in input) ([]byte, error) {
	switch in.path {
	case "":
		return source.Sample(), nil
	case "-":
		data, err := io.ReadAll(io.LimitReader(a.stdin, maxInputBytes+1))
		if err != nil {
			return nil, fmt.Errorf("<stdin>: %w", err)
		}
		if len(data) > maxInputBytes {
			return nil, fmt.Errorf("<stdin>: larger than %d MB: not a document", maxInputBytes>>20)
		}
		return data, nil
	}
	st, err := os.Stat(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.path, unwrapPath(err))
	}
	if st.Size() > maxInputBytes {
		return nil, fmt.Errorf("%s: %d MB is larger than %d MB: not a document", in.path, st.Size()>>20, maxInputBytes>>20)
	}
	data, err := os.ReadFile(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.path, unwrapPath(err))
	}
	return data, nil
}

// checkLines refuses text whose lines are too long to be a document.
func checkLines(name, body string) error {
	line, start := 1, 0
	for i := 0; i <= len(body); i++ {
		if i == len(body) || body[i] == '\n' {
			if i-start > maxLineBytes {
				return fmt.Errorf("%s: line %d is %.1f MB long (at most %d MB): not line-structured text", name, line, float64(i-start)/(1<<20), maxLineBytes>>20)
			}
			line++
			start = i + 1
		}
	}
	return nil
}

// publishOne runs the pipeline for one document and returns the number of
// files written.
func (a *app) publishOne(o *options, fc *fontChoice, in input, prog *progress) (int, error) {
	if in.err != nil {
		return 0, in.err
	}
	name := in.display()
	data, err := a.readInput(in)
	if err != nil {
		return 0, err
	}
	t0 := time.Now()
	md, norm, enc, err := markdownOf(name, data, in.md, o.encoding)
	if err != nil {
		return 0, err
	}
	d, err := markdown.Parse(name, md)
	if err != nil {
		return 0, err
	}
	applyOverrides(o, d)
	prog.verbose(o, "%s: %s, %d blocks, normalized in %s", name, enc, len(d.Blocks), time.Since(t0).Round(time.Millisecond))

	base := filepath.Join(o.outDir, filepath.FromSlash(in.name))
	var files []outFile
	if o.md && !(in.md && samePath(in.path, base+".md")) {
		files = append(files, outFile{base + ".md", md})
	}
	if o.report && norm != nil {
		files = append(files, outFile{base + ".report.txt", []byte(norm.ReportText())})
	}
	warn := func(msg string) { prog.line(a.stderr, "publish: warning: "+name+": "+msg) }
	pdf, book, err := render(d, o, fc, warn, func(format string, args ...any) {
		prog.verbose(o, name+": "+format, args...)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	if pdf != nil {
		files = append(files, outFile{base + ".pdf", pdf})
	}
	if book != nil {
		files = append(files, outFile{base + ".epub", book})
	}
	// Everything is rendered before anything is written: a document either
	// fails before touching the output folder or writes each file whole.
	for i, f := range files {
		if err := a.fs.writeAtomic(f.path, f.data); err != nil {
			return i, fmt.Errorf("%s: %w", name, err)
		}
		prog.output(f.path, len(f.data))
	}
	return len(files), nil
}

// markdownOf turns an input's bytes into the Markdown the writers read:
// raw text is decoded and normalized, Markdown is decoded only.
func markdownOf(name string, data []byte, isMD bool, encoding string) ([]byte, *convert.Result, string, error) {
	if isMD {
		encoding = "auto"
	}
	text, err := source.Decode(name, data, encoding)
	if err != nil {
		return nil, nil, "", err
	}
	if err := checkLines(name, text.Body); err != nil {
		return nil, nil, "", err
	}
	if isMD {
		return []byte(text.Body), nil, text.Encoding, nil
	}
	norm := convert.Normalize(text.Body, convert.Options{Name: filepath.Base(name)})
	return []byte(norm.Markdown), norm, text.Encoding, nil
}

// render makes the PDF and the EPUB the options ask for (nil when not
// asked). They only read the document, so they are made side by side.
func render(d *markdown.Document, o *options, fc *fontChoice, warn func(string), verbose func(string, ...any)) (pdf, book []byte, err error) {
	var pdfErr, bookErr error
	var wg sync.WaitGroup
	if o.pdf {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.Now()
			var buf bytes.Buffer
			pdfErr = layout.WritePDF(&buf, d, layout.Options{
				Paper: o.paper, FontSize: o.fontSize, Fonts: fc.chain(d), Bold: fc.bold,
				TOC: o.toc, Created: o.created, Creator: "publish " + version, Warn: warn,
			})
			pdf = buf.Bytes()
			verbose("PDF typeset in %s", time.Since(t).Round(time.Millisecond))
		}()
	}
	if o.epub {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.Now()
			var buf bytes.Buffer
			bookErr = epub.Write(&buf, d, epub.Options{
				Font: fc.body, Bold: fc.bold, EmbedFont: o.epubFont == "embed", Modified: o.created, Warn: warn,
			})
			book = buf.Bytes()
			verbose("EPUB packed in %s", time.Since(t).Round(time.Millisecond))
		}()
	}
	wg.Wait()
	if pdfErr != nil {
		return nil, nil, fmt.Errorf("PDF: %w", pdfErr)
	}
	if bookErr != nil {
		return nil, nil, fmt.Errorf("EPUB: %w", bookErr)
	}
	return pdf, book, nil
}

type outFile struct {
	path string
	data []byte
}

func applyOverrides(o *options, d *markdown.Document) {
	if o.title != "" {
		d.Meta.Title = o.title
	}
	if o.author != "" {
		d.Meta.Author = o.author
	}
	if o.lang != "" {
		d.Meta.Lang = o.lang
	}
}

func samePath(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// normalize prints the Markdown of raw text files on standard output.
func (a *app) normalize(args []string) int {
	o, err := parseFlags("publish normalize", args, a.stdout)
	if errors.Is(err, errHelp) {
		return 0
	}
	if err != nil {
		a.errorf("%v (see publish --help)", err)
		return 2
	}
	if len(o.inputs) == 0 {
		a.errorf("normalize needs a file (or - for standard input)")
		return 2
	}
	code := 0
	for _, p := range o.inputs {
		in := input{path: p}
		if p != "-" {
			if st, err := os.Stat(p); err != nil || st.IsDir() {
				a.errorf("%s: not a readable file", p)
				code = 1
				continue
			}
		}
		data, err := a.readInput(in)
		if err == nil {
			var md []byte
			var norm *convert.Result
			md, norm, _, err = markdownOf(in.display(), data, false, o.encoding)
			if err == nil {
				a.stdout.Write(md)
				if o.report {
					io.WriteString(a.stderr, norm.ReportText())
				}
			}
		}
		if err != nil {
			a.errorf("%v", err)
			code = 1
		}
	}
	return code
}
