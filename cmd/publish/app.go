package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cjk-publish/publish"
	"github.com/cjk-publish/publish/source"
)

// app carries the streams and the file system of one command run.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	fs             fileSystem
	terminal       bool // stderr is a terminal: draw a progress bar

	mu     sync.Mutex    // serializes output lines
	memory *memoryBudget // nil: no soft memory limit
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	return &app{stdin: stdin, stdout: stdout, stderr: stderr, fs: osFS, terminal: isTerminal(stderr)}
}

func (a *app) errorf(format string, args ...any) {
	a.mu.Lock()
	defer a.mu.Unlock()
	fmt.Fprintf(a.stderr, "publish: "+format+"\n", args...)
}

// usageError reports a bad command line of cmd and returns exit code 2.
func (a *app) usageError(cmd string, err error) int {
	a.errorf("%v (see %s --help)", err, commandName(cmd))
	return 2
}

// publish is the main command.
func (a *app) publish(args []string) int {
	o, err := parseFlags("publish", args, a.stdout)
	if errors.Is(err, errHelp) {
		return 0
	}
	if err != nil {
		return a.usageError("publish", err)
	}
	start := time.Now()
	ins, found := discover(o.inputs, o.outputDirGuess())
	if len(ins) > 0 && ins[0].err != nil && len(o.inputs) > 0 {
		if c := suggestCommand(o.inputs[0]); c != "" {
			return a.usageError("publish", fmt.Errorf("%s: no such file, folder or command; did you mean publish %s?", o.inputs[0], c))
		}
	}
	mode, out, err := o.plan(len(ins))
	if err != nil {
		return a.usageError("publish", err)
	}
	if mode == toStdout && !o.md && isTerminal(a.stdout) {
		a.errorf("-o - would write a binary file to the terminal; redirect standard output to a file or a pipe")
		return 2
	}
	if st, err := os.Stat(out); mode == toFolder && err == nil && !st.IsDir() {
		a.errorf("%s: output folder is a file", out)
		return 2
	}
	fc, err := selectFonts(o)
	if err != nil {
		a.errorf("%v", err)
		return 2
	}
	for _, w := range append(o.warnings, found...) {
		if !o.quiet {
			a.errorf("warning: %s", w)
		}
	}

	quiet := o.quiet || mode == toStdout && len(ins) == 1 && !o.verbose
	prog := newProgress(a, len(ins), quiet)
	failed := make([]bool, len(ins))
	outputs := make([]int, len(ins))
	defer capProcessors(o.jobs)()
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
				n, err := a.publishOne(o, fc, in, mode, out, prog)
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

	prog.finish(summary(failed, outputs, time.Since(start)))
	if slices.Contains(failed, true) {
		return 1
	}
	return 0
}

// outputDirGuess is the folder discovery must not search inside: the
// output folder, or the folder of the output file.
func (o *options) outputDirGuess() string {
	switch {
	case o.output == "":
		return "out"
	case o.output == "-":
		return ""
	case documentExts[strings.ToLower(filepath.Ext(o.output))]:
		return filepath.Dir(o.output)
	}
	return o.output
}

// readInput returns the input's bytes, capped by what is actually read:
// devices are refused, pipes and standard input stop at the cap.
func (a *app) readInput(in input) ([]byte, error) {
	switch in.path {
	case "":
		return source.Sample(), nil
	case "-":
		return source.ReadAll("<stdin>", a.stdin, source.DefaultLimits())
	}
	return source.ReadFile(in.path, source.DefaultLimits())
}

// readOptions are the library's read options for one input.
func (o *options) readOptions(in input, warn func(string)) publish.ReadOptions {
	from := o.format
	if from == publish.Detect && in.path != "-" && in.path != "" {
		// Discovery found it by its extension.
		from = publish.Text
		if in.md {
			from = publish.Markdown
		}
	}
	dir := ""
	if in.path == "-" || in.path == "" {
		dir = "."
	}
	return publish.ReadOptions{From: from, Encoding: o.encoding, Metadata: o.fields, Dir: dir, Warn: warn}
}

// renderOptions are the library's render options of the run.
func (o *options) renderOptions(fc *fontChoice, warn func(string)) publish.Options {
	return publish.Options{
		Paper: o.paper, FontSize: o.fontSize, Font: fc.body, Bold: fc.bold, TOC: o.toc,
		Duplex: o.duplex, Booklet: o.booklet, Columns: o.columns, ColumnRule: o.columnRule,
		ReaderFonts: o.epubFont == "none", CSS: o.cssText, Cover: o.coverImage,
		Created: o.created, Creator: "publish " + version, Warn: warn,
	}
}

// publishOne runs the pipeline for one document and returns the number of
// files written.
func (a *app) publishOne(o *options, fc *fontChoice, in input, mode outputMode, out string, prog *progress) (int, error) {
	if in.err != nil {
		return 0, in.err
	}
	name := in.display()
	data, err := a.readInput(in)
	if err != nil {
		return 0, err
	}
	a.memory.add(len(data))
	defer a.memory.add(-len(data))
	warn := func(msg string) { prog.line(a.stderr, "publish: warning: "+name+": "+msg) }
	t0 := time.Now()
	doc, err := publish.Read(name, data, o.readOptions(in, warn))
	if err != nil {
		return 0, err
	}
	m := doc.Model.Meta
	if m.LangGuessed {
		prog.verbose(o, "%s: no lang in the front matter; the text reads as %s", name, m.Lang)
	}
	prog.verbose(o, "%s: %s, %s, %d blocks, read in %s", name, doc.Format, doc.Encoding, len(doc.Model.Blocks), time.Since(t0).Round(time.Millisecond))

	base := filepath.Join(out, filepath.FromSlash(in.name))
	pathFor := func(ext string) string { return base + ext }
	if mode == toFile {
		// -o names the file (report.PDF keeps its spelling); a report
		// goes beside it.
		base = strings.TrimSuffix(out, filepath.Ext(out))
		pathFor = func(string) string { return out }
	}
	var files []outFile
	if o.md && !(doc.Format == publish.Markdown && mode == toFolder && samePath(in.path, base+".md")) {
		files = append(files, outFile{pathFor(".md"), doc.Markdown})
	}
	if o.report && doc.Report != nil && mode != toStdout {
		files = append(files, outFile{base + ".report.txt", []byte(doc.Report.ReportText())})
	}
	if mode == toStdout {
		return a.publishToStdout(o, fc, doc, files, warn, prog)
	}
	paths := make([]string, 0, len(files)+2)
	for _, f := range files {
		paths = append(paths, f.path)
	}
	if o.pdf {
		paths = append(paths, pathFor(".pdf"))
	}
	if o.epub {
		paths = append(paths, pathFor(".epub"))
	}
	// Every output is written to its temporary file (the PDF and the EPUB
	// as they are made, never whole in memory) before any is renamed into
	// place: a document either leaves its old outputs as they were or
	// replaces them all.
	bt, err := a.fs.begin(paths)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	for i, f := range files {
		if _, err := bt.writer(i).Write(f.data); err != nil {
			bt.abort()
			return 0, fmt.Errorf("%s: %w", name, err)
		}
	}
	var pdfW, bookW io.Writer
	if o.pdf {
		pdfW = bt.writer(len(files))
	}
	if o.epub {
		bookW = bt.writer(len(paths) - 1)
	}
	// Written: the writers need the parsed model only.
	files, doc.Markdown, doc.Report = nil, nil, nil
	t1 := time.Now()
	if err := doc.Render(pdfW, bookW, o.renderOptions(fc, warn)); err != nil {
		bt.abort()
		return 0, err
	}
	prog.verbose(o, "%s: rendered in %s", name, time.Since(t1).Round(time.Millisecond))
	n, err := bt.commit(func(msg string) { prog.verbose(o, "%s", msg) })
	for i := range n {
		prog.output(paths[i], bt.sizes[i])
	}
	if err != nil {
		return n, fmt.Errorf("%s: %w", name, err)
	}
	return n, nil
}

// publishToStdout writes the one format asked for to standard output,
// made whole first so that a failure writes nothing.
func (a *app) publishToStdout(o *options, fc *fontChoice, doc *publish.Document, files []outFile, warn func(string), prog *progress) (int, error) {
	var pdf, book *bytes.Buffer
	if o.pdf {
		pdf = new(bytes.Buffer)
	}
	if o.epub {
		book = new(bytes.Buffer)
	}
	t1 := time.Now()
	if err := doc.Render(writerOrNil(pdf), writerOrNil(book), o.renderOptions(fc, warn)); err != nil {
		return 0, err
	}
	prog.verbose(o, "%s: rendered in %s", doc.Name, time.Since(t1).Round(time.Millisecond))
	if pdf != nil {
		files = append(files, outFile{"", pdf.Bytes()})
	}
	if book != nil {
		files = append(files, outFile{"", book.Bytes()})
	}
	if o.report && doc.Report != nil {
		prog.line(a.stderr, strings.TrimRight(doc.Report.ReportText(), "\n"))
	}
	if _, err := a.stdout.Write(files[len(files)-1].data); err != nil {
		return 0, fmt.Errorf("%s: writing standard output: %w", doc.Name, unwrapPath(err))
	}
	return 1, nil
}

// writerOrNil keeps a nil buffer a nil interface.
func writerOrNil(b *bytes.Buffer) io.Writer {
	if b == nil {
		return nil
	}
	return b
}

type outFile struct {
	path string
	data []byte
}

func samePath(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// normalize prints the Markdown of raw text files on standard output.
func (a *app) normalize(args []string) int {
	o, err := parseFlags("normalize", args, a.stdout)
	if errors.Is(err, errHelp) {
		return 0
	}
	if err != nil {
		return a.usageError("normalize", err)
	}
	if len(o.inputs) == 0 {
		return a.usageError("normalize", errors.New("normalize needs a file (or - for standard input)"))
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
		name := in.display()
		data, err := a.readInput(in)
		if err == nil {
			var doc *publish.Document
			doc, err = publish.Read(name, data, publish.ReadOptions{From: publish.Text, Encoding: o.encoding,
				Warn: func(msg string) { a.errorf("warning: %s: %s", name, msg) }})
			if err == nil {
				a.stdout.Write(doc.Markdown)
				if o.report {
					io.WriteString(a.stderr, doc.Report.ReportText())
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

// simple runs a command that takes no inputs: fonts, completion, man.
func (a *app) simple(cmd string, args []string) int {
	o, err := parseFlags(cmd, args, a.stdout)
	if errors.Is(err, errHelp) {
		return 0
	}
	if err != nil {
		return a.usageError(cmd, err)
	}
	switch cmd {
	case "fonts":
		if len(o.inputs) > 0 {
			return a.usageError(cmd, errors.New("fonts takes no arguments"))
		}
		return a.listFonts()
	case "man":
		if len(o.inputs) > 0 {
			return a.usageError(cmd, errors.New("man takes no arguments"))
		}
		manPage(a.stdout)
		return 0
	case "completion":
		if len(o.inputs) != 1 {
			return a.usageError(cmd, errors.New("completion needs one shell: bash, zsh or fish"))
		}
		if err := completion(a.stdout, o.inputs[0]); err != nil {
			return a.usageError(cmd, err)
		}
		return 0
	case "help":
		switch len(o.inputs) {
		case 0:
			writeHelp(a.stdout, "publish")
		case 1:
			if _, ok := findCommand(o.inputs[0]); !ok {
				return a.usageError(cmd, fmt.Errorf("no command %q (commands: %s)", o.inputs[0], names(commands)))
			}
			writeHelp(a.stdout, o.inputs[0])
		default:
			return a.usageError(cmd, errors.New("help takes one command"))
		}
		return 0
	}
	return a.usageError(cmd, fmt.Errorf("unknown command %q", cmd))
}

// capProcessors lets the run use at most jobs processors and returns what
// restores the limit before it. Each document is set on several (the PDF
// and EPUB side by side, their pages and entries compressed in
// parallel), so without the cap -j 1 would take every core, and -j N
// could not say how much of the machine a run takes.
func capProcessors(jobs int) (restore func()) {
	procs.Lock()
	defer procs.Unlock()
	if procs.runs == 0 {
		procs.was = runtime.GOMAXPROCS(0)
	}
	procs.runs++
	runtime.GOMAXPROCS(min(jobs, runtime.GOMAXPROCS(0)))
	return func() {
		procs.Lock()
		defer procs.Unlock()
		if procs.runs--; procs.runs == 0 {
			runtime.GOMAXPROCS(procs.was)
		}
	}
}

// procs is the processor limit before the runs in progress capped it:
// runs of one process (tests) may overlap, and the last one to end puts
// the limit back.
var procs struct {
	sync.Mutex
	runs, was int
}
