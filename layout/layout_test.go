package layout

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cjk-publish/publish/markdown"
)

const samplePath = "testdata/zhengzhou-2023.md"

var fixedDate = time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC)

func sampleDoc(t testing.TB) *markdown.Document { return readDoc(t, samplePath) }

// readDoc parses the Markdown file at path.
func readDoc(t testing.TB, path string) *markdown.Document {
	t.Helper()
	md, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := markdown.Parse(path, md)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func writePDF(t testing.TB, d *markdown.Document, o Options) []byte {
	t.Helper()
	if o.Created.IsZero() {
		o.Created = fixedDate
	}
	var b bytes.Buffer
	if err := WritePDF(&b, d, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed: skipping (CI installs poppler-utils, qpdf and python3)", name)
	}
	return p
}

var spaces = regexp.MustCompile(`\s+`)

// savePDF writes pdf to a temporary file for the tools to read.
func savePDF(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	needTool(t, "pdftotext")
	path := savePDF(t, pdf)
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// Every character of the Markdown reaches the PDF, in order, and no space
// appears between two CJK characters.
func TestEveryCharacterReachesThePDF(t *testing.T) {
	d := sampleDoc(t)
	checkText(t, d, writePDF(t, d, Options{TOC: "off"}))
}

// checkText checks that pdftotext reads every character of d from pdf, in
// order, with no space between two CJK characters.
func checkText(t *testing.T, d *markdown.Document, pdf []byte) {
	t.Helper()
	got := pdfText(t, pdf)
	hyp := []rune(spaces.ReplaceAllString(got, ""))
	k := 0
	for _, b := range d.Blocks {
		for _, r := range spaces.ReplaceAllString(b.Text(), "") {
			for k < len(hyp) && hyp[k] != r {
				k++ // running heads and folios are extra
			}
			if k == len(hyp) {
				t.Fatalf("block at line %d: %q missing from the PDF text", b.Line, r)
			}
			k++
		}
	}
	source := d.Text() + d.Meta.Author + d.Meta.Subtitle // spaces the Markdown has
	for _, l := range strings.Split(got, "\n") {
		rs := []rune(l)
		for i := 1; i+1 < len(rs); i++ {
			pair := string([]rune{rs[i-1], ' ', rs[i+1]})
			if rs[i] == ' ' && markdown.IsWide(rs[i-1]) && markdown.IsWide(rs[i+1]) && !strings.Contains(source, pair) {
				t.Errorf("space between CJK characters in %q", l)
				break
			}
		}
	}
}

func TestPlaceholderAndWarning(t *testing.T) {
	md := "---\ntitle: 测试\n---\n\n# 测试\n\n汉字𠀀在扩展B区，English words and 数字12.5%。\n"
	d, err := markdown.Parse("t.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	var warns []string
	pdf := writePDF(t, d, Options{Warn: func(m string) { warns = append(warns, m) }})
	if len(warns) != 1 || !strings.Contains(warns[0], "U+20000") || !strings.Contains(warns[0], "line 7 char 3") {
		t.Errorf("warnings = %q", warns)
	}
	got := spaces.ReplaceAllString(pdfText(t, pdf), "")
	if !strings.Contains(got, "汉字□在扩展B区，Englishwordsand数字12.5%。") {
		t.Errorf("text = %q", got)
	}
}

func TestOptionsErrors(t *testing.T) {
	d := sampleDoc(t)
	for _, o := range []Options{{Paper: "a3"}, {TOC: "maybe"}, {FontSize: -1}, {FontSize: 200}} {
		if err := WritePDF(&bytes.Buffer{}, d, o); err == nil {
			t.Errorf("%+v: want an error", o)
		}
	}
}

func TestDeterministic(t *testing.T) {
	d := sampleDoc(t)
	a := writePDF(t, d, Options{Creator: "publish test"})
	b := writePDF(t, sampleDoc(t), Options{Creator: "publish test"})
	if !bytes.Equal(a, b) {
		t.Fatal("two runs gave different bytes")
	}
}

// Pages never end after a heading or with a single line of a paragraph.
func TestPagination(t *testing.T) {
	d := sampleDoc(t)
	for _, paper := range Papers {
		for _, size := range []float64{0, 13} {
			td, err := typeset(d, Options{Paper: paper, FontSize: size})
			if err != nil {
				t.Fatal(err)
			}
			for _, pg := range td.pages[1:] {
				i := pg.rows[0].row
				if !td.rows[i].newPage && !canBreakBefore(td.rows, i) {
					r := td.rows[i]
					t.Errorf("%s %gpt page %d starts with line %d of %d of a paragraph (after keep=%v)",
						paper, size, pg.number, r.lineNo+1, r.lines, td.rows[i-1].keep)
				}
			}
		}
	}
}

// findPDFCheck finds the checker in shared/ beside the repository (the
// layout in development and in CI), else at $PDFCHECK; it skips the test
// when neither exists.
func findPDFCheck(t *testing.T) string {
	t.Helper()
	tried := []string{filepath.Join("..", "..", "shared", "tools", "pdfcheck")}
	if p := os.Getenv("PDFCHECK"); p != "" {
		tried = append(tried, p)
	}
	for _, p := range tried {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skipf("pdfcheck not found (tried %s): set PDFCHECK to its path", strings.Join(tried, ", "))
	return ""
}

// pdfcheck measures the sample PDF for every paper size.
func TestSamplePDFCheck(t *testing.T) {
	needTool(t, "python3")
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	tool := findPDFCheck(t)
	d := sampleDoc(t)
	headings := 0
	for _, b := range d.Blocks {
		if b.Kind == markdown.Heading {
			headings++
		}
	}
	for _, paper := range Papers {
		t.Run(paper, func(t *testing.T) {
			pdf := writePDF(t, d, Options{Paper: paper, Creator: "publish test"})
			path := filepath.Join(t.TempDir(), "sample.pdf")
			if err := os.WriteFile(path, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("python3", tool, path, samplePath, "--json-only").Output()
			if err != nil {
				t.Fatalf("pdfcheck: %v", err)
			}
			var r struct {
				Pages    int
				Metadata struct{ Title, Lang *string }
				Fonts    struct {
					AllEmbedded  bool `json:"all_embedded"`
					AllToUnicode bool `json:"all_tounicode"`
					AllSubsetTag bool `json:"all_subset_tag"`
					Full         bool `json:"likely_full_font_embedded"`
					Bytes        int  `json:"embedded_font_bytes"`
				}
				Outline struct{ Count int }
				Kinsoku struct{ Violations int }
				Ragged  struct {
					OffEdgePct float64 `json:"off_edge_pct"`
					Lines      int
				}
				Text struct {
					RefChars      int `json:"ref_chars"`
					Deletions     int
					Substitutions int
				}
			}
			if err := json.Unmarshal(out, &r); err != nil {
				t.Fatalf("pdfcheck output: %v\n%s", err, out)
			}
			t.Logf("%s: %d pages, %d bytes, font %d bytes, kinsoku %d, off-edge %.2f%% of %d lines, del %d sub %d",
				paper, r.Pages, len(pdf), r.Fonts.Bytes, r.Kinsoku.Violations, r.Ragged.OffEdgePct, r.Ragged.Lines, r.Text.Deletions, r.Text.Substitutions)
			check := func(ok bool, what string, v any) {
				if !ok {
					t.Errorf("%s: %v", what, v)
				}
			}
			check(r.Kinsoku.Violations == 0, "kinsoku violations", r.Kinsoku.Violations)
			check(r.Ragged.Lines > 0 && r.Ragged.OffEdgePct <= 1, "ragged.off_edge_pct", r.Ragged.OffEdgePct)
			check(r.Fonts.AllEmbedded && r.Fonts.AllToUnicode, "fonts embedded with ToUnicode", fmt.Sprint(r.Fonts))
			check(!r.Fonts.Full, "whole font embedded", r.Fonts.Bytes)
			check(r.Fonts.AllSubsetTag, "fonts without a subset tag", fmt.Sprint(r.Fonts))
			check(len(pdf) <= 400_000, "sample PDF bytes (at most 400 KB)", len(pdf))
			check(r.Outline.Count == headings, "outline entries vs headings", fmt.Sprint(r.Outline.Count, " vs ", headings))
			check(r.Metadata.Title != nil && *r.Metadata.Title == d.Meta.Title, "title", r.Metadata.Title)
			check(r.Metadata.Lang != nil && *r.Metadata.Lang == "zh-CN", "lang", r.Metadata.Lang)
			lost := r.Text.Deletions + r.Text.Substitutions
			check(r.Text.RefChars > 0 && float64(lost) <= 0.001*float64(r.Text.RefChars), "deletions+substitutions", lost)
		})
	}
}
