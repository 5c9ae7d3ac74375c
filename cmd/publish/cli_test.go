package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/publish.1 from the flag definitions")

const structuredMD = "---\ntitle: 标题\nauthor: [张三, 李四]\nrights: CC BY 4.0\n---\n\n# 标题\n\n## 一、节\n\n- 列表一\n- 列表二\n\n正文。\n"

// TestOutputFile checks the pandoc habit: -o FILE with one input writes
// that one file, its format chosen by its extension.
func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "in", "report.md"), []byte(structuredMD))
	for _, c := range []struct {
		out, magic string
	}{
		{"report.pdf", "%PDF-"},
		{"sub/report.epub", "PK\x03\x04"},
		{"copy.md", "---\ntitle"},
		{"REPORT.PDF", "%PDF-"},
	} {
		out := filepath.Join(dir, c.out)
		code, stdout, stderr := runCmd(t, "", "-o", out, in)
		if code != 0 {
			t.Fatalf("-o %s: exit %d: %s", c.out, code, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil || !bytes.HasPrefix(data, []byte(c.magic)) {
			t.Errorf("-o %s: %v, starts %.8q", c.out, err, data)
		}
		if !strings.Contains(stdout, out+"\t") {
			t.Errorf("-o %s: stdout %q does not name the file", c.out, stdout)
		}
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "REPORT.PDF copy.md in report.pdf sub" {
		t.Errorf("files written: %v (no folder named after the file, nothing else)", names)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--epub", "-o", filepath.Join(dir, "x.pdf"), in}, "--epub conflicts with -o"},
		{[]string{"-o", filepath.Join(dir, "x.pdf"), in, in}, "names one file, but 2 documents"},
		{[]string{"-o", filepath.Join(dir, "x.html"), in}, "publish writes .md, .pdf and .epub files"},
		{[]string{"-o", "-", "--pdf", "--epub", in}, "-o - writes one format"},
		{[]string{"-o", "-", in, in}, "-o - writes one document"},
	} {
		code, _, stderr := runCmd(t, "", c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
	// A folder is still a folder: with a slash, when it exists, or with
	// several inputs.
	folder := filepath.Join(dir, "build") + "/"
	if code, _, stderr := runCmd(t, "", "--pdf", "-o", folder, in); code != 0 {
		t.Fatalf("-o DIR/: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(folder, "report.pdf")); err != nil {
		t.Error(err)
	}
}

// TestStandardStreams checks -o - and how standard input is read.
func TestStandardStreams(t *testing.T) {
	code, stdout, stderr := runCmd(t, structuredMD, "-o", "-", "-")
	if code != 0 || stdout != structuredMD {
		t.Errorf("Markdown on stdin to stdout: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if stderr != "" {
		t.Errorf("-o - printed %q on stderr", stderr)
	}
	code, stdout, stderr = runCmd(t, structuredMD, "--pdf", "-o", "-", "-")
	if code != 0 || !strings.HasPrefix(stdout, "%PDF-") || !strings.HasSuffix(stdout, "%%EOF\n") {
		t.Errorf("--pdf -o -: exit %d, %d bytes, stderr %q", code, len(stdout), stderr)
	}
	// Without front matter, standard input is raw text unless --from md.
	list := "- 列表一\n- 列表二\n"
	_, stdout, _ = runCmd(t, list, "-o", "-", "-")
	if strings.Contains(stdout, "\n- 列表一") {
		t.Errorf("raw text was read as Markdown:\n%s", stdout)
	}
	_, stdout, _ = runCmd(t, list, "--from", "md", "-o", "-", "-")
	if stdout != list {
		t.Errorf("--from md: %q", stdout)
	}
	code, _, stderr = runCmd(t, list, "--from", "docx", "-")
	if code != 2 || !strings.Contains(stderr, `unknown input format "docx"`) {
		t.Errorf("--from docx: exit %d, %q", code, stderr)
	}
}

// TestMetadataFlags checks --metadata, the language checks and the
// warnings about unknown keys.
func TestMetadataFlags(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "r.md"), []byte("---\ntitle: T\ncolour: red\n---\n\nAn English text without a language.\n"))
	code, _, stderr := runCmd(t, "", "-M", "author=Ann Lee", "--metadata", "author=Bo Chan", "-M", "publisher=P", "--lang", "en_GB", "--epub", "-o", filepath.Join(dir, "r.epub"), in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`--lang: language "en_GB" corrected to "en-GB"`, `r.md: front matter: unknown key "colour" ignored`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	opf := unzipEntry(t, filepath.Join(dir, "r.epub"), "EPUB/package.opf")
	for _, want := range []string{">Ann Lee</dc:creator>", ">Bo Chan</dc:creator>", "<dc:publisher>P</dc:publisher>", "<dc:language>en-GB</dc:language>"} {
		if !strings.Contains(opf, want) {
			t.Errorf("package document lacks %s", want)
		}
	}
	for _, args := range [][]string{{"--lang", "klingon"}, {"-M", "lang=xx"}, {"-M", "=x"}} {
		code, _, stderr := runCmd(t, "", append(args, in)...)
		if code != 2 || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
	// A Markdown file without lang is published in the language of its text.
	code, _, stderr = runCmd(t, "", "--pdf", "-o", filepath.Join(dir, "r.pdf"), in)
	if code != 0 {
		t.Fatal(stderr)
	}
	if pdf, _ := os.ReadFile(filepath.Join(dir, "r.pdf")); !bytes.Contains(pdf, []byte("/Lang (en)")) {
		t.Error("an English Markdown file without lang is not published as English")
	}
	// An explicit encoding that garbles the text is warned about.
	txt := writeFile(t, filepath.Join(dir, "u.txt"), []byte(goodText))
	_, _, stderr = runCmd(t, "", "--md", "--encoding", "gbk", "-o", dir+"/", txt)
	if !strings.Contains(stderr, "--encoding gbk was given, but the file is valid UTF-8") {
		t.Errorf("no warning for UTF-8 read as GBK: %q", stderr)
	}
}

func unzipEntry(t *testing.T, book, name string) string {
	t.Helper()
	out, err := exec.Command("unzip", "-p", book, name).Output()
	if err != nil {
		t.Skipf("unzip: %v", err)
	}
	return string(out)
}

// TestCoverAndCSS checks --cover and --css, and their errors.
func TestCoverAndCSS(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "r.md"), []byte(structuredMD))
	css := writeFile(t, filepath.Join(dir, "my.css"), []byte("h2 { color: teal; }\n"))
	gif := writeFile(t, filepath.Join(dir, "c.gif"), []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"))
	book := filepath.Join(dir, "r.epub")
	if code, _, stderr := runCmd(t, "", "--css", css, "--cover", gif, "-o", book, in); code != 0 {
		t.Fatal(stderr)
	}
	if got := unzipEntry(t, book, "EPUB/css/style.css"); !strings.Contains(got, "h2 { color: teal; }") {
		t.Error("--css is not in the style sheet")
	}
	if got := unzipEntry(t, book, "EPUB/package.opf"); !strings.Contains(got, `href="images/cover.gif" media-type="image/gif" properties="cover-image"`) {
		t.Errorf("--cover is not the cover:\n%s", got)
	}
	for _, args := range [][]string{{"--cover", css}, {"--cover", filepath.Join(dir, "none.png")}, {"--css", gif}} {
		code, _, stderr := runCmd(t, "", append(args, in)...)
		if code != 2 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, args[1]) {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}

// TestCommandHelp checks help per command, suggestions for mistyped
// flags, and flags given to the wrong command.
func TestCommandHelp(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"normalize", "--help"}, "Usage:\n  publish normalize [flags] FILE"},
		{[]string{"fonts", "--help"}, "Usage:\n  publish fonts"},
		{[]string{"completion", "-h"}, "publish completion bash|zsh|fish"},
		{[]string{"help", "normalize"}, "Usage:\n  publish normalize"},
		{[]string{"help"}, "publish normalize [flags] FILE"},
	} {
		code, stdout, stderr := runCmd(t, "", c.args...)
		if code != 0 || !strings.Contains(stdout, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", c.args, code, stdout, stderr)
		}
	}
	_, stdout, _ := runCmd(t, "", "normalize", "--help")
	if strings.Contains(stdout, "--paper") {
		t.Error("normalize --help lists --paper")
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--pfd"}, "unknown flag --pfd; did you mean --pdf?"},
		{[]string{"--ouptut", "x"}, "did you mean --output?"},
		{[]string{"--epbu"}, "did you mean --epub?"},
		{[]string{"--zzzzzz"}, "unknown flag --zzzzzz (see publish --help)"},
		{[]string{"normalize", "--paper", "a5", "x.txt"}, "--paper is not a flag of publish normalize"},
		{[]string{"fonts", "extra"}, "fonts takes no arguments"},
		{[]string{"completion", "tcsh"}, `unknown shell "tcsh"`},
		{[]string{"help", "nope"}, `no command "nope"`},
		{[]string{"normalise", "x.txt"}, "did you mean publish normalize?"},
	} {
		code, _, stderr := runCmd(t, "", c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want %q", c.args, code, stderr, c.want)
		}
	}
}

// TestManPage checks that docs/publish.1 is what the flag definitions
// make (go test ./cmd/publish -run TestManPage -update rewrites it), and
// that it names every flag.
func TestManPage(t *testing.T) {
	var b bytes.Buffer
	manPage(&b)
	path := filepath.Join("..", "..", "docs", "publish.1")
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("docs/publish.1 is not what the flag definitions make; run go test ./cmd/publish -run TestManPage -update")
	}
	for _, f := range flagDefs {
		if !strings.Contains(b.String(), `\fB\-\-`+strings.ReplaceAll(f.name, "-", `\-`)+`\fR`) {
			t.Errorf("man page lacks --%s", f.name)
		}
	}
	if _, err := exec.LookPath("groff"); err == nil {
		cmd := exec.Command("groff", "-k", "-man", "-Tutf8", "-ww", "-z")
		cmd.Stdin = bytes.NewReader(b.Bytes())
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("groff: %v\n%s", err, out)
		}
	}
}

// TestHelpNamesEveryFlag checks that help and completions come from the
// same table as the parser: every flag a command parses is in its help
// and in every completion script, and nothing else is.
func TestHelpNamesEveryFlag(t *testing.T) {
	long := regexp.MustCompile(`--[a-z][a-z-]*[a-z]`)
	for _, c := range commands {
		var help bytes.Buffer
		writeHelp(&help, c.name)
		flagSection := help.String()[strings.LastIndex(help.String(), "\nFlags:\n"):]
		got := map[string]bool{}
		for _, m := range long.FindAllString(flagSection, -1) {
			got[m] = true
		}
		for _, f := range flagsOf(c.name) {
			if !got["--"+f.name] {
				t.Errorf("%s help lacks --%s", c.name, f.name)
			}
			if _, err := parseFlags(c.name, []string{"--" + f.name + valueFor(f)}, &bytes.Buffer{}); err != nil && err != errHelp && strings.Contains(err.Error(), "flag") {
				t.Errorf("%s does not parse --%s: %v", c.name, f.name, err)
			}
		}
	}
	for _, shell := range []string{"bash", "zsh", "fish"} {
		var b bytes.Buffer
		if err := completion(&b, shell); err != nil {
			t.Fatal(err)
		}
		for _, f := range flagDefs {
			if !strings.Contains(b.String(), f.name) {
				t.Errorf("%s completion lacks --%s", shell, f.name)
			}
		}
		for _, c := range commands[1:] {
			if !strings.Contains(b.String(), c.name) {
				t.Errorf("%s completion lacks the command %s", shell, c.name)
			}
		}
	}
}

func valueFor(f flagDef) string {
	switch {
	case f.arg == "":
		return ""
	case len(f.choices) > 0:
		return "=" + f.choices[len(f.choices)-1]
	}
	return "=1"
}

// TestCompletionScripts has each shell read its script: it must parse,
// and bash must complete a flag and a flag's values.
func TestCompletionScripts(t *testing.T) {
	for _, c := range []struct{ shell, check string }{
		{"bash", "bash -n"},
		{"zsh", "zsh -n"},
		{"fish", "fish --no-execute"},
	} {
		t.Run(c.shell, func(t *testing.T) {
			if _, err := exec.LookPath(c.shell); err != nil {
				t.Skipf("%s not installed (Debian package %s)", c.shell, c.shell)
			}
			var b bytes.Buffer
			completion(&b, c.shell)
			script := filepath.Join(t.TempDir(), "publish."+c.shell)
			writeFile(t, script, b.Bytes())
			args := append(strings.Fields(c.check), script)
			if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
				t.Fatalf("%s: %v\n%s", c.check, err, out)
			}
		})
	}
	if _, err := exec.LookPath("bash"); err != nil {
		return
	}
	var b bytes.Buffer
	completion(&b, "bash")
	script := writeFile(t, filepath.Join(t.TempDir(), "c.bash"), b.Bytes())
	for _, c := range []struct {
		words string
		want  []string
	}{
		{"publish --pa", []string{"--paper"}},
		{"publish --paper ", []string{"a4", "a5", "b5", "letter"}},
		{"publish normalize --", []string{"--encoding", "--report", "--help"}},
		{"publish completion ", []string{"bash", "zsh", "fish"}},
		{"publish --from m", []string{"md"}},
	} {
		words := strings.Fields(c.words)
		if strings.HasSuffix(c.words, " ") {
			words = append(words, "")
		}
		src := "source " + script + "\nCOMP_WORDS=(" + quoteWords(words) + ")\nCOMP_CWORD=" + strconv.Itoa(len(words)-1) + "\n_publish\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
		out, err := exec.Command("bash", "-c", src).CombinedOutput()
		if err != nil {
			t.Fatalf("%q: %v\n%s", c.words, err, out)
		}
		if got := strings.Fields(string(out)); strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("completing %q: %q, want %q", c.words, got, c.want)
		}
	}
}

func quoteWords(ws []string) string {
	var q []string
	for _, w := range ws {
		q = append(q, "'"+w+"'")
	}
	return strings.Join(q, " ")
}
