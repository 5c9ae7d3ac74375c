package layout

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cjk-publish/publish/markdown"
)

// xmpDoc is the part of the XMP packet the test reads.
type xmpDoc struct {
	Title    []string `xml:"RDF>Description>title>Alt>li"`
	Creators []string `xml:"RDF>Description>creator>Seq>li"`
	Language []string `xml:"RDF>Description>language>Bag>li"`
	Subject  []string `xml:"RDF>Description>subject>Bag>li"`
	Rights   []string `xml:"RDF>Description>rights>Alt>li"`
	Keywords string   `xml:"RDF>Description>Keywords"`
	Tool     string   `xml:"RDF>Description>CreatorTool"`
	Created  string   `xml:"RDF>Description>CreateDate"`
	Modified string   `xml:"RDF>Description>ModifyDate"`
}

// TestXMPMatchesInfo checks that the XMP stream is linked from the
// catalog and says what the Info dictionary says, that readers are asked
// to show the title, and that qpdf finds the file sound.
func TestXMPMatchesInfo(t *testing.T) {
	md := "---\ntitle: 测试 & 报告\nauthor: [张三, 李四]\nlang: zh-CN\nkeywords: [城市, 更新]\nrights: CC BY 4.0\n---\n\n# 测试 & 报告\n\n正文。\n"
	d, err := markdown.Parse("x.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	created := time.Date(2024, 5, 6, 7, 8, 9, 0, time.FixedZone("CST", 8*3600))
	pdf := writePDF(t, d, Options{Created: created, Creator: "publish test"})
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.7")) {
		t.Errorf("header %q: XMP and DisplayDocTitle need PDF 1.4, the tagged structure 1.7", pdf[:8])
	}
	if !regexp.MustCompile(`/Metadata \d+ 0 R\n/ViewerPreferences << /DisplayDocTitle true >>`).Match(pdf) {
		t.Error("the catalog does not link the metadata or ask to display the title")
	}
	start := bytes.Index(pdf, []byte("<x:xmpmeta"))
	end := bytes.Index(pdf, []byte("</x:xmpmeta>"))
	if start < 0 || end < start {
		t.Fatal("no XMP packet")
	}
	var x xmpDoc
	if err := xml.Unmarshal(pdf[start:end+len("</x:xmpmeta>")], &x); err != nil {
		t.Fatalf("XMP is not XML: %v", err)
	}
	want := xmpDoc{Title: []string{"测试 & 报告", "测试 & 报告"}, Creators: []string{"张三", "李四"}, Language: []string{"zh-CN"},
		Subject: []string{"城市", "更新"}, Rights: []string{"CC BY 4.0", "CC BY 4.0"}, Keywords: "城市, 更新", Tool: "publish test",
		Created: "2024-05-05T23:08:09Z", Modified: "2024-05-05T23:08:09Z"}
	if !reflect.DeepEqual(x, want) {
		t.Errorf("XMP = %+v\nwant %+v", x, want)
	}

	needTool(t, "pdfinfo")
	path := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", "-isodates", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, info)
	}
	for _, line := range []string{"Title:           测试 & 报告", "Author:          张三、李四", "Keywords:        城市, 更新",
		"Creator:         publish test", "CreationDate:    2024-05-05T23:08:09", "Metadata Stream: yes", "PDF version:     1.7"} {
		if !strings.Contains(string(info), line) {
			t.Errorf("pdfinfo lacks %q:\n%s", line, info)
		}
	}
	needTool(t, "qpdf")
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}
