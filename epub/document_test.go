package epub

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"

	goepub "github.com/go-shiori/go-epub"
)

// TestChapterDocumentMatchesGoEpub checks that a chapter made by the writer
// is, byte for byte, the section go-epub would have made with its language
// set by the post-pass: readers see no difference between the two paths.
func TestChapterDocumentMatchesGoEpub(t *testing.T) {
	tests := []struct{ lang, title, body string }{
		{"zh-CN", "关键词：产业发展", "<div class=\"chapter\">\n<h2 id=\"s2\">关键词：产业发展</h2>\n<p>正文。</p>\n</div>"},
		{"en", `Tabs	and "quotes" & <angles> 'apostrophes'` + "\nnewline", "<p>x</p>"},
		{"zh-Hant-TW", "", ""},
	}
	for _, tc := range tests {
		e, err := goepub.NewEpub("t")
		if err != nil {
			t.Fatal(err)
		}
		css, err := e.AddCSS(dataURL("text/css", []byte("p{}")), styleFile)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.AddSection(tc.body, tc.title, "section001.xhtml", css); err != nil {
			t.Fatal(err)
		}
		var raw bytes.Buffer
		if err := packBook(e, &raw); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(raw.Bytes()), int64(raw.Len()))
		if err != nil {
			t.Fatal(err)
		}
		var want []byte
		for _, f := range zr.File {
			if f.Name == "EPUB/xhtml/section001.xhtml" {
				r, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				want, _ = io.ReadAll(r)
				r.Close()
			}
		}
		want = setLang(want, tc.lang)
		if got := xhtmlDocument(tc.lang, tc.title, []string{css}, tc.body); !bytes.Equal(got, want) {
			t.Errorf("%q: got\n%s\nwant (go-epub)\n%s", tc.title, got, want)
		}
	}
}
