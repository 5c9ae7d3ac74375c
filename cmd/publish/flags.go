package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/cjk-publish/publish"
	"github.com/cjk-publish/publish/layout"
	"github.com/cjk-publish/publish/markdown"
	"github.com/cjk-publish/publish/source"
)

// version is printed by --version.
const version = publish.Version

// options are the parsed command line.
type options struct {
	md, pdf, epub bool
	output        string // -o as given; "" = the folder out
	from          string
	paper         string
	fontSize      float64
	font          string
	fontIndex     int
	boldFont      string // --heading-font (alias --bold-font)
	fontSet       string
	epubFont      string
	toc           string
	duplex        bool
	booklet       bool
	columns       int
	columnRule    bool
	title         string
	author        string
	lang          string
	metadata      []string
	css           string
	cover         string
	encoding      string
	report        bool
	jobs          int
	quiet         bool
	verbose       bool
	created       time.Time
	inputs        []string

	// Derived from the above by check.
	format     publish.Format
	fields     []markdown.Field
	cssText    string
	coverImage []byte
	warnings   []string // about the command line, printed once
}

func newOptions() *options {
	return &options{fontIndex: -1, fontSet: "kai", epubFont: "embed", toc: "auto", encoding: "auto", from: "auto", jobs: runtime.NumCPU(), columns: 1}
}

// command is a subcommand: its name, what it does and how it is called.
type command struct {
	name, synopsis, summary string
}

var commands = []command{
	{"publish", "publish [flags] [input ...]", "publish documents (.txt is normalized first, .md is published as written)"},
	{"normalize", "publish normalize [flags] FILE ...", "print the normalized Markdown of raw text files on standard output"},
	{"fonts", "publish fonts", "list the usable CJK fonts found on this system"},
	{"completion", "publish completion bash|zsh|fish", "print a shell completion script"},
	{"man", "publish man", "print the manual page (roff)"},
	{"help", "publish help [command]", "show the help of publish or of a command"},
}

// flagDef is one flag: the single source of the parser, the help, the
// manual page and the shell completions.
type flagDef struct {
	name    string   // long name
	short   string   // one-letter alias, or ""
	arg     string   // value placeholder; "" for a switch
	usage   string   // one line
	def     string   // default as the help shows it; "" for none
	choices []string // the values accepted, for help and completion
	files   string   // completion of the value: "file", "dir", "file-or-dir", "image", "css"
	repeat  bool     // may be given several times
	cmds    []string // commands that take it
	bind    func(o *options) any
}

var (
	onPublish   = []string{"publish"}
	onNormalize = []string{"publish", "normalize"}
	onAll       = []string{"publish", "normalize", "fonts", "completion", "man", "help"}
)

var flagDefs = []flagDef{
	{name: "md", usage: "write the Markdown (NAME.md)", cmds: onPublish, bind: func(o *options) any { return &o.md }},
	{name: "pdf", usage: "write the typeset PDF (NAME.pdf)", cmds: onPublish, bind: func(o *options) any { return &o.pdf }},
	{name: "epub", usage: "write the EPUB (NAME.epub)", cmds: onPublish, bind: func(o *options) any { return &o.epub }},
	{name: "output", short: "o", arg: "FILE|DIR", files: "file-or-dir", cmds: onPublish, def: "out/",
		usage: "write one file (format from its extension .md, .pdf or .epub), - for standard output, or a folder (DIR/, an existing folder, or several inputs)",
		bind:  func(o *options) any { return &o.output }},
	{name: "from", short: "f", arg: "FORMAT", choices: []string{"auto", "txt", "md"}, cmds: onPublish, def: "auto",
		usage: "what the inputs are: txt (raw text to normalize) or md (Markdown); auto goes by the extension, and standard input is Markdown when it starts with front matter",
		bind:  func(o *options) any { return &o.from }},
	{name: "paper", arg: "SIZE", choices: layout.Papers, cmds: onPublish, def: "a4; a5 with --booklet",
		usage: "PDF paper size", bind: func(o *options) any { return &o.paper }},
	{name: "font-size", arg: "PT", cmds: onPublish, def: "chosen per paper",
		usage: "PDF body font size (5-72)", bind: func(o *options) any { return &o.fontSize }},
	{name: "font", arg: "SPEC", files: "file", cmds: onPublish, def: "bundled LXGW WenKai",
		usage: "body font: a .ttf or .otf path, PATH:N for face N of a .ttc/.otc, or a family name", bind: func(o *options) any { return &o.font }},
	{name: "font-index", arg: "N", cmds: onPublish,
		usage: "face N of the .ttc/.otc collection given with --font", bind: func(o *options) any { return &o.fontIndex }},
	{name: "heading-font", arg: "SPEC", files: "file", cmds: onPublish, def: "the bold face of the body font",
		usage: "font of headings, the title, running heads and strong text, like --font", bind: func(o *options) any { return &o.boldFont }},
	{name: "bold-font", arg: "SPEC", files: "file", cmds: onPublish,
		usage: "the same as --heading-font", bind: func(o *options) any { return &o.boldFont }},
	{name: "font-set", arg: "SET", choices: []string{"kai", "song", "hei"}, cmds: onPublish, def: "kai",
		usage: "font pairing: the bundled LXGW WenKai, a Song body with Hei headings (Noto CJK or Source Han), or Hei throughout",
		bind:  func(o *options) any { return &o.fontSet }},
	{name: "epub-font", arg: "MODE", choices: []string{"embed", "none"}, cmds: onPublish, def: "embed",
		usage: "embed a subset of the body font in the EPUB, or leave fonts to the reader", bind: func(o *options) any { return &o.epubFont }},
	{name: "toc", arg: "WHEN", choices: []string{"auto", "on", "off"}, cmds: onPublish, def: "auto",
		usage: "PDF title and contents pages (auto: with 3 or more sections and about 4 pages of text)", bind: func(o *options) any { return &o.toc }},
	{name: "duplex", cmds: onPublish,
		usage: "PDF for printing on both sides: mirrored margins, page numbers at the outer edge", bind: func(o *options) any { return &o.duplex }},
	{name: "booklet", cmds: onPublish,
		usage: "PDF booklet: A5 pages (or --paper) imposed two-up on A4 landscape in saddle-stitch order, to print on both sides and fold",
		bind:  func(o *options) any { return &o.booklet }},
	{name: "columns", arg: "N", choices: []string{"1", "2"}, cmds: onPublish, def: "1",
		usage: "PDF text columns; in two, section headings run across both", bind: func(o *options) any { return &o.columns }},
	{name: "column-rule", cmds: onPublish,
		usage: "a rule between the two columns of --columns 2", bind: func(o *options) any { return &o.columnRule }},
	{name: "title", arg: "TEXT", cmds: onPublish, usage: "set the title (same as --metadata title=TEXT)", bind: func(o *options) any { return &o.title }},
	{name: "author", arg: "NAMES", cmds: onPublish, usage: "set the author; separate several with commas", bind: func(o *options) any { return &o.author }},
	{name: "lang", arg: "TAG", cmds: onPublish, def: "from the front matter, else detected",
		usage: "document language, a BCP 47 tag such as zh-CN, zh-Hant-TW or en", bind: func(o *options) any { return &o.lang }},
	{name: "metadata", short: "M", arg: "KEY=VALUE", repeat: true, cmds: onPublish,
		usage: "set a front matter key (repeat a key for a list); keys: " + strings.Join(markdown.MetaKeys(), ", "),
		bind:  func(o *options) any { return &o.metadata }},
	{name: "css", arg: "FILE", files: "css", cmds: onPublish,
		usage: "style sheet appended to the EPUB's own", bind: func(o *options) any { return &o.css }},
	{name: "cover", arg: "IMAGE", files: "image", cmds: onPublish, def: "cover-image, else drawn from the title",
		usage: "EPUB cover image (PNG, JPEG or GIF)", bind: func(o *options) any { return &o.cover }},
	{name: "encoding", arg: "NAME", choices: source.Encodings, cmds: onNormalize, def: "auto",
		usage: "encoding of raw text input", bind: func(o *options) any { return &o.encoding }},
	{name: "report", cmds: onNormalize,
		usage: "write the normalizer's decisions to NAME.report.txt (normalize: to standard error)", bind: func(o *options) any { return &o.report }},
	{name: "jobs", short: "j", arg: "N", cmds: onPublish, def: "number of CPUs",
		usage: "documents published at a time, on at most N processors", bind: func(o *options) any { return &o.jobs }},
	{name: "quiet", short: "q", cmds: onPublish, usage: "print errors and warnings only", bind: func(o *options) any { return &o.quiet }},
	{name: "verbose", short: "v", cmds: onPublish, usage: "print details of every stage", bind: func(o *options) any { return &o.verbose }},
	{name: "version", cmds: onPublish, usage: "print the version and exit", bind: func(o *options) any { return new(bool) }},
	{name: "help", short: "h", cmds: onAll, usage: "show this help", bind: func(o *options) any { return new(bool) }},
}

// takes reports whether command cmd has the flag.
func (f flagDef) takes(cmd string) bool {
	for _, c := range f.cmds {
		if c == cmd {
			return true
		}
	}
	return false
}

// flagsOf lists the flags of a command in table order.
func flagsOf(cmd string) []flagDef {
	var out []flagDef
	for _, f := range flagDefs {
		if f.takes(cmd) {
			out = append(out, f)
		}
	}
	return out
}

var errHelp = errors.New("help requested")

// stringList collects a repeated flag.
type stringList struct{ p *[]string }

func (l stringList) String() string {
	if l.p == nil {
		return ""
	}
	return strings.Join(*l.p, ",")
}
func (l stringList) Set(s string) error { *l.p = append(*l.p, s); return nil }

// parseFlags reads the flags of command cmd given before, between or after
// the inputs; "--" ends the flags.
func parseFlags(cmd string, args []string, out io.Writer) (*options, error) {
	o := newOptions()
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var help, showVersion *bool
	for _, f := range flagsOf(cmd) {
		target := f.bind(o)
		switch f.name {
		case "help":
			help = target.(*bool)
		case "version":
			showVersion = target.(*bool)
		}
		for _, name := range []string{f.name, f.short} {
			if name == "" {
				continue
			}
			switch p := target.(type) {
			case *bool:
				fs.BoolVar(p, name, *p, f.usage)
			case *string:
				fs.StringVar(p, name, *p, f.usage)
			case *int:
				fs.IntVar(p, name, *p, f.usage)
			case *float64:
				fs.Float64Var(p, name, *p, f.usage)
			case *[]string:
				fs.Var(stringList{p}, name, f.usage)
			}
		}
	}
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return nil, explainFlagError(cmd, err)
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		// flag stops at "--" and at the first input; after "--" every
		// argument is an input.
		if k := len(rest); k < len(args) && args[len(args)-k-1] == "--" {
			o.inputs = append(o.inputs, rest...)
			break
		}
		o.inputs = append(o.inputs, rest[0])
		rest = rest[1:]
	}
	if help != nil && *help {
		writeHelp(out, cmd)
		return nil, errHelp
	}
	if showVersion != nil && *showVersion {
		fmt.Fprintf(out, "publish %s (%s)\n", version, runtime.Version())
		return nil, errHelp
	}
	if err := o.check(); err != nil {
		return nil, err
	}
	if err := checkValues(o, fs); err != nil {
		return nil, err
	}
	return o, nil
}

// explainFlagError rewrites the flag package's messages in our terms and
// suggests the nearest flag.
func explainFlagError(cmd string, err error) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		name = strings.TrimLeft(name, "-")
		dashes := "--"
		if len(name) == 1 {
			dashes = "-"
		}
		for _, f := range flagDefs {
			if (f.name == name || f.short == name) && !f.takes(cmd) {
				return fmt.Errorf("%s%s is not a flag of %s", dashes, name, commandName(cmd))
			}
		}
		if s := suggestFlag(cmd, name); s != "" {
			return fmt.Errorf("unknown flag %s%s; did you mean %s?", dashes, name, s)
		}
		return fmt.Errorf("unknown flag %s%s", dashes, name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return fmt.Errorf("%s needs a value", "-"+strings.TrimLeft(name, "-"))
	}
	if strings.HasPrefix(msg, "invalid value ") || strings.HasPrefix(msg, "invalid boolean value ") {
		return errors.New(strings.Replace(msg, " for flag -", " for --", 1))
	}
	return err
}

func commandName(cmd string) string {
	if cmd == "publish" {
		return "publish"
	}
	return "publish " + cmd
}

// suggestFlag finds the flag of cmd nearest to a mistyped name: within
// two edits, or a third of the name's length for long names.
func suggestFlag(cmd, name string) string {
	best, bestDist := "", 3
	for _, f := range flagsOf(cmd) {
		limit := max(2, len(name)/3)
		if d := editDistance(name, f.name); d <= limit && d < bestDist {
			best, bestDist = "--"+f.name, d
		}
	}
	return best
}

// suggestCommand finds the command a missing first input was meant to
// be ("normalise"), if it is close to one.
func suggestCommand(arg string) string {
	if strings.ContainsAny(arg, "./\\") {
		return ""
	}
	for _, c := range subcommands() {
		if d := editDistance(strings.ToLower(arg), c.name); d > 0 && d <= 2 {
			return c.name
		}
	}
	return ""
}

// editDistance counts the insertions, deletions, substitutions and swaps
// of neighbours that turn a into b (optimal string alignment; flag names
// are ASCII). A swap is the commonest typo: --pfd is one from --pdf.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// check validates values and derives what the run needs from them.
func (o *options) check() error {
	if o.jobs < 1 {
		return fmt.Errorf("-j must be at least 1, not %d", o.jobs)
	}
	if o.paper == "" {
		o.paper = "a4"
		if o.booklet {
			o.paper = "a5" // imposed two-up on A4
		}
	}
	if !contains(layout.Papers, strings.ToLower(o.paper)) {
		return fmt.Errorf("unknown --paper %q (choose one of %s)", o.paper, strings.Join(layout.Papers, ", "))
	}
	o.paper = strings.ToLower(o.paper)
	if o.fontSize != 0 && (o.fontSize < 5 || o.fontSize > 72) {
		return fmt.Errorf("--font-size %g is out of range (5-72 pt)", o.fontSize)
	}
	if !contains([]string{"auto", "on", "off"}, o.toc) {
		return fmt.Errorf("unknown --toc %q (choose auto, on or off)", o.toc)
	}
	if o.columns != 1 && o.columns != 2 {
		return fmt.Errorf("--columns %d: choose 1 or 2", o.columns)
	}
	if o.columnRule && o.columns != 2 {
		return errors.New("--column-rule needs --columns 2")
	}
	if !contains([]string{"embed", "none"}, o.epubFont) {
		return fmt.Errorf("unknown --epub-font %q (choose embed or none)", o.epubFont)
	}
	if !contains([]string{"kai", "song", "hei"}, o.fontSet) {
		return fmt.Errorf("unknown --font-set %q (choose kai, song or hei)", o.fontSet)
	}
	if !contains(source.Encodings, strings.ToLower(o.encoding)) && o.encoding != "gb2312" && o.encoding != "utf8" {
		return fmt.Errorf("unknown --encoding %q (choose one of %s)", o.encoding, strings.Join(source.Encodings, ", "))
	}
	if o.fontIndex >= 0 && o.font == "" {
		return errors.New("--font-index needs --font")
	}
	var err error
	if o.format, err = publish.ParseFormat(o.from); err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	if err := o.checkMetadata(); err != nil {
		return err
	}
	if o.css != "" {
		if o.cssText, err = publish.ReadCSS(o.css); err != nil {
			return fmt.Errorf("--css %w", err)
		}
	}
	if o.cover != "" {
		if o.coverImage, err = publish.ReadCover(o.cover); err != nil {
			return fmt.Errorf("--cover %w", err)
		}
	}
	if o.created, err = sourceDate(); err != nil {
		return err
	}
	return nil
}

// checkMetadata turns --metadata, --title, --author and --lang into the
// fields set over every document's front matter; the flags win over
// --metadata for their key. Language tags are checked here, once.
func (o *options) checkMetadata() error {
	shortcuts := map[string]string{"title": o.title, "author": o.author, "lang": o.lang}
	for _, kv := range o.metadata {
		f, err := markdown.ParseField(kv)
		if err != nil {
			return fmt.Errorf("--%w", err)
		}
		k := strings.ToLower(f.Key)
		if k == "language" {
			k = "lang"
		}
		if v, ok := shortcuts[k]; ok && v != "" {
			continue
		}
		o.fields = append(o.fields, f)
	}
	for _, k := range []string{"title", "author", "lang"} {
		if v := shortcuts[k]; v != "" {
			o.fields = append(o.fields, markdown.Field{Key: k, Value: v})
		}
	}
	for i, f := range o.fields {
		k := strings.ToLower(f.Key)
		if k != "lang" && k != "language" {
			continue
		}
		tag, warning, err := markdown.CheckLang(f.Value)
		if err != nil {
			return fmt.Errorf("--lang: %w", err)
		}
		if warning != "" {
			o.warnings = append(o.warnings, "--lang: "+warning)
		}
		o.fields[i].Value = tag
	}
	return nil
}

// outputMode is where a run writes.
type outputMode int

const (
	toFolder outputMode = iota // NAME.md, NAME.pdf, NAME.epub in a folder
	toFile                     // the one file -o names
	toStdout                   // one format on standard output
)

// documentExts are extensions that name a file, not a folder, in -o:
// ours, and other document formats someone may expect.
var documentExts = map[string]bool{".md": true, ".pdf": true, ".epub": true, ".markdown": true,
	".html": true, ".htm": true, ".xhtml": true, ".docx": true, ".doc": true, ".odt": true, ".rtf": true,
	".tex": true, ".txt": true, ".mobi": true, ".azw3": true, ".json": true}

// plan decides where the outputs of n documents go and which formats are
// written: -o FILE writes the one file its extension names, -o - one
// format on standard output, anything else a folder.
func (o *options) plan(n int) (outputMode, string, error) {
	out := o.output
	switch {
	case out == "":
		o.defaultFormats()
		return toFolder, "out", nil
	case out == "-":
		if n != 1 {
			return 0, "", fmt.Errorf("-o - writes one document to standard output, but %d were given", n)
		}
		chosen := o.formats()
		switch len(chosen) {
		case 0:
			o.md = true // Markdown: the one format a terminal can show
		case 1:
		default:
			return 0, "", fmt.Errorf("-o - writes one format to standard output; choose one of %s", strings.Join(chosen, ", "))
		}
		return toStdout, "-", nil
	}
	if st, err := os.Stat(out); err == nil && st.IsDir() || strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		o.defaultFormats()
		return toFolder, out, nil
	}
	ext := strings.ToLower(filepath.Ext(out))
	if !documentExts[ext] {
		o.defaultFormats()
		return toFolder, out, nil
	}
	var want *bool
	switch ext {
	case ".md", ".markdown":
		want = &o.md
	case ".pdf":
		want = &o.pdf
	case ".epub":
		want = &o.epub
	default:
		return 0, "", fmt.Errorf("-o %s: publish writes .md, .pdf and .epub files (for a folder of that name, write %s/)", out, out)
	}
	if n != 1 {
		return 0, "", fmt.Errorf("-o %s names one file, but %d documents were given; use -o FOLDER/", out, n)
	}
	for _, f := range o.formats() {
		if !strings.EqualFold("."+strings.TrimPrefix(f, "--"), ext) && !(f == "--md" && ext == ".markdown") {
			return 0, "", fmt.Errorf("%s conflicts with -o %s (its extension chooses the format)", f, out)
		}
	}
	*want = true
	return toFile, out, nil
}

// formats lists the format flags given.
func (o *options) formats() []string {
	var out []string
	for _, f := range []struct {
		on   bool
		name string
	}{{o.md, "--md"}, {o.pdf, "--pdf"}, {o.epub, "--epub"}} {
		if f.on {
			out = append(out, f.name)
		}
	}
	return out
}

// defaultFormats writes all three formats when no format flag says.
func (o *options) defaultFormats() {
	if !o.md && !o.pdf && !o.epub {
		o.md, o.pdf, o.epub = true, true, true
	}
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
