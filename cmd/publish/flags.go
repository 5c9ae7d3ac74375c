package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/cjk-publish/publish/layout"
	"github.com/cjk-publish/publish/source"
)

// version is printed by --version.
const version = "0.1.0"

const usageText = `publish turns raw OCR text dumps and Markdown into clean Markdown, a typeset
PDF with an embedded CJK font, and an EPUB with a section table of contents.

Usage:
  publish [flags] [input ...]      publish documents (.txt is normalized first, .md is published as written)
  publish normalize [flags] FILE   print the normalized Markdown of a raw text file on standard output
  publish fonts                    list the usable CJK fonts found on this system

Inputs are .txt or .md files, folders (searched recursively for both) or "-"
for standard input. With no input, the bundled sample (zhengzhou-2023.txt) is
published. With no format flag, all of --md --pdf --epub are written.

Examples:
  publish                              # the bundled sample -> out/zhengzhou-2023.{md,pdf,epub}
  publish --pdf --epub report.txt      # one raw OCR text
  publish --pdf report.md              # a structured or hand-fixed Markdown file
  publish --pdf --epub -o build/ scans/   # a whole folder, in parallel
  publish --paper a5 --font "WenQuanYi Micro Hei" report.txt
  cat report.txt | publish --epub -    # standard input -> out/stdin.epub
  publish normalize report.txt > report.md

Flags:
`

// options are the parsed command line.
type options struct {
	md, pdf, epub bool
	outDir        string
	paper         string
	fontSize      float64
	font          string
	fontIndex     int
	boldFont      string
	epubFont      string
	toc           string
	title         string
	author        string
	lang          string
	encoding      string
	report        bool
	jobs          int
	quiet         bool
	verbose       bool
	created       time.Time
	inputs        []string
}

var errHelp = errors.New("help requested")

// parseFlags reads flags given before, between or after the inputs.
func parseFlags(name string, args []string, out io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&o.md, "md", false, "write the normalized Markdown (NAME.md)")
	fs.BoolVar(&o.pdf, "pdf", false, "write the typeset PDF (NAME.pdf)")
	fs.BoolVar(&o.epub, "epub", false, "write the EPUB (NAME.epub)")
	fs.StringVar(&o.outDir, "o", "out", "output `folder`")
	fs.StringVar(&o.paper, "paper", "a4", "PDF paper size: "+strings.Join(layout.Papers, ", "))
	fs.Float64Var(&o.fontSize, "font-size", 0, "PDF body font size in `pt` (default: chosen per paper)")
	fs.StringVar(&o.font, "font", "", "body font: a .ttf `path`, PATH:N for face N of a .ttc, or a family name (default: bundled LXGW WenKai)")
	fs.IntVar(&o.fontIndex, "font-index", -1, "face `N` of a .ttc/.otc collection given with --font")
	fs.StringVar(&o.boldFont, "bold-font", "", "heading font, like --font (default: the bold face of the body font)")
	fs.StringVar(&o.epubFont, "epub-font", "embed", "EPUB fonts: \"embed\" a subset of the body font, or \"none\" to leave fonts to the reader")
	fs.StringVar(&o.toc, "toc", "auto", "PDF table of contents page: auto (3+ sections), on, off")
	fs.StringVar(&o.title, "title", "", "override the front matter title")
	fs.StringVar(&o.author, "author", "", "override the front matter author")
	fs.StringVar(&o.lang, "lang", "", "override the front matter language (BCP 47, e.g. zh-CN)")
	fs.StringVar(&o.encoding, "encoding", "auto", "input encoding of .txt files: "+strings.Join(source.Encodings, ", "))
	fs.BoolVar(&o.report, "report", false, "write the normalizer's decisions to NAME.report.txt")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "documents published in parallel")
	fs.BoolVar(&o.quiet, "q", false, "print errors only")
	fs.BoolVar(&o.verbose, "v", false, "print details of every stage")
	showVersion := fs.Bool("version", false, "print the version and exit")
	help := fs.Bool("help", false, "show this help")
	fs.BoolVar(help, "h", false, "show this help")

	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return nil, err
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		o.inputs = append(o.inputs, rest[0])
		rest = rest[1:]
	}
	if *help {
		fmt.Fprint(out, usageText)
		fs.SetOutput(out)
		fs.PrintDefaults()
		return nil, errHelp
	}
	if *showVersion {
		fmt.Fprintf(out, "publish %s (%s)\n", version, runtime.Version())
		return nil, errHelp
	}
	if !o.md && !o.pdf && !o.epub {
		o.md, o.pdf, o.epub = true, true, true
	}
	if o.jobs < 1 {
		return nil, fmt.Errorf("-j must be at least 1, not %d", o.jobs)
	}
	if !contains(layout.Papers, strings.ToLower(o.paper)) {
		return nil, fmt.Errorf("unknown --paper %q (choose one of %s)", o.paper, strings.Join(layout.Papers, ", "))
	}
	o.paper = strings.ToLower(o.paper)
	if o.fontSize < 0 || o.fontSize > 72 {
		return nil, fmt.Errorf("--font-size %g is out of range (5-72 pt)", o.fontSize)
	}
	if o.fontSize != 0 && o.fontSize < 5 {
		return nil, fmt.Errorf("--font-size %g is out of range (5-72 pt)", o.fontSize)
	}
	if !contains([]string{"auto", "on", "off"}, o.toc) {
		return nil, fmt.Errorf("unknown --toc %q (choose auto, on or off)", o.toc)
	}
	if !contains([]string{"embed", "none"}, o.epubFont) {
		return nil, fmt.Errorf("unknown --epub-font %q (choose embed or none)", o.epubFont)
	}
	if !contains(source.Encodings, strings.ToLower(o.encoding)) && o.encoding != "gb2312" && o.encoding != "utf8" {
		return nil, fmt.Errorf("unknown --encoding %q (choose one of %s)", o.encoding, strings.Join(source.Encodings, ", "))
	}
	if o.fontIndex >= 0 && o.font == "" {
		return nil, errors.New("--font-index needs --font")
	}
	t, err := sourceDate()
	if err != nil {
		return nil, err
	}
	o.created = t
	return o, nil
}

// sourceDate honours SOURCE_DATE_EPOCH so that builds are reproducible.
func sourceDate() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Now().UTC().Truncate(time.Second), nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", v)
	}
	return time.Unix(n, 0).UTC(), nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
