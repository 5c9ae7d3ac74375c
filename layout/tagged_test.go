package layout

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// structText runs pdfinfo -struct-text on pdf.
func structText(t *testing.T, pdf []byte) string {
	t.Helper()
	needTool(t, "pdfinfo")
	path := savePDF(t, pdf)
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^Tagged:\s+yes$`).Match(info) {
		t.Fatalf("pdfinfo does not report a tagged PDF:\n%s", info)
	}
	out, err := exec.Command("pdfinfo", "-struct-text", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if q, err := exec.LookPath("qpdf"); err == nil {
		if out, err := exec.Command(q, "--check", path).CombinedOutput(); err != nil {
			t.Fatalf("qpdf --check: %v\n%s", err, out)
		}
	}
	return string(out)
}

const structDoc = `---
title: 结构测试
lang: zh-CN
---

# 结构测试

## 第一节

正文里有 English words 和一个[链接](https://example.org/a)。

- 第一项
- 第二项

  第二项的第二段。

  1. 嵌套一
  2. 嵌套二

> 引用的一段。

` + "```\ncode line\n```" + `

---

## 第二节

最后一段。
`

// The structure tree read back by poppler matches the Markdown: headings,
// paragraphs, lists with labels and bodies, quotes, code, a link with its
// annotation, the English words in a span, in reading order.
func TestStructureTree(t *testing.T) {
	got := structText(t, writePDF(t, parseDoc(t, structDoc), Options{}))
	want := `Document
  H1 (block)
    "结构测试"
  H2 (block)
    "第一节"
  P (block)
    "正文里有 "
    Span (inline)
      "English words "
    "和一个"
    Link (inline)
      "链接"
      Object # 0
    "。"
  L (block)
    LI (block)
      Lbl (block)
        "•"
      LBody (block)
        P (block)
          "第一项"
    LI (block)
      Lbl (block)
        "•"
      LBody (block)
        P (block)
          "第二项"
        P (block)
          "第二项的第二段。"
        L (block)
          LI (block)
            Lbl (block)
              "1."
            LBody (block)
              P (block)
                "嵌套一"
          LI (block)
            Lbl (block)
              "2."
            LBody (block)
              P (block)
                "嵌套二"
  BlockQuote
    P (block)
      "引用的一段。"
  Code (inline)
    "code line"
  H2 (block)
    "第二节"
  P (block)
    "最后一段。"
`
	got = regexp.MustCompile(`Object \d+ 0`).ReplaceAllString(got, "Object # 0")
	if got != want {
		t.Errorf("structure:\n%s\nwant:\n%s", got, want)
	}
}

// The sample's tree holds every paragraph of the Markdown in order, the
// running heads and folios as artifacts (not in the tree), the contents
// as TOC entries with links.
func TestSampleStructure(t *testing.T) {
	d := sampleDoc(t)
	td, err := typeset(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := structText(t, writePDF(t, d, Options{}))
	var text strings.Builder
	for _, l := range strings.Split(got, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, `"`) {
			text.WriteString(strings.Trim(l, `"`))
		}
	}
	all := spaces.ReplaceAllString(text.String(), "")
	at := 0
	for _, b := range d.Blocks {
		w := spaces.ReplaceAllString(b.Text(), "")
		k := strings.Index(all[at:], w)
		if k < 0 {
			t.Fatalf("block at line %d not found in order in the structure text: %.40q", b.Line, w)
		}
		at += k + len(w)
	}
	for _, h := range td.deco.headers {
		hs := spaces.ReplaceAllString(lineString(h), "")
		// Once where the Markdown has it, once in the contents.
		if n := strings.Count(all, hs); n > strings.Count(spaces.ReplaceAllString(d.Text()+d.Meta.Title, ""), hs)+1 {
			t.Errorf("running head %q is in the structure text %d times", hs, n)
		}
	}
	if n := strings.Count(got, "TOCI"); n != 8 {
		t.Errorf("%d TOC entries", n)
	}
	if n := strings.Count(got, "\n  H2 (block)"); n != 8 {
		t.Errorf("%d H2 elements", n)
	}
}

// The English document: the Chinese-free text gets no spans; a CJK word in
// it gets a span in Chinese.
func TestForeignSpans(t *testing.T) {
	d := parseDoc(t, "---\nlang: en\n---\n\nThe word 中文 means Chinese.\n")
	pdf := writePDF(t, d, Options{})
	got := structText(t, pdf)
	if !strings.Contains(got, "Span (inline)\n      \"中文") {
		t.Errorf("no span for the Chinese word:\n%s", got)
	}
	plain := uncompressed(t, pdf)
	if !regexp.MustCompile(`/Lang \(zh\)\s*/P \d+ 0 R\s*/Pg \d+ 0 R\s*/S /Span`).Match(plain) {
		t.Error("the span has no /Lang (zh)")
	}
	if !regexp.MustCompile(`/Lang \(en\)`).Match(plain) {
		t.Error("the catalog has no /Lang (en)")
	}
}

// uncompressed rewrites pdf with qpdf, every object on its own and every
// stream inflated, so that tests can read its dictionaries.
func uncompressed(t *testing.T, pdf []byte) []byte {
	t.Helper()
	q := needTool(t, "qpdf")
	in := savePDF(t, pdf)
	out := filepath.Join(t.TempDir(), "out.pdf")
	if msg, err := exec.Command(q, "--qdf", "--object-streams=disable", in, out).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
